"""Outbox rows as stored: their states, the row record, its columns, and the clock format of the table."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from desktop.core.errors import CoreError
from desktop.core.platform.errors import PlatformError

#: Keys are kept by the server for at least 24 h; past this age an unanswered row is looked up first.
KEY_TTL_SECONDS = 23 * 3600
ACTOR = "outbox"


class OutboxError(CoreError):
    pass


class RowState(StrEnum):
    QUEUED = "queued"
    SENT = "sent"
    FAILED = "failed"
    SUPERSEDED = "superseded"


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    environment: str
    kind: str
    action: str
    draft_id: str
    company_id: str
    client_seq_no: str
    idempotency_key: str
    payload: bytes
    payload_sha256: str
    state: str
    attempts: int
    last_error: str
    remote_id: str
    created_at: str
    updated_at: str
    first_attempt_at: str
    #: the parameters of ``last_error`` (the platform's address, the reason ...), so its message can be filled
    last_error_params: dict[str, Any] = field(default_factory=dict)
    #: the seat sending it now and until when (desktop/core/outbox/leases.py); empty when free
    lease_owner: str = ""
    lease_until: str = ""
    #: the seat whose expired lease this claim took over (it may have died mid-send)
    lease_taken_from: str = ""
    #: the workspace user signed in on the seat that queued it
    queued_by: str = ""


ROW_COLUMNS = (
    "id, environment, kind, action, draft_id, company_id, client_seq_no, idempotency_key, payload, "
    "payload_sha256, state, attempts, last_error, remote_id, created_at, updated_at, first_attempt_at, "
    "last_error_params, lease_owner, lease_until, lease_taken_from, queued_by"
)


def row_from_db(r: Any) -> OutboxRow:
    return OutboxRow(
        id=int(r[0]),
        environment=r[1],
        kind=r[2],
        action=r[3],
        draft_id=r[4],
        company_id=r[5],
        client_seq_no=r[6],
        idempotency_key=r[7],
        payload=bytes(r[8]),
        payload_sha256=r[9],
        state=r[10],
        attempts=int(r[11]),
        last_error=r[12],
        remote_id=r[13],
        created_at=r[14],
        updated_at=r[15],
        first_attempt_at=r[16],
        last_error_params=_params(r[17]),
        lease_owner=r[18],
        lease_until=r[19],
        lease_taken_from=r[20],
        queued_by=r[21],
    )


def _params(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def error_params(error: PlatformError) -> str:
    """The parameters of an error's message as JSON (field errors are kept on the receipts)."""
    return json.dumps(
        {k: v for k, v in error.params.items() if k != "errors"}, ensure_ascii=False, sort_keys=True, default=str
    )


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
