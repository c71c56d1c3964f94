"""Failing and passing cases of every rule: (rule id, field path, edit). Each edit breaks (or keeps) the valid
baseline; a failing case must produce an issue with exactly that rule id at exactly that path."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from desktop.core.model.declaration import Attachment
from tests.core.rules.conftest import TODAY

Edit = Callable[[Any], None]
GOOD_USCC = "91500112MA60ABCD0D"
BAD_CHECK_USCC = "91500112MA60ABCD0E"


def s(path: str, value: Any) -> Edit:
    """An edit setting ``path`` (dots, 0-based indices) to ``value``."""
    from desktop.core.model.paths import set_path

    def edit(doc: Any) -> None:
        assert set_path(doc, path, value), path

    return edit


def both(*edits: Edit) -> Edit:
    """Several edits one after the other."""

    def edit(doc: Any) -> None:
        for e in edits:
            e(doc)

    return edit


def many(*edits: Edit) -> Edit:
    def edit(doc: Any) -> None:
        for e in edits:
            e(doc)

    return edit


def _append_items(n: int) -> Edit:
    def edit(doc: Any) -> None:
        doc.items = [doc.items[0].model_copy(update={"g_no": k + 1}) for k in range(n)]
        doc.declared_total = sum(item.total for item in doc.items)

    return edit


def _shift(path: str, delta: str) -> Edit:
    from desktop.core.model.paths import get_path, set_path

    def edit(doc: Any) -> None:
        set_path(doc, path, get_path(doc, path) + Decimal(delta))

    return edit


DECLARATION_FAILING: list[tuple[str, str, Edit]] = [
    ("decl.required", "contr_no", s("contr_no", "")),
    ("decl.required", "items.0.g_model", s("items.0.g_model", "")),
    ("decl.required", "containers.0.size_code", s("containers.0.size_code", "")),
    ("decl.max_length", "mark_no", s("mark_no", "N" * 401)),
    ("decl.pattern", "trade_code", s("trade_code", "50019")),
    ("decl.hs_length", "items.1.code_ts", s("items.1.code_ts", "87141")),
    ("decl.hs_length", "items.1.code_ts", s("items.1.code_ts", "871410")),
    ("decl.pattern", "items.1.code_ts", s("items.1.code_ts", "8714.10.00")),
    ("decl.unknown_code", "traf_mode", s("traf_mode", "Q")),
    ("decl.unknown_code", "items.0.unit", s("items.0.unit", "999")),
    ("decl.unknown_code", "containers.0.size_code", s("containers.0.size_code", "99")),
    ("decl.unknown_code", "trade_country", s("trade_country", "VN")),
    ("decl.hs_unknown", "items.0.code_ts", s("items.0.code_ts", "0000000000")),
    # 规格型号 in the order of heading 8714's elements, the model (8th) left out / brand type 7
    ("item.element_missing", "items.0.g_model", s("items.0.g_model", "离合器总成|1|0|摩托车用|CG125|钢|JL牌")),
    ("item.element_choice", "items.0.g_model", s("items.0.g_model", "离合器总成|7|0|摩托车用|CG125|钢|JL牌|CG125")),
    ("decl.no_items", "items", s("items", [])),
    ("decl.too_many_items", "items", _append_items(51)),
    ("decl.waterway_transport_details", "voyage_no", s("voyage_no", "")),
    ("decl.waterway_transport_details", "traf_name", s("traf_name", "")),
    ("decl.rail_transport_details", "bill_no", many(s("traf_mode", "3"), s("bill_no", ""))),
    ("decl.rail_transport_details", "traf_name", many(s("traf_mode", "3"), s("traf_name", ""))),
    ("decl.uscc_format", "owner_code_scc", s("owner_code_scc", "12345")),
    ("decl.uscc_check_digit", "trade_co_scc", s("trade_co_scc", BAD_CHECK_USCC)),
    ("decl.agent_incomplete", "agent_code_scc", both(s("agent_name", "重庆报关行"), s("agent_code_scc", ""))),
    ("decl.agent_incomplete", "agent_name", both(s("agent_code_scc", GOOD_USCC), s("agent_name", ""))),
    ("decl.mode_levy", "cut_mode", s("cut_mode", "502")),
    ("decl.customs_code_levy", "cut_mode", s("trade_code", "5001921234")),
    ("decl.mode_duty", "items.1.duty_mode", s("items.1.duty_mode", "3")),
    (
        "decl.manual_no",
        "manual_no",
        many(
            s("trade_mode", "0214"),
            s("cut_mode", "502"),
            s("items.0.duty_mode", "3"),
            s("items.1.duty_mode", "3"),
        ),
    ),
    (
        "decl.manual_no_prefix",
        "manual_no",
        many(s("trade_mode", "0615"), s("cut_mode", "503"), s("manual_no", "B12345678901")),
    ),
    ("decl.manual_no_prefix", "manual_no", s("manual_no", "B12345678901")),
    ("decl.not_positive", "pack_no", s("pack_no", 0)),
    ("decl.not_positive", "gross_wt", s("gross_wt", Decimal("-1"))),
    ("decl.net_over_gross", "net_wt", s("net_wt", Decimal("6500.5"))),
    ("decl.weight_below_one", "gross_wt", many(s("gross_wt", Decimal("0.6")), s("net_wt", Decimal("0.5")))),
    ("decl.weight_below_one", "net_wt", many(s("gross_wt", Decimal("0.6")), s("net_wt", Decimal("0.5")))),
    ("decl.single_package", "pack_no", s("wrap_type", "00")),
    ("decl.total_mismatch", "declared_total", _shift("declared_total", "0.01")),
    ("decl.declaration_date_future", "d_date", s("d_date", TODAY + timedelta(days=1))),
    ("decl.export_date_past", "ie_date", s("ie_date", TODAY - timedelta(days=30))),
    ("decl.charge_incomplete", "fee_mark", s("fee_rate", Decimal("300"))),
    (
        "decl.charge_incomplete",
        "fee_curr",
        many(s("trans_mode", "2"), s("fee_mark", "3"), s("fee_rate", Decimal("300"))),
    ),
    ("decl.charge_incomplete", "insur_rate", many(s("trans_mode", "1"), s("insur_mark", "1"))),
    (
        "decl.charge_mark_invalid",
        "insur_mark",
        many(s("insur_mark", "2"), s("insur_rate", Decimal("5")), s("insur_curr", "USD")),
    ),
    (
        "decl.not_positive",
        "other_rate",
        many(s("other_mark", "3"), s("other_rate", Decimal("-5")), s("other_curr", "USD")),
    ),
    ("decl.charge_required", "fee_rate", s("trans_mode", "1")),
    ("decl.charge_required", "insur_rate", s("trans_mode", "1")),
    ("decl.charge_required", "fee_rate", s("trans_mode", "2")),
    (
        "decl.charge_not_expected",
        "fee_rate",
        many(s("fee_mark", "3"), s("fee_rate", Decimal("300")), s("fee_curr", "USD")),
    ),
    ("item.sequence", "items.1.g_no", s("items.1.g_no", 5)),
    ("item.not_positive", "items.0.quantity", s("items.0.quantity", Decimal("-1"))),
    ("item.not_positive", "items.1.unit_price", s("items.1.unit_price", Decimal("0"))),
    ("item.total_mismatch", "items.1.total", _shift("items.1.total", "0.01")),
    ("item.currency_mismatch", "items.0.currency", s("items.0.currency", "EUR")),
    ("item.currency_mismatch", "items.1.currency", s("currency", "EUR")),
    ("item.legal_unit_incomplete", "items.0.legal_quantity_2", s("items.0.legal_unit_2", "007")),
    ("item.legal_unit_incomplete", "items.0.legal_unit_2", s("items.0.legal_quantity_2", Decimal("3"))),
    ("container.format", "containers.0.number", s("containers.0.number", "CSQ3054383")),
    ("container.check_digit", "containers.0.number", s("containers.0.number", "CSQU3054384")),
    ("container.unknown_item", "containers.0.items", s("containers.0.items", [1, 2, 3])),
    ("decl.required", "attachments.0.edoc_code", s("attachments", [Attachment(edoc_code="")])),
]

#: Edits that keep the declaration valid near a rule's boundary (no error may appear).
DECLARATION_PASSING: list[tuple[str, Edit]] = [
    ("rail with train and waybill", many(s("traf_mode", "3"), s("voyage_no", ""))),
    (
        "road needs no vessel",
        many(s("traf_mode", "4"), s("traf_name", ""), s("voyage_no", ""), s("bill_no", "")),
    ),
    (
        "processing trade with its record book",
        many(
            s("trade_mode", "0214"),
            s("cut_mode", "502"),
            s("items.0.duty_mode", "3"),
            s("items.1.duty_mode", "3"),
            s("manual_no", "B50012600123"),
        ),
    ),
    ("foreign-invested company, general trade", many(s("trade_code", "5001941234"), s("cut_mode", "603"))),
    ("customs code with a 6th character that fixes nothing", s("trade_code", "500199A234")),
    ("net equals gross", s("net_wt", Decimal("6500"))),
    ("unpacked, one package", many(s("wrap_type", "01"), s("pack_no", 1))),
    (
        "total rounded half-up to cents",
        many(
            s("items.0.quantity", Decimal("3")),
            s("items.0.unit_price", Decimal("0.335")),
            s("items.0.total", Decimal("1.01")),
            s("declared_total", Decimal("13601.01")),
        ),
    ),
    (
        "CIF with freight and insurance",
        many(
            s("trans_mode", "1"),
            s("fee_mark", "3"),
            s("fee_rate", Decimal("800")),
            s("fee_curr", "USD"),
            s("insur_mark", "1"),
            s("insur_rate", Decimal("0.3")),
        ),
    ),
    (
        "second part of a CIF shipment without charges",
        many(s("trans_mode", "1"), s("part", 2), s("parts", 2)),
    ),
    ("export date a week ago", s("ie_date", TODAY - timedelta(days=7))),
    ("declaring agent complete", many(s("agent_code_scc", GOOD_USCC), s("agent_name", "重庆报关行"))),
    ("an uncertain (unchecked) supervision mode", s("trade_mode", "1300")),
    ("fifty items", _append_items(50)),
    (
        "attachments with known codes",
        s("attachments", [Attachment(edoc_code="00000001"), Attachment(edoc_code="10000001")]),
    ),
]

def _second_box(lines: list[int]) -> Edit:
    """A second 20 ft box holding ``lines`` (the first box keeps its own)."""

    def edit(doc: Any) -> None:
        doc.containers.append(doc.containers[0].model_copy(update={"number": "TGHU2742156", "goods_lines": lines}))

    return edit


def _dg(**changes: Any) -> Any:
    from desktop.core.model.cargo import DangerousGoods

    values = {"proper_shipping_name": "GASOLINE", "packing_group": 2, "emergency_contact": "Duty officer",
              "emergency_phone": "+86 23 6578 2299", **changes}
    return DangerousGoods(**values)


SHIPMENT_FAILING: list[tuple[str, str, Edit]] = [
    ("shipment.required", "contract_no", s("contract_no", "")),
    ("shipment.required", "consignee.name", s("consignee.name", "")),
    ("shipment.required", "goods.1.unit", s("goods.1.unit", "")),
    ("shipment.max_length", "reference", s("reference", "R" * 41)),
    ("shipment.pattern", "route.port_of_loading", s("route.port_of_loading", "QZH")),
    ("shipment.pattern", "containers.0.number", s("containers.0.number", "CSQU305438")),
    ("shipment.unknown_code", "package_type", s("package_type", "77")),
    ("shipment.unknown_code", "route.port_of_discharge", s("route.port_of_discharge", "USNYC")),
    ("shipment.hs_unknown", "goods.0.commodity_code", s("goods.0.commodity_code", "0000000000")),
    ("shipment.hs_length", "goods.0.commodity_code", s("goods.0.commodity_code", "871410")),
    ("shipment.no_goods", "goods", many(s("goods", []), s("containers", []))),
    ("shipment.uscc_format", "producer_uscc", s("producer_uscc", "X1")),
    ("shipment.uscc_check_digit", "producer_uscc", s("producer_uscc", BAD_CHECK_USCC)),
    ("shipment.net_over_gross", "net_weight", s("net_weight", Decimal("7000"))),
    ("shipment.net_over_gross", "goods.0.net_weight", s("goods.0.net_weight", Decimal("4000"))),
    ("shipment.not_positive", "package_count", s("package_count", 0)),
    ("shipment.not_positive", "goods.1.quantity", s("goods.1.quantity", Decimal("-2"))),
    ("shipment.single_package", "package_count", s("package_type", "01")),
    ("item.total_mismatch", "goods.0.total", s("goods.0.total", Decimal("22200.01"))),
    ("shipment.sum_mismatch", "net_weight", s("net_weight", Decimal("5999"))),
    ("shipment.sum_mismatch", "package_count", s("package_count", 221)),
    ("container.check_digit", "containers.0.number", s("containers.0.number", "CSQU3054384")),
    ("shipment.container_goods_line", "containers.0.goods_lines", s("containers.0.goods_lines", [1, 2, 3])),
    ("shipment.reefer_temperature", "containers.0.reefer_temperature_c", s("containers.0.size_type", "22R1")),
    ("shipment.goods_line_not_packed", "goods.1", s("containers.0.goods_lines", [1])),
    ("shipment.dangerous_goods", "goods.0.imo_class", s("goods.0.un_number", "1203")),
    ("shipment.dangerous_goods", "goods.1.un_number", s("goods.1.imo_class", "3")),
    ("shipment.dangerous_goods", "goods.0.un_number", s("dangerous_goods", True)),
    (
        "shipment.departure_past",
        "route.requested_departure",
        s("route.requested_departure", TODAY - timedelta(1)),
    ),
]

SHIPMENT_FAILING.append(("shipment.incoterm_transaction_mode", "transaction_mode", s("incoterm", "CIF")))
SHIPMENT_FAILING.append(("shipment.party_address_incomplete", "shipper.city",
                         many(s("shipper.street", "Lvcheng Avenue"), s("shipper.city", ""))))
SHIPMENT_FAILING.append(("shipment.dg_details", "goods.0.dangerous",
                         many(s("goods.0.un_number", "1203"), s("goods.0.imo_class", "3"))))
# plausibility (warnings): 1 000 t in one 20 ft box, cargo that cannot fit it, densities, values per kg
SHIPMENT_FAILING += [
    ("shipment.container_payload", "containers.0.size_type", s("goods.0.gross_weight", Decimal("1000000"))),
    ("shipment.container_payload", "containers.0.size_type", many(s("containers.0.goods_lines", []),
                                                                   s("gross_weight", Decimal("30000")))),
    ("shipment.container_volume", "containers.0.size_type", s("goods.0.volume_m3", Decimal("30"))),
    ("goods.density", "goods.0.volume_m3", s("goods.0.volume_m3", Decimal("0.5"))),
    ("goods.density", "goods.1.volume_m3", s("goods.1.volume_m3", Decimal("900"))),
    ("goods.value_per_kg", "goods.0.total", many(s("goods.0.unit_price", Decimal("0.000001")),
                                                 s("goods.0.total", Decimal("0.01")))),
    ("goods.value_per_kg", "goods.1.total", many(s("currency", "CNY"), s("goods.1.net_weight", Decimal("0.01")),
                                                 s("goods.1.gross_weight", Decimal("0.02")))),
]

SHIPMENT_PASSING: list[tuple[str, Edit]] = [
    ("FCA is declared as FOB", s("incoterm", "FCA")),
    ("CPT is declared as C&F", many(s("incoterm", "CPT"), s("transaction_mode", "2"))),
    (
        "a reefer with its temperature",
        many(s("containers.0.size_type", "45R1"), s("containers.0.reefer_temperature_c", Decimal("-18"))),
    ),
    (
        "dangerous goods declared completely",
        many(s("dangerous_goods", True), s("goods.0.un_number", "1203"), s("goods.0.imo_class", "3"),
             s("goods.0.dangerous", _dg())),
    ),
    ("no containers yet", s("containers", [])),
    ("a heavy line shared by two 20 ft boxes", many(
        s("goods.0.gross_weight", Decimal("40000")), s("goods.0.net_weight", Decimal("39000")),
        s("gross_weight", Decimal("42600")), s("net_weight", Decimal("41400")), s("goods.0.volume_m3", Decimal("20")),
        _second_box([1]))),
    ("a full 40 ft box", many(s("containers.0.size_type", "42G1"), s("goods.0.gross_weight", Decimal("23000")),
                              s("goods.0.net_weight", Decimal("22000")), s("gross_weight", Decimal("25600")),
                              s("net_weight", Decimal("24400")))),
    ("the same value in VND", many(s("currency", "VND"), s("goods.0.unit_price", Decimal("460000")),
                                   s("goods.0.total", Decimal("552000000")), s("goods.1.unit_price", Decimal("170000")),
                                   s("goods.1.total", Decimal("340000000")))),
    ("departure today", s("route.requested_departure", TODAY)),
    ("producer with a letter-prefixed credit code", s("producer_uscc", "N2500112MA60ABCD0W")),
]

COMPANY_FAILING: list[tuple[str, str, Edit]] = [
    ("company.required", "name_zh", s("name_zh", "")),
    ("company.max_length", "address", s("address", "地" * 201)),
    ("company.pattern", "customs_code", s("customs_code", "50019612")),
    ("company.pattern", "source_district", s("source_district", "5012")),
    ("company.unknown_code", "customs_district", s("customs_district", "1234")),
    ("company.uscc_format", "uscc", s("uscc", "9150011")),
    ("company.uscc_format", "uscc", s("uscc", "91500112MA60ABCDOI")),
    ("company.uscc_check_digit", "uscc", s("uscc", BAD_CHECK_USCC)),
]


def _drop(path: str, keep: Callable[[Any], bool]) -> Edit:
    from desktop.core.model.paths import get_path

    def edit(doc: Any) -> None:
        items = get_path(doc, path)
        items[:] = [x for x in items if keep(x)]

    return edit


BOOKING_FAILING: list[tuple[str, str, Edit]] = [
    ("booking.required", "requested_departure", s("requested_departure", None)),
    ("booking.required", "document_parties.1.name", s("document_parties.1.name", "")),
    ("booking.max_length", "remarks", s("remarks", "r" * 501)),
    ("booking.pattern", "equipment.0.commodities.0.hs_code", s("equipment.0.commodities.0.hs_code", "87141")),
    ("booking.pattern", "locations.1.locode", s("locations.1.locode", "cnqzh")),
    ("booking.unknown_code", "equipment.0.iso_code", s("equipment.0.iso_code", "99X9")),
    ("booking.unknown_code", "incoterm", s("incoterm", "FOX")),
    (
        "booking.hs_unknown",
        "equipment.0.commodities.1.hs_code",
        s("equipment.0.commodities.1.hs_code", "000000"),
    ),
    ("booking.no_equipment", "equipment", s("equipment", [])),
    ("booking.equipment_units", "equipment.0.units", s("equipment.0.units", 0)),
    (
        "booking.container_count",
        "equipment.0.container_numbers",
        s("equipment.0.container_numbers", ["CSQU3054383", "MSKU1234565"]),
    ),
    ("booking.no_commodities", "equipment.0.commodities", s("equipment.0.commodities", [])),
    (
        "container.format",
        "equipment.0.container_numbers.0",
        s("equipment.0.container_numbers", ["CSQ-305438"]),
    ),
    (
        "container.check_digit",
        "equipment.0.container_numbers.0",
        s("equipment.0.container_numbers", ["CSQU3054384"]),
    ),
    ("booking.reefer_temperature", "equipment.0.reefer_temperature_c", s("equipment.0.iso_code", "22R1")),
    (
        "booking.dangerous_goods",
        "equipment.0.commodities.0.imo_class",
        s("equipment.0.commodities.0.un_number", "1203"),
    ),
    (
        "booking.dangerous_goods",
        "equipment.0.commodities.1.un_number",
        s("equipment.0.commodities.1.imo_class", "8"),
    ),
    ("booking.dangerous_goods", "equipment.0.dangerous_goods", s("equipment.0.dangerous_goods", True)),
    ("booking.departure_past", "requested_departure", s("requested_departure", TODAY - timedelta(days=1))),
    ("booking.location_missing", "locations", _drop("locations", lambda loc: loc.function.value != "POL")),
    ("booking.location_missing", "locations", _drop("locations", lambda loc: loc.function.value != "POD")),
    ("booking.party_missing", "document_parties", _drop("document_parties", lambda p: p.role.value != "CN")),
    ("booking.declared_currency", "declared_currency", s("declared_currency", "")),
    ("booking.party_missing", "document_parties", _drop("document_parties", lambda p: p.role.value != "BA")),
    ("booking.dg_details", "equipment.0.commodities.0.dangerous",
     many(s("equipment.0.commodities.0.un_number", "1203"), s("equipment.0.commodities.0.imo_class", "3"))),
    ("booking.dg_weight", "equipment.0.commodities.0.dangerous.gross_weight_kg",
     many(s("equipment.0.commodities.0.un_number", "1203"), s("equipment.0.commodities.0.imo_class", "3"),
          s("equipment.0.commodities.0.dangerous", _dg()), s("equipment.0.commodities.0.gross_weight_kg", None))),
    ("booking.required", "equipment.0.commodities.0.dangerous.emergency_phone",
     s("equipment.0.commodities.0.dangerous", _dg(emergency_phone=""))),
    ("booking.contract_both", "contract_quotation_reference", s("contract_quotation_reference", "Q-1")),
    ("booking.declared_value_missing", "declared_value",
     many(s("ad_valorem_cover", True), s("declared_value", None))),
    ("booking.package_code_missing", "equipment.0.commodities.0.package_code",
     s("equipment.0.commodities.0.package_code", "")),
    ("booking.unknown_code", "equipment.0.commodities.0.package_code",
     s("equipment.0.commodities.0.package_code", "22")),
    ("booking.party_address_incomplete", "document_parties.0.city",
     many(s("document_parties.0.street", "Lvcheng Avenue"), s("document_parties.0.city", ""))),
    ("booking.party_address_incomplete", "document_parties.0.street",
     many(s("document_parties.0.street", ""), s("document_parties.0.city", "Chongqing"))),
    # 42 240 kg booked on one 40 ft high cube: more than such a box carries (a warning)
    ("booking.equipment_payload", "equipment.0.units",
     many(s("equipment.0.iso_code", "45G1"), s("equipment.0.commodities.0.gross_weight_kg", Decimal("42240")))),
]

BOOKING_PASSING: list[tuple[str, Edit]] = [
    (
        "reefer with a temperature",
        many(s("equipment.0.iso_code", "45R1"), s("equipment.0.reefer_temperature_c", Decimal("2.5"))),
    ),
    (
        "dangerous goods complete",
        many(
            s("equipment.0.dangerous_goods", True),
            s("equipment.0.commodities.0.un_number", "1203"),
            s("equipment.0.commodities.0.imo_class", "3"),
            s("equipment.0.commodities.0.dangerous", _dg()),
        ),
    ),
    ("departure today", s("requested_departure", TODAY)),
    ("a structured party address", many(s("document_parties.0.street", "Lvcheng Avenue"),
                                        s("document_parties.0.city", "Chongqing"),
                                        s("document_parties.0.country", "CHN"))),
    ("two units, one number known", s("equipment.0.units", 2)),
    ("42 240 kg spread over two 20 ft boxes", many(s("equipment.0.units", 2), s("equipment.0.iso_code", "22G1"),
                                                 s("equipment.0.commodities.0.gross_weight_kg", Decimal("42240")))),
    ("no declared value", many(s("declared_value", None), s("declared_currency", ""))),
    ("no place of delivery", _drop("locations", lambda loc: loc.function.value != "PDE")),
]
