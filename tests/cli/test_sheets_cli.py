"""``corridor-desk import FILE.xlsx`` and ``template``, run in a subprocess as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.paths import AppPaths
from desktop.core.store import Store
from tests.cli.test_drafts_cli import no_traceback, run
from tests.conftest import SAMPLES
from tests.core.sheets.test_importing import invoice_zh

SAMPLE = SAMPLES / "cd-tianfu-ceramics-chengdu-singapore.json"


def _company() -> str:
    return str(json.loads(SAMPLE.read_text(encoding="utf-8"))["company"]["id"])


def _shipments(data: Path) -> int:
    with Store.open_workspace(AppPaths.resolve(data).ensure(), "default") as store:
        return store.shipments.count()


def test_bad_rows_save_nothing_until_skipped(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", SAMPLE).returncode == 0
    bad = invoice_zh(tmp_path / "bad.xlsx", [
        [1, "陶瓷餐具", "Ceramic tableware", "6911101000", 1200, "PCS", 2.5, 3000, 900, 800],
        [2, "花瓶", "Vase", "6913900000", "three hundred", "个", 1.5, 450, 200, 180],
    ])
    result = run("--data-dir", data, "--lang", "en", "import", bad, "--company", _company())
    no_traceback(result)
    assert result.returncode == 1
    assert "发票!E7: Quantity: three hundred is not a number." in result.stdout
    assert "1 row has errors" in result.stderr
    assert _shipments(data) == 1
    result = run("--data-dir", data, "--lang", "en", "import", bad, "--company", _company(), "--skip-bad-rows")
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert "imported shipment" in result.stdout
    assert _shipments(data) == 2
    with Store.open_workspace(AppPaths.resolve(data).ensure(), "default") as store:
        (row,) = [r for r in store.shipments.page(0, 10) if r.reference == "INV-2026-001"]
        shipment = store.shipments.get(row.id)
        assert [g.name_zh for g in shipment.goods] == ["陶瓷餐具"]
        assert shipment.consignee.name  # the client's defaults: its latest shipment's consignee


def test_hostile_file_exits_2_with_a_message(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    result = run("--data-dir", tmp_path / "d", "--lang", "vi", "import", fake, "--company", "x")
    no_traceback(result)
    assert result.returncode == 2 and str(fake) in result.stderr


def test_template_and_goods_export(tmp_path: Path) -> None:
    target = tmp_path / "mau.xlsx"
    result = run("--lang", "vi", "template", "-o", target)
    assert result.returncode == 0, result.stderr
    assert target.exists()
    data = tmp_path / "data"
    assert run("--data-dir", data, "import", SAMPLE).returncode == 0
    sid = json.loads(SAMPLE.read_text(encoding="utf-8"))["shipment"]["id"]
    out = tmp_path / "goods.xlsx"
    result = run("--data-dir", data, "--lang", "zh_CN", "export", "shipment", sid, "-o", out)
    assert result.returncode == 0, result.stderr
    again = run("--data-dir", data, "import", out, "--shipment", sid, "--dry-run")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Dry run: nothing saved." in again.stdout
