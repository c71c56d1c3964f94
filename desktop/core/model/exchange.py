"""The versioned JSON exchange format: one envelope for a shipment (with its company), a declaration or a booking.

Files written by Corridor Desk and read by ``corridor-desk validate / derive / import``. The JSON Schema is
generated from these models into ``resources/schemas/`` (see :func:`json_schema`).
"""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError, model_validator
from pydantic_core import PydanticCustomError

from desktop.core.errors import CoreError
from desktop.core.model import input_errors, limits
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.fields import Model, spec_field
from desktop.core.model.master import Company
from desktop.core.model.shipment import Shipment

FORMAT = "corridor-desk/exchange"
#: 2: declarations carry the customs port codes, the inspection data and the licence documents, shipments the
#: inspection e-record number, companies their inspection code (version 1 files still read: the new fields are empty)
#: 3: declarations carry the certificates requested from the inspection office (version 1 and 2 files still read)
FORMAT_VERSION = 3


class Kind(StrEnum):
    SHIPMENT = "shipment"
    DECLARATION = "declaration"
    BOOKING = "booking"


class ExchangeDocument(Model):
    """One exchange file. Exactly the member named by ``kind`` is present (plus the company for a shipment)."""

    format: Literal["corridor-desk/exchange"] = spec_field("Format", default=FORMAT)
    version: int = spec_field("Format version", default=FORMAT_VERSION)
    kind: Kind = spec_field("Document kind", default=Kind.SHIPMENT)
    company: Company | None = spec_field("Company", default=None)
    agent: Company | None = spec_field("Declaring agent", default=None)
    shipment: Shipment | None = spec_field("Shipment", default=None)
    declaration: ExportDeclaration | None = spec_field("Export declaration", default=None)
    booking: RailSeaBooking | None = spec_field("Rail-sea booking", default=None)

    @model_validator(mode="before")
    @classmethod
    def _not_newer(cls, data: Any) -> Any:
        """A file from a newer program is refused for its version first, before any field it may not know."""
        version = data.get("version") if isinstance(data, dict) else None
        if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
            raise PydanticCustomError("newer_version", "format version {version} is newer than this program "
                                      "({supported})", {"version": version, "supported": FORMAT_VERSION})
        return data

    @model_validator(mode="after")
    def _member_present(self) -> ExchangeDocument:
        if getattr(self, self.kind.value) is None:
            raise PydanticCustomError("kind_member_missing", "kind is {kind!r} but the {kind!r} member is missing",
                                      {"kind": self.kind.value})
        if self.version > FORMAT_VERSION:
            raise PydanticCustomError("newer_version", "format version {version} is newer than this program "
                                      "({supported})", {"version": self.version, "supported": FORMAT_VERSION})
        return self


class ExchangeError(CoreError):
    """An exchange file could not be read: ``code`` says why, ``params`` carry file, field and detail."""


def parse(data: bytes | str, source: str = "") -> ExchangeDocument:
    """Parse exchange JSON; raises :class:`ExchangeError` with the field and reason on bad input (also input past
    the limits of :mod:`desktop.core.model.limits`)."""
    try:
        raw = limits.load_json(data)
    except limits.LimitError as exc:
        raise ExchangeError(exc.code, file=source, **exc.params) from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ExchangeError("exchange.malformed_json", file=source, detail=str(exc),
                            **input_errors.json_reason(exc)) from exc
    if not isinstance(raw, dict):
        raise ExchangeError("exchange.not_an_object", file=source)
    if raw.get("format") not in (None, FORMAT):
        raise ExchangeError("exchange.unknown_format", file=source, detail=str(raw.get("format")))
    try:
        return ExchangeDocument.model_validate(raw)
    except ValidationError as exc:
        errors = input_errors.describe(ExchangeDocument, exc.errors())
        raise ExchangeError("exchange.invalid_value", file=source, **errors[0], errors=errors) from exc


def read(path: Path) -> ExchangeDocument:
    try:
        data = limits.read_bounded(path)
    except limits.LimitError as exc:
        raise ExchangeError(exc.code, file=str(path), **exc.params) from exc
    except FileNotFoundError as exc:
        raise ExchangeError("exchange.file_not_found", file=str(path)) from exc
    except OSError as exc:
        raise ExchangeError("exchange.file_unreadable", file=str(path), detail=exc.strerror or str(exc)) from exc
    return parse(data, str(path))


def dumps(doc: ExchangeDocument) -> str:
    return doc.model_dump_json(indent=2, exclude_none=True)


def json_schema() -> dict[str, Any]:
    schema = ExchangeDocument.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:corridor-desk:exchange:v{FORMAT_VERSION}"
    return schema
