"""Installs asynctrace.pth beside the package, so that ASYNCTRACE_DB alone turns recording on at
interpreter start in any environment asynctrace is installed in (as coverage and pytest-cov do)."""
import os

from setuptools import setup
from setuptools.command.build_py import build_py

PTH = "asynctrace.pth"


class BuildWithPth(build_py):
    def run(self):
        super().run()
        self.copy_file(os.path.join("src", PTH), os.path.join(self.build_lib, PTH))


setup(cmdclass={"build_py": BuildWithPth})
