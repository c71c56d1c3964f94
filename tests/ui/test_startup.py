"""The cold-start path: until the main window has painted, the app loads only Qt and its own light modules —
pydantic and the models, the PDF stack, the HTTP client and the sandbox server load afterwards, in the
background (a fresh interpreter, as a user's start is)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json, sys
from desktop.cli import _wants_commands, build_parser
argv = ["--data-dir", sys.argv[1], "--lang", "en"]
build_parser(with_commands=_wants_commands(argv)).parse_args(argv)
from desktop.ui.app import create_app
ctx = create_app(argv, excepthook=False)
heavy = ("pydantic", "desktop.core.model", "reportlab", "requests", "fastapi", "uvicorn", "desktop.core.store")
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "shown": ctx.window.isVisible()}))
ctx.close()
"""


def test_nothing_heavy_loads_before_the_window_shows(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(data_dir)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result == {"loaded": [], "shown": True}
