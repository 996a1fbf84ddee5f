"""Must stay clean: a server idle on I/O for longer than the threshold, until a client asks it to stop."""
import asyncio


async def main():
    stop = asyncio.Event()

    async def serve(reader, writer):
        if await reader.readline() == b"stop\n":
            stop.set()
        writer.close()
        await writer.wait_closed()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]

    async def client():
        await asyncio.sleep(1.5)
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"stop\n")
        await writer.drain()
        writer.close()
        await writer.wait_closed()

    async with server:
        asker = asyncio.create_task(client())
        await stop.wait()
        await asker
    print("stopped")


asyncio.run(main())
