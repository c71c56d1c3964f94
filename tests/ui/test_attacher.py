"""Documents of received declarations go up from a process of their own once the sending is over, never from the
app's process nor on the path of the sync that sends the filings; offline they wait and go up after a later sync;
a kill -9 of the documents process or of the app itself mid-round leaves every document attached exactly once."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from typing import Any

import pytest

from desktop.core.paths import AppPaths
from desktop.core.platform.client import PlatformClient
from desktop.core.services import documents, drafts, filing
from desktop.sandbox.server import run_embedded
from desktop.ui.backend import Backend
from tests.conftest import ROOT

SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"


@pytest.fixture
def in_this_process(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the app's own process did of the documents' work: each PDF made, each upload (the real ones run)."""
    done: list[str] = []
    make, upload = documents.document_bytes, PlatformClient.attach

    def making(kind: Any, *args: Any, **kwargs: Any) -> bytes:
        done.append(f"made {kind}")
        return make(kind, *args, **kwargs)

    def uploading(self: PlatformClient, filing_id: str, edoc_code: str, *args: Any) -> dict[str, Any]:
        done.append(f"uploaded {edoc_code}")
        return upload(self, filing_id, edoc_code, *args)

    monkeypatch.setattr(documents, "document_bytes", making)
    monkeypatch.setattr(PlatformClient, "attach", uploading)
    return done


def _backend(data_dir: Path, url: str, copies: int = 0) -> tuple[Backend, list[str]]:
    """A logged-in backend with the sample's declarations queued (and ``copies`` more of them)."""
    backend = Backend(AppPaths.resolve(data_dir).ensure(), url)
    backend.open()
    sample = drafts.read_file(SAMPLE).shipment
    assert sample is not None
    backend.login("demo-exporter", "demo1234")
    assert backend.import_samples(sample.company_id) >= 1  # as the app's sample import does it
    ids = [d.id for d in backend.derive_declaration(sample.id)]
    if copies:
        store = backend.store
        with store.transaction() as tx:
            tx.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO declarations (id, company_id, shipment_id, part, status, client_seq_no, customs_no, "
                "contract_no, consignee, currency, total, revision, data, created_at, updated_at) "
                "SELECT d.id || '-copy-' || n.i, d.company_id, d.shipment_id, d.part, 'draft', '', '', d.contract_no,"
                " d.consignee, d.currency, d.total, 1, json_set(d.data, '$.id', d.id || '-copy-' || n.i), "
                "d.created_at, d.updated_at FROM n, declarations d WHERE d.id = ?",
                (copies, ids[0]),
            )
        ids += [f"{ids[0]}-copy-{i}" for i in range(1, copies + 1)]
    for decl_id in ids:
        filing.submit_declaration(backend.platform, decl_id, actor="test")
    return backend, ids


def _on_platform(sandbox: Any, backend: Backend, ids: list[str]) -> list[tuple[str, str]]:
    """(filing, EdocCode) of every document the platform holds for ``ids``."""
    remote = [backend.platform.outbox.remote_id("declaration", i) for i in ids]
    rows = sandbox.query(
        f"SELECT filing_id, edoc_code FROM attachments WHERE filing_id IN ({','.join('?' * len(remote))})",
        tuple(remote),
    )
    return [(r[0], r[1]) for r in rows]


def _exactly_once(sandbox: Any, backend: Backend, ids: list[str]) -> None:
    held = _on_platform(sandbox, backend, ids)
    assert len(held) == len(set(held)) == 2 * len(ids), sorted(held)  # each document once on the platform
    for decl_id in ids:
        codes = [a.edoc_code for a in backend.declaration(decl_id).attachments]
        assert sorted(codes) == ["00000001", "00000002"], (decl_id, codes)  # and noted once in the workspace


def _wait(condition: Any, timeout: float = 90, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, what
        time.sleep(0.02)


def test_documents_are_made_and_uploaded_outside_the_apps_process(data_dir: Path, in_this_process: list[str]) -> None:
    posted: list[tuple[str, Any]] = []
    with run_embedded() as sandbox:
        backend, ids = _backend(data_dir, sandbox.url)
        backend.post = lambda name, payload: posted.append((name, payload))
        try:
            backend.sync()
            assert all(backend.declaration(i).status == "received" for i in ids)
            assert backend.attacher.idle.wait(90)
            assert in_this_process == []  # no PDF made, nothing uploaded by the window's process
            _exactly_once(sandbox.sandbox, backend, ids)
            assert backend._documents is None and not multiprocessing.active_children()  # ended with the round
            reports = [payload for name, payload in posted if name == "documents"]
            assert ("progress", len(ids)) in reports
            assert sum(n for what, n in reports if what == "done") == len(ids)
        finally:
            backend.close()


def test_documents_wait_offline_and_go_up_after_a_later_sync(data_dir: Path) -> None:
    db = str(data_dir / "platform.sqlite3")
    sandbox = run_embedded(db_path=db)
    port = sandbox.port
    backend, ids = _backend(data_dir, sandbox.url)
    try:
        with backend._lock:  # a sending round: the documents thread waits for it to end
            filing.sync(backend.platform)
            assert all(backend.declaration(i).status == "received" for i in ids)
            backend.attacher.poke()
            sandbox.stop()  # the platform goes away before any document went up
        _wait(lambda: backend.attacher.pending == len(ids), what="waiting offline")
        assert all(not backend.declaration(i).attachments for i in ids)
        again = run_embedded(port=port, db_path=db)
        try:
            backend.sync()
            assert backend.attacher.idle.wait(90)
            _exactly_once(again.sandbox, backend, ids)
        finally:
            again.stop()
    finally:
        backend.close()


def test_a_documents_process_killed_mid_round_is_replaced_and_nothing_is_doubled(data_dir: Path) -> None:
    with run_embedded() as sandbox:
        backend, ids = _backend(data_dir, sandbox.url, copies=5)
        try:
            backend.sync()
            _wait(lambda: len(_on_platform(sandbox.sandbox, backend, ids)) >= 3, what="the round never started")
            child = backend._documents
            assert child is not None and child.running
            os.kill(child.pid, signal.SIGKILL)  # in the middle of a declaration: one document up, one not
            assert backend.attacher.idle.wait(120)
            _exactly_once(sandbox.sandbox, backend, ids)
            assert not multiprocessing.active_children()
        finally:
            backend.close()


APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from tests.ui.test_attacher import _backend
    backend, ids = _backend(Path(sys.argv[1]), sys.argv[2], copies=5)
    backend.sync()
    while True:
        time.sleep(0.01)
        child = backend._documents
        if child is not None and child.pid:
            print("CHILD", child.pid, flush=True)
            time.sleep(60)
    """
)


def test_documents_owed_by_an_app_killed_mid_round_go_up_once_after_it_starts_again(data_dir: Path) -> None:
    with run_embedded() as sandbox:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        app = subprocess.Popen(
            [sys.executable, "-c", APP, str(data_dir), sandbox.url],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert app.stdout is not None
            child_pid = 0
            for line in app.stdout:
                if line.startswith("CHILD"):
                    child_pid = int(line.split()[1])
                    break
            assert child_pid, "the app never started attaching documents"
            held = lambda: sandbox.sandbox.query("SELECT COUNT(*) FROM attachments")[0][0]  # noqa: E731
            _wait(lambda: held() >= 3, what="no document went up before the kill")
            app.send_signal(signal.SIGKILL)  # the app's process, mid-round
            app.wait(10)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait(10)
            if app.stdout is not None:
                app.stdout.close()
        _wait(lambda: not _alive(child_pid), timeout=60, what="the documents process outlived the app")
        before = held()
        backend = Backend(AppPaths.resolve(data_dir), sandbox.url)
        backend.open()
        try:
            backend.login("demo-exporter", "demo1234")
            ids = [row[0] for row in backend.store.connection().execute("SELECT id FROM declarations")]
            ids = [i for i in ids if backend.platform.outbox.remote_id("declaration", i)]
            assert before < 2 * len(ids)  # the kill left documents owed
            backend.sync()
            _wait(
                lambda: (
                    backend.attacher.idle.is_set() and len(_on_platform(sandbox.sandbox, backend, ids)) >= 2 * len(ids)
                ),
                timeout=120,
                what="the owed documents never went up",
            )
            assert backend.attacher.idle.wait(60)
            _exactly_once(sandbox.sandbox, backend, ids)
        finally:
            backend.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie (its parent is gone, so init reaps it) counts as ended
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return "zombie" not in fh.read()
    except OSError:
        return False


def test_a_failure_heard_twice_is_tried_and_shown_once_until_the_declaration_is_sent_again() -> None:
    """The outbox and the event feed both report a receipt (the second while the first is in hand), and the look
    back after a sync finds the same declaration still without documents: a declaration whose documents cannot be
    made is tried once, its failure shown once; sent again, it is tried again."""
    import threading

    from desktop.core.errors import CoreError
    from desktop.ui.attacher import DocumentAttacher

    tried: list[str] = []
    reported: list[tuple[str, Any]] = []

    def attach(decl_id: str) -> None:
        tried.append(decl_id)
        attacher.note(decl_id)  # the event feed's word of the same receipt, while this one is in hand
        raise CoreError("documents.needs_shipment", doc="invoice")

    attacher = DocumentAttacher(
        attach,
        threading.Lock(),
        ready=lambda: True,
        scan=lambda: ["D1"],  # received, no documents: what a killed app would have owed
        report=lambda name, payload: reported.append((name, payload)),
    )
    attacher.start()
    try:
        for _ in range(3):  # the receipt heard from the outbox, from the feed, then a later sync
            attacher.note("D1")
            attacher.poke()
            assert attacher.idle.wait(10)
            time.sleep(0.05)
        assert tried == ["D1"] and [name for name, _ in reported].count("failed") == 1, (tried, reported)
        assert ("progress", 1) in reported and ("progress", 2) not in reported
        attacher.reopen("D1")  # the user fixed it and sent it again
        attacher.note("D1")
        deadline = time.monotonic() + 10
        while len(tried) < 2 and time.monotonic() < deadline:
            time.sleep(0.02)
        assert tried == ["D1", "D1"]
    finally:
        attacher.stop()
