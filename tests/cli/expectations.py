"""What each sample in resources/samples must give: valid, or the rule errors (document, path) it breaks."""

from __future__ import annotations

from datetime import date

#: The day the samples are checked as of (their departures lie after it, their declaration dates before it).
AS_OF = date(2026, 12, 1)

VALID = [
    "motorcycle-parts-chongqing-haiphong.json",
    "cd-tianfu-ceramics-chengdu-singapore.json",
    "km-yunling-produce-reefer-kunming-hochiminh.json",
    "gx-beibu-forwarder-for-nn-lvyuan-port-klang.json",
    "cq-jiangling-cross-border-rail-pingxiang-hanoi.json",
    "cd-tianfu-ceramics-63-lines-two-declarations.json",
    "declaration-cd-tianfu-ceramics-singapore.json",
    "booking-km-yunling-produce-reefer.json",
    "cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json",
]

#: sample -> the (rule id, document, field path) errors it must report (others may come along)
RULE_ERRORS: dict[str, list[tuple[str, str, str]]] = {
    "invalid-net-over-gross.json": [("shipment.net_over_gross", "shipment", "net_weight")],
    "invalid-bad-uscc.json": [("company.uscc_format", "company", "uscc")],
    "invalid-bad-container-check-digit.json": [("container.check_digit", "shipment", "containers.0.number")],
    "invalid-item-total-mismatch.json": [("item.total_mismatch", "shipment", "goods.0.total")],
    "invalid-totals-mismatch.json": [("decl.total_mismatch", "declaration", "declared_total")],
    "invalid-waterway-without-vessel.json": [
        ("decl.waterway_transport_details", "declaration", "traf_name"),
        ("decl.waterway_transport_details", "declaration", "voyage_no"),
    ],
    "invalid-unknown-code.json": [
        ("shipment.unknown_code", "shipment", "package_type"),
        ("shipment.unknown_code", "shipment", "goods.1.unit"),
    ],
    "invalid-unknown-hs-subheading.json": [("shipment.hs_unknown", "shipment", "goods.1.commodity_code")],
    "invalid-bulk-with-many-packages.json": [("shipment.single_package", "shipment", "package_count")],
    "invalid-dangerous-goods-without-un-number.json": [
        ("shipment.dangerous_goods", "shipment", "goods.2.un_number"),
    ],
    "invalid-reefer-without-temperature.json": [
        ("shipment.reefer_temperature", "shipment", "containers.0.reefer_temperature_c"),
    ],
    "invalid-declaration-levy-nature.json": [("decl.mode_levy", "declaration", "cut_mode")],
}

#: sample -> (error code, texts its message must contain) for input that cannot be read at all
UNREADABLE: dict[str, tuple[str, list[str]]] = {
    "invalid-malformed-json.json": ("exchange.malformed_json", ["line 43"]),
    "invalid-wrong-types.json": (
        "exchange.invalid_value",
        ["shipment.goods.0.quantity", "shipment.package_count"],
    ),
    "invalid-kind-without-member.json": ("exchange.invalid_value", ["kind", "declaration"]),
}
