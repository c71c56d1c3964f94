"""The migration runner: a step's shape (:class:`Migration`, :func:`sql_step`), SQL helpers, and :func:`migrate`,
which runs the missing steps of a list, each with its version bump in one transaction."""

from __future__ import annotations

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


def run_script(script: str) -> Apply:
    statements = split_sql(script)

    def apply(conn: Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return apply


def sql_step(version: int, description: str, script: str, postgres: str | None = None) -> Migration:
    """A migration made of SQL statements, run one by one inside the step's transaction; ``postgres``: the
    statements PostgreSQL runs instead."""
    return Migration(version, description, run_script(script), None if postgres is None else run_script(postgres))


def pg_ddl(script: str) -> str:
    """The PostgreSQL spelling of a plain SQLite schema script: 64-bit integers, ``BIGSERIAL`` keys, ``BYTEA``."""
    script = re.sub(r"\bINTEGER\b", "BIGINT", script)
    script = script.replace("BIGINT PRIMARY KEY", "BIGSERIAL PRIMARY KEY").replace("BLOB", "BYTEA")
    return re.sub(r"(\w+) COLLATE NOCASE", r"lower(\1)", script)


def latest_version(migrations: Sequence[Migration]) -> int:
    return len(migrations)


def _check(migrations: Sequence[Migration]) -> None:
    for index, step in enumerate(migrations, start=1):
        if step.version != index:
            raise ValueError(f"migration #{index} has version {step.version}; versions must be 1, 2, 3 ...")


def user_version(conn: Connection) -> int:
    """The schema version of the database (0 for a new one), on either engine."""
    return dialect_of(conn).user_version(conn)


def migrate(conn: Connection, migrations: Sequence[Migration], *, path: Path | str = "") -> int:
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
