"""(f) An asyncio streams server and client over loopback: TRIPS small request/response round trips."""
import asyncio
import sys

TRIPS = int(sys.argv[1]) if len(sys.argv) > 1 else 50000


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
    writer.close()
    DONE.set()


async def main():
    global DONE
    DONE = asyncio.Event()
    server = await asyncio.start_server(echo, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for i in range(TRIPS):
        writer.write(b"ping %d\n" % i)
        await reader.readline()
    writer.close()
    await writer.wait_closed()
    await DONE.wait()
    server.close()
    await server.wait_closed()


asyncio.run(main())
