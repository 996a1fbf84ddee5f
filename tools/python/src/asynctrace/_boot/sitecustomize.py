"""Starts the asynctrace recorder at interpreter start-up when ASYNCTRACE_DB is set.

`asynctrace record` and `python -m asynctrace run` put this folder, and only it, first on PYTHONPATH. The
asynctrace package around it is imported from its own folder, which stays off sys.path: from a pip install
that folder is another environment's site-packages, whose packages must not shadow the program's. Python
imports only the first sitecustomize it finds, so this one then runs the one it shadows, if any.
"""


def _start():
    import os

    if os.environ.get("ASYNCTRACE_DB"):
        try:
            asynctrace = _import_own_package()
        except ImportError as e:
            import sys

            sys.stderr.write(f"asynctrace: not recording: {e}\n")
        else:
            asynctrace.start_from_environment()


def _import_own_package():
    """The asynctrace package this file belongs to (or the one already imported, e.g. by asynctrace.pth);
    its submodules, the pytest plugin included, are then found through the package itself."""
    import importlib.machinery
    import importlib.util
    import os
    import sys

    if "asynctrace" in sys.modules:
        return sys.modules["asynctrace"]
    parent = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    spec = importlib.machinery.PathFinder.find_spec("asynctrace", [parent])
    if spec is None or spec.loader is None:
        raise ImportError(f"no asynctrace package in {parent}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["asynctrace"] = module
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules["asynctrace"]
        raise
    return module


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
