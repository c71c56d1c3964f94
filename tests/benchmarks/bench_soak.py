"""The soak at the scale of the attack in the reliability issue: about 700 filings for four companies, 40 kill -9s
of the sending processes, faults from the proxy on a third of the creating POSTs. Runs the suite's soak test
(tests/e2e/test_soak.py) with larger figures; prints filings, kills, faults, lost, doubled, stuck and the time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SOAK_PER_COMPANY": os.environ.get("BENCH_SOAK_PER_COMPANY", "175"),
        "SOAK_KILLS": os.environ.get("BENCH_SOAK_KILLS", "20"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-o", "timeout=900",
         "tests/e2e/test_soak.py"],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    figures = [line for line in result.stdout.splitlines() if line.startswith("soak:")]
    print("\n".join(figures) if figures else result.stdout[-2000:])
    print("soak test", "passed" if result.returncode == 0 else f"FAILED (exit {result.returncode})")
