"""Steps 1-5: the schema of master data, drafts, revisions and the audit log; search (FTS5 trigram and per-character
CJK indexes on SQLite, pg_trgm and a CJK character array on PostgreSQL); the outbox tables; list indexes."""

from __future__ import annotations

import json

from desktop.core.store.engine import Connection
from desktop.core.store.migrations.runner import Migration, pg_ddl, run_script, sql_step

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

    run_script(schema)(conn)
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

    run_script(schema)(conn)
    rows = conn.execute("SELECT rowid, text FROM search_docs").fetchall()
    conn.executemany("UPDATE search_docs SET cjk = ? WHERE rowid = ?", [(cjk_tokens(t), r) for r, t in rows])
    run_script(indexes)(conn)


# --- version 5: a company's search matches -> record IDs without reading search texts -------------------------

_V5 = """
CREATE INDEX search_docs_subject ON search_docs(company_id, kind, subject_id);
"""


STEPS: list[Migration] = [
    sql_step(1, "master data, drafts, revisions, audit log, settings", _V1, _V1_PG),
    Migration(2, "full-text search over shipments, declarations and bookings", _v2, _v2_pg),
    sql_step(3, "outbox, filing links, receipts and event cursors", _V3, pg_ddl(_V3)),
    Migration(4, "index for 1-2 character CJK search; indexes for sorting lists", _v4, _v4_pg),
    sql_step(5, "covering index from a company's search matches to record IDs", _V5),
]
