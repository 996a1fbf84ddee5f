"""asynctrace benchmarks: recorder overhead, trace size and writer speed, analyzer speed and memory.

    python3 bench/bench.py            # everything, on every CPython 3.9-3.15 (about an hour on 2 cores)
    python3 bench/bench.py --quick    # python3 only, smaller workloads, no test suite, 1M-event analyzer trace
    python3 bench/bench.py --python ~/.pyenv/versions/3.13.0/bin/python --only recorder --workloads ab

Prints markdown tables. CPU times are user+system seconds of the whole child process (start-up, exit and
writing the trace included), medians of --runs runs; ratios are to the untraced run of the same workload.
"""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORKLOADS = REPO / "bench" / "workloads"
# Against untraced: the C accelerator (as the wheel installs it) at the default level and at the lean level
# (ASYNCTRACE_LEVEL=lean), and the pure-Python hooks.
OURS = ["untraced", "asynctrace", "asynctrace, lean", "asynctrace, pure Python"]
sys.path.insert(0, str(REPO / "tools" / "python" / "src"))

from asynctrace.__main__ import recording_environment  # noqa: E402


def run_measured(args, env, cwd=None, stdout=subprocess.DEVNULL, timeout=None):
    """Run a child to completion (killed after timeout seconds); return (cpu seconds, wall seconds, peak RSS
    in MB, exit status)."""
    start = time.perf_counter()
    # stdin is /dev/null: an inherited pipe made one of CPython's asyncio tests read without end. SIGINT as
    # by default: a shell starts background jobs with it ignored, and test_runners' interrupt_main() test
    # then never ends, eating memory until the kernel kills it.
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdin=subprocess.DEVNULL, stdout=stdout,
                            stderr=subprocess.DEVNULL,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    killer = threading.Timer(timeout, proc.kill) if timeout else None
    if killer:
        killer.start()
    _, status, usage = os.wait4(proc.pid, 0)
    if killer:
        killer.cancel()
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return usage.ru_utime + usage.ru_stime, wall, usage.ru_maxrss / 1024, proc.returncode


def base_environment():
    env = dict(os.environ)
    for name in ("ASYNCTRACE_DB", "ASYNCTRACE_LEVEL", "PYTHONASYNCIODEBUG", "PYTEST_PLUGINS"):
        env.pop(name, None)
    return env


def viztracer_available(python):
    return subprocess.run([python, "-c", "import viztracer"], capture_output=True).returncode == 0


def recorder_overhead(python, runs, quick, skip_viztracer, chosen, scratch, skip_debug_mode=False):
    size = "50000" if quick else "200000"
    workloads = {"a": ("(a) 200k tasks via gather over sleep(0)" if not quick else "(a) 50k tasks via gather",
                       [str(WORKLOADS / "tasks_gather.py"), size]),
                 "b": ("(b) 200k futures: create_future, call_soon(set_result), await" if not quick
                       else "(b) 50k futures", [str(WORKLOADS / "futures.py"), size]),
                 "c": ("(c) CPython's test.test_asyncio (12 modules)", [str(WORKLOADS / "test_asyncio_subset.py")]),
                 "d": ("(d) 200 rounds of gather over 1,000 sleep(0) tasks, 200 coroutines never awaited",
                       [str(WORKLOADS / "rounds_gather.py"), "50" if quick else "200"]),
                 "e": ("(e) TaskGroup fan-out: 1,000 rounds of 20 parents x 5 children, cancellations",
                       [str(WORKLOADS / "taskgroup_fanout.py"), "250" if quick else "1000"]),
                 "f": ("(f) streams over loopback: 50k request/response round trips",
                       [str(WORKLOADS / "streams_roundtrips.py"), "12500" if quick else "50000"]),
                 "g": ("(g) timers: 100k call_later cancelled, 100k wait_for (10% time out)",
                       [str(WORKLOADS / "timers.py"), "25000" if quick else "100000"])}
    needs_311 = {"e"}  # asyncio.TaskGroup
    old = subprocess.run([python, "-c", "import sys; print(sys.version_info < (3, 11))"], capture_output=True,
                         text=True).stdout.strip() == "True"
    workloads = [workloads[key] for key in ("ab" if quick else chosen) if not (old and key in needs_311)]
    baselines = [] if skip_debug_mode else ["asyncio debug mode"]
    if not skip_viztracer:
        if viztracer_available(python):
            baselines.append("VizTracer --log_async")
        else:
            print(f"(VizTracer not installed for {python}: `{python} -m pip install viztracer` to compare)\n")
    modes = OURS + baselines
    prepare_recorder(python)
    trace = scratch / "overhead.db"

    def measure(mode, args, timeout=None):
        return measure_mode(mode, python, args, trace, scratch, timeout)

    results = {}
    for label, args in workloads:
        # Our modes take turns run by run, so that a machine that slows down meanwhile slows each alike.
        samples = {mode: [] for mode in OURS}
        for _ in range(runs):
            for mode in OURS:
                cpu, _, _, status = measure(mode, args)
                if status != 0:
                    raise SystemExit(f"{label} under {mode} exited {status}")
                samples[mode].append(cpu)
        for mode in OURS:
            results[label, mode] = statistics.median(samples[mode])
            print(f"  {label} / {mode}: {', '.join(f'{cpu:.2f}' for cpu in samples[mode])}", file=sys.stderr)
        # The baselines are other tools, run once each (they cost x3 to x30): one that crashes or hangs on a
        # workload gets a note in its cell.
        for mode in baselines:
            timeout = max(120, 20 * results[label, "untraced"])
            cpu, wall, _, status = measure(mode, args, timeout)
            results[label, mode] = (cpu if status == 0 else f"did not finish in {timeout:.0f} s"
                                    if wall >= timeout else f"exited {status}")
            shown = results[label, mode]
            print(f"  {label} / {mode}: {shown if isinstance(shown, str) else f'{shown:.2f}'}", file=sys.stderr)
    print(f"### Recorder overhead ({python_version(python)}, CPU seconds; ours the median of {runs}, "
          f"the baselines one run)\n")
    print("| workload | " + " | ".join(modes) + " |")
    print("|---|" + "---|" * len(modes))
    for label, _ in workloads:
        base = results[label, "untraced"]
        cells = [result if isinstance(result := results[label, m], str)
                 else f"{result:.2f} s" + ("" if m == "untraced" else f" (x{result / base:.2f})") for m in modes]
        print(f"| {label} | " + " | ".join(cells) + " |")
    print()


def measure_mode(mode, python, args, trace, scratch, timeout=None):
    """One run of `python args` under mode (one of OURS, or a baseline tool), recording into a fresh trace:
    run_measured()'s figures."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(trace) + suffix).unlink(missing_ok=True)
    env = base_environment()
    command = [python] + args
    if mode.startswith("asynctrace"):
        env = recording_environment(str(trace), env)
        if mode.endswith("pure Python"):
            env["ASYNCTRACE_PURE_PYTHON"] = "1"
        elif mode.endswith("lean"):
            env["ASYNCTRACE_LEVEL"] = "lean"
    elif mode == "asyncio debug mode":
        env["PYTHONASYNCIODEBUG"] = "1"
    elif mode.startswith("VizTracer"):
        command = [python, "-m", "viztracer", "--quiet", "--log_async", "-o", str(scratch / "viz.json")] + args
    return run_measured(command, env, cwd=scratch, timeout=timeout)


def startup_cost(python, runs, scratch):
    """What a traced process pays to start and end: an empty asyncio.run, many times over (a process of about
    0.1 s varies by milliseconds), the modes taking turns; the figure is the difference of the medians."""
    prepare_recorder(python)
    trace = scratch / "startup.db"
    samples = {mode: [] for mode in OURS}
    for _ in range(max(runs, 15)):
        for mode in OURS:
            cpu, _, _, status = measure_mode(mode, python, [str(WORKLOADS / "empty_run.py")], trace, scratch)
            if status != 0:
                raise SystemExit(f"the start-up workload under {mode} exited {status}")
            samples[mode].append(cpu * 1000)
    base = statistics.median(samples["untraced"])
    print(f"### Start-up ({python_version(python)}, CPU ms of an empty asyncio.run, medians of "
          f"{len(samples['untraced'])})\n")
    print("| " + " | ".join(OURS) + " |")
    print("|---|" + "---|" * (len(OURS) - 1))
    cells = [f"{statistics.median(samples[mode]):.0f} ms (+{statistics.median(samples[mode]) - base:.0f} ms)"
             for mode in OURS[1:]]
    print(f"| {base:.0f} ms | " + " | ".join(cells) + " |\n")


def prepare_recorder(python):
    """The recorder as pip installs it: its modules byte-compiled (an environment with PYTHONDONTWRITEBYTECODE
    would compile them anew in every traced process) and its C accelerator built."""
    subprocess.run([python, "-m", "compileall", "-q", str(REPO / "tools" / "python" / "src" / "asynctrace")],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([sys.executable, str(REPO / "scripts" / "build-speedups")], check=True, stdout=subprocess.DEVNULL)


def trace_size_and_writer(python, quick, scratch):
    trace = scratch / "size.db"
    env = recording_environment(str(trace), base_environment())
    run_measured([python, str(WORKLOADS / "tasks_gather.py"), "50000" if quick else "200000"], env, cwd=scratch)
    rows = subprocess.run(
        ["sqlite3", str(trace), "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM tasks)"
         " + (SELECT count(*) FROM task_ends) + (SELECT count(*) FROM sites)"],
        capture_output=True, text=True).stdout.strip()
    size = trace.stat().st_size
    writer = subprocess.run([python, "-c", WRITER_BENCH, str(scratch / "writer.db")], capture_output=True,
                            text=True, env=dict(base_environment(), PYTHONPATH=str(REPO / "tools/python/src")))
    print("### Trace size and writer\n")
    print("| measure | value |")
    print("|---|---|")
    print(f"| trace of workload (a) | {size / 1e6:.1f} MB for {int(rows):,} rows |")
    print(f"| bytes per row | {size / int(rows):.0f} |")
    print(f"| writer, sustained (events rows, inline flush) | {writer.stdout.strip()} |")
    print()


WRITER_BENCH = """
import sys, time
from asynctrace._writer import TraceWriter
writer = TraceWriter(sys.argv[1])
rows, batch = 1_000_000, 5_000
start = time.process_time()
for first in range(0, rows, batch):
    for i in range(first, first + batch):
        writer.events.extend((i, 12, writer.process_id, 1, 2, i, None, 3, None, 0, None))
    writer.flush()
elapsed = time.process_time() - start
writer.close()
print(f"{rows / elapsed:,.0f} events/s")
"""


def release_analyzer():
    print("(building the release analyzer: swift build -c release)", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release", "--product", "asynctrace"], cwd=REPO, check=True,
                   stdout=subprocess.DEVNULL)
    return REPO / ".build" / "release" / "asynctrace"


def analyzer(sizes, runs, scratch):
    binary = release_analyzer()
    rows = []
    for events in sizes:
        trace = scratch / f"synthetic-{events}.db"
        generated = subprocess.run([sys.executable, str(REPO / "bench" / "synth_trace.py"), str(trace),
                                    "--events", str(events)], capture_output=True, text=True, check=True)
        expected = json.loads(generated.stdout)
        # Two baselines: count(*) counts the entries of the smallest index of events without reading a row;
        # sum(kind) reads every row. Wall times, medians of `runs`, the file in the page cache.
        count_wall = median_wall(["sqlite3", str(trace), "SELECT count(*) FROM events"], runs)
        scan_wall = median_wall(["sqlite3", str(trace), "SELECT sum(kind) FROM events"], runs)
        out = scratch / "findings.json"
        analyze = [str(binary), "analyze", str(trace), "--format", "json", "-o", str(out)]
        wall = median_wall(analyze, runs)
        _, _, rss, _ = run_measured(analyze, base_environment())
        found = {}
        for finding in json.loads(out.read_text()):
            found[finding["rule"]] = found.get(finding["rule"], 0) + 1
        if found != expected:
            raise SystemExit(f"analyzer found {found}, generator planted {expected}")
        rows.append((events, trace.stat().st_size, wall, rss, count_wall, scan_wall, sum(expected.values())))
        print(f"  analyzer at {events:,} events: {wall:.2f} s, {rss:.0f} MB", file=sys.stderr)
        trace.unlink()
    print("### Analyzer (release build; synthetic traces, findings checked against the generator)\n")
    print("| events | trace | bytes / event | analyze | peak RSS | sqlite3 count(*) | analyze / count(*) "
          "| sqlite3 sum(kind) | analyze / sum(kind) | findings |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for events, size, wall, rss, count, scan, findings in rows:
        print(f"| {events:,} | {size / 1e6:.0f} MB | {size / events:.0f} | {wall:.2f} s | {rss:.0f} MB | {count:.2f} s | "
              f"x{wall / count:.1f} | {scan:.2f} s | x{wall / scan:.1f} | {findings:,} |")
    if len(rows) > 1:
        (small, *_), (large, *_) = rows[0], rows[-1]
        print(f"\nScaling {small:,} -> {large:,} events (x{large / small:.0f}): analyze time "
              f"x{rows[-1][2] / rows[0][2]:.1f}, peak RSS x{rows[-1][3] / rows[0][3]:.1f}")
    print()


def shards(count, events, scratch):
    """CI shards read as one: `count` synthetic traces of `events` events each (one generated, the others
    copies whose files are renamed, so that no finding of one shard is another's), analysed one by one, then
    by one `analyze` of them all, then combined into one trace."""
    binary = release_analyzer()
    template = scratch / "shard-template.db"
    generated = subprocess.run([sys.executable, str(REPO / "bench" / "synth_trace.py"), str(template),
                                "--events", str(events)], capture_output=True, text=True, check=True)
    per_shard = sum(json.loads(generated.stdout).values())
    traces = []
    for index in range(count):
        trace = scratch / f"shard-{index:03}.db"
        shutil.copyfile(template, trace)
        with sqlite3.connect(trace) as conn:
            conn.execute("UPDATE sites SET file = replace(file, '/srv/app/', ?), stack = replace(stack, '/srv/app/', ?)",
                         (f"/srv/app{index}/", f"/srv/app{index}/"))
        traces.append(str(trace))
    template.unlink()
    out, env = scratch / "findings.json", base_environment()
    one_wall, one_rss = 0.0, 0.0
    for trace in traces:
        _, wall, rss, status = run_measured([str(binary), "analyze", trace, "--format", "json", "-o", str(out)], env)
        if status != 1:
            raise SystemExit(f"analyze {trace} exited with {status}")
        one_wall, one_rss = one_wall + wall, max(one_rss, rss)
    _, together_wall, together_rss, status = run_measured(
        [str(binary), "analyze", *traces, "--expect-traces", str(count), "--format", "json", "-o", str(out)], env)
    found, output_size = len(json.loads(out.read_text())), out.stat().st_size
    if status != 1 or found != count * per_shard:
        raise SystemExit(f"analyze of {count} shards exited with {status}, {found} findings, not {count * per_shard}")
    combined = scratch / "combined.db"
    _, combine_wall, combine_rss, status = run_measured([str(binary), "combine", "-o", str(combined), *traces], env)
    if status != 0:
        raise SystemExit(f"combine exited with {status}")
    size = combined.stat().st_size
    combined.unlink()
    for trace in traces:
        os.unlink(trace)
    print(f"### {count} CI shards of {events:,} events each (release build; synthetic traces, findings checked)\n")
    print("| | wall | peak RSS |")
    print("|---|---|---|")
    print(f"| analyze, one shard at a time ({count} commands) | {one_wall:.1f} s | {one_rss:.0f} MB (the largest) |")
    print(f"| analyze of all {count} at once ({found:,} findings, {output_size / 1e6:.0f} MB of JSON) | "
          f"{together_wall:.1f} s (x{together_wall / one_wall:.2f}) | {together_rss:.0f} MB (x{together_rss / one_rss:.2f}) |")
    print(f"| combine into one trace ({size / 1e9:.1f} GB) | {combine_wall:.1f} s | {combine_rss:.0f} MB |")
    print()


def median_wall(command, runs):
    return statistics.median(run_measured(command, base_environment())[1] for _ in range(runs))


def python_version(python):
    return subprocess.run([python, "--version"], capture_output=True, text=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", action="append", help="interpreter to trace; repeat for more, or 'all' (the "
                        "default without --quick): "
                        "CPython 3.9-3.13 from pyenv and 3.14-3.15 from the sid root, as scripts/test finds them")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--skip-viztracer", action="store_true")
    parser.add_argument("--skip-debug-mode", action="store_true", help="no asyncio debug mode baseline (x4-33: "
                        "most of a full run's time)")
    parser.add_argument("--workloads", default="abcdefg", type=workload_letters,
                        help="recorder workloads to run, letters of abcdefg (c is a test suite; e needs 3.11+)")
    parser.add_argument("--only", choices=["recorder", "writer", "analyzer", "shards"])
    parser.add_argument("--shards", type=int, default=50, help="CI shards read as one (default 50; 5 with --quick)")
    parser.add_argument("--shard-events", type=int, default=1_000_000, help="events per shard (default 1M)")
    parser.add_argument("--events", action="append", type=int,
                        help="analyzer trace sizes in events; repeat for more (default 1M, 10M and 50M; 1M with --quick)")
    args = parser.parse_args()
    pythons = args.python or ([shutil.which("python3")] if args.quick else ["all"])
    if pythons == ["all"]:
        pythons = every_interpreter()
    # Under /tmp: the sid root sees it (scripts/sid-python mounts it there).
    with tempfile.TemporaryDirectory(prefix="asynctrace-bench-", dir="/tmp") as scratch:
        scratch = Path(scratch)
        print(f"Machine: {os.cpu_count()} CPUs, {platform_summary()}\n")
        if args.only in (None, "recorder"):
            for python in pythons:
                startup_cost(python, args.runs, scratch)
                recorder_overhead(python, args.runs, args.quick, args.skip_viztracer, args.workloads, scratch,
                                  args.skip_debug_mode)
        if args.only in (None, "writer"):
            trace_size_and_writer(pythons[0], args.quick, scratch)
        if args.only in (None, "analyzer"):
            analyzer(args.events or ([1_000_000] if args.quick else [1_000_000, 10_000_000, 50_000_000]), args.runs,
                     scratch)
        if args.only in (None, "shards"):
            shards(5 if args.quick and args.shards == 50 else args.shards, args.shard_events, scratch)


def workload_letters(text):
    if not text or set(text) - set("abcdefg"):
        raise argparse.ArgumentTypeError("letters of abcdefg")
    return "".join(sorted(set(text)))


def every_interpreter():
    """The newest pyenv CPython of each of 3.9-3.13, then 3.14 and 3.15 from the sid root (scripts/sid-python
    makes it once); a version that is missing is said and skipped."""
    found = []
    versions = subprocess.run(["pyenv", "versions", "--bare"], capture_output=True, text=True).stdout.split()
    root = subprocess.run(["pyenv", "root"], capture_output=True, text=True).stdout.strip()
    for minor in ("3.9", "3.10", "3.11", "3.12", "3.13"):
        matches = sorted((v for v in versions if v.startswith(minor + ".") and v.count(".") == 2),
                         key=lambda v: int(v.split(".")[2]))
        if matches:
            found.append(f"{root}/versions/{matches[-1]}/bin/python")
        else:
            print(f"(CPython {minor}: not installed in pyenv, skipped)\n")
    for minor in ("3.14", "3.15"):
        sid = subprocess.run([str(REPO / "scripts" / "sid-python"), minor], capture_output=True, text=True)
        if sid.returncode == 0:
            found.append(sid.stdout.strip())
        else:
            print(f"(CPython {minor}: no sid root: {sid.stderr.strip()})\n")
    return found


def platform_summary():
    import platform

    return f"{platform.system()} {platform.release()}, {platform.machine()}"


if __name__ == "__main__":
    main()
