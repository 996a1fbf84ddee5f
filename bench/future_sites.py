"""What noting where each Future was made costs, per round of shape (b), inside one traced process.

    scripts/build-speedups                              # the accelerator, as pip builds it
    python3 bench/future_sites.py                       # python3
    python3 bench/future_sites.py --python ~/.pyenv/versions/3.13.0/bin/python --blocks 200

Whole-process CPU medians on this 2-core machine move by more than the 3% this is held to, so the two
create_future methods are compared inside one traced process instead: (b)'s round (create_future,
call_soon(set_result), await) BLOCK_ROUNDS times a block, blocks alternating between the recorder's
create_future (with the accelerator, its C method) and the create_future it installed before it noted futures
(Python, recompiled from asyncio's source, noting nothing). Prints the median and the lower decile of each.
"""
import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BLOCK_ROUNDS = 5000


def compare(blocks):
    from asyncio import base_events

    now = base_events.BaseEventLoop.__dict__["create_future"]
    body = ("futures.Future(loop=self)" if sys.version_info >= (3, 12) else
            "(_asynctrace_Future if futures.Future is _asynctrace_base_future"
            " else _asynctrace_traced_class(futures.Future))(loop=self)")
    namespace = {}
    exec(compile(f"def create_future(self):\n    return {body}\n", base_events.__file__, "exec"),
         base_events.__dict__, namespace)  # the hooks' names live in asyncio's module, as patch_method puts them
    before = namespace["create_future"]

    async def rounds(loop):
        for _ in range(BLOCK_ROUNDS):
            future = loop.create_future()
            loop.call_soon(future.set_result, None)
            await future

    async def main():
        loop = asyncio.get_running_loop()
        times = {"before": [], "now": []}
        for block in range(blocks):
            order = (("before", before), ("now", now)) if block % 2 else (("now", now), ("before", before))
            for name, method in order:
                base_events.BaseEventLoop.create_future = method
                start = time.perf_counter()
                await rounds(loop)
                times[name].append((time.perf_counter() - start) / BLOCK_ROUNDS * 1e9)
        return times

    times = asyncio.run(main())
    version = ".".join(map(str, sys.version_info[:3]))
    for label, pick in (("median", statistics.median), ("lower decile", lambda t: sorted(t)[len(t) // 10])):
        b, n = pick(times["before"]), pick(times["now"])
        print(f"{version} {label}: a round {b:.0f} ns before, {n:.0f} ns now ({n / b - 1:+.1%})"
              f"{'' if type(now).__name__ == 'method_descriptor' else ' (pure-Python hooks)'}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--blocks", type=int, default=200)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return compare(args.blocks)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools" / "python" / "src"))
    from asynctrace.__main__ import recording_environment

    with tempfile.TemporaryDirectory() as scratch:
        env = recording_environment(os.path.join(scratch, "trace.db"), os.environ)
        env["PYTHONPATH"] += os.pathsep + str(Path(__file__).resolve().parents[1] / "tools" / "python" / "src")
        subprocess.run([args.python, __file__, "--child", "--blocks", str(args.blocks)], env=env, check=True)


if __name__ == "__main__":
    main()
