"""Runs every example, each in its own process (under `asynctrace record` each one is recorded). The hangs last
1.5 s before a timeout ends them: the recorder looks for them after 300 ms unless ASYNCTRACE_HANG_MS says otherwise."""
import os
import subprocess
import sys
from pathlib import Path

NEEDS_311 = {"pending_at_close_fixed.py"}  # asyncio.TaskGroup
env = dict(os.environ, ASYNCTRACE_HANG_MS=os.environ.get("ASYNCTRACE_HANG_MS", "300"))

for example in sorted(Path(__file__).parent.glob("*.py")):
    if example.name == Path(__file__).name or (example.name in NEEDS_311 and sys.version_info < (3, 11)):
        continue
    print(f"--- {example.name}", flush=True)
    subprocess.run([sys.executable, str(example)], check=True, env=env)
