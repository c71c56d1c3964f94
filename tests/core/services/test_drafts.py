"""Draft services over a real workspace store: validation, derivation, saving with refresh, edits, files."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.core.errors import CoreError
from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.exchange import ExchangeDocument, ExchangeError, Kind
from desktop.core.model.filing import FilingStatus
from desktop.core.model.master import Company, CompanyRole, Party, PartyRole, Product
from desktop.core.model.shipment import Shipment
from desktop.core.services import drafts
from desktop.core.services.drafts import DraftsError, field_spec_at
from desktop.core.services.messages import MESSAGES
from desktop.core.store import Store, StoreError
from tests.cli.expectations import AS_OF, RULE_ERRORS, UNREADABLE, VALID
from tests.conftest import SAMPLES

AUTHOR = "li.wei"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    with Store.open(data_dir / "workspace.sqlite3") as s:
        yield s


def sample(name: str) -> ExchangeDocument:
    return exchange.read(SAMPLES / name)


def load(store: Store, name: str) -> Shipment:
    """Put a sample shipment's company (and agent) into the store and return the shipment, not yet saved."""
    doc = sample(name)
    assert doc.shipment is not None and doc.company is not None
    store.companies.upsert(doc.company, AUTHOR)
    if doc.agent is not None:
        store.companies.upsert(doc.agent, AUTHOR)
    return doc.shipment


# --------------------------------------------------------------------------- validation


@pytest.mark.parametrize("name", VALID)
def test_valid_samples_have_no_errors(name: str) -> None:
    report = drafts.validate_file(SAMPLES / name, today=AS_OF)
    assert [(p.rule_id, p.document, p.field_path) for p in report.errors] == []
    assert report.valid


@pytest.mark.parametrize("name", sorted(RULE_ERRORS))
def test_invalid_samples_report_their_rule_and_field(name: str) -> None:
    report = drafts.validate_file(SAMPLES / name, today=AS_OF)
    assert not report.valid
    found = {(p.rule_id, p.document, p.field_path) for p in report.errors}
    for expected in RULE_ERRORS[name]:
        assert expected in found
    for problem in report.problems:
        assert problem.message("en")  # every problem has a message ...
        assert problem.rule_id in problem.to_json("en")["rule_id"]


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_samples_raise_exchange_errors_naming_file_and_field(name: str) -> None:
    code, _ = UNREADABLE[name]
    with pytest.raises(ExchangeError) as caught:
        drafts.validate_file(SAMPLES / name)
    assert caught.value.code == code
    assert caught.value.params["file"].endswith(name)
    if code == "exchange.invalid_value":
        assert caught.value.params["field"]


def test_a_shipment_is_checked_with_its_declarations_and_booking() -> None:
    report = drafts.validate_file(SAMPLES / "invalid-waterway-without-vessel.json", today=AS_OF)
    assert {p.document for p in report.errors} == {"declaration"}
    assert len(report.declarations) == 1 and report.booking is not None
    problem = report.errors[0]
    assert problem.label_source == "Means of transport" and problem.label("en") == "Means of transport"
    data = report.to_json("en")
    assert data["valid"] is False and data["errors"] == len(report.errors)
    assert data["problems"][0]["path"] == problem.field_path and data["problems"][0]["field"]


def test_facts_reported_on_the_shipment_are_not_repeated_for_derived_drafts() -> None:
    report = drafts.validate_file(SAMPLES / "invalid-bad-container-check-digit.json", today=AS_OF)
    assert [(p.document, p.rule_id) for p in report.errors] == [("shipment", "container.check_digit")]


def test_split_shipment_problems_name_the_declaration_part() -> None:
    doc = sample("cd-tianfu-ceramics-63-lines-two-declarations.json")
    assert doc.shipment is not None
    doc.shipment.route.vessel = ""
    report = drafts.validate_document(doc, today=AS_OF)
    parts = sorted(
        {(p.part, p.parts) for p in report.errors if p.rule_id == "decl.waterway_transport_details"}
    )
    assert parts == [(1, 2), (2, 2)]
    assert {p.where() for p in report.errors} >= {"declaration 1/2", "declaration 2/2"}


def test_departure_in_the_past_is_checked_against_the_given_day() -> None:
    name = "booking-km-yunling-produce-reefer.json"
    assert drafts.validate_file(SAMPLES / name, today=AS_OF).valid
    late = drafts.validate_file(SAMPLES / name, today=AS_OF.replace(year=2027))
    assert "booking.departure_past" in {p.rule_id for p in late.errors}


def test_a_shipment_without_company_still_validates_and_reports_the_shipper() -> None:
    doc = sample("motorcycle-parts-chongqing-haiphong.json")
    bare = ExchangeDocument(kind=Kind.SHIPMENT, shipment=doc.shipment)
    report = drafts.validate_document(bare, today=AS_OF)
    assert ("declaration", "trade_co_scc") in {(p.document, p.field_path) for p in report.errors}


@pytest.mark.parametrize(
    ("model", "path", "label"),
    [
        (ExportDeclaration, "items.3.g_model", "Specification and model"),
        (ExportDeclaration, "containers.0.number", "Container number"),
        (ExportDeclaration, "trade_co_scc", "Domestic shipper USCC"),
        (Shipment, "route.vessel", "Vessel"),
        (Shipment, "goods.12.commodity_code", "Commodity code"),
        (Shipment, "notify_party.name", "Name"),
        (RailSeaBooking, "equipment.0.commodities.1.hs_code", "HS code"),
        (RailSeaBooking, "equipment.0.container_numbers.0", "Container numbers"),
    ],
)
def test_field_spec_at_follows_the_path(model: type, path: str, label: str) -> None:
    spec = field_spec_at(model, path)
    assert spec is not None and spec.label == label


def test_field_spec_at_unknown_paths() -> None:
    assert field_spec_at(Shipment, "nope") is None
    assert field_spec_at(Shipment, "route.vessel.more") is None
    assert field_spec_at(Shipment, "") is None


def test_derive_needs_a_shipment() -> None:
    with pytest.raises(DraftsError) as caught:
        drafts.derive(sample("booking-km-yunling-produce-reefer.json"))
    assert caught.value.code == "drafts.not_a_shipment"
    derived = drafts.derive(sample("cd-tianfu-ceramics-63-lines-two-declarations.json"), today=AS_OF)
    assert [len(d.items) for d in derived.declarations] == [50, 13]
    assert all(d.d_date == AS_OF for d in derived.declarations)
    # two containers with different goods: two requested equipments (DCSA: one commodity mix per line)
    assert [e.units for e in derived.booking.equipment] == [1, 1]


# --------------------------------------------------------------------------- saving a shipment


def test_save_shipment_creates_its_drafts(store: Store) -> None:
    shipment = load(store, "cd-tianfu-ceramics-63-lines-two-declarations.json")
    result = drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    assert result.revision == 1
    assert [d.id for d in result.declarations] == ["SH-2026-0150-D1", "SH-2026-0150-D2"]
    assert result.booking is not None and result.booking.id == "SH-2026-0150-B"
    assert sorted(result.updated) == ["SH-2026-0150-B", "SH-2026-0150-D1", "SH-2026-0150-D2"]
    stored = store.declarations.by_shipment(shipment.id)
    assert [(d.part, d.parts, len(d.items)) for d in stored] == [(1, 2, 50), (2, 2, 13)]
    assert [e.units for e in store.bookings.get("SH-2026-0150-B").equipment] == [1, 1]


def test_saving_an_unchanged_shipment_writes_nothing(store: Store) -> None:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    again = drafts.save_shipment(store, shipment.model_copy(deep=True), AUTHOR, today=AS_OF)
    assert again.revision == 1 and again.updated == []
    assert len(store.revisions("shipment", shipment.id)) == 1
    assert len(store.revisions("declaration", "SH-2026-0001-D1")) == 1


def test_changing_the_shipment_refreshes_drafts_and_keeps_user_values(store: Store) -> None:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    decl = store.declarations.get("SH-2026-0001-D1")
    drafts.edit_declaration(store, decl, "note_s", "随附原产地证明", AUTHOR)
    booking = store.bookings.get("SH-2026-0001-B")
    drafts.edit_booking(store, booking, "remarks", "Please load on the 10 Dec train", AUTHOR)

    changed = store.shipments.get(shipment.id)
    changed.remarks = "shipment remark"
    changed.route.vessel = "XIN QIN ZHOU"
    changed.goods[1].quantity = Decimal(2500)
    changed.goods[1].total = Decimal("17000.00")
    result = drafts.save_shipment(store, changed, AUTHOR, today=AS_OF)
    assert result.revision == 2 and sorted(result.updated) == ["SH-2026-0001-B", "SH-2026-0001-D1"]

    decl = store.declarations.get("SH-2026-0001-D1")
    assert decl.note_s == "随附原产地证明" and decl.overrides == ["note_s"]
    assert decl.traf_name == "XIN QIN ZHOU" and decl.declared_total == Decimal("39200.00")
    booking = store.bookings.get("SH-2026-0001-B")
    assert booking.remarks == "Please load on the 10 Dec train" and booking.vessel_name == "XIN QIN ZHOU"
    assert [r.note for r in store.revisions("declaration", decl.id)] == [
        "derived from shipment",
        "edited note_s",
        "refreshed from shipment",
    ]


def test_submitted_drafts_are_not_refreshed(store: Store) -> None:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    decl = store.declarations.get("SH-2026-0001-D1")
    decl.status = FilingStatus.RECEIVED
    decl.client_seq_no = "CQ-000001"
    store.declarations.save(decl, AUTHOR)
    changed = shipment.model_copy(update={"contract_no": "JL2026-VN-999"})
    result = drafts.save_shipment(store, changed, AUTHOR, today=AS_OF)
    assert result.kept == ["SH-2026-0001-D1"]
    assert store.declarations.get(decl.id).contr_no == "JL2026-VN-118"
    assert result.booking is not None and result.booking.export_declaration_reference == "CQ-000001"


def test_a_rejected_draft_is_refreshed(store: Store) -> None:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    decl = store.declarations.get("SH-2026-0001-D1")
    decl.status = FilingStatus.REJECTED
    store.declarations.save(decl, AUTHOR)
    drafts.save_shipment(
        store, shipment.model_copy(update={"contract_no": "JL2026-VN-120"}), AUTHOR, today=AS_OF
    )
    refreshed = store.declarations.get(decl.id)
    assert refreshed.contr_no == "JL2026-VN-120" and refreshed.status == FilingStatus.REJECTED


def test_fewer_parts_remove_editable_drafts_but_keep_submitted_ones(store: Store) -> None:
    shipment = load(store, "cd-tianfu-ceramics-63-lines-two-declarations.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    shorter = shipment.model_copy(update={"goods": shipment.goods[:40]})
    result = drafts.save_shipment(store, shorter, AUTHOR, today=AS_OF)
    assert result.removed == ["SH-2026-0150-D2"]
    assert [d.id for d in store.declarations.by_shipment(shipment.id)] == ["SH-2026-0150-D1"]
    assert store.declarations.get("SH-2026-0150-D1").parts == 1
    # a submitted part stays even when the shipment no longer needs it
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    part2 = store.declarations.get("SH-2026-0150-D2")
    part2.status = FilingStatus.ACCEPTED
    store.declarations.save(part2, AUTHOR)
    result = drafts.save_shipment(store, shorter, AUTHOR, today=AS_OF)
    assert "SH-2026-0150-D2" in result.kept and store.declarations.exists("SH-2026-0150-D2")


def test_forwarder_workspace_names_itself_as_declaring_agent(store: Store) -> None:
    shipment = load(store, "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json")
    agent = drafts.declaring_agent(store, "nn-lvyuan-trading")
    assert agent is not None and agent.id == "gx-beibu-logistics"
    assert drafts.declaring_agent(store, "gx-beibu-logistics") is None
    result = drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    assert result.declarations[0].agent_code_scc == "91450700MA5K12340M"


def test_save_shipment_needs_a_known_company(store: Store) -> None:
    shipment = sample("motorcycle-parts-chongqing-haiphong.json").shipment
    assert shipment is not None
    with pytest.raises(StoreError) as caught:
        drafts.save_shipment(store, shipment, AUTHOR)
    assert caught.value.code == "store.unknown_company"
    assert not store.shipments.exists(shipment.id)  # nothing half-saved
    with pytest.raises(DraftsError) as missing:
        drafts.save_shipment(store, shipment.model_copy(update={"company_id": ""}), AUTHOR)
    assert missing.value.code == "drafts.company_missing"


def test_stale_shipment_edit_is_refused(store: Store) -> None:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR)
    drafts.save_shipment(store, shipment.model_copy(update={"remarks": "a"}), AUTHOR, expected_revision=1)
    with pytest.raises(StoreError) as caught:
        drafts.save_shipment(store, shipment.model_copy(update={"remarks": "b"}), AUTHOR, expected_revision=1)
    assert caught.value.code == "store.conflict"


# --------------------------------------------------------------------------- editing derived drafts


@pytest.fixture
def saved(store: Store) -> ExportDeclaration:
    shipment = load(store, "motorcycle-parts-chongqing-haiphong.json")
    drafts.save_shipment(store, shipment, AUTHOR, today=AS_OF)
    return store.declarations.get("SH-2026-0001-D1")


def test_edit_declaration_item_records_the_path(store: Store, saved: ExportDeclaration) -> None:
    edited = drafts.edit_declaration(
        store, saved, "items.1.g_model", "摩托车用|刹车盘|JL牌|BD220|无品牌", AUTHOR, expected_revision=1
    )
    assert edited.overrides == ["items.1.g_model"]
    again = drafts.edit_declaration(store, edited, "items.1.g_model", "x", AUTHOR)
    assert again.overrides == ["items.1.g_model"]  # recorded once
    assert store.declarations.get(saved.id).items[1].g_model == "x"


def test_edit_declaration_validates_the_value(store: Store, saved: ExportDeclaration) -> None:
    edited = drafts.edit_declaration(store, saved, "gross_wt", "6600.5", AUTHOR)
    assert edited.gross_wt == Decimal("6600.5")
    with pytest.raises(DraftsError) as caught:
        drafts.edit_declaration(store, saved, "pack_no", "many", AUTHOR)
    assert caught.value.code == "drafts.invalid_value" and caught.value.params["field"] == "pack_no"


@pytest.mark.parametrize(
    ("path", "code"),
    [
        ("no_such_box", "drafts.no_such_field"),
        ("items.9.g_model", "drafts.no_such_field"),
        ("status", "drafts.field_not_editable"),
        ("overrides", "drafts.field_not_editable"),
        ("shipment_id", "drafts.field_not_editable"),
        ("", "drafts.field_not_editable"),
    ],
)
def test_edit_declaration_refuses_bad_paths(
    store: Store, saved: ExportDeclaration, path: str, code: str
) -> None:
    with pytest.raises(DraftsError) as caught:
        drafts.edit_declaration(store, saved, path, "x", AUTHOR)
    assert caught.value.code == code
    assert store.declarations.revision_of(saved.id) == 1


def test_submitted_declaration_cannot_be_edited(store: Store, saved: ExportDeclaration) -> None:
    saved.status = FilingStatus.RELEASED
    with pytest.raises(DraftsError) as caught:
        drafts.edit_declaration(store, saved, "note_s", "x", AUTHOR)
    assert caught.value.code == "drafts.not_editable" and caught.value.params["status"] == "released"


def test_edit_with_a_stale_revision_is_refused(store: Store, saved: ExportDeclaration) -> None:
    drafts.edit_declaration(store, saved, "note_s", "first", AUTHOR, expected_revision=1)
    with pytest.raises(StoreError) as caught:
        drafts.edit_declaration(store, saved, "note_s", "second", AUTHOR, expected_revision=1)
    assert caught.value.code == "store.conflict"


def test_reset_override_takes_the_shipment_value_again(store: Store, saved: ExportDeclaration) -> None:
    edited = drafts.edit_declaration(store, saved, "mark_no", "N/M", AUTHOR)
    reset = drafts.reset_override(store, edited, "mark_no", AUTHOR, today=AS_OF)
    assert reset.overrides == [] and reset.mark_no.startswith("JL/HPH")
    booking = drafts.edit_booking(store, store.bookings.get("SH-2026-0001-B"), "vessel_name", "OTHER", AUTHOR)
    assert drafts.reset_override(store, booking, "vessel_name", AUTHOR).vessel_name == "BEIBU GULF PIONEER"


# --------------------------------------------------------------------------- import / export


def test_import_shipment_brings_company_agent_and_drafts(store: Store) -> None:
    result = drafts.import_file(
        store, SAMPLES / "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json", author=AUTHOR, today=AS_OF
    )
    assert (result.kind, result.id) == ("shipment", "SH-2026-0330")
    assert result.companies == ["nn-lvyuan-trading", "gx-beibu-logistics"]
    assert store.companies.get("gx-beibu-logistics").role == CompanyRole.AGENT
    assert result.derived is not None and result.derived.declarations[0].agent_name.startswith("广西北部湾")
    assert store.declarations.exists("SH-2026-0330-D1") and store.bookings.exists("SH-2026-0330-B")


def test_import_keeps_a_company_the_workspace_already_has(store: Store) -> None:
    store.companies.upsert(
        Company(
            id="cq-jiangling",
            uscc="91500112MA60ABCD0D",
            customs_code="5001961234",
            name_zh="重庆江陵（本地修改）",
            customs_district="8000",
        ),
        AUTHOR,
    )
    result = drafts.import_file(store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author=AUTHOR)
    assert result.companies == []
    assert store.companies.get("cq-jiangling").name_zh == "重庆江陵（本地修改）"
    assert store.declarations.get("SH-2026-0001-D1").trade_name == "重庆江陵（本地修改）"


def test_import_declaration_and_booking_need_their_company(store: Store) -> None:
    with pytest.raises(StoreError) as caught:
        drafts.import_file(store, SAMPLES / "booking-km-yunling-produce-reefer.json", author=AUTHOR)
    assert caught.value.code == "store.unknown_company"
    drafts.import_file(store, SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json", author=AUTHOR)
    result = drafts.import_file(store, SAMPLES / "booking-km-yunling-produce-reefer.json", author=AUTHOR)
    assert result.kind == "booking" and store.bookings.get(result.id).equipment[0].iso_code == "45R1"
    store.companies.upsert(sample("cd-tianfu-ceramics-chengdu-singapore.json").company or Company(), AUTHOR)
    result = drafts.import_file(
        store, SAMPLES / "declaration-cd-tianfu-ceramics-singapore.json", author=AUTHOR
    )
    assert result.kind == "declaration" and store.declarations.get(result.id).trade_code == "5101961122"


def test_import_unreadable_file_changes_nothing(store: Store) -> None:
    with pytest.raises(ExchangeError):
        drafts.import_file(store, SAMPLES / "invalid-wrong-types.json", author=AUTHOR)
    with pytest.raises(ExchangeError) as caught:
        drafts.import_file(store, SAMPLES / "does-not-exist.json", author=AUTHOR)
    assert caught.value.code == "exchange.file_not_found"
    assert store.companies.list() == []


@pytest.mark.parametrize("name", [n for n in VALID if not n.startswith(("declaration-", "booking-"))])
def test_export_round_trips_an_imported_shipment(store: Store, tmp_path: Path, name: str) -> None:
    drafts.import_file(store, SAMPLES / name, author=AUTHOR, today=AS_OF)
    original = sample(name)
    assert original.shipment is not None
    target = drafts.export_file(store, "shipment", original.shipment.id, tmp_path / "out" / "shipment.json")
    again = exchange.read(target)
    assert again.shipment == original.shipment and again.company == original.company
    assert again.agent == original.agent
    assert drafts.validate_document(again, today=AS_OF).valid
    assert store.audit_log(action="export")[0].details == {"file": "shipment.json"}


def test_export_declaration_and_booking(store: Store, tmp_path: Path) -> None:
    drafts.import_file(
        store, SAMPLES / "cd-tianfu-ceramics-63-lines-two-declarations.json", author=AUTHOR, today=AS_OF
    )
    decl = exchange.read(drafts.export_file(store, "declaration", "SH-2026-0150-D2", tmp_path / "d.json"))
    assert (
        decl.kind is Kind.DECLARATION and decl.declaration is not None and len(decl.declaration.items) == 13
    )
    booking = exchange.read(drafts.export_file(store, "booking", "SH-2026-0150-B", tmp_path / "b.json"))
    assert booking.booking is not None and booking.booking.shipment_id == "SH-2026-0150"


def test_export_errors(store: Store, tmp_path: Path) -> None:
    with pytest.raises(DraftsError) as caught:
        drafts.export_file(store, "invoice", "x", tmp_path / "x.json")
    assert caught.value.code == "drafts.unknown_kind"
    with pytest.raises(DraftsError) as caught:
        drafts.export_file(store, "booking", "nope", tmp_path / "x.json")
    assert caught.value.code == "drafts.not_found"
    drafts.import_file(store, SAMPLES / "motorcycle-parts-chongqing-haiphong.json", author=AUTHOR)
    out = tmp_path / "out"
    (out / "taken").mkdir(parents=True)
    with pytest.raises(DraftsError) as caught:
        drafts.export_file(store, "shipment", "SH-2026-0001", out / "taken")
    assert caught.value.code == "drafts.write_failed" and caught.value.params["file"].endswith("taken")
    assert [p.name for p in out.iterdir()] == ["taken"]  # no temporary file left behind


# --------------------------------------------------------------------------- master data


def test_master_data_and_type_ahead(store: Store) -> None:
    company = drafts.save_company(
        store,
        Company(
            id="cq-jiangling",
            uscc="91500112MA60ABCD0D",
            customs_code="5001961234",
            name_zh="重庆江陵摩托车配件有限公司",
        ),
        AUTHOR,
    )
    party = drafts.save_party(
        store,
        company.id,
        Party(
            role=PartyRole.CONSIGNEE,
            name="Hai Phong Motor Parts JSC",
            name_local="Công ty Phụ tùng Xe máy Hải Phòng",
        ),
        AUTHOR,
    )
    assert party.id
    for name_zh, code in (
        ("摩托车离合器总成", "8714100090"),
        ("摩托车刹车盘", "8714109000"),
        ("发动机", "8407320000"),
    ):
        drafts.save_product(store, company.id, Product(name_zh=name_zh, commodity_code=code), AUTHOR)
    by_code = {p.name_zh for p in drafts.suggest_products(store, company.id, "8714")}
    assert by_code == {"摩托车刹车盘", "摩托车离合器总成"}
    assert [p.name_zh for p in drafts.suggest_products(store, company.id, "刹车")] == ["摩托车刹车盘"]
    assert [p.name for p in drafts.suggest_parties(store, company.id, "hai phong")] == [
        "Hai Phong Motor Parts JSC"
    ]


def test_goods_line_from_product() -> None:
    product = Product(
        id="p1",
        name_zh="摩托车离合器总成",
        name_en="Motorcycle clutch assembly",
        commodity_code="8714100090",
        declaration_elements="摩托车用|离合器总成",
        declared_unit="007",
        legal_unit_1="035",
        unit_price=Decimal("18.50"),
        net_weight_per_unit=Decimal("3"),
    )
    line = drafts.goods_line_from_product(product, "1200")
    assert (line.product_id, line.commodity_code, line.unit, line.legal_unit_1) == (
        "p1",
        "8714100090",
        "007",
        "035",
    )
    assert line.total == Decimal("22200.00") and line.net_weight == Decimal("3600")
    assert drafts.goods_line_from_product(product).quantity is None


# --------------------------------------------------------------------------- error codes


def test_every_drafts_error_code_has_a_message() -> None:
    services = Path(drafts.__file__).parent
    source = "".join(f.read_text(encoding="utf-8") for f in sorted(services.glob("*.py"))) + (
        services.parents[1] / "commands" / "drafts.py"
    ).read_text(encoding="utf-8")
    codes = set(re.findall(r'"(drafts\.[a-z_]+)"', source))
    assert codes and codes <= set(MESSAGES)
    assert isinstance(DraftsError("drafts.not_found"), CoreError)
