"""Schema migrations of the workspace database, tracked by ``PRAGMA user_version`` (PostgreSQL: the
``schema_version`` table).

:data:`MIGRATIONS` is an ordered list; step ``n`` (from 1) brings the database from version ``n - 1`` to
``n``.
:func:`migrate` runs each missing step together with its ``user_version`` bump inside one ``BEGIN IMMEDIATE``
transaction: a failing step rolls back completely and leaves ``user_version`` where it was. A database whose
version is higher than ``len(MIGRATIONS)`` was written by a newer app and is refused
(``store.newer_database``).

The steps live in modules per version range (``v1_v5.py``, ``v6_v10.py`` ...), the runner in ``runner.py``.
To change the schema, APPEND a step to the last module's ``STEPS`` (or start a module for the next range) —
never edit, reorder or remove a released one::

    STEPS.append(sql_step(11, "what it adds", '''
        CREATE TABLE ... (...);
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

from collections.abc import Sequence
from pathlib import Path

from desktop.core.store.engine import Connection
from desktop.core.store.migrations import runner, v1_v5, v6_v10, v11, v12, v13, v14
from desktop.core.store.migrations.runner import Migration, pg_ddl, split_sql, sql_step, user_version

__all__ = [
    "MIGRATIONS",
    "Migration",
    "latest_version",
    "migrate",
    "pg_ddl",
    "split_sql",
    "sql_step",
    "user_version",
]

#: The ordered schema history. APPEND new steps; never change a released one.
MIGRATIONS: list[Migration] = [*v1_v5.STEPS, *v6_v10.STEPS, *v11.STEPS, *v12.STEPS, *v13.STEPS, *v14.STEPS]


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return runner.latest_version(migrations)


def migrate(conn: Connection, migrations: Sequence[Migration] = MIGRATIONS, *, path: Path | str = "") -> int:
    """Bring the database to the last version of ``migrations``; returns that version.

    ``conn`` must be in autocommit mode (``isolation_level=None``) and not in a transaction.
    """
    return runner.migrate(conn, migrations, path=path)
