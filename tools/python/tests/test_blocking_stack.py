"""A blocked loop's sample reaches out to the step the loop ran: where it was stuck moves from run to run, the
task's coroutine (or the callback) that called into the slow code does not, and the analyzer blames it."""
from conftest import same_run


def test_the_sample_of_a_blocked_loop_reaches_the_coroutine_that_called_into_the_slow_code(record):
    run = same_run(record, """
        import asyncio, time

        def descend(depth):
            if depth:
                return descend(depth - 1)
            time.sleep(0.3)

        async def main():
            descend(10)
            await asyncio.sleep(0)

        asyncio.run(main())
    """)
    (event,) = run.trace.events("loop_blocked")
    assert (event["function"], event["line"]) == ("descend", 7)
    stack = run.trace.value("SELECT stack FROM sites WHERE id = ?", event["site_id"]).splitlines()
    assert [frame.rsplit(":", 2)[1:] for frame in stack] == \
        [["7", "descend"]] + [["6", "descend"]] * 10 + [["10", "main"]]
