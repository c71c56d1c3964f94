"""Master data of a workspace: companies, each company's parties and products, workspace settings.

Saves of master data carry, when they edit a stored record, the version the user opened (``expected``): when
another seat saved the record meanwhile (the stored one differs from it) the save is refused with
``store.changed_elsewhere`` and nothing is written, so the seat can show both versions and let the user choose.
"""

from __future__ import annotations

import builtins
import json
from typing import TYPE_CHECKING, Any, TypeVar

from desktop.core.model import Company, Party, Product
from desktop.core.store.engine import Connection
from desktop.core.store.errors import ConflictError, NotFoundError, StoreError
from desktop.core.store.records import new_id
from desktop.core.store.text import fold, party_text, product_text

if TYPE_CHECKING:
    from desktop.core.store.store import Store


# --- master data --------------------------------------------------------------------------------------------


class CompanyRepo:
    """The companies of the workspace (one for an exporter, many for a forwarder)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def upsert(
        self, company: Company, author: str = "", *, expected: Company | None = None, action: str = ""
    ) -> Company:
        """Add or update ``company``; ``expected``: the version the user opened (see the module's docstring)."""
        if not company.id:
            company.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            store.dialect.lock_record(conn, "company", company.id)
            found = conn.execute("SELECT data FROM companies WHERE id = ?", (company.id,)).fetchone()
            existed = found is not None
            _check_expected(found, Company, expected, "company", company.id)
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
            store._audit(
                conn, author, action or ("update" if existed else "create"), "company", company.id, company.id, {}, now
            )
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

    def upsert(
        self, party: Party, author: str = "", *, expected: Party | None = None, action: str = ""
    ) -> Party:
        """Add or update ``party``; ``expected``: the version the user opened (see the module's docstring)."""
        if not party.id:
            party.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            store._require_company(conn, self.company_id)
            store.dialect.lock_record(conn, "party", party.id)
            _check_owner(conn, "parties", "party", party.id, self.company_id)
            found = conn.execute("SELECT data FROM parties WHERE id = ?", (party.id,)).fetchone()
            _check_expected(found, Party, expected, "party", party.id)
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
            store._audit(conn, author, action or "save", "party", party.id, self.company_id, {}, now)
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
        order = self._store.dialect.nocase("name")
        rows = self._store.connection().execute(sql + f" ORDER BY {order}, id", params).fetchall()
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

    def upsert(
        self, product: Product, author: str = "", *, expected: Product | None = None, action: str = ""
    ) -> Product:
        """Add or update ``product``; ``expected``: the version the user opened (see the module's docstring)."""
        if not product.id:
            product.id = new_id()
        store = self._store
        now = store.now()
        with store.transaction() as conn:
            store._require_company(conn, self.company_id)
            store.dialect.lock_record(conn, "product", product.id)
            _check_owner(conn, "products", "product", product.id, self.company_id)
            found = conn.execute("SELECT data FROM products WHERE id = ?", (product.id,)).fetchone()
            _check_expected(found, Product, expected, "product", product.id)
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
            store._audit(conn, author, action or "save", "product", product.id, self.company_id, {}, now)
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


def _check_expected(found: Any, model: type[Any], expected: Any, kind: str, record_id: str) -> None:
    """Refuse a save over another seat's: the stored record is no longer the version the user opened. A record
    deleted meanwhile is saved again (the edit is not lost)."""
    if expected is None or found is None:
        return
    if model.model_validate_json(found[0]).model_dump_json() != expected.model_dump_json():
        raise ConflictError("store.changed_elsewhere", kind=kind, id=record_id)


def _check_owner(conn: Connection, table: str, kind: str, record_id: str, company_id: str) -> None:
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

