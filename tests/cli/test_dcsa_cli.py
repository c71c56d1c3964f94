"""derive / export --format dcsa, run in a subprocess as a user runs them; outputs checked against BKG 2.0.4."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_drafts_cli import ASOF, no_traceback, run
from tests.conftest import SAMPLES
from tests.core.dcsa.schema import errors

DG = "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json"


def test_derive_writes_the_create_booking_into_the_directory(tmp_path: Path) -> None:
    result = run("derive", SAMPLES / DG, "--format", "dcsa", "-o", tmp_path, *ASOF)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    [written] = tmp_path.iterdir()
    assert written.name == "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.dcsa-booking.json"
    assert result.stdout.strip() == str(written)
    body = json.loads(written.read_text(encoding="utf-8"))
    assert errors(body, "CreateBooking") == []
    assert body["requestedEquipments"][0]["commodities"][0]["outerPackaging"]["dangerousGoods"][0]["UNNumber"] == (
        "1263")
    # the carrier contract is not on a shipment: said on stderr, translated, and the file is still written
    assert "service contract or a quotation reference" in result.stderr


def test_export_booking_as_dcsa_from_the_workspace(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run("import", SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json", "--data-dir", data,
               *ASOF).returncode == 0
    out = tmp_path / "booking.json"
    result = run("export", "booking", "SH-2026-0215-B", "--format", "dcsa", "-o", out, "--data-dir", data)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    body = json.loads(out.read_text(encoding="utf-8"))
    assert errors(body, "CreateBooking") == []
    assert body["requestedEquipments"][0]["activeReeferSettings"]["temperatureSetpoint"] == 0.5
    assert "declaredValue" not in body

    refused = run("export", "shipment", "SH-2026-0215", "--format", "dcsa", "-o", tmp_path / "s.json",
                  "--data-dir", data)
    no_traceback(refused)
    assert refused.returncode == 2 and "Only a booking" in refused.stderr
    assert not (tmp_path / "s.json").exists()
    missing = run("export", "booking", "NO-SUCH", "--format", "dcsa", "-o", tmp_path / "x.json", "--data-dir", data)
    assert missing.returncode == 1 and "NO-SUCH" in missing.stderr
