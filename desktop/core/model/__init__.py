"""Domain models (pydantic v2): master data, the shipment hub, the export declaration and the rail-sea booking."""

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import DeclarationItem, ExportDeclaration
from desktop.core.model.fields import FieldSpec, field_specs
from desktop.core.model.filing import FieldError, FilingStatus, Receipt
from desktop.core.model.master import Company, CompanyRole, Party, PartyRole, Product
from desktop.core.model.shipment import Container, GoodsLine, Route, Shipment

__all__ = [
    "Company", "CompanyRole", "Container", "DeclarationItem", "ExportDeclaration", "FieldError", "FieldSpec",
    "FilingStatus", "GoodsLine", "Party", "PartyRole", "Product", "RailSeaBooking", "Receipt", "Route", "Shipment",
    "field_specs",
]
