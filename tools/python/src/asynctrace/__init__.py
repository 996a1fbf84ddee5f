"""asynctrace recorder: writes asyncio task lifecycle events of this process to a SQLite trace.

Turn it on without code changes: ASYNCTRACE_DB=trace.db in the environment, `pytest --asynctrace=trace.db`,
or `python -m asynctrace run -o trace.db script.py`. The schema is schema/trace.sql in the repository.

PYTEST_DONT_REWRITE: recording starts at interpreter start-up, before pytest marks the package of its installed
plugin for assertion rewriting; this marker keeps pytest from warning that it came too late (a warning that
`-W error` turns into a session that runs no test).
"""

import os
import sys

__version__ = "0.1.0"
__all__ = ["start", "stop", "active_recorder", "__version__"]

ENV_VAR = "ASYNCTRACE_DB"
# How much of the tasks is written: every one (full), or only those a finding or a story may need (lean).
LEVEL_VAR = "ASYNCTRACE_LEVEL"
LEVELS = ("full", "lean")
_active = None


def start(path):
    """Record this process (and, through ENV_VAR, its children) into the trace at `path`.

    Returns the recorder, or None when the trace cannot be written: then one warning goes to stderr and
    the program runs on untraced.
    """
    global _active
    if _active is not None:
        return _active
    from ._writer import TraceUnavailable, TraceWriter

    try:
        writer = TraceWriter(path)
    except TraceUnavailable as e:
        _warn(f"asynctrace: not recording: {e}")
        return None
    if _gil_disabled():
        # The hooks rely on the GIL to keep their tables and buffers consistent across threads.
        writer.write_gap("recording_stopped", "start", "not recording: free-threaded CPython with the GIL disabled"
                         " is not supported (run it with PYTHON_GIL=1 to record)")
        writer.close()
        return None
    from ._recorder import Recorder

    _active = Recorder(writer)
    _active.install()
    return _active


def start_from_environment():
    path = os.environ.get(ENV_VAR)
    if path:
        # Children inherit the variable: a relative path would be another trace in another directory.
        path = os.environ[ENV_VAR] = os.path.abspath(path)
        try:
            start(path)
        except Exception as e:  # never break interpreter start-up
            _warn(f"asynctrace: not recording: {type(e).__name__}: {e}")


def stop():
    """Flush and close the trace; hooks stay installed but record nothing more."""
    global _active
    if _active is not None:
        _active.close()
        _active = None


def active_recorder():
    return _active


def _gil_disabled():
    """A free-threaded build (3.13t, 3.14t) running without its GIL."""
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    return is_gil_enabled is not None and not is_gil_enabled()


def _warn(message):
    try:
        sys.stderr.write(message + "\n")
    except Exception:
        pass
