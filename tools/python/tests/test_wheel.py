"""The wheel of scripts/build-wheel, installed as a user would: into a fresh venv of CPython 3.14 in the Debian
sid root (no Swift toolchain, no libsqlite3-dev, never saw the checkout), where pip install is the whole
set-up. scripts/test builds the wheel and runs this once with ASYNCTRACE_WHEEL naming it."""
import os
import shutil
import subprocess

import pytest

from conftest import LEAKY_SUITE

WHEEL = os.environ.get("ASYNCTRACE_WHEEL")
ROOT = os.environ.get("ASYNCTRACE_SID_ROOT", "/var/tmp/asynctrace-sid")

pytestmark = pytest.mark.skipif(
    not WHEEL or not os.path.exists(f"{ROOT}/usr/bin/python3.14") or os.geteuid() != 0,
    reason="scripts/test runs this once, as root, with ASYNCTRACE_WHEEL set and the sid root made")


def in_root(*command, cwd, path="/usr/bin:/bin"):
    """Runs command inside the sid root, in cwd (a directory under /tmp, which the root shares)."""
    env = {"PATH": path, "HOME": "/root", "LANG": "C.UTF-8"}
    for name in ("SSL_CERT_FILE", "PIP_CERT", "PIP_DEFAULT_TIMEOUT"):
        if name in os.environ:
            env[name] = os.environ[name]
    return subprocess.run([shutil.which("chroot") or "/usr/sbin/chroot", ROOT, "/bin/sh", "-c", 'cd "$0" && exec "$@"', str(cwd), *command],
                          env=env, stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)


def test_pip_install_is_the_whole_set_up(tmp_path):
    assert str(tmp_path).startswith("/tmp/"), "the sid root shares /tmp only"
    wheel = tmp_path / os.path.basename(WHEEL)
    shutil.copy(WHEEL, wheel)
    assert in_root("python3.14", "-m", "venv", "venv", cwd=tmp_path).returncode == 0
    install = in_root("venv/bin/pip", "install", "--quiet", str(wheel), "pytest", cwd=tmp_path)
    assert install.returncode == 0, install.stderr

    help_ = in_root("venv/bin/asynctrace", "--help", cwd=tmp_path)
    assert help_.returncode == 0 and "OVERVIEW: Find asyncio lifecycle bugs" in help_.stdout, help_.stderr

    (tmp_path / "test_suite.py").write_text(LEAKY_SUITE)
    run = in_root("venv/bin/python", "-m", "pytest", "-p", "no:cacheprovider", "--asynctrace=trace.db",
                  "test_suite.py", cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert " asynctrace =" in run.stdout
    # The wheel's C accelerator is the one the recorder ran.
    accelerator = in_root("venv/bin/python", "-c", "import sqlite3; print(sqlite3.connect('trace.db').execute("
                          "\"SELECT status FROM hooks WHERE name = 'C accelerator'\").fetchone()[0])", cwd=tmp_path)
    assert accelerator.stdout == "installed\n", accelerator.stdout + accelerator.stderr
    assert "  test_suite.py:9 leaked-coroutine coroutine save was created but never awaited" in run.stdout

    gated = in_root("venv/bin/python", "-m", "pytest", "-p", "no:cacheprovider", "--asynctrace=trace.db",
                    "--asynctrace-fail-on=error", "test_suite.py", cwd=tmp_path)
    assert gated.returncode == 1 and "asynctrace: failing the session: 1 asyncio lifecycle finding" in gated.stdout

    for analyze in (["venv/bin/asynctrace"], ["venv/bin/python", "-m", "asynctrace"]):
        result = in_root(*analyze, "analyze", "trace.db", "--format", "json", cwd=tmp_path)
        assert result.returncode == 1 and '"rule" : "leaked-coroutine"' in result.stdout, result.stderr

    # Adopting it: today's findings become the baseline, and the gate then passes until a new one appears.
    made = in_root("venv/bin/asynctrace", "baseline", "trace.db", "-o", "base.json", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    baselined = in_root("venv/bin/python", "-m", "pytest", "-p", "no:cacheprovider", "--asynctrace=trace.db",
                        "--asynctrace-fail-on=error", "--asynctrace-baseline=base.json", "test_suite.py", cwd=tmp_path)
    assert baselined.returncode == 0 and "1 finding in the baseline" in baselined.stdout, baselined.stdout


APP = """
import asyncio, sys

async def save():
    await asyncio.sleep(0)

async def main():
    save()

asyncio.run(main())
print("recorder:", sys.modules["asynctrace"].__file__)
"""


def test_record_runs_the_installed_recorder(tmp_path):
    """`asynctrace record` of a pip install: the recorder is the package the binary came in (this machine's
    checkout, which the root happens to see, is not it), and a recorded pytest session is not warned that
    the package came before pytest's assertion rewriting."""
    wheel = tmp_path / os.path.basename(WHEEL)
    shutil.copy(WHEEL, wheel)
    assert in_root("python3.14", "-m", "venv", "venv", cwd=tmp_path).returncode == 0
    install = in_root("venv/bin/pip", "install", "--quiet", str(wheel), "pytest", cwd=tmp_path)
    assert install.returncode == 0, install.stderr
    activated = f"{tmp_path}/venv/bin:/usr/bin:/bin"  # as `. venv/bin/activate` leaves PATH

    (tmp_path / "app.py").write_text(APP)
    record = in_root("asynctrace", "record", "-o", "app.db", "--", "python", "app.py", cwd=tmp_path, path=activated)
    assert record.returncode == 0, record.stderr
    site = in_root("python", "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path,
                   path=activated).stdout.strip()
    assert record.stdout == f"recorder: {site}/asynctrace/__init__.py\n"
    assert "trace written to app.db: 1 process, " in record.stderr and ", 1 finding (see: " in record.stderr
    analyzed = in_root("asynctrace", "analyze", "app.db", "--format", "json", cwd=tmp_path, path=activated)
    assert analyzed.returncode == 1 and '"rule" : "leaked-coroutine"' in analyzed.stdout, analyzed.stderr

    (tmp_path / "test_suite.py").write_text(LEAKY_SUITE)
    session = in_root("asynctrace", "record", "-o", "suite.db", "--", "python", "-m", "pytest", "-p",
                      "no:cacheprovider", "-W", "error::pytest.PytestAssertRewriteWarning", "test_suite.py",
                      cwd=tmp_path, path=activated)
    assert session.returncode == 0 and "2 passed" in session.stdout, session.stdout + session.stderr
    assert "PytestAssertRewriteWarning" not in session.stdout + session.stderr
    analyzed = in_root("asynctrace", "analyze", "suite.db", cwd=tmp_path, path=activated)
    assert analyzed.returncode == 1 and "test_suite.py:9" in analyzed.stdout, analyzed.stdout + analyzed.stderr
