"""Bringing drafts up to date with the platform's view of their filings: links, receipts, status, booking details.

:class:`FilingBook` is the part of :class:`~desktop.core.outbox.queue.Outbox` that writes what the platform
says about a filing into the workspace, always inside the caller's transaction.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING

from desktop.core.model.filing import FilingStatus, Receipt
from desktop.core.outbox.events import FilingEvent
from desktop.core.outbox.rows import RowState, now_iso
from desktop.core.platform.models import Event, Filing
from desktop.core.store.engine import Connection
from desktop.core.store.store import Store

if TYPE_CHECKING:  # the document models load with the first draft an answer updates
    from desktop.core.model.booking import RailSeaBooking

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


class FilingBook:
    """Filing links, receipts and draft updates of one environment in one workspace store."""

    store: Store
    environment: str
    actor: str

    def _remote_id(self, conn: Connection, kind: str, draft_id: str) -> str:
        found = conn.execute(
            "SELECT remote_id FROM filing_links WHERE environment = ? AND kind = ? AND draft_id = ?"
            " ORDER BY updated_at DESC LIMIT 1",
            (self.environment, kind, draft_id),
        ).fetchone()
        return str(found[0]) if found else ""

    def _current_row(self, conn: Connection, kind: str, draft_id: str) -> int:
        found = conn.execute(
            "SELECT MAX(id) FROM outbox WHERE environment = ? AND kind = ? AND draft_id = ? AND state != ?",
            (self.environment, kind, draft_id, RowState.SUPERSEDED),
        ).fetchone()
        return int(found[0] or 0)

    def _draft_for(self, conn: Connection, ev: Event) -> str | None:
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

    def _link(self, conn: Connection, kind: str, draft_id: str, filing: Filing) -> None:
        conn.execute(
            "INSERT INTO filing_links (environment, kind, remote_id, draft_id, company_id, client_seq_no,"
            " status, customs_no, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(environment, kind, remote_id) DO UPDATE SET status = excluded.status,"
            " customs_no = CASE WHEN excluded.customs_no != '' THEN excluded.customs_no"
            " ELSE filing_links.customs_no END,"
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
                now_iso(),
            ),
        )
        conn.execute(  # a queued row of this filing (its answer was lost) is delivered: stop sending it,
            # unless it superseded an older row: which version was filed is then for its sender to resolve
            "UPDATE outbox SET state = ?, remote_id = ?, updated_at = ?, lease_owner = '', lease_until = ''"
            " WHERE environment = ? AND kind = ?"
            " AND client_seq_no = ? AND company_id = ? AND state = ? AND action = 'create'"
            " AND NOT EXISTS (SELECT 1 FROM outbox AS older WHERE older.environment = outbox.environment"
            " AND older.kind = outbox.kind AND older.client_seq_no = outbox.client_seq_no"
            " AND older.company_id = outbox.company_id AND older.state = ? AND older.id < outbox.id)",
            (
                RowState.SENT,
                filing.id,
                now_iso(),
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
        conn: Connection,
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
            "INSERT INTO filing_receipts (environment, kind, draft_id, remote_id, status, at,"
            " message_code, errors, source, fingerprint, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING",
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
                now_iso(),
            ),
        )
        return int(cursor.rowcount) > 0

    def _apply_filing(
        self,
        conn: Connection,
        kind: str,
        draft_id: str,
        filing: Filing,
        source: str,
        extra_receipt: Receipt | None = None,
    ) -> FilingEvent | None:
        from desktop.core.model.booking import RailSeaBooking
        from desktop.core.model.declaration import ExportDeclaration

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
            changed = apply_booking(draft, filing) or changed
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


def apply_booking(draft: RailSeaBooking, filing: Filing) -> bool:
    from desktop.core.model.booking import CutOff

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
