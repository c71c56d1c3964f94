"""Derivation: the declaration(s), booking, invoice and packing list made from one shipment.

Nothing is typed twice: every value here comes from the shipment and the company master data. Refreshing a
derived draft recomputes it and then puts back the fields the user set directly on the draft (``overrides``).

The jobs live apart: ``declaration`` (the export declaration parts), ``booking`` (the rail-sea booking),
``codes`` (the Single Window codes read off the shipment), ``papers`` (invoice and packing list) and ``common``
(money and sums); this module keeps the refresh that merges a fresh derivation into an existing draft.
"""

from __future__ import annotations

import copy
from typing import TypeVar

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive.booking import derive_booking
from desktop.core.model.derive.codes import (
    LAND_BORDER_LOCODES,
    customs_container_size,
    levy_nature_for,
    transport_mode_for,
)
from desktop.core.model.derive.common import CENT, money
from desktop.core.model.derive.declaration import KG_UNITS, derive_declarations
from desktop.core.model.derive.papers import (
    InvoiceData,
    InvoiceLine,
    PackingLine,
    PackingListData,
    derive_invoice,
    derive_packing_list,
)
from desktop.core.model.filing import EDITABLE
from desktop.core.model.paths import get_path, set_path

__all__ = [
    "CENT",
    "DRAFT_STATE",
    "KG_UNITS",
    "LAND_BORDER_LOCODES",
    "InvoiceData",
    "InvoiceLine",
    "PackingLine",
    "PackingListData",
    "customs_container_size",
    "derive_booking",
    "derive_declarations",
    "derive_invoice",
    "derive_packing_list",
    "levy_nature_for",
    "money",
    "refresh",
    "transport_mode_for",
]

#: Fields that belong to the draft itself and survive a refresh untouched.
DRAFT_STATE = ("id", "status", "client_seq_no", "customs_no", "carrier_booking_reference", "receipts",
               "overrides", "attachments")

DraftT = TypeVar("DraftT", ExportDeclaration, RailSeaBooking)


def refresh(existing: DraftT, fresh: DraftT) -> DraftT:
    """``fresh`` with the draft's own state and every field the user set directly on ``existing`` kept.

    A draft that is no longer editable (submitted, released ...) is returned unchanged.
    """
    if existing.status not in EDITABLE:
        return existing
    result = fresh.model_copy(deep=True)
    for name in DRAFT_STATE:
        if name in type(existing).model_fields:
            setattr(result, name, copy.deepcopy(getattr(existing, name)))
    for path in existing.overrides:
        sentinel = object()
        value = get_path(existing, path, sentinel)
        if value is not sentinel:
            set_path(result, path, copy.deepcopy(value))
    return result

