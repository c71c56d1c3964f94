"""A shared office: 5 seats x 200 filings at once on one workspace (5 processes), the sandbox over real HTTP behind
a fault-injecting proxy, one seat killed with SIGKILL mid-send, and every seat editing shared shipments while it
sends. Prints lost / doubled / stuck, the rows taken over from the killed seat, the conflicts detected, faults
and time — on SQLite, and on PostgreSQL when a server is there (CORRIDOR_TEST_PG_URL or the local one .ci/run
sets up). The suite runs the same harness at 3 seats x 10 (tests/core/platform/test_seats.py).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEATS = int(os.environ.get("BENCH_SEATS", "5"))
PER_SEAT = int(os.environ.get("BENCH_SEAT_FILINGS", "200"))


def main() -> None:
    from tests import pg
    from tests.seats import run_office

    with tempfile.TemporaryDirectory() as tmp:
        result = run_office(Path(tmp), SEATS, PER_SEAT, lease=5.0, edits=40, timeout=1800)
        print(f"SQLite:     {result.line()}{'' if result.intact else '; DATABASE DAMAGED'}", flush=True)
    url = pg.server_url()
    if url is None:
        print(f"PostgreSQL: skipped ({'; '.join(pg.SKIPPED)})")
        return
    with tempfile.TemporaryDirectory() as tmp, pg.fresh_schema(url) as location:
        result = run_office(Path(tmp), SEATS, PER_SEAT, lease=5.0, edits=40, timeout=1800, location=location)
        print(f"PostgreSQL: {result.line()}")


if __name__ == "__main__":
    main()
