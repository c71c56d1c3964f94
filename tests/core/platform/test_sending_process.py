"""Sending from a process of its own keeps the outbox's promise: every draft filed once, its events heard in the
app's process, the token refreshed by the app's session, and a sending process killed mid-round replaced without
a filing lost or doubled."""

from __future__ import annotations

import os
import signal
from typing import Any

from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import FilingEvent, subscribe_filings
from desktop.core.outbox.process import SendingProcess, config_for
from desktop.core.outbox.sender import GROUP_ANSWERS
from desktop.core.services import filing
from desktop.core.store.store import Store
from tests.core.platform.conftest import Sleeps, sample_drafts

N = 12


def _queued(store: Store, p: filing.Platform, n: int, prefix: str) -> list[str]:
    ids = sample_drafts(store, n, prefix)
    filing.login(p, "demo-exporter", "demo1234", remember=False)
    for draft_id in ids:
        filing.submit_declaration(p, draft_id)
    return ids


def _filed_once(sandbox: Any, store: Store, ids: list[str]) -> None:
    seqs = {store.declarations.get(i).client_seq_no for i in ids}
    rows = sandbox.sandbox.query(
        "SELECT client_seq_no, COUNT(*) AS n FROM filings WHERE kind = 'declaration' GROUP BY client_seq_no"
    )
    on_server = {r["client_seq_no"]: r["n"] for r in rows}
    assert len(seqs) == len(ids) and set(on_server) == seqs  # none lost, none foreign
    assert set(on_server.values()) == {1}  # none doubled
    assert {store.declarations.get(i).status for i in ids} == {FilingStatus.RECEIVED}


def test_a_round_in_the_sending_process_files_each_once_and_tells_this_process(
    store: Store, sandbox: Any, sleeps: Sleeps
) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=3, sleep=sleeps)
    heard: list[FilingEvent] = []
    unsubscribe = subscribe_filings(heard.append)
    config = config_for(p, 3)
    assert config is not None
    sending = SendingProcess(config)
    try:
        ids = _queued(store, p, N, "process")
        heard.clear()
        others = store.others_changes()
        result = sending.sync(p)
        assert result.drain.sent == N and not result.drain.errors
        assert sending.running and sending.pid not in (0, os.getpid())
        assert p.sender.last_result.sent == 0  # this process sent nothing itself
        _filed_once(sandbox, store, ids)
        assert {e.id for e in heard if e.status == FilingStatus.RECEIVED} == set(ids)  # heard here, as committed
        assert store.others_changes() == others  # its commits are this seat's: no "another seat changed" notice
        again = sending.sync(p)  # the same process serves the next round
        assert again.drain.sent == 0 and sending.running
    finally:
        sending.close()
        unsubscribe()
        p.close()
    assert not sending.running


def test_an_expired_token_is_refreshed_by_the_apps_session(store: Store, sandbox: Any, sleeps: Sleeps) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=2, sleep=sleeps)
    config = config_for(p, 2)
    assert config is not None
    sending = SendingProcess(config)
    try:
        sandbox.set_scenario("demo-exporter", "short-token", token_ttl=5)
        ids = _queued(store, p, 4, "refresh")
        stale = p.auth.access_token()
        sandbox.advance(60)  # every access token has expired now
        result = sending.sync(p)
        assert result.drain.sent == 4 and not result.drain.errors
        assert p.auth.refresh_count == 1 and p.auth.access_token() != stale  # one refresh, the app's own
        _filed_once(sandbox, store, ids)
    finally:
        sending.close()
        p.close()


def test_a_sending_process_killed_mid_round_loses_and_doubles_nothing(
    store: Store, sandbox: Any, sleeps: Sleeps
) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=2, sleep=sleeps)
    config = config_for(p, 2)
    assert config is not None
    sending = SendingProcess(config)
    received: list[str] = []
    n = GROUP_ANSWERS + 8  # the process records a first group of answers, then dies with the rest in hand

    def kill_after_some(event: FilingEvent) -> None:
        if event.status == FilingStatus.RECEIVED:
            received.append(event.id)
            if len(received) == 3:  # the rest are claimed, some perhaps on the platform already
                os.kill(sending.pid, signal.SIGTERM if os.name == "nt" else signal.SIGKILL)  # no goodbye

    unsubscribe = subscribe_filings(kill_after_some)
    try:
        ids = _queued(store, p, n, "killed")
        sandbox.add_fault("delay-after-commit", "demo-exporter", seconds=0.3, count=n)
        result = sending.sync(p)  # the process dies; this process's own sender takes its rows over
        assert not sending.running
        assert p.outbox.pending_count() == 0
        assert 0 < result.drain.sent <= n - 3  # what the process had not recorded, taken over here
        _filed_once(sandbox, store, ids)
    finally:
        unsubscribe()
        sending.close()
        p.close()


def test_a_round_while_the_platform_is_unreachable_comes_back_offline_with_the_rows_queued(
    store: Store, sandbox: Any, sleeps: Sleeps
) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=2, sleep=sleeps, max_attempts=1, backoff=0.01)
    config = config_for(p, 2)
    assert config is not None and ("max_attempts", 1) in config.client_options  # it retries as the app's would
    sending = SendingProcess(config)
    try:
        ids = _queued(store, p, 3, "offline")
        p.client.base_url = "http://127.0.0.1:9"  # nothing answers there (the discard port)
        result = sending.sync(p)
        assert result.drain.offline and result.drain.sent == 0  # the platform's errors cross back typed
        assert p.outbox.pending_count() == 3
        p.client.base_url = sandbox.url  # back online: the next round sends them, once
        assert sending.sync(p).drain.sent == 3
        _filed_once(sandbox, store, ids)
    finally:
        sending.close()
        p.close()
