"""Bulk work on 1,000 shipments: check them all, then submit them all through the outbox to the local sandbox.

Prints the time and rows per second of each phase (check; submit = check + queue; deliver = POST to the
sandbox over HTTP on 127.0.0.1), and the exactly-once figures (filings on the server per draft: must be 1).
``BENCH_BULK_N`` changes the count.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

N = int(os.environ.get("BENCH_BULK_N", "1000"))
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"
AS_OF = date(2026, 12, 1)


def main() -> None:
    from desktop.core.model.shipment import Shipment
    from desktop.core.services import drafts, filing
    from desktop.core.services.bulk import BulkRun
    from desktop.core.store.store import Store
    from desktop.sandbox.server import run_embedded

    tmp = tempfile.TemporaryDirectory()
    store = Store.open(Path(tmp.name) / "bench.sqlite3")
    handle = run_embedded()
    try:
        template = store.shipments.get(drafts.import_file(store, SAMPLE, author="bench", today=AS_OF).id)
        started = time.perf_counter()
        ids = []
        with store.transaction():
            for n in range(N):
                copy = Shipment.model_validate(template.model_dump())
                copy.id, copy.reference = f"B{n:05d}", f"BULK-{n:05d}"
                drafts.save_shipment(store, copy, "bench", today=AS_OF)
                ids.append(copy.id)
        print(f"setup: {N} shipments saved with their drafts in {time.perf_counter() - started:.1f} s")
        targets = [("shipment", i) for i in ids]

        check = BulkRun("check", targets, store, today=AS_OF)
        started = time.perf_counter()
        check.run()
        seconds = time.perf_counter() - started
        print(f"check:   {N} shipments in {seconds:.2f} s ({N / seconds:.0f}/s), {check.counts()['done']} clean")

        p = filing.open_platform(store, handle.url, "sandbox")
        filing.login(p, "demo-exporter", "demo1234", remember=False)
        p.sender.stop()  # the benchmark drains itself, so the phases are measured apart
        submit = BulkRun("submit", targets, store, platform=p, actor="bench", today=AS_OF)
        started = time.perf_counter()
        submit.run()
        queue_seconds = time.perf_counter() - started
        queued = sum(len(r.queued) for r in submit.results)
        print(f"submit:  {N} shipments checked and {queued} declarations queued in {queue_seconds:.2f} s "
              f"({N / queue_seconds:.0f}/s)")
        started = time.perf_counter()
        drained = filing.deliver(p)
        deliver_seconds = time.perf_counter() - started
        print(f"deliver: {drained.sent} sent, {drained.failed} failed, {drained.pending} pending in "
              f"{deliver_seconds:.2f} s ({max(drained.sent, 1) / deliver_seconds:.0f}/s)")
        total = queue_seconds + deliver_seconds
        print(f"bulk submit end to end: {N} shipments in {total:.1f} s ({N / total:.0f} shipments/s)")
        per_seq = handle.sandbox.query(
            "SELECT client_seq_no, COUNT(*) FROM filings WHERE kind = 'declaration' GROUP BY client_seq_no")
        doubled = sum(1 for _, count in per_seq if count > 1)
        print(f"exactly once: {len(per_seq)} filings on the server for {queued} queued drafts, {doubled} doubled")
        p.close()
    finally:
        handle.stop()
        store.close()
        tmp.cleanup()


if __name__ == "__main__":
    main()
