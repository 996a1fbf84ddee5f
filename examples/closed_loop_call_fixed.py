"""The same client, closed while its loop still runs."""
import asyncio


class Client:
    def __init__(self):
        self.loop = asyncio.get_running_loop()

    def close(self):
        self.loop.call_soon(print, "client closed")


async def main():
    client = Client()
    client.close()
    await asyncio.sleep(0)


asyncio.run(main())
