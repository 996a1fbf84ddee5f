"""Runs every example, each in its own process (under `asynctrace record` each one is recorded)."""
import subprocess
import sys
from pathlib import Path

NEEDS_311 = {"pending_at_close_fixed.py"}  # asyncio.TaskGroup

for example in sorted(Path(__file__).parent.glob("*.py")):
    if example.name == Path(__file__).name or (example.name in NEEDS_311 and sys.version_info < (3, 11)):
        continue
    print(f"--- {example.name}", flush=True)
    subprocess.run([sys.executable, str(example)], check=True)
