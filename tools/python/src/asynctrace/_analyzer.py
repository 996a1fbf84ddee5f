"""The `asynctrace` analyzer binary, as the pytest plugin runs it at the end of a session."""

import json
import os
import shutil
import subprocess
import sys

ENV_VAR = "ASYNCTRACE_ANALYZER"
_PACKAGE = os.path.dirname(os.path.abspath(__file__))
_CHECKOUT = os.path.normpath(os.path.join(_PACKAGE, "..", "..", "..", ".."))


def find(on_path=True):
    """The analyzer: $ASYNCTRACE_ANALYZER when set (and then only that), else the one the wheel ships in this
    package, `asynctrace` on PATH, or the build of the checkout this recorder runs from. None when there is
    none."""
    if os.environ.get(ENV_VAR):
        candidates = [os.environ[ENV_VAR]]
    else:
        candidates = [os.path.join(_PACKAGE, "bin", "asynctrace"), on_path and shutil.which("asynctrace")]
        # The checkout's builds, the newest first: the other may be stale.
        builds = [os.path.join(_CHECKOUT, ".build", build, "asynctrace") for build in ("release", "debug")]
        candidates += sorted([b for b in builds if os.path.isfile(b)], key=os.path.getmtime, reverse=True)
    runnable = [path for path in candidates if path and os.access(path, os.X_OK) and os.path.isfile(path)]
    return runnable[0] if runnable else None


def main(argv=None):
    """The `asynctrace` command a pip install puts on PATH (and `python -m asynctrace analyze ...`): the
    analyzer, run in this process's place. Never itself on PATH, which could be this very script."""
    analyzer = find(on_path=False)
    if analyzer is None:
        sys.stderr.write("asynctrace: error: this installation has no analyzer binary (a source install): "
                         f"build it with swift build, or set {ENV_VAR}\n")
        sys.exit(2)
    os.execv(analyzer, [analyzer] + list(sys.argv[1:] if argv is None else argv))


class Analysis:
    """What `asynctrace analyze --format json` said about a trace."""

    def __init__(self, findings, status, warnings, error=None, notes=()):
        self.findings = findings  # list of finding objects (dicts)
        self.status = status  # 0 none, 1 findings, 2 error, 3 no findings in an incomplete trace
        self.warnings = warnings  # the analyzer's "asynctrace: warning: ..." lines
        self.error = error  # why there is no analysis
        self.notes = list(notes)  # its other lines, e.g. how many findings a baseline accepted

    @property
    def incomplete(self):
        return bool(self.warnings)


def analyze(analyzer, trace, *arguments):
    try:
        proc = subprocess.run([analyzer, "analyze", trace, "--format", "json", *arguments],
                              stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as e:
        return Analysis([], 2, [], f"cannot run {analyzer}: {e}")
    lines = proc.stderr.splitlines()
    warnings = [line for line in lines if line.startswith("asynctrace: warning: ")]
    if proc.returncode not in (0, 1, 3):
        return Analysis([], proc.returncode, warnings, next(iter(lines), f"exit status {proc.returncode}"))
    try:
        findings = json.loads(proc.stdout)
    except ValueError as e:
        return Analysis([], 2, warnings, f"{analyzer} printed no JSON: {e}")
    return Analysis(findings, proc.returncode, warnings, notes=[line for line in lines if line not in warnings])


def report(analyzer, trace, fmt, path):
    """Writes one report of the trace; returns None, or why it could not."""
    command = [analyzer, "report", trace, "-o", path] if fmt == "html" else \
        [analyzer, "analyze", trace, "--format", fmt, "-o", path]
    try:
        proc = subprocess.run(command, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    except (OSError, subprocess.SubprocessError) as e:
        return str(e)
    errors = [line for line in proc.stderr.splitlines() if not line.startswith("asynctrace: warning: ")]
    return errors[0] if proc.returncode not in (0, 1, 3) and errors else None
