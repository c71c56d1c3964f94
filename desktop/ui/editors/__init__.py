"""Editors of the shipment (the hub), the export declaration and the rail-sea booking.

Each editor holds a copy of its document, writes edits into it by field path, shows rule issues on the
fields (and in a list whose entries jump to the field), autosaves a recovery copy every few seconds and on
leaving a field, and saves a revision with Ctrl+S. Saving, deriving and submitting run in the task runner.
One module per job: base (what every editor shares), table (the goods tables), recovery, issues, classify
(the HS lookup), filing (what a declaration and a booking share) and one module per editor.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtWidgets import QWidget

from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment
from desktop.ui.editors.base import DraftEditor
from desktop.ui.editors.booking import BookingEditor
from desktop.ui.editors.declaration import DeclarationEditor
from desktop.ui.editors.filing import SUBMIT_CONTEXT, FilingEditor
from desktop.ui.editors.recovery import MODELS, RecoveryJournal
from desktop.ui.editors.shipment import ShipmentEditor
from desktop.ui.editors.table import TableEditor

__all__ = [
    "MODELS",
    "SUBMIT_CONTEXT",
    "BookingEditor",
    "DeclarationEditor",
    "DraftEditor",
    "FilingEditor",
    "RecoveryJournal",
    "ShipmentEditor",
    "TableEditor",
    "open_editor",
]


def open_editor(ctx: Any, kind: str, document: BaseModel, parent: QWidget | None = None) -> DraftEditor:
    if kind == "shipment":
        assert isinstance(document, Shipment)
        return ShipmentEditor(ctx, document, parent)
    if kind == "declaration":
        assert isinstance(document, ExportDeclaration)
        return DeclarationEditor(ctx, document, parent)
    assert isinstance(document, RailSeaBooking)
    return BookingEditor(ctx, document, parent)
