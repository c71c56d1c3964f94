"""A batch is sent from the sending process, not from the app's: the window hears every status change and the
outbox count as before, the received declarations are noted for their documents; a filing or two still go out
from the app's own process (no process started for them)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.outbox.process import PROCESS_ROWS
from desktop.core.paths import AppPaths
from desktop.core.services import drafts, filing
from desktop.sandbox.server import run_embedded
from desktop.ui.backend import Backend
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"


def _backend(data_dir: Path, url: str, posted: list[tuple[str, Any]]) -> tuple[Backend, ExportDeclaration]:
    backend = Backend(AppPaths.resolve(data_dir).ensure(), url, post=lambda n, p: posted.append((n, p)), workers=3)
    backend.open()
    backend.attacher.stop()  # what is due for documents is only noted here
    sample = drafts.read_file(SAMPLE).shipment
    assert sample is not None
    backend.login("demo-exporter", "demo1234")
    assert backend.import_samples(sample.company_id) >= 1
    return backend, backend.derive_declaration(sample.id)[0]


def _queue(backend: Backend, base: ExportDeclaration, n: int, prefix: str) -> list[str]:
    ids = []
    for i in range(n):
        copy = ExportDeclaration.model_validate(base.model_dump())
        copy.id = f"{prefix}-{i:03d}"
        backend.store.declarations.save(copy, "test")
        filing.submit_declaration(backend.platform, copy.id, actor="test")
        ids.append(copy.id)
    return ids


def test_a_batch_goes_out_from_the_sending_process_and_the_window_hears_it(data_dir: Path) -> None:
    posted: list[tuple[str, Any]] = []
    with run_embedded() as sandbox:
        backend, base = _backend(data_dir, sandbox.url, posted)
        try:
            one = _queue(backend, base, 1, "single")
            backend.sync()
            assert backend._sending is None  # one filing: sent from here
            assert backend.declaration(one[0]).status == "received"
            ids = _queue(backend, base, PROCESS_ROWS, "batch")
            posted.clear()
            result = backend.sync()
            assert result.drain.sent == PROCESS_ROWS
            assert backend._sending is not None and backend._sending.pid not in (0, os.getpid())
            assert backend.platform.sender.last_result.sent == 1  # only the single filing went out from here
            statuses = {p[1]: p[2] for n, p in posted if n == "filing"}
            assert {i: statuses.get(i) for i in ids} == dict.fromkeys(ids, "received")  # each change heard here
            assert ("outbox", 0) in posted and ("connection", True) in posted
            assert backend.attacher.pending == PROCESS_ROWS + 1  # their documents are due
            assert {backend.declaration(i).status for i in ids} == {"received"}
            sending = backend._sending
        finally:
            backend.close()
        assert not sending.running  # closing the app ends it
