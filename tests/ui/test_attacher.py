"""Documents of received declarations go up from their own thread once the sending is over, never on the path
of the sync that sends the filings; offline they wait and go up after a later sync."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.documents import pool
from desktop.core.paths import AppPaths
from desktop.core.services import drafts, filing
from desktop.sandbox.server import run_embedded
from desktop.ui.backend import Backend
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"


@pytest.fixture
def made_on(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, int]]:
    """Each document PDF made: the thread that asked for it and the process that made it (the real pool runs)."""
    made: list[tuple[str, int]] = []
    real = pool.RenderPool.submit

    def spy(self: pool.RenderPool, kind: str, source: Any, lang: str) -> Any:
        future = real(self, kind, source, lang)
        thread = threading.current_thread().name

        def note(f: Any) -> None:
            if not f.cancelled() and f.exception() is None:
                made.append((thread, f.result()[0]))

        future.add_done_callback(note)
        return future

    monkeypatch.setattr(pool.RenderPool, "submit", spy)
    return made


def _backend(data_dir: Path, url: str) -> tuple[Backend, list[str]]:
    backend = Backend(AppPaths.resolve(data_dir).ensure(), url)
    backend.open()
    sample = drafts.read_file(SAMPLE).shipment
    assert sample is not None
    backend.login("demo-exporter", "demo1234")
    assert backend.import_samples(sample.company_id) >= 1  # as the app's sample import does it
    ids = [d.id for d in backend.derive_declaration(sample.id)]
    for decl_id in ids:
        filing.submit_declaration(backend.platform, decl_id, actor="test")
    return backend, ids


def test_documents_are_made_off_the_sending_thread(data_dir: Path, made_on: list[tuple[str, int]]) -> None:
    with run_embedded() as sandbox:
        backend, ids = _backend(data_dir, sandbox.url)
        try:
            backend.sync()
            assert all(backend.declaration(i).status == "received" for i in ids)
            assert backend.attacher.idle.wait(60)
            # asked for by the documents thread, made in other processes, which end with the round
            assert made_on and {thread for thread, _pid in made_on} == {"documents-attach"}
            assert os.getpid() not in {pid for _thread, pid in made_on}
            assert backend._pool is not None and not backend._pool.running
            for decl_id in ids:
                assert {a.edoc_code for a in backend.declaration(decl_id).attachments} == {"00000001", "00000002"}
            remote = [backend.platform.outbox.remote_id("declaration", i) for i in ids]
            rows = sandbox.sandbox.query(
                f"SELECT filing_id FROM attachments WHERE filing_id IN ({','.join('?' * len(remote))})",
                tuple(remote),
            )
            assert len(rows) == 2 * len(ids)  # once each
        finally:
            backend.close()


def test_documents_wait_offline_and_go_up_after_a_later_sync(data_dir: Path, made_on: list[tuple[str, int]]) -> None:
    db = str(data_dir / "platform.sqlite3")
    sandbox = run_embedded(db_path=db)
    port = sandbox.port
    backend, ids = _backend(data_dir, sandbox.url)
    try:
        with backend._lock:  # a sending round: the documents thread waits for it to end
            filing.sync(backend.platform)
            assert all(backend.declaration(i).status == "received" for i in ids)
            sandbox.stop()  # the platform goes away before any document went up
        deadline = time.monotonic() + 60
        while not (len(made_on) >= 2 * len(ids) and backend.attacher.pending == len(ids)):
            assert time.monotonic() < deadline, (made_on, backend.attacher.pending)
            time.sleep(0.05)
        assert all(not backend.declaration(i).attachments for i in ids)
        again = run_embedded(port=port, db_path=db)
        try:
            backend.sync()
            assert backend.attacher.idle.wait(60)
            assert all(len(backend.declaration(i).attachments) == 2 for i in ids)
        finally:
            again.stop()
    finally:
        backend.close()
