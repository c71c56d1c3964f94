"""Several seats on one workspace, as separate processes: the harness of the seats test and benchmark.

:func:`run_office` prepares one workspace file with ``seats x per_seat`` declarations, starts a real sandbox
(its own SQLite file) behind a fault-injecting proxy, and runs one process per seat (``SEAT``): each signs in as
its own broker, queues its share of the declarations, then drains the outbox — claiming rows with leases — until
nothing is left. While they send, every seat also edits shared shipments from its own copy, so optimistic
locking refuses the later of two saves (counted as conflicts; the seat reloads and saves again). One seat is
killed with SIGKILL once the platform has filed a row it holds and before it records the answer (it waits
there to be killed, so the test never depends on timing); its rows are taken over by the others once their
leases expire, and each is looked up before it is sent again. Afterwards :class:`OfficeResult` counts, from
the sandbox's own database, what the platform holds for every declaration: lost (none), doubled (more than one),
stuck (still queued or not received).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts
from desktop.core.store.store import Store
from tests.conftest import ROOT, SAMPLES
from tests.faultproxy import FaultProxy

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"
MIX = {"drop": 3, "reset": 2, "503": 2, "429": 1, "duplicate": 1}

SEAT = """
import sys, time
from pathlib import Path
from desktop.core.outbox import OutboxSender
from desktop.core.services import filing, seats
from desktop.core.store import ConflictError
from desktop.core.store.store import Store

db, url = sys.argv[1], sys.argv[2]
number, count, lease, edits = int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]), int(sys.argv[6])
victim = sys.argv[7] == "victim"
store = Store.open(db if db.startswith("postgresql://") else Path(db))
seats.sign_in(store, f"broker-{number}")


class Seat(OutboxSender):
    def _deliver(self, row, result, *answered):
        print("SENDING", row.id, flush=True)
        sent = result.sent
        going_on = super()._deliver(row, result, *answered)
        if victim and result.sent > sent:  # filed, the answer not yet recorded: it dies holding its lease
            print("HOLDING", row.id, flush=True)
            time.sleep(600)
        return going_on


p = filing.open_platform(store, url, "sandbox", connect_timeout=1.0, read_timeout=2.0, deadline=4.0,
                         backoff=0.01, retry_after_cap=0.05)
p.sender = Seat(p.outbox, p.sender.channel, workers=2, lease_seconds=lease)
filing.login(p, "demo-exporter", "demo1234", remember=False)
mine = [d for i, d in enumerate(sorted(store.declarations.ids())) if d.startswith("SEAT-") and i % count == number]
for draft_id in mine:
    filing.submit_declaration(p, draft_id)
print("READY", p.sender.owner, flush=True)
shipments = sorted(store.shipments.ids())
conflicts = 0
n = 0
while p.outbox.pending_count():
    result = filing.deliver(p)
    if n < edits:  # an edit of a shared shipment from this seat's copy, saved while the others save theirs
        shipment_id = shipments[n % len(shipments)]
        for _ in range(20):
            revision = store.shipments.revision_of(shipment_id)  # first: a save in between is a conflict
            shipment = store.shipments.get(shipment_id)
            shipment.remarks = f"seat {number} edit {n}"
            time.sleep(0.02)  # the edit takes a moment: another seat may save meanwhile
            try:
                store.shipments.save(shipment, f"broker-{number}", expected_revision=revision)
                break
            except ConflictError:
                conflicts += 1
        n += 1
    if not result.sent and not result.failed:
        time.sleep(0.1)  # rows leased by another seat (perhaps a dead one): wait for them
print("CONFLICTS", conflicts, flush=True)
print("DONE", flush=True)
"""


@dataclass
class OfficeResult:
    seats: int
    filings: int
    lost: int = 0
    doubled: int = 0
    stuck: int = 0
    killed: int = 0
    taken_over: int = 0
    conflicts: int = 0
    faults: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    intact: bool = True

    def line(self) -> str:
        faults = sum(n for k, n in self.faults.items() if k != "pass")
        return (
            f"{self.seats} seats x {self.filings // self.seats} filings: lost {self.lost}, doubled {self.doubled},"
            f" stuck {self.stuck}; seats killed mid-send {self.killed} (rows taken over from it {self.taken_over});"
            f" conflicts detected {self.conflicts}; faults {faults}; {self.seconds:.1f} s"
        )


def prepare(db: Path | str, count: int) -> list[str]:
    """One company's sample and ``count`` copies of its declaration (``SEAT-nnnn``); returns their ids."""
    with Store.open(db) as store:
        result = drafts.import_file(store, SAMPLE, author="office")
        assert result.derived is not None
        base = result.derived.declarations[0]
        ids = []
        with store.transaction():
            for i in range(count):
                copy = ExportDeclaration.model_validate(base.model_dump())
                copy.id = f"SEAT-{i:04d}"
                store.declarations.save(copy, "office")
                ids.append(copy.id)
        return ids


def _integrity(path: Path | str) -> bool:
    if isinstance(path, str):
        return True  # a PostgreSQL server keeps its own files consistent
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0]) == "ok"
    finally:
        conn.close()


def run_office(
    tmp: Path,
    seats: int,
    per_seat: int,
    *,
    lease: float = 3.0,
    edits: int = 10,
    rate: float = 0.15,
    kill: bool = True,
    timeout: float = 600.0,
    location: str = "",
) -> OfficeResult:
    """``location``: a PostgreSQL workspace URL (an empty schema); by default a SQLite file in ``tmp``."""
    from desktop.sandbox.server import run_embedded

    started = time.monotonic()
    db: Path | str = location or tmp / "office.sqlite3"
    ids = prepare(db, seats * per_seat)
    sandbox_db = tmp / "sandbox.sqlite3"
    handle = run_embedded(db_path=str(sandbox_db))
    upstream = urlsplit(handle.url)
    proxy = FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80), mix=MIX, rate=rate, seed=18)
    result = OfficeResult(seats=seats, filings=len(ids))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def role(n: int) -> str:
        return "victim" if kill and n == 0 else "seat"

    processes = [
        subprocess.Popen(
            [sys.executable, "-c", SEAT, str(db), proxy.url, str(n), str(seats), str(lease), str(edits), role(n)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(seats)
    ]
    victim_owner = ""
    try:
        if kill:  # the first seat dies once the platform has filed a row it holds, before it records the answer
            out = processes[0].stdout
            assert out is not None
            for line in out:
                if line.startswith("READY"):
                    victim_owner = line.split()[1]
                if line.startswith("HOLDING"):
                    processes[0].send_signal(signal.SIGKILL)
                    result.killed = 1
                    break
            processes[0].wait(30)
        deadline = time.monotonic() + timeout
        for process in processes[result.killed :]:
            out, err = process.communicate(timeout=max(1.0, deadline - time.monotonic()))
            assert process.returncode == 0 and "DONE" in out, err[-3000:]
            for line in out.splitlines():
                if line.startswith("CONFLICTS"):
                    result.conflicts += int(line.split()[1])
    finally:
        for process in processes:
            if process.poll() is None:
                process.kill()
                process.wait()
            for stream in (process.stdout, process.stderr):
                if stream is not None:
                    stream.close()
        proxy.close()
    result.seconds = time.monotonic() - started
    try:
        rows = handle.sandbox.query(
            "SELECT json_extract(document, '$.id') AS draft, COUNT(*) AS n FROM filings"
            " WHERE kind = 'declaration' GROUP BY draft"
        )
        on_server = {r[0]: int(r[1]) for r in rows}
    finally:
        handle.stop()
    with Store.open(db) as store:
        conn = store.connection()
        result.stuck += int(conn.execute("SELECT COUNT(*) FROM outbox WHERE state = 'queued'").fetchone()[0])
        if victim_owner:
            result.taken_over = int(
                conn.execute(
                    "SELECT COUNT(*) FROM outbox WHERE lease_taken_from = ?",
                    (victim_owner,),
                ).fetchone()[0]
            )
        for draft_id in ids:
            draft = store.declarations.get(draft_id)
            count = on_server.get(draft_id, 0)
            result.lost += count == 0
            result.doubled += count > 1
            result.stuck += draft.status is not FilingStatus.RECEIVED
    result.faults = dict(proxy.counts)
    result.intact = _integrity(db) and _integrity(sandbox_db)
    return result
