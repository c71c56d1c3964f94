"""Carrier use cases: a booking as DCSA CreateBooking JSON, from a shipment file or from the workspace."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.dcsa import CarrierTerms, create_booking, unmet_conditions
from desktop.core.model.booking import RailSeaBooking
from desktop.core.services.drafts import DraftsError
from desktop.core.store import Store


@dataclass
class DcsaExport:
    """A CreateBooking body with the written DCSA conditions it does not meet yet (codes ``dcsa.*``)."""

    body: dict[str, Any]
    unmet: list[str] = field(default_factory=list)

    def text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False, indent=2) + "\n"


def dcsa_export(booking: RailSeaBooking, terms: CarrierTerms | None = None) -> DcsaExport:
    body = create_booking(booking, terms)
    return DcsaExport(body, [f"dcsa.{code}" for code in unmet_conditions(body)])


def stored_booking(store: Store, booking_id: str) -> RailSeaBooking:
    found = store.bookings.find(booking_id)
    if found is None:
        raise DraftsError("drafts.not_found", kind="booking", id=booking_id)
    return found


def write_text(text: str, path: Path) -> Path:
    """Write ``text`` to ``path`` through a temporary file in the same directory (never a half-written file)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise DraftsError("drafts.write_failed", file=str(path), detail=exc.strerror or str(exc)) from exc
    return path
