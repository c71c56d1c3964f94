"""Store API: master data per company, drafts with revisions and restore, audit entries, settings, threads."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.messages import all_messages
from desktop.core.model import Company, FilingStatus, Party, PartyRole, Product, Shipment
from desktop.core.store import ConflictError, NotFoundError, Store, StoreError
from tests.core.store.conftest import CERAMICS, MOTO, Clock, filings, sample, sqlite_only


def _companies(store: Store) -> tuple[Company, Company]:
    a = store.companies.upsert(Company(name_zh="重庆江陵摩托车配件有限公司", uscc="91500112MA60ABCD0D"), "li")
    b = store.companies.upsert(Company(name_zh="成都天府陶瓷有限公司", customs_code="5101960001"), "li")
    return a, b


def test_companies(store: Store) -> None:
    a, b = _companies(store)
    assert len(a.id) == 32 and a.id != b.id
    assert [c.id for c in store.companies.list()] == [b.id, a.id]  # sorted by Chinese name (code point)
    a.name_en = "Chongqing Jiangling"
    store.companies.upsert(a, "wang")
    assert store.companies.get(a.id).name_en == "Chongqing Jiangling"
    assert store.companies.by_uscc("91500112MA60ABCD0D") == store.companies.get(a.id)
    assert store.companies.by_customs_code("5101960001") == b
    assert store.companies.find("nope") is None
    with pytest.raises(NotFoundError):
        store.companies.get("nope")
    store.parties(b.id).upsert(Party(name="Tan Ceramics Pte Ltd"))
    store.companies.delete(b.id, "li")
    assert [c.id for c in store.companies.list()] == [a.id]
    assert store.parties(b.id).list() == []  # its master data went with it


def test_company_with_filings_cannot_be_deleted(store: Store) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    with pytest.raises(StoreError) as info:
        store.companies.delete(company.id)
    assert info.value.code == "store.company_in_use"
    store.shipments.delete(shipment.id, "li")
    store.companies.delete(company.id)


def test_parties_and_products_are_per_company(store: Store) -> None:
    a, b = _companies(store)
    pa = store.parties(a.id)
    consignee = pa.upsert(
        Party(
            role=PartyRole.CONSIGNEE,
            name="Hanoi Motorcycle Assembly JSC",
            name_local="Công ty Cổ phần Lắp ráp Xe máy Hà Nội",
            country="VNM",
        )
    )
    pa.upsert(Party(role=PartyRole.NOTIFY, name="Vinalink Logistics", country="VNM"))
    store.parties(b.id).upsert(Party(name="Tan Ceramics Pte Ltd", country="SGP"))
    assert [p.name for p in pa.list()] == ["Hanoi Motorcycle Assembly JSC", "Vinalink Logistics"]
    assert [p.name for p in pa.list(role="notify")] == ["Vinalink Logistics"]
    assert [p.name for p in store.parties(b.id).list()] == ["Tan Ceramics Pte Ltd"]
    assert [p.id for p in pa.suggest("lap rap")] == [consignee.id]  # Vietnamese without diacritics
    assert [p.id for p in pa.suggest("Lắp ráp")] == [consignee.id]
    assert pa.suggest("Tan Ceramics") == []  # other company's party
    assert store.parties(b.id).find(consignee.id) is None
    with pytest.raises(StoreError) as info:  # one company cannot take over another's record
        store.parties(b.id).upsert(consignee)
    assert info.value.code == "store.company_mismatch"

    products = store.products(a.id)
    engine = products.upsert(
        Product(
            name_zh="摩托车发动机",
            name_en="Motorcycle engine",
            commodity_code="8407320000",
            unit_price=Decimal("168.50"),
        )
    )
    chain = products.upsert(Product(name_zh="摩托车链条", name_en="Motorcycle chain", commodity_code="7315119000"))
    store.products(b.id).upsert(Product(name_zh="瓷质抛光地砖", commodity_code="6907220000"))
    assert products.get(engine.id).unit_price == Decimal("168.50")
    assert [p.id for p in products.suggest("8407")] == [engine.id]
    assert [p.id for p in products.suggest("摩托")] == [engine.id, chain.id]
    assert [p.id for p in products.suggest("链")] == [chain.id]
    assert [p.id for p in products.suggest("CHAIN")] == [chain.id]
    assert products.suggest("地砖") == []
    assert [p.id for p in products.by_commodity_code("7315119000")] == [chain.id]
    assert len(products.suggest("", limit=1)) == 1
    products.delete(chain.id)
    assert [p.id for p in products.list()] == [engine.id]
    with pytest.raises(NotFoundError):
        store.products(b.id).delete(engine.id)


def test_save_get_and_revisions(store: Store, clock: Clock) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    shipment.id = ""
    first = store.shipments.save(shipment, "li")
    assert shipment.id and first.revision == 1 and first.author == "li"
    clock.advance(60)
    shipment.remarks = "second"
    second = store.shipments.save(shipment, "wang", expected_revision=1)
    assert second.revision == 2 and second.created_at > first.created_at
    assert store.shipments.get(shipment.id).remarks == "second"
    assert store.shipments.revision_of(shipment.id) == 2
    with pytest.raises(ConflictError) as info:
        store.shipments.save(shipment, "zhao", expected_revision=1)
    assert info.value.params == {"kind": "shipment", "id": shipment.id, "expected": 1, "actual": 2}
    revisions = store.revisions("shipment", shipment.id)
    assert [(r.revision, r.author) for r in revisions] == [(1, "li"), (2, "wang")]
    old = store.load_revision("shipment", shipment.id, 1)
    assert isinstance(old, Shipment) and old.remarks == ""


def test_restore_makes_a_new_revision(store: Store) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    original = shipment.model_copy(deep=True)
    shipment.goods = shipment.goods[:1]
    shipment.contract_no = "CHANGED"
    store.shipments.save(shipment, "li")
    restored = store.restore("shipment", shipment.id, 1, "wang")
    assert restored.revision == 3 and restored.note == "restored from revision 1"
    assert store.shipments.get(shipment.id) == original
    # after a delete every revision is still there and restorable
    store.shipments.delete(shipment.id, "li")
    assert store.shipments.find(shipment.id) is None
    assert len(store.revisions("shipment", shipment.id)) == 3
    assert store.restore("shipment", shipment.id, 2, "li").revision == 4
    assert store.shipments.get(shipment.id).contract_no == "CHANGED"
    with pytest.raises(NotFoundError) as info:
        store.restore("shipment", shipment.id, 99, "li")
    assert info.value.code == "store.revision_not_found"


def test_unknown_or_other_company_is_refused(store: Store) -> None:
    company, shipment = sample(MOTO)
    with pytest.raises(StoreError) as info:
        store.shipments.save(shipment, "li")
    assert info.value.code == "store.unknown_company"
    store.companies.upsert(company)
    other = store.companies.upsert(Company(name_zh="别的公司"))
    store.shipments.save(shipment, "li")
    moved = shipment.model_copy(update={"company_id": other.id})
    with pytest.raises(StoreError) as info:
        store.shipments.save(moved, "li")
    assert info.value.code == "store.company_mismatch"
    assert store.shipments.revision_of(shipment.id) == 1


def test_filings_by_shipment_status_and_sequence(store: Store) -> None:
    company, shipment = sample(CERAMICS)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    declarations, booking = filings(company, shipment)
    declaration = declarations[0]
    store.declarations.save(declaration, "li")
    store.bookings.save(booking, "li")
    assert [d.id for d in store.declarations.by_shipment(shipment.id)] == [declaration.id]
    assert [b.id for b in store.bookings.by_shipment(shipment.id)] == [booking.id]
    assert [d.id for d in store.declarations.editable_by_shipment(shipment.id)] == [declaration.id]
    assert [d.id for d in store.declarations.by_status("draft", company.id)] == [declaration.id]

    declaration.status = FilingStatus.QUEUED
    declaration.client_seq_no = "CD0000000000001"
    store.declarations.save(declaration, "outbox")
    assert store.declarations.editable_by_shipment(shipment.id) == []
    assert store.declarations.by_status(["draft"]) == []
    assert [d.id for d in store.declarations.by_status(["queued", "received"])] == [declaration.id]
    found = store.declarations.by_client_seq_no("CD0000000000001", company.id)
    assert found is not None and found.status == FilingStatus.QUEUED
    assert store.declarations.by_client_seq_no("CD0000000000001", "other") is None
    row = store.declarations.row(declaration.id)
    assert row is not None and row.status == "queued" and row.revision == 2


def test_audit_entries(store: Store) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company, "admin")
    store.shipments.save(shipment, "li")
    store.shipments.save(shipment, "wang")
    store.restore("shipment", shipment.id, 1, "zhao")
    store.shipments.delete(shipment.id, "li")
    entry_id = store.audit(
        "li",
        "submit",
        kind="declaration",
        subject_id="D1",
        company_id=company.id,
        details={"client_seq_no": "X1", "note": "首次申报"},
    )
    trail = store.audit_log(kind="shipment", subject_id=shipment.id)
    assert [(e.actor, e.action, e.details.get("revision")) for e in trail] == [
        ("li", "delete", 3),
        ("zhao", "restore", 3),
        ("wang", "save", 2),
        ("li", "create", 1),
    ]
    assert all(e.company_id == company.id and e.at.endswith("Z") for e in trail)
    latest = store.audit_log(company_id=company.id, limit=1)[0]
    assert latest.id == entry_id and latest.details == {"client_seq_no": "X1", "note": "首次申报"}
    assert store.audit_log(action="create", kind="company")[0].actor == "admin"
    older = store.audit_log(before_id=trail[1].id, kind="shipment")
    assert [e.action for e in older] == ["save", "create"]


def test_transaction_is_atomic_and_durable_mode_resets(store: Store) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    with pytest.raises(RuntimeError), store.transaction():
        store.shipments.save(shipment, "li")
        raise RuntimeError("abort")
    assert store.shipments.find(shipment.id) is None
    assert store.audit_log(kind="shipment") == []
    if store.engine != "sqlite":  # every PostgreSQL commit is durable; there is no mode to reset
        with store.transaction(durable=True):
            store.shipments.save(shipment, "outbox")
        assert store.shipments.revision_of(shipment.id) == 1
        return
    conn = store.connection()
    with store.transaction(durable=True):
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        store.shipments.save(shipment, "outbox")
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # back to NORMAL
    assert store.shipments.revision_of(shipment.id) == 1


def test_settings(store: Store) -> None:
    assert store.settings.get("platform.url", "http://127.0.0.1") == "http://127.0.0.1"
    store.settings.set("platform.url", "https://example.invalid")
    store.settings.set("defaults", {"currency": "USD", "names": ["海防"]})
    assert store.settings.all() == {
        "defaults": {"currency": "USD", "names": ["海防"]},
        "platform.url": "https://example.invalid",
    }
    store.settings.delete("platform.url")
    assert store.settings.get("platform.url") is None


def test_closed_store_refuses_work(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError) as info:
        store.companies.list()
    assert info.value.code == "store.closed"


def test_two_threads_share_a_store(store: Store) -> None:
    company, template = sample(MOTO)
    store.companies.upsert(company)
    shared = template.model_copy(deep=True)
    shared.id = "shared"
    errors: list[BaseException] = []
    barrier = threading.Barrier(2)

    def work(tag: str) -> None:
        try:
            barrier.wait()
            for i in range(25):
                own = template.model_copy(deep=True)
                own.id = f"{tag}-{i}"
                own.reference = f"{tag}-{i}"
                store.shipments.save(own, tag)
                store.shipments.save(shared.model_copy(deep=True), tag)
                store.search(company.id, "摩托车")
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(tag,)) for tag in ("gui", "outbox")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not errors
    assert store.shipments.count() == 51
    revisions = store.revisions("shipment", "shared")
    assert [r.revision for r in revisions] == list(range(1, 51))
    assert {r.author for r in revisions} == {"gui", "outbox"}


def test_every_store_error_code_has_a_message() -> None:
    import re
    from pathlib import Path

    import desktop.core.store as package

    source = "\n".join(p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py"))
    codes = set(re.findall(r'"(store\.[a-z_]+)"', source))
    assert codes and codes <= set(all_messages())


def test_connections_of_finished_threads_are_closed(store: Store) -> None:
    store.companies.list()
    for _ in range(6):
        worker = threading.Thread(target=store.companies.list)
        worker.start()
        worker.join()
    assert store._db.open_connections() <= 2  # this thread's and the last worker's (closed on the next one)


def test_durable_block_inside_an_ordinary_transaction_reaches_the_database_file(store: Store) -> None:
    sqlite_only(store)
    main_file = store.path
    big = "x" * 200_000

    def grows(durable: bool) -> bool:
        before = main_file.stat().st_size
        with store.transaction(), store.transaction(durable=durable):
            store.settings.set(f"blob-{durable}", big)
        return main_file.stat().st_size > before

    assert not grows(False)  # committed to the WAL only
    assert grows(True)  # the WAL was checkpointed into the database after the commit


def test_diff_between_revisions(store: Store) -> None:
    company, shipment = sample(MOTO)
    store.companies.upsert(company)
    store.shipments.save(shipment, "li")
    first_quantity = shipment.goods[0].quantity
    shipment.goods[0].quantity = Decimal("999")
    shipment.contract_no = "NEW-CONTRACT"
    removed = shipment.goods.pop()
    store.shipments.save(shipment, "li")
    changes = {c.path: (c.before, c.after) for c in store.diff_revisions("shipment", shipment.id, 1, 2)}
    assert changes["contract_no"] == (sample(MOTO)[1].contract_no, "NEW-CONTRACT")
    assert changes["goods.0.quantity"] == (str(first_quantity), "999")
    last = len(shipment.goods)
    assert changes[f"goods.{last}.name_zh"] == (removed.name_zh, None)
    assert not any(path.startswith("consignee") for path in changes)
    assert store.diff_revisions("shipment", shipment.id, 2, 2) == []


def test_integrity_check(store: Store, tmp_path: Path) -> None:
    sqlite_only(store)
    company, template = sample(MOTO)
    store.companies.upsert(company)
    with store.transaction():
        for i in range(40):
            store.shipments.save(template.model_copy(update={"id": f"S{i}"}), "li")
    assert store.integrity_check() == []
    assert store.integrity_check(quick=False) == []
    copy = store.backup(tmp_path)
    raw = bytearray(copy.read_bytes())
    page = 8192
    assert len(raw) > 20 * page
    raw[10 * page : 12 * page] = bytes(range(256)) * (2 * page // 256)  # two pages of garbage
    copy.write_bytes(bytes(raw))
    with Store.open(copy) as damaged:
        assert damaged.integrity_check(quick=False) != []
