"""The classroom sandbox on a PostgreSQL server: connections shaped like the ``sqlite3`` ones ``state.py`` uses.

A room of trainees can keep the sandbox's data in the office's PostgreSQL (``corridor-desk sandbox --data
postgresql://...``) instead of a file. :func:`connect` opens a session in autocommit mode (the sandbox issues
``BEGIN`` / ``COMMIT`` itself) whose statements take the sandbox's ``?`` placeholders and whose rows read by
index or by column name like ``sqlite3.Row``; :meth:`SandboxPgConnection.executescript` runs the sandbox's
SQLite schema in PostgreSQL's spelling (:func:`pg_schema`). TLS and passwords as for a workspace on a server
(``store/pg.py``): ``sslmode=verify-full`` unless the URL says otherwise, the password in the URL, ``PGPASSWORD``
or ``~/.pgpass``; a URL's ``options=-csearch_path=NAME`` keeps a class in a schema of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

import psycopg
from psycopg import pq

from desktop.core.store.errors import StoreError
from desktop.core.store.migrations.runner import split_sql
from desktop.core.store.pg import CONNECT_TIMEOUT_S, classify, display_url, to_pyformat, with_tls_defaults


class Row:
    """One result row: ``row[0]``, ``row["name"]``, ``keys()`` and ``dict(row)``, as ``sqlite3.Row``."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: dict[str, int]) -> None:
        self._values = tuple(values)
        self._index = index

    def __getitem__(self, key: int | str) -> Any:
        return self._values[self._index[key]] if isinstance(key, str) else self._values[key]

    def keys(self) -> list[str]:
        return list(self._index)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Row) and self._values == other._values

    def __hash__(self) -> int:
        return hash(self._values)

    def __repr__(self) -> str:
        return f"Row({dict(zip(self._index, self._values, strict=True))!r})"


def _rows(cursor: psycopg.Cursor[Any]) -> Any:
    index = {column.name: i for i, column in enumerate(cursor.description or ())}
    return lambda values: Row(values, index)


class SandboxPgCursor:
    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self) -> Row | None:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Row]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def __iter__(self) -> Iterator[Row]:
        return iter(self.fetchall())


class SandboxPgConnection:
    """A PostgreSQL session with the ``sqlite3.Connection`` API the sandbox uses."""

    def __init__(self, raw: psycopg.Connection[Any], url: str) -> None:
        self.raw = raw
        self.url = display_url(url)

    def execute(self, sql: str, parameters: Sequence[Any] = (), /) -> SandboxPgCursor:
        cursor = self.raw.cursor(row_factory=_rows)
        cursor.execute(to_pyformat(sql), tuple(parameters))
        return SandboxPgCursor(cursor)

    def executescript(self, script: str) -> None:
        for statement in split_sql(pg_schema(script)):
            self.execute(statement)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def pg_schema(script: str) -> str:
    """The sandbox's SQLite DDL in PostgreSQL's spelling: serial keys, 64-bit integers, doubles, ``BYTEA``."""
    script = script.replace("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGSERIAL PRIMARY KEY")
    script = re.sub(r"\bINTEGER\b", "BIGINT", script)
    script = re.sub(r"\bREAL\b", "DOUBLE PRECISION", script)  # PostgreSQL's REAL is 4 bytes: seconds would round
    return re.sub(r"\bBLOB\b", "BYTEA", script)


def connect(url: str, *, read_only: bool = False) -> SandboxPgConnection:
    """A session on the server at ``url``; ``read_only`` for a thread's reading connection. A failure to
    connect raises ``StoreError`` with the workspace's codes (``store.pg_auth``, ``store.pg_unreachable`` ...)."""
    try:
        raw = psycopg.connect(with_tls_defaults(url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S)
    except psycopg.Error as exc:  # a wrong password, no server there, a certificate that does not verify
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(classify(exc), url=display_url(url), detail=detail) from exc
    raw.execute("SET client_encoding = 'UTF8'")
    if read_only:
        raw.execute("SET default_transaction_read_only = on")
    return SandboxPgConnection(raw, url)
