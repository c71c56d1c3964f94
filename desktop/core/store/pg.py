"""PostgreSQL connections for the store (psycopg 3), shaped like the ``sqlite3`` ones the store code uses.

:class:`PgConnection` wraps a ``psycopg.Connection`` in autocommit mode (the store issues ``BEGIN`` /
``COMMIT`` / ``SAVEPOINT`` itself, as on SQLite) and turns the store's ``?`` placeholders into psycopg's
``%s``; a literal ``%`` in a statement is escaped. :func:`connect_server` opens one and maps the failures a
user can act on to store error codes: ``store.pg_auth`` (wrong user or password), ``store.pg_unreachable``
(no server at that host and port), ``store.pg_tls`` (certificate or TLS failure), ``store.pg_no_database``.

TLS: a URL without ``sslmode`` is opened with ``sslmode=verify-full`` and, without ``sslrootcert``, the
system's CA store (``sslrootcert=system``), so a server must present a certificate for its host name signed
by a CA the machine trusts. ``sslmode=disable`` has to be written out (a server on localhost, the tests).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg import pq

from desktop.core.store.engine import POSTGRESQL, Dialect
from desktop.core.store.errors import StoreError

CONNECT_TIMEOUT_S = 10
#: a statement that waits this long for a row another seat holds gives up (``store.busy``)
LOCK_TIMEOUT_MS = 10_000

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


@functools.lru_cache(maxsize=2048)
def to_pyformat(sql: str) -> str:
    """``?`` placeholders -> ``%s`` and ``%`` -> ``%%``, leaving quoted strings and names alone... except ``%``,
    which psycopg reads everywhere."""

    def swap(match: re.Match[str]) -> str:
        token = match.group(0)
        if token == "?":
            return "%s"
        if token == "%":
            return "%%"
        return token.replace("%", "%%")

    return _TOKEN.sub(swap, sql)


class PgCursor:
    """A statement's result: ``fetchone``, ``fetchall``, iteration and ``rowcount`` as on ``sqlite3``."""

    def __init__(self, cursor: psycopg.Cursor[Any]) -> None:
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return None  # PostgreSQL has none: the dialect inserts with RETURNING id

    def fetchone(self) -> Any:
        return self._cursor.fetchone() if self._cursor.description is not None else None

    def fetchall(self) -> list[Any]:
        return self._cursor.fetchall() if self._cursor.description is not None else []

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class PgConnection:
    """One PostgreSQL session in autocommit mode, with the ``sqlite3``-like API of :class:`engine.Connection`."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, raw: psycopg.Connection[Any]) -> None:
        self.raw = raw

    def execute(self, sql: str, parameters: Any = (), /) -> PgCursor:
        cursor = self.raw.cursor()
        params = tuple(parameters) if not isinstance(parameters, dict) else parameters
        cursor.execute(to_pyformat(sql), params)
        return PgCursor(cursor)

    def executemany(self, sql: str, parameters: Iterable[Any], /) -> PgCursor:
        cursor = self.raw.cursor()
        cursor.executemany(to_pyformat(sql), [tuple(p) for p in parameters])
        return PgCursor(cursor)

    @property
    def in_transaction(self) -> bool:
        return self.raw.info.transaction_status != pq.TransactionStatus.IDLE

    def close(self) -> None:
        self.raw.close()


def with_tls_defaults(url: str) -> str:
    """``url`` with ``sslmode=verify-full`` and ``sslrootcert=system`` unless it says otherwise."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query.setdefault("sslmode", "verify-full")
    if query["sslmode"] in ("verify-full", "verify-ca"):
        query.setdefault("sslrootcert", "system")
    return urlunsplit(parts._replace(query=urlencode(query)))


def display_url(url: str) -> str:
    """``url`` without its password (for titles, logs and error messages)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def classify(exc: BaseException) -> str:
    """The store error code for a failure to connect."""
    state = getattr(exc, "sqlstate", None)
    text = str(exc).lower()
    if state in ("28P01", "28000") or "password authentication failed" in text or "no password supplied" in text:
        return "store.pg_auth"
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return "store.pg_no_database"
    if any(w in text for w in ("ssl", "certificate", "tls")):
        return "store.pg_tls"
    return "store.pg_unreachable"


def connect_server(url: str, *, password: str | None = None) -> PgConnection:
    """A new session on the server at ``url`` (``password`` from the keyring overrides one in the URL)."""
    kwargs: dict[str, Any] = {"autocommit": True, "connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        kwargs["password"] = password
    try:
        raw = psycopg.connect(with_tls_defaults(url), **kwargs)
    except psycopg.Error as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise StoreError(classify(exc), url=display_url(url), detail=detail) from exc
    try:
        raw.execute(f"SET lock_timeout = {LOCK_TIMEOUT_MS}")
        raw.execute("SET client_encoding = 'UTF8'")
        # plan every statement for its values: psycopg prepares a statement run 5 times, and after 5 more the
        # server may switch to a generic plan that cannot use the trigram index for "LIKE $1" (a search went
        # from 1 ms to 100 ms on its eleventh run); planning takes well under a millisecond
        raw.execute("SET plan_cache_mode = force_custom_plan")
    except psycopg.Error as exc:
        raw.close()
        raise StoreError("store.unreadable", path=display_url(url), detail=str(exc)) from exc
    return PgConnection(raw)
