"""Domain models (pydantic v2): master data, the shipment hub, the export declaration and the rail-sea booking.

The names below load with their module on first use, so importing one light module of the package (the filing
statuses, say) does not build every model class: an idle, logged-in app needs none of them.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.model.booking import RailSeaBooking
    from desktop.core.model.declaration import DeclarationItem, ExportDeclaration
    from desktop.core.model.fields import FieldSpec, field_specs
    from desktop.core.model.filing import FieldError, FilingStatus, Receipt
    from desktop.core.model.master import Company, CompanyRole, Party, PartyRole, Product
    from desktop.core.model.shipment import Container, GoodsLine, Route, Shipment

_HOMES = {
    "RailSeaBooking": "booking",
    "DeclarationItem": "declaration",
    "ExportDeclaration": "declaration",
    "FieldSpec": "fields",
    "field_specs": "fields",
    "FieldError": "filing",
    "FilingStatus": "filing",
    "Receipt": "filing",
    "Company": "master",
    "CompanyRole": "master",
    "Party": "master",
    "PartyRole": "master",
    "Product": "master",
    "Container": "shipment",
    "GoodsLine": "shipment",
    "Route": "shipment",
    "Shipment": "shipment",
}

__all__ = [
    "Company",
    "CompanyRole",
    "Container",
    "DeclarationItem",
    "ExportDeclaration",
    "FieldError",
    "FieldSpec",
    "FilingStatus",
    "GoodsLine",
    "Party",
    "PartyRole",
    "Product",
    "RailSeaBooking",
    "Receipt",
    "Route",
    "Shipment",
    "field_specs",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
