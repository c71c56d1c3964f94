"""Spreadsheet use cases shared by the GUI and the CLI: preview an import, save it into a shipment, start a
shipment from an earlier one (a template) or from a client's defaults, export goods and lists to XLSX.

Nothing is written until the preview is clean or the caller skips the bad rows; the save is one transaction
through :func:`~desktop.core.services.drafts.save_shipment`, so the derived drafts follow the new goods.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.model.shipment import Shipment
from desktop.core.services.drafts import DraftsError, SaveResult, save_shipment
from desktop.core.sheets.importing import ImportPreview, preview_file
from desktop.core.sheets.safety import DEFAULT_LIMITS, Limits
from desktop.core.sheets.writing import write_goods, write_template
from desktop.core.store.records import Filters

if TYPE_CHECKING:
    from desktop.core.store import Store

__all__ = [
    "SheetImport",
    "client_defaults",
    "copy_as_template",
    "export_goods",
    "import_sheet",
    "preview",
    "write_template",
]

#: What a copied shipment keeps: the parties, route, packing and terms; never ids, numbers or dates of its own.
TEMPLATE_CLEARED = ("id", "reference", "contract_no", "invoice_no", "invoice_date")
#: What a client's defaults carry over from its latest shipment (no goods, no containers).
DEFAULT_FIELDS = ("shipper", "consignee", "notify_party", "producer_uscc", "producer_name", "package_type",
                  "transaction_mode", "incoterm", "currency", "trade_country", "destination_country", "marks")


def preview(path: Path, limits: Limits = DEFAULT_LIMITS) -> ImportPreview:
    """Read and check a spreadsheet (see :func:`desktop.core.sheets.importing.preview_file`)."""
    return preview_file(path, limits)


@dataclass
class SheetImport:
    preview: ImportPreview
    shipment: Shipment
    saved: SaveResult | None  # None: a dry run


def copy_as_template(store: Store, shipment_id: str) -> Shipment:
    """A new, unsaved shipment copied from ``shipment_id``: same parties, goods, route and terms; its own id,
    references and dates left empty, no containers (they are never the same twice)."""
    source = store.shipments.find(shipment_id)
    if source is None:
        raise DraftsError("drafts.not_found", kind="shipment", id=shipment_id)
    data = source.model_dump()
    for name in TEMPLATE_CLEARED:
        data[name] = None if name == "invoice_date" else ""
    data["containers"] = []
    route = dict(data["route"])
    for name in ("requested_departure", "train_no", "rail_waybill", "vessel", "voyage", "bill_no"):
        route[name] = None if name == "requested_departure" else ""
    data["route"] = route
    return Shipment.model_validate(data)


def client_defaults(store: Store, company_id: str) -> Shipment:
    """A new shipment for ``company_id`` with the client's defaults: parties, packing and terms of its most
    recently saved shipment (an empty shipment for a client without one)."""
    if store.companies.find(company_id) is None:
        raise DraftsError("drafts.not_found", kind="company", id=company_id)
    fresh = Shipment(company_id=company_id)
    latest = store.shipments.page(0, 1, sort="-updated_at", filters=Filters(company_id=company_id))
    if not latest:
        return fresh
    source = store.shipments.get(latest[0].id)
    data = fresh.model_dump()
    for name in DEFAULT_FIELDS:
        data[name] = getattr(source, name)
    route = source.route.model_dump()
    data["route"] = {k: route[k] for k in ("place_of_receipt", "rail_origin_station", "pre_carriage",
                                          "port_of_loading", "port_of_discharge", "place_of_delivery",
                                          "exit_customs")}
    return Shipment.model_validate(data)


def import_sheet(store: Store, path: Path, *, author: str, shipment_id: str | None = None,
                 company_id: str | None = None, template_id: str | None = None, skip_bad: bool = False,
                 append: bool = False, dry_run: bool = False, limits: Limits = DEFAULT_LIMITS,
                 today: date | None = None) -> SheetImport:
    """Import the goods (and shipment fields) of a spreadsheet into a shipment and save it.

    The target is an existing shipment (``shipment_id``; its goods replaced, or kept with ``append``), a copy
    of ``template_id``, or a new shipment with ``company_id``'s defaults. Raises ``sheet.not_clean`` while
    rows have errors and ``skip_bad`` is not set: then nothing is saved.
    """
    result = preview(path, limits)
    if shipment_id:
        base = store.shipments.find(shipment_id)
        if base is None:
            raise DraftsError("drafts.not_found", kind="shipment", id=shipment_id)
    elif template_id:
        base = copy_as_template(store, template_id)
    elif company_id:
        base = client_defaults(store, company_id)
    else:
        raise DraftsError("drafts.company_missing")
    shipment = result.apply(base, skip_bad=skip_bad, append=append)
    if not shipment.reference:
        shipment.reference = shipment.invoice_no or path.stem[:40]
    if dry_run:
        return SheetImport(result, shipment, None)
    with store.transaction():
        saved = save_shipment(store, shipment, author, today=today)
        store.audit(author, "import", kind="shipment", subject_id=saved.shipment.id,
                    company_id=shipment.company_id,
                    details={"file": path.name, "lines": len(shipment.goods),
                             "skipped": len(result.bad_rows) if skip_bad else 0})
    return SheetImport(result, saved.shipment, saved)


def export_goods(store: Store, shipment_id: str, path: Path, lang: str, *, author: str = "export") -> Path:
    """A stored shipment's goods lines as XLSX, headed in ``lang``."""
    shipment = store.shipments.find(shipment_id)
    if shipment is None:
        raise DraftsError("drafts.not_found", kind="shipment", id=shipment_id)
    write_goods(shipment, path, lang)
    store.audit(author, "export", kind="shipment", subject_id=shipment_id, company_id=shipment.company_id,
                details={"file": path.name})
    return path
