"""The test cancels and awaits the task it started (asyncTearDown would do as well)."""
import asyncio
import unittest


async def heartbeat(beats):
    while True:
        beats.append("beat")
        await asyncio.sleep(0.01)


class HeartbeatTests(unittest.IsolatedAsyncioTestCase):
    async def test_beats(self):
        beats = []
        beating = asyncio.create_task(heartbeat(beats))
        await asyncio.sleep(0.02)
        self.assertTrue(beats)
        beating.cancel()
        await asyncio.gather(beating, return_exceptions=True)


if __name__ == "__main__":
    unittest.main()
