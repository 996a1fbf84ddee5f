"""A client that outlives the asyncio.run that made it: closing it later needs a loop that is gone
("RuntimeError: Event loop is closed")."""
import asyncio


class Client:
    def __init__(self):
        self.loop = asyncio.get_running_loop()

    def close(self):
        self.loop.call_soon(print, "client closed")  # asynctrace: expect closed-loop-call


async def connect():
    return Client()


client = asyncio.run(connect())
try:
    client.close()
except RuntimeError as error:
    print("cannot close:", error)
