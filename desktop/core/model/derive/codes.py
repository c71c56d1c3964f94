"""The Single Window codes a declaration takes from the shipment: levy nature, container size, transport mode,
means of transport and transport document."""

from __future__ import annotations

from desktop.core.model.shipment import PreCarriage, Shipment

#: Corridor land border crossings: goods leaving here go by rail or road, not by sea.
LAND_BORDER_LOCODES = frozenset({"CNPIN", "CNHKM", "CNMHN", "CNRUI"})


def levy_nature_for(customs_code: str) -> str:
    """The levy nature of general trade implied by the 6th character of the customs code."""
    sixth = customs_code[5:6]
    return {"2": "602", "3": "601", "4": "603"}.get(sixth, "101")


def customs_container_size(iso_size_type: str) -> str:
    """The customs container size code for an ISO 6346 size-type code (22G1 -> 21, 45R1 -> 12 ...)."""
    if len(iso_size_type) < 3:
        return ""
    long_box = iso_size_type[0] in "4L"
    kind = iso_size_type[2]
    if kind == "G":
        return "11" if long_box else "21"
    if kind == "R":
        return "12" if long_box else "22"
    if kind == "T":
        return "13" if long_box else "23"
    return "32" if long_box else "31"


def transport_mode_for(shipment: Shipment) -> str:
    """Transport mode at the exit: waterway from a seaport, rail or road at a land border."""
    if shipment.route.port_of_loading in LAND_BORDER_LOCODES:
        return "3" if shipment.route.pre_carriage == PreCarriage.RAIL else "4"
    return "2"


def means_of_transport(shipment: Shipment) -> str:
    return shipment.route.vessel if transport_mode_for(shipment) == "2" else shipment.route.train_no


def transport_document(shipment: Shipment) -> str:
    if transport_mode_for(shipment) == "2":
        return shipment.route.bill_no
    return shipment.route.rail_waybill or shipment.route.bill_no

