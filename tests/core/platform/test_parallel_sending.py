"""Parallel sending (several outbox workers) keeps exactly-once: with answers lost after the commit and 503s on
the way, every draft is filed once and every draft says so."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import subscribe_filings
from desktop.core.services import filing
from desktop.core.store.store import Store
from tests.core.platform.conftest import Sleeps, sample_drafts

N = 24


def test_four_workers_file_each_draft_once_through_faults(store: Store, sandbox: Any, sleeps: Sleeps) -> None:
    ids = sample_drafts(store, N, "parallel")
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


def test_answers_that_arrive_together_are_committed_together(
    store: Store, sandbox: Any, sleeps: Sleeps, monkeypatch: Any
) -> None:
    """Two workers, two requests each per claim: the answers of both claims (eight rows) are recorded in one
    durable transaction, not eight."""
    from desktop.core.outbox.queue import Outbox

    ids = sample_drafts(store, 8, "group")
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=2, sleep=sleeps)
    real = Outbox._record_sent_together
    groups: list[int] = []

    def counted(self: Outbox, answered: Any, source: str) -> None:
        groups.append(len(answered))
        real(self, answered, source)

    monkeypatch.setattr(Outbox, "_record_sent_together", counted)
    try:
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        for draft_id in ids:
            filing.submit_declaration(p, draft_id)
        assert p.sender.rounds == 2
        heard: list[str] = []
        unsubscribe = subscribe_filings(lambda event: heard.append(event.id))
        try:
            result = filing.deliver(p)
        finally:
            unsubscribe()
        assert result.sent == 8 and p.outbox.pending_count() == 0
        assert groups == [8]
        assert sorted(heard) == ids  # each filing announced once, after its commit
        assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}
    finally:
        p.close()


def test_a_long_queue_is_recorded_in_groups_and_the_waiting_answers_keep_their_leases(
    store: Store, sandbox: Any, sleeps: Sleeps, monkeypatch: Any
) -> None:
    """One worker, 20 rows: the answers are committed GROUP_ANSWERS at a time, and every claim renews the lease of
    the rows already answered but not yet recorded and of the batch in flight, so no other seat takes them over
    meanwhile."""
    from desktop.core.outbox import sender as sender_module
    from desktop.core.outbox.queue import Outbox

    ids = sample_drafts(store, 20, "long")
    p = filing.open_platform(store, sandbox.url, "sandbox", sleep=sleeps)
    real_record = Outbox._record_sent_together
    real_claim = sender_module.claim_rows
    groups: list[int] = []
    renewed: list[tuple[int, bool]] = []

    def counted(self: Outbox, answered: Any, source: str) -> None:
        groups.append(len(answered))
        real_record(self, answered, source)

    def claiming(store_: Store, environment: str, owner: str, **kwargs: Any) -> Any:
        rows = real_claim(store_, environment, owner, **kwargs)
        renew = list(kwargs["renew"])
        if renew:
            marks = ", ".join("?" * len(renew))
            sql = f"SELECT lease_owner, lease_until FROM outbox WHERE id IN ({marks})"
            leases = store_.connection().execute(sql, renew).fetchall()
            newest = max((r.lease_until for r in rows), default="")
            renewed.append((len(leases), all(o == owner and u == newest for o, u in leases) or not rows))
        return rows

    monkeypatch.setattr(Outbox, "_record_sent_together", counted)
    monkeypatch.setattr(sender_module, "claim_rows", claiming)
    try:
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        for draft_id in ids:
            filing.submit_declaration(p, draft_id)
        result = filing.deliver(p)
        assert result.sent == 20 and p.outbox.pending_count() == 0
        assert groups == [sender_module.GROUP_ANSWERS, 20 - sender_module.GROUP_ANSWERS]
        assert renewed and all(ok for _n, ok in renewed)
        # the answers waiting for their commit and the batch in flight while the next one is claimed
        assert max(n for n, _ok in renewed) == sender_module.GROUP_ANSWERS - p.sender.rounds + p.sender.rounds
        assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}
        on_server = sandbox.sandbox.query("SELECT client_seq_no, COUNT(*) AS n FROM filings GROUP BY client_seq_no")
        assert len(on_server) == 20 and {r["n"] for r in on_server} == {1}
    finally:
        p.close()


def test_a_crash_before_the_group_commit_loses_and_doubles_nothing(
    store: Store, sandbox: Any, sleeps: Sleeps, monkeypatch: Any
) -> None:
    """The platform answered four rows but the app died before recording them: the next run sends the same keys,
    the platform replays its answers, and each draft is filed once."""
    from desktop.core.outbox.queue import Outbox

    ids = sample_drafts(store, 4, "crash")
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=2, sleep=sleeps)
    real = Outbox._record_sent_together
    try:
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        for draft_id in ids:
            filing.submit_declaration(p, draft_id)

        def die(self: Outbox, answered: Any, source: str) -> None:
            with self.store.transaction(durable=True):
                real(self, answered, source)
                raise KeyboardInterrupt  # the process ends inside the transaction: nothing of it is committed

        monkeypatch.setattr(Outbox, "_record_sent_together", die)
        with pytest.raises(KeyboardInterrupt):
            filing.deliver(p)
        monkeypatch.setattr(Outbox, "_record_sent_together", real)
        assert {store.declarations.get(i).status for i in ids} == {FilingStatus.QUEUED}
        assert len(sandbox.sandbox.query("SELECT id FROM filings WHERE kind = 'declaration'")) == 4  # it got there
        result = filing.deliver(p)
        assert result.sent == 4 and result.replayed + result.looked_up == 4
        rows = sandbox.sandbox.query("SELECT client_seq_no, COUNT(*) AS n FROM filings GROUP BY client_seq_no")
        assert sorted(r["n"] for r in rows) == [1, 1, 1, 1]
        assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}
    finally:
        p.close()
