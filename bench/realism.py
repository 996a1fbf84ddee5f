"""Real asyncio test suites run untraced and traced: outcomes, tests in the trace, CPU cost, findings.

Do they still pass, does every test reach the trace, what does recording cost, what does the analyzer find.

    python3 bench/realism.py                     # every suite on pyenv's 3.11 and 3.13 (about 45 minutes)
    python3 bench/realism.py --suites anyio,janus --python ~/.pyenv/versions/3.13.0/bin/python
    python3 bench/realism.py --keep-traces /tmp/realism   # traces, findings and logs kept there for triage
    python3 bench/realism.py --warnings-as-errors         # -W error, as suites with filterwarnings = error run
    python3 bench/realism.py --installed                  # the recorder pip-installed, ASYNCTRACE_DB alone
    python3 bench/realism.py --level lean                 # traced at the lean level (ASYNCTRACE_LEVEL)

Suites: CPython's own test.test_asyncio, and the test suites in the PyPI sdists pinned below, each in its own
venv under --cache (made once, remade when its pins change; needs PyPI); run by pytest, or by `python -m
unittest -v` (cpython, aiosqlite). Traced runs use this checkout's recorder, switched on through the
environment as `asynctrace record` does. Every test the suite ran (pytest's JUnit XML, unittest's -v lines)
is looked up in the trace's tests table with its outcome; tests run inside a test (pytester) are counted apart.
CPU times are user+system seconds of the whole child and its reaped children, medians of --runs runs.
Standard library only; not part of CI.
"""
import argparse
import json
import os
import re
import resource
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import xml.etree.ElementTree as ElementTree
from collections import Counter
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools" / "python" / "src"))

from asynctrace.__main__ import recording_environment  # noqa: E402

ANALYZER = REPO / ".build" / "debug" / "asynctrace"
RUN_TIMEOUT = 1800  # seconds; the slowest suite takes about 6 minutes traced, a hang should not take all day
FINDING_GROUPS_SHOWN = 40

PYTEST = ["pytest==9.2.0", "pluggy==1.7.0", "iniconfig==2.3.1", "packaging==26.4", "Pygments==2.21.0"]
PYTEST_ASYNCIO = ["pytest-asyncio==1.5.0", "typing_extensions==4.16.0"]


@dataclass
class Suite:
    name: str
    sdist: str = None            # "name==version" on PyPI; None: CPython's own tests
    requirements: list = field(default_factory=list)   # every package pinned, dependencies included
    pytest_args: list = field(default_factory=list)
    unittest: list = None        # run by `python -m unittest -v` with these arguments instead of by pytest


SUITES = [
    # In a scratch directory: some of its tests write files into the working directory.
    Suite("cpython", unittest=["test.test_asyncio"]),
    # Its own addopts (-p anyio, blockbuster, 20 s timeout per test) stay. Deselected: the trio backend
    # (not installed), the network marker, and the IPv6 cases: "localhost" resolves to 127.0.0.1 only on
    # these machines, so they fail untraced, and the sockets they leak fail the next test.
    Suite("anyio", "anyio==4.16.0",
          PYTEST + ["blockbuster==1.5.29", "forbiddenfruit==0.1.4", "hypothesis==6.170.17",
                    "sortedcontainers==2.4.0", "psutil==7.2.2", "pytest-mock==3.17.0", "pytest-timeout==2.4.0",
                    "trustme==1.2.1", "cryptography==50.0.2", "cffi==2.1.1", "pycparser==3.12",
                    "truststore==0.10.5", "uvloop==0.23.0", "idna==3.20", "typing_extensions==4.16.0"],
          ["-k", "not trio and not ipv6 and not dualstack and not (test_connection_refused and multi)",
           "-m", "not network"]),
    # Sync code in threads and async code calling each other: where cross-thread false positives would be.
    Suite("asgiref", "asgiref==3.13.0", PYTEST + PYTEST_ASYNCIO),
    # A queue shared by threads and tasks; its benchmarks (one round each here) mix both too. addopts is
    # dropped everywhere it asks for coverage.
    Suite("janus", "janus==2.0.0", PYTEST + PYTEST_ASYNCIO + ["pytest-benchmark==5.3.1", "py-cpuinfo2==10.1.1"],
          ["-o", "addopts=", "--benchmark-disable"]),
    # Its config predates pytest-asyncio 1.x, which fails the run on the unset fixture loop scope.
    Suite("async-lru", "async-lru==2.4.0", PYTEST + PYTEST_ASYNCIO + ["pytest-timeout==2.4.0"],
          ["-o", "addopts=", "-o", "asyncio_default_fixture_loop_scope=function"]),
    # Runs every test on its own loop subclass that fast-forwards time.
    Suite("aiostream", "aiostream==0.8.1", PYTEST + PYTEST_ASYNCIO, ["-o", "addopts=--strict-markers"]),
    # pytest-asyncio's own tests: most run an inner pytest session in-process through pytester, inside the
    # outer test (and a few in a subprocess). Its config has filterwarnings = error; -W error says so here too.
    Suite("pytest-asyncio", "pytest-asyncio==1.5.0",
          PYTEST + ["typing_extensions==4.16.0", "hypothesis==6.170.17", "sortedcontainers==2.4.0"],
          ["-W", "error"]),
    # IsolatedAsyncioTestCase tests run by unittest, on a connection thread per database (futures resolved
    # from that thread). Its perf tests (aiosqlite.tests.perf) are left out: each loops for a fixed 2 s,
    # traced or not, which says nothing of the recorder's cost. No dependencies.
    Suite("aiosqlite", "aiosqlite==0.22.1", unittest=["aiosqlite.tests"]),
]


class SetupError(Exception):
    pass


@dataclass
class Outcome:
    """What one run of a suite reported."""
    passed: int = None           # None: the runner printed no summary (crashed, killed)
    failed: int = None           # failures + errors
    summary: str = ""
    results: dict = field(default_factory=dict)    # test id -> outcome, in the runner's words
    default: str = "-"           # outcome of a test missing from results
    texts: dict = field(default_factory=dict)      # test id -> failure text
    ran: set = None              # ids of the tests that ran; None: no per-test record (no JUnit XML)


@dataclass
class Run:
    cpu: float
    wall: float
    code: int
    outcome: Outcome
    logs: tuple                  # (stdout, stderr) paths


def run_child(command, env, cwd, log_stem):
    """Run one suite to completion, its output into log files; CPU is from RUSAGE_CHILDREN deltas."""
    out_path, err_path = Path(f"{log_stem}.out"), Path(f"{log_stem}.err")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        # As bench.py: stdin is /dev/null (an inherited pipe made one of CPython's asyncio tests read
        # without end) and SIGINT as by default (a shell starts background jobs with it ignored, and
        # test_runners' interrupt_main() test then never ends). Its own session, so that a timeout or a
        # Ctrl-C here ends the suite's subprocesses too.
        proc = subprocess.Popen(command, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                start_new_session=True,
                                preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        try:
            code = proc.wait(timeout=RUN_TIMEOUT)
        except BaseException as e:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            if not isinstance(e, subprocess.TimeoutExpired):
                raise
            err.write(f"\nrealism.py: killed after {RUN_TIMEOUT} s\n".encode())
            code = "timeout"
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall, code, (out_path, err_path)


def pytest_outcome(stdout, junit):
    outcome = Outcome()
    for line in reversed(stdout.splitlines()):
        if re.match(r"=+ .* in [\d.]+s", line):
            counts = {word.rstrip("s") if word.startswith("error") else word: int(n)
                      for n, word in re.findall(r"(\d+) (\w+)", line)}
            outcome.passed = counts.get("passed", 0)
            outcome.failed = counts.get("failed", 0) + counts.get("error", 0)
            outcome.summary = line.strip("= ")
            break
    if not junit.exists():
        return outcome
    outcome.ran = set()
    for case in ElementTree.parse(junit).iter("testcase"):
        test = f"{case.get('classname')}::{case.get('name')}"
        if case.get("classname"):  # else the case of a module that failed or skipped collection
            outcome.ran.add(test)
        result = "passed"
        for child in case:
            if child.tag in ("failure", "error", "skipped"):
                result = child.tag
                if child.tag != "skipped":
                    outcome.texts.setdefault(test, f"{child.get('message') or ''}\n{child.text or ''}".strip())
        # A failed call and a failing teardown give one test two cases: the first, the failure, stays.
        outcome.results.setdefault(test, result)
    return outcome


# One test's line of `unittest -v`: "test_x (module.Class.test_x) ... ", the first line of its docstring
# (if any) before the " ... ", a subtest's "  test_x (module.Class.test_x) [msg] (i=1) ... " indented. Before
# 3.11 the parenthesis holds module.Class alone, and a test whose subtests failed prints no status, so that
# the next test's line goes on on the same line. setUpClass and setUpModule errors read "setUpClass
# (module.Class) ... ERROR".
UNITTEST_START = re.compile(r"(?:^|(?<= \.\.\. ))(?P<sub>  )?(?P<name>[^\s()]+) \((?P<where>[\w.]+)\)"
                            r"(?P<rest>[^\n]*?)(?:\n[^\n]*?)? \.\.\. ", re.M)
# What follows the " ... ", on the same line unless the test wrote to stderr in between.
UNITTEST_STATUS = re.compile(r"(ok|FAIL|ERROR|skipped .*|expected failure|unexpected success)$")
UNITTEST_FIXTURES = ("setUpClass", "tearDownClass", "setUpModule", "tearDownModule")
# A test's status from its own line and its subtests' lines, the worst first.
UNITTEST_PRECEDENCE = ("ERROR", "FAIL", "unexpected success", "ok", "expected failure", "skipped")


def unittest_id(name, where):
    """TestCase.id() of the test that unittest describes as "name (where)"; a class or module fixture's
    error keeps its description."""
    if name in UNITTEST_FIXTURES:
        return f"{name} ({where})"
    return where if where.endswith("." + name) else f"{where}.{name}"


def unittest_outcome(stderr):
    """The summary and every test's status from the stderr of `python -m unittest -v`."""
    outcome = Outcome()
    totals = list(re.finditer(r"^Ran (\d+) tests? in", stderr, re.M))
    ran = totals[-1] if totals else None
    # the status line follows "Ran N tests"; output of the interpreter's exit may follow it
    status = ran and re.compile(r"^(OK|FAILED)(?: \((.*)\))?$", re.M).search(stderr, ran.end())
    if status:
        counts = {key.strip(): int(n) for key, n in re.findall(r"([\w ]+)=(\d+)", status.group(2) or "")}
        outcome.failed = counts.get("failures", 0) + counts.get("errors", 0) + counts.get("unexpected successes", 0)
        outcome.passed = (int(ran.group(1)) - outcome.failed - counts.get("skipped", 0)
                          - counts.get("expected failures", 0))
        outcome.summary = f"Ran {ran.group(1)} tests, {status.group(0).strip()}"
    # Each test's status follows its " ... ", on the same line or after what the test wrote to stderr (up to
    # the next test's line). A subtest's failure or skip is its test's.
    statuses = {}
    starts = list(UNITTEST_START.finditer(stderr, 0, ran.start() if ran else len(stderr)))
    for start, following in zip(starts, starts[1:] + [None]):
        segment = stderr[start.end():following.start() if following else (ran.start() if ran else len(stderr))]
        found = next((m.group(1) for m in map(UNITTEST_STATUS.match, segment.splitlines()) if m), None)
        test = unittest_id(start["name"], start["where"])
        if found is not None:
            statuses.setdefault(test, set()).add("skipped" if found.startswith("skipped") else found)
        elif not start["sub"]:
            statuses.setdefault(test, set())  # its subtests, or the summary's failure blocks, say how it went
    # Each failure is a block between lines of "=" : "FAIL: test_x (module.Class.test_x)", a line of "-",
    # its traceback.
    for block in re.split(r"^={70}$", stderr, flags=re.M)[1:]:
        header, _, text = block.strip("\n").partition("\n" + "-" * 70 + "\n")
        kind, _, description = header.partition(": ")
        described = re.match(r"(\S+) \(([\w.]+)\)", description)
        if kind in ("FAIL", "ERROR") and described:
            test = unittest_id(*described.groups())
            statuses.setdefault(test, set()).add(kind)
            outcome.texts.setdefault(test, re.split(r"^-{70}$", text, flags=re.M)[0].strip())
    for test, seen in statuses.items():
        outcome.results[test] = next((s for s in UNITTEST_PRECEDENCE if s in seen), "-")
    outcome.ran = {test for test in statuses if " (" not in test}  # not a class's or module's fixture
    return outcome


# The outcome the trace's tests table gives a test that the runner reported so (JUnit XML: passed, failure,
# error, skipped, xfail and xpass among them; unittest -v). The recorder counts an expected failure as passed.
TRACE_OUTCOMES = {"passed": "passed", "failure": "failed", "error": "failed", "skipped": "skipped",
                  "ok": "passed", "FAIL": "failed", "ERROR": "failed", "unexpected success": "failed",
                  "expected failure": "passed"}


def junit_id(nodeid):
    """The classname::name that pytest's JUnit XML gives the test with this node id (mangle_test_address)."""
    path, bracket, params = nodeid.partition("[")
    names = path.split("::")
    names[0] = re.sub(r"\.py$", "", names[0].replace("/", "."))
    names[-1] += bracket + params
    return ".".join(names[:-1]) + "::" + names[-1]


def traced_tests(trace, junit):
    """What the trace's tests table says of the tests the suite ran: a dict with "outer", the outcome of each
    of the suite's own tests (the last attempt of that id; keyed as JUnit XML names it if junit, else by
    unittest's id), and "inner", the rows of tests run by one of them: pytester's sessions inside a test, in
    the test's process (whose 'test' scope has a 'test' scope among its ancestors; only a trace with a scopes
    table tells them apart) or in a process that a test started (runpytest_subprocess). A string if the
    trace cannot be read."""
    key = junit_id if junit else (lambda nodeid: nodeid)
    try:
        with closing(sqlite3.connect(f"file:{trace}?mode=ro", uri=True)) as db:
            tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            rows = db.execute("SELECT id, process_id, nodeid, outcome, start_ns, end_ns FROM tests "
                              "ORDER BY start_ns, id").fetchall()
            inside_test = set()  # tests.id of the tests that have a test scope among their ancestors
            if "scopes" in tables:
                scopes = {scope: (parent, kind) for scope, parent, kind in
                          db.execute("SELECT id, parent_id, kind FROM scopes")}
                for scope, test in db.execute("SELECT id, test_id FROM scopes WHERE kind = 'test'"):
                    parent, seen = scopes[scope][0], set()
                    while parent in scopes and parent not in seen:
                        seen.add(parent)
                        parent, kind = scopes[parent]
                        if kind == "test":
                            inside_test.add(test)
                            break
            processes = db.execute("SELECT id, pid, parent_pid, start_mono_ns FROM processes "
                                   "ORDER BY start_mono_ns, id").fetchall()
    except sqlite3.Error as e:
        return f"unreadable: {e}"
    # A process that a recorded process started while it ran a test, or whose parent is such a process.
    started_by_test, seen_pids = set(), {}
    for process, pid, parent_pid, start in processes:
        parent = seen_pids.get(parent_pid)  # the latest recorded process with that pid, started before
        if parent is not None and (parent in started_by_test or any(
                p == parent and begin <= start and (end is None or start <= end)
                for _, p, _, _, begin, end in rows)):
            started_by_test.add(process)
        seen_pids[pid] = process
    outer, inner = {}, Counter()
    for test, process, nodeid, outcome, _, _ in rows:
        if test in inside_test:
            inner["in its test's process"] += 1
        elif process in started_by_test:
            inner["in a process a test started"] += 1
        else:
            outer[key(nodeid)] = outcome
    return {"outer": outer, "inner": inner, "scopes": "scopes" in tables}


def analyze(trace, findings_path):
    """(exit code, findings, stderr lines) of `asynctrace analyze --format json`."""
    findings_path.unlink(missing_ok=True)
    done = subprocess.run([str(ANALYZER), "analyze", str(trace), "--format", "json", "-o", str(findings_path)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True)
    findings = json.loads(findings_path.read_text()) if done.returncode != 2 and findings_path.exists() else []
    return done.returncode, findings, done.stderr.splitlines()


def asynctrace_lines(paths):
    """Lines the recorder wrote (they start with "asynctrace:"), wherever pytest put them, with counts. Not
    always at the start of a line: unittest writes a test's "test_x (module.Class.test_x) ... " (or its dots)
    before the test runs, and what the recorder says during the test follows on that line."""
    lines = Counter()
    for path in paths:
        for line in path.read_text(errors="replace").splitlines():
            at = line.find("asynctrace:")
            if at >= 0:
                lines[f"{path.suffix[1:]}: {line[at:].strip()}"] += 1
    return lines


def quiet(command):
    done = subprocess.run([str(part) for part in command], stdin=subprocess.DEVNULL, capture_output=True,
                          text=True)
    if done.returncode != 0:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-5:])
        raise SetupError(f"{' '.join(map(str, command))} exited {done.returncode}:\n{tail}")


def source_tree(suite, python, cache):
    """The unpacked sdist of the suite (downloaded once)."""
    downloads = cache / "sdists" / suite.sdist
    if not any(downloads.glob("*")):
        downloads.mkdir(parents=True, exist_ok=True)
        quiet([python, "-m", "pip", "download", "--no-binary", ":all:", "--no-deps", "--no-input",
               suite.sdist, "-d", downloads])
    (archive,) = downloads.glob("*")
    with tarfile.open(archive) as tar:
        top = tar.getnames()[0].split("/")[0]
        tree = cache / "src" / top
        if not tree.is_dir():
            # filter="data" refuses members that would land outside the target, where Python has it
            tar.extractall(cache / "src", **({"filter": "data"} if hasattr(tarfile, "data_filter") else {}))
    return tree


def suite_venv(suite, python, version, cache, tree, installed=False):
    """The venv with the suite's pinned requirements and the sdist's package; its python. installed: a venv of
    its own into which this checkout's recorder is pip-installed anew each time, as a user has it."""
    venv = cache / "venvs" / f"{suite.name}-py{version}{'-installed' if installed else ''}"
    stamp = venv / "realism-installed.json"
    wanted = json.dumps({"sdist": suite.sdist, "requirements": suite.requirements, "base": str(python)})
    if not stamp.exists() or stamp.read_text() != wanted:
        print(f"  setting up {venv}", file=sys.stderr)
        shutil.rmtree(venv, ignore_errors=True)
        quiet([python, "-m", "venv", venv])
        pip = [venv / "bin" / "python", "-m", "pip", "install", "--no-input", "--quiet"]
        if suite.requirements:
            quiet(pip + suite.requirements)
        quiet(pip + ["--no-deps", tree])
        stamp.write_text(wanted)
    if installed:
        quiet([venv / "bin" / "python", "-m", "pip", "install", "--no-input", "--quiet", "--no-deps",
               "--force-reinstall", REPO / "tools" / "python"])
    return venv / "bin" / "python"


def base_environment():
    env = dict(os.environ)
    for name in ("ASYNCTRACE_DB", "PYTHONASYNCIODEBUG", "PYTEST_PLUGINS", "PYTEST_ADDOPTS", "PYTHONPATH"):
        env.pop(name, None)
    return env


def run_suite(suite, python, version, cache, runs, log_dir, trace_dir, warnings_as_errors=False, installed=False):
    """Untraced and traced runs of one suite on one interpreter; a dict of what the report shows.
    warnings_as_errors: pytest's and the interpreter's -W error, as a suite that sets filterwarnings = error
    runs (a warning of the recorder's own, such as pytest's about a module imported before it could rewrite
    it, then fails the traced run only). installed: the recorder pip-installed in the suite's venv and switched
    on by ASYNCTRACE_DB alone, as a pip user has it (pytest suites only)."""
    strict = ["-W", "error"] if warnings_as_errors else []
    stem = log_dir / f"{suite.name}-py{version}"
    trace = trace_dir / f"{suite.name}-py{version}.db"
    if suite.sdist:
        tree = source_tree(suite, python, cache)
        interpreter = suite_venv(suite, python, version, cache, tree, installed)
    else:
        tree, interpreter = None, python
    results = {"untraced": [], "traced": []}
    for run in range(runs):
        for mode in results:
            env = base_environment()
            if mode == "traced":
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{trace}{suffix}").unlink(missing_ok=True)
                env = dict(env, ASYNCTRACE_DB=str(trace)) if installed and tree else recording_environment(str(trace), env)
            log_stem = f"{stem}-{mode}{run + 1}"
            if suite.unittest is None:
                junit = Path(f"{log_stem}.xml")
                junit.unlink(missing_ok=True)
                command = [interpreter, "-m", "pytest", "-p", "no:cacheprovider", "-rfE",
                           f"--junitxml={junit}"] + strict + suite.pytest_args
            else:
                # -v: a line per test with its outcome, for the tests table to be checked against
                command = [interpreter, *strict, "-m", "unittest", "-v", *suite.unittest]
            cwd = tree or tempfile.mkdtemp(prefix="realism-", dir=cache)
            cpu, wall, code, logs = run_child([str(part) for part in command], env, cwd, log_stem)
            if suite.unittest is None:
                outcome = pytest_outcome(logs[0].read_text(errors="replace"), junit)
            else:
                outcome = unittest_outcome(logs[1].read_text(errors="replace"))
            if not tree:
                shutil.rmtree(cwd, ignore_errors=True)
            print(f"  {suite.name} py{version} {mode} #{run + 1}: {cpu:.1f} s CPU, {wall:.0f} s wall, exit {code}, "
                  f"{outcome.summary or 'no summary'}", file=sys.stderr)
            results[mode].append(Run(cpu, wall, code, outcome, logs))
    code, findings, analyzer_stderr = analyze(trace, Path(f"{stem}.findings.json"))
    return {"results": results, "trace": trace, "analyze": code, "findings": findings,
            "analyzer_stderr": analyzer_stderr,
            "in_trace": traced_tests(trace, junit=suite.unittest is None),
            "recorder_lines": asynctrace_lines(p for r in results["traced"] for p in r.logs)}


def pass_fail(run):
    outcome = run.outcome
    if outcome.passed is None:
        return f"no summary (exit {run.code})"
    return f"{outcome.passed}/{outcome.failed}"


def trace_check(report):
    """The suite's tests against the trace's: (ran, outer, [(label, [(test, detail)])]) for the last traced
    run, or a string saying why there is nothing to compare."""
    ran = report["results"]["traced"][-1].outcome
    in_trace = report["in_trace"]
    if isinstance(in_trace, str):
        return in_trace
    if ran.ran is None:
        return "no junit xml"
    outer = in_trace["outer"]
    expected = {test: TRACE_OUTCOMES.get(ran.results.get(test), ran.results.get(test)) for test in ran.ran}
    problems = [
        ("run but not in the trace", [(t, expected[t]) for t in sorted(ran.ran - outer.keys())]),
        ("in the trace without an outcome", [(t, expected[t]) for t in sorted(ran.ran & outer.keys())
                                             if outer[t] is None]),
        ("in the trace with another outcome", [(t, f"{expected[t]} -> {outer[t]}")
                                               for t in sorted(ran.ran & outer.keys())
                                               if outer[t] is not None and outer[t] != expected[t]]),
        ("in the trace but not run", [(t, outer[t]) for t in sorted(outer.keys() - ran.ran)]),
    ]
    return ran.ran, outer, [(label, tests) for label, tests in problems if tests]


def tests_cell(report):
    check = trace_check(report)
    if isinstance(check, str):
        return check
    ran, outer, problems = check
    short = {"run but not in the trace": "missing", "in the trace without an outcome": "no outcome",
             "in the trace with another outcome": "other outcome", "in the trace but not run": "extra"}
    notes = [f"{len(tests)} {short[label]}" for label, tests in problems]
    inner = sum(report["in_trace"]["inner"].values())
    return (f"{len(ran)} / {len(outer)}" + (f" ({', '.join(notes)})" if notes else "")
            + (f" + {inner} inner rows" if inner else "")
            + ("" if report["in_trace"]["scopes"] else " (no scopes)"))


def analyze_cell(report):
    warnings = sum(line.startswith("asynctrace: warning") for line in report["analyzer_stderr"])
    return f"{report['analyze']}" + (f" ({warnings} warnings)" if warnings else "")


def findings_cell(report):
    if report["analyze"] == 2:
        return "error: " + (report["analyzer_stderr"] or ["?"])[0]
    counts = Counter(f["rule"] for f in report["findings"])
    return ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items())) or "none"


def print_table(reports):
    print("| suite | python | untraced pass/fail | traced pass/fail | tests run / in trace | CPU untraced | "
          "CPU traced | ratio | analyze exit | findings |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (suite, version), report in reports.items():
        if isinstance(report, str):
            print(f"| {suite} | {version} | setup failed: {report.splitlines()[0]} |||||||")
            continue
        untraced, traced = report["results"]["untraced"], report["results"]["traced"]
        cpu_u = statistics.median(r.cpu for r in untraced)
        cpu_t = statistics.median(r.cpu for r in traced)
        print(f"| {suite} | {version} | {pass_fail(untraced[-1])} | {pass_fail(traced[-1])} | {tests_cell(report)} "
              f"| {cpu_u:.1f} s | {cpu_t:.1f} s | x{cpu_t / cpu_u:.2f} | {analyze_cell(report)} | "
              f"{findings_cell(report)} |")
    print("\npass/fail: pytest's passed / failed+errors, from its summary line (a test failing in teardown "
          "too counts in both); unittest's ran-failures-errors-skipped / failures+errors+unexpected "
          "successes. Of the last run of each mode.\ntests run: distinct tests in pytest's JUnit XML, that is "
          "every collected, not deselected test whose setup began (skipped and xfailed ones included), or in the "
          "lines of unittest -v; in trace: distinct tests.nodeid of the last traced run, but for the tests run "
          "inside one of the suite's tests (pytester's sessions), counted apart as inner rows (attempts); in the "
          "test's own process only where the trace has a scopes table. missing, no outcome, other outcome: the "
          "suite's tests absent from the trace, whose last attempt there has no outcome, or another outcome "
          "than the runner's; extra: in the trace, not run by the suite.")


def excerpt(text, lines=15):
    kept = text.splitlines()
    return "\n".join(("      " + line) for line in (["..."] * (len(kept) > lines) + kept[-lines:]))


def print_details(reports, log_dir, traces_kept):
    for (suite, version), report in reports.items():
        if isinstance(report, str):
            print(f"\n### {suite}, Python {version}: setup failed\n\n{report}")
            continue
        print(f"\n### {suite}, Python {version}\n")
        print((f"trace: {report['trace']}; " if traces_kept else "")
              + f"logs: {log_dir}/{suite}-py{version}-*.out|err|xml, findings: *.findings.json")
        untraced, traced = report["results"]["untraced"], report["results"]["traced"]
        for run in untraced + traced:
            if run.outcome.passed is None:
                print(f"no summary from {run.logs[0].name} (exit {run.code}); its stderr ends:\n"
                      f"{excerpt(run.logs[1].read_text(errors='replace'))}")
        # A test differs when the set of its outcomes over the untraced runs is not that over the traced
        # runs: a test flaky untraced is not blamed on the recorder.
        tests = set().union(*(r.outcome.results for r in untraced + traced))
        differences = []
        for test in sorted(tests):
            seen = [{r.outcome.results.get(test, r.outcome.default) for r in mode} for mode in (untraced, traced)]
            if seen[0] != seen[1]:
                differences.append((test, *("|".join(sorted(s)) for s in seen)))
        print(f"outcome differences, untraced -> traced: {len(differences) or 'none'}")
        for test, before, after in differences:
            print(f"  {test}: {before} -> {after}")
            text = next((r.outcome.texts[test] for r in reversed(traced) if test in r.outcome.texts), None)
            if text:
                print(excerpt(text))
        check = trace_check(report)
        if not isinstance(check, str):
            for label, tests in check[2]:
                print(f"{label}: {len(tests)}, e.g. " + ", ".join(f"{t} ({detail})" for t, detail in tests[:5]))
            inner = report["in_trace"]["inner"]
            if inner:
                print("tests rows of tests run inside the suite's tests: "
                      + ", ".join(f"{n} {where}" for where, n in inner.items()))
            if not report["in_trace"]["scopes"]:
                print("the trace has no scopes table: tests run inside a test in its own process count as the suite's")
        parsed = traced[-1].outcome
        if parsed.ran is not None and parsed.summary.startswith("Ran "):
            counted = int(parsed.summary.split()[1])
            if counted != len(parsed.ran):
                print(f"unittest -v lines read: {len(parsed.ran)} tests, of {counted} that unittest counted")
        lines = report["recorder_lines"]
        print(f"recorder lines in the traced runs' output: {sum(lines.values()) or 'none'}")
        for line, count in lines.most_common():
            print(f"  {line}" + (f"  (x{count})" if count > 1 else ""))
        # One line per process or object: alike once their numbers are left out.
        alike = Counter(re.sub(r"\d+", "N", line) for line in report["analyzer_stderr"])
        for shape, count in alike.items():
            example = next(line for line in report["analyzer_stderr"] if re.sub(r"\d+", "N", line) == shape)
            print(f"analyze stderr: {example}" + (f"  (x{count} alike)" if count > 1 else ""))
        groups = Counter((f["rule"], f["file"], f["line"], f["function"]) for f in report["findings"])
        messages = {(f["rule"], f["file"], f["line"], f["function"]): (f["message"], f["test"])
                    for f in report["findings"]}
        print(f"findings: {len(report['findings'])} in {len(groups)} groups of rule and site")
        for key, count in groups.most_common(FINDING_GROUPS_SHOWN):
            rule, file, line, function = key
            message, test = messages[key]
            site = f"{file}:{line} {function}" if file else "(no site)"
            print(f"  {rule}  {site}  x{count}  {message}" + (f"  [{test}]" if test else ""))
        if len(groups) > FINDING_GROUPS_SHOWN:
            print(f"  ... {len(groups) - FINDING_GROUPS_SHOWN} more groups in {suite}-py{version}.findings.json")


def default_interpreters():
    """The newest pyenv 3.11.x and 3.13.x, or this interpreter when pyenv has neither."""
    versions = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    found = []
    for minor in ("3.11", "3.13"):
        candidates = [p for p in versions.glob(f"{minor}.*") if re.fullmatch(r"\d+\.\d+\.\d+", p.name)
                      and (p / "bin" / "python").exists()]
        if candidates:
            newest = max(candidates, key=lambda p: tuple(map(int, p.name.split("."))))
            found.append(str(newest / "bin" / "python"))
    return found or [sys.executable]


def python_version(python):
    return subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    names = [suite.name for suite in SUITES]
    parser.add_argument("--suites", default=",".join(names), help=f"comma-separated, of {', '.join(names)}")
    parser.add_argument("--python", action="append", help="interpreter to run the suites on (repeatable; "
                        "default: pyenv's newest 3.11 and 3.13)")
    parser.add_argument("--cache", type=Path, default=Path("/var/tmp/asynctrace-realism"),
                        help="sdists, venvs and logs (default: %(default)s)")
    parser.add_argument("--keep-traces", type=Path, metavar="DIR",
                        help="write traces, findings and logs here, and keep them")
    parser.add_argument("--runs", type=int, default=1, help="runs of each mode; CPU is their median")
    parser.add_argument("--installed", action="store_true",
                        help="pip-install this checkout's recorder into each pytest suite's venv and switch it on "
                             "with ASYNCTRACE_DB alone, as a pip user does")
    parser.add_argument("--level", choices=["full", "lean"], default="full",
                        help="the recording level of the traced runs (ASYNCTRACE_LEVEL; default full)")
    parser.add_argument("--warnings-as-errors", action="store_true",
                        help="run every suite with -W error, traced and untraced alike")
    args = parser.parse_args()
    chosen = args.suites.split(",")
    unknown = set(chosen) - set(names)
    if unknown:
        parser.error(f"unknown suites: {', '.join(sorted(unknown))}")
    if not ANALYZER.exists():
        parser.error(f"{ANALYZER} not found: run swift build first")
    started = time.perf_counter()
    os.environ["ASYNCTRACE_LEVEL"] = args.level  # the traced runs' (untraced ones ignore it)
    args.cache = args.cache.resolve()  # the children run elsewhere
    args.cache.mkdir(parents=True, exist_ok=True)
    if args.keep_traces:
        args.keep_traces = args.keep_traces.resolve()
    # Logs stay (in the cache, each run replacing the last) for the failures' full text; traces, which can
    # take gigabytes, only when asked for.
    log_dir = args.keep_traces or args.cache / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    scratch = None if args.keep_traces else tempfile.TemporaryDirectory(prefix="traces-", dir=args.cache)
    trace_dir = args.keep_traces or Path(scratch.name)
    reports = {}
    for python in args.python or default_interpreters():
        version = python_version(python)
        for suite in (s for s in SUITES if s.name in chosen):
            print(f"{suite.name} on {python} ({version})", file=sys.stderr)
            try:
                reports[suite.name, version] = run_suite(suite, python, version, args.cache, args.runs,
                                                         log_dir, trace_dir, args.warnings_as_errors,
                                                         args.installed)
            except SetupError as e:
                reports[suite.name, version] = str(e)
    strict = ", -W error" * args.warnings_as_errors + ", recorder pip-installed" * args.installed
    print(f"### Real suites, untraced and traced (CPU seconds, median of {args.runs}; {os.cpu_count()} CPUs{strict})\n")
    print_table(reports)
    print_details(reports, log_dir, bool(args.keep_traces))
    print(f"\nTotal wall time: {(time.perf_counter() - started) / 60:.1f} min")
    if scratch:
        scratch.cleanup()


if __name__ == "__main__":
    main()
