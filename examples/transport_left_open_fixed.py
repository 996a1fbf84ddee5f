"""The same pool, closing its connections before the loop closes."""
import asyncio

POOL = []


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"ping\n")
    print("got", await reader.readline())
    POOL.append(writer)
    for pooled in POOL:
        pooled.close()
        await pooled.wait_closed()
    server.close()
    await server.wait_closed()


asyncio.run(main())
