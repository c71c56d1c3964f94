"""Outbox throughput: N submissions through the outbox to the local sandbox vs. a raw requests loop.

Both run in one process against the same embedded sandbox (HTTP on 127.0.0.1). The outbox figure covers the
whole path (queue the draft durably, POST with the key, record the answer on the draft, fsync); the raw loop only
POSTs. Prints both throughputs, their ratio (goal >= 0.5) and the lost / doubled counts (must be 0 / 0).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

import requests

N = int(os.environ.get("BENCH_OUTBOX_N", "1000"))
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"


def main() -> None:
    from desktop.core.model.declaration import ExportDeclaration
    from desktop.core.model.filing import FilingStatus
    from desktop.core.outbox import build_payload, new_client_seq_no
    from desktop.core.services import drafts, filing
    from desktop.core.store.store import Store
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    tmp = tempfile.TemporaryDirectory()
    store = Store.open(Path(tmp.name) / "bench.sqlite3")
    try:
        result = drafts.import_file(store, SAMPLE, author="bench")
        assert result.derived is not None
        base = store.declarations.get(result.derived.declarations[0].id)
        ids = []
        with store.transaction():
            for n in range(N):
                copy = ExportDeclaration.model_validate(base.model_dump())
                copy.id = f"bench-{n:05d}"
                store.declarations.save(copy, "bench")
                ids.append(copy.id)
        p = filing.open_platform(store, handle.url, "sandbox")
        filing.login(p, "demo-exporter", "demo1234", remember=False)

        # --- through the outbox
        started = time.perf_counter()
        for draft_id in ids:
            filing.submit_declaration(p, draft_id)
        queued = time.perf_counter()
        drained = filing.deliver(p)
        outbox_seconds = time.perf_counter() - started
        queue_seconds = queued - started

        # --- raw requests loop, same payloads (fresh ClientSeqNo and key each), same server
        token = p.auth.access_token()
        payloads = [build_payload("declaration", base, new_client_seq_no()) for _ in range(N)]
        session = requests.Session()
        url = handle.url + "/v1/declarations"
        raw_ok = 0
        started = time.perf_counter()
        for body in payloads:
            answer = session.post(
                url, data=body, timeout=(5, 30),
                headers={"Authorization": f"Bearer {token}", "Idempotency-Key": str(uuid.uuid4()),
                         "Content-Type": "application/json"},
            )
            raw_ok += answer.status_code == 201
        raw_seconds = time.perf_counter() - started

        # --- exactly once: every outbox submission is on the server once, every draft says so
        seqs = [r[0] for r in store.connection().execute(
            "SELECT client_seq_no FROM outbox WHERE state = 'sent' AND draft_id LIKE 'bench-%'")]
        on_server = {
            row[0]: row[1] for row in handle.sandbox.query(
                "SELECT client_seq_no, COUNT(*) FROM filings WHERE kind = 'declaration' GROUP BY client_seq_no"
            )
        }
        lost = sum(1 for s in seqs if s not in on_server) + (N - len(seqs))
        doubled = sum(1 for s in seqs if on_server.get(s, 0) > 1)
        received = sum(
            1 for i in ids if store.declarations.get(i).status is FilingStatus.RECEIVED
        )
        p.close()
    finally:
        store.close()
        handle.stop()
        tmp.cleanup()

    outbox_rate = N / outbox_seconds
    raw_rate = N / raw_seconds
    print(f"submissions:                 {N}")
    print(f"outbox (queue+send+record):  {outbox_seconds:8.2f} s  {outbox_rate:8.1f} /s"
          f"  (queueing alone {queue_seconds:.2f} s)")
    print(f"raw requests loop:           {raw_seconds:8.2f} s  {raw_rate:8.1f} /s  ({raw_ok} answered 201)")
    print(f"ratio outbox/raw:            {outbox_rate / raw_rate:8.2f}  (goal >= 0.5)")
    print(f"sent {drained.sent}, failed {drained.failed}, drafts received {received}")
    print(f"lost {lost}, doubled {doubled}")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
