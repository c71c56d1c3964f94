"""Declarations and bookings as the platform holds them: storage, receipts, events and the
processing simulator.

The simulator is driven only by the sandbox clock: each filing carries its next step and when it is due;
:func:`run_due` applies every step that is due, writing a receipt on the filing and an event on the feed.
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import UTC, datetime
from typing import Any

import orjson

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.sandbox import confirmation
from desktop.sandbox.clock import iso
from desktop.sandbox.problems import Problem, field_error
from desktop.sandbox.state import Sandbox


def _text(value: Any) -> str:
    """JSON text of a stored receipt, receipt list or extra (UTF-8, compact), encoded in C."""
    return orjson.dumps(value, option=orjson.OPT_NON_STR_KEYS).decode()

DECLARATION = "declaration"
BOOKING = "booking"

#: scenario → the steps after "received"/"requested": (status, sandbox seconds after the previous step)
DECLARATION_PLANS: dict[str, list[tuple[str, int]]] = {
    "happy": [("accepted", 60), ("released", 240)],
    "rejection": [("rejected", 60)],
    "inspection": [("accepted", 60), ("inspection", 120), ("released", 600)],
}
BOOKING_PLANS: dict[str, list[tuple[str, int]]] = {
    "happy": [("confirmed", 120)],
    "declined": [("declined", 120)],
}
MESSAGE_CODES = {
    (DECLARATION, "received"): "customs.received",
    (DECLARATION, "accepted"): "customs.accepted",
    (DECLARATION, "inspection"): "customs.inspection",
    (DECLARATION, "released"): "customs.released",
    (DECLARATION, "rejected"): "customs.rejected",
    (DECLARATION, "withdrawn"): "customs.withdrawn",
    (BOOKING, "requested"): "booking.requested",
    (BOOKING, "confirmed"): "booking.confirmed",
    (BOOKING, "declined"): "booking.no_capacity",
    (BOOKING, "cancelled"): "booking.cancelled",
}
BOOKING_FIELDS = (
    "carrier_booking_reference",
    "through_document_no",
    "train_no",
    "rail_waybill",
    "vessel_name",
    "voyage_no",
    "service_code",
)


def _plan(kind: str, scenario: str, amended: bool) -> list[tuple[str, int]]:
    if kind == DECLARATION:
        if scenario == "rejection" and amended:
            scenario = "happy"  # a corrected declaration goes through, so a class can finish the exercise
        return DECLARATION_PLANS.get(scenario, DECLARATION_PLANS["happy"])
    return BOOKING_PLANS.get(scenario, BOOKING_PLANS["happy"])


#: what a filing's summary shows (:func:`to_json` without ``detail``): every column but the document itself
SUMMARY_COLUMNS = (
    "seq, id, kind, company_id, client_seq_no, status, customs_no, receipts, extra, created_at, updated_at"
)


def receipt(status: str, at: float, message_code: str, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {"status": status, "at": iso(at), "message_code": message_code, "errors": errors or []}


# --- reading ------------------------------------------------------------------------------------------------


def _attachments(sb: Sandbox, filing_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in filing_ids}
    if not filing_ids:
        return out
    rows = sb.query(
        "SELECT filing_id, id, edoc_code, file_name, sha256, size, created_at FROM attachments "
        f"WHERE filing_id IN ({','.join('?' * len(filing_ids))}) ORDER BY created_at, id",
        tuple(filing_ids),
    )
    for a in rows:
        out[a["filing_id"]].append(
            {
                "id": a["id"],
                "edoc_code": a["edoc_code"],
                "file_name": a["file_name"],
                "sha256": a["sha256"],
                "size": a["size"],
                "created_at": iso(a["created_at"]),
            }
        )
    return out


def to_json(
    sb: Sandbox, row: sqlite3.Row, detail: bool = False, attachments: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    """A filing as the API answers it, for orjson to encode: the stored receipts go in as JSON fragments."""
    extra = orjson.loads(row["extra"])
    out: dict[str, Any] = {
        "id": row["id"],
        "kind": row["kind"],
        "client_seq_no": row["client_seq_no"],
        "company_id": row["company_id"],
        "status": row["status"],
        "customs_no": row["customs_no"],
        "receipts": orjson.Fragment(row["receipts"]),  # stored as JSON: written into the answer as it is
        "created_at": iso(row["created_at"]),
        "updated_at": iso(row["updated_at"]),
    }
    if row["kind"] == BOOKING:
        for name in BOOKING_FIELDS:
            out[name] = extra.get(name, "")
        out["container_numbers"] = extra.get("container_numbers", [])
    else:
        out["attachments"] = attachments if attachments is not None else _attachments(sb, [row["id"]])[row["id"]]
    if extra.get("warnings"):
        out["warnings"] = extra["warnings"]
    if detail:
        out[row["kind"]] = orjson.loads(row["document"])
    return out


def to_json_many(sb: Sandbox, rows: list[sqlite3.Row]) -> list[dict[str, Any]]:
    """Summaries of many filings (one attachment query for all of them)."""
    attached = _attachments(sb, [r["id"] for r in rows if r["kind"] == DECLARATION])
    return [to_json(sb, r, attachments=attached.get(r["id"])) for r in rows]


def get_row(sb: Sandbox, kind: str, filing_id: str, companies: list[str]) -> sqlite3.Row:
    row = sb.query_one("SELECT * FROM filings WHERE id = ? AND kind = ?", (filing_id, kind))
    if row is None or row["company_id"] not in companies:
        raise Problem("not-found", f"No {kind} {filing_id}.")  # another tenant's filing does not exist for you
    return row


def by_client_seq(sb: Sandbox, kind: str, company_id: str, client_seq_no: str) -> sqlite3.Row | None:
    return sb.query_one(
        "SELECT * FROM filings WHERE kind = ? AND company_id = ? AND client_seq_no = ?",
        (kind, company_id, client_seq_no),
    )


def list_rows(
    sb: Sandbox, kind: str, companies: list[str], status: str | None, cursor: int | None, limit: int
) -> tuple[list[sqlite3.Row], int | None]:
    """Summaries (:data:`SUMMARY_COLUMNS`), newest first; the cursor is the ``seq`` of the last filing of the
    previous page."""
    if not companies:
        return [], None
    sql = f"SELECT {SUMMARY_COLUMNS} FROM filings WHERE kind = ? AND company_id IN ({','.join('?' * len(companies))})"
    params: list[Any] = [kind, *companies]
    if status:
        sql += " AND status = ?"
        params.append(status)
    if cursor is not None:
        sql += " AND seq < ?"
        params.append(cursor)
    sql += " ORDER BY seq DESC LIMIT ?"
    params.append(limit + 1)
    rows = sb.query(sql, tuple(params))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1]["seq"] if more and rows else None)


# --- writing ------------------------------------------------------------------------------------------------


def _event(
    sb: Sandbox,
    conn: sqlite3.Connection,
    row: sqlite3.Row | dict[str, Any],
    status: str,
    rec: dict[str, Any],
    at: float,
    customs_no: str,
) -> None:
    conn.execute(
        "INSERT INTO events (at, kind, filing_id, company_id, client_seq_no, status, customs_no, receipt) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            at,
            row["kind"],
            row["id"],
            row["company_id"],
            row["client_seq_no"],
            status,
            customs_no,
            _text(rec),
        ),
    )


def create(
    sb: Sandbox,
    kind: str,
    username: str,
    company_id: str,
    client_seq_no: str,
    document: ExportDeclaration | RailSeaBooking,
    warnings: list[dict[str, Any]],
) -> dict[str, Any]:
    now = sb.clock.now()
    scenario = sb.scenario_of(username)[0]
    status = "received" if kind == DECLARATION else "requested"
    first = _plan(kind, scenario, amended=False)[0]
    filing_id = ("dcl_" if kind == DECLARATION else "bkg_") + secrets.token_hex(8)
    rec = receipt(status, now, MESSAGE_CODES[(kind, status)])
    doc = document.model_copy(update={"company_id": company_id, "client_seq_no": client_seq_no})
    extra: dict[str, Any] = {"step": 0}
    if warnings:
        extra["warnings"] = warnings
    with sb.tx() as conn:
        existing = conn.execute(
            "SELECT id FROM filings WHERE kind = ? AND company_id = ? AND client_seq_no = ?",
            (kind, company_id, client_seq_no),
        ).fetchone()
        if existing is not None:
            raise Problem(
                "duplicate-client-seq-no",
                f"{kind} {client_seq_no} was already filed as {existing['id']}.",
                errors=[field_error("client_seq_no", "duplicate", existing_id=existing["id"])],
                existing_id=existing["id"],
            )
        conn.execute(
            "INSERT INTO filings (id, kind, company_id, client_seq_no, status, document, receipts, extra,"
            " scenario, next_step, due_at, created_by, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                filing_id,
                kind,
                company_id,
                client_seq_no,
                status,
                doc.model_dump_json(),
                _text([rec]),
                _text(extra),
                scenario,
                first[0],
                now + first[1],
                username,
                now,
                now,
            ),
        )
        row = conn.execute("SELECT * FROM filings WHERE id = ?", (filing_id,)).fetchone()
        _event(sb, conn, row, status, rec, now, "")
    sb.bus.notify()
    return to_json(sb, row, attachments=[] if kind == DECLARATION else None)  # a new filing has none yet


def amend(
    sb: Sandbox, row: sqlite3.Row, username: str, document: ExportDeclaration, warnings: list[dict[str, Any]]
) -> dict[str, Any]:
    now = sb.clock.now()
    with sb.tx() as conn:
        current = conn.execute("SELECT * FROM filings WHERE id = ?", (row["id"],)).fetchone()
        if current["status"] not in ("received", "rejected"):
            raise Problem(
                "invalid-state",
                f"A {current['status']} declaration cannot be amended.",
                current_status=current["status"],
            )
        scenario = sb.scenario_of(username)[0]
        first = _plan(DECLARATION, scenario, amended=True)[0]
        rec = receipt("received", now, "customs.amended")
        receipts = [*orjson.loads(current["receipts"]), rec]
        extra = orjson.loads(current["extra"])
        extra.update(step=0, amended=True, warnings=warnings)
        doc = document.model_copy(
            update={"company_id": current["company_id"], "client_seq_no": current["client_seq_no"]}
        )
        conn.execute(
            "UPDATE filings SET status = 'received', document = ?, receipts = ?, extra = ?, scenario = ?, "
            "next_step = ?, due_at = ?, updated_at = ? WHERE id = ?",
            (
                doc.model_dump_json(),
                _text(receipts),
                _text(extra),
                scenario,
                first[0],
                now + first[1],
                now,
                current["id"],
            ),
        )
        _event(sb, conn, current, "received", rec, now, current["customs_no"])
        updated = conn.execute("SELECT * FROM filings WHERE id = ?", (row["id"],)).fetchone()
    sb.bus.notify()
    return to_json(sb, updated)


def finish(sb: Sandbox, row: sqlite3.Row, target: str, allowed: tuple[str, ...]) -> dict[str, Any]:
    """Withdraw a declaration / cancel a booking (repeating it answers the same)."""
    now = sb.clock.now()
    with sb.tx() as conn:
        current = conn.execute("SELECT * FROM filings WHERE id = ?", (row["id"],)).fetchone()
        if current["status"] != target:
            if current["status"] not in allowed:
                raise Problem(
                    "invalid-state",
                    f"A {current['status']} {current['kind']} cannot become {target}.",
                    current_status=current["status"],
                )
            rec = receipt(target, now, MESSAGE_CODES[(current["kind"], target)])
            receipts = [*orjson.loads(current["receipts"]), rec]
            conn.execute(
                "UPDATE filings SET status = ?, receipts = ?, next_step = NULL, due_at = NULL, "
                "updated_at = ? WHERE id = ?",
                (target, _text(receipts), now, current["id"]),
            )
            _event(sb, conn, current, target, rec, now, current["customs_no"])
        updated = conn.execute("SELECT * FROM filings WHERE id = ?", (row["id"],)).fetchone()
    sb.bus.notify()
    return to_json(sb, updated)


def add_attachment(
    sb: Sandbox, row: sqlite3.Row, edoc_code: str, file_name: str, content: bytes, sha256: str
) -> dict[str, Any]:
    now = sb.clock.now()
    attachment_id = "att_" + secrets.token_hex(8)
    with sb.tx() as conn:
        conn.execute(
            "INSERT INTO attachments (id, filing_id, edoc_code, file_name, sha256, size, content, "
            "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (attachment_id, row["id"], edoc_code, file_name, sha256, len(content), content, now),
        )
        conn.execute("UPDATE filings SET updated_at = ? WHERE id = ?", (now, row["id"]))
    return {
        "id": attachment_id,
        "filing_id": row["id"],
        "edoc_code": edoc_code,
        "file_name": file_name,
        "sha256": sha256,
        "size": len(content),
        "created_at": iso(now),
    }


# --- the simulator ------------------------------------------------------------------------------------------


def run_due(sb: Sandbox) -> int:
    """Apply every processing step due by the sandbox clock; returns how many were applied."""
    applied = 0
    now = sb.clock.now()
    while True:
        with sb.tx() as conn:
            rows = conn.execute(
                "SELECT * FROM filings WHERE due_at IS NOT NULL AND due_at <= ? ORDER BY due_at, seq LIMIT 100",
                (now,),
            ).fetchall()
            for row in rows:
                _apply(sb, conn, row)
            applied += len(rows)
        if not rows:  # a step may make the next one due at once: loop until nothing is due
            break
        sb.bus.notify()
    sb.remember_clock()
    return applied


def _apply(sb: Sandbox, conn: sqlite3.Connection, row: sqlite3.Row) -> None:
    at = float(row["due_at"])
    extra = orjson.loads(row["extra"])
    plan = _plan(row["kind"], row["scenario"], bool(extra.get("amended")))
    step = int(extra.get("step", 0))
    status = row["next_step"]
    customs_no = row["customs_no"]
    errors: list[dict[str, Any]] = []
    document = orjson.loads(row["document"])
    if status == "accepted" and not customs_no:
        customs_no = _customs_no(sb, conn, row, document, at)
    elif status == "rejected":
        items = document.get("items") or []
        errors = (
            [field_error("items.0.g_model", "customs.elements_incomplete", item=1)]
            if items
            else [field_error("items", "customs.no_items")]
        )
    elif status == "confirmed":
        extra.update(confirmation.confirm(sb, conn, document, at))
    rec = receipt(status, at, MESSAGE_CODES[(row["kind"], status)], errors)
    receipts = [*orjson.loads(row["receipts"]), rec]
    step += 1
    if step < len(plan):
        next_step, due_at = plan[step][0], at + plan[step][1]
    else:
        next_step, due_at = None, None
    extra["step"] = step
    conn.execute(
        "UPDATE filings SET status = ?, customs_no = ?, receipts = ?, extra = ?, next_step = ?, "
        "due_at = ?, updated_at = ? WHERE id = ?",
        (status, customs_no, _text(receipts), _text(extra), next_step, due_at, at, row["id"]),
    )
    _event(sb, conn, row, status, rec, at, customs_no)


def _customs_no(sb: Sandbox, conn: sqlite3.Connection, row: sqlite3.Row, document: dict[str, Any], at: float) -> str:
    """18 digits: the declaring customs district + the year + 0 (export) + a 9-digit serial."""
    district = str(document.get("custom_master") or "")
    if not (len(district) == 4 and district.isdigit()):
        company = conn.execute("SELECT district FROM companies WHERE id = ?", (row["company_id"],)).fetchone()
        district = company["district"] if company else "0000"
    year = datetime.fromtimestamp(at, UTC).year
    serial = sb.next_counter(conn, f"customs:{district}:{year}")
    return f"{district}{year}0{100_000_000 + serial:09d}"


# --- events -------------------------------------------------------------------------------------------------


def events_after(sb: Sandbox, companies: list[str], cursor: int, limit: int) -> tuple[list[dict[str, Any]], int]:
    if not companies:
        empty = sb.query_one("SELECT MAX(seq) AS m FROM events")
        return [], max(cursor, int(empty["m"] or 0) if empty else 0)
    with sb.read() as conn:  # the newest seq and the page in one snapshot
        top_row = conn.execute("SELECT MAX(seq) AS m FROM events").fetchone()
        rows = conn.execute(
            f"SELECT * FROM events WHERE seq > ? AND company_id IN ({','.join('?' * len(companies))}) "
            "ORDER BY seq LIMIT ?",
            (cursor, *companies, limit),
        ).fetchall()
    top = int(top_row["m"] or 0)
    events = [
        {
            "seq": r["seq"],
            "at": iso(r["at"]),
            "kind": r["kind"],
            "id": r["filing_id"],
            "company_id": r["company_id"],
            "client_seq_no": r["client_seq_no"],
            "status": r["status"],
            "customs_no": r["customs_no"],
            "receipt": orjson.Fragment(r["receipt"]),  # stored as JSON: written into the answer as it is
        }
        for r in rows
    ]
    if len(rows) == limit:
        return events, int(rows[-1]["seq"])
    return events, max(cursor, top)
