"""Connections of one workspace database: one connection per thread, transactions, on SQLite or PostgreSQL.

Threading: :class:`Database` hands each thread its own ``sqlite3.Connection`` (opened on first use), so GUI
workers, the CLI and the outbox sender thread can all use one :class:`~desktop.core.store.Store` without a
lock. SQLite serialises writers itself; a writer waits up to ``BUSY_TIMEOUT_MS`` for another (WAL lets readers
go on).

Transactions: ``with db.transaction() as conn:`` runs ``BEGIN IMMEDIATE`` ... ``COMMIT`` (``ROLLBACK`` on any
exception); nested use on the same thread becomes a SAVEPOINT. Connections run in WAL mode with
``synchronous=NORMAL`` (a crash never corrupts the file, a power cut may lose the last commits). A caller that
must not lose a commit — the outbox recording that a filing is queued or sent — asks for
``db.transaction(durable=True)``: that transaction runs with ``synchronous=FULL`` (fsync on commit).

Other seats: every transaction that wrote (and is not ``quiet``, like an outbox lease or a moved event cursor)
adds one to this database object's row of the ``change_clock`` table (its ``writer``) in the same commit, so a
seat can tell another seat's change from one of its own (:mod:`desktop.core.store.watch`).

PostgreSQL: :meth:`Database.server` opens the same kind of object on a server URL (``store/pg.py`` makes the
connections); transactions start with ``BEGIN`` and nest as savepoints the same way, and every commit is durable.
"""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from desktop.core.store.engine import SQLITE, Connection, Dialect
from desktop.core.store.errors import StoreError

BUSY_TIMEOUT_MS = 10_000
CACHE_SIZE_KIB = 32_768
#: Drafts are 2-4 kB of JSON each: 8 KiB pages hold several, 4 KiB pages would waste a third of each page.
PAGE_SIZE = 8192
#: The WAL file is truncated back to this size after a checkpoint.
WAL_SIZE_LIMIT = 32 * 1024 * 1024


def connect(path: Path) -> sqlite3.Connection:
    """A new connection to ``path`` with the workspace pragmas (autocommit; transactions are explicit)."""
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError("store.unreadable", path=str(path), detail=str(exc)) from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # only takes effect when the file is created
        mode = _switch_to_wal(conn)
        if str(mode).lower() != "wal":
            raise sqlite3.OperationalError(f"cannot switch to WAL (journal mode {mode})")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA cache_size = -{CACHE_SIZE_KIB}")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        if _is_busy(exc):
            raise StoreError("store.busy") from exc
        raise StoreError("store.unreadable", path=str(path), detail=str(exc)) from exc
    return conn


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Set WAL mode, waiting out other openers of a new file.

    Switching a new database to WAL takes an exclusive lock without calling the busy handler, so several first
    openers at once (two app windows, a CLI beside the app) get "database is locked" at once; wait and retry up to
    the busy timeout like every other statement does.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    delay = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if not _is_busy(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.1)


def _is_busy(exc: BaseException) -> bool:
    if isinstance(exc, sqlite3.OperationalError):
        return "locked" in str(exc) or "busy" in str(exc)
    # PostgreSQL: lock_timeout, deadlock_detected, serialization_failure
    return getattr(exc, "sqlstate", None) in ("55P03", "40P01", "40001")


class _ThreadState(threading.local):
    conn: Connection | None = None
    depth: int = 0
    durable_pending: bool = False  # a nested block asked for durability the outer transaction did not have
    loud: bool = False  # a block of the transaction changes what other seats show (not ``quiet``)


class Database:
    """One workspace database (a SQLite file or a PostgreSQL URL); a connection per thread; explicit
    transactions."""

    def __init__(
        self,
        path: Path,
        *,
        location: str = "",
        opener: Callable[[], Connection] | None = None,
        dialect: Dialect = SQLITE,
    ) -> None:
        self.path = path
        #: the path or the URL (without password) the workspace was opened from
        self.location = location or str(path)
        self.dialect = dialect
        self._opener: Callable[[], Connection] = opener or (lambda: connect(path))
        self._local = _ThreadState()
        self._lock = threading.Lock()
        self._all: list[tuple[threading.Thread, Connection]] = []
        self._closed = False
        #: how to open this database again (another seat, a restart): the server URL and password
        self.reopen_args: tuple[str, str | None] | None = None
        #: this object's row in ``change_clock`` (a seat's id and a random part: two stores of one process differ)
        self.writer = uuid.uuid4().hex
        self.seat = ""
        #: whether the workspace has the ``change_clock`` table (set once migrated)
        self.clocked = False

    @classmethod
    def server(cls, url: str, *, password: str | None = None) -> Database:
        """A PostgreSQL database at ``url`` (``postgresql://user@host:port/db?sslmode=...``)."""
        from desktop.core.store.engine import POSTGRESQL
        from desktop.core.store.pg import connect_server, display_url

        shown = display_url(url)
        db = cls(
            Path(shown), location=shown, opener=lambda: connect_server(url, password=password), dialect=POSTGRESQL
        )
        db.reopen_args = (url, password)
        return db

    def connection(self) -> Connection:
        """This thread's connection (opened on first use; those of finished threads are closed then)."""
        if self._closed:
            raise StoreError("store.closed")
        conn = self._local.conn
        if conn is None:
            conn = self._opener()
            with self._lock:
                if self._closed:
                    conn.close()
                    raise StoreError("store.closed")
                finished = [c for t, c in self._all if not t.is_alive()]
                self._all = [(t, c) for t, c in self._all if t.is_alive()]
                self._all.append((threading.current_thread(), conn))
            for old in finished:
                with suppress(Exception):
                    old.close()
            self._local.conn = conn
        return conn

    def open_connections(self) -> int:
        with self._lock:
            return len(self._all)

    @contextmanager
    def transaction(self, *, durable: bool = False, quiet: bool = False) -> Iterator[Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT`` on this thread's connection; a SAVEPOINT when nested.

        ``durable=True`` commits with ``synchronous=FULL`` (use it for outbox state changes). Nested inside a
        transaction without it (SQLite cannot change the level inside a transaction), the outer ``COMMIT`` is
        followed by a WAL checkpoint, which syncs the committed data to disk as well.

        ``quiet=True``: what the block writes is bookkeeping no other seat needs to show (a lease, a cursor); a
        transaction whose every block is quiet leaves the change clock as it is.
        """
        conn = self.connection()
        state = self._local
        if not quiet:
            state.loud = True
        if state.depth:
            if durable:
                state.durable_pending = True
            name = f"sp{state.depth}"
            conn.execute(f"SAVEPOINT {name}")
            state.depth += 1
            try:
                yield conn
            except BaseException:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
                raise
            else:
                conn.execute(f"RELEASE {name}")
            finally:
                state.depth -= 1
            return
        dialect = self.dialect
        if durable:
            dialect.durable_pragmas(conn, True)
        try:
            try:
                conn.execute(dialect.begin)
            except Exception as exc:
                if _is_busy(exc):
                    raise StoreError("store.busy") from exc
                raise
            state.depth = 1
            state.durable_pending = False
            state.loud = not quiet
            before = dialect.changes(conn) if self.clocked else 0
            try:
                yield conn
                if self.clocked and state.loud and dialect.wrote(conn, before):
                    self._tick(conn)
            except BaseException:
                state.depth = 0
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
            state.depth = 0
            try:
                conn.execute("COMMIT")
            except Exception as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if _is_busy(exc):
                    raise StoreError("store.busy") from exc
                raise
            if state.durable_pending and not durable and dialect is SQLITE:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            state.durable_pending = False
            state.loud = False
            if durable:
                dialect.durable_pragmas(conn, False)

    def _tick(self, conn: Connection) -> None:
        """One more change by this writer, in the transaction that made it."""
        conn.execute(
            "INSERT INTO change_clock (writer, seat, changes, updated_at) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (writer) DO UPDATE SET changes = change_clock.changes + 1, seat = excluded.seat,"
            " updated_at = excluded.updated_at",
            (self.writer, self.seat, time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())),
        )

    def others_changes(self) -> tuple[int, int] | None:
        """What the other writers of the workspace changed so far (their changes and how many writers), as this
        thread's connection sees it; None before the workspace has the change clock."""
        if not self.clocked:
            return None
        found = self.connection().execute(
            "SELECT COALESCE(SUM(changes), 0), COUNT(*) FROM change_clock WHERE writer != ?", (self.writer,)
        ).fetchone()
        return int(found[0]), int(found[1])

    def close(self) -> None:
        """Close every thread's connection. Later use raises ``store.closed``."""
        with self._lock:
            self._closed = True
            conns, self._all = [c for _, c in self._all], []
        for conn in conns:
            with suppress(Exception):
                conn.close()
        self._local.conn = None

    @property
    def closed(self) -> bool:
        return self._closed
