"""Property: every search path (trigram, per-character CJK index, company scan) finds exactly the records whose
folded text contains every word of the folded query."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.core.model import Company, Shipment
from desktop.core.store import Filters, Store
from desktop.core.store.text import fold

ALPHABET = "海防河内摩托车瓷砖钢琴ăâđêôơưáàạẠĐ abAB12-"
TEXTS = st.lists(st.text(ALPHABET, min_size=0, max_size=14), min_size=1, max_size=12)
SETTINGS = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    path: Path = tmp_path_factory.mktemp("prop") / "w.sqlite3"
    s = Store.open(path)
    s.companies.upsert(Company(id="a", name_zh="甲"))
    s.companies.upsert(Company(id="b", name_zh="乙"))
    yield s
    s.close()


def _check(store: Store, texts: list[str], query: str) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM shipments")
        conn.execute("DELETE FROM search_docs")
        for i, text in enumerate(texts):
            store.shipments.save(Shipment(id=f"s{i}", company_id="ab"[i % 2], remarks=text), "p")
    words = fold(query).split()
    expected = {f"s{i}" for i, t in enumerate(texts) if i % 2 == 0 and all(w in fold(t) for w in words)}
    for scan_below in (0, 10**9):
        store.scan_below = scan_below
        found = {h.id for h in store.search("a", query, limit=100)}
        assert found == (expected if words else set()), (scan_below, query)
        if words:
            assert store.shipments.count(Filters(company_id="a", text=query)) == len(expected)


@SETTINGS
@given(texts=TEXTS, data=st.data())
def test_substrings_of_saved_texts(store: Store, texts: list[str], data: st.DataObject) -> None:
    source = data.draw(st.sampled_from(texts))
    start = data.draw(st.integers(0, len(source)))
    _check(store, texts, data.draw(st.sampled_from([source[start : start + n] for n in (1, 2, 3, 5)])))


@SETTINGS
@given(texts=TEXTS, query=st.text("海防瓷 ađA", min_size=1, max_size=4))
@example(texts=["海a防", "防 海", "海防"], query="海防")
@example(texts=["ĐÀ", "da", "瓷"], query="Đa 瓷")
def test_random_queries(store: Store, texts: list[str], query: str) -> None:
    _check(store, texts, query)
