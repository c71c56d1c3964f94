"""Bulk check, derive and submit over many shipments, against the sandbox over real HTTP; cancel and retry;
the per-client overview."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.model.shipment import Shipment
from desktop.core.services import drafts, filing
from desktop.core.services.bulk import BulkRun, RowState, shipment_targets
from desktop.core.services.overview import client_overview
from desktop.core.store.store import Store
from tests.cli.expectations import AS_OF
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


def copies(store: Store, count: int, *, broken: set[int] = frozenset()) -> list[str]:  # type: ignore[assignment]
    base = drafts.import_file(store, SAMPLE, author="t", today=AS_OF).id
    template = store.shipments.get(base)
    ids = []
    with store.transaction():
        for n in range(count):
            copy = Shipment.model_validate(template.model_dump())
            copy.id, copy.reference = f"S{n:04d}", f"REF-{n:04d}"
            if n in broken:
                copy.net_weight = (copy.gross_weight or Decimal(0)) + 100  # net over gross: a rule error
            drafts.save_shipment(store, copy, "t", today=AS_OF)
            ids.append(copy.id)
    return ids


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "w.sqlite3")
    yield s
    s.close()


def test_check_reports_each_row_and_retry_runs_the_failed_ones(store: Store) -> None:
    ids = copies(store, 6, broken={1, 4})
    run = BulkRun("check", shipment_targets(store, ids), store, today=AS_OF)
    seen: list[int] = []
    run.run(lambda index, result: seen.append(index))
    assert seen == list(range(6))
    assert [r.state for r in run.results] == [RowState.DONE, RowState.FAILED, RowState.DONE, RowState.DONE,
                                              RowState.FAILED, RowState.DONE]
    assert run.results[1].code == "bulk.rule_errors" and run.results[1].params["count"] >= 1
    again = run.retry()
    assert [t[1] for t in again.targets] == ["S0001", "S0004"]


def test_cancel_stops_the_run_and_leaves_the_rest_cancelled(store: Store) -> None:
    ids = copies(store, 5)
    run = BulkRun("derive", shipment_targets(store, ids), store, today=AS_OF)

    def progress(index: int, _result: object) -> None:
        if index == 1:
            run.cancel()

    run.run(progress)
    assert [r.state for r in run.results] == [RowState.DONE, RowState.DONE] + [RowState.CANCELLED] * 3
    assert len(run.retry().targets) == 3


def test_unknown_id_fails_its_row_only(store: Store) -> None:
    ids = copies(store, 2)
    run = BulkRun("check", shipment_targets(store, [ids[0], "nope", ids[1]]), store, today=AS_OF)
    run.run()
    assert [r.state for r in run.results] == [RowState.DONE, RowState.FAILED, RowState.DONE]
    assert run.results[1].code == "drafts.not_found"


def test_submit_queues_clean_rows_reaches_the_sandbox_and_shows_in_the_overview(store: Store) -> None:
    from desktop.sandbox.server import run_embedded

    ids = copies(store, 8, broken={3})
    handle = run_embedded()
    p = filing.open_platform(store, handle.url, "sandbox")
    try:
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        run = BulkRun("submit", shipment_targets(store, ids), store, platform=p, actor="t", today=AS_OF)
        worker = threading.Thread(target=run.run)  # as the GUI runs it: off the calling thread
        worker.start()
        worker.join(60)
        counts = run.counts()
        assert counts["done"] == 7 and counts["failed"] == 1
        assert run.results[3].state is RowState.FAILED
        queued = [d for r in run.results for d in r.queued]
        assert len(queued) == 7
        overview = client_overview(store)
        (row,) = overview
        assert row.buckets["queued"].count == 7 and row.buckets["draft"].count >= 1
        drained = filing.deliver(p)
        assert drained.sent == 7 and drained.failed == 0
        on_server = handle.sandbox.query("SELECT COUNT(*) FROM filings WHERE kind = 'declaration'")[0][0]
        assert on_server == 7
        again = BulkRun("submit", shipment_targets(store, ids[:2]), store, platform=p, today=AS_OF)
        again.run()
        assert [r.state for r in again.results] == [RowState.SKIPPED, RowState.SKIPPED]
        assert client_overview(store)[0].buckets["queued"].count == 0
    finally:
        p.close()
        handle.stop()
