"""The pytest plugin's terminal summary shows a traced program's text (task names, exception messages) with
its control characters escaped: a name cannot erase the summary's lines, ring, or print a fake "no findings",
and a NUL cuts nothing short."""
import re

from conftest import needs_analyzer
from test_pytest_plugin import run_leaky

EVIL_SUITE = r'''
import asyncio

async def wait_forever():
    await asyncio.sleep(3600)

async def fail():
    raise ValueError("boom\x1b[2K\rno findings\x07\x00after the NUL")

def test_names_a_task_to_erase_its_line():
    loop = asyncio.new_event_loop()
    async def main():
        loop.create_task(wait_forever(), name="evil\x1b[2K\r\x07\nno findings\x00hidden")
        failing = loop.create_task(fail(), name="fail\x00er")
        await asyncio.sleep(0.01)
        del failing
    loop.run_until_complete(main())
    loop.close()
'''
# What a terminal acts on: control characters other than the line ends pytest writes itself.
TERMINAL_CONTROLS = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")


@needs_analyzer
def test_the_summary_escapes_what_a_terminal_would_act_on(tmp_path):
    run = run_leaky(tmp_path, suite=EVIL_SUITE)
    assert run.returncode == 0, run.stdout
    section = run.stdout[run.stdout.index(" asynctrace ="):]
    assert TERMINAL_CONTROLS.findall(section) == []
    lines = section.splitlines()[1:]
    assert lines[0] == "test_leaky.py::test_names_a_task_to_erase_its_line"
    assert sorted(line.split(" ", 4)[3:] for line in lines[1:3]) == [
        ["exception-never-retrieved", r"task fail\x00er (fail) failed with ValueError: boom\x1b[2K\rno findings"
                                      r"\x07\x00after the NUL and nobody retrieved the exception"],
        ["pending-at-close", r"task evil\x1b[2K\r\x07\nno findings\x00hidden (wait_forever) was still pending "
                             "when its event loop closed at test_leaky.py:18"],
    ]
    assert lines[3].startswith("2 findings (1 error, 1 warning) in 1 test; trace: ")


@needs_analyzer
def test_the_quiet_summary_escapes_it_too(tmp_path):
    run = run_leaky(tmp_path, "-q", suite=EVIL_SUITE)
    assert run.returncode == 0, run.stdout
    test = "test_leaky.py::test_names_a_task_to_erase_its_line "
    lines = [line for line in run.stdout.splitlines() if line.startswith(test)]
    assert len(lines) == 2, run.stdout
    assert TERMINAL_CONTROLS.findall("\n".join(lines)) == []
    assert any(r"task evil\x1b[2K\r\x07\nno findings\x00hidden (wait_forever)" in line for line in lines)
