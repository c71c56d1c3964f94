"""Schema migrations of the workspace database, tracked by ``PRAGMA user_version`` (PostgreSQL: the
``schema_version`` table).

:data:`MIGRATIONS` is an ordered list; step ``n`` (from 1) brings the database from version ``n - 1`` to
``n``.
:func:`migrate` runs each missing step together with its ``user_version`` bump inside one ``BEGIN IMMEDIATE``
transaction: a failing step rolls back completely and leaves ``user_version`` where it was. A database whose
version is higher than ``len(MIGRATIONS)`` was written by a newer app and is refused
(``store.newer_database``).

To change the schema, APPEND a step at the end — never edit, reorder or remove a released one::

    MIGRATIONS.append(sql_step(3, "outbox", '''
        CREATE TABLE outbox (...);
        CREATE INDEX ...;
    '''))

or, for a data migration, ``Migration(4, "what it does", fn)`` with ``fn(conn)`` doing the work through
``conn.execute`` (never ``executescript`` or ``commit``: those would end the step's transaction). Foreign keys
are on during migrations; a step that must rebuild a referenced table can run ``PRAGMA defer_foreign_keys =
ON``. Add a test in tests/core/store/test_migrations.py that upgrades a database from the previous version.

Both engines run the same list: a step's ``apply`` gets a connection with ``?`` placeholders on either engine
(data steps are written once), and a schema step whose SQL is SQLite's own (FTS5, triggers, ``INTEGER PRIMARY
KEY``, ``BLOB``) carries a ``postgres`` variant. On PostgreSQL each step runs in ``BEGIN`` ... ``COMMIT`` under
an advisory lock, so two seats opening a new server database at once migrate it once.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core.store.engine import SQLITE, Connection, Dialect, dialect_of
from desktop.core.store.errors import MigrationError, NewerDatabaseError, StoreError

Apply = Callable[[Connection], None]


@dataclass(frozen=True, slots=True)
class Migration:
    """One schema step: ``apply(conn)`` runs inside the step's transaction (``postgres(conn)`` instead on
    PostgreSQL when the step has one)."""

    version: int
    description: str
    apply: Apply
    postgres: Apply | None = None

    def apply_for(self, dialect: Dialect) -> Apply:
        return self.apply if dialect is SQLITE or self.postgres is None else self.postgres


def split_sql(script: str) -> list[str]:
    """Split a script into complete statements (trigger bodies stay whole)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip().strip(";").strip():
                statements.append(buffer.strip())
            buffer = ""
    if any(line.strip() and not line.strip().startswith("--") for line in buffer.splitlines()):
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:80]!r}")
    return statements


def _run(script: str) -> Apply:
    statements = split_sql(script)

    def apply(conn: Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def sql_step(version: int, description: str, script: str, postgres: str | None = None) -> Migration:
    """A migration made of SQL statements, run one by one inside the step's transaction; ``postgres``: the
    statements PostgreSQL runs instead."""
    return Migration(version, description, _run(script), None if postgres is None else _run(postgres))


def pg_ddl(script: str) -> str:
    """The PostgreSQL spelling of a plain SQLite schema script: 64-bit integers, ``BIGSERIAL`` keys, ``BYTEA``."""
    script = re.sub(r"\bINTEGER\b", "BIGINT", script)
    script = script.replace("BIGINT PRIMARY KEY", "BIGSERIAL PRIMARY KEY").replace("BLOB", "BYTEA")
    return re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", script)


# --- version 1: master data, drafts, revisions, audit log, settings -----------------------------------------

_V1 = """
CREATE TABLE companies (
    id            TEXT PRIMARY KEY,
    uscc          TEXT NOT NULL DEFAULT '',
    customs_code  TEXT NOT NULL DEFAULT '',
    name_zh       TEXT NOT NULL DEFAULT '',
    name_en       TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL DEFAULT 'exporter',
    data          TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX companies_uscc ON companies(uscc);
CREATE INDEX companies_customs_code ON companies(customs_code);

CREATE TABLE parties (
    id          TEXT PRIMARY KEY,
    company_id  TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    role        TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    name_local  TEXT NOT NULL DEFAULT '',
    country     TEXT NOT NULL DEFAULT '',
    search      TEXT NOT NULL DEFAULT '',
    data        TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX parties_company_name ON parties(company_id, name COLLATE NOCASE);

CREATE TABLE products (
    id              TEXT PRIMARY KEY,
    company_id      TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    name_zh         TEXT NOT NULL DEFAULT '',
    name_en         TEXT NOT NULL DEFAULT '',
    commodity_code  TEXT NOT NULL DEFAULT '',
    search          TEXT NOT NULL DEFAULT '',
    data            TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX products_company_code ON products(company_id, commodity_code);
CREATE INDEX products_company_name ON products(company_id, name_zh);

CREATE TABLE shipments (
    id                 TEXT PRIMARY KEY,
    company_id         TEXT NOT NULL REFERENCES companies(id),
    reference          TEXT NOT NULL DEFAULT '',
    contract_no        TEXT NOT NULL DEFAULT '',
    consignee          TEXT NOT NULL DEFAULT '',
    destination        TEXT NOT NULL DEFAULT '',
    port_of_discharge  TEXT NOT NULL DEFAULT '',
    revision           INTEGER NOT NULL,
    data               TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX shipments_company_updated ON shipments(company_id, updated_at);
CREATE INDEX shipments_company_reference ON shipments(company_id, reference);
CREATE INDEX shipments_contract ON shipments(contract_no);

CREATE TABLE declarations (
    id             TEXT PRIMARY KEY,
    company_id     TEXT NOT NULL REFERENCES companies(id),
    shipment_id    TEXT NOT NULL DEFAULT '',
    part           INTEGER NOT NULL DEFAULT 1,
    status         TEXT NOT NULL DEFAULT 'draft',
    client_seq_no  TEXT NOT NULL DEFAULT '',
    customs_no     TEXT NOT NULL DEFAULT '',
    contract_no    TEXT NOT NULL DEFAULT '',
    consignee      TEXT NOT NULL DEFAULT '',
    currency       TEXT NOT NULL DEFAULT '',
    total          TEXT NOT NULL DEFAULT '',
    revision       INTEGER NOT NULL,
    data           TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);
CREATE INDEX declarations_company_updated ON declarations(company_id, updated_at);
CREATE INDEX declarations_company_status ON declarations(company_id, status, updated_at);
CREATE INDEX declarations_shipment ON declarations(shipment_id, part);
CREATE INDEX declarations_client_seq ON declarations(client_seq_no);
CREATE INDEX declarations_customs_no ON declarations(customs_no);

CREATE TABLE bookings (
    id                   TEXT PRIMARY KEY,
    company_id           TEXT NOT NULL REFERENCES companies(id),
    shipment_id          TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL DEFAULT 'draft',
    client_seq_no        TEXT NOT NULL DEFAULT '',
    booking_reference    TEXT NOT NULL DEFAULT '',
    requested_departure  TEXT NOT NULL DEFAULT '',
    revision             INTEGER NOT NULL,
    data                 TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);
CREATE INDEX bookings_company_updated ON bookings(company_id, updated_at);
CREATE INDEX bookings_company_status ON bookings(company_id, status, updated_at);
CREATE INDEX bookings_shipment ON bookings(shipment_id);
CREATE INDEX bookings_client_seq ON bookings(client_seq_no);

CREATE TABLE revisions (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    revision    INTEGER NOT NULL,
    company_id  TEXT NOT NULL,
    author      TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    data        BLOB NOT NULL,  -- zlib-compressed JSON of the model (store.pack / store.unpack)
    UNIQUE (kind, subject_id, revision)
);

CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    action        TEXT NOT NULL,
    subject_kind  TEXT NOT NULL DEFAULT '',
    subject_id    TEXT NOT NULL DEFAULT '',
    company_id    TEXT NOT NULL DEFAULT '',
    details       TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_subject ON audit_log(subject_kind, subject_id);
CREATE INDEX audit_company ON audit_log(company_id);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
"""

# PostgreSQL has no implicit rowid; the document tables get one, so "most recently created first" orders and
# ties break the same way on both engines. instr() is SQLite's substring position, for portable queries.
_V1_PG = (
    pg_ddl(_V1)
    .replace("CREATE TABLE shipments (\n", "CREATE TABLE shipments (\n    rowid BIGSERIAL NOT NULL,\n")
    .replace("CREATE TABLE declarations (\n", "CREATE TABLE declarations (\n    rowid BIGSERIAL NOT NULL,\n")
    .replace("CREATE TABLE bookings (\n", "CREATE TABLE bookings (\n    rowid BIGSERIAL NOT NULL,\n")
    + """
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT strpos(haystack, needle)';
"""
)

# --- version 2: full-text search ----------------------------------------------------------------------------
# search_docs holds one folded text per shipment / declaration / booking (see store/text.py); search_fts is an
# external-content FTS5 trigram index over it kept in step by triggers. A record's row is deleted and
# re-inserted on every save, so a higher rowid means more recently saved (results come newest first without
# sorting).

_V2 = """
CREATE TABLE search_docs (
    rowid       INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    company_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (kind, subject_id)
);
CREATE INDEX search_docs_company ON search_docs(company_id, kind);
CREATE VIRTUAL TABLE search_fts USING fts5(
    text, content='search_docs', content_rowid='rowid', tokenize='trigram'
);
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
END;
"""

_KIND_TABLES = (("shipment", "shipments"), ("declaration", "declarations"), ("booking", "bookings"))


# PostgreSQL: search_docs.text (already folded: lower case, no Vietnamese diacritics, half-width) gets a pg_trgm
# GIN index. Trigrams answer LIKE '%word%' for any word of 3+ characters without splitting text into words,
# which Chinese needs (no spaces) and which matches SQLite's FTS5 trigram index; the database's full-text search
# would need a Chinese parser (zhparser) that Debian's PostgreSQL does not ship. Every match is rechecked with
# the substring test, so results are exactly SQLite's.
_V2_PG = """
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE search_docs (
    rowid       BIGSERIAL PRIMARY KEY,
    kind        TEXT NOT NULL,
    subject_id  TEXT NOT NULL,
    company_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    UNIQUE (kind, subject_id)
);
CREATE INDEX search_docs_company ON search_docs(company_id, kind);
CREATE INDEX search_docs_trgm ON search_docs USING gin (text gin_trgm_ops);
"""


def _v2(conn: Connection) -> None:
    _fill_search_docs(conn, _V2)


def _v2_pg(conn: Connection) -> None:
    _fill_search_docs(conn, _V2_PG)


def _fill_search_docs(conn: Connection, schema: str) -> None:
    from desktop.core.store.text import TEXT_OF

    _run(schema)(conn)
    for kind, table in _KIND_TABLES:
        rows = conn.execute(f"SELECT id, company_id, data FROM {table} ORDER BY updated_at, rowid").fetchall()
        conn.executemany(
            "INSERT INTO search_docs(kind, subject_id, company_id, text) VALUES (?, ?, ?, ?)",
            [(kind, sid, cid, TEXT_OF[kind](json.loads(data))) for sid, cid, data in rows],
        )


# --- version 3: outbox, receipts, event cursors (desktop/core/outbox/) ------------------------------------
# One outbox row per submission (exact payload bytes + idempotency key) per environment; filing_links maps a
# platform filing to its local draft; filing_receipts keeps every receipt once (fingerprint); event_cursors
# keeps the event-feed cursor per environment.

_V3 = """
CREATE TABLE outbox (
    id                INTEGER PRIMARY KEY,
    environment       TEXT NOT NULL,
    kind              TEXT NOT NULL,
    action            TEXT NOT NULL DEFAULT 'create',
    draft_id          TEXT NOT NULL,
    company_id        TEXT NOT NULL,
    client_seq_no     TEXT NOT NULL,
    idempotency_key   TEXT NOT NULL UNIQUE,
    payload           BLOB NOT NULL,
    payload_sha256    TEXT NOT NULL,
    state             TEXT NOT NULL DEFAULT 'queued',
    attempts          INTEGER NOT NULL DEFAULT 0,
    last_error        TEXT NOT NULL DEFAULT '',
    remote_id         TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    first_attempt_at  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox(environment, state, id);
CREATE INDEX outbox_draft ON outbox(environment, kind, draft_id);
CREATE INDEX outbox_client_seq ON outbox(environment, kind, client_seq_no);

CREATE TABLE filing_links (
    environment    TEXT NOT NULL,
    kind           TEXT NOT NULL,
    remote_id      TEXT NOT NULL,
    draft_id       TEXT NOT NULL,
    company_id     TEXT NOT NULL,
    client_seq_no  TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT '',
    customs_no     TEXT NOT NULL DEFAULT '',
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (environment, kind, remote_id)
);
CREATE INDEX filing_links_draft ON filing_links(environment, kind, draft_id);

CREATE TABLE filing_receipts (
    id            INTEGER PRIMARY KEY,
    environment   TEXT NOT NULL,
    kind          TEXT NOT NULL,
    draft_id      TEXT NOT NULL,
    remote_id     TEXT NOT NULL DEFAULT '',
    status        TEXT NOT NULL,
    at            TEXT NOT NULL DEFAULT '',
    message_code  TEXT NOT NULL DEFAULT '',
    errors        TEXT NOT NULL DEFAULT '[]',
    source        TEXT NOT NULL DEFAULT '',
    fingerprint   TEXT NOT NULL UNIQUE,
    created_at    TEXT NOT NULL
);
CREATE INDEX filing_receipts_draft ON filing_receipts(environment, kind, draft_id);

CREATE TABLE event_cursors (
    environment  TEXT PRIMARY KEY,
    cursor       INTEGER NOT NULL,
    updated_at   TEXT NOT NULL
);
"""


# --- version 4: index for 1-2 character CJK queries, indexes for sorting lists --------------------------------
# Trigram FTS cannot answer queries shorter than 3 characters; search_cjk holds each CJK character as a token
# (search_docs.cjk, see text.cjk_tokens) so "瓷" or "餐具" are index look-ups instead of scans.
# search_docs_company now indexes company_id alone, so a company's documents come newest first from the index.

_V4_SCHEMA = """
DROP TRIGGER search_docs_ai;
DROP TRIGGER search_docs_ad;
DROP TRIGGER search_docs_au;
DROP INDEX search_docs_company;
CREATE INDEX search_docs_company ON search_docs(company_id);
ALTER TABLE search_docs ADD COLUMN cjk TEXT NOT NULL DEFAULT '';
"""

_V4_INDEX = """
CREATE VIRTUAL TABLE search_cjk USING fts5(
    cjk, content='search_docs', content_rowid='rowid', tokenize='unicode61'
);
INSERT INTO search_cjk(search_cjk) VALUES ('rebuild');
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
    INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
    INSERT INTO search_cjk(rowid, cjk) VALUES (new.rowid, new.cjk);
END;
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO search_cjk(search_cjk, rowid, cjk) VALUES ('delete', old.rowid, old.cjk);
END;
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
    INSERT INTO search_cjk(search_cjk, rowid, cjk) VALUES ('delete', old.rowid, old.cjk);
    INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);
    INSERT INTO search_cjk(rowid, cjk) VALUES (new.rowid, new.cjk);
END;

"""

_V4_SORT_INDEXES = """
CREATE INDEX shipments_company_contract ON shipments(company_id, contract_no);
CREATE INDEX shipments_company_consignee ON shipments(company_id, consignee);
CREATE INDEX shipments_company_destination ON shipments(company_id, destination);
CREATE INDEX shipments_company_created ON shipments(company_id, created_at);
CREATE INDEX declarations_company_contract ON declarations(company_id, contract_no);
CREATE INDEX declarations_company_customs_no ON declarations(company_id, customs_no);
CREATE INDEX declarations_company_consignee ON declarations(company_id, consignee);
CREATE INDEX declarations_company_created ON declarations(company_id, created_at);
CREATE INDEX bookings_company_reference ON bookings(company_id, booking_reference);
CREATE INDEX bookings_company_departure ON bookings(company_id, requested_departure);
CREATE INDEX bookings_company_created ON bookings(company_id, created_at);
"""


# PostgreSQL: trigrams cannot answer a 1-2 character word either (and pg_trgm only counts CJK characters as
# word characters in a database whose LC_CTYPE is a UTF-8 locale); the CJK characters of a document go into a
# GIN-indexed array instead, a query needs all of its word's characters there, and the substring recheck keeps
# only the documents that have them next to each other.
_V4_PG_SCHEMA = """
DROP INDEX search_docs_company;
CREATE INDEX search_docs_company ON search_docs(company_id);
ALTER TABLE search_docs ADD COLUMN cjk TEXT NOT NULL DEFAULT '';
"""

_V4_PG_INDEX = """
CREATE INDEX search_docs_cjk ON search_docs USING gin (string_to_array(cjk, ' '));
"""


def _v4(conn: Connection) -> None:
    _fill_cjk(conn, _V4_SCHEMA, _V4_INDEX + _V4_SORT_INDEXES)


def _v4_pg(conn: Connection) -> None:
    _fill_cjk(conn, _V4_PG_SCHEMA, _V4_PG_INDEX + _V4_SORT_INDEXES)


def _fill_cjk(conn: Connection, schema: str, indexes: str) -> None:
    from desktop.core.store.text import cjk_tokens

    _run(schema)(conn)
    rows = conn.execute("SELECT rowid, text FROM search_docs").fetchall()
    conn.executemany("UPDATE search_docs SET cjk = ? WHERE rowid = ?", [(cjk_tokens(t), r) for r, t in rows])
    _run(indexes)(conn)


# --- version 5: a company's search matches -> record IDs without reading search texts -------------------------

_V5 = """
CREATE INDEX search_docs_subject ON search_docs(company_id, kind, subject_id);
"""


# --- version 6: bookings ready for DCSA carriers -------------------------------------------------------------


def upgrade_booking_data(data: dict[str, object], rec21: dict[str, str]) -> dict[str, object]:
    """A stored booking in the DCSA-ready shape: cargo movement at origin and destination, Rec 21 package codes.

    Kept pure (no model import) so the step never changes once released.
    """
    out = dict(data)
    if "cargo_movement_type" in out:
        legacy = out.pop("cargo_movement_type")
        out.setdefault("cargo_movement_type_at_origin", legacy)
        out.setdefault("cargo_movement_type_at_destination", legacy)
    equipment = out.get("equipment")
    for eq in equipment if isinstance(equipment, list) else []:
        commodities = eq.get("commodities") if isinstance(eq, dict) else None
        for com in commodities if isinstance(commodities, list) else []:
            if isinstance(com, dict) and isinstance(com.get("package_code"), str) and com["package_code"].isdigit():
                com["package_code"] = rec21.get(com["package_code"], "")
    return out


def _v6(conn: Connection) -> None:
    from desktop.core.codes.packages import rec21_map

    rec21 = rec21_map()
    rows = conn.execute("SELECT id, data FROM bookings").fetchall()
    for booking_id, data in rows:
        upgraded = upgrade_booking_data(json.loads(data), rec21)
        conn.execute(
            "UPDATE bookings SET data = ? WHERE id = ?", (json.dumps(upgraded, ensure_ascii=False), booking_id)
        )


# --- version 7: the parameters of an outbox row's last error (its message names the platform, the reason) -----

_V7 = """
ALTER TABLE outbox ADD COLUMN last_error_params TEXT NOT NULL DEFAULT '{}';
"""


# --- version 8: a declaration's TradeCountry is the country of arrival, TradeAreaCode the trading country -------
#
# Before this step the declaration kept the trading country in ``trade_country`` and the country of arrival in
# ``trade_area_code`` (each other's DecMessage tag). The values are swapped in every declaration and in every
# revision of one, so the user sees the same countries under the same labels and old revisions restore correctly.


def _swap_trade_countries(text: str) -> str:
    import json

    data = json.loads(text)
    if isinstance(data, dict) and ("trade_country" in data or "trade_area_code" in data):
        data["trade_country"], data["trade_area_code"] = data.get("trade_area_code", ""), data.get("trade_country", "")
    return json.dumps(data, ensure_ascii=False)


def _v8(conn: Connection) -> None:
    from desktop.core.store.store import pack, unpack

    rows = conn.execute("SELECT id, data FROM declarations").fetchall()
    conn.executemany("UPDATE declarations SET data = ? WHERE id = ?", [(_swap_trade_countries(d), i) for i, d in rows])
    revisions = conn.execute("SELECT id, data FROM revisions WHERE kind = 'declaration'").fetchall()
    conn.executemany(
        "UPDATE revisions SET data = ? WHERE id = ?",
        [(pack(_swap_trade_countries(unpack(d))), i) for i, d in revisions],
    )


# --- version 9: the two wrong UN/LOCODEs of the old code table -----------------------------------------------
#
# The table offered CNPIG for Pingxiang (Guangxi) and CNYIH for Yinchuan; in UN/LOCODE CNPIG is Pinggu (Beijing)
# and CNYIH Yichang airport. A stored code could only have come from that table, so it meant Pingxiang / Yinchuan.
_LOCODE_FIXES = {'"CNPIG"': '"CNPIN"', '"CNYIH"': '"CNYCH"'}


def _v9(conn: Connection) -> None:
    for table in ("shipments", "declarations", "bookings"):
        rows = conn.execute(f"SELECT id, data FROM {table} WHERE data LIKE '%CNPIG%' OR data LIKE '%CNYIH%'")
        for row_id, data in rows.fetchall():
            for old, new in _LOCODE_FIXES.items():
                data = data.replace(old, new)
            conn.execute(f"UPDATE {table} SET data = ? WHERE id = ?", (data, row_id))


# --- version 10: several seats on one workspace -----------------------------------------------------------
#
# An outbox row is claimed by one seat for a while (owner, expiry; the owner a dead lease was taken from) and
# says who queued it; every audit entry says who was signed in on the seat; the workspace's users and roles.
_V10 = """
ALTER TABLE outbox ADD COLUMN lease_owner TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_until TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN lease_taken_from TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN queued_by TEXT NOT NULL DEFAULT '';
CREATE INDEX outbox_queued_by ON outbox(environment, queued_by, state);
ALTER TABLE audit_log ADD COLUMN user_name TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN seat TEXT NOT NULL DEFAULT '';
CREATE TABLE users (
    name          TEXT PRIMARY KEY,
    role          TEXT NOT NULL,
    display_name  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    last_seen_at  TEXT NOT NULL DEFAULT ''
);
"""


#: The ordered schema history. APPEND new steps; never change a released one.
MIGRATIONS: list[Migration] = [
    sql_step(1, "master data, drafts, revisions, audit log, settings", _V1, _V1_PG),
    Migration(2, "full-text search over shipments, declarations and bookings", _v2, _v2_pg),
    sql_step(3, "outbox, filing links, receipts and event cursors", _V3, pg_ddl(_V3)),
    Migration(4, "index for 1-2 character CJK search; indexes for sorting lists", _v4, _v4_pg),
    sql_step(5, "covering index from a company's search matches to record IDs", _V5),
    Migration(6, "bookings: cargo movement at origin and destination, Rec 21 package codes", _v6),
    sql_step(7, "parameters of the outbox's last error", _V7),
    Migration(8, "declarations: TradeCountry is the country of arrival, TradeAreaCode the trading country", _v8),
    Migration(9, "UN/LOCODE: Pingxiang is CNPIN (not CNPIG, Pinggu), Yinchuan CNYCH (not CNYIH, Yichang)", _v9),
    sql_step(10, "seats: outbox leases and who queued a row, the user in the audit log, users and roles", _V10),
]


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return len(migrations)


def _check(migrations: Sequence[Migration]) -> None:
    for index, step in enumerate(migrations, start=1):
        if step.version != index:
            raise ValueError(f"migration #{index} has version {step.version}; versions must be 1, 2, 3 ...")


def user_version(conn: Connection) -> int:
    """The schema version of the database (0 for a new one), on either engine."""
    return dialect_of(conn).user_version(conn)


def migrate(conn: Connection, migrations: Sequence[Migration] = MIGRATIONS, *, path: Path | str = "") -> int:
    """Bring the database to the last version of ``migrations``; returns that version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) and not in a transaction.
    """
    _check(migrations)
    latest = len(migrations)
    dialect = dialect_of(conn)
    try:
        current = user_version(conn)
    except Exception as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StoreError("store.unreadable", path=str(path), detail=str(exc)) from exc
    if current > latest:
        raise NewerDatabaseError("store.newer_database", path=str(path), found=current, supported=latest)
    for step in migrations[current:]:
        try:
            conn.execute(dialect.begin)
            dialect.lock_for_migration(conn)
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError("store.busy") from exc
        try:
            found = user_version(conn)  # another process may have migrated while we waited for the lock
            if found >= step.version:
                conn.execute("ROLLBACK")
                if found > latest:
                    raise NewerDatabaseError("store.newer_database", path=str(path), found=found, supported=latest)
                continue
            step.apply_for(dialect)(conn)
            dialect.set_user_version(conn, step.version)
            conn.execute("COMMIT")
        except StoreError:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        except Exception as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise MigrationError(
                "store.migration_failed",
                path=str(path),
                version=step.version,
                detail=f"{type(exc).__name__}: {exc}",
            ) from exc
    return user_version(conn)
