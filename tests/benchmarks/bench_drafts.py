"""Draft services: validating a shipment with its derived drafts, saving a shipment that refreshes them, files."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from desktop.core.model import exchange
from desktop.core.services import drafts
from desktop.core.store import Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"
AS_OF = date(2026, 12, 1)


def timed(label: str, fn: Callable[[], object], repeat: int = 20) -> None:
    fn()  # warm up (caches, code tables)
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    print(f"{label:<58} median {statistics.median(runs):8.2f} ms   min {min(runs):8.2f} ms")


def main() -> None:
    big = exchange.read(SAMPLES / "cd-tianfu-ceramics-63-lines-two-declarations.json")
    small = exchange.read(SAMPLES / "motorcycle-parts-chongqing-haiphong.json")
    timed("validate 2-line shipment (+ declaration, booking)", lambda: drafts.validate_document(small, today=AS_OF))
    timed("validate 63-line shipment (+ 2 declarations, booking)",
          lambda: drafts.validate_document(big, today=AS_OF))
    timed("read + validate 63-line file",
          lambda: drafts.validate_file(SAMPLES / "cd-tianfu-ceramics-63-lines-two-declarations.json", today=AS_OF))
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "ws.sqlite3") as store:
        assert big.shipment is not None and big.company is not None
        store.companies.upsert(big.company, "bench")
        shipment = big.shipment
        counter = iter(range(10**6))

        def changed() -> object:
            shipment.goods[0].quantity = Decimal(200 + next(counter))
            shipment.goods[0].total = None
            return drafts.save_shipment(store, shipment, "bench", today=AS_OF)

        timed("save 63-line shipment, changed (refresh 3 drafts)", changed)
        timed("save 63-line shipment, unchanged", lambda: drafts.save_shipment(store, shipment, "bench", today=AS_OF))
        decl = store.declarations.get(f"{shipment.id}-D1")
        timed("edit one declaration field (override + save)",
              lambda: drafts.edit_declaration(store, decl, "note_s", f"n{next(counter)}", "bench"))
        out = Path(tmp) / "export.json"
        timed("export 63-line shipment to a file", lambda: drafts.export_file(store, "shipment", shipment.id, out))
        timed("import 63-line shipment file (unchanged)",
              lambda: drafts.import_file(store, out, author="bench", today=AS_OF), repeat=10)


if __name__ == "__main__":
    main()
