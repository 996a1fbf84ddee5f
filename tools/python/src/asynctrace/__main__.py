"""`python -m asynctrace run [-o trace.db] [--level lean] [--] script.py [args...]` (or `-m module [args...]`).

The program is exec'd by the same interpreter with the recorder switched on through the environment, so
it runs exactly as `python script.py` would: same sys.argv, tracebacks, exit code; its children record too.

`python -m asynctrace env [--level lean] TRACE` prints, as one JSON object, the environment variables to set
so that any command's Python processes record into TRACE: `asynctrace record` asks for them here rather than
knowing how the recorder is switched on.
"""

import argparse
import json
import os
import sys

from . import ENV_VAR, LEVEL_VAR, LEVELS
from ._trace_file import TraceRefused, start_new

BOOT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_boot")
PYTEST_PLUGIN = "asynctrace.pytest_plugin"


def recording_environment(trace, environ, level=None):
    """The environment under which a Python program (and every Python child of it) records to `trace`, at
    `level` if given (else at the one the environment already names, full by default).

    PYTHONPATH gains the _boot folder alone, never the folder that holds this package: from a pip install that
    is a whole site-packages, whose other packages would then shadow the program's own."""
    env = dict(environ)
    env[ENV_VAR] = os.path.abspath(trace)
    if level is not None:
        env[LEVEL_VAR] = level
    paths = [BOOT_DIR] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    env["PYTHONPATH"] = os.pathsep.join(dict.fromkeys(paths))
    plugins = [p for p in env.get("PYTEST_PLUGINS", "").split(",") if p.strip()]
    if PYTEST_PLUGIN not in plugins:
        env["PYTEST_PLUGINS"] = ",".join(plugins + [PYTEST_PLUGIN])
    return env


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] and argv[0] not in ("run", "env", "-h", "--help"):
        from ._analyzer import main as analyzer

        analyzer(argv)  # analyze, report, ...: the analyzer's own commands
    parser = argparse.ArgumentParser(prog="python -m asynctrace",
                                     epilog="Any other command (analyze, report, summary, ...) runs the analyzer.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="run a Python program with the recorder active")
    run.add_argument("-o", "--output", default="asynctrace-trace.db", help="trace file (default: %(default)s)")
    level_help = "lean: count the tasks that ended plainly instead of storing them (default: full)"
    run.add_argument("--level", choices=LEVELS, help=level_help)
    run.add_argument("-m", dest="module", help="run a library module as a script, like python -m")
    run.add_argument("program", nargs=argparse.REMAINDER, help="script.py [args...], or the module's args")
    env = commands.add_parser("env", help="print the environment variables that make Python processes record")
    env.add_argument("--level", choices=LEVELS, help=level_help)
    env.add_argument("trace", help="the trace file they record into")
    args = parser.parse_args(argv)
    if args.command == "env":
        environ = recording_environment(args.trace, os.environ, args.level)
        print(json.dumps({name: value for name, value in environ.items() if os.environ.get(name) != value}))
        return
    program = args.program[1:] if args.program[:1] == ["--"] else args.program
    if args.module:
        command = [sys.executable, "-m", args.module] + program
    elif program:
        command = [sys.executable] + program
    else:
        parser.error("run needs a script (or -m module) to run")
    try:
        lock = start_new(os.path.abspath(args.output))
    except TraceRefused as e:
        sys.stderr.write(f"asynctrace: {e}\n")
        sys.exit(2)
    os.set_inheritable(lock, True)  # the program is the recording's first process: it holds the lock
    os.execve(sys.executable, command, recording_environment(args.output, os.environ, args.level))


if __name__ == "__main__":
    main()
