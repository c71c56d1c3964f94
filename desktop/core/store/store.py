"""The workspace store: typed access to one SQLite database (master data, drafts, revisions, audit, search).

Usage::

    store = Store.open(paths.workspace_db, backups_dir=paths.backups)   # or Store.open_workspace(paths)
    store.companies.upsert(company, author="li")
    store.parties(company.id).upsert(party); store.products(company.id).suggest("摩托")
    rev = store.shipments.save(shipment, author="li")        # every save is a new revision
    store.shipments.get(shipment.id); store.declarations.by_shipment(shipment.id)
    store.revisions("shipment", shipment.id); store.restore("shipment", shipment.id, 1, author="li")
    store.search(company.id, "海防"); store.shipments.page(0, 100, "-updated_at", Filters(company_id=...))
    with store.transaction(durable=True): ...                # outbox: several writes, fsync on commit
    store.backup(); store.close()

Every method may be called from any thread (one connection per thread, see ``store/db.py``). Records are
stored as the model's ``model_dump_json()`` plus indexed columns; an empty ``id`` is filled in (uuid4 hex) on
the model passed to ``save``/``upsert``. Saving a shipment does not refresh its derived drafts
(``core.services`` does).
"""

from __future__ import annotations

import builtins
import json
import sqlite3
import uuid
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from desktop.core.model import Company, ExportDeclaration, Party, Product, RailSeaBooking, Shipment
from desktop.core.model.filing import EDITABLE
from desktop.core.paths import DEFAULT_WORKSPACE, AppPaths
from desktop.core.store.db import Database
from desktop.core.store.errors import ConflictError, NotFoundError, StoreError
from desktop.core.store.migrations import MIGRATIONS, Migration, migrate, user_version
from desktop.core.store.records import (
    KINDS,
    AuditEntry,
    BookingRow,
    Change,
    DeclarationRow,
    Filters,
    Kind,
    Revision,
    SearchHit,
    ShipmentRow,
)
from desktop.core.store.text import TEXT_OF, cjk_tokens, fold, is_cjk, party_text, product_text

M = TypeVar("M", bound=BaseModel)
R = TypeVar("R", bound=tuple[Any, ...])
Clock = Callable[[], datetime]

#: Trigram FTS needs 3 characters; shorter CJK words use the per-character index, others a substring scan.
MIN_FTS_TERM = 3
#: A company with fewer search documents than this is searched by scanning its documents (a few ms), since
#: FTS matches of the other companies would have to be read and dropped.
SCAN_BELOW = 4000


def pack(text: str) -> bytes:
    """Revision JSON as stored: zlib-compressed UTF-8 (history is read rarely and is most of the file)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(value: bytes | str) -> str:
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else str(value)


def new_id() -> str:
    return uuid.uuid4().hex


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


# --- search helpers -----------------------------------------------------------------------------------------


class _Terms:
    """A query's folded words: ``long`` for the trigram index, short ``cjk`` ones for the per-character index,
    other short ones (``scan``) matched with ``instr``."""

    def __init__(self, text: str) -> None:
        words = list(dict.fromkeys(fold(text).split()))
        self.long = [w for w in words if len(w) >= MIN_FTS_TERM]
        short = [w for w in words if len(w) < MIN_FTS_TERM]
        self.cjk = [w for w in short if is_cjk(w)]
        self.scan = [w for w in short if not is_cjk(w)]

    def __bool__(self) -> bool:
        return bool(self.long or self.cjk or self.scan)

    def trigram_query(self) -> str:
        return " AND ".join('"' + w.replace('"', '""') + '"' for w in self.long)

    def cjk_query(self) -> str:
        return " AND ".join('"' + " ".join(w) + '"' for w in self.cjk)


def _small_company(conn: sqlite3.Connection, company_id: str | None, below: int) -> bool:
    """Whether scanning the company's documents is cheaper than the FTS indexes (which span all companies)."""
    if company_id is None or below <= 0:
        return False
    n = conn.execute(
        "SELECT COUNT(*) FROM (SELECT 1 FROM search_docs WHERE company_id = ? LIMIT ?)", (company_id, below)
    ).fetchone()[0]
    return int(n) < below


def _text_filter(
    conn: sqlite3.Connection, kind: str, company_id: str | None, text: str, scan_below: int
) -> tuple[str, list[Any]]:
    """SQL restricting ``x.id`` to records of ``kind`` whose search text holds every word of ``text``."""
    terms = _Terms(text)
    if not terms:
        return "", []
    clauses = ["d.kind = ?"]
    params: list[Any] = [kind]
    if company_id is not None:
        clauses.append("d.company_id = ?")
        params.append(company_id)
    scan = terms.scan
    if _small_company(conn, company_id, scan_below):
        scan = [*terms.long, *terms.cjk, *terms.scan]
    else:
        # each FTS query as its own subquery runs once; joined, SQLite may re-run MATCH for every candidate row
        if terms.long:
            clauses.append("d.rowid IN (SELECT rowid FROM search_fts WHERE search_fts MATCH ?)")
            params.append(terms.trigram_query())
        if terms.cjk:
            clauses.append("d.rowid IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH ?)")
            params.append(terms.cjk_query())
    for word in scan:
        clauses.append("instr(d.text, ?) > 0")
        params.append(word)
    # the covering index turns FTS rowids into this company's record IDs without reading any search text
    source = "search_docs d INDEXED BY search_docs_subject" if company_id is not None else "search_docs d"
    return f"x.id IN (SELECT d.subject_id FROM {source} WHERE {' AND '.join(clauses)})", params


def _insert_doc(conn: sqlite3.Connection, kind: str, subject_id: str, company_id: str, text: str) -> None:
    conn.execute(
        "INSERT INTO search_docs (kind, subject_id, company_id, text, cjk) VALUES (?, ?, ?, ?, ?)",
        (kind, subject_id, company_id, text, cjk_tokens(text)),
    )


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
    model: type[M]
    row_type: Callable[..., R]
    #: indexed columns written from the model (beyond id, company_id, revision, data, timestamps)
    columns: tuple[str, ...]
    #: columns a list can be sorted by (``page(sort="-updated_at")``)
    sortable: frozenset[str]

    def __init__(self, store: Store) -> None:
        self._store = store
        self._row_fields: tuple[str, ...] = tuple(getattr(self.row_type, "_fields", ()))
        self._select = ", ".join(f"x.{c}" for c in self._row_fields)

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
            conn.execute(
                "INSERT INTO revisions (kind, subject_id, revision, company_id, author, created_at, note,"
                " data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (self.kind, subject_id, revision, company_id, author, now, note, pack(data)),
            )
            self._index(conn, subject_id, company_id, json.loads(data))
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

    def _index(self, conn: sqlite3.Connection, subject_id: str, company_id: str, data: dict[str, Any]) -> None:
        conn.execute("DELETE FROM search_docs WHERE kind = ? AND subject_id = ?", (self.kind, subject_id))
        _insert_doc(conn, self.kind, subject_id, company_id, TEXT_OF[self.kind](data))

    def delete(self, subject_id: str, author: str) -> None:
        """Remove the record (its revisions stay, so it can be restored). Unknown ids raise
        ``store.not_found``."""
        store = self._store
        with store.transaction() as conn:
            row = conn.execute(f"SELECT company_id, revision FROM {self.table} WHERE id = ?", (subject_id,)).fetchone()
            if row is None:
                raise NotFoundError("store.not_found", kind=self.kind, id=subject_id)
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (subject_id,))
            conn.execute("DELETE FROM search_docs WHERE kind = ? AND subject_id = ?", (self.kind, subject_id))
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
            clauses.append("+x.company_id = ?" if (filters.text or "").strip() else "x.company_id = ?")
            params.append(filters.company_id)
        if filters.status is not None:
            if "status" not in self.columns:
                raise ValueError(f"{self.kind} has no status")
            statuses = [filters.status] if isinstance(filters.status, str) else list(filters.status)
            clauses.append(f"x.status IN ({', '.join('?' * len(statuses))})" if statuses else "0")
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
            clauses.append(f"x.id IN ({', '.join('?' * len(ids))})" if ids else "0")
            params += ids
        if filters.text:
            store = self._store
            clause, extra = _text_filter(
                store.connection(), self.kind, filters.company_id, filters.text, store.scan_below
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
        """Light rows ``offset .. offset+limit`` sorted by ``sort`` (a column; ``-`` prefix = descending)."""
        descending = sort.startswith("-")
        column = sort.lstrip("-+")
        if column not in self.sortable:
            raise ValueError(f"cannot sort {self.kind} by {column!r}; one of {sorted(self.sortable)}")
        direction = "DESC" if descending else "ASC"
        where, params = self._where(filters)
        sql = (
            f"SELECT {self._select} FROM {self.table} x{where} "
            f"ORDER BY x.{column} {direction}, x.rowid {direction} LIMIT ? OFFSET ?"
        )
        rows = self._store.connection().execute(sql, [*params, max(0, limit), max(0, offset)]).fetchall()
        return [self.row_type(*r) for r in rows]

    def ids(self, filters: Filters | None = None) -> builtins.list[str]:
        where, params = self._where(filters)
        return [r[0] for r in self._store.connection().execute(f"SELECT x.id FROM {self.table} x{where}", params)]


class ShipmentRepo(DocumentRepo[Shipment, ShipmentRow]):
    kind: Kind = "shipment"
    table = "shipments"
    model = Shipment
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


class DeclarationRepo(_FilingRepo[ExportDeclaration, DeclarationRow]):
    kind: Kind = "declaration"
    table = "declarations"
    model = ExportDeclaration
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


class BookingRepo(_FilingRepo[RailSeaBooking, BookingRow]):
    kind: Kind = "booking"
    table = "bookings"
    model = RailSeaBooking
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


# --- master data --------------------------------------------------------------------------------------------


class CompanyRepo:
    """The companies of the workspace (one for an exporter, many for a forwarder)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def upsert(self, company: Company, author: str = "") -> Company:
        if not company.id:
            company.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            existed = conn.execute("SELECT 1 FROM companies WHERE id = ?", (company.id,)).fetchone() is not None
            conn.execute(
                "INSERT INTO companies (id, uscc, customs_code, name_zh, name_en, role, data, created_at,"
                " updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET uscc = excluded.uscc,"
                " customs_code = excluded.customs_code, name_zh = excluded.name_zh,"
                " name_en = excluded.name_en,"
                " role = excluded.role, data = excluded.data, updated_at = excluded.updated_at",
                (
                    company.id,
                    company.uscc,
                    company.customs_code,
                    company.name_zh,
                    company.name_en,
                    str(company.role),
                    company.model_dump_json(),
                    now,
                    now,
                ),
            )
            store._audit(conn, author, "update" if existed else "create", "company", company.id, company.id, {}, now)
        return company

    def find(self, company_id: str) -> Company | None:
        row = self._store.connection().execute("SELECT data FROM companies WHERE id = ?", (company_id,)).fetchone()
        return None if row is None else Company.model_validate_json(row[0])

    def get(self, company_id: str) -> Company:
        company = self.find(company_id)
        if company is None:
            raise NotFoundError("store.not_found", kind="company", id=company_id)
        return company

    def by_uscc(self, uscc: str) -> Company | None:
        row = (
            self._store.connection()
            .execute("SELECT data FROM companies WHERE uscc = ? ORDER BY created_at LIMIT 1", (uscc,))
            .fetchone()
        )
        return None if row is None else Company.model_validate_json(row[0])

    def by_customs_code(self, customs_code: str) -> Company | None:
        row = (
            self._store.connection()
            .execute(
                "SELECT data FROM companies WHERE customs_code = ? ORDER BY created_at LIMIT 1",
                (customs_code,),
            )
            .fetchone()
        )
        return None if row is None else Company.model_validate_json(row[0])

    def list(self) -> builtins.list[Company]:
        rows = self._store.connection().execute("SELECT data FROM companies ORDER BY name_zh, name_en, id").fetchall()
        return [Company.model_validate_json(r[0]) for r in rows]

    def delete(self, company_id: str, author: str = "") -> None:
        """Delete a company with its parties and products; refused while it has shipments or filings."""
        store = self._store
        with store.transaction() as conn:
            if conn.execute("SELECT 1 FROM companies WHERE id = ?", (company_id,)).fetchone() is None:
                raise NotFoundError("store.not_found", kind="company", id=company_id)
            for table in ("shipments", "declarations", "bookings"):
                if conn.execute(f"SELECT 1 FROM {table} WHERE company_id = ? LIMIT 1", (company_id,)).fetchone():
                    raise StoreError("store.company_in_use", company_id=company_id)
            conn.execute("DELETE FROM companies WHERE id = ?", (company_id,))
            store._audit(conn, author, "delete", "company", company_id, company_id, {}, store.now())


class PartyRepo:
    """Parties (consignees, notify parties ...) of one company."""

    def __init__(self, store: Store, company_id: str) -> None:
        self._store = store
        self.company_id = company_id

    def upsert(self, party: Party, author: str = "") -> Party:
        if not party.id:
            party.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            store._require_company(conn, self.company_id)
            _check_owner(conn, "parties", "party", party.id, self.company_id)
            conn.execute(
                "INSERT INTO parties (id, company_id, role, name, name_local, country, search, data,"
                " updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET role = excluded.role,"
                " name = excluded.name, name_local = excluded.name_local, country = excluded.country,"
                " search = excluded.search, data = excluded.data, updated_at = excluded.updated_at",
                (
                    party.id,
                    self.company_id,
                    str(party.role),
                    party.name,
                    party.name_local,
                    party.country,
                    party_text(party.model_dump()),
                    party.model_dump_json(),
                    now,
                ),
            )
            store._audit(conn, author, "save", "party", party.id, self.company_id, {}, now)
        return party

    def find(self, party_id: str) -> Party | None:
        row = (
            self._store.connection()
            .execute("SELECT data FROM parties WHERE id = ? AND company_id = ?", (party_id, self.company_id))
            .fetchone()
        )
        return None if row is None else Party.model_validate_json(row[0])

    def get(self, party_id: str) -> Party:
        party = self.find(party_id)
        if party is None:
            raise NotFoundError("store.not_found", kind="party", id=party_id)
        return party

    def list(self, role: str | None = None) -> builtins.list[Party]:
        sql = "SELECT data FROM parties WHERE company_id = ?"
        params: builtins.list[Any] = [self.company_id]
        if role is not None:
            sql += " AND role = ?"
            params.append(str(role))
        rows = self._store.connection().execute(sql + " ORDER BY name COLLATE NOCASE, id", params).fetchall()
        return [Party.model_validate_json(r[0]) for r in rows]

    def suggest(self, text: str, limit: int = 20, role: str | None = None) -> builtins.list[Party]:
        """Type-ahead: parties whose name, local name or tax ID contains ``text`` (folded), best first."""
        return _suggest(self._store, "parties", Party, self.company_id, text, limit, "name", role)

    search = suggest

    def delete(self, party_id: str, author: str = "") -> None:
        _delete_master(self._store, "parties", "party", party_id, self.company_id, author)


class ProductRepo:
    """Products of one company, with type-ahead by name (zh/en) or commodity code."""

    def __init__(self, store: Store, company_id: str) -> None:
        self._store = store
        self.company_id = company_id

    def upsert(self, product: Product, author: str = "") -> Product:
        if not product.id:
            product.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            store._require_company(conn, self.company_id)
            _check_owner(conn, "products", "product", product.id, self.company_id)
            conn.execute(
                "INSERT INTO products (id, company_id, name_zh, name_en, commodity_code, search, data,"
                " updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name_zh = excluded.name_zh,"
                " name_en = excluded.name_en, commodity_code = excluded.commodity_code,"
                " search = excluded.search,"
                " data = excluded.data, updated_at = excluded.updated_at",
                (
                    product.id,
                    self.company_id,
                    product.name_zh,
                    product.name_en,
                    product.commodity_code,
                    product_text(product.model_dump()),
                    product.model_dump_json(),
                    now,
                ),
            )
            store._audit(conn, author, "save", "product", product.id, self.company_id, {}, now)
        return product

    def find(self, product_id: str) -> Product | None:
        row = (
            self._store.connection()
            .execute("SELECT data FROM products WHERE id = ? AND company_id = ?", (product_id, self.company_id))
            .fetchone()
        )
        return None if row is None else Product.model_validate_json(row[0])

    def get(self, product_id: str) -> Product:
        product = self.find(product_id)
        if product is None:
            raise NotFoundError("store.not_found", kind="product", id=product_id)
        return product

    def list(self) -> builtins.list[Product]:
        rows = (
            self._store.connection()
            .execute(
                "SELECT data FROM products WHERE company_id = ? ORDER BY name_zh, name_en, id",
                (self.company_id,),
            )
            .fetchall()
        )
        return [Product.model_validate_json(r[0]) for r in rows]

    def by_commodity_code(self, code: str) -> builtins.list[Product]:
        rows = (
            self._store.connection()
            .execute(
                "SELECT data FROM products WHERE company_id = ? AND commodity_code = ? ORDER BY name_zh, id",
                (self.company_id, code),
            )
            .fetchall()
        )
        return [Product.model_validate_json(r[0]) for r in rows]

    def suggest(self, text: str, limit: int = 20) -> builtins.list[Product]:
        """Type-ahead: products whose Chinese/English name, commodity code or elements contain ``text``.

        Commodity-code prefixes and name prefixes rank first.
        """
        return _suggest(self._store, "products", Product, self.company_id, text, limit, "name_zh", None)

    search = suggest

    def delete(self, product_id: str, author: str = "") -> None:
        _delete_master(self._store, "products", "product", product_id, self.company_id, author)


_MasterT = TypeVar("_MasterT", Party, Product)


def _suggest(
    store: Store,
    table: str,
    model: type[_MasterT],
    company_id: str,
    text: str,
    limit: int,
    name_column: str,
    role: str | None,
) -> list[_MasterT]:
    needle = fold(text)
    params: list[Any] = [company_id]
    sql = f"SELECT data FROM {table} WHERE company_id = ?"
    if role is not None:
        sql += " AND role = ?"
        params.append(str(role))
    if needle:
        code_rank = "commodity_code" if table == "products" else "''"
        sql += (
            " AND instr(search, ?) > 0 ORDER BY"
            f" (CASE WHEN {code_rank} LIKE ? ESCAPE '\\' THEN 0 WHEN instr(search, ?) = 1 THEN 1 ELSE 2 END),"
            f" {name_column}, id"
        )
        prefix = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params += [needle, prefix, needle]
    else:
        sql += f" ORDER BY {name_column}, id"
    sql += " LIMIT ?"
    params.append(limit)
    rows = store.connection().execute(sql, params).fetchall()
    return [model.model_validate_json(r[0]) for r in rows]


def _check_owner(conn: sqlite3.Connection, table: str, kind: str, record_id: str, company_id: str) -> None:
    row = conn.execute(f"SELECT company_id FROM {table} WHERE id = ?", (record_id,)).fetchone()
    if row is not None and row[0] != company_id:
        raise StoreError("store.company_mismatch", kind=kind, id=record_id, expected=company_id, actual=row[0])


def _delete_master(store: Store, table: str, kind: str, record_id: str, company_id: str, author: str) -> None:
    with store.transaction() as conn:
        cursor = conn.execute(f"DELETE FROM {table} WHERE id = ? AND company_id = ?", (record_id, company_id))
        if cursor.rowcount == 0:
            raise NotFoundError("store.not_found", kind=kind, id=record_id)
        store._audit(conn, author, "delete", kind, record_id, company_id, {}, store.now())


# --- settings -----------------------------------------------------------------------------------------------


class Settings:
    """Workspace-wide key/value settings (JSON values). Per-user UI settings live elsewhere."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, key: str, default: Any = None) -> Any:
        row = self._store.connection().execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        with self._store.transaction() as conn:
            conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def delete(self, key: str) -> None:
        with self._store.transaction() as conn:
            conn.execute("DELETE FROM settings WHERE key = ?", (key,))

    def all(self) -> dict[str, Any]:
        rows = self._store.connection().execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {k: json.loads(v) for k, v in rows}


# --- the store ----------------------------------------------------------------------------------------------


class Store:
    """One workspace database. Open with :meth:`open` (runs migrations); close with :meth:`close`."""

    def __init__(self, db: Database, *, backups_dir: Path, clock: Clock | None = None) -> None:
        self._db = db
        self.path = db.path
        self.backups_dir = backups_dir
        self._clock: Clock = clock or _utc_now
        #: companies with fewer search documents are searched by a scan (0: always use the FTS indexes)
        self.scan_below = SCAN_BELOW
        self.companies = CompanyRepo(self)
        self.shipments = ShipmentRepo(self)
        self.declarations = DeclarationRepo(self)
        self.bookings = BookingRepo(self)
        self.settings = Settings(self)
        self._docs: dict[str, DocumentRepo[Any, Any]] = {
            "shipment": self.shipments,
            "declaration": self.declarations,
            "booking": self.bookings,
        }

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        backups_dir: Path | None = None,
        clock: Clock | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
    ) -> Store:
        """Open (creating if needed) the database at ``path`` and migrate it to the latest version.

        Before upgrading an existing database it is backed up (``<name>-<time>-before-v<N>.sqlite3`` in the
        backups dir). Raises ``store.newer_database`` for a database of a newer app,
        ``store.migration_failed`` when an upgrade step fails (the database stays at its previous version),
        ``store.unreadable`` for a damaged file.
        """
        from desktop.core.store.backup import backup_to

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        backups = backups_dir or path.parent / "backups"
        db = Database(path)
        try:
            conn = db.connection()
            try:
                current = user_version(conn)
            except sqlite3.DatabaseError as exc:
                raise StoreError("store.unreadable", path=str(path), detail=str(exc)) from exc
            if 0 < current < len(migrations):
                backup_to(conn, path, backups, (clock or _utc_now)(), label=f"before-v{len(migrations)}")
            migrate(conn, migrations, path=path)
        except BaseException:
            db.close()
            raise
        return cls(db, backups_dir=backups, clock=clock)

    @classmethod
    def open_workspace(cls, paths: AppPaths, name: str = DEFAULT_WORKSPACE, *, clock: Clock | None = None) -> Store:
        """Open workspace ``name`` under ``paths`` (its backups go to ``paths.backups``)."""
        return cls.open(paths.workspace_path(name), backups_dir=paths.backups, clock=clock)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # plumbing

    def now(self) -> str:
        """The current time as stored (UTC, ISO 8601 with microseconds, ``Z``)."""
        return _stamp(self._clock())

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, for read queries of other core modules (the outbox, receipts)."""
        return self._db.connection()

    @contextmanager
    def transaction(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """Group writes in one ``BEGIN IMMEDIATE`` transaction (``durable=True``: ``synchronous=FULL``).

        Store methods called inside join it as savepoints, so several saves in one
        ``with store.transaction():`` block commit or roll back together.
        """
        with self._db.transaction(durable=durable) as conn:
            yield conn

    def user_version(self) -> int:
        return int(self.connection().execute("PRAGMA user_version").fetchone()[0])

    def integrity_check(self, *, quick: bool = True) -> list[str]:
        """Problems SQLite finds in the file (empty when sound); ``quick=False`` also checks index contents."""
        conn = self.connection()
        pragma = "quick_check" if quick else "integrity_check"
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
            problems = [] if rows == ["ok"] else rows
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        for name in names:
            try:
                conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{name}: {exc}")
        return problems

    def _require_company(self, conn: sqlite3.Connection, company_id: str) -> None:
        if not company_id or conn.execute("SELECT 1 FROM companies WHERE id = ?", (company_id,)).fetchone() is None:
            raise StoreError("store.unknown_company", company_id=company_id)

    def _audit(
        self,
        conn: sqlite3.Connection,
        actor: str,
        action: str,
        kind: str,
        subject_id: str,
        company_id: str,
        details: dict[str, Any],
        at: str,
    ) -> int:
        cursor = conn.execute(
            "INSERT INTO audit_log (at, actor, action, subject_kind, subject_id, company_id, details)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                at,
                actor,
                action,
                kind,
                subject_id,
                company_id,
                json.dumps(details, ensure_ascii=False, default=str),
            ),
        )
        return int(cursor.lastrowid or 0)

    # master data bound to a company

    def parties(self, company_id: str) -> PartyRepo:
        return PartyRepo(self, company_id)

    def products(self, company_id: str) -> ProductRepo:
        return ProductRepo(self, company_id)

    def documents(self, kind: str) -> DocumentRepo[Any, Any]:
        """The repository of ``kind`` (``shipment``, ``declaration`` or ``booking``)."""
        try:
            return self._docs[kind]
        except KeyError:
            raise ValueError(f"unknown kind {kind!r}; one of {KINDS}") from None

    # revisions

    def revisions(self, kind: str, subject_id: str) -> list[Revision]:
        """Every revision of a record, oldest first (also after the record was deleted)."""
        self.documents(kind)
        rows = (
            self.connection()
            .execute(
                "SELECT kind, subject_id, revision, company_id, author, created_at, note FROM revisions"
                " WHERE kind = ? AND subject_id = ? ORDER BY revision",
                (kind, subject_id),
            )
            .fetchall()
        )
        return [Revision(*r) for r in rows]

    def revision_json(self, kind: str, subject_id: str, revision: int) -> str:
        row = (
            self.connection()
            .execute(
                "SELECT data FROM revisions WHERE kind = ? AND subject_id = ? AND revision = ?",
                (kind, subject_id, revision),
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError("store.revision_not_found", kind=kind, id=subject_id, revision=revision)
        return unpack(row[0])

    def load_revision(self, kind: str, subject_id: str, revision: int) -> BaseModel:
        """The model as it was saved in ``revision``."""
        model: BaseModel = self.documents(kind).model.model_validate_json(
            self.revision_json(kind, subject_id, revision)
        )
        return model

    def diff_revisions(self, kind: str, subject_id: str, old: int, new: int) -> list[Change]:
        """What changed from revision ``old`` to ``new``: one :class:`Change` per leaf value, in field order.

        Paths use the ``items.3.g_model`` form of :mod:`desktop.core.model.paths`; a value missing on one side
        (a list grew or shrank) is ``None`` there.
        """
        before = json.loads(self.revision_json(kind, subject_id, old))
        after = json.loads(self.revision_json(kind, subject_id, new))
        changes: list[Change] = []
        _diff("", before, after, changes)
        return changes

    def restore(self, kind: str, subject_id: str, revision: int, author: str) -> Revision:
        """Make ``revision`` current again by saving it as a new revision (works after a delete too)."""
        repo = self.documents(kind)
        with self.transaction():
            model = self.load_revision(kind, subject_id, revision)
            return repo.save(model, author, note=f"restored from revision {revision}", action="restore")

    # audit log

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
                "SELECT id, at, actor, action, subject_kind, subject_id, company_id, details FROM audit_log"
                f"{where} ORDER BY id DESC LIMIT ?",
                [*params, limit],
            )
            .fetchall()
        )
        return [AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7])) for r in rows]

    # search

    def search(
        self, company_id: str, text: str, *, kinds: Sequence[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Shipments, declarations and bookings of one company whose text contains every word of ``text``.

        Words are matched as substrings after folding (case, width, Vietnamese diacritics): ``海防`` and
        ``hai phong`` both find ``Hải Phòng 海防``. Most recently saved first.
        """
        wanted = list(kinds) if kinds is not None else list(KINDS)
        for kind in wanted:
            self.documents(kind)
        terms = _Terms(text)
        if not wanted or not terms or limit <= 0:
            return []
        clauses = ["d.company_id = ?"]
        params: list[Any] = [company_id]
        if len(wanted) < len(KINDS):
            clauses.append(f"d.kind IN ({', '.join('?' * len(wanted))})")
            params += wanted
        # One index drives the query (trigram for words of 3+ characters, else the per-character CJK index,
        # else the company's documents newest first); the other words filter its rows with instr(). The FTS
        # indexes span all companies, so a small company's documents are scanned instead.
        conn = self.connection()
        if _small_company(conn, company_id, self.scan_below):
            driver, match = "", ""
            others = [*terms.long, *terms.cjk, *terms.scan]
        elif terms.long:
            driver, match = "search_fts", terms.trigram_query()
            others = [*terms.cjk, *terms.scan]
        elif terms.cjk:
            driver, match = "search_cjk", terms.cjk_query()
            others = terms.scan
        else:
            driver, match = "", ""
            others = terms.scan
        for word in others:
            clauses.append("instr(d.text, ?) > 0")
            params.append(word)
        if driver:
            sql = (
                # CROSS JOIN keeps the FTS index as the outer loop: newest matches first, stop at the limit
                f"SELECT d.kind, d.subject_id FROM {driver} f CROSS JOIN search_docs d ON d.rowid = f.rowid"
                f" WHERE {driver} MATCH ? AND {' AND '.join(clauses)} ORDER BY f.rowid DESC LIMIT ?"
            )
            params = [match, *params, limit]
        else:
            sql = (
                f"SELECT d.kind, d.subject_id FROM search_docs d WHERE {' AND '.join(clauses)}"
                " ORDER BY d.rowid DESC LIMIT ?"
            )
            params.append(limit)
        found = conn.execute(sql, params).fetchall()
        hits: list[SearchHit] = []
        for kind, subject_id in found:
            repo = self._docs[kind]
            row = repo.row(subject_id)
            if row is None:
                continue
            title, subtitle, status = repo._title(row)
            hits.append(SearchHit(kind, subject_id, row.company_id, title, subtitle, status, row.updated_at))
        return hits

    def rebuild_search(self) -> int:
        """Re-index every record (after a change to what is indexed); returns how many were indexed."""
        count = 0
        with self.transaction() as conn:
            conn.execute("DELETE FROM search_docs")
            conn.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
            conn.execute("INSERT INTO search_cjk(search_cjk) VALUES ('rebuild')")
            for kind, repo in self._docs.items():
                rows = conn.execute(
                    f"SELECT id, company_id, data FROM {repo.table} ORDER BY updated_at, rowid"
                ).fetchall()
                for subject_id, company_id, data in rows:
                    _insert_doc(conn, kind, subject_id, company_id, TEXT_OF[kind](json.loads(data)))
                    count += 1
        return count

    # backup

    def backup(self, dest_dir: Path | None = None, *, author: str = "") -> Path:
        """Copy the live database with ``Connection.backup()`` to ``<name>-<UTC time>.sqlite3`` in the backups
        dir."""
        from desktop.core.store.backup import backup_to

        directory = dest_dir or self.backups_dir
        target = backup_to(self.connection(), self.path, directory, self._clock())
        self.audit(author, "backup", details={"file": target.name})
        return target

    def list_backups(self) -> list[Path]:
        from desktop.core.store.backup import list_backups

        return list_backups(self.backups_dir, self.path)
