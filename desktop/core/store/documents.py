"""Shipments, declarations and bookings: every save a new revision, with the audit entry and the search text.

The repositories hang off a :class:`~desktop.core.store.store.Store` (``store.shipments`` ...) and use its
connection, dialect (``store/engine.py``) and search (``store/search.py``).
"""

from __future__ import annotations

import builtins
import functools
import importlib
import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from pydantic import BaseModel

from desktop.core.model.filing import EDITABLE
from desktop.core.store.engine import Connection
from desktop.core.store.errors import ConflictError, NotFoundError, StoreError
from desktop.core.store.paging import Bookmarks, page_sql
from desktop.core.store.records import (
    BookingRow,
    Change,
    DeclarationRow,
    Filters,
    Kind,
    Revision,
    ShipmentRow,
    new_id,
    pack,
)
from desktop.core.store.records import text_of as _text
from desktop.core.store.text import TEXT_OF

if TYPE_CHECKING:  # the models load with the first document read or saved, not with the store
    from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment
    from desktop.core.store.store import Store

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound=tuple[Any, ...])

#: SQLSTATE of a unique violation (two seats creating the same record at once)
UNIQUE_VIOLATION = "23505"


def diff_values(before: Any, after: Any) -> builtins.list[Change]:
    """The leaf values that differ between two JSON values, as :meth:`Store.diff_revisions` reports them."""
    changes: builtins.list[Change] = []
    _diff("", before, after, changes)
    return changes


def _diff(path: str, before: Any, after: Any, out: builtins.list[Change]) -> None:
    if isinstance(before, dict) and isinstance(after, dict):
        for key in [*before, *(k for k in after if k not in before)]:
            _diff(f"{path}.{key}" if path else str(key), before.get(key), after.get(key), out)
    elif isinstance(before, list) and isinstance(after, list):
        for i in range(max(len(before), len(after))):
            _diff(
                f"{path}.{i}" if path else str(i),
                before[i] if i < len(before) else None,
                after[i] if i < len(after) else None,
                out,
            )
    elif isinstance(before, dict | list) and after is None:
        _diff(path, before, type(before)(), out)
    elif isinstance(after, dict | list) and before is None:
        _diff(path, type(after)(), after, out)
    elif before != after:
        out.append(Change(path, before, after))


# --- documents: shipments, declarations, bookings -----------------------------------------------------------


class DocumentRepo(Generic[M, R]):
    """Shipments, declarations or bookings: save (a new revision each time), get, delete, list and page."""

    kind: Kind
    table: str
    #: the model's module and class, imported when a document is first read
    model_at: tuple[str, str]
    row_type: Callable[..., R]
    #: indexed columns written from the model (beyond id, company_id, revision, data, timestamps)
    columns: tuple[str, ...]
    #: columns a list can be sorted by (``page(sort="-updated_at")``)
    sortable: frozenset[str]

    def __init__(self, store: Store) -> None:
        self._store = store
        self._row_fields: tuple[str, ...] = tuple(getattr(self.row_type, "_fields", ()))
        self._select = ", ".join(f"x.{c}" for c in self._row_fields)
        self._bookmarks = Bookmarks()

    @functools.cached_property
    def model(self) -> type[M]:
        module, name = self.model_at
        found: type[M] = getattr(importlib.import_module(module), name)
        return found

    def _extract(self, model: M) -> tuple[Any, ...]:
        raise NotImplementedError

    def _title(self, row: R) -> tuple[str, str, str]:
        raise NotImplementedError

    # writing

    def save(
        self, model: M, author: str, *, expected_revision: int | None = None, note: str = "", action: str = ""
    ) -> Revision:
        """Store ``model`` as a new revision (``model.id`` is filled in when empty) and return that revision.

        ``expected_revision``: the revision the caller loaded; a different current one raises
        ``store.conflict`` (0 means "must not exist yet"). ``action`` names the audit entry (default
        ``create`` or ``save``).
        """
        if not getattr(model, "id", ""):
            model.id = new_id()  # type: ignore[attr-defined]
        subject_id: str = model.id  # type: ignore[attr-defined]
        company_id: str = getattr(model, "company_id", "")
        data = model.model_dump_json()
        store = self._store
        with store.transaction() as conn:
            now = store.now()  # taken under the write lock, so revisions of one record are in time order
            store.dialect.lock_record(conn, self.kind, subject_id)
            row = conn.execute(f"SELECT revision, company_id FROM {self.table} WHERE id = ?", (subject_id,)).fetchone()
            if row is not None and row[1] != company_id:
                raise StoreError(
                    "store.company_mismatch",
                    kind=self.kind,
                    id=subject_id,
                    expected=company_id,
                    actual=row[1],
                )
            current = int(row[0]) if row is not None else 0
            if expected_revision is not None and expected_revision != current:
                raise ConflictError(
                    "store.conflict",
                    kind=self.kind,
                    id=subject_id,
                    expected=expected_revision,
                    actual=current,
                )
            store._require_company(conn, company_id)
            last = conn.execute(
                "SELECT MAX(revision) FROM revisions WHERE kind = ? AND subject_id = ?",
                (self.kind, subject_id),
            ).fetchone()[0]
            revision = int(last or 0) + 1
            cols = ("id", "company_id", *self.columns, "revision", "data", "created_at", "updated_at")
            values = (subject_id, company_id, *self._extract(model), revision, data, now, now)
            updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in ("id", "created_at"))
            conn.execute(
                f"INSERT INTO {self.table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                f"ON CONFLICT(id) DO UPDATE SET {updates}",
                values,
            )
            try:
                conn.execute(
                    "INSERT INTO revisions (kind, subject_id, revision, company_id, author, created_at, note,"
                    " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (self.kind, subject_id, revision, company_id, author, now, note, pack(data)),
                )
            except Exception as exc:
                # PostgreSQL: another seat created the same record in the meantime (SQLite's lock rules it out)
                if getattr(exc, "sqlstate", None) == UNIQUE_VIOLATION:
                    raise ConflictError(
                        "store.conflict", kind=self.kind, id=subject_id, expected=current, actual=revision
                    ) from exc
                raise
            self._index(conn, subject_id, company_id, json.loads(data), now)
            store._audit(
                conn,
                author,
                action or ("save" if row is not None else "create"),
                self.kind,
                subject_id,
                company_id,
                {"revision": revision, **({"note": note} if note else {})},
                now,
            )
        return Revision(self.kind, subject_id, revision, company_id, author, now, note)

    def _index(self, conn: Connection, subject_id: str, company_id: str, data: dict[str, Any], now: str) -> None:
        text = TEXT_OF[self.kind](data)
        self._store.search_engine.index(conn, self.kind, subject_id, company_id, text, now)

    def delete(self, subject_id: str, author: str) -> None:
        """Remove the record (its revisions stay, so it can be restored). Unknown ids raise
        ``store.not_found``."""
        store = self._store
        with store.transaction() as conn:
            store.dialect.lock_record(conn, self.kind, subject_id)
            row = conn.execute(f"SELECT company_id, revision FROM {self.table} WHERE id = ?", (subject_id,)).fetchone()
            if row is None:
                raise NotFoundError("store.not_found", kind=self.kind, id=subject_id)
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (subject_id,))
            store.search_engine.remove(conn, self.kind, subject_id)
            store._audit(conn, author, "delete", self.kind, subject_id, row[0], {"revision": row[1]}, store.now())

    # reading

    def find(self, subject_id: str) -> M | None:
        row = self._store.connection().execute(f"SELECT data FROM {self.table} WHERE id = ?", (subject_id,)).fetchone()
        return None if row is None else self.model.model_validate_json(row[0])

    def get(self, subject_id: str) -> M:
        model = self.find(subject_id)
        if model is None:
            raise NotFoundError("store.not_found", kind=self.kind, id=subject_id)
        return model

    def revision_of(self, subject_id: str) -> int:
        """The current revision number (0 when the record does not exist)."""
        row = (
            self._store.connection()
            .execute(f"SELECT revision FROM {self.table} WHERE id = ?", (subject_id,))
            .fetchone()
        )
        return 0 if row is None else int(row[0])

    def exists(self, subject_id: str) -> bool:
        return self.revision_of(subject_id) > 0

    def row(self, subject_id: str) -> R | None:
        found = (
            self._store.connection()
            .execute(f"SELECT {self._select} FROM {self.table} x WHERE x.id = ?", (subject_id,))
            .fetchone()
        )
        return None if found is None else self.row_type(*found)

    def rows(self, subject_ids: Sequence[str]) -> dict[str, R]:
        """Light rows of these records by id, in one query (unknown ids are left out)."""
        wanted = list(dict.fromkeys(subject_ids))
        if not wanted:
            return {}
        marks = ", ".join("?" * len(wanted))
        sql = f"SELECT {self._select} FROM {self.table} x WHERE x.id IN ({marks})"
        found = self._store.connection().execute(sql, wanted).fetchall()
        return {str(r[0]): self.row_type(*r) for r in found}

    def list(self, company_id: str, *, limit: int | None = None) -> list[M]:
        """Full models of one company, most recently saved first (for small sets; page() for tables)."""
        sql = f"SELECT data FROM {self.table} WHERE company_id = ? ORDER BY updated_at DESC, rowid DESC"
        params: builtins.list[Any] = [company_id]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self._store.connection().execute(sql, params).fetchall()
        return [self.model.model_validate_json(r[0]) for r in rows]

    def _where(self, filters: Filters | None) -> tuple[str, builtins.list[Any]]:
        if filters is None:
            return "", []
        clauses: builtins.list[str] = []
        params: builtins.list[Any] = []
        if filters.company_id is not None:
            # with a text filter the matching IDs drive the query, not a walk over the company's rows
            column = "x.company_id"
            if (filters.text or "").strip():
                column = self._store.dialect.without_index(column)
            clauses.append(f"{column} = ?")
            params.append(filters.company_id)
        if filters.status is not None:
            if "status" not in self.columns:
                raise ValueError(f"{self.kind} has no status")
            statuses = [filters.status] if isinstance(filters.status, str) else list(filters.status)
            clauses.append(f"x.status IN ({', '.join('?' * len(statuses))})" if statuses else "1 = 0")
            params += [str(s) for s in statuses]
        if filters.shipment_id is not None:
            if "shipment_id" not in self.columns:
                raise ValueError(f"{self.kind} has no shipment_id")
            clauses.append("x.shipment_id = ?")
            params.append(filters.shipment_id)
        if filters.updated_from is not None:
            clauses.append("x.updated_at >= ?")
            params.append(filters.updated_from)
        if filters.updated_to is not None:
            clauses.append("x.updated_at < ?")
            params.append(filters.updated_to)
        if filters.ids is not None:
            ids = list(filters.ids)
            clauses.append(f"x.id IN ({', '.join('?' * len(ids))})" if ids else "1 = 0")
            params += ids
        if filters.text:
            store = self._store
            clause, extra = store.search_engine.text_filter(
                store.connection(), self.kind, filters.company_id, filters.text
            )
            if clause:
                clauses.append(clause)
                params += extra
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    def count(self, filters: Filters | None = None) -> int:
        where, params = self._where(filters)
        return int(
            self._store.connection().execute(f"SELECT COUNT(*) FROM {self.table} x{where}", params).fetchone()[0]
        )

    def page(
        self, offset: int, limit: int, sort: str = "-updated_at", filters: Filters | None = None
    ) -> builtins.list[R]:
        """Light rows ``offset .. offset+limit`` sorted by ``sort`` (a column; ``-`` prefix = descending).

        The next page of a list starts after the last row of the one before (``store/paging.py``), so scrolling
        down a long list costs the same on every page.
        """
        descending = sort.startswith("-")
        column = sort.lstrip("-+")
        if column not in self.sortable:
            raise ValueError(f"cannot sort {self.kind} by {column!r}; one of {sorted(self.sortable)}")
        offset, limit = max(0, offset), max(0, limit)
        where, params = self._where(filters)
        key = f"{column} {descending} {where} {params!r}"
        mark = self._bookmarks.nearest(key, offset) if offset > 0 else None
        if offset == 0:
            self._bookmarks.reset(key)
        skip, after = offset, []
        if mark is not None:
            start, (value, rowid) = mark
            skip, after = offset - start, [value, rowid]
        deferred = self._store.dialect.deferred_pages
        sql = page_sql(self.table, self._row_fields, column, descending, where, bool(after), deferred)
        rows = self._store.connection().execute(sql, [*params, *after, limit, skip]).fetchall()
        if rows:
            self._bookmarks.add(key, offset + len(rows), rows[-1][-2], int(rows[-1][-1]))
        return [self.row_type(*r[:-2]) for r in rows]

    def ids(self, filters: Filters | None = None) -> builtins.list[str]:
        where, params = self._where(filters)
        return [r[0] for r in self._store.connection().execute(f"SELECT x.id FROM {self.table} x{where}", params)]


class ShipmentRepo(DocumentRepo["Shipment", ShipmentRow]):
    kind: Kind = "shipment"
    table = "shipments"
    model_at = ("desktop.core.model.shipment", "Shipment")
    row_type = ShipmentRow
    columns = ("reference", "contract_no", "consignee", "destination", "port_of_discharge")
    sortable = frozenset({"updated_at", "created_at", "reference", "contract_no", "consignee", "destination"})

    def _extract(self, model: Shipment) -> tuple[Any, ...]:
        return (
            model.reference,
            model.contract_no,
            model.consignee.name or model.consignee.name_local,
            model.destination_country,
            model.route.port_of_discharge,
        )

    def _title(self, row: ShipmentRow) -> tuple[str, str, str]:
        return row.reference or row.contract_no, row.consignee, ""


class _FilingRepo(DocumentRepo[M, R]):
    def by_shipment(self, shipment_id: str) -> builtins.list[M]:
        order = "part, rowid" if "part" in self.columns else "rowid"
        rows = (
            self._store.connection()
            .execute(f"SELECT data FROM {self.table} WHERE shipment_id = ? ORDER BY {order}", (shipment_id,))
            .fetchall()
        )
        return [self.model.model_validate_json(r[0]) for r in rows]

    def by_client_seq_no(self, client_seq_no: str, company_id: str | None = None) -> M | None:
        sql = f"SELECT data FROM {self.table} WHERE client_seq_no = ?"
        params: builtins.list[Any] = [client_seq_no]
        if company_id is not None:
            sql += " AND company_id = ?"
            params.append(company_id)
        row = self._store.connection().execute(sql + " LIMIT 1", params).fetchone()
        return None if row is None else self.model.model_validate_json(row[0])

    def by_status(self, statuses: str | Sequence[str], company_id: str | None = None) -> builtins.list[M]:
        """Full models in any of ``statuses`` (e.g. every queued filing for the outbox), oldest first."""
        wanted = [statuses] if isinstance(statuses, str) else list(statuses)
        if not wanted:
            return []
        sql = f"SELECT data FROM {self.table} WHERE status IN ({', '.join('?' * len(wanted))})"
        params: builtins.list[Any] = [str(s) for s in wanted]
        if company_id is not None:
            sql += " AND company_id = ?"
            params.append(company_id)
        rows = self._store.connection().execute(sql + " ORDER BY updated_at, rowid", params).fetchall()
        return [self.model.model_validate_json(r[0]) for r in rows]

    def editable_by_shipment(self, shipment_id: str) -> builtins.list[M]:
        """Drafts of a shipment that may still be refreshed from it (status draft, rejected or failed)."""
        return [m for m in self.by_shipment(shipment_id) if getattr(m, "status", None) in EDITABLE]


class DeclarationRepo(_FilingRepo["ExportDeclaration", DeclarationRow]):
    kind: Kind = "declaration"
    table = "declarations"
    model_at = ("desktop.core.model.declaration", "ExportDeclaration")
    row_type = DeclarationRow
    columns = (
        "shipment_id",
        "part",
        "status",
        "client_seq_no",
        "customs_no",
        "contract_no",
        "consignee",
        "currency",
        "total",
    )
    sortable = frozenset(
        {
            "updated_at",
            "created_at",
            "status",
            "contract_no",
            "customs_no",
            "client_seq_no",
            "consignee",
        }
    )

    def _extract(self, model: ExportDeclaration) -> tuple[Any, ...]:
        return (
            model.shipment_id,
            model.part,
            str(model.status),
            model.client_seq_no,
            model.customs_no,
            model.contr_no,
            model.consignee_name,
            model.currency,
            _text(model.declared_total),
        )

    def _title(self, row: DeclarationRow) -> tuple[str, str, str]:
        return row.customs_no or row.contract_no or row.client_seq_no, row.consignee, row.status

    def lacking_attachments(self, status: str, edoc_codes: Sequence[str]) -> builtins.list[str]:
        """IDs of the declarations in ``status`` whose attachments miss one of ``edoc_codes``, read from the
        stored JSON by the database (no declaration is loaded)."""
        if not edoc_codes:
            return []
        has = self._store.dialect.json_list_has("x.data", "attachments", "edoc_code")
        lacks = " OR ".join(f"NOT {has}" for _ in edoc_codes)
        sql = f"SELECT x.id FROM {self.table} x WHERE x.status = ? AND ({lacks}) ORDER BY x.id"
        return [r[0] for r in self._store.connection().execute(sql, [status, *edoc_codes])]


class BookingRepo(_FilingRepo["RailSeaBooking", BookingRow]):
    kind: Kind = "booking"
    table = "bookings"
    model_at = ("desktop.core.model.booking", "RailSeaBooking")
    row_type = BookingRow
    columns = ("shipment_id", "status", "client_seq_no", "booking_reference", "requested_departure")
    sortable = frozenset(
        {
            "updated_at",
            "created_at",
            "status",
            "booking_reference",
            "client_seq_no",
            "requested_departure",
        }
    )

    def _extract(self, model: RailSeaBooking) -> tuple[Any, ...]:
        return (
            model.shipment_id,
            str(model.status),
            model.client_seq_no,
            model.carrier_booking_reference,
            _text(model.requested_departure),
        )

    def _title(self, row: BookingRow) -> tuple[str, str, str]:
        return row.booking_reference or row.client_seq_no or row.id, row.requested_departure, row.status
