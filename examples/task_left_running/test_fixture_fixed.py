"""The module fixture cancels its server task and awaits it in its teardown."""
import asyncio

import pytest
import pytest_asyncio


async def serve():
    while True:
        await asyncio.sleep(0.01)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def server():
    serving = asyncio.create_task(serve())
    yield serving
    serving.cancel()
    await asyncio.gather(serving, return_exceptions=True)


@pytest.mark.asyncio(loop_scope="module")
async def test_uses_the_server(server):
    assert not server.done()
