"""List pages by keyset bookmarks (and, on PostgreSQL, ids from the index first) give exactly the rows OFFSET
paging gives, on both engines: ties in the sort column, every sort column and direction, jumps, filters, and a
list reloaded after a save."""

from __future__ import annotations

import pytest

from desktop.core.model import Company, Shipment
from desktop.core.store import Filters, Store
from desktop.core.store.paging import Bookmarks
from tests.core.store.conftest import Clock


def _fill(store: Store, clock: Clock, n: int = 37) -> None:
    store.companies.upsert(Company(id="a", name_zh="甲"))
    store.companies.upsert(Company(id="b", name_zh="乙"))
    for i in range(n):
        if i % 4 == 0:
            clock.advance()  # four shipments share each timestamp: the rowid breaks the ties
        consignee = ["Hai Phong Trading", "Saigon Ceramics", "Hanoi Motorcycle"][i % 3]
        store.shipments.save(
            Shipment(id=f"s{i:03d}", company_id="ab"[i % 5 == 4], reference=f"R{(i * 7) % 11:02d}", remarks=consignee),
            "li",
        )


def _offset_pages(store: Store, sort: str, filters: Filters) -> list[str]:
    """The reference order: one query over the whole list."""
    return [r.id for r in store.shipments.page(0, 10_000, sort, filters)]


@pytest.mark.parametrize("sort", ["-updated_at", "updated_at", "reference", "-reference", "-created_at"])
def test_scrolling_page_by_page_gives_the_offset_order(store: Store, clock: Clock, sort: str) -> None:
    _fill(store, clock)
    filters = Filters(company_id="a")
    expected = _offset_pages(store, sort, filters)
    assert len(expected) == 30 and len(set(expected)) == 30
    scrolled: list[str] = []
    for offset in range(0, 35, 4):  # page 0 first, then each next page after the last one's bookmark
        scrolled += [r.id for r in store.shipments.page(offset, 4, sort, filters)]
    assert scrolled == expected
    # a jump back, a jump to a page never loaded, and a page straddling two bookmarks
    for offset, size in ((8, 4), (13, 5), (26, 10), (3, 2)):
        assert [r.id for r in store.shipments.page(offset, size, sort, filters)] == expected[offset : offset + size]


def test_text_filter_pages_and_a_reload_after_a_save(store: Store, clock: Clock) -> None:
    _fill(store, clock)
    filters = Filters(company_id="a", text="hai phong")
    expected = _offset_pages(store, "-updated_at", filters)
    assert 5 < len(expected) < 30
    got = [r.id for off in range(0, len(expected), 3) for r in store.shipments.page(off, 3, "-updated_at", filters)]
    assert got == expected
    # another save moves a row to the top; the reloaded list (page 0 again) pages from the new order
    clock.advance()
    moved = store.shipments.get(expected[-1])
    store.shipments.save(moved, "li")
    after = _offset_pages(store, "-updated_at", filters)
    assert after[0] == moved.id
    got = [r.id for off in range(0, len(after), 3) for r in store.shipments.page(off, 3, "-updated_at", filters)]
    assert got == after


def test_bookmarks_find_the_nearest_before_and_forget_a_reloaded_list() -> None:
    marks = Bookmarks()
    marks.add("k", 100, "2026-12-01", 7)
    marks.add("k", 200, "2026-11-30", 3)
    assert marks.nearest("k", 99) is None
    assert marks.nearest("k", 150) == (100, ("2026-12-01", 7))
    assert marks.nearest("k", 200) == (200, ("2026-11-30", 3))
    assert marks.nearest("other", 150) is None
    marks.reset("k")
    assert marks.nearest("k", 150) is None
