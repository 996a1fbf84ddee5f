"""Installs asynctrace.pth beside the package, so that ASYNCTRACE_DB alone turns recording on at
interpreter start in any environment asynctrace is installed in (as coverage and pytest-cov do); and builds
the optional C accelerator (one binary for CPython 3.9+, as scripts/build-speedups does). Without a C
compiler the install goes on and the recorder runs its pure-Python hooks."""
import os

from setuptools import Extension, setup
from setuptools.command.build_py import build_py

PTH = "asynctrace.pth"


class BuildWithPth(build_py):
    def run(self):
        super().run()
        self.copy_file(os.path.join("src", PTH), os.path.join(self.build_lib, PTH))


setup(
    cmdclass={"build_py": BuildWithPth},
    # _speedups.c defines Py_LIMITED_API itself: py_limited_api only names the binary abi3.
    ext_modules=[Extension("asynctrace._speedups", [os.path.join("src", "asynctrace", "_speedups.c")],
                           py_limited_api=True, optional=True)],
)
