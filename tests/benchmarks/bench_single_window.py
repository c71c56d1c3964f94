"""Single Window channel: writing 1,000 DecMessage files into an ImpPath OutBox through the outbox, and reading
1,000 customs receipts back from InBox into the drafts (figures only; no timing is asserted anywhere)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.folders import ImpFolders
from desktop.core.model import exchange
from desktop.core.model.derive import derive_declarations
from desktop.core.services import single_window as sw
from desktop.core.store.store import Store
from desktop.sandbox.clock import SandboxClock
from desktop.sandbox.single_window import SingleWindowClientSim
from tests.conftest import SAMPLES

N = 1000


def main() -> None:
    doc = exchange.read(SAMPLES / "motorcycle-parts-chongqing-haiphong.json")
    assert doc.shipment is not None and doc.company is not None
    [template] = derive_declarations(doc.shipment, doc.company)
    template.enty_port_customs, template.distinate_port_customs = "450701", "VNM052"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        imp = root / "ImpPath"
        imp.mkdir()
        profile = sw.SingleWindowProfile(imp_path=str(imp), ic_code="8100000012345", operator_name="Zhang")

        t0 = time.perf_counter()
        for i in range(N):
            decmessage.write(decmessage.from_declaration(template, profile, f"B{i:031d}"))
        pure = time.perf_counter() - t0
        print(f"DecMessage build + check-free write, {N} messages: {pure:.2f} s ({N / pure:.0f}/s)")

        with Store.open(root / "w.sqlite3") as store:
            store.companies.upsert(doc.company, "bench")
            sw.set_profile(store, doc.company.id, profile)
            ids = []
            for i in range(N):
                decl = template.model_copy(deep=True)
                decl.id = f"BENCH-{i:04d}"
                store.declarations.save(decl, "bench")
                ids.append(decl.id)
            s = sw.open_single_window(store)
            t0 = time.perf_counter()
            for decl_id in ids:
                sw.submit_declaration(s, decl_id, actor="bench")
            queued = time.perf_counter() - t0
            t0 = time.perf_counter()
            result = sw.sync(s)
            written = time.perf_counter() - t0
            print(f"queue {N} declarations (field table check + DecMessage + durable row): {queued:.2f} s "
                  f"({N / queued:.0f}/s)")
            print(f"write {result.drain.sent} zips into OutBox atomically: {written:.2f} s ({N / written:.0f}/s)")
            clock = SandboxClock()
            client = SingleWindowClientSim(imp, clock)
            t0 = time.perf_counter()
            client.step()
            clock.advance(600)
            client.step()
            played = time.perf_counter() - t0
            inbox = len(list(ImpFolders(imp).box("InBox").iterdir()))
            print(f"sandbox client: {N} messages checked and answered, {inbox} InBox files: {played:.2f} s")
            t0 = time.perf_counter()
            result = sw.sync(s)
            read = time.perf_counter() - t0
            accepted = sum(1 for d in ids if store.declarations.get(d).status == "accepted")
            print(f"read {inbox} InBox files ({N} import responses + {N} receipts) into {result.changed} draft "
                  f"changes: {read:.2f} s ({inbox / read:.0f} files/s); {accepted} of {N} accepted")


if __name__ == "__main__":
    main()
