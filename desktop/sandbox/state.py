"""The sandbox's state: one SQLite connection for the writes behind a lock, a reading connection per server
thread, the clock, and the notifier that wakes long polls.

Writes go through a single connection guarded by a re-entrant lock; every operation is short (no lock is ever
held while a request waits or sleeps). Reads of a database file take no lock: each thread reads through its own
connection (WAL lets readers run beside the writer, and SQLite runs them outside Python's interpreter lock), one
read in one snapshot; a read inside a write transaction, by a thread that holds the lock anyway (the event loop's
short routes, :meth:`Sandbox.try_hold`), or of ``":memory:"``, uses the writing connection.
``":memory:"`` or ``None`` keeps everything in memory; a file path keeps it across restarts; a ``postgresql://``
URL keeps it on a database server (``sandbox/pgdb.py``): a reading connection per thread there too, each read
in one snapshot (``REPEATABLE READ``), the writes through the one connection behind the lock.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import secrets
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, cast

from desktop.core.store.engine import is_server_url
from desktop.sandbox import pgdb, seed
from desktop.sandbox.clock import SandboxClock

log = logging.getLogger("desktop.sandbox")
BUSY_TIMEOUT_MS = 5000  # how long a statement waits for a lock another process holds (a reader of the file)
CHECKPOINT_EVERY = 1.0  # seconds between the checkpointer's passes over the write-ahead log

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS companies (
    id TEXT PRIMARY KEY, uscc TEXT NOT NULL, customs_code TEXT NOT NULL, name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL, district TEXT NOT NULL, role TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS users (
    username TEXT PRIMARY KEY, salt BLOB NOT NULL, password_hash BLOB NOT NULL, display_name TEXT NOT NULL,
    roles TEXT NOT NULL, phone TEXT NOT NULL DEFAULT '', scenario TEXT NOT NULL DEFAULT 'happy',
    scenario_params TEXT NOT NULL DEFAULT '{}', verification INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS user_companies (
    username TEXT NOT NULL, company_id TEXT NOT NULL, relation TEXT NOT NULL,
    PRIMARY KEY (username, company_id));
CREATE TABLE IF NOT EXISTS verification_codes (
    username TEXT PRIMARY KEY, code TEXT NOT NULL, challenge_id TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS token_families (
    family TEXT PRIMARY KEY, username TEXT NOT NULL, created_at REAL NOT NULL,
    revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS access_tokens (
    token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, family TEXT NOT NULL, expires_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS refresh_tokens (
    token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, family TEXT NOT NULL, expires_at REAL NOT NULL,
    spent INTEGER NOT NULL DEFAULT 0, spent_at REAL, successor TEXT NOT NULL DEFAULT '',
    access_hash TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS idempotency (
    username TEXT NOT NULL, company_id TEXT NOT NULL, key TEXT NOT NULL, fingerprint TEXT NOT NULL,
    state TEXT NOT NULL, status_code INTEGER, body TEXT, headers TEXT, created_at REAL NOT NULL,
    PRIMARY KEY (username, company_id, key));
CREATE INDEX IF NOT EXISTS idempotency_age ON idempotency (created_at);
CREATE TABLE IF NOT EXISTS filings (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    company_id TEXT NOT NULL, client_seq_no TEXT NOT NULL, status TEXT NOT NULL,
    customs_no TEXT NOT NULL DEFAULT '', document TEXT NOT NULL, receipts TEXT NOT NULL DEFAULT '[]',
    extra TEXT NOT NULL DEFAULT '{}', scenario TEXT NOT NULL, next_step TEXT, due_at REAL,
    created_by TEXT NOT NULL, created_at REAL NOT NULL, updated_at REAL NOT NULL,
    UNIQUE (kind, company_id, client_seq_no));
CREATE INDEX IF NOT EXISTS filings_due ON filings (due_at) WHERE due_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS filings_company ON filings (kind, company_id, seq);
CREATE TABLE IF NOT EXISTS attachments (
    id TEXT PRIMARY KEY, filing_id TEXT NOT NULL, edoc_code TEXT NOT NULL, file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL, size INTEGER NOT NULL, content BLOB NOT NULL, created_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, at REAL NOT NULL, kind TEXT NOT NULL, filing_id TEXT NOT NULL,
    company_id TEXT NOT NULL, client_seq_no TEXT NOT NULL, status TEXT NOT NULL,
    customs_no TEXT NOT NULL DEFAULT '', receipt TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS events_company ON events (company_id, seq);
CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""

#: Columns added after a table was first created: a sandbox file from an older version gets them on open.
ADDED_COLUMNS = {
    "refresh_tokens": (
        ("spent_at", "REAL"),
        ("successor", "TEXT NOT NULL DEFAULT ''"),
        ("access_hash", "TEXT NOT NULL DEFAULT ''"),
    ),
}


def _add_missing_columns(conn: Any) -> None:
    if isinstance(conn, sqlite3.Connection):
        for table, columns in ADDED_COLUMNS.items():
            present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
            for name, decl in columns:
                if name not in present:
                    conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {decl}")
        return
    for table, columns in ADDED_COLUMNS.items():
        for name, decl in columns:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {name} {pgdb.pg_schema(decl)}")


PBKDF2_ROUNDS = 20_000


def hash_password(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, PBKDF2_ROUNDS)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _checkpoints(path: str, closing: threading.Event) -> None:
    """Copy the write-ahead log into the database file about every second (a passive checkpoint: it never
    blocks the writer or a reader), through a connection of its own, until the sandbox closes."""
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        while not closing.wait(CHECKPOINT_EVERY):
            try:
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            except sqlite3.Error:  # keep going: the next pass catches up
                log.exception("sandbox checkpoint failed")
    finally:
        conn.close()


class EventBus:
    """Wakes long polls (coroutines on the server's loop) when an event is written, from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._waiters: set[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = set()
        self.closed = False

    def register(self) -> tuple[asyncio.AbstractEventLoop, asyncio.Event]:
        entry = (asyncio.get_running_loop(), asyncio.Event())
        with self._lock:
            self._waiters.add(entry)
            if self.closed:
                entry[1].set()
        return entry

    def unregister(self, entry: tuple[asyncio.AbstractEventLoop, asyncio.Event]) -> None:
        with self._lock:
            self._waiters.discard(entry)

    def notify(self) -> None:
        with self._lock:
            waiters = list(self._waiters)
        for loop, event in waiters:
            with contextlib.suppress(RuntimeError):  # the loop is gone (server stopped)
                loop.call_soon_threadsafe(event.set)

    def close(self) -> None:
        """Release every waiting long poll (shutdown)."""
        with self._lock:
            self.closed = True
        self.notify()


@dataclass
class Fault:
    """A one-shot fault for the next creating POST (of one user, or of anyone when ``username`` is empty)."""

    kind: str
    username: str = ""
    seconds: float = 0.0
    count: int = 1


@dataclass
class Sandbox:
    """Everything the routes share. Create with :meth:`open`."""

    conn: sqlite3.Connection
    clock: SandboxClock
    lock: threading.RLock = field(default_factory=threading.RLock)
    bus: EventBus = field(default_factory=EventBus)
    faults: list[Fault] = field(default_factory=list)
    request_counts: dict[str, int] = field(default_factory=dict)
    #: users whose scenario is not "happy" (the fault layer checks tokens only when this or ``faults`` is set)
    special_users: dict[str, tuple[str, dict[str, Any]]] = field(default_factory=dict)
    attachment_limit: int = 5 * 1024 * 1024
    path: str = ":memory:"
    #: the Single Window client the sandbox plays on an ImpPath (desktop/sandbox/sw_client.py), when it does
    single_window: Any = None
    _local: threading.local = field(default_factory=threading.local)
    _readers: list[sqlite3.Connection] = field(default_factory=list)
    _readers_lock: threading.Lock = field(default_factory=threading.Lock)  # never the writer's lock
    _checkpointer: threading.Thread | None = None
    _closing: threading.Event = field(default_factory=threading.Event)

    @classmethod
    def open(cls, db_path: str | None, clock: SandboxClock | None = None) -> Sandbox:
        path = db_path or ":memory:"
        conn: Any
        if is_server_url(path):
            conn = pgdb.connect(path)
        else:
            conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if path != ":memory:":
                # WAL with synchronous=NORMAL: a commit is written to the log (no fsync), so a committed filing
                # survives the server being killed (kill -9, a crash); a power cut or an OS crash may lose the
                # last commits since the log was last synced, which the checkpointer does about every second.
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                # the log is copied into the database (and synced) by a thread of its own, never by a request
                # that happens to commit the thousandth page (desktop/sandbox/state.py: _checkpoints)
                conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.executescript(SCHEMA)
        _add_missing_columns(conn)
        # nothing is in flight in a server that just started: a key left so by a crash would block its retries
        conn.execute("DELETE FROM idempotency WHERE state = 'in-flight'")
        sb = cls(conn=conn, clock=clock or SandboxClock(), path=path)
        sb._seed()
        row = conn.execute("SELECT value FROM meta WHERE key = 'clock'").fetchone()
        if row is not None:
            sb.clock.set_at_least(float(row["value"]))
        for r in conn.execute("SELECT username, scenario, scenario_params FROM users WHERE scenario != 'happy'"):
            sb.special_users[r["username"]] = (r["scenario"], json.loads(r["scenario_params"]))
        if path != ":memory:" and not sb.on_server:
            sb._checkpointer = threading.Thread(
                target=_checkpoints, args=(path, sb._closing), name="sandbox-checkpoints", daemon=True
            )
            sb._checkpointer.start()
        return sb

    @property
    def on_server(self) -> bool:
        """Whether the data lives on a PostgreSQL server (``path`` is its URL)."""
        return is_server_url(self.path)

    @property
    def location(self) -> str:
        """Where the data lives, for messages: the file, "in memory", or the server's URL without password."""
        if self.on_server:
            from desktop.core.store.pg import display_url

            return display_url(self.path)
        return "in memory" if self.path == ":memory:" else self.path

    def close(self) -> None:
        self.bus.close()
        self._closing.set()
        if self._checkpointer is not None:
            self._checkpointer.join(timeout=10)
        with self.lock, self._readers_lock:
            for reader in self._readers:
                reader.close()
            self._readers.clear()
            self.conn.close()

    @property
    def holding(self) -> bool:
        """Whether this thread holds the write lock from :meth:`try_hold` (it is then the only writer)."""
        return bool(getattr(self._local, "holding", 0))

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the lock; inside another one of this thread, a savepoint of it."""
        with self.lock:
            depth = getattr(self._local, "writing", 0)
            if depth:
                yield from self._savepoint(depth)
                return
            self._local.writing = depth + 1
            try:
                self.conn.execute("BEGIN" if self.on_server else "BEGIN IMMEDIATE")
                try:
                    yield self.conn
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
                self.conn.execute("COMMIT")
            finally:
                self._local.writing -= 1

    def _savepoint(self, depth: int) -> Iterator[sqlite3.Connection]:
        name = f"sp{depth}"
        self._local.writing = depth + 1
        try:
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
        finally:
            self._local.writing = depth

    def try_hold(self) -> bool:
        """Take the write lock if no other thread holds it (never waiting: the event loop calls this), on SQLite
        only. While this thread holds it, its reads go through the writing connection: that connection's page
        cache stays warm across its own commits, whereas a reading connection drops its whole cache whenever
        another connection has committed (every filing), and reads its pages from the files again."""
        if self.on_server or not self.lock.acquire(blocking=False):
            return False
        self._local.holding = getattr(self._local, "holding", 0) + 1
        return True

    def release_hold(self) -> None:
        """Give back the lock :meth:`try_hold` took."""
        self._local.holding -= 1
        self.lock.release()

    def _reader(self) -> sqlite3.Connection | None:
        """This thread's reading connection; None where reads must use the writing one."""
        writing: int = getattr(self._local, "writing", 0) or getattr(self._local, "holding", 0)
        if self.path == ":memory:" or writing:
            return None
        reader: sqlite3.Connection | None = getattr(self._local, "reader", None)
        if reader is None:
            if self.on_server:
                reader = cast(sqlite3.Connection, pgdb.connect(self.path, read_only=True))  # the same API
            else:
                reader = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
                reader.row_factory = sqlite3.Row
                reader.execute("PRAGMA query_only = ON")
            with self._readers_lock:
                self._readers.append(reader)
            self._local.reader = reader
        return reader

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """A connection whose statements read one snapshot (several SELECTs that must agree)."""
        reader = self._reader()
        if reader is None:
            with self.lock:
                yield self.conn
            return
        reader.execute("BEGIN ISOLATION LEVEL REPEATABLE READ" if self.on_server else "BEGIN")
        try:
            yield reader
        finally:
            reader.execute("COMMIT")

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        reader = self._reader()
        if reader is not None:
            return reader.execute(sql, params).fetchall()
        with self.lock:
            return self.conn.execute(sql, params).fetchall()

    def query_one(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Row | None:
        reader = self._reader()
        if reader is not None:
            found: sqlite3.Row | None = reader.execute(sql, params).fetchone()
            return found
        with self.lock:
            row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
            return row

    def next_counter(self, conn: sqlite3.Connection, name: str, start: int = 1) -> int:
        conn.execute(
            "INSERT INTO counters (name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = counters.value + 1",
            (name, start),
        )
        value: int = conn.execute("SELECT value FROM counters WHERE name = ?", (name,)).fetchone()[0]
        return value

    def remember_clock(self) -> None:
        with self.lock:
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('clock', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (repr(self.clock.now()),),
            )

    def _seed(self) -> None:
        with self.tx() as conn:
            if conn.execute("SELECT value FROM meta WHERE key = 'seeded'").fetchone():
                return
            for c in seed.COMPANIES:
                conn.execute(
                    "INSERT INTO companies (id, uscc, customs_code, name_zh, name_en, district, role) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (c.id, c.uscc, c.customs_code, c.name_zh, c.name_en, c.district, c.role),
                )
            for u in seed.USERS:
                salt = secrets.token_bytes(16)
                conn.execute(
                    "INSERT INTO users (username, salt, password_hash, display_name, roles, phone) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        u.username,
                        salt,
                        hash_password(u.password, salt),
                        u.display_name,
                        json.dumps(u.roles),
                        u.phone,
                    ),
                )
                relations = [(cid, "own") for cid in u.own] + [
                    (cid, "trainer" if "trainer" in u.roles else "client") for cid in u.clients
                ]
                for cid, relation in relations:
                    conn.execute(
                        "INSERT INTO user_companies (username, company_id, relation) VALUES (?, ?, ?)",
                        (u.username, cid, relation),
                    )
            conn.execute("INSERT INTO meta (key, value) VALUES ('seeded', '1')")

    # --- users and tenants ----------------------------------------------------------------------------------

    def user_row(self, username: str) -> sqlite3.Row | None:
        return self.query_one("SELECT * FROM users WHERE username = ?", (username,))

    def companies_of(self, username: str) -> list[sqlite3.Row]:
        return self.query(
            "SELECT c.*, uc.relation FROM user_companies uc JOIN companies c ON c.id = uc.company_id "
            "WHERE uc.username = ? ORDER BY CASE uc.relation WHEN 'own' THEN 0 ELSE 1 END, c.id",
            (username,),
        )

    def company_ids(self, username: str) -> list[str]:
        return [r["id"] for r in self.companies_of(username)]

    def scenario_of(self, username: str) -> tuple[str, dict[str, Any]]:
        return self.special_users.get(username, ("happy", {}))

    def set_scenario(self, username: str, scenario: str, params: dict[str, Any]) -> None:
        with self.tx() as conn:
            conn.execute(
                "UPDATE users SET scenario = ?, scenario_params = ? WHERE username = ?",
                (scenario, json.dumps(params), username),
            )
        self.request_counts.pop(username, None)
        if scenario == "happy":
            self.special_users.pop(username, None)
        else:
            self.special_users[username] = (scenario, params)

    def set_verification(self, username: str, required: bool) -> None:
        with self.tx() as conn:
            conn.execute("UPDATE users SET verification = ? WHERE username = ?", (int(required), username))

    # --- faults ---------------------------------------------------------------------------------------------

    def add_fault(self, fault: Fault) -> None:
        with self.lock:
            self.faults.append(fault)

    def clear_faults(self, username: str | None = None) -> None:
        """Every fault, or those aimed at one user only."""
        with self.lock:
            if username is None:
                self.faults.clear()
            else:
                self.faults[:] = [f for f in self.faults if f.username != username]

    def take_fault(self, username: str) -> Fault | None:
        """The fault that applies to this user's creating POST, consumed by one."""
        with self.lock:
            for fault in self.faults:
                if fault.username in ("", username):
                    fault.count -= 1
                    if fault.count <= 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def count_request(self, username: str) -> int:
        with self.lock:
            n = self.request_counts.get(username, 0) + 1
            self.request_counts[username] = n
            return n
