"""Claiming outbox rows when several seats send from one workspace: a row is sent by one seat at a time.

A sender claims the next queued rows with a lease (its seat id and an expiry) in ONE statement inside a write
transaction (``BEGIN IMMEDIATE`` on SQLite; on PostgreSQL the inner SELECT takes its rows ``FOR UPDATE SKIP
LOCKED``, so two seats never claim the same row)::

    UPDATE outbox SET lease_owner = :me, lease_until = :expiry, lease_taken_from = <the old owner>
    WHERE id IN (SELECT id FROM outbox WHERE <queued, not leased by another live seat> ORDER BY id LIMIT :n)
    RETURNING ...

Recording what the send got releases the lease (a sent or failed row is final; a transient failure leaves the
row queued and free for any seat). A seat killed mid-send keeps its lease until it expires — at once when the
seat was a process of this computer that has ended (a crashed app started again) — then another seat takes
the row, and because ``lease_taken_from`` names the dead owner it first looks the filing up by its
ClientSeqNo before sending again (the same key and bytes, so the platform would replay it anyway).

The lease outlasts a request (connect + read timeouts are 35 s by default). Its expiry is taken from the
database's clock (``Dialect.database_now``: the server's on PostgreSQL), never the seat's, so a seat whose clock
runs ahead cannot take a live lease as expired, nor one running behind keep a dead lease alive. Times are UTC ISO
strings.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime, timedelta

from desktop.core.outbox.rows import ROW_COLUMNS, OutboxRow, RowState, row_from_db
from desktop.core.store.engine import Connection
from desktop.core.store.store import Store
from desktop.core.store.users import seat_gone, seat_id

#: How long a claim lasts without an answer recorded.
LEASE_SECONDS = 120.0

_senders = itertools.count(1)


def new_owner() -> str:
    """A lease owner for one sender: this process's seat and a number (two senders never share leases)."""
    return f"{seat_id()}#{next(_senders)}"


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _gone_owners(conn: Connection, environment: str, owner: str, now: str) -> list[str]:
    """Owners of live leases that were processes of this computer and have ended."""
    rows = conn.execute(
        "SELECT DISTINCT lease_owner FROM outbox WHERE environment = ? AND state = ? AND lease_owner != ''"
        " AND lease_owner != ? AND lease_until >= ?",
        (environment, RowState.QUEUED, owner, now),
    ).fetchall()
    return [str(r[0]) for r in rows if seat_gone(str(r[0]))]


def _renew(conn: Connection, owner: str, ids: Sequence[int], until: str) -> None:
    if ids:
        conn.execute(
            f"UPDATE outbox SET lease_until = ? WHERE lease_owner = ? AND state = ?"
            f" AND id IN ({', '.join('?' * len(ids))})",
            (until, owner, RowState.QUEUED, *ids),
        )


def renew_leases(store: Store, owner: str, ids: Sequence[int], *, lease_seconds: float = LEASE_SECONDS) -> None:
    """Extend this owner's leases on the rows ``ids`` that are still queued to ``lease_seconds`` from now (by the
    database's clock); a row another seat has taken over, or whose answer is recorded, is left as it is."""
    if not ids:
        return
    with store.transaction(quiet=True) as conn:
        _renew(conn, owner, ids, _stamp(store.dialect.database_now(conn) + timedelta(seconds=lease_seconds)))


def claim_rows(
    store: Store,
    environment: str,
    owner: str,
    *,
    limit: int = 1,
    after_id: int = 0,
    up_to_id: int | None = None,
    lease_seconds: float = LEASE_SECONDS,
    renew: Sequence[int] = (),
) -> list[OutboxRow]:
    """Claim up to ``limit`` queued rows, oldest first, with ids above ``after_id`` (and up to ``up_to_id``),
    that no other seat holds a live lease on; returns them as claimed (``lease_taken_from`` names the seat
    whose expired lease was taken over). The leases this owner still holds on the rows ``renew`` (sent, their
    answers not recorded yet) are extended in the same transaction, to the same expiry as the new claims."""
    bound = " AND id <= ?" if up_to_id is not None else ""
    with store.transaction(quiet=True) as conn:  # a lease: nothing another seat shows
        now = store.dialect.database_now(conn)
        until = _stamp(now + timedelta(seconds=lease_seconds))
        gone = _gone_owners(conn, environment, owner, _stamp(now))
        _renew(conn, owner, renew, until)
        params: list[object] = [owner, until, owner, environment, RowState.QUEUED, after_id]
        if up_to_id is not None:
            params.append(up_to_id)
        params += [owner, _stamp(now), *gone, limit]
        sql = (
            "UPDATE outbox SET lease_owner = ?, lease_until = ?,"
            " lease_taken_from = CASE WHEN lease_owner IN ('', ?) THEN '' ELSE lease_owner END"
            " WHERE id IN (SELECT id FROM outbox WHERE environment = ? AND state = ? AND id > ?"
            + bound
            + " AND (lease_owner = '' OR lease_owner = ? OR lease_until < ?"
            + (f" OR lease_owner IN ({', '.join('?' * len(gone))})" if gone else "")
            + ") ORDER BY id LIMIT ?"
            + (" FOR UPDATE SKIP LOCKED" if store.dialect.name == "postgresql" else "")  # rows being claimed: skip
            + ")"
            f" RETURNING {ROW_COLUMNS}"
        )
        rows = [row_from_db(r) for r in conn.execute(sql, params).fetchall()]
    return sorted(rows, key=lambda r: r.id)
