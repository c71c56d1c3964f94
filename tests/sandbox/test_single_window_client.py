"""The sandbox playing the Single Window client on an ImpPath it was started with: a DecMessage the app's channel
writes into OutBox is answered by the sandbox's own watcher, receipts follow the sandbox clock, and only a trainer
chooses how the client answers."""

from __future__ import annotations

import time
from pathlib import Path

from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.folders import ImpFolders
from desktop.sandbox.server import run_embedded
from tests.conftest import SAMPLES
from tests.core.channels.sw_helpers import profile, sample_declarations
from tests.sandbox.conftest import login


def _write(imp: Path, seq: str) -> None:
    [decl] = sample_declarations(SAMPLES / "motorcycle-parts-chongqing-haiphong.json")
    data = decmessage.write(decmessage.from_declaration(decl, profile(imp), seq))
    ImpFolders(imp).write_outgoing(seq, data)


def _wait(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_the_sandbox_answers_the_outbox_itself_and_receipts_follow_its_clock(tmp_path: Path) -> None:
    imp = tmp_path / "sandbox-ImpPath"
    with run_embedded(imp_path=str(imp)) as handle:
        folders = ImpFolders(imp)
        _write(imp, "SW0001")
        _wait(lambda: any(p.name.startswith("Successed_E_SW0001_t-1_") for p in folders.box("InBox").iterdir()))
        assert not list(folders.outgoing_in("OutBox"))
        handle.advance(600)  # the clock moved by a trainer: the receipt now due is written at once
        receipts = [p for p in folders.box("InBox").iterdir() if p.name.startswith("Receipt")]
        assert len(receipts) == 1


def test_only_a_trainer_sets_the_single_window_scenario_and_it_is_followed(tmp_path: Path) -> None:
    imp = tmp_path / "sandbox-ImpPath"
    with run_embedded(imp_path=str(imp)) as handle:
        exporter, trainer = login(handle, "demo-exporter"), login(handle, "trainer")
        refused = exporter.put("/v1/sandbox/single-window-scenario", json={"scenario": "upload-fail"})
        assert refused.status_code == 403
        assert exporter.get("/v1/sandbox/single-window").json() == {
            "scenario": "happy", "reject_code": "Z", "imp_path": str(imp)}
        answer = trainer.put("/v1/sandbox/single-window-scenario", json={"scenario": "upload-fail"})
        assert answer.status_code == 200 and answer.json()["scenario"] == "upload-fail"
        assert trainer.put("/v1/sandbox/single-window-scenario", json={"scenario": "nope"}).status_code == 422
        folders = ImpFolders(imp)
        _write(imp, "SW0002")
        _wait(lambda: [p.name for p in folders.box("FailBox").iterdir()] == ["E_SW0002_t-1.zip"])


def test_a_sandbox_without_an_imp_path_says_it_plays_no_client() -> None:
    with run_embedded() as handle:
        answer = login(handle, "trainer").get("/v1/sandbox/single-window")
        assert answer.status_code == 404


def test_a_rejection_comes_back_with_the_receipt_code_the_trainer_chose(tmp_path: Path) -> None:
    imp = tmp_path / "sandbox-ImpPath"
    with run_embedded(imp_path=str(imp)) as handle:
        trainer = login(handle, "trainer")
        bad = trainer.put("/v1/sandbox/single-window-scenario", json={"scenario": "rejection", "reject_code": "L"})
        assert bad.status_code == 422  # L accepts: not a rejection
        answer = trainer.put("/v1/sandbox/single-window-scenario", json={"scenario": "rejection", "reject_code": "E"})
        assert answer.json()["reject_code"] == "E"
        folders = ImpFolders(imp)
        _write(imp, "SW0003")
        _wait(lambda: any(p.name.startswith("Successed_E_SW0003") for p in folders.box("InBox").iterdir()))
        handle.advance(600)
        [receipt] = [p for p in folders.box("InBox").iterdir() if p.name.startswith("Receipt")]
        assert b"<CHANNEL>E</CHANNEL>" in receipt.read_bytes()
