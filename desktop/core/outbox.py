"""Durable, idempotent sending of filings: at-least-once delivery + server deduplication = filed exactly once.

Submitting a draft marks it ``queued`` and writes an outbox row — idempotency key (uuid4), the exact payload
bytes and their SHA-256, kind, draft, company, environment, ClientSeqNo — in ONE transaction committed with
``synchronous=FULL``. :class:`OutboxSender` delivers each row with the same key and the same bytes until a
final answer, also after a crash or restart. A final 4xx is recorded on the draft (with the field errors, as a
receipt) and never retried blindly. When the server may have forgotten the key (a long outage) or answers that
the key was used for another body, the filing is first looked up by its ClientSeqNo. Editing a queued draft
and submitting it again supersedes the old row with a new key and a new payload but the SAME ClientSeqNo: the
platform files at most one filing under it, so an old POST that reached the platform unheard (or arrives late)
can never make a second one. Before the new row is first sent, the ClientSeqNo is looked up: when the earlier
version was filed, the draft is linked to that filing and gets an ``outbox.earlier_version_filed`` receipt
(the edits are not filed; amend to file them) instead of a second filing.

Receipts (from answers and from the event feed, polled with a cursor kept per environment) update the draft's
status, customs number and receipts list and the audit log. Listeners registered with
:func:`subscribe_filings` and :func:`subscribe_outbox` are called (from the sending thread) after each
change is committed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from desktop.core.channels.base import Channel
from desktop.core.channels.platform import PlatformChannel
from desktop.core.errors import CoreError
from desktop.core.model.booking import CutOff, RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import EDITABLE, FieldError, FilingStatus, Receipt
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.errors import (
    AuthError,
    DuplicateClientSeqNo,
    IdempotencyMismatch,
    InvalidState,
    NotLoggedIn,
    PlatformError,
    Unreachable,
)
from desktop.core.platform.models import Event, Filing
from desktop.core.store.store import Store

log = logging.getLogger("desktop.core.outbox")

#: The tables (outbox, filing_links, filing_receipts, event_cursors) are created by migration step 3 in
#: desktop/core/store/migrations.py.

#: Keys are kept by the server for at least 24 h; past this age an unanswered row is looked up first.
KEY_TTL_SECONDS = 23 * 3600
ACTOR = "outbox"

#: Fields of a draft that are local bookkeeping, not part of what is filed.
LOCAL_FIELDS = frozenset({"status", "receipts", "overrides", "customs_no"})

#: How far along a filing is; an answer never moves a draft back (a late replay after an event, say).
_RANK: dict[FilingStatus, int] = {
    FilingStatus.DRAFT: 0,
    FilingStatus.FAILED: 0,
    FilingStatus.QUEUED: 0,
    FilingStatus.RECEIVED: 1,
    FilingStatus.REQUESTED: 1,
    FilingStatus.ACCEPTED: 2,
    FilingStatus.REJECTED: 2,
    FilingStatus.CONFIRMED: 2,
    FilingStatus.DECLINED: 2,
    FilingStatus.INSPECTION: 3,
    FilingStatus.RELEASED: 4,
    FilingStatus.WITHDRAWN: 4,
    FilingStatus.CANCELLED: 4,
}


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


_ROW_COLUMNS = (
    "id, environment, kind, action, draft_id, company_id, client_seq_no, idempotency_key, payload, "
    "payload_sha256, state, attempts, last_error, remote_id, created_at, updated_at, first_attempt_at, "
    "last_error_params"
)


@dataclass(frozen=True, slots=True)
class FilingEvent:
    """A draft's status changed (payload of :func:`subscribe_filings`)."""

    kind: str
    id: str
    status: str
    customs_no: str = ""
    remote_id: str = ""
    environment: str = ""
    errors: tuple[FieldError, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    """The number of rows still waiting in an environment (payload of :func:`subscribe_outbox`).

    After a drain, ``online`` says whether the platform answered and ``session_expired`` that the login is gone
    (the UI asks to log in again); both are None for events sent when a row is queued or recorded.
    """

    pending: int
    environment: str
    online: bool | None = None
    session_expired: bool | None = None


@dataclass
class DrainResult:
    sent: int = 0
    replayed: int = 0
    failed: int = 0
    pending: int = 0
    looked_up: int = 0
    errors: list[PlatformError] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return any(isinstance(e, Unreachable) for e in self.errors)


# --- listeners --------------------------------------------------------------------------------

_listeners_lock = threading.Lock()
_filing_listeners: list[Callable[[FilingEvent], None]] = []
_outbox_listeners: list[Callable[[OutboxEvent], None]] = []


def subscribe_filings(callback: Callable[[FilingEvent], None]) -> Callable[[], None]:
    """Call ``callback`` for every status change; returns a function that unsubscribes."""
    with _listeners_lock:
        _filing_listeners.append(callback)
    return lambda: _unsubscribe(_filing_listeners, callback)


def subscribe_outbox(callback: Callable[[OutboxEvent], None]) -> Callable[[], None]:
    with _listeners_lock:
        _outbox_listeners.append(callback)
    return lambda: _unsubscribe(_outbox_listeners, callback)


def _unsubscribe(registry: list[Any], callback: Any) -> None:
    with _listeners_lock:
        if callback in registry:
            registry.remove(callback)


def _emit(registry: list[Any], event: Any) -> None:
    with _listeners_lock:
        callbacks = list(registry)
    for callback in callbacks:
        try:
            callback(event)
        except Exception:  # a broken listener must not stop delivery
            log.exception("outbox listener failed")


# --- payloads --------------------------------------------------------------------------------

Draft = ExportDeclaration | RailSeaBooking


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


def _now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _parse_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


class Outbox:
    """The outbox rows, receipts and event cursor of one environment in one workspace store."""

    def __init__(
        self,
        store: Store,
        environment: str,
        *,
        actor: str = ACTOR,
        encode: Callable[[str, Draft, str, str], bytes] | None = None,
    ) -> None:
        self.store = store
        self.environment = str(environment)
        self.actor = actor
        #: builds the exact bytes of a row (kind, draft, ClientSeqNo, action); the platform's JSON by default.
        #: A channel with its own message format (DecMessage) passes its writer; it may raise to refuse the draft.
        self.encode = encode or build_payload

    # -- submitting

    def submit(self, kind: str, draft_id: str, *, actor: str = "", action: str = "create") -> OutboxRow:
        """Queue the draft: status ``queued`` + an outbox row, in one durable transaction.

        A draft that is already queued (edited since) gets a new key and payload under the same ClientSeqNo;
        its older row is superseded (the sender resolves what became of it before sending the new one).
        ``action="amend"`` queues an amendment of a filing the platform already holds.
        """
        repo = self.store.documents(kind)
        with self.store.transaction(durable=True) as conn:
            draft = repo.find(draft_id)
            if draft is None:
                raise OutboxError("outbox.draft_not_found", ident=draft_id)
            remote_id = self._remote_id(conn, kind, draft_id)
            if action == "amend":
                if not remote_id:
                    raise OutboxError("filing.not_submitted", ident=draft_id)
            elif draft.status not in EDITABLE and draft.status is not FilingStatus.QUEUED:
                raise OutboxError("outbox.not_submittable", ident=draft_id, status=str(draft.status))
            earlier = conn.execute(  # a queued create row may already have reached the platform unheard
                "SELECT client_seq_no FROM outbox WHERE environment = ? AND kind = ? AND draft_id = ?"
                " AND state = ? AND action = 'create' ORDER BY id DESC LIMIT 1",
                (self.environment, kind, draft_id, RowState.QUEUED),
            ).fetchone()
            conn.execute(
                "UPDATE outbox SET state = ?, updated_at = ? WHERE environment = ? AND kind = ?"
                " AND draft_id = ? AND state = ?",
                (RowState.SUPERSEDED, _now_iso(), self.environment, kind, draft_id, RowState.QUEUED),
            )
            if action != "create":
                client_seq_no = draft.client_seq_no
            else:
                client_seq_no = str(earlier[0]) if earlier else new_client_seq_no()
            draft.client_seq_no = client_seq_no
            draft.status = FilingStatus.QUEUED
            payload = self.encode(kind, draft, client_seq_no, action)
            repo.save(draft, actor or self.actor, action="submit" if action == "create" else action)
            now = _now_iso()
            cursor = conn.execute(
                "INSERT INTO outbox (environment, kind, action, draft_id, company_id, client_seq_no,"
                " idempotency_key, payload, payload_sha256, state, attempts, last_error, remote_id,"
                " created_at, updated_at, first_attempt_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, '')",
                (
                    self.environment,
                    kind,
                    action,
                    draft_id,
                    draft.company_id,
                    client_seq_no,
                    str(uuid.uuid4()),
                    payload,
                    hashlib.sha256(payload).hexdigest(),
                    RowState.QUEUED,
                    remote_id if action == "amend" else "",
                    now,
                    now,
                ),
            )
            row_id = int(cursor.lastrowid or 0)
        row = self.row(row_id)
        assert row is not None
        _emit(_filing_listeners, FilingEvent(kind, draft_id, FilingStatus.QUEUED, environment=self.environment))
        _emit(_outbox_listeners, OutboxEvent(self.pending_count(), self.environment))
        return row

    # -- reading

    def row(self, row_id: int) -> OutboxRow | None:
        found = self.store.connection().execute(f"SELECT {_ROW_COLUMNS} FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return None if found is None else _row(found)

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        sql = f"SELECT {_ROW_COLUMNS} FROM outbox WHERE environment = ? AND state = ? ORDER BY id"
        params: list[Any] = [self.environment, RowState.QUEUED]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [_row(r) for r in self.store.connection().execute(sql, params).fetchall()]

    def pending_count(self) -> int:
        found = (
            self.store.connection()
            .execute(
                "SELECT COUNT(*) FROM outbox WHERE environment = ? AND state = ?",
                (self.environment, RowState.QUEUED),
            )
            .fetchone()
        )
        return int(found[0])

    def rows_for(self, kind: str, draft_id: str) -> list[OutboxRow]:
        rows = (
            self.store.connection()
            .execute(
                f"SELECT {_ROW_COLUMNS} FROM outbox WHERE environment = ? AND kind = ? AND draft_id = ? ORDER BY id",
                (self.environment, kind, draft_id),
            )
            .fetchall()
        )
        return [_row(r) for r in rows]

    def remote_id(self, kind: str, draft_id: str) -> str:
        return self._remote_id(self.store.connection(), kind, draft_id)

    def _remote_id(self, conn: sqlite3.Connection, kind: str, draft_id: str) -> str:
        found = conn.execute(
            "SELECT remote_id FROM filing_links WHERE environment = ? AND kind = ? AND draft_id = ?"
            " ORDER BY updated_at DESC LIMIT 1",
            (self.environment, kind, draft_id),
        ).fetchone()
        return str(found[0]) if found else ""

    def receipts(self, kind: str, draft_id: str) -> list[dict[str, Any]]:
        rows = (
            self.store.connection()
            .execute(
                "SELECT status, at, message_code, errors, source, remote_id FROM filing_receipts"
                " WHERE environment = ? AND kind = ? AND draft_id = ? ORDER BY id",
                (self.environment, kind, draft_id),
            )
            .fetchall()
        )
        return [
            {
                "status": r[0],
                "at": r[1],
                "message_code": r[2],
                "errors": json.loads(r[3]),
                "source": r[4],
                "remote_id": r[5],
            }
            for r in rows
        ]

    def cursor(self) -> int:
        found = (
            self.store.connection()
            .execute("SELECT cursor FROM event_cursors WHERE environment = ?", (self.environment,))
            .fetchone()
        )
        return int(found[0]) if found else 0

    # -- recording answers (each in one durable transaction; listeners are called after the commit)

    def record_sent(self, row: OutboxRow, filing: Filing, *, source: str = "response") -> None:
        with self.store.transaction(durable=True) as conn:
            conn.execute(  # a superseded row's late answer stays superseded: its newer row resolves it
                "UPDATE outbox SET state = CASE WHEN state = ? THEN state ELSE ? END, remote_id = ?,"
                " attempts = attempts + 1, last_error = '', last_error_params = '{}', updated_at = ?,"
                " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END"
                " WHERE id = ?",
                (RowState.SUPERSEDED, RowState.SENT, filing.id, _now_iso(), _now_iso(), row.id),
            )
            self._link(conn, row.kind, row.draft_id, filing)
            event = self._apply_filing(conn, row.kind, row.draft_id, filing, source)
            self._audit_filed(row, filing, "platform_" + (filing.status or "received"))
        self._announce(event)

    def record_earlier_version(self, row: OutboxRow, filing: Filing) -> None:
        """The platform holds an earlier version of this draft under the row's ClientSeqNo (sent by a row this
        one superseded): link the draft to it, close the row, and say so on the draft; nothing is filed twice."""
        code = "outbox.earlier_version_filed"
        receipt = Receipt(
            status=filing.filing_status() or FilingStatus.RECEIVED, at=datetime.now(UTC), message_code=code
        )
        now = _now_iso()
        with self.store.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, remote_id = ?, last_error = ?, updated_at = ? WHERE id = ?",
                (RowState.SENT, filing.id, code, now, row.id),
            )
            self._link(conn, row.kind, row.draft_id, filing)
            event = self._apply_filing(conn, row.kind, row.draft_id, filing, "lookup", extra_receipt=receipt)
            self._audit_filed(row, filing, "platform_earlier_version_filed")
        self._announce(event)

    def _audit_filed(self, row: OutboxRow, filing: Filing, action: str) -> None:
        """The audit entry for a row the platform holds as ``filing`` (inside the caller's transaction)."""
        self.store.audit(
            self.actor,
            action,
            kind=row.kind,
            subject_id=row.draft_id,
            company_id=row.company_id,
            details={
                "remote_id": filing.id,
                "client_seq_no": row.client_seq_no,
                "environment": self.environment,
                "idempotency_key": row.idempotency_key,
            },
        )

    def _announce(self, event: FilingEvent | None) -> None:
        """Tell the listeners, after the commit: the filing's change (if any) and the outbox's new count."""
        if event is not None:
            _emit(_filing_listeners, event)
        _emit(_outbox_listeners, OutboxEvent(self.pending_count(), self.environment))

    def has_superseded_sibling(self, row: OutboxRow) -> bool:
        """Whether an older row of the same filing (same ClientSeqNo) was superseded: it may have been filed."""
        found = (
            self.store.connection()
            .execute(
                "SELECT 1 FROM outbox WHERE environment = ? AND kind = ? AND client_seq_no = ? AND company_id = ?"
                " AND state = ? AND id < ? AND action = 'create' LIMIT 1",
                (self.environment, row.kind, row.client_seq_no, row.company_id, RowState.SUPERSEDED, row.id),
            )
            .fetchone()
        )
        return found is not None

    def record_sending(self, row: OutboxRow) -> None:
        """Note durably that the row's first POST is about to leave (so a restart knows it may have arrived)."""
        now = _now_iso()
        with self.store.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET first_attempt_at = ?, updated_at = ? WHERE id = ? AND first_attempt_at = ''",
                (now, now, row.id),
            )

    def record_in_flight(self, row: OutboxRow) -> None:
        """Note durably that a create of the row is about to leave (``first_attempt_at`` if not yet set, last error
        ``outbox.in_flight``): after a crash mid-request the row says its request may have arrived."""
        now = _now_iso()
        with self.store.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET last_error = 'outbox.in_flight', last_error_params = '{}', updated_at = ?,"
                " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END WHERE id = ?",
                (now, now, row.id),
            )

    def record_failed(self, row: OutboxRow, error: PlatformError) -> None:
        """A final refusal: the row stops, the draft becomes ``failed`` with the field errors as a receipt."""
        receipt = Receipt(
            status=FilingStatus.FAILED,
            at=datetime.now(UTC),
            message_code=error.code,
            errors=list(error.field_errors),
        )
        repo = self.store.documents(row.kind)
        with self.store.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, last_error_params = ?,"
                " updated_at = ? WHERE id = ?",
                (RowState.FAILED, error.code, _error_params(error), _now_iso(), row.id),
            )
            draft = repo.find(row.draft_id)
            current = self._current_row(conn, row.kind, row.draft_id)
            if draft is not None and current == row.id:
                draft.status = FilingStatus.FAILED
                if row.action == "amend":  # a refused amendment leaves the filing as the platform has it
                    link = conn.execute(
                        "SELECT status FROM filing_links WHERE environment = ? AND kind = ? AND remote_id = ?",
                        (self.environment, row.kind, row.remote_id),
                    ).fetchone()
                    if link is not None and link[0] in FilingStatus.__members__.values():
                        draft.status = FilingStatus(link[0])
                draft.receipts.append(receipt)
                repo.save(draft, self.actor, action="platform_failed", note=error.code)
            self._insert_receipt(conn, row.kind, row.draft_id, "", receipt, "response")
            self.store.audit(
                self.actor,
                "platform_refused",
                kind=row.kind,
                subject_id=row.draft_id,
                company_id=row.company_id,
                details={
                    "code": error.code,
                    "status": error.status,
                    "environment": self.environment,
                    "errors": [e.model_dump() for e in error.field_errors],
                },
            )
        _emit(
            _filing_listeners,
            FilingEvent(
                row.kind,
                row.draft_id,
                FilingStatus.FAILED,
                environment=self.environment,
                errors=tuple(error.field_errors),
            ),
        )
        _emit(_outbox_listeners, OutboxEvent(self.pending_count(), self.environment))

    def record_attempt(self, row: OutboxRow, error: PlatformError) -> None:
        """A transient failure: the row stays queued (same key, same bytes) for the next drain."""
        now = _now_iso()
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, last_error_params = ?, updated_at = ?,"
                " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END"
                " WHERE id = ? AND state = ?",
                (error.code, _error_params(error), now, now, row.id, RowState.QUEUED),
            )

    def apply_remote(self, kind: str, draft_id: str, filing: Filing, source: str = "sync") -> FilingEvent | None:
        """Bring a draft up to date with the platform's view of its filing (status, customs no, receipts)."""
        with self.store.transaction(durable=True) as conn:
            self._link(conn, kind, draft_id, filing)
            event = self._apply_filing(conn, kind, draft_id, filing, source)
        if event is not None:
            _emit(_filing_listeners, event)
        return event

    def apply_events(self, events: list[Event], next_cursor: int, fetch: Callable[[str, str], Filing]) -> int:
        """Apply a page of the event feed and move the cursor, atomically; returns how many drafts changed.

        Events that bring details (a customs number, a confirmed booking's train and containers) are completed
        with ``fetch(kind, id)`` before the transaction, so no network call happens while it holds the lock.
        """
        conn = self.store.connection()
        prepared: list[tuple[Event, str, Filing, Receipt | None]] = []
        for ev in events:
            draft_id = self._draft_for(conn, ev)
            if draft_id is None:
                continue
            filing = Filing(
                id=ev.id,
                client_seq_no=ev.client_seq_no,
                company_id=ev.company_id,
                status=ev.status,
                receipts=[ev.receipt] if ev.receipt is not None else [],
            )
            if ev.status in (FilingStatus.ACCEPTED, FilingStatus.CONFIRMED):
                try:
                    filing = fetch(ev.kind, ev.id)
                except PlatformError as exc:
                    log.info("could not fetch %s %s: %s", ev.kind, ev.id, exc.code)
                    filing = Filing(
                        id=ev.id,
                        client_seq_no=ev.client_seq_no,
                        company_id=ev.company_id,
                        status=ev.status,
                    )
            prepared.append((ev, draft_id, filing, ev.receipt.to_model() if ev.receipt is not None else None))
        changed: list[FilingEvent] = []
        with self.store.transaction(durable=True) as conn:
            for ev, draft_id, filing, receipt in prepared:
                self._link(conn, ev.kind, draft_id, filing)
                event = self._apply_filing(conn, ev.kind, draft_id, filing, "event", extra_receipt=receipt)
                if event is not None:
                    changed.append(event)
            conn.execute(
                "INSERT INTO event_cursors (environment, cursor, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(environment) DO UPDATE SET cursor = excluded.cursor,"
                " updated_at = excluded.updated_at",
                (self.environment, next_cursor, _now_iso()),
            )
        for event in changed:
            _emit(_filing_listeners, event)
        return len(changed)

    # -- internals

    def _current_row(self, conn: sqlite3.Connection, kind: str, draft_id: str) -> int:
        found = conn.execute(
            "SELECT MAX(id) FROM outbox WHERE environment = ? AND kind = ? AND draft_id = ? AND state != ?",
            (self.environment, kind, draft_id, RowState.SUPERSEDED),
        ).fetchone()
        return int(found[0] or 0)

    def _draft_for(self, conn: sqlite3.Connection, ev: Event) -> str | None:
        found = conn.execute(
            "SELECT draft_id FROM filing_links WHERE environment = ? AND kind = ? AND remote_id = ?",
            (self.environment, ev.kind, ev.id),
        ).fetchone()
        if found:
            return str(found[0])
        found = conn.execute(  # the answer to our POST was lost but the event tells us
            "SELECT draft_id FROM outbox WHERE environment = ? AND kind = ? AND client_seq_no = ?"
            " AND company_id = ?"
            " ORDER BY id DESC LIMIT 1",
            (self.environment, ev.kind, ev.client_seq_no, ev.company_id),
        ).fetchone()
        return str(found[0]) if found else None

    def _link(self, conn: sqlite3.Connection, kind: str, draft_id: str, filing: Filing) -> None:
        conn.execute(
            "INSERT INTO filing_links (environment, kind, remote_id, draft_id, company_id, client_seq_no,"
            " status, customs_no, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(environment, kind, remote_id) DO UPDATE SET status = excluded.status,"
            " customs_no = CASE WHEN excluded.customs_no != '' THEN excluded.customs_no ELSE customs_no END,"
            " updated_at = excluded.updated_at",
            (
                self.environment,
                kind,
                filing.id,
                draft_id,
                filing.company_id,
                filing.client_seq_no,
                filing.status,
                filing.customs_no,
                _now_iso(),
            ),
        )
        conn.execute(  # a queued row of this filing (its answer was lost) is delivered: stop sending it,
            # unless it superseded an older row: which version was filed is then for its sender to resolve
            "UPDATE outbox SET state = ?, remote_id = ?, updated_at = ? WHERE environment = ? AND kind = ?"
            " AND client_seq_no = ? AND company_id = ? AND state = ? AND action = 'create'"
            " AND NOT EXISTS (SELECT 1 FROM outbox AS older WHERE older.environment = outbox.environment"
            " AND older.kind = outbox.kind AND older.client_seq_no = outbox.client_seq_no"
            " AND older.company_id = outbox.company_id AND older.state = ? AND older.id < outbox.id)",
            (
                RowState.SENT,
                filing.id,
                _now_iso(),
                self.environment,
                kind,
                filing.client_seq_no,
                filing.company_id,
                RowState.QUEUED,
                RowState.SUPERSEDED,
            ),
        )

    def _insert_receipt(
        self,
        conn: sqlite3.Connection,
        kind: str,
        draft_id: str,
        remote_id: str,
        receipt: Receipt,
        source: str,
    ) -> bool:
        at = receipt.at.isoformat() if receipt.at else ""
        errors = json.dumps([e.model_dump() for e in receipt.errors], ensure_ascii=False, sort_keys=True)
        fingerprint = hashlib.sha256(
            "|".join(
                (
                    self.environment,
                    kind,
                    draft_id,
                    remote_id,
                    receipt.status,
                    at,
                    receipt.message_code,
                    errors,
                )
            ).encode()
        ).hexdigest()
        cursor = conn.execute(
            "INSERT OR IGNORE INTO filing_receipts (environment, kind, draft_id, remote_id, status, at,"
            " message_code, errors, source, fingerprint, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                self.environment,
                kind,
                draft_id,
                remote_id,
                str(receipt.status),
                at,
                receipt.message_code,
                errors,
                source,
                fingerprint,
                _now_iso(),
            ),
        )
        return cursor.rowcount > 0

    def _apply_filing(
        self,
        conn: sqlite3.Connection,
        kind: str,
        draft_id: str,
        filing: Filing,
        source: str,
        extra_receipt: Receipt | None = None,
    ) -> FilingEvent | None:
        receipts = [r for r in (w.to_model() for w in filing.receipts) if r is not None]
        if extra_receipt is not None:
            receipts.append(extra_receipt)
        for receipt in receipts:
            self._insert_receipt(conn, kind, draft_id, filing.id, receipt, source)
        repo = self.store.documents(kind)
        draft = repo.find(draft_id)
        status = filing.filing_status()
        if draft is None or status is None:
            return None
        if draft.client_seq_no and filing.client_seq_no and draft.client_seq_no != filing.client_seq_no:
            return None  # an older submission of a draft that has been submitted again since
        changed = False
        if _RANK.get(status, 0) >= _RANK.get(draft.status, 0) and status != draft.status:
            draft.status = status
            changed = True
        if filing.customs_no and isinstance(draft, ExportDeclaration) and draft.customs_no != filing.customs_no:
            draft.customs_no = filing.customs_no
            changed = True
        if isinstance(draft, RailSeaBooking):
            changed = _apply_booking(draft, filing) or changed
        known = {(r.status, r.at, r.message_code) for r in draft.receipts}
        for receipt in receipts:
            if (receipt.status, receipt.at, receipt.message_code) not in known:
                draft.receipts.append(receipt)
                known.add((receipt.status, receipt.at, receipt.message_code))
                changed = True
        if not changed:
            return None
        repo.save(draft, self.actor, action="platform_" + str(draft.status), note=source)
        return FilingEvent(
            kind,
            draft_id,
            str(draft.status),
            customs_no=getattr(draft, "customs_no", ""),
            remote_id=filing.id,
            environment=self.environment,
            errors=tuple(e for r in receipts for e in r.errors),
        )


def _apply_booking(draft: RailSeaBooking, filing: Filing) -> bool:
    changed = False
    names = (
        "carrier_booking_reference",
        "through_document_no",
        "train_no",
        "rail_waybill",
        "vessel_name",
        "voyage_no",
        "service_code",
    )
    for name in names:
        value = getattr(filing, name)
        if value and getattr(draft, name) != value:
            setattr(draft, name, value)
            changed = True
    cut_offs = [CutOff(code=c.code[:3], at=c.at) for c in getattr(filing, "cut_offs", ()) if c.code]
    if cut_offs and draft.cut_offs != cut_offs:
        draft.cut_offs = cut_offs
        changed = True
    if filing.container_numbers and draft.equipment:
        numbers = list(filing.container_numbers)
        for equipment in draft.equipment:
            take, numbers = numbers[: equipment.units], numbers[equipment.units :]
            if take and equipment.container_numbers != take:
                equipment.container_numbers = take
                changed = True
    return changed


def _row(r: Any) -> OutboxRow:
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
    )


def _params(text: str) -> dict[str, Any]:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _error_params(error: PlatformError) -> str:
    """The parameters of an error's message as JSON (field errors are kept on the receipts)."""
    return json.dumps(
        {k: v for k, v in error.params.items() if k != "errors"}, ensure_ascii=False, sort_keys=True, default=str
    )


class OutboxSender:
    """Delivers the queued rows of one outbox through one channel; ``drain()`` for tests/CLI, ``start()`` for a
    background thread that drains whenever woken (after a submit) and every ``interval`` seconds.

    ``channel`` is any :class:`~desktop.core.channels.base.Channel`; a :class:`PlatformClient` is wrapped in the
    platform channel."""

    def __init__(self, outbox: Outbox, channel: Channel | PlatformClient, *, workers: int = 1) -> None:
        if isinstance(channel, PlatformClient):
            channel = PlatformChannel(channel)
        if outbox.environment != channel.environment:
            raise ValueError("the outbox and the channel belong to different environments")
        self.outbox = outbox
        self.channel = channel
        self.workers = max(1, workers)
        self._drain_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_result = DrainResult()

    # -- one pass

    def drain(self, max_rows: int | None = None) -> DrainResult:
        """Send every queued row once (oldest first) until done or offline; returns what happened."""
        result = DrainResult()
        with self._drain_lock:
            rows = self.outbox.pending(max_rows)
            if self.workers == 1 or len(rows) < 2:
                for row in rows:
                    if not self._deliver(row, result):
                        break
            else:
                stop = threading.Event()

                def work(row: OutboxRow) -> DrainResult:
                    own = DrainResult()  # one per row, merged below: no shared counters between threads
                    if not stop.is_set() and not self._deliver(row, own):
                        stop.set()
                    return own

                with ThreadPoolExecutor(self.workers, thread_name_prefix="outbox") as pool:
                    for own in pool.map(work, rows):
                        result.sent += own.sent
                        result.replayed += own.replayed
                        result.failed += own.failed
                        result.looked_up += own.looked_up
                        result.errors.extend(own.errors)
            result.pending = self.outbox.pending_count()
        self.last_result = result
        _emit(
            _outbox_listeners,
            OutboxEvent(
                result.pending,
                self.outbox.environment,
                online=not result.offline,
                session_expired=any(isinstance(e, NotLoggedIn | AuthError) for e in result.errors),
            ),
        )
        return result

    def _deliver(self, row: OutboxRow, result: DrainResult) -> bool:
        """Deliver one row; False when the rest of the queue should wait (offline, logged out)."""
        outbox = self.outbox
        current = outbox.row(row.id)
        if current is None or current.state != RowState.QUEUED:
            return True  # superseded by an edit, or delivered by another sender meanwhile
        row = current
        resolving = row.action == "create" and outbox.has_superseded_sibling(row)
        try:
            if resolving and not row.first_attempt_at:
                # it replaced a row that may have reached the platform: what became of the ClientSeqNo?
                found = self.channel.find(row)
                if found is not None:  # the earlier version was filed (this row never left)
                    result.looked_up += 1
                    outbox.record_earlier_version(row, found)
                    return True
                outbox.record_sending(row)
            elif row.action == "create" and self._key_may_be_forgotten(row):
                found = self.channel.find(row)
                if found is not None:
                    result.looked_up += 1
                    outbox.record_sent(row, found, source="lookup")
                    result.sent += 1
                    return True
            delivery = self.channel.deliver(row)
        except (IdempotencyMismatch, InvalidState, DuplicateClientSeqNo) as exc:
            # the key came back with "another body" or the ClientSeqNo is taken: was it filed after all?
            found = None
            if row.action == "create":
                try:
                    found = self.channel.find(row)
                except PlatformError as lookup_error:
                    outbox.record_attempt(row, lookup_error)
                    result.errors.append(lookup_error)
                    return lookup_error.final
            if found is not None:
                result.looked_up += 1
                if resolving and isinstance(exc, DuplicateClientSeqNo):
                    # this row's own key would have been replayed: an earlier version holds the ClientSeqNo
                    outbox.record_earlier_version(row, found)
                    return True
                outbox.record_sent(row, found, source="lookup")
                result.sent += 1
                return True
            outbox.record_failed(row, exc)
            result.failed += 1
            result.errors.append(exc)
            return True
        except (NotLoggedIn, AuthError) as exc:
            outbox.record_attempt(row, exc)
            result.errors.append(exc)
            return False
        except PlatformError as exc:
            result.errors.append(exc)
            if exc.final:
                outbox.record_failed(row, exc)
                result.failed += 1
                return True
            outbox.record_attempt(row, exc)
            return not isinstance(exc, Unreachable)
        outbox.record_sent(row, delivery.filing)
        result.sent += 1
        result.replayed += int(delivery.replayed)
        return True

    @staticmethod
    def _key_may_be_forgotten(row: OutboxRow) -> bool:
        if not row.first_attempt_at:
            return False
        first = _parse_iso(row.first_attempt_at)
        return first is not None and (datetime.now(UTC) - first).total_seconds() > KEY_TTL_SECONDS

    # -- event feed

    def poll_events(self, wait: float = 0, max_pages: int = 50) -> int:
        """Fetch events after the saved cursor and apply them; returns how many drafts changed."""
        changed = 0
        for _ in range(max_pages):
            cursor = self.outbox.cursor()
            page = self.channel.receipts(cursor, wait=wait)
            if not page.events and page.next_cursor == cursor:
                break
            changed += self.outbox.apply_events(page.events, page.next_cursor, self.channel.fetch)
            if not page.events:
                break
            wait = 0
        return changed

    # -- background thread

    def start(self, interval: float = 15.0) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(interval,), name=f"outbox-{self.outbox.environment}", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self, interval: float) -> None:
        delay = interval
        while not self._stop.is_set():
            try:
                result = self.drain()
                self.poll_events()
                delay = min(delay * 2, 300.0) if result.offline else interval
            except PlatformError as exc:
                log.info("outbox pass stopped: %s", exc.code)
                delay = min(delay * 2, 300.0)
            except Exception:
                log.exception("outbox pass failed")
                delay = min(delay * 2, 300.0)
            self._wake.wait(delay)
            self._wake.clear()
