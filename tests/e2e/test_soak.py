"""Soak: hundreds of filings for four companies through a fault-injecting proxy, the sending processes killed
with SIGKILL again and again; afterwards nothing is lost, doubled or stuck and every database is intact.

Two workspaces (an exporter's, a forwarder's with three client companies) each have a sending process
(``CHILD``) that queues its drafts and drains the outbox. Between them and a real sandbox (its own SQLite file)
sits :class:`tests.faultproxy.FaultProxy`, which drops answers the server already recorded, resets, delays
past the client's timeout, answers HTML error pages, 429/503 with Retry-After, truncated and 50 MB bodies, and
delivers requests twice. The test kills each process at a random moment after it logged in, restarts it, and
after a fixed number of kills lets it finish; then it counts, from the sandbox's own database, what the
platform holds for every draft. Prints: filings, kills, faults, lost, doubled, stuck.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts, filing
from desktop.core.store.store import Store
from tests.conftest import ROOT, SAMPLES
from tests.faultproxy import FaultProxy

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

PER_COMPANY = int(os.environ.get("SOAK_PER_COMPANY", "80"))
KILLS_PER_PROCESS = int(os.environ.get("SOAK_KILLS", "10"))
#: Seconds without a word from any sender (READY, DONE or its end) after which the soak counts as hung.
STALL_S = 240.0
MIX = {"drop": 4, "reset": 2, "delay": 1, "html": 1, "429": 1, "503": 1, "truncate": 2, "huge": 1, "duplicate": 2}

WORKSPACES = {
    "exporter": ("demo-exporter", ["motorcycle-parts-chongqing-haiphong.json"]),
    "forwarder": (
        "demo-forwarder",
        [
            "cd-tianfu-ceramics-chengdu-singapore.json",
            "km-yunling-produce-reefer-kunming-hochiminh.json",
            "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json",
        ],
    ),
}

CHILD = """
import sys
from pathlib import Path
from desktop.core.model.filing import FilingStatus
from desktop.core.services import filing
from desktop.core.store.store import Store

store = Store.open(Path(sys.argv[1]))
p = filing.open_platform(store, sys.argv[2], "sandbox", connect_timeout=1.0, read_timeout=1.0, deadline=2.5,
                         backoff=0.01, retry_after_cap=0.05)
filing.login(p, sys.argv[3], "demo1234", remember=False)
print("READY", flush=True)
for draft_id in store.declarations.ids():
    if store.declarations.get(draft_id).status is FilingStatus.DRAFT:
        filing.submit_declaration(p, draft_id)
while p.outbox.pending_count():
    filing.deliver(p)
print("DONE", flush=True)
"""


@dataclass
class Sender:
    name: str
    db: Path
    user: str
    ids: list[str]
    kills: int = 0
    runs: int = 0
    process: subprocess.Popen[str] | None = None
    done: bool = False


def _prepare(db: Path, samples: list[str]) -> list[str]:
    """Import each company's sample and copy its declaration PER_COMPANY times; every declaration is filed."""
    with Store.open(db) as store:
        for n, name in enumerate(samples):
            result = drafts.import_file(store, SAMPLES / name, author="soak")
            assert result.derived is not None
            base = result.derived.declarations[0]
            with store.transaction():
                for i in range(PER_COMPANY):
                    copy = ExportDeclaration.model_validate(base.model_dump())
                    copy.id = f"SOAK-{n}-{i:04d}-{base.company_id}"
                    store.declarations.save(copy, "soak")
        return store.declarations.ids()


def _start(sender: Sender, url: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    sender.process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(sender.db), url, sender.user],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    sender.runs += 1


def _states(senders: list[Sender]) -> str:
    return ", ".join(f"{s.name}: runs {s.runs}, kills {s.kills}, done {s.done}" for s in senders)


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.timeout(1200)  # hundreds of filings through faults: minutes on a busy machine; a hang is caught above
def test_soak_kill_9_and_faults_lose_nothing_and_double_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.sandbox.server import run_embedded

    started = time.monotonic()
    sandbox_db = tmp_path / "sandbox.sqlite3"
    handle = run_embedded(db_path=str(sandbox_db))
    upstream = urlsplit(handle.url)
    proxy = FaultProxy(
        (upstream.hostname or "127.0.0.1", upstream.port or 80), mix=MIX, rate=0.3, other_rate=0.05, delay=1.3,
        seed=20261201,
    )
    rng = random.Random(16)
    senders = [
        Sender(name, tmp_path / f"{name}.sqlite3", user, _prepare(tmp_path / f"{name}.sqlite3", samples))
        for name, (user, samples) in WORKSPACES.items()
    ]
    try:
        for sender in senders:
            _start(sender, proxy.url)
        # A guard against a hang, not a speed test: it fails only when no sender has said anything for a long
        # while (a slow or busy machine only takes longer; each run's figures are printed below).
        last_word = time.monotonic()
        while not all(s.done for s in senders):
            silent = time.monotonic() - last_word
            assert silent < STALL_S, f"no sender said anything for {silent:.0f} s: {_states(senders)}"
            for sender in senders:
                if sender.done:
                    continue
                process = sender.process
                assert process is not None and process.stdout is not None
                line = process.stdout.readline().strip()  # READY after login (or EOF if it crashed)
                last_word = time.monotonic()
                if line == "READY" and sender.kills < KILLS_PER_PROCESS:
                    time.sleep(rng.uniform(0.05, 0.6))  # somewhere in queueing or sending
                    if process.poll() is None:
                        process.send_signal(signal.SIGKILL)
                        sender.kills += 1
                    process.wait(30)
                    process.stdout.close()
                    _start(sender, proxy.url)
                    continue
                if line == "READY":
                    line = process.stdout.readline().strip()
                    last_word = time.monotonic()
                process.wait(60)
                process.stdout.close()
                if line == "DONE" and process.returncode == 0:
                    sender.done = True
                else:  # a login cut off by a fault, say: start again
                    _start(sender, proxy.url)
    finally:  # on a failure too: no process left running, no pipe left for the garbage collector to find later
        for sender in senders:
            if sender.process is not None:
                if sender.process.poll() is None:
                    sender.process.kill()
                sender.process.wait()
                if sender.process.stdout is not None:
                    sender.process.stdout.close()
        proxy.close()

    # --- what the platform holds for every draft, from its own database
    try:
        rows = handle.sandbox.query(
            "SELECT company_id, json_extract(document, '$.id') AS draft, COUNT(*) FROM filings"
            " WHERE kind = 'declaration' GROUP BY company_id, draft"
        )
        on_server = {(r[0], r[1]): int(r[2]) for r in rows}
    finally:
        handle.stop()
    lost = doubled = stuck = 0
    filings = 0
    for sender in senders:
        with Store.open(sender.db) as store:
            p = filing.open_platform(store, "http://127.0.0.1:9", "sandbox")
            try:
                stuck += p.outbox.pending_count()
            finally:
                p.close()
            for draft_id in sender.ids:
                draft = store.declarations.get(draft_id)
                filings += 1
                count = on_server.get((draft.company_id, draft_id), 0)
                lost += count == 0
                doubled += count > 1
                stuck += draft.status is not FilingStatus.RECEIVED
        assert _integrity(sender.db) == "ok", sender.name
    assert _integrity(sandbox_db) == "ok"
    faults = sum(n for fault, n in proxy.counts.items() if fault != "pass")
    kills = sum(s.kills for s in senders)
    with capsys.disabled():  # the figures belong in the suite's output
        print(
            f"\nsoak: filings {filings} for {sum(len(v[1]) for v in WORKSPACES.values())} companies, kills {kills},"
            f" faults {faults} ({', '.join(f'{k} {v}' for k, v in sorted(proxy.counts.items()) if k != 'pass')}),"
            f" lost {lost}, doubled {doubled}, stuck {stuck}, {time.monotonic() - started:.0f} s"
        )
    assert filings >= PER_COMPANY * 4
    assert kills == KILLS_PER_PROCESS * len(senders)
    assert (lost, doubled, stuck) == (0, 0, 0)
    assert sum(on_server.values()) == filings

