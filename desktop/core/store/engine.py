"""The two database engines a workspace runs on, behind one small seam: SQLite (a file) or PostgreSQL (a server).

Everything above this module talks to a :class:`Connection` (the ``sqlite3.Connection`` subset the store uses:
``execute`` with ``?`` placeholders, ``executemany``, ``in_transaction``) and asks the engine's :class:`Dialect`
for the few statements the engines spell differently (schema version, the migration lock, inserting and getting
the new id, locking a record for a save, case-insensitive order, the SQLite index hints). Search, where the two
engines differ most, lives in ``store/search.py``.

A workspace location is either a path (SQLite) or a ``postgresql://`` URL (:func:`is_server_url`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(location: str | Path) -> bool:
    """Whether a workspace location names a PostgreSQL server rather than a SQLite file."""
    return isinstance(location, str) and location.strip().lower().startswith(SERVER_SCHEMES)


class Cursor(Protocol):
    """What the store reads from a statement's result."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """The connection API the store, the migrations and the outbox use (``sqlite3.Connection`` has it)."""

    def execute(self, sql: str, parameters: Any = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> Any: ...

    @property
    def in_transaction(self) -> bool: ...

    def close(self) -> None: ...


class Dialect:
    """The SQL the engines spell differently. Instances are stateless; see :data:`SQLITE`, :data:`POSTGRESQL`."""

    name = "sqlite"
    #: list pages pick their ids from the sort index before reading rows (``store/paging.py``); SQLite's
    #: OFFSET skips index entries without reading the table already
    deferred_pages = False
    #: starts a write transaction (SQLite takes the write lock at once, so two writers never deadlock)
    begin = "BEGIN IMMEDIATE"

    def user_version(self, conn: Connection) -> int:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])

    def set_user_version(self, conn: Connection, version: int) -> None:
        conn.execute(f"PRAGMA user_version = {int(version)}")

    def lock_for_migration(self, conn: Connection) -> None:
        """Inside the migration's transaction: make other openers wait (``BEGIN IMMEDIATE`` already does)."""

    def database_now(self, conn: Connection) -> datetime:
        """The time by the database's clock (UTC): the one clock every seat of a workspace shares. SQLite's is
        this computer's (every seat of a SQLite workspace runs on it)."""
        text = str(conn.execute("SELECT strftime('%Y-%m-%dT%H:%M:%f', 'now')").fetchone()[0])
        return datetime.fromisoformat(text).replace(tzinfo=UTC)

    def insert_id(self, conn: Connection, sql: str, params: Sequence[Any]) -> int:
        """Run an ``INSERT`` into a table with an ``id`` key the database assigns; returns the new id."""
        cursor = conn.execute(sql, params)
        return int(cursor.lastrowid or 0)

    def lock_record(self, conn: Connection, kind: str, record_id: str) -> None:
        """Inside a write transaction: wait until no other transaction writes this record (SQLite's write lock
        already covers the whole database)."""

    def nocase(self, column: str) -> str:
        """``column`` ordered without regard to case."""
        return f"{column} COLLATE NOCASE"

    def without_index(self, column: str) -> str:
        """``column`` in a WHERE clause the planner should not drive by its index (SQLite's unary ``+``)."""
        return f"+{column}"

    def indexed_by(self, table: str, alias: str, index: str) -> str:
        """``table alias`` forced onto ``index`` where the engine takes hints."""
        return f"{table} {alias} INDEXED BY {index}"

    def json_list_has(self, column: str, key: str, field: str) -> str:
        """A condition (one ``?``: the value) that the JSON text in ``column`` has, in its list ``key``, an object
        whose ``field`` is the value; the stored JSON is read by the database, no model is made."""
        return f"EXISTS (SELECT 1 FROM json_each({column}, '$.{key}') j WHERE json_extract(j.value, '$.{field}') = ?)"

    def durable_pragmas(self, conn: Connection, durable: bool) -> None:
        """Before/after a durable transaction: fsync on commit (SQLite ``synchronous=FULL``)."""
        conn.execute(f"PRAGMA synchronous = {'FULL' if durable else 'NORMAL'}")

    def changes(self, conn: Connection) -> int:
        """A mark of what the connection has written so far (compare with :meth:`wrote` at the end)."""
        return int(getattr(conn, "total_changes", 0))

    def wrote(self, conn: Connection, before: int) -> bool:
        """Whether the transaction begun at mark ``before`` wrote anything."""
        return self.changes(conn) != before


class PostgresDialect(Dialect):
    name = "postgresql"
    deferred_pages = True
    # READ COMMITTED plus a lock per record (lock_record) taken before a save reads the revision, so two seats
    # saving the same record serialise and the second sees the first's revision (a conflict when it expected
    # the older one).
    begin = "BEGIN"

    def user_version(self, conn: Connection) -> int:
        # read pg_class itself, not to_regclass(): a seat that waited for another's migration must see the table
        # that seat committed, and the catalog cache of a transaction begun before that may not have it yet
        found = conn.execute(
            "SELECT EXISTS (SELECT 1 FROM pg_class WHERE relname = 'schema_version'"
            " AND relnamespace = current_schema()::regnamespace)"
        ).fetchone()[0]
        if not found:
            return 0
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        return 0 if row is None else int(row[0])

    def set_user_version(self, conn: Connection, version: int) -> None:
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
        conn.execute("DELETE FROM schema_version")
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (int(version),))

    def lock_for_migration(self, conn: Connection) -> None:
        # one seat migrates at a time; the lock ends with the step's transaction
        conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATION_LOCK,))

    def database_now(self, conn: Connection) -> datetime:
        # the server's clock, not the seat's: leases of seats whose clocks differ still expire together
        moment = conn.execute("SELECT clock_timestamp()").fetchone()[0]
        assert isinstance(moment, datetime)
        return moment.astimezone(UTC)

    def insert_id(self, conn: Connection, sql: str, params: Sequence[Any]) -> int:
        return int(conn.execute(sql + " RETURNING id", params).fetchone()[0])

    def lock_record(self, conn: Connection, kind: str, record_id: str) -> None:
        # a transaction-scoped advisory lock on the record's key, taken before its row is read: two seats
        # saving the same record (also one that does not exist yet, which FOR UPDATE could not lock) take
        # turns, and the second reads the first's committed revision
        conn.execute("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", (f"{kind}/{record_id}",))

    def nocase(self, column: str) -> str:
        return f"lower({column})"

    def without_index(self, column: str) -> str:
        return column

    def indexed_by(self, table: str, alias: str, index: str) -> str:
        return f"{table} {alias}"

    def json_list_has(self, column: str, key: str, field: str) -> str:
        return f"EXISTS (SELECT 1 FROM jsonb_array_elements(({column})::jsonb -> '{key}') j WHERE j ->> '{field}' = ?)"

    def changes(self, conn: Connection) -> int:
        return 0

    def wrote(self, conn: Connection, before: int) -> bool:
        # a transaction gets an id with its first write
        return bool(conn.execute("SELECT pg_current_xact_id_if_assigned() IS NOT NULL").fetchone()[0])

    def durable_pragmas(self, conn: Connection, durable: bool) -> None:
        # every PostgreSQL commit is flushed to the server's WAL before it returns (synchronous_commit=on)
        pass


#: an arbitrary constant key of the advisory lock that serialises migrations across seats
MIGRATION_LOCK = 0x436F7272  # "Corr"

SQLITE = Dialect()
POSTGRESQL = PostgresDialect()


def dialect_of(conn: Connection) -> Dialect:
    """The dialect of a connection (a raw ``sqlite3.Connection`` or a PostgreSQL one from ``store/pg.py``)."""
    if isinstance(conn, sqlite3.Connection):
        return SQLITE
    found = getattr(conn, "dialect", None)
    return found if isinstance(found, Dialect) else SQLITE
