"""Derivation: declarations (split at 50 items), booking equipment, refresh keeping user overrides."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.core.model import exchange
from desktop.core.model.booking import CargoMovement, DocumentPartyRole, LocationFunction
from desktop.core.model.declaration import MAX_ITEMS
from desktop.core.model.derive import (
    customs_container_size,
    derive_booking,
    derive_declarations,
    levy_nature_for,
    refresh,
    transport_mode_for,
)
from desktop.core.model.exchange import ExchangeDocument
from desktop.core.model.filing import FilingStatus
from desktop.core.model.master import Company
from desktop.core.model.shipment import Container, GoodsLine, PreCarriage, Shipment
from tests.conftest import SAMPLES


def sample(name: str) -> ExchangeDocument:
    return exchange.read(SAMPLES / name)


def shipment_and_company(name: str) -> tuple[Shipment, Company]:
    doc = sample(name)
    assert doc.shipment is not None and doc.company is not None
    return doc.shipment, doc.company


def goods(n: int) -> list[GoodsLine]:
    return [
        GoodsLine(commodity_code="6911101900", name_zh=f"瓷盘{k}", quantity=Decimal(k), unit="007",
                  unit_price=Decimal("1.50"), total=Decimal(k) * Decimal("1.50"), net_weight=Decimal(k),
                  gross_weight=Decimal(k + 1), packages=k)
        for k in range(1, n + 1)
    ]


# --------------------------------------------------------------------------- declaration header and items

def test_declaration_header_comes_from_shipment_and_company() -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    [decl] = derive_declarations(shipment, company, today=date(2026, 12, 8))
    assert (decl.trade_co_scc, decl.trade_code, decl.trade_name) == (
        "91500112MA60ABCD0D", "5001961234", "重庆江陵摩托车配件有限公司")
    # declared at the company's customs; exit at the Qinzhou port office, not the Nanning head office (7200)
    assert decl.custom_master == "8000" and decl.ie_port == "7210"
    assert decl.contr_no == "JL2026-VN-118"
    assert decl.d_date == date(2026, 12, 8) and decl.ie_date == date(2026, 12, 10)
    assert decl.consignee_name == "Hai Phong Motor Parts Trading JSC" and decl.consignee_code == "NO"
    assert decl.owner_code_scc == company.uscc and decl.owner_name == company.name_zh
    # no agent: the exporter declares itself (申报单位 = 境内发货人)
    assert (decl.agent_code, decl.agent_code_scc, decl.agent_name) == (
        company.customs_code, company.uscc, company.name_zh)
    assert decl.owner_code == company.customs_code
    assert (decl.traf_mode, decl.traf_name, decl.voyage_no, decl.bill_no) == (
        "2", "BEIBU GULF PIONEER", "2612S", "CDMT2612000118")
    assert (decl.trade_mode, decl.cut_mode, decl.trans_mode) == ("0110", "101", "3")
    assert (decl.trade_country, decl.trade_area_code) == ("VNM", "VNM")
    assert decl.goods_place == shipment.route.rail_origin_station and decl.desp_date == date(2026, 12, 10)
    assert (decl.enty_port_code, decl.distinate_port) == ("CNQZH", "VNHPH")
    assert (decl.enty_port_customs, decl.distinate_port_customs) == ("450701", "VNM052")  # customs port codes
    assert (decl.pack_no, decl.wrap_type) == (220, "22")
    assert (decl.gross_wt, decl.net_wt) == (Decimal(6500), Decimal(6000))
    assert decl.mark_no.startswith("JL/HPH") and decl.currency == "USD"
    assert decl.declared_total == Decimal("35800.00")
    assert decl.fee_mark == "" and decl.fee_rate is None  # FOB: no freight on the declaration
    assert (decl.id, decl.shipment_id, decl.company_id) == ("SH-2026-0001-D1", "SH-2026-0001", "cq-jiangling")
    first = decl.items[0]
    assert (first.g_no, first.code_ts, first.g_name, first.unit, first.currency) == (
        1, "8714100090", "摩托车离合器总成", "007", "USD")
    assert first.g_model == "摩托车用|离合器总成|JL牌|型号CG125"
    assert first.legal_unit_1 == "035" and first.legal_quantity_1 == Decimal(3600)  # kg: the net weight
    assert first.source_district == "50129"  # the company's, since the line has none
    assert first.destination_country == "VNM" and first.duty_mode == "1"
    assert [c.number for c in decl.containers] == ["CSQU3054383"]
    assert decl.containers[0].size_code == "21" and decl.containers[0].items == [1, 2]


def test_forwarder_filing_names_the_agent() -> None:
    doc = sample("gx-beibu-forwarder-for-nn-lvyuan-port-klang.json")
    assert doc.shipment is not None and doc.company is not None
    [decl] = derive_declarations(doc.shipment, doc.company, doc.agent)
    assert decl.trade_co_scc == "91450100MA5P3R8T0R" and decl.trade_name == "南宁绿源商贸有限公司"
    assert decl.agent_code_scc == "91450700MA5K12340M"
    assert decl.agent_name == "广西北部湾通达国际货运代理有限公司"


def test_cross_border_rail_declares_rail_transport() -> None:
    shipment, company = shipment_and_company("cq-jiangling-cross-border-rail-pingxiang-hanoi.json")
    assert transport_mode_for(shipment) == "3"
    [decl] = derive_declarations(shipment, company)
    assert (decl.traf_mode, decl.traf_name, decl.voyage_no) == ("3", "X9316", "")
    assert decl.bill_no == "CQHN26121402"
    assert decl.enty_port_code == "CNPIN"
    # leaves China at the Pingxiang rail crossing under Pingxiang customs, bound for Hanoi (the place of delivery)
    assert (decl.enty_port_customs, decl.ie_port, decl.distinate_port_customs) == ("451481", "7208", "VNM033")
    by_road = shipment.route.model_copy(update={"pre_carriage": PreCarriage.TRUCK})
    truck = shipment.model_copy(update={"route": by_road})
    assert transport_mode_for(truck) == "4"


def test_cif_declares_freight_and_insurance() -> None:
    shipment, company = shipment_and_company("cd-tianfu-ceramics-chengdu-singapore.json")
    [decl] = derive_declarations(shipment, company)
    assert (decl.fee_mark, decl.fee_rate, decl.fee_curr) == ("3", Decimal("2650.00"), "USD")
    assert (decl.insur_mark, decl.insur_rate, decl.insur_curr) == ("3", Decimal("145.00"), "USD")
    assert [(c.number, c.size_code, c.items) for c in decl.containers] == [
        ("TGHU2742156", "21", [1]), ("OOLU9033189", "21", [1, 2])]


@pytest.mark.parametrize(("code", "levy"), [
    ("5001961234", "101"), ("5001951234", "101"), ("5001921234", "602"), ("5001931234", "601"),
    ("5001941234", "603"), ("", "101"),
])
def test_levy_nature_follows_sixth_character(code: str, levy: str) -> None:
    assert levy_nature_for(code) == levy
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    if code:
        [decl] = derive_declarations(shipment, company.model_copy(update={"customs_code": code}))
        assert decl.cut_mode == levy


@pytest.mark.parametrize(("iso", "customs"), [
    ("22G1", "21"), ("42G1", "11"), ("45G1", "11"), ("22R1", "22"), ("45R1", "12"), ("22T1", "23"),
    ("22U1", "31"), ("45U1", "32"), ("L5G1", "11"), ("", ""),
])
def test_customs_container_size(iso: str, customs: str) -> None:
    assert customs_container_size(iso) == customs


# --------------------------------------------------------------------------- split at 50 items

@pytest.mark.parametrize(("lines", "sizes"), [
    (0, [0]), (1, [1]), (MAX_ITEMS, [50]), (MAX_ITEMS + 1, [50, 1]), (100, [50, 50]), (101, [50, 50, 1]),
])
def test_split_sizes(lines: int, sizes: list[int]) -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    shipment = shipment.model_copy(update={"goods": goods(lines), "containers": []})
    decls = derive_declarations(shipment, company)
    assert [len(d.items) for d in decls] == sizes
    assert [(d.part, d.parts) for d in decls] == [(k + 1, len(sizes)) for k in range(len(sizes))]
    for d in decls:
        assert [it.g_no for it in d.items] == list(range(1, len(d.items) + 1))


def test_63_line_sample_splits_into_two_declarations() -> None:
    shipment, company = shipment_and_company("cd-tianfu-ceramics-63-lines-two-declarations.json")
    first, second = derive_declarations(shipment, company)
    assert (first.id, second.id) == ("SH-2026-0150-D1", "SH-2026-0150-D2")
    assert [it.g_name for it in second.items][:1] == [shipment.goods[50].name_zh]
    assert second.items[-1].g_no == 13 and second.items[-1].code_ts == shipment.goods[62].commodity_code
    # packages and weights: each part carries its own lines; together they make the shipment
    assert first.pack_no == sum(ln.packages or 0 for ln in shipment.goods[:50])
    assert second.pack_no == sum(ln.packages or 0 for ln in shipment.goods[50:])
    assert (first.pack_no or 0) + (second.pack_no or 0) == shipment.package_count
    assert (first.gross_wt or 0) + (second.gross_wt or 0) == shipment.gross_weight
    assert (first.net_wt or 0) + (second.net_wt or 0) == shipment.net_weight
    assert first.declared_total == sum((it.total or Decimal(0) for it in first.items), Decimal(0))
    total = sum((ln.total or Decimal(0) for ln in shipment.goods), Decimal(0))
    assert (first.declared_total or 0) + (second.declared_total or 0) == total
    # containers: box 1 holds lines 1-30, box 2 lines 31-63 (items 31-50 of part 1 and 1-13 of part 2)
    assert [(c.number, c.items) for c in first.containers] == [
        ("SEGU4022178", list(range(1, 31))), ("SEGU4022223", list(range(31, 51)))]
    assert [(c.number, c.items) for c in second.containers] == [("SEGU4022223", list(range(1, 14)))]


def test_split_puts_freight_on_the_first_part_only() -> None:
    shipment, company = shipment_and_company("cd-tianfu-ceramics-chengdu-singapore.json")
    shipment = shipment.model_copy(update={"goods": goods(60), "containers": []})
    first, second = derive_declarations(shipment, company)
    assert (first.fee_mark, first.fee_rate, first.fee_curr) == ("3", Decimal("2650.00"), "USD")
    assert (first.insur_mark, first.insur_rate, first.insur_curr) == ("3", Decimal("145.00"), "USD")
    # the charges are declared once: later parts carry no half-filled charge boxes
    assert (second.fee_mark, second.fee_rate, second.fee_curr) == ("", None, "")
    assert (second.insur_mark, second.insur_rate, second.insur_curr) == ("", None, "")


# --------------------------------------------------------------------------- booking

def test_booking_groups_equal_reefers_into_one_equipment_line() -> None:
    shipment, _ = shipment_and_company("km-yunling-produce-reefer-kunming-hochiminh.json")
    same_mix = [c.model_copy(update={"goods_lines": [1, 2]}) for c in shipment.containers]
    booking = derive_booking(shipment.model_copy(update={"containers": same_mix}))
    [group] = booking.equipment
    assert (group.iso_code, group.units, group.reefer_temperature_c) == ("45R1", 2, Decimal("0.5"))
    assert group.container_numbers == ["CXRU1524081", "CXRU1526166"]
    assert [c.hs_code for c in group.commodities] == ["0806100000", "0805100000"]
    assert not group.dangerous_goods


def test_booking_splits_equipment_whose_units_carry_different_goods() -> None:
    """DCSA: every unit of one requested equipment has the same commodity mix; otherwise it is split."""
    shipment, _ = shipment_and_company("km-yunling-produce-reefer-kunming-hochiminh.json")
    booking = derive_booking(shipment)
    assert [(e.units, [c.hs_code for c in e.commodities]) for e in booking.equipment] == [
        (1, ["0806100000"]), (1, ["0805100000"])]
    assert all(e.reefer_settings is not None and e.reefer_settings.pre_cooling for e in booking.equipment)


def test_booking_separates_sizes_and_temperatures() -> None:
    shipment, _ = shipment_and_company("km-yunling-produce-reefer-kunming-hochiminh.json")
    frozen = shipment.containers[1].model_copy(update={"reefer_temperature_c": Decimal(-18)})
    boxes = [shipment.containers[0], frozen]
    booking = derive_booking(shipment.model_copy(update={"containers": boxes}))
    assert [(e.iso_code, e.units, e.reefer_temperature_c) for e in booking.equipment] == [
        ("45R1", 1, Decimal("0.5")), ("45R1", 1, Decimal(-18))]
    shipment, _ = shipment_and_company("cd-tianfu-ceramics-chengdu-singapore.json")
    high_cube = shipment.containers[0].model_copy(update={"size_type": "45G1"})
    booking = derive_booking(shipment.model_copy(update={"containers": [high_cube, shipment.containers[1]]}))
    assert [(e.iso_code, e.units) for e in booking.equipment] == [("45G1", 1), ("22G1", 1)]


def test_booking_splits_a_goods_line_packed_in_several_containers_over_them() -> None:
    """Tiles (line 1, 42,240 kg, 1,200 cartons) fill both 20-foot boxes, the second also carrying line 2: each box
    carries its share, the booking's cargo adds up to the shipment's, and no box is said to be overloaded."""
    from desktop.core.rules import check_booking

    shipment, _ = shipment_and_company("cd-tianfu-ceramics-chengdu-singapore.json")
    assert [c.goods_lines for c in shipment.containers] == [[1], [1, 2]]
    booking = derive_booking(shipment)
    first, second = booking.equipment
    assert [(c.gross_weight_kg, c.packages) for c in first.commodities] == [(Decimal(21120), 600)]
    assert [(c.gross_weight_kg, c.packages) for c in second.commodities] == [
        (Decimal(21120), 600), (Decimal(3680), 400)]
    booked = [c for e in booking.equipment for c in e.commodities]
    assert sum(c.gross_weight_kg or 0 for c in booked) == sum(g.gross_weight or 0 for g in shipment.goods)
    assert not [i for i in check_booking(booking, date(2026, 12, 4)) if i.rule_id == "booking.equipment_payload"]
    # three boxes of the same mix: an odd split adds up to the gram and to the carton
    line = shipment.goods[0].model_copy(update={"gross_weight": Decimal("1000.5"), "packages": 7})
    boxes = [Container(number="", size_type="22G1", goods_lines=[1]) for _ in range(3)]
    [group] = derive_booking(shipment.model_copy(update={"goods": [line], "containers": boxes})).equipment
    assert (group.units, group.commodities[0].gross_weight_kg, group.commodities[0].packages) == (
        3, Decimal("1000.5"), 7)
    single = shipment.model_copy(update={"goods": [line], "containers": boxes[:1] + [
        Container(number="", size_type="45G1", goods_lines=[1]) for _ in range(2)]})
    small, large = derive_booking(single).equipment
    assert (small.commodities[0].gross_weight_kg, small.commodities[0].packages) == (Decimal("333.5"), 2)
    assert (large.commodities[0].gross_weight_kg, large.commodities[0].packages) == (Decimal(667), 5)


def test_booking_without_containers_asks_for_one_box_with_all_goods() -> None:
    shipment, _ = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    booking = derive_booking(shipment.model_copy(update={"containers": []}))
    [group] = booking.equipment
    assert (group.iso_code, group.units, len(group.commodities)) == ("22G1", 1, 2)


def test_booking_loose_lines_and_dangerous_goods() -> None:
    shipment, _ = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    battery = GoodsLine(commodity_code="8507600090", name_en="Lithium battery", un_number="3480",
                        imo_class="9", gross_weight=Decimal(100))
    lines = [*shipment.goods, battery]
    boxes = [Container(number="CSQU3054383", size_type="22G1", goods_lines=[1]),
             Container(number="OOLU9033189", size_type="42G1", goods_lines=[3])]
    booking = derive_booking(shipment.model_copy(update={"goods": lines, "containers": boxes}))
    small, large = booking.equipment
    assert [c.description for c in small.commodities] == [
        "Motorcycle clutch assembly", "Motorcycle brake disc"]
    assert not small.dangerous_goods
    assert large.dangerous_goods and large.commodities[0].un_number == "3480"


def test_booking_locations_parties_and_references() -> None:
    shipment, _ = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    decls = derive_declarations(shipment, Company())
    decls[0].client_seq_no = "CQ-000123"
    booking = derive_booking(shipment, decls[0])
    assert [(loc.function, loc.locode) for loc in booking.locations] == [
        (LocationFunction.PLACE_OF_RECEIPT, "CNCKG"), (LocationFunction.PORT_OF_LOADING, "CNQZH"),
        (LocationFunction.PORT_OF_DISCHARGE, "VNHPH"), (LocationFunction.PLACE_OF_DELIVERY, "VNHPH")]
    assert [p.role for p in booking.document_parties] == [
        DocumentPartyRole.SHIPPER, DocumentPartyRole.CONSIGNEE, DocumentPartyRole.NOTIFY]
    exporter = derive_booking(shipment, company=Company(name_zh="重庆公司", name_en="CQ Co", uscc="X"))
    forwarder = derive_booking(shipment, company=Company(name_en="CQ Co"), agent=Company(name_en="Beibu Fwd"))
    first, first_fwd = exporter.document_parties[0], forwarder.document_parties[0]
    assert (first.role, first.name) == (DocumentPartyRole.BOOKING_AGENT, "CQ Co")
    assert (first_fwd.role, first_fwd.name) == (DocumentPartyRole.BOOKING_AGENT, "Beibu Fwd")
    assert booking.export_declaration_reference == "CQ-000123"
    assert booking.declared_value == Decimal("35800.00") and booking.declared_currency == "USD"
    assert (booking.train_no, booking.rail_waybill, booking.vessel_name, booking.voyage_no) == (
        "X9103", "CQ26120001", "BEIBU GULF PIONEER", "2612S")
    assert booking.requested_departure == date(2026, 12, 10) and booking.rail_origin_station == "重庆团结村"
    assert booking.cargo_movement_type_at_origin == booking.cargo_movement_type_at_destination == CargoMovement.FCL
    shared = [c.model_copy(update={"lcl": True}) for c in shipment.containers]
    lcl = derive_booking(shipment.model_copy(update={"containers": shared}))
    assert lcl.cargo_movement_type_at_origin == lcl.cargo_movement_type_at_destination == CargoMovement.LCL


# --------------------------------------------------------------------------- refresh

def test_refresh_keeps_overrides_and_draft_state() -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    [draft] = derive_declarations(shipment, company)
    draft.note_s = "请优先查验"
    draft.items[0].g_model = "摩托车用|离合器总成|JL牌|型号CG125|无品牌"
    draft.overrides = ["note_s", "items.0.g_model"]
    draft.status = FilingStatus.REJECTED
    draft.client_seq_no = "CQ-000777"

    changed = shipment.model_copy(deep=True)
    changed.remarks = "new remark from the shipment"
    changed.marks = "JL/HPH NEW"
    changed.goods[0].quantity = Decimal(1300)
    changed.goods[0].total = Decimal("24050.00")
    [fresh] = derive_declarations(changed, company)
    result = refresh(draft, fresh)
    assert result.note_s == "请优先查验"  # the user's value, not the shipment's remark
    assert result.items[0].g_model.endswith("|无品牌")
    assert result.mark_no == "JL/HPH NEW" and result.items[0].quantity == Decimal(1300)
    assert result.declared_total == Decimal("37650.00")
    assert result.status == FilingStatus.REJECTED and result.client_seq_no == "CQ-000777"
    assert result.overrides == ["note_s", "items.0.g_model"]
    assert draft.note_s == "请优先查验" and draft.mark_no.startswith("JL/HPH\n")  # the input is not changed


def test_refresh_ignores_overrides_whose_path_is_gone() -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    [draft] = derive_declarations(shipment, company)
    draft.items[1].g_model = "edited"
    draft.overrides = ["items.1.g_model"]
    shorter = shipment.model_copy(update={"goods": shipment.goods[:1]})
    [fresh] = derive_declarations(shorter, company)
    result = refresh(draft, fresh)
    assert len(result.items) == 1 and result.items[0].g_model == shipment.goods[0].declaration_elements


@pytest.mark.parametrize("status", [FilingStatus.QUEUED, FilingStatus.RECEIVED, FilingStatus.ACCEPTED,
                                    FilingStatus.RELEASED, FilingStatus.REQUESTED, FilingStatus.CONFIRMED])
def test_submitted_drafts_are_not_refreshed(status: FilingStatus) -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    [draft] = derive_declarations(shipment, company)
    draft.status = status
    changed = shipment.model_copy(update={"contract_no": "CHANGED-1"})
    [fresh] = derive_declarations(changed, company)
    assert refresh(draft, fresh) is draft and draft.contr_no == "JL2026-VN-118"
    booking = derive_booking(shipment).model_copy(update={"status": status})
    changed_route = shipment.route.model_copy(update={"vessel": "OTHER"})
    fresh_booking = derive_booking(shipment.model_copy(update={"route": changed_route}))
    assert refresh(booking, fresh_booking).vessel_name == "BEIBU GULF PIONEER"


def test_refresh_booking_keeps_user_values() -> None:
    shipment, _ = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    booking = derive_booking(shipment)
    booking.remarks = "请安排 12 月 10 日班列"
    booking.equipment[0].shipper_owned = True
    booking.overrides = ["remarks", "equipment.0.shipper_owned"]
    changed_route = shipment.route.model_copy(update={"vessel": "XIN QIN ZHOU"})
    result = refresh(booking, derive_booking(shipment.model_copy(update={"route": changed_route})))
    assert result.vessel_name == "XIN QIN ZHOU"
    assert result.remarks == "请安排 12 月 10 日班列" and result.equipment[0].shipper_owned


def test_fresh_fruit_is_declared_with_its_inspection_data_and_licence_b() -> None:
    shipment, company = shipment_and_company("km-yunling-produce-reefer-kunming-hochiminh.json")
    [decl] = derive_declarations(shipment, company)
    grapes = decl.items[0]
    assert grapes.code_ts.startswith("0806")
    assert (grapes.ciq_code, grapes.ciq_name, grapes.goods_attr, grapes.purpose) == ("999", grapes.g_name, "19", "12")
    assert [(lic.code, lic.number) for lic in decl.licences] == [("B", shipment.inspection_record_no)]
    assert decl.org_code and decl.vsa_org_code and decl.insp_org_code  # from the customs offices' CIQ codes
    assert decl.org_code != decl.insp_org_code  # declared in Kunming, inspected at the Qinzhou exit
    assert decl.trade_ciq_code == company.ciq_code != ""


def test_goods_not_inspected_carry_no_inspection_data() -> None:
    shipment, company = shipment_and_company("motorcycle-parts-chongqing-haiphong.json")
    [decl] = derive_declarations(shipment, company)
    assert decl.licences == [] and decl.org_code == "" and decl.trade_ciq_code == ""
    assert all(it.ciq_code == "" and it.purpose == "" for it in decl.items)
