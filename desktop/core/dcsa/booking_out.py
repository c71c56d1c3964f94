"""RailSeaBooking -> DCSA Booking 2.0 ``CreateBooking`` (a JSON-ready dict).

Units are DCSA's (KGM, MTQ, CEL), countries ISO 3166 alpha-2, package codes UN/ECE Rec 21, HS codes full length.
A declared value is sent only when the user asked for ad-valorem cover. Nothing is invented: a field without a
source in the booking is left out, and :func:`unmet_conditions` names the written conditions still open.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import pycountry

from desktop.core.model.booking import (
    Commodity,
    DocumentParty,
    DocumentPartyRole,
    LocationFunction,
    RailSeaBooking,
    RequestedEquipment,
)
from desktop.core.model.cargo import DangerousGoods, ReeferSettings

#: The major version sent in the ``API-Version`` header.
API_VERSION = "2"
#: DCSA: at most 5 address lines of 250 characters.
ADDRESS_LINES, ADDRESS_LINE_LENGTH = 5, 250
#: The reference type DCSA defines for the customer's (our own) reference.
OWN_REFERENCE_TYPE = "CR"

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class CarrierTerms:
    """What the carrier profile adds to every booking: the carrier's code and the default contract."""

    carrier_code: str = ""
    code_list_provider: str = "SMDG"
    service_contract_reference: str = ""
    contract_quotation_reference: str = ""


def number(value: Decimal | int) -> int | float:
    """A JSON number: integral values as int, the rest as float."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def alpha2(country: str) -> str:
    """ISO 3166 alpha-2 for the alpha-3 (or alpha-2) code the customs tables use; ``""`` when unknown."""
    if len(country) == 2:
        return country.upper()
    found = pycountry.countries.get(alpha_3=country.upper()) if country else None
    return found.alpha_2 if found is not None else ""


def measure(value: Decimal | None, unit: str) -> Json | None:
    return {"value": number(value), "unit": unit} if value is not None and value > 0 else None


def _put(out: Json, key: str, value: Any) -> None:
    if value not in (None, "", [], {}):
        out[key] = value


def address_lines(text: str) -> list[str]:
    """A free-text address as DCSA address lines: its own lines, long ones wrapped at commas or spaces."""
    lines: list[str] = []
    for raw in text.splitlines():
        rest = " ".join(raw.split())
        while len(rest) > ADDRESS_LINE_LENGTH:
            cut = max(rest.rfind(", ", 0, ADDRESS_LINE_LENGTH), rest.rfind(" ", 0, ADDRESS_LINE_LENGTH))
            cut = cut if cut > 0 else ADDRESS_LINE_LENGTH
            lines.append(rest[:cut].rstrip(", "))
            rest = rest[cut:].lstrip(", ")
        if rest:
            lines.append(rest)
    return lines[:ADDRESS_LINES]


def party(p: DocumentParty) -> Json:
    out: Json = {"partyName": p.name}
    country = alpha2(p.country)
    if p.street and p.city and country:
        address: Json = {"street": p.street, "city": p.city, "countryCode": country}
        _put(address, "streetNumber", p.street_number)
        _put(address, "postCode", p.post_code)
        _put(address, "stateRegion", p.state_region)
        out["address"] = address
    elif p.address:
        out["addressLines"] = address_lines(p.address)
    if p.contact and (p.phone or p.email):
        contact: Json = {"name": p.contact}
        _put(contact, "phone", p.phone)
        _put(contact, "email", p.email)
        out["partyContactDetails"] = [contact]
    return out


def document_parties(booking: RailSeaBooking) -> Json:
    out: Json = {}
    other: list[Json] = []
    for p in booking.document_parties:
        if p.role is DocumentPartyRole.BOOKING_AGENT:
            out.setdefault("bookingAgent", party(p))
        elif p.role is DocumentPartyRole.SHIPPER:
            out.setdefault("shipper", party(p))
        elif p.role is DocumentPartyRole.CONSIGNEE:
            out.setdefault("consignee", party(p))
        else:
            other.append({"party": party(p), "partyFunction": p.role.value})
    _put(out, "other", other)
    return out


def dangerous_goods(com: Commodity, dg: DangerousGoods) -> Json:
    out: Json = {"UNNumber": com.un_number, "properShippingName": dg.proper_shipping_name}
    _put(out, "technicalName", dg.technical_name)
    out["imoClass"] = com.imo_class
    _put(out, "subsidiaryRisk1", dg.subsidiary_risk_1)
    _put(out, "subsidiaryRisk2", dg.subsidiary_risk_2)
    out["isMarinePollutant"] = dg.marine_pollutant
    if dg.packing_group is not None:
        out["packingGroup"] = dg.packing_group
    out.update({
        "isLimitedQuantity": dg.limited_quantity,
        "isExceptedQuantity": dg.excepted_quantity,
        "isSalvagePackings": dg.salvage_packings,
        "isEmptyUncleanedResidue": dg.empty_uncleaned_residue,
        "isWaste": dg.waste,
        "isHot": dg.hot,
        "isCompetentAuthorityApprovalRequired": bool(dg.competent_authority_approval),
    })
    _put(out, "competentAuthorityApproval", dg.competent_authority_approval)
    contact: Json = {"contact": dg.emergency_contact, "phone": dg.emergency_phone}
    _put(contact, "provider", dg.emergency_provider)
    _put(contact, "referenceNumber", dg.emergency_reference)
    out["emergencyContactDetails"] = contact
    _put(out, "EMSNumber", dg.ems_number)
    out["isReportableQuantity"] = dg.reportable_quantity
    _put(out, "grossWeight", measure(dg.gross_weight_kg if dg.gross_weight_kg is not None else com.gross_weight_kg,
                                     "KGM"))
    _put(out, "netWeight", measure(dg.net_weight_kg, "KGM"))
    if dg.flash_point_c is not None:
        out["limits"] = {"temperatureUnit": "CEL", "flashPoint": number(dg.flash_point_c)}
    return out


def commodity(com: Commodity) -> Json:
    out: Json = {"commodityType": com.description}
    _put(out, "extendedHSCodes", [com.hs_code] if com.hs_code else [])
    _put(out, "cargoGrossWeight", measure(com.gross_weight_kg, "KGM"))
    _put(out, "cargoNetWeight", measure(com.net_weight_kg, "KGM"))
    _put(out, "cargoGrossVolume", measure(com.volume_m3, "MTQ"))
    packaging: Json = {}
    _put(packaging, "packageCode", com.package_code)
    if com.dangerous is not None:
        _put(packaging, "imoPackagingCode", com.dangerous.imo_packaging_code)
    if com.packages:
        packaging["numberOfPackages"] = com.packages
    if com.dangerous is not None and com.un_number:
        packaging["dangerousGoods"] = [dangerous_goods(com, com.dangerous)]
    _put(out, "outerPackaging", packaging)
    return out


def reefer(temperature: Decimal, settings: ReeferSettings | None) -> Json:
    out: Json = {"temperatureSetpoint": number(temperature), "temperatureUnit": "CEL"}
    if settings is None:
        return out
    for key, value in (("o2Setpoint", settings.o2_percent), ("co2Setpoint", settings.co2_percent),
                       ("humiditySetpoint", settings.humidity_percent),
                       ("airExchangeSetpoint", settings.air_exchange_m3h)):
        if value is not None:
            out[key] = number(value)
    if settings.air_exchange_m3h is not None:
        out["airExchangeUnit"] = "MQH"
    out.update({
        "isVentilationOpen": settings.ventilation_open,
        "isDrainholesOpen": settings.drain_holes_open,
        "isColdTreatmentRequired": settings.cold_treatment,
        "isControlledAtmosphereRequired": settings.controlled_atmosphere,
        "isPreCoolingRequired": settings.pre_cooling,
        "isGeneratorSetRequired": settings.generator_set,
    })
    return out


def equipment(eq: RequestedEquipment) -> Json:
    out: Json = {"ISOEquipmentCode": eq.iso_code, "units": eq.units, "isShipperOwned": eq.shipper_owned}
    _put(out, "equipmentReferences", list(eq.container_numbers))
    if eq.non_operating_reefer:
        out["isNonOperatingReefer"] = True
    elif eq.reefer_temperature_c is not None:
        out["activeReeferSettings"] = reefer(eq.reefer_temperature_c, eq.reefer_settings)
    _put(out, "commodities", [commodity(c) for c in eq.commodities])
    return out


def create_booking(booking: RailSeaBooking, terms: CarrierTerms | None = None) -> Json:
    """The DCSA ``CreateBooking`` body of ``booking`` (with the carrier's code and default contract)."""
    terms = terms or CarrierTerms()
    out: Json = {
        "receiptTypeAtOrigin": booking.receipt_type_at_origin.value,
        "deliveryTypeAtDestination": booking.delivery_type_at_destination.value,
        "cargoMovementTypeAtOrigin": booking.cargo_movement_type_at_origin.value,
        "cargoMovementTypeAtDestination": booking.cargo_movement_type_at_destination.value,
    }
    contract = booking.service_contract_reference
    quotation = booking.contract_quotation_reference
    if not contract and not quotation:
        contract, quotation = terms.service_contract_reference, terms.contract_quotation_reference
    _put(out, "serviceContractReference", contract)
    _put(out, "contractQuotationReference", quotation)
    out["freightPaymentTermCode"] = booking.freight_payment.value
    if booking.vessel_name:
        vessel: Json = {"name": booking.vessel_name}
        _put(vessel, "vesselIMONumber", booking.vessel_imo)
        out["vessel"] = vessel
    _put(out, "carrierServiceCode", booking.service_code[:11] if booking.service_code else "")
    _put(out, "carrierExportVoyageNumber", booking.voyage_no)
    if booking.ad_valorem_cover and booking.declared_value is not None:
        out["declaredValue"] = number(booking.declared_value)
        out["declaredValueCurrency"] = booking.declared_currency
    if terms.carrier_code:
        out["carrierCode"] = terms.carrier_code
        out["carrierCodeListProvider"] = terms.code_list_provider
    out["isExportDeclarationRequired"] = booking.export_declaration_required
    _put(out, "exportDeclarationReference", booking.export_declaration_reference)
    if booking.requested_departure is not None:
        out["expectedDepartureDate"] = booking.requested_departure.isoformat()
    out["transportDocumentTypeCode"] = booking.transport_document_type.value
    _put(out, "incoTerms", booking.incoterm)
    out["isEquipmentSubstitutionAllowed"] = booking.equipment_substitution_allowed
    own = own_reference(booking)
    if own:
        out["references"] = [{"type": OWN_REFERENCE_TYPE, "value": own}]
    out["documentParties"] = document_parties(booking)
    locations = []
    for loc in booking.locations:
        if not loc.locode:
            continue
        where: Json = {"UNLocationCode": loc.locode}
        if loc.function is LocationFunction.PLACE_OF_RECEIPT and booking.rail_origin_station:
            where["locationName"] = booking.rail_origin_station[:100]
        locations.append({"location": where, "locationTypeCode": loc.function.value})
    out["shipmentLocations"] = locations
    if any(loc.function is LocationFunction.PLACE_OF_RECEIPT for loc in booking.locations):
        out["requestedPreCarriageModeOfTransport"] = booking.pre_carriage.value
    out["requestedEquipments"] = [equipment(eq) for eq in booking.equipment]
    return out


def own_reference(booking: RailSeaBooking) -> str:
    """Our own reference of the booking, sent as the customer's reference (CR); a reference the user links is checked
    against it (DCSA has no search by it)."""
    return (booking.client_seq_no or booking.id)[:35]


def unmet_conditions(body: Json) -> list[str]:
    """The written DCSA conditions (not expressible in the schema) that ``body`` does not meet, as codes."""
    unmet = []
    has_contract = bool(body.get("serviceContractReference"))
    has_quotation = bool(body.get("contractQuotationReference"))
    if has_contract == has_quotation:
        unmet.append("contract_both" if has_contract else "contract_missing")
    dated = any(body.get(k) for k in ("expectedDepartureDate", "expectedDepartureFromPlaceOfReceiptDate")) or (
        body.get("expectedArrivalAtPlaceOfDeliveryStartDate") and body.get("expectedArrivalAtPlaceOfDeliveryEndDate"))
    if not dated and not body.get("carrierExportVoyageNumber"):
        unmet.append("schedule_missing")
    if (body.get("carrierExportVoyageNumber") and not body.get("vessel")
            and not (body.get("carrierServiceCode") or body.get("carrierServiceName"))):
        unmet.append("vessel_missing")
    if bool(body.get("declaredValue") is not None) != bool(body.get("declaredValueCurrency")):
        unmet.append("declared_value_currency")
    return unmet
