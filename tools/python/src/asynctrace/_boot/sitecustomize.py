"""Starts the asynctrace recorder at interpreter start-up when ASYNCTRACE_DB is set.

`asynctrace record` and `python -m asynctrace run` put this folder first on PYTHONPATH. Python imports
only the first sitecustomize it finds, so this one then runs the one it shadows, if any.
"""


def _start():
    import os

    if os.environ.get("ASYNCTRACE_DB"):
        try:
            import asynctrace
        except ImportError as e:
            import sys

            sys.stderr.write(f"asynctrace: not recording: {e}\n")
        else:
            asynctrace.start_from_environment()


def _run_shadowed_sitecustomize():
    import importlib.machinery
    import importlib.util
    import os
    import sys

    here = os.path.dirname(os.path.abspath(__file__))
    path = [p for p in sys.path if os.path.abspath(p or os.curdir) != here]
    spec = importlib.machinery.PathFinder.find_spec("sitecustomize", path)
    if spec is not None and spec.loader is not None:
        module = importlib.util.module_from_spec(spec)
        sys.modules["sitecustomize"] = module
        spec.loader.exec_module(module)


_start()
_run_shadowed_sitecustomize()
