"""The exact bytes of a submission: canonical JSON of the draft without its local bookkeeping fields."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the models load with the first draft, not with the outbox
    from desktop.core.model.booking import RailSeaBooking
    from desktop.core.model.declaration import ExportDeclaration

    Draft = ExportDeclaration | RailSeaBooking

#: Fields of a draft that are local bookkeeping, not part of what is filed.
LOCAL_FIELDS = frozenset({"status", "receipts", "overrides", "customs_no"})


def new_client_seq_no() -> str:
    return uuid.uuid4().hex.upper()


def build_payload(kind: str, draft: Draft, client_seq_no: str, action: str = "create") -> bytes:
    """The exact bytes sent (and re-sent) for one submission: canonical JSON, UTF-8."""
    document = draft.model_dump(mode="json", exclude=set(LOCAL_FIELDS))
    document["client_seq_no"] = client_seq_no
    body: dict[str, Any] = {kind: document}
    if action == "create":
        body = {"company_id": draft.company_id, "client_seq_no": client_seq_no, kind: document}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")
