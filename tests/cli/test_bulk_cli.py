"""``corridor-desk bulk check|submit`` and ``overview``, run in a subprocess on the embedded sandbox."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.cli.test_drafts_cli import no_traceback, run
from tests.conftest import SAMPLES

GOOD = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"
AS_OF = ["--as-of", "2026-12-01"]


def test_bulk_check_submit_and_overview(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", GOOD).returncode == 0
    result = run("--data-dir", data, "--lang", "en", "bulk", "check", *AS_OF, "--json")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["counts"]["done"] == 1 and report["rows"][0]["state"] == "done"
    result = run("--data-dir", data, "--lang", "en", "bulk", "check", "nope", *AS_OF)
    assert result.returncode == 1 and "nope: failed: No shipment with ID nope" in result.stdout
    os.environ["CORRIDOR_USER"], os.environ["CORRIDOR_PASSWORD"] = "demo-exporter", "demo1234"
    try:
        result = run("--data-dir", data, "--lang", "en", "bulk", "submit", *AS_OF)
    finally:
        del os.environ["CORRIDOR_USER"], os.environ["CORRIDOR_PASSWORD"]
    no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 row: 1 done, 0 failed" in result.stdout
    result = run("--data-dir", data, "--lang", "en", "overview", "--json")
    (row,) = json.loads(result.stdout)
    assert row["company_id"] == "cq-jiangling" and row["queued"]["count"] == 0
    assert row["waiting"]["count"] + row["draft"]["count"] >= 2
    result = run("--data-dir", data, "--lang", "vi", "overview")
    assert re.search(r"\b\d{2}/\d{2}/\d{4} \d{2}:\d{2}\b", result.stdout), result.stdout  # 02/12/2026 08:00
    assert not re.search(r"\d{4}-\d{2}-\d{2}", result.stdout), result.stdout
