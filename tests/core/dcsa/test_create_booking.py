"""Every sample's booking as DCSA CreateBooking, checked against the real BKG 2.0.4 definition."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from desktop.core.codes.tables import table
from desktop.core.dcsa import CarrierTerms, create_booking, unmet_conditions
from desktop.core.dcsa.booking_out import address_lines
from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.derive import derive_booking
from tests.conftest import SAMPLES
from tests.core.dcsa.schema import errors

SHIPMENT_SAMPLES = sorted(
    p.name for p in SAMPLES.glob("*.json")
    if not p.name.startswith("invalid-") and json.loads(p.read_text(encoding="utf-8")).get("kind") == "shipment"
)
TERMS = CarrierTerms(carrier_code="CSLT", service_contract_reference="SC-BEIBU-2026-01")


def booking_of(name: str) -> RailSeaBooking:
    doc = exchange.read(SAMPLES / name)
    assert doc.shipment is not None
    return derive_booking(doc.shipment, company=doc.company, agent=doc.agent)


def walk(node: Any, key: str) -> list[Any]:
    found = []
    if isinstance(node, dict):
        for k, v in node.items():
            found += [v] if k == key else []
            found += walk(v, key)
    elif isinstance(node, list):
        for v in node:
            found += walk(v, key)
    return found


def test_the_samples_include_dangerous_goods_and_reefer() -> None:
    bodies = [create_booking(booking_of(n)) for n in SHIPMENT_SAMPLES]
    assert len(SHIPMENT_SAMPLES) >= 6
    assert any(walk(b, "dangerousGoods") for b in bodies)
    assert any(walk(b, "activeReeferSettings") for b in bodies)


@pytest.mark.parametrize("name", SHIPMENT_SAMPLES)
def test_every_shipment_sample_gives_a_valid_create_booking(name: str) -> None:
    body = create_booking(booking_of(name), TERMS)
    assert errors(body, "CreateBooking") == []
    assert errors(body, "UpdateBooking") == []  # the same body is sent as an amendment (PUT)
    assert unmet_conditions(body) == []
    rec21 = table("rec21_package").codes
    assert all(code in rec21 for code in walk(body, "packageCode"))
    assert all(len(code) == 2 for code in walk(body, "countryCode"))
    assert "declaredValue" not in body
    assert body["documentParties"]["bookingAgent"]["partyName"]


def test_the_booking_sample_file_gives_a_valid_create_booking() -> None:
    doc = exchange.read(SAMPLES / "booking-km-yunling-produce-reefer.json")
    assert doc.booking is not None
    assert errors(create_booking(doc.booking, TERMS), "CreateBooking") == []


def test_dangerous_goods_carry_every_field_dcsa_requires() -> None:
    body = create_booking(booking_of("cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json"), TERMS)
    [dg1], [dg2] = (c["outerPackaging"]["dangerousGoods"] for c in body["requestedEquipments"][0]["commodities"])
    assert dg1["UNNumber"] == "1263" and dg1["properShippingName"] == "PAINT" and dg1["packingGroup"] == 3
    assert dg1["grossWeight"] == {"value": 8800, "unit": "KGM"}
    assert dg1["limits"] == {"temperatureUnit": "CEL", "flashPoint": 32}
    assert dg2["packingGroup"] == 2 and dg1["emergencyContactDetails"]["phone"] == "+86 23 6578 2299"
    commodity = body["requestedEquipments"][0]["commodities"][0]
    assert commodity["extendedHSCodes"] == ["3208909090"]
    assert commodity["outerPackaging"]["packageCode"] == "1A"  # the line's own Rec 21 choice over 39 -> DR
    assert body["documentParties"]["shipper"]["address"] == {
        "street": "Lvcheng Avenue", "city": "Chongqing", "countryCode": "CN", "streetNumber": "16",
        "postCode": "401326", "stateRegion": "Jiulongpo District"}


def test_a_dangerous_line_without_details_fails_the_definition_and_the_rules() -> None:
    from desktop.core.rules import check_booking

    booking = booking_of("cq-yutu-coatings-dangerous-goods-chongqing-haiphong.json")
    booking.equipment[0].commodities[0].dangerous = None
    assert "booking.dg_details" in {i.rule_id for i in check_booking(booking)}
    # without details the line goes without dangerousGoods; with half-filled details the schema refuses it
    assert booking.equipment[0].commodities[1].dangerous is not None
    booking.equipment[0].commodities[1].dangerous.emergency_phone = ""
    assert any("emergencyContactDetails" in e for e in errors(create_booking(booking, TERMS), "CreateBooking"))


def test_reefer_settings_and_mapped_package_codes() -> None:
    body = create_booking(booking_of("km-yunling-produce-reefer-kunming-hochiminh.json"), TERMS)
    first = body["requestedEquipments"][0]
    assert first["activeReeferSettings"] == {
        "temperatureSetpoint": 0.5, "temperatureUnit": "CEL", "humiditySetpoint": 90, "airExchangeSetpoint": 25,
        "airExchangeUnit": "MQH", "isVentilationOpen": True, "isDrainholesOpen": True,
        "isColdTreatmentRequired": False, "isControlledAtmosphereRequired": False, "isPreCoolingRequired": True,
        "isGeneratorSetRequired": False}
    assert first["commodities"][0]["outerPackaging"] == {"packageCode": "CT", "numberOfPackages": 1800}
    assert first["commodities"][0]["cargoGrossVolume"] == {"value": 27, "unit": "MTQ"}


def test_declared_value_only_with_ad_valorem_cover() -> None:
    booking = booking_of("motorcycle-parts-chongqing-haiphong.json")
    assert "declaredValue" not in create_booking(booking, TERMS)
    booking.ad_valorem_cover = True
    body = create_booking(booking, TERMS)
    assert (body["declaredValue"], body["declaredValueCurrency"]) == (35800, "USD")
    assert errors(body, "CreateBooking") == []


def test_free_text_addresses_become_lines_within_dcsa_lengths() -> None:
    text = "Lô C4, " + "Khu công nghiệp Đình Vũ, " * 20 + "Hải Phòng\nViệt Nam"
    lines = address_lines(text)
    assert 1 < len(lines) <= 5 and all(len(line) <= 250 for line in lines)
    assert lines[-1] == "Việt Nam"


def test_unmet_conditions_are_named() -> None:
    booking = booking_of("motorcycle-parts-chongqing-haiphong.json")
    booking.requested_departure = None
    booking.voyage_no = ""
    assert unmet_conditions(create_booking(booking)) == ["contract_missing", "schedule_missing"]
    booking.service_contract_reference = "SC1"
    booking.contract_quotation_reference = "Q1"
    assert "contract_both" in unmet_conditions(create_booking(booking))


def test_numbers_are_json_numbers_not_strings() -> None:
    booking = booking_of("km-yunling-produce-reefer-kunming-hochiminh.json")
    booking.equipment[0].commodities[0].gross_weight_kg = Decimal("10080.5")
    body = create_booking(booking, TERMS)
    assert body["requestedEquipments"][0]["commodities"][0]["cargoGrossWeight"]["value"] == 10080.5
    json.dumps(body)
