"""Engines benchmark: list and search on 1 M shipments, SQLite next to PostgreSQL.

Run with ``python -m tests.benchmarks bench_engines`` (``make bench``). ``ENGINES_BENCH_RECORDS`` sets the
number of shipments (default 1 000 000, over 20 client companies, the biggest holding 40 %); PostgreSQL is the
server of ``CORRIDOR_TEST_PG_URL`` (or the local one .ci/run sets up), in a schema of its own that is dropped at
the end; without a server only SQLite is measured.

The records are bulk-loaded straight into the migrated schema (SQLite: ``executemany`` in one transaction, the
FTS indexes kept by their triggers; PostgreSQL: ``COPY`` with the GIN indexes built after the load), each with
the indexed list columns and its folded search text as the store writes them; the stored JSON is a short stub
(lists and search never read it), so the sizes are those of the indexes and list columns, not of full drafts.
Printed: load time, database size, list pages (100 rows of the biggest company, newest first) at a random
offset with no bookmark, scrolled page by page, and the first page; search p50/p95 per query (Chinese 1, 2 and
5 characters, Vietnamese with and without diacritics, English, a commodity code, rare words); a text filter's
count and first page. Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from desktop.core.store import Filters, Store
from desktop.core.store.text import cjk_tokens, fold

GOODS = [
    ("摩托车发动机", "Motorcycle engine", "8407320000"),
    ("摩托车链条", "Motorcycle chain", "7315119000"),
    ("瓷质抛光地砖", "Porcelain polished floor tile", "6907220000"),
    ("骨瓷餐具套装", "Bone china tableware set", "6911101900"),
    ("新鲜柑橘", "Fresh mandarins", "0805210000"),
    ("冷冻罗非鱼片", "Frozen tilapia fillets", "0304610000"),
    ("光伏组件", "Photovoltaic modules", "8541430000"),
    ("锂离子蓄电池", "Lithium-ion batteries", "8507600090"),
    ("笔记本电脑", "Laptop computers", "8471300000"),
    ("竹制砧板", "Bamboo chopping boards", "4419110000"),
]
RARE = ("立式钢琴", "Upright pianos", "9201100000")  # one shipment in 10 000
CONSIGNEES = [
    ("Hanoi Motorcycle Assembly JSC", "Công ty Cổ phần Lắp ráp Xe máy Hà Nội"),
    ("Hai Phong Trading Co., Ltd", "Công ty TNHH Thương mại Hải Phòng"),
    ("Saigon Ceramics JSC", "Công ty Cổ phần Gốm sứ Sài Gòn"),
    ("Da Nang Fresh Fruit Co., Ltd", "Công ty TNHH Trái cây Tươi Đà Nẵng"),
    ("Klang Valley Imports Sdn Bhd", ""),
    ("Bangkok Auto Parts Co., Ltd", ""),
]
DESTINATIONS = ["VNM", "THA", "MYS", "SGP", "IDN", "KHM"]
LABELS = {
    "瓷": "Chinese, 1 character, common",
    "餐具": "Chinese, 2 characters, common",
    "摩托车链条": "Chinese, 5 characters, common",
    "Hải Phòng": "Vietnamese with diacritics, common",
    "hai phong": "Vietnamese without diacritics, common",
    "tilapia": "English, common",
    "8541430000": "commodity code, common",
    "钢琴": "Chinese, rare (1 in 10 000)",
    "upright pianos": "English, rare (1 in 10 000)",
    "Đà Nẵng": "Vietnamese with diacritics, common",
}
QUERIES = list(LABELS)
COMPANIES = 20
STUB = '{"stub": true}'


def _records(count: int) -> Iterator[tuple[Any, ...]]:
    """(id, company_id, reference, contract_no, consignee, destination, pod, stamp, search text) per shipment."""
    rng = random.Random(20261202)
    weights = [40] + [60 / (COMPANIES - 1)] * (COMPANIES - 1)
    companies = [f"co{n:02d}" for n in range(COMPANIES)]
    for i in range(count):
        company = rng.choices(companies, weights)[0]
        goods = [RARE] if i % 10_000 == 7 else rng.sample(GOODS, 2)
        name, local = rng.choice(CONSIGNEES)
        contract = f"CT{2026 - i % 3}-{i:07d}"
        reference = f"REF-{i:07d}"
        clock = f"{i // 3600 % 24:02d}:{i // 60 % 60:02d}:{i % 60:02d}.{i % 10**6:06d}"
        stamp = f"2026-{1 + i * 12 // count:02d}-01T{clock}Z"
        words = [reference, contract, name, local, *(g[0] for g in goods), *(g[1] for g in goods)]
        words += [g[2] for g in goods]
        text = fold("\n".join(w for w in words if w))
        yield (f"s{i:07d}", company, reference, contract, name, rng.choice(DESTINATIONS), "VNHPH", stamp, text)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _timings(fn: Callable[[int], Any], runs: int) -> tuple[float, float, Any]:
    fn(0)
    times = []
    result = None
    for n in range(runs):
        start = time.perf_counter()
        result = fn(n)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), _pct(times, 0.95), result


def _companies(store: Store) -> None:
    from desktop.core.model import Company

    for n in range(COMPANIES):
        store.companies.upsert(Company(id=f"co{n:02d}", name_zh=f"客户公司{n:02d}"), "bench")


SHIP_COLS = (
    "id, company_id, reference, contract_no, consignee, destination, port_of_discharge, revision, data,"
    " created_at, updated_at"
)


def load_sqlite(store: Store, count: int) -> None:
    _companies(store)
    with store.transaction() as conn:
        batch: list[tuple[Any, ...]] = []
        docs: list[tuple[Any, ...]] = []
        for r in _records(count):
            batch.append((*r[:7], 1, STUB, r[7], r[7]))
            docs.append(("shipment", r[0], r[1], r[8], cjk_tokens(r[8])))
            if len(batch) == 10_000:
                conn.executemany(f"INSERT INTO shipments ({SHIP_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
                conn.executemany(
                    "INSERT INTO search_docs (kind, subject_id, company_id, text, cjk) VALUES (?,?,?,?,?)", docs
                )
                batch, docs = [], []
        if batch:
            conn.executemany(f"INSERT INTO shipments ({SHIP_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
            conn.executemany(
                "INSERT INTO search_docs (kind, subject_id, company_id, text, cjk) VALUES (?,?,?,?,?)", docs
            )
    store.connection().execute("ANALYZE")


def load_postgresql(store: Store, count: int) -> None:
    _companies(store)
    raw = store.connection().raw  # type: ignore[attr-defined]
    indexes = raw.execute(
        "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
        " AND tablename IN ('shipments', 'search_docs') AND indexdef NOT LIKE '%UNIQUE%'"
    ).fetchall()
    with raw.transaction():
        for name, _ in indexes:
            raw.execute(f"DROP INDEX {name}")
        records = list(_records(count))
        with raw.cursor().copy(f"COPY shipments ({SHIP_COLS}) FROM STDIN") as ship:
            for r in records:
                ship.write_row((*r[:7], 1, STUB, r[7], r[7]))
        with raw.cursor().copy("COPY search_docs (kind, subject_id, company_id, text, cjk) FROM STDIN") as docs:
            for r in records:
                docs.write_row(("shipment", r[0], r[1], r[8], cjk_tokens(r[8])))
        del records
        for _, definition in indexes:
            raw.execute(definition)
    # what autovacuum does soon after a bulk load: statistics and the visibility map (index-only scans)
    raw.execute("VACUUM ANALYZE shipments")
    raw.execute("VACUUM ANALYZE search_docs")


def _jumps(store: Store, filters: Filters, offsets: list[int]) -> tuple[float, float]:
    """A page at each offset with no bookmark to start from (a drag of the scroll bar)."""
    times = []
    for offset in offsets:
        store.shipments.page(0, 1, "-updated_at", filters)  # a reload forgets the list's bookmarks
        start = time.perf_counter()
        store.shipments.page(offset, 100, "-updated_at", filters)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), _pct(times, 0.95)


def _scroll(store: Store, filters: Filters, first: int, pages: int) -> tuple[float, float]:
    """Page after page from ``first`` on, as a list view scrolls (each page after the previous one's last row)."""
    store.shipments.page(0, 1, "-updated_at", filters)
    store.shipments.page(first, 100, "-updated_at", filters)
    times = []
    for n in range(1, pages + 1):
        start = time.perf_counter()
        store.shipments.page(first + n * 100, 100, "-updated_at", filters)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), _pct(times, 0.95)


def measure(store: Store, count: int, load: Callable[[Store, int], None], size: Callable[[], int]) -> None:
    start = time.perf_counter()
    load(store, count)
    print(f"  load {count:,} shipments: {time.perf_counter() - start:.1f} s, size {size() / 2**20:,.0f} MiB")
    big = Filters(company_id="co00")
    total = store.shipments.count(big)
    rng = random.Random(7)
    offsets = [rng.randrange(0, max(1, total - 100)) for _ in range(30)]
    p50, p95 = _jumps(store, big, offsets)
    print(f"  list page of 100 (company of {total:,}, random offset, no bookmark): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    p50, p95 = _scroll(store, big, total // 2, 30)
    print(f"  list scrolled page by page from the middle: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    p50, p95, _ = _timings(lambda n: store.shipments.page(0, 100, "-updated_at", big), 30)
    print(f"  list first page of 100: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    for query in QUERIES:
        p50, p95, hits = _timings(lambda n, q=query: store.search("co00", q, limit=50), 15)
        print(f"  search {query!r} ({LABELS[query]}): p50 {p50:.1f} ms, p95 {p95:.1f} ms ({len(hits)} hits)")
    p50, p95, n = _timings(lambda n: store.shipments.count(Filters(company_id="co00", text="hai phong")), 5)
    print(f"  count of a text filter ('hai phong', {n:,} matches): p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    text = Filters(company_id="co00", text="hai phong")
    p50, p95, _ = _timings(lambda n: store.shipments.page(0, 100, "-updated_at", text), 5)
    print(f"  first page of a text filter ('hai phong'): p50 {p50:.1f} ms, p95 {p95:.1f} ms")


def main() -> None:
    from tests.pg import SKIPPED, PgWorkspaces, server_url

    count = int(os.environ.get("ENGINES_BENCH_RECORDS", "1000000"))
    only = os.environ.get("ENGINES_BENCH_ONLY", "")
    if only != "postgresql":
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "bench.sqlite3"
            print("SQLite")
            with Store.open(path) as store:
                store.scan_below = 0

                def file_size() -> int:
                    return sum(p.stat().st_size for p in Path(tmp).glob("bench.sqlite3*"))

                measure(store, count, load_sqlite, file_size)
    if only == "sqlite":
        return
    url = server_url()
    if url is None:
        print(f"PostgreSQL skipped: {SKIPPED[0]}")
        return
    workspaces = PgWorkspaces(url)
    try:
        print("PostgreSQL")
        with Store.open(workspaces.url) as store:

            def schema_size() -> int:
                row = (
                    store.connection()
                    .execute(
                        "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'm')"
                    )
                    .fetchone()
                )
                return int(row[0])

            measure(store, count, load_postgresql, schema_size)
    finally:
        workspaces.drop()


if __name__ == "__main__":
    main()
