"""The outbox of one environment: queueing submissions durably, reading rows, recording what each send got."""

from __future__ import annotations

import hashlib
import json
import logging
import uuid
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.core.model.filing import EDITABLE, FilingStatus, Receipt
from desktop.core.outbox.events import FilingEvent, OutboxEvent, emit_filing, emit_outbox
from desktop.core.outbox.filings import FilingBook
from desktop.core.outbox.payloads import build_payload, new_client_seq_no
from desktop.core.outbox.rows import (
    ACTOR,
    ROW_COLUMNS,
    OutboxError,
    OutboxRow,
    RowState,
    error_params,
    now_iso,
    row_from_db,
)
from desktop.core.platform.errors import PlatformError
from desktop.core.platform.models import Event, Filing
from desktop.core.store.store import Store

if TYPE_CHECKING:
    from desktop.core.outbox.payloads import Draft

log = logging.getLogger("desktop.core.outbox")


class Outbox(FilingBook):
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
                "UPDATE outbox SET state = ?, updated_at = ?, lease_owner = '', lease_until = ''"
                " WHERE environment = ? AND kind = ? AND draft_id = ? AND state = ?",
                (RowState.SUPERSEDED, now_iso(), self.environment, kind, draft_id, RowState.QUEUED),
            )
            if action != "create":
                client_seq_no = draft.client_seq_no
            else:
                client_seq_no = str(earlier[0]) if earlier else new_client_seq_no()
            draft.client_seq_no = client_seq_no
            draft.status = FilingStatus.QUEUED
            payload = self.encode(kind, draft, client_seq_no, action)
            repo.save(draft, actor or self.actor, action="submit" if action == "create" else action)
            now = now_iso()
            row_id = self.store.dialect.insert_id(
                conn,
                "INSERT INTO outbox (environment, kind, action, draft_id, company_id, client_seq_no,"
                " idempotency_key, payload, payload_sha256, state, attempts, last_error, remote_id,"
                " created_at, updated_at, first_attempt_at, queued_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, '', ?)",
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
                    self.store.user_name or actor or self.actor,
                ),
            )
        row = self.row(row_id)
        assert row is not None
        emit_filing(FilingEvent(kind, draft_id, FilingStatus.QUEUED, environment=self.environment))
        emit_outbox(OutboxEvent(self.pending_count(), self.environment))
        return row

    # -- reading

    def row(self, row_id: int) -> OutboxRow | None:
        found = self.store.connection().execute(f"SELECT {ROW_COLUMNS} FROM outbox WHERE id = ?", (row_id,)).fetchone()
        return None if found is None else row_from_db(found)

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        sql = f"SELECT {ROW_COLUMNS} FROM outbox WHERE environment = ? AND state = ? ORDER BY id"
        params: list[Any] = [self.environment, RowState.QUEUED]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row_from_db(r) for r in self.store.connection().execute(sql, params).fetchall()]

    def rows(
        self, *, queued_by: str | None = None, states: tuple[str, ...] = (), limit: int | None = None
    ) -> list[OutboxRow]:
        """Rows of this environment, oldest first: those ``queued_by`` one user, in ``states`` (all if empty)."""
        sql = f"SELECT {ROW_COLUMNS} FROM outbox WHERE environment = ?"
        params: list[Any] = [self.environment]
        if queued_by is not None:
            sql += " AND queued_by = ?"
            params.append(queued_by)
        if states:
            sql += f" AND state IN ({', '.join('?' * len(states))})"
            params.extend(states)
        sql += " ORDER BY id"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [row_from_db(r) for r in self.store.connection().execute(sql, params).fetchall()]

    def last_queued_id(self) -> int:
        found = (
            self.store.connection()
            .execute(
                "SELECT MAX(id) FROM outbox WHERE environment = ? AND state = ?", (self.environment, RowState.QUEUED)
            )
            .fetchone()
        )
        return int(found[0] or 0)

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
                f"SELECT {ROW_COLUMNS} FROM outbox WHERE environment = ? AND kind = ? AND draft_id = ? ORDER BY id",
                (self.environment, kind, draft_id),
            )
            .fetchall()
        )
        return [row_from_db(r) for r in rows]

    def remote_id(self, kind: str, draft_id: str) -> str:
        return self._remote_id(self.store.connection(), kind, draft_id)

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
        self.record_sent_many([(row, filing)], source=source)

    def record_sent_many(self, answered: Sequence[tuple[OutboxRow, Filing]], *, source: str = "response") -> None:
        """Record the platform's answers to several rows in ONE durable transaction (a group commit: one sync to
        disk for all of them); the listeners hear of each only after that commit. A crash before it loses
        nothing: the rows are still queued under the same keys, and sending them again replays the answers."""
        if not answered:
            return
        if len(answered) > 1:
            try:
                self._record_sent_together(answered, source)
            except Exception:  # one answer that cannot be recorded must not hold up the others: one at a time
                log.exception("recording %d answers together failed; recording them one by one", len(answered))
                for one in answered:
                    self._record_sent_together([one], source)
            return
        self._record_sent_together(answered, source)

    def _record_sent_together(self, answered: Sequence[tuple[OutboxRow, Filing]], source: str) -> None:
        events: list[FilingEvent | None] = []
        with self.store.transaction(durable=True) as conn:
            for row, filing in answered:
                now = now_iso()
                conn.execute(  # a superseded row's late answer stays superseded: its newer row resolves it
                    "UPDATE outbox SET state = CASE WHEN state = ? THEN state ELSE ? END, remote_id = ?,"
                    " attempts = attempts + 1, last_error = '', last_error_params = '{}', updated_at = ?,"
                    " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END,"
                    " lease_owner = '', lease_until = '' WHERE id = ?",
                    (RowState.SUPERSEDED, RowState.SENT, filing.id, now, now, row.id),
                )
                self._link(conn, row.kind, row.draft_id, filing)
                events.append(self._apply_filing(conn, row.kind, row.draft_id, filing, source))
                self._audit_filed(row, filing, "platform_" + (filing.status or "received"))
        for event in events:
            if event is not None:
                emit_filing(event)
        emit_outbox(OutboxEvent(self.pending_count(), self.environment))

    def record_earlier_version(self, row: OutboxRow, filing: Filing) -> None:
        """The platform holds an earlier version of this draft under the row's ClientSeqNo (sent by a row this
        one superseded): link the draft to it, close the row, and say so on the draft; nothing is filed twice."""
        code = "outbox.earlier_version_filed"
        receipt = Receipt(
            status=filing.filing_status() or FilingStatus.RECEIVED, at=datetime.now(UTC), message_code=code
        )
        now = now_iso()
        with self.store.transaction(durable=True) as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, remote_id = ?, last_error = ?, updated_at = ?,"
                " lease_owner = '', lease_until = '' WHERE id = ?",
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
                "queued_by": row.queued_by,
                **({"taken_over_from": row.lease_taken_from} if row.lease_taken_from else {}),
            },
        )

    def _announce(self, event: FilingEvent | None) -> None:
        """Tell the listeners, after the commit: the filing's change (if any) and the outbox's new count."""
        if event is not None:
            emit_filing(event)
        emit_outbox(OutboxEvent(self.pending_count(), self.environment))

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
        now = now_iso()
        with self.store.transaction(durable=True, quiet=True) as conn:
            conn.execute(
                "UPDATE outbox SET first_attempt_at = ?, updated_at = ? WHERE id = ? AND first_attempt_at = ''",
                (now, now, row.id),
            )

    def record_in_flight(self, row: OutboxRow) -> None:
        """Note durably that a create of the row is about to leave (``first_attempt_at`` if not yet set, last error
        ``outbox.in_flight``): after a crash mid-request the row says its request may have arrived."""
        now = now_iso()
        with self.store.transaction(durable=True, quiet=True) as conn:
            conn.execute(
                "UPDATE outbox SET last_error = 'outbox.in_flight', last_error_params = '{}', updated_at = ?,"
                " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END WHERE id = ?",
                (now, now, row.id),
            )

    def release(self, row: OutboxRow) -> None:
        """End a claim without an answer (the drain stopped before the row's turn): any seat may send it."""
        with self.store.transaction(quiet=True) as conn:
            conn.execute(
                "UPDATE outbox SET lease_owner = '', lease_until = '' WHERE id = ? AND lease_owner = ?",
                (row.id, row.lease_owner),
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
                " updated_at = ?, lease_owner = '', lease_until = '' WHERE id = ?",
                (RowState.FAILED, error.code, error_params(error), now_iso(), row.id),
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
        emit_filing(
            FilingEvent(
                row.kind,
                row.draft_id,
                FilingStatus.FAILED,
                environment=self.environment,
                errors=tuple(error.field_errors),
            ),
        )
        emit_outbox(OutboxEvent(self.pending_count(), self.environment))

    def record_attempt(self, row: OutboxRow, error: PlatformError) -> None:
        """A transient failure: the row stays queued (same key, same bytes) for the next drain, and the seat's
        lease on it ends (any seat may try next; a lease another seat took over meanwhile stays theirs)."""
        now = now_iso()
        with self.store.transaction(quiet=True) as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, last_error = ?, last_error_params = ?, updated_at = ?,"
                " first_attempt_at = CASE WHEN first_attempt_at = '' THEN ? ELSE first_attempt_at END,"
                " lease_until = CASE WHEN lease_owner = ? THEN '' ELSE lease_until END,"
                " lease_owner = CASE WHEN lease_owner = ? THEN '' ELSE lease_owner END"
                " WHERE id = ? AND state = ?",
                (error.code, error_params(error), now, now, row.lease_owner, row.lease_owner, row.id, RowState.QUEUED),
            )

    def apply_remote(self, kind: str, draft_id: str, filing: Filing, source: str = "sync") -> FilingEvent | None:
        """Bring a draft up to date with the platform's view of its filing (status, customs no, receipts)."""
        with self.store.transaction(durable=True) as conn:
            self._link(conn, kind, draft_id, filing)
            event = self._apply_filing(conn, kind, draft_id, filing, source)
        if event is not None:
            emit_filing(event)
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
        # only the cursor moves when no event is about a draft here: nothing for another seat to reload
        with self.store.transaction(durable=True, quiet=not prepared) as conn:
            for ev, draft_id, filing, receipt in prepared:
                self._link(conn, ev.kind, draft_id, filing)
                event = self._apply_filing(conn, ev.kind, draft_id, filing, "event", extra_receipt=receipt)
                if event is not None:
                    changed.append(event)
            conn.execute(
                "INSERT INTO event_cursors (environment, cursor, updated_at) VALUES (?, ?, ?)"
                " ON CONFLICT(environment) DO UPDATE SET cursor = excluded.cursor,"
                " updated_at = excluded.updated_at",
                (self.environment, next_cursor, now_iso()),
            )
        for event in changed:
            emit_filing(event)
        return len(changed)

    # -- internals
