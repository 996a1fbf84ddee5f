"""A connection kept in a pool and never closed: its transport is still open when the loop closes
("unclosed transport", a ResourceWarning hidden by default)."""
import asyncio

POOL = []


async def echo(reader, writer):
    writer.write(await reader.readline())
    await writer.drain()
    writer.close()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)  # asynctrace: expect transport-left-open
    writer.write(b"ping\n")
    print("got", await reader.readline())
    POOL.append(writer)  # kept for later, never closed
    server.close()
    await server.wait_closed()


asyncio.run(main())
