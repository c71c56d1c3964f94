"""PostgreSQL's search reads a company's newest documents before its GIN indexes: whatever the window's size, the
hits are exactly the matching records, newest first, up to the limit (on SQLite the same checks pass through its
own indexes)."""

from __future__ import annotations

import pytest

from desktop.core.model import Company, Shipment
from desktop.core.store import Store
from desktop.core.store.search import PgSearch
from desktop.core.store.text import fold
from tests.core.store.conftest import Clock

TEXTS = ["摩托车链条 Hải Phòng", "瓷砖 Sài Gòn", "摩托车 发动机 Hà Nội", "upright pianos 钢琴", "摩托车链条 Đà Nẵng"]


@pytest.mark.parametrize("window", [1, 3, 7, 1000])
def test_hits_are_the_matching_records_newest_first_whatever_the_window(
    store: Store, clock: Clock, window: int
) -> None:
    store.companies.upsert(Company(id="a", name_zh="甲"))
    store.companies.upsert(Company(id="b", name_zh="乙"))
    saved: list[tuple[str, str]] = []
    for i in range(40):
        clock.advance()
        text = TEXTS[(i * 3) % len(TEXTS)] if i % 9 else TEXTS[3]
        shipment = Shipment(id=f"s{i:02d}", company_id="ab"[i % 4 == 3], remarks=text)
        store.shipments.save(shipment, "li")
        if shipment.company_id == "a":
            saved.append((shipment.id, fold(text)))
    if isinstance(store.search_engine, PgSearch):
        store.search_engine.window = window
    newest_first = list(reversed(saved))
    for query in ("摩托车链条", "hai phong", "钢琴", "pianos", "链", "nang 摩托车", "không có"):
        words = fold(query).split()
        expected = [sid for sid, text in newest_first if all(w in text for w in words)]
        for limit in (2, 5, 100):
            hits = [h.id for h in store.search("a", query, kinds=["shipment"], limit=limit)]
            assert hits == expected[:limit], (query, limit, window)


@pytest.mark.postgresql
def test_server_sessions_plan_each_search_for_its_words(pg_workspaces: object) -> None:
    """A generic plan (the server's choice after ten runs of one prepared statement) cannot use the trigram
    index for ``LIKE $1``: every session plans each statement for its values."""
    with Store.open(pg_workspaces.clean()) as store:  # type: ignore[attr-defined]
        assert store.connection().execute("SHOW plan_cache_mode").fetchone()[0] == "force_custom_plan"
