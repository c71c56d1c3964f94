"""Store benchmark: save 100 k shipments and declarations, then time search, count and paging on them.

Run with ``python -m tests.benchmarks bench_store``; ``STORE_BENCH_RECORDS`` changes the number of shipments
(each gets one declaration; default 50 000 + 50 000 = 100 k records). Figures are printed, never asserted.
"""

from __future__ import annotations

import functools
import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.core.model import Company, FilingStatus, Shipment
from desktop.core.model.derive import derive_declarations
from desktop.core.model.exchange import read
from desktop.core.store import Filters, Store

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "cq-jiangling-cross-border-rail-pingxiang-hanoi.json"

GOODS = [
    ("摩托车发动机", "Motorcycle engine", "8407320000"),
    ("摩托车链条", "Motorcycle chain", "7315119000"),
    ("摩托车轮毂", "Motorcycle wheel hub", "8714100090"),
    ("瓷质抛光地砖", "Porcelain polished floor tile", "6907220000"),
    ("骨瓷餐具套装", "Bone china tableware set", "6911101900"),
    ("新鲜柑橘", "Fresh mandarins", "0805210000"),
    ("冷冻罗非鱼片", "Frozen tilapia fillets", "0304610000"),
    ("光伏组件", "Photovoltaic modules", "8541430000"),
    ("锂离子蓄电池", "Lithium-ion batteries", "8507600090"),
    ("笔记本电脑", "Laptop computers", "8471300000"),
    ("汽车轮胎", "Car tyres", "4011100000"),
    ("竹制砧板", "Bamboo chopping boards", "4419110000"),
]
ONLY_BIG = ("立式钢琴", "Upright pianos", "9201100000")
CONSIGNEES = [
    ("Hanoi Motorcycle Assembly JSC", "Công ty Cổ phần Lắp ráp Xe máy Hà Nội"),
    ("Hai Phong Trading Co., Ltd", "Công ty TNHH Thương mại Hải Phòng"),
    ("Saigon Ceramics JSC", "Công ty Cổ phần Gốm sứ Sài Gòn"),
    ("Da Nang Fresh Fruit Co., Ltd", "Công ty TNHH Trái cây Tươi Đà Nẵng"),
    ("Tan Ceramics Pte Ltd", ""),
    ("Klang Valley Imports Sdn Bhd", ""),
    ("Bangkok Auto Parts Co., Ltd", "บริษัท บางกอก ออโต้ พาร์ท จำกัด"),
    ("Jakarta Solar Energy PT", ""),
]
COMPANIES = 20
BATCH = 1000


def _timed(fn: Callable[[], Any], repeat: int = 7) -> tuple[float, float, Any]:
    """(median ms, max ms, last result) of ``repeat`` runs after one warm-up."""
    result = fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times), result


def _populate(store: Store, count: int) -> tuple[list[str], float]:
    doc = read(SAMPLE)
    assert doc.company is not None and doc.shipment is not None
    base_company: Company = doc.company
    template: Shipment = doc.shipment
    rng = random.Random(20261201)
    company_ids = []
    for n in range(COMPANIES):
        company = base_company.model_copy(update={"id": f"co{n:02d}", "name_zh": f"客户公司{n:02d}"})
        store.companies.upsert(company, "bench")
        company_ids.append(company.id)
    # a forwarder's biggest client holds 40 % of the records, the rest share the remainder
    weights = [40] + [60 / (COMPANIES - 1)] * (COMPANIES - 1)
    start = time.perf_counter()
    saved = 0
    while saved < count:
        with store.transaction():
            for _ in range(min(BATCH, count - saved)):
                i = saved
                s = template.model_copy(deep=True)
                s.id = f"S{i:07d}"
                s.company_id = rng.choices(company_ids, weights)[0]
                s.reference = f"REF-{2024 + i % 3}-{i:06d}"
                s.contract_no = f"HT{rng.randrange(10**8):08d}"
                s.invoice_no = f"INV{i:07d}"
                name, local = rng.choice(CONSIGNEES)
                s.consignee = s.consignee.model_copy(update={"name": name, "name_local": local})
                lines = []
                goods = rng.sample(GOODS, rng.randint(1, 4))
                if s.company_id == company_ids[0] and i % 2:
                    goods.append(ONLY_BIG)  # common in one company, absent from the others
                for g in goods:
                    line = template.goods[0].model_copy(
                        update={
                            "name_zh": g[0],
                            "name_en": g[1],
                            "commodity_code": g[2],
                            "quantity": Decimal(rng.randint(1, 900)),
                        }
                    )
                    lines.append(line)
                s.goods = lines
                for c in s.containers:
                    c.goods_lines = [1]
                store.shipments.save(s, "bench")
                company = base_company.model_copy(update={"id": s.company_id})
                declaration = derive_declarations(s, company)[0]
                declaration.id = f"D{i:07d}"
                if i % 5 == 0:
                    declaration.customs_no = f"8000{2024 + i % 3}0{i:09d}"
                    declaration.status = FilingStatus.ACCEPTED
                store.declarations.save(declaration, "bench")
                saved += 1
    return company_ids, time.perf_counter() - start


def main() -> None:
    count = int(os.environ.get("STORE_BENCH_RECORDS", "50000"))
    keep = os.environ.get("STORE_BENCH_DB")  # reuse (or keep) the populated database at this path
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(keep) if keep else Path(tmp) / "bench.sqlite3"
        reuse = path.exists()
        store = Store.open(path)
        try:
            if reuse:
                company_ids = [c.id for c in store.companies.list()]
                company_ids.sort()
                print(f"reusing {path}")
            else:
                company_ids, seconds = _populate(store, count)
                records = 2 * count
                print(
                    f"saved {count} shipments + {count} declarations = {records} records in {seconds:.1f} s "
                    f"({records / seconds:.0f} saves/s, each a revision + audit entry + index)"
                )
            size_mb = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
            print(f"database {size_mb:.0f} MB")
            big, small = company_ids[0], company_ids[7]
            big_rows = store.shipments.count(Filters(company_id=big)) + store.declarations.count(
                Filters(company_id=big)
            )
            print(
                f"largest company holds {big_rows} records; a small one "
                f"{store.shipments.count(Filters(company_id=small)) * 2}"
            )
            print("search (limit 50), median / max of 7 runs:")
            queries = [
                ("摩托车发动机 (common, 6 chars)", big, "摩托车发动机"),
                ("光伏组件 (common, 4 chars)", big, "光伏组件"),
                ("瓷 (1 char, common)", big, "瓷"),
                ("餐具 (2 chars, common)", big, "餐具"),
                ("琵琶 (2 chars, no match)", big, "琵琶"),
                ("hai phong (Vietnamese folded)", big, "hai phong"),
                ("Lắp ráp xe máy (Vietnamese)", big, "Lắp ráp xe máy"),
                ("8541430000 (commodity code)", big, "8541430000"),
                ("REF-2025-0123 (reference prefix)", big, "REF-2025-0123"),
                ("one reference (1 hit)", big, f"REF-{2024 + 12345 % 3}-012345"),
                ("customs number fragment", big, "000012345"),
                ("engine hai phong (2 words)", big, "engine hai phong"),
                ("nothing like this", big, "zzzqqqxxx"),
                ("摩托车 in a small company", small, "摩托车"),
                ("瓷 in a small company", small, "瓷"),
                ("upright piano: only in another company", small, "upright piano"),
                ("钢琴: only in another company", small, "钢琴"),
            ]
            for label, company_id, text in queries:
                median, worst, hits = _timed(functools.partial(store.search, company_id, text))
                print(f"  {label:40s} {median:7.1f} / {worst:7.1f} ms  ({len(hits)} hits)")
            mine = Filters(company_id=big)
            total = store.shipments.count(mine)
            drafts = Filters(company_id=big, status="draft")
            haiphong = Filters(company_id=big, text="hai phong")
            solar = Filters(company_id=big, text="光伏组件")
            piano = Filters(company_id=big, text="钢琴")
            small_solar = Filters(company_id=small, text="光伏组件")
            print("list queries on the largest company's shipments:")
            timings = [
                ("count()", lambda: store.shipments.count(mine)),
                ("count(all companies)", lambda: store.shipments.count()),
                ("page(0, 100, -updated_at)", lambda: store.shipments.page(0, 100, "-updated_at", mine)),
                (
                    f"page({total // 2}, 100, -updated_at)",
                    lambda: store.shipments.page(total // 2, 100, "-updated_at", mine),
                ),
                (
                    f"page({total - 100}, 100, -updated_at)",
                    lambda: store.shipments.page(total - 100, 100, "-updated_at", mine),
                ),
                ("page(0, 100, reference)", lambda: store.shipments.page(0, 100, "reference", mine)),
                (
                    f"page({total // 2}, 100, reference)",
                    lambda: store.shipments.page(total // 2, 100, "reference", mine),
                ),
                ("page(0, 100, consignee)", lambda: store.shipments.page(0, 100, "consignee", mine)),
                (
                    "declarations count(status=accepted)",
                    lambda: store.declarations.count(Filters(company_id=big, status="accepted")),
                ),
                (
                    "declarations page(0, 100, status=draft)",
                    lambda: store.declarations.page(0, 100, "-updated_at", drafts),
                ),
                (f"count(text=光伏组件) = {store.shipments.count(solar)}", lambda: store.shipments.count(solar)),
                ("page(0, 100, text=光伏组件)", lambda: store.shipments.page(0, 100, "-updated_at", solar)),
                (f"count(text=hai phong) = {store.shipments.count(haiphong)}", lambda: store.shipments.count(haiphong)),
                ("page(0, 100, text=hai phong)", lambda: store.shipments.page(0, 100, "-updated_at", haiphong)),
                (f"count(text=钢琴) = {store.shipments.count(piano)}", lambda: store.shipments.count(piano)),
                ("page(1000, 100, reference, text=钢琴)", lambda: store.shipments.page(1000, 100, "reference", piano)),
                ("small company count(text=光伏组件)", lambda: store.shipments.count(small_solar)),
                (
                    "small company page(0, 100, text=光伏组件)",
                    lambda: store.shipments.page(0, 100, "-updated_at", small_solar),
                ),
                ("get(id) full model", lambda: store.shipments.get("S0012345")),
                ("declarations.by_shipment", lambda: store.declarations.by_shipment("S0012345")),
            ]
            for label, fn in timings:
                median, worst, _ = _timed(fn)
                print(f"  {label:40s} {median:7.1f} / {worst:7.1f} ms")
            s = store.shipments.get("S0012345")
            if not reuse:
                median, worst, _ = _timed(lambda: store.shipments.save(s, "bench"), repeat=20)
                print(f"  {'save(shipment) one transaction':40s} {median:7.1f} / {worst:7.1f} ms")
            start = time.perf_counter()
            backup = store.backup(Path(tmp) / "backups")
            print(f"backup of {size_mb:.0f} MB: {time.perf_counter() - start:.1f} s ({backup.name})")
        finally:
            store.close()


if __name__ == "__main__":
    main()
