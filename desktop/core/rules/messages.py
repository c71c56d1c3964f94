"""English source messages of every rule id (translated through the ``Rule`` context) and of the error codes
of codes/rules (merged into the ``Error`` messages by desktop.core.messages).

Placeholders are named; ``{field}`` receives the field's label, translated through the ``Field`` context.
"""

from __future__ import annotations

from desktop.core.i18n import Plural

_GENERIC = {
    "required": "{field} is required.",
    "max_length": "{field} is too long: {length} characters, at most {max}.",
    "pattern": "{field} has the wrong format: {value}.",
    "unknown_code": "{field}: {value} is not in the {table}.",
    "hs_unknown": "{field}: {value} is not an HS 2022 subheading.",
    "hs_length": "{field}: {value} has {length} digits; the commodity code needs 10 — the 8-digit tariff line "
    "and 2 supplementary digits (usually 00). The HS lookup completes it.",
}

USCC_CHECK_DIGIT = (
    "The check character of the unified social credit code {value} does not match; "
    "check it (some real codes fail this check)."
)

MESSAGES: dict[str, str] = {
    **{
        f"{prefix}.{kind}": text
        for prefix in ("decl", "shipment", "booking", "company")
        for kind, text in _GENERIC.items()
        if (prefix, kind) not in (("company", "hs_unknown"), ("company", "hs_length"))
    },
    # declaration elements (申报要素) and the 10-digit code, checked in the HS lookup
    "elements.required": "Declaration element {element} is required.",
    "elements.choice": "Declaration element {element}: {value} is not one of the allowed codes ({allowed}).",
    "elements.separator": "Declaration element {element} must not contain | — it separates the elements.",
    "elements.too_long": "The declaration elements joined are {length} characters; at most {max} fit.",
    "elements.supplement": "The supplementary code {value} must be 2 digits (00 where the line is not split).",
    # declaration header
    "decl.no_items": "The declaration has no items.",
    "decl.too_many_items": "The declaration has {count} items; at most {max} are allowed. Split it.",
    "decl.waterway_transport_details": "Waterway transport: {field} is required.",
    "decl.rail_transport_details": "Rail transport: {field} is required.",
    "decl.uscc_format": "{value} is not a unified social credit code (18 characters, GB 32100-2015).",
    "decl.uscc_check_digit": USCC_CHECK_DIGIT,
    "decl.agent_incomplete": "Give both the declaring agent's credit code and its name.",
    "decl.mode_levy": ("Supervision mode {trade_mode} does not allow levy nature {cut_mode} (allowed: {allowed})."),
    "decl.customs_code_levy": "The customs code's 6th character {sixth} requires levy nature {expected} for "
    "general trade, not {cut_mode}.",
    "decl.mode_duty": ("Supervision mode {trade_mode} does not allow duty mode {duty_mode} (allowed: {allowed})."),
    "decl.manual_no": "Supervision mode {trade_mode} needs a record number (starting with {prefixes}).",
    "decl.manual_no_prefix": "The record number does not fit supervision mode {trade_mode} "
    "(expected prefix: {prefixes}).",
    "decl.not_positive": "The value must be greater than zero (is {value}).",
    "decl.net_over_gross": "Net weight {net} kg is more than the gross weight {gross} kg.",
    "decl.weight_below_one": "A weight under 1 kg ({value}) is declared as 1 kg.",
    "decl.single_package": "Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.",
    "decl.total_mismatch": "The declared total {declared} differs from the sum of the item totals {sum}.",
    "decl.declaration_date_future": "The declaration date {date} is in the future.",
    "decl.export_date_past": "The export date {date} is more than {days} days in the past.",
    "decl.charge_incomplete": "The charge is incomplete: give the mark, the amount and (for a unit price or "
    "total) the currency.",
    "decl.charge_mark_invalid": "Mark {mark} is not allowed here (allowed: {allowed}).",
    "decl.charge_required": "Transaction mode {trans_mode} needs this charge declared.",
    "decl.charge_not_expected": "Transaction mode {trans_mode} does not include this charge; leave it empty.",
    # items
    "item.sequence": "Item number {g_no} should be {expected}.",
    "item.not_positive": "The value must be greater than zero (is {value}).",
    "item.total_mismatch": "Total {total} is not quantity {quantity} × unit price {unit_price} = {expected}.",
    "item.currency_mismatch": "Item currency {currency} differs from the declaration currency {header}.",
    "item.legal_unit_incomplete": "Give the second legal quantity together with its unit.",
    "item.element_missing": "Declaration element {element} (part {part} of the specification, heading {heading}) "
    "is missing.",
    "item.element_choice": "Declaration element {element} (part {part} of the specification): {value} is not one "
    "of the allowed codes ({allowed}).",
    # containers
    "container.format": "{value} is not a container number (4 letters ending in U, J or Z, then 7 digits).",
    "container.check_digit": "The check digit of container number {value} is wrong (ISO 6346).",
    "container.unknown_item": Plural("Item {item} does not exist (the declaration has {count} items)."),
    # shipment
    "shipment.no_goods": "The shipment has no goods lines.",
    "shipment.uscc_format": "{value} is not a unified social credit code (18 characters, GB 32100-2015).",
    "shipment.uscc_check_digit": USCC_CHECK_DIGIT,
    "shipment.net_over_gross": "Net weight {net} kg is more than the gross weight {gross} kg.",
    "shipment.not_positive": "The value must be greater than zero (is {value}).",
    "shipment.single_package": "Package type {wrap_type} (bulk or unpacked) means 1 package, not {count}.",
    "shipment.sum_mismatch": "The shipment total {value} differs from the sum of the goods lines {sum}.",
    "shipment.container_goods_line": Plural("Goods line {line} does not exist (the shipment has {count} lines)."),
    "shipment.reefer_temperature": "Reefer container {size_type} needs a set temperature.",
    "shipment.goods_line_not_packed": "Goods line {line} is not in any container.",
    "shipment.container_payload": (
        "{mass} kg of cargo in one {size_type} container is more than such a box carries (about {limit} kg): "
        "check the weight or the number of containers."
    ),
    "booking.equipment_payload": (
        "{mass} kg of cargo per {size_type} container ({units} booked) is more than such a box carries "
        "(about {limit} kg): book more containers or check the weights."
    ),
    "shipment.container_volume": (
        "{volume} m³ of cargo does not fit one {size_type} container (about {limit} m³ inside)."
    ),
    "goods.density": (
        "{density} kg per m³ is not a plausible density for packed goods ({low} to {high}): check the weight "
        "and the volume."
    ),
    "goods.value_per_kg": (
        "{value} {currency} per kg (about {usd} USD) is an unusual value for goods: check the amount and the "
        "net weight."
    ),
    "shipment.dangerous_goods": "Dangerous goods need both the UN number and the IMO hazard class.",
    "shipment.dg_details": "UN {un_number}: give the dangerous goods details (proper shipping name, emergency "
    "contact, the flags).",
    "shipment.incoterm_transaction_mode": (
        "Incoterm {incoterm} is declared with transaction mode {expected}, not {transaction_mode}."
    ),
    "shipment.departure_past": "The requested departure {date} is in the past.",
    # booking
    "booking.no_equipment": "The booking requests no equipment.",
    "booking.equipment_units": "At least 1 unit of equipment is needed (is {units}).",
    "booking.container_count": "Container numbers given: {count}; units of equipment: {units}. They must match.",
    "booking.no_commodities": "The equipment carries no commodities.",
    "booking.reefer_temperature": "Reefer equipment {size_type} needs a set temperature.",
    "booking.dangerous_goods": "Dangerous goods need both the UN number and the IMO hazard class.",
    "booking.departure_past": "The requested departure {date} is in the past.",
    "booking.location_missing": "The booking needs a location of type {function}.",
    "booking.party_missing": "The booking needs a document party with function {role}.",
    "booking.declared_currency": "Give the currency of the declared value.",
    "booking.dg_details": "UN {un_number}: give the dangerous goods details (proper shipping name, emergency "
    "contact, the flags).",
    "booking.dg_weight": "Give the gross weight of the dangerous goods.",
    "booking.contract_both": "Give either the service contract or the quotation reference, not both.",
    "booking.declared_value_missing": "Ad-valorem cover needs the declared value.",
    "booking.package_code_missing": "Choose the package type (Rec 21) the carrier should see.",
    "shipment.party_address_incomplete": "The carrier needs street, city and country together in the address of "
    "{party} (or leave them all empty to send the address as written).",
    "booking.party_address_incomplete": "The carrier needs street, city and country together in the address of "
    "{party} (or leave them all empty to send the address as written).",
    # company
    "company.uscc_format": "{value} is not a unified social credit code (18 characters, GB 32100-2015).",
    "company.uscc_check_digit": USCC_CHECK_DIGIT,
    # error codes
    "codes.unknown_table": "There is no code table named {table}.",
    "codes.unreadable_table": "The code table {table} cannot be read: {detail}",
}
