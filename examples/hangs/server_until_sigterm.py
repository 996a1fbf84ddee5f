"""Must stay clean: a server that serves until it is stopped with SIGTERM. Its main task waits on an Event for as
long as it runs, but I/O could set it any moment: that is no stalled await.

    ASYNCTRACE_HANG_MS=500 timeout 3 asynctrace record -o trace.db -- python server_until_sigterm.py
"""
import asyncio


async def main():
    stop = asyncio.Event()

    async def serve(reader, writer):
        if await reader.readline() == b"stop\n":
            stop.set()
        writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    async with server:
        await stop.wait()


asyncio.run(main())
