"""The audit log of a workspace: who did what to which record, written in the same transaction as the change.

A mixin of :class:`desktop.core.store.store.Store`; the repositories write entries through ``store._audit`` inside
their own transaction, other code through :meth:`AuditLog.audit`, and pages read them with :meth:`AuditLog.audit_log`.
"""

from __future__ import annotations

import json
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING, Any

from desktop.core.store.records import AuditEntry

if TYPE_CHECKING:
    from desktop.core.store.engine import Connection, Dialect


class AuditLog:
    """Writing and reading ``audit_log`` rows; the store provides the connection, clock and signed-in user."""

    dialect: Dialect
    user_name: str
    seat: str

    if TYPE_CHECKING:
        def now(self) -> str: ...

        def connection(self) -> Connection: ...

        def transaction(
            self, *, durable: bool = False, quiet: bool = False
        ) -> AbstractContextManager[Connection]: ...

    def _audit(
        self,
        conn: Connection,
        actor: str,
        action: str,
        kind: str,
        subject_id: str,
        company_id: str,
        details: dict[str, Any],
        at: str,
    ) -> int:
        return self.dialect.insert_id(
            conn,
            "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, company_id, details, user_name,"
            " seat) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                actor,
                action,
                kind,
                subject_id,
                company_id,
                json.dumps(details, ensure_ascii=False, default=str),
                self.user_name,
                self.seat,
            ),
        )

    def audit(
        self,
        actor: str,
        action: str,
        *,
        kind: str = "",
        subject_id: str = "",
        company_id: str = "",
        details: dict[str, Any] | None = None,
    ) -> int:
        """Record ``actor`` did ``action`` (e.g. ``submit``, ``login``, ``export``) on a subject; returns the
        entry id."""
        with self.transaction() as conn:
            return self._audit(conn, actor, action, kind, subject_id, company_id, details or {}, self.now())

    def audit_log(
        self,
        *,
        company_id: str | None = None,
        kind: str | None = None,
        subject_id: str | None = None,
        action: str | None = None,
        user_name: str | None = None,
        limit: int = 200,
        before_id: int | None = None,
    ) -> list[AuditEntry]:
        """Audit entries, newest first; ``before_id`` pages further back."""
        clauses: list[str] = []
        params: list[Any] = []
        for column, value in (
            ("company_id", company_id),
            ("subject_kind", kind),
            ("subject_id", subject_id),
            ("action", action),
            ("user_name", user_name),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if before_id is not None:
            clauses.append("id < ?")
            params.append(before_id)
        where = (" WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = (
            self.connection()
            .execute(
                "SELECT id, at, actor, action, subject_kind, subject_id, company_id, details, user_name, seat"
                f" FROM audit_log{where} ORDER BY id DESC LIMIT ?",
                [*params, limit],
            )
            .fetchall()
        )
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9]) for r in rows]
