"""Step 14: a search document keeps when its record was last saved (``search_docs.saved_at``), so "most recently
saved first" no longer rests on the document's row position, and a save that leaves the searched text as it was
(a filing's status or receipts from the platform) updates that time instead of deleting and re-inserting the
document in the full-text indexes.

SQLite: the update trigger rebuilds the FTS entries only when ``text`` or ``cjk`` change; ``(company_id,
saved_at)`` walks a company's documents newest first (every SQLite index ends with the rowid). PostgreSQL: the
same index with the rowid as its last column (see step 11). The times come from the records' ``updated_at``.
"""

from __future__ import annotations

from desktop.core.store.engine import Connection
from desktop.core.store.migrations.runner import Migration

_TABLES = (("shipment", "shipments"), ("declaration", "declarations"), ("booking", "bookings"))

_V14 = (
    "DROP TRIGGER search_docs_au",
    "ALTER TABLE search_docs ADD COLUMN saved_at TEXT NOT NULL DEFAULT ''",
    "CREATE TRIGGER search_docs_au AFTER UPDATE OF text, cjk ON search_docs BEGIN\n"
    "    INSERT INTO search_fts(search_fts, rowid, text) VALUES ('delete', old.rowid, old.text);\n"
    "    INSERT INTO search_cjk(search_cjk, rowid, cjk) VALUES ('delete', old.rowid, old.cjk);\n"
    "    INSERT INTO search_fts(rowid, text) VALUES (new.rowid, new.text);\n"
    "    INSERT INTO search_cjk(rowid, cjk) VALUES (new.rowid, new.cjk);\n"
    "END",
)

_V14_PG = ("ALTER TABLE search_docs ADD COLUMN saved_at TEXT NOT NULL DEFAULT ''",)


def _fill(conn: Connection) -> None:
    for kind, table in _TABLES:
        found = f"FROM {table} x WHERE x.id = search_docs.subject_id"
        conn.execute(
            f"UPDATE search_docs SET saved_at = (SELECT x.updated_at {found})"
            f" WHERE kind = ? AND EXISTS (SELECT 1 {found})",
            (kind,),
        )


def _v14(conn: Connection) -> None:
    for statement in _V14:
        conn.execute(statement)
    _fill(conn)
    conn.execute("CREATE INDEX search_docs_saved ON search_docs (company_id, saved_at)")


def _v14_pg(conn: Connection) -> None:
    for statement in _V14_PG:
        conn.execute(statement)
    _fill(conn)
    conn.execute("CREATE INDEX search_docs_saved ON search_docs (company_id, saved_at, rowid)")


STEPS: list[Migration] = [
    Migration(14, "search documents keep their record's save time; unchanged text is not indexed again", _v14, _v14_pg),
]
