"""Companies, parties and products saved on two seats: the second save over the version it opened is refused
with nothing written, both versions are compared field by field, keeping mine saves it over theirs (audited)."""

from __future__ import annotations

import threading

import pytest

from desktop.core.model.master import Company, Party, Product
from desktop.core.services import conflicts, master_data
from desktop.core.store import Store
from desktop.core.store.errors import ConflictError


def _two_seats(store: Store) -> Store:
    store.companies.upsert(Company(id="c1", name_zh="重庆江陵", name_en="Jiangling"), "wang")
    return store.open_again()


def test_a_party_saved_on_another_seat_meanwhile_is_never_overwritten(store: Store) -> None:
    other = _two_seats(store)
    try:
        master_data.save_party(store, "c1", Party(id="p1", name="Hanoi Motor", city="Hanoi"), "wang")
        mine = store.parties("c1").get("p1")
        loaded = mine.model_copy(deep=True)
        their_loaded = other.parties("c1").get("p1")
        theirs = their_loaded.model_copy(update={"city": "Hai Phong", "phone": "+84 225 1234"})
        master_data.save_party(other, "c1", theirs, "li", expected=their_loaded)  # theirs first
        mine.city = "Ha Noi"
        mine.email = "ops@hanoimotor.vn"
        with pytest.raises(ConflictError) as refused:
            master_data.save_party(store, "c1", mine, "wang", expected=loaded)
        assert refused.value.code == "store.changed_elsewhere"
        assert store.parties("c1").get("p1").city == "Hai Phong"  # nothing written

        found = conflicts.compare_master(store, "party", "c1", mine, loaded)
        sides = {c.path: (c.side, c.loaded, c.mine, c.theirs) for c in found.changes}
        assert sides == {
            "city": ("both", "Hanoi", "Ha Noi", "Hai Phong"),
            "phone": ("theirs", "", "", "+84 225 1234"),
            "email": ("mine", "", "ops@hanoimotor.vn", ""),
        }
        assert found.their_author == "li" and found.both_changed[0].path == "city"

        master_data.save_party(store, "c1", mine, "wang", expected=found.theirs, action="keep_mine")
        kept = other.parties("c1").get("p1")
        assert (kept.city, kept.email) == ("Ha Noi", "ops@hanoimotor.vn")
        assert store.audit_log(kind="party", subject_id="p1", limit=1)[0].action == "keep_mine"
    finally:
        other.close()


def test_products_and_companies_are_checked_the_same_way(store: Store) -> None:
    other = _two_seats(store)
    try:
        master_data.save_product(store, "c1", Product(id="m1", name_zh="摩托车", commodity_code="8711200010"), "wang")
        loaded = store.products("c1").get("m1")
        theirs = other.products("c1").get("m1")
        theirs.name_en = "Motorcycle"
        master_data.save_product(other, "c1", theirs, "li", expected=loaded)
        mine = loaded.model_copy(update={"declaration_elements": "0|0|品牌:JL"})
        with pytest.raises(ConflictError):
            master_data.save_product(store, "c1", mine, "wang", expected=loaded)
        found = conflicts.compare_master(store, "product", "c1", mine, loaded)
        assert {c.path: c.side for c in found.changes} == {"name_en": "theirs", "declaration_elements": "mine"}

        company = store.companies.get("c1")
        changed = other.companies.get("c1")
        changed.name_en = "Chongqing Jiangling"
        master_data.save_company(other, changed, "li", expected=company)
        company.customs_code = "5001234567"
        with pytest.raises(ConflictError):
            master_data.save_company(store, company, "wang", expected=store.companies.get("c1").model_copy(
                update={"name_en": "Jiangling"}))
        # the version opened is the stored one: saved
        master_data.save_company(store, company.model_copy(update={"name_en": "Chongqing Jiangling"}), "wang",
                                 expected=store.companies.get("c1"))
        assert other.companies.get("c1").customs_code == "5001234567"
    finally:
        other.close()


def test_a_record_deleted_meanwhile_is_saved_again_and_a_new_one_needs_no_version(store: Store) -> None:
    other = _two_seats(store)
    try:
        master_data.save_party(store, "c1", Party(id="p2", name="Bangkok Tile"), "wang")
        loaded = store.parties("c1").get("p2")
        other.parties("c1").delete("p2", "li")
        master_data.save_party(store, "c1", loaded.model_copy(update={"city": "Bangkok"}), "wang", expected=loaded)
        assert other.parties("c1").get("p2").city == "Bangkok"
    finally:
        other.close()


def test_two_seats_saving_over_the_same_version_at_once_one_wins(store: Store) -> None:
    other = _two_seats(store)
    try:
        master_data.save_party(store, "c1", Party(id="p3", name="Vientiane Trading"), "wang")
        loaded = store.parties("c1").get("p3")
        start = threading.Barrier(2)
        outcome: dict[str, str] = {}

        def save(seat: Store, who: str) -> None:
            start.wait()
            try:
                master_data.save_party(seat, "c1", loaded.model_copy(update={"city": who}), who, expected=loaded)
                outcome[who] = "saved"
            except ConflictError:
                outcome[who] = "conflict"

        threads = [threading.Thread(target=save, args=(s, w)) for s, w in ((store, "wang"), (other, "li"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(outcome.values()) == ["conflict", "saved"]
        winner = next(w for w, o in outcome.items() if o == "saved")
        assert store.parties("c1").get("p3").city == winner
    finally:
        other.close()
