"""The carrier's side of a confirmed rail-sea booking in the sandbox: its booking reference and through
document number, the train and vessel of the service, and the containers it allocates (ISO 6346 numbers of a
synthetic owner code), each from the sandbox's own counters."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

from stdnum import iso6346

from desktop.core.model.booking import LocationFunction, RailSeaBooking
from desktop.sandbox import schedules
from desktop.sandbox.state import Sandbox

CONTAINER_OWNER = "BBGU"  # synthetic owner code (Beibu Gulf) of the containers the sandbox allocates


def container_number(serial: int) -> str:
    base = f"{CONTAINER_OWNER}{serial % 1_000_000:06d}"
    return base + iso6346.calc_check_digit(base)


def confirm(sb: Sandbox, conn: sqlite3.Connection, document: dict[str, Any], at: float) -> dict[str, Any]:
    """What the carrier gives a booking it confirms: its references, the train and vessel of the service asked for
    (or the next one on the route), and a number for every container it allocates."""
    booking = RailSeaBooking.model_validate(document)
    service = schedules.find(booking.service_code) if booking.service_code else None
    if service is None:
        where = {loc.function: loc.locode for loc in booking.locations}
        start = booking.requested_departure or datetime.fromtimestamp(at, UTC).date()
        found = schedules.search(
            where.get(LocationFunction.PLACE_OF_RECEIPT, "CNCKG"),
            where.get(LocationFunction.PORT_OF_LOADING, "CNQZH"),
            where.get(LocationFunction.PORT_OF_DISCHARGE, "VNHPH"),
            start,
        )
        if not found:
            found = schedules.search("CNCKG", "CNQZH", "VNHPH", start)
        service = found[0]
    year = datetime.fromtimestamp(at, UTC).strftime("%y")
    containers: list[str] = []
    for equipment in booking.equipment or []:
        given = [n for n in equipment.container_numbers if equipment.shipper_owned and iso6346.is_valid(n)]
        containers.extend(given)
        for _ in range(max(equipment.units, 1) - len(given)):
            containers.append(container_number(100_000 + sb.next_counter(conn, "container")))
    if not containers:
        containers.append(container_number(100_000 + sb.next_counter(conn, "container")))
    serial = sb.next_counter(conn, f"booking:{year}")
    return {
        "carrier_booking_reference": f"BBW{year}{serial:07d}",
        "through_document_no": f"LSTD{year}{serial:08d}",
        "train_no": service.train_no,
        "rail_waybill": f"QZ{year}{(serial * 7919) % 10_000_000:07d}",
        "vessel_name": service.vessel,
        "voyage_no": service.voyage,
        "service_code": service.service_code,
        "container_numbers": containers,
        "etd": service.etd.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "eta": (service.eta + timedelta(0)).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
