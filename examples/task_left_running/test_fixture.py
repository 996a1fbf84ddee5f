"""A module fixture starts a server task and never stops it."""
import asyncio

import pytest
import pytest_asyncio


async def serve():
    while True:
        await asyncio.sleep(0.01)


@pytest_asyncio.fixture(loop_scope="module", scope="module")
async def server():
    yield asyncio.create_task(serve())  # asynctrace: expect task-left-running


@pytest.mark.asyncio(loop_scope="module")
async def test_uses_the_server(server):
    assert not server.done()
