"""Unsaved editor contents on disk (one JSON file per open document) and the document model per kind."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment

log = logging.getLogger(__name__)


class RecoveryJournal:
    """Unsaved editor contents on disk, so a crash loses nothing: one JSON file per open document."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def _file(self, kind: str, doc_id: str) -> Path:
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in doc_id) or "new"
        return self.directory / f"{kind}-{safe}.json"

    def write(
        self,
        kind: str,
        doc_id: str,
        document: BaseModel,
        edited: Sequence[str] = (),
        unread: dict[str, str] | None = None,
    ) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self._file(kind, doc_id)
        tmp = path.with_suffix(".tmp")
        payload = {
            "kind": kind,
            "id": doc_id,
            "edited": list(edited),
            "unread": dict(unread or {}),  # typed texts that could not be read, by field path
            "document": document.model_dump(mode="json"),
        }
        tmp.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)

    def discard(self, kind: str, doc_id: str) -> None:
        self._file(kind, doc_id).unlink(missing_ok=True)

    def pending(self) -> list[dict[str, Any]]:
        if not self.directory.is_dir():
            return []
        out = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                out.append(json.loads(path.read_text(encoding="utf-8")))
            except (OSError, ValueError):
                log.warning("unreadable recovery file %s", path)
        return out

    def clear(self) -> None:
        for entry in self.pending():
            self.discard(entry["kind"], entry["id"])


MODELS: dict[str, type[BaseModel]] = {
    "shipment": Shipment,
    "declaration": ExportDeclaration,
    "booking": RailSeaBooking,
}
