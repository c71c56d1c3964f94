"""Full-text search (Chinese, Vietnamese, English, codes; 1-2 character CJK queries), isolation, paging."""

from __future__ import annotations

import pytest

from desktop.core.model import Company, FilingStatus
from desktop.core.store import Filters, Store
from desktop.core.store.text import cjk_tokens, fold, is_cjk
from tests.core.store.conftest import CERAMICS, MOTO, Clock, filings, sample


@pytest.fixture(params=["fts", "scan"])
def loaded(store: Store, clock: Clock, request: pytest.FixtureRequest) -> Store:
    """Both sample shipments with their filings; searched through the FTS indexes or by scanning a company."""
    store.scan_below = 0 if request.param == "fts" else 10**9
    for name in (MOTO, CERAMICS):
        company, shipment = sample(name)
        store.companies.upsert(company)
        store.shipments.save(shipment, "li")
        clock.advance()
        declarations, booking = filings(company, shipment)
        for declaration in declarations:
            store.declarations.save(declaration, "li")
            clock.advance()
        store.bookings.save(booking, "li")
        clock.advance()
    return store


def _ids(store: Store, company_id: str, text: str, **kw: object) -> list[tuple[str, str]]:
    return [(h.kind, h.id) for h in store.search(company_id, text, **kw)]  # type: ignore[arg-type]


def test_cjk_tokens() -> None:
    assert cjk_tokens(fold("摩托车 Engine 链条 Hải Phòng 海防")) == "摩 托 车 x 链 条 x 海 防"
    assert cjk_tokens("hai phong") == ""
    assert is_cjk("瓷") and is_cjk("カタ") and not is_cjk("a瓷")


def test_fold() -> None:
    assert fold("Công ty Cổ phần Lắp ráp Xe máy Hà Nội") == "cong ty co phan lap rap xe may ha noi"
    assert fold("ĐÀ NẴNG") == "da nang"
    assert fold("ＣＳＱＵ３０５４３８３  海防") == "csqu3054383 海防"
    assert fold("") == ""


def test_chinese_search(loaded: Store) -> None:
    moto = "cq-jiangling"
    everything = {
        ("shipment", "SH-2026-0007"),
        ("declaration", "SH-2026-0007-D1"),
        ("booking", "SH-2026-0007-B"),
    }
    assert set(_ids(loaded, moto, "摩托车发动机")) >= {("shipment", "SH-2026-0007"), ("declaration", "SH-2026-0007-D1")}
    assert set(_ids(loaded, moto, "发动机")) >= {("shipment", "SH-2026-0007")}
    # one and two characters: below the trigram size, answered by the substring scan
    assert set(_ids(loaded, moto, "摩托")) >= {("shipment", "SH-2026-0007")}
    assert set(_ids(loaded, moto, "链")) >= {("shipment", "SH-2026-0007")}
    assert _ids(loaded, moto, "瓷") == []
    assert ("shipment", "SH-2026-0102") in _ids(loaded, "cd-tianfu-ceramics", "瓷")
    assert _ids(loaded, moto, "不存在的货物") == []
    # short CJK words match only characters standing side by side, like longer ones
    assert ("shipment", "SH-2026-0007") in _ids(loaded, moto, "车链")
    assert _ids(loaded, moto, "机摩") == []
    assert _ids(loaded, moto, "链摩") == []
    # mixed: a long word drives, short CJK and Latin words filter
    assert ("shipment", "SH-2026-0007") in _ids(loaded, moto, "motorcycle 链 ha")
    assert _ids(loaded, moto, "motorcycle 瓷") == []
    assert set(_ids(loaded, moto, "摩托车")) <= everything


def test_vietnamese_and_english_search(loaded: Store) -> None:
    moto = "cq-jiangling"
    shipment = ("shipment", "SH-2026-0007")
    for query in (
        "Lắp ráp Xe máy",
        "lap rap xe may",
        "LAP RAP",
        "Hà Nội",
        "ha noi",
        "Motorcycle Assembly",
        "motorcycle engine",
        "ENGINE",
    ):
        assert shipment in _ids(loaded, moto, query), query
    assert _ids(loaded, moto, "singapore") == []
    # every word must match, in any order
    assert shipment in _ids(loaded, moto, "engine 发动机")
    assert _ids(loaded, moto, "engine ceramic") == []


def test_codes_and_numbers(loaded: Store) -> None:
    company, shipment = sample(MOTO)
    moto = company.id
    assert ("shipment", shipment.id) in _ids(loaded, moto, shipment.reference)
    assert ("shipment", shipment.id) in _ids(loaded, moto, shipment.contract_no.lower())
    assert ("declaration", "SH-2026-0007-D1") in _ids(loaded, moto, shipment.contract_no)
    code = shipment.goods[0].commodity_code
    assert {("shipment", shipment.id), ("declaration", "SH-2026-0007-D1")} <= set(_ids(loaded, moto, code))
    assert ("booking", "SH-2026-0007-B") in _ids(loaded, moto, code[:6])
    declaration = loaded.declarations.get("SH-2026-0007-D1")
    declaration.customs_no = "800020260000123456"
    declaration.status = FilingStatus.ACCEPTED
    loaded.declarations.save(declaration, "platform")
    hits = loaded.search(moto, "0000123456")
    assert [(h.kind, h.id, h.title, h.status) for h in hits] == [
        ("declaration", declaration.id, "800020260000123456", "accepted")
    ]


def test_search_is_scoped_to_a_company_and_kinds(loaded: Store) -> None:
    moto, ceramics = "cq-jiangling", "cd-tianfu-ceramics"
    assert _ids(loaded, ceramics, "摩托车") == []
    assert _ids(loaded, ceramics, "摩托") == []
    assert _ids(loaded, "nobody", "瓷") == []
    assert {k for k, _ in _ids(loaded, moto, "摩托车")} >= {"shipment", "declaration"}
    assert {k for k, _ in _ids(loaded, moto, "摩托车", kinds=["declaration"])} == {"declaration"}
    assert _ids(loaded, moto, "摩托", kinds=[]) == []
    assert _ids(loaded, moto, "   ") == []
    with pytest.raises(ValueError):
        loaded.search(moto, "x", kinds=["invoice"])


def test_newest_first_and_index_follows_changes(loaded: Store, clock: Clock) -> None:
    moto = "cq-jiangling"
    shipment = loaded.shipments.get("SH-2026-0007")
    hits = loaded.search(moto, "摩托车")
    assert [h.updated_at for h in hits] == sorted((h.updated_at for h in hits), reverse=True)
    clock.advance(10)
    shipment.reference = "JL-HPH-NEW-REF"
    loaded.shipments.save(shipment, "li")
    assert loaded.search(moto, "摩托车")[0].id == shipment.id
    assert _ids(loaded, moto, "JL-HAN-2612") == []
    assert _ids(loaded, moto, "hph-new") == [("shipment", shipment.id)]
    loaded.shipments.delete(shipment.id, "li")
    assert _ids(loaded, moto, "hph-new") == []
    loaded.restore("shipment", shipment.id, 1, "li")
    assert _ids(loaded, moto, "JL-HAN-2612") == [("shipment", shipment.id)]
    assert loaded.rebuild_search() == 6
    assert _ids(loaded, moto, "JL-HAN-2612") == [("shipment", shipment.id)]


def test_a_save_that_keeps_the_text_moves_the_record_first_without_indexing_it_again(
    loaded: Store, clock: Clock
) -> None:
    """A filing's status from the platform changes no searched text: its document stays where it is in the
    full-text indexes, yet the record comes first as the one saved last, and its words still find it."""
    moto = "cq-jiangling"
    hits = loaded.search(moto, "hanoi")  # all three records: the shipment, its declaration, its booking
    assert len(hits) == 3
    oldest = next(h for h in reversed(hits) if h.kind in ("declaration", "booking"))
    assert hits[0].id != oldest.id
    conn = loaded.connection()
    where = "FROM search_docs WHERE kind = ? AND subject_id = ?"
    before = conn.execute(f"SELECT rowid, text {where}", (oldest.kind, oldest.id)).fetchone()
    repo = loaded.documents(oldest.kind)
    record = repo.get(oldest.id)
    record.status = FilingStatus.RECEIVED  # type: ignore[attr-defined]
    clock.advance(10)
    repo.save(record, "platform")
    after = conn.execute(f"SELECT rowid, text {where}", (oldest.kind, oldest.id)).fetchone()
    assert tuple(after) == tuple(before)  # the same document: not deleted and inserted again
    again = loaded.search(moto, "hanoi")
    assert [h.id for h in again] == [oldest.id, *(h.id for h in hits if h.id != oldest.id)]
    assert again[0].status == "received"
    for word in ("hanoi motorcycle", "ha", oldest.title):  # the trigram index, the scan
        assert oldest.id in {h.id for h in loaded.search(moto, word)}, word
    clock.advance(10)
    newest = loaded.shipments.get("SH-2026-0007")
    newest.reference = "JL-HPH-LATER"  # a change of text: indexed again, and first
    loaded.shipments.save(newest, "li")
    assert [h.id for h in loaded.search(moto, "hanoi")][:2] == [newest.id, oldest.id]
    assert loaded.rebuild_search() == 6  # rebuilt from the records' save times: the same order
    assert [h.id for h in loaded.search(moto, "hanoi")][:2] == [newest.id, oldest.id]


@pytest.mark.parametrize("scan_below", [0, 10**9])
def test_count_and_page(store: Store, clock: Clock, scan_below: int) -> None:
    store.scan_below = scan_below
    company, template = sample(MOTO)
    other = store.companies.upsert(Company(id="other", name_zh="别的公司"))
    store.companies.upsert(company)
    with store.transaction():
        for i in range(30):
            s = template.model_copy(deep=True)
            s.id = f"S{i:02d}"
            s.reference = f"REF-{i:02d}"
            s.contract_no = f"C{(i * 7) % 30:02d}"
            s.company_id = other.id if i % 3 == 0 else company.id
            store.shipments.save(s, "li")
            clock.advance()
    mine = Filters(company_id=company.id)
    assert store.shipments.count() == 30
    assert store.shipments.count(mine) == 20
    assert store.shipments.count(Filters(company_id=other.id)) == 10
    newest = store.shipments.page(0, 5, "-updated_at", mine)
    assert [r.id for r in newest] == ["S29", "S28", "S26", "S25", "S23"]
    assert [r.id for r in store.shipments.page(18, 5, "-updated_at", mine)] == ["S02", "S01"]
    by_ref = store.shipments.page(0, 3, "reference", mine)
    assert [r.reference for r in by_ref] == ["REF-01", "REF-02", "REF-04"]
    assert all(r.company_id == company.id and r.revision == 1 for r in by_ref)
    all_pages = [r.id for off in range(0, 20, 7) for r in store.shipments.page(off, 7, "contract_no", mine)]
    assert len(all_pages) == len(set(all_pages)) == 20
    assert store.shipments.count(Filters(company_id=company.id, text="REF-1")) == 7  # 10 11 13 14 16 17 19
    assert store.shipments.count(Filters(company_id=company.id, text="摩托")) == 20
    assert store.shipments.count(Filters(company_id=company.id, text="ref-1 ha noi")) == 7
    assert store.shipments.count(Filters(ids=["S01", "S03", "nope"])) == 2
    with pytest.raises(ValueError):
        store.shipments.page(0, 10, "data", mine)


def test_page_filings_by_status(loaded: Store) -> None:
    declaration = loaded.declarations.get("SH-2026-0007-D1")
    declaration.status = FilingStatus.REJECTED
    loaded.declarations.save(declaration, "platform")
    assert loaded.declarations.count(Filters(status="rejected")) == 1
    assert loaded.declarations.count(Filters(status=["draft", "rejected"])) == 2
    assert loaded.declarations.count(Filters(status=[])) == 0
    rows = loaded.declarations.page(0, 10, "status", Filters(company_id="cq-jiangling"))
    assert [(r.id, r.status, r.shipment_id) for r in rows] == [("SH-2026-0007-D1", "rejected", "SH-2026-0007")]
    assert loaded.bookings.count(Filters(shipment_id="SH-2026-0102")) == 1
    with pytest.raises(ValueError):
        loaded.shipments.count(Filters(status="draft"))
