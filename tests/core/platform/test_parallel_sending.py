"""Parallel sending (several outbox workers) keeps exactly-once: with answers lost after the commit and 503s on
the way, every draft is filed once and every draft says so."""

from __future__ import annotations

from typing import Any

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FilingStatus
from desktop.core.services import filing
from desktop.core.store.store import Store
from tests.core.platform.conftest import Sleeps, declaration_id, import_sample

N = 24


def test_four_workers_file_each_draft_once_through_faults(store: Store, sandbox: Any, sleeps: Sleeps) -> None:
    base = store.declarations.get(declaration_id(import_sample(store)))
    ids = []
    for n in range(N):
        copy = ExportDeclaration.model_validate(base.model_dump())
        copy.id = f"parallel-{n:03d}"
        store.declarations.save(copy, "test")
        ids.append(copy.id)
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=4, sleep=sleeps, read_timeout=2.0, deadline=10.0)
    try:
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        for draft_id in ids:
            filing.submit_declaration(p, draft_id)
        sandbox.set_scenario("demo-exporter", "flaky-503", every=3, retry_after=0)
        sandbox.add_fault("drop-after-commit", "demo-exporter", count=3)  # stored, the answer never comes
        sandbox.add_fault("delay-after-commit", "demo-exporter", seconds=3.0)  # past the read timeout
        for _ in range(12):
            filing.deliver(p)
            if p.outbox.pending_count() == 0:
                break
        assert p.outbox.pending_count() == 0
        sandbox.set_scenario("demo-exporter", "happy")
        seqs = {store.declarations.get(i).client_seq_no for i in ids}
        rows = sandbox.sandbox.query(
            "SELECT client_seq_no, COUNT(*) AS n FROM filings WHERE kind = 'declaration' GROUP BY client_seq_no"
        )
        on_server = {r["client_seq_no"]: r["n"] for r in rows}
        assert len(seqs) == N and set(on_server) == seqs  # none lost, none foreign
        assert set(on_server.values()) == {1}  # none doubled
        assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}
    finally:
        p.close()
