"""An IsolatedAsyncioTestCase starts a task and returns: unittest cancels it when it closes the test's runner."""
import asyncio
import unittest


async def heartbeat(beats):
    while True:
        beats.append("beat")
        await asyncio.sleep(0.01)


class HeartbeatTests(unittest.IsolatedAsyncioTestCase):
    async def test_beats(self):
        beats = []
        asyncio.create_task(heartbeat(beats))  # asynctrace: expect task-left-running
        await asyncio.sleep(0.02)
        self.assertTrue(beats)


if __name__ == "__main__":
    unittest.main()
