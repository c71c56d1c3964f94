"""The workspace store: typed access to one workspace database (master data, drafts, revisions, audit, search).

Usage::

    store = Store.open(paths.workspace_db, backups_dir=paths.backups)   # or Store.open_workspace(paths)
    store.companies.upsert(company, author="li")
    store.parties(company.id).upsert(party); store.products(company.id).suggest("摩托")
    rev = store.shipments.save(shipment, author="li")        # every save is a new revision
    store.shipments.get(shipment.id); store.declarations.by_shipment(shipment.id)
    store.revisions("shipment", shipment.id); store.restore("shipment", shipment.id, 1, author="li")
    store.search(company.id, "海防"); store.shipments.page(0, 100, "-updated_at", Filters(company_id=...))
    with store.transaction(durable=True): ...                # outbox: several writes, fsync on commit
    store.backup(); store.close()
    Store.open("postgresql://li@db.office/corridor", password=...)   # the same store on a PostgreSQL server

The engine (SQLite file or PostgreSQL server) is behind ``store/engine.py``: ``store.dialect`` says which, and
the repositories of ``store/documents.py`` and ``store/master.py`` keep their SQL portable or ask the dialect.

Every method may be called from any thread (one connection per thread, see ``store/db.py``). Records are
stored as the model's ``model_dump_json()`` plus indexed columns; an empty ``id`` is filled in (uuid4 hex) on
the model passed to ``save``/``upsert``. Saving a shipment does not refresh its derived drafts
(``core.services`` does).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from pydantic import BaseModel

from desktop.core.paths import DEFAULT_WORKSPACE, AppPaths
from desktop.core.store.audit import AuditLog
from desktop.core.store.db import Database
from desktop.core.store.documents import (
    BookingRepo,
    DeclarationRepo,
    DocumentRepo,
    ShipmentRepo,
    _diff,
)
from desktop.core.store.engine import Connection, Dialect, is_server_url
from desktop.core.store.errors import NotFoundError, StoreError
from desktop.core.store.master import CompanyRepo, PartyRepo, ProductRepo, Settings
from desktop.core.store.migrations import MIGRATIONS, Migration, migrate, user_version
from desktop.core.store.records import KINDS, Change, Revision, SearchHit, new_id, pack, unpack
from desktop.core.store.search import SCAN_BELOW, Search, Terms, search_for
from desktop.core.store.text import TEXT_OF
from desktop.core.store.users import UserRepo, seat_id

__all__ = [
    "SCAN_BELOW",
    "BookingRepo",
    "CompanyRepo",
    "DeclarationRepo",
    "DocumentRepo",
    "PartyRepo",
    "ProductRepo",
    "Settings",
    "ShipmentRepo",
    "Store",
    "new_id",
    "pack",
    "unpack",
]

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _has_change_clock(conn: Connection) -> bool:
    """Whether the workspace has the change clock of step 12 (a store opened with fewer steps has not)."""
    try:
        conn.execute("SELECT 1 FROM change_clock LIMIT 1").fetchall()
    except Exception:
        return False
    return True


# --- the store ----------------------------------------------------------------------------------------------


class Store(AuditLog):
    """One workspace database. Open with :meth:`open` (runs migrations); close with :meth:`close`."""

    def __init__(self, db: Database, *, backups_dir: Path, clock: Clock | None = None) -> None:
        self._db = db
        self.path = db.path
        #: the path (SQLite) or the URL without password (PostgreSQL) the workspace was opened from
        self.location = db.location
        self.dialect: Dialect = db.dialect
        self.search_engine: Search = search_for(db.dialect)
        self.backups_dir = backups_dir
        self._clock: Clock = clock or _utc_now
        #: the workspace user signed in on this seat and the seat itself, written into every audit entry
        self.user_name = ""
        self.seat = ""
        self.companies = CompanyRepo(self)
        self.shipments = ShipmentRepo(self)
        self.declarations = DeclarationRepo(self)
        self.bookings = BookingRepo(self)
        self.settings = Settings(self)
        self.users = UserRepo(self)
        self._docs: dict[str, DocumentRepo[Any, Any]] = {
            "shipment": self.shipments,
            "declaration": self.declarations,
            "booking": self.bookings,
        }
        db.seat = seat_id()
        db.clocked = _has_change_clock(db.connection())

    @property
    def scan_below(self) -> int:
        """Companies with fewer search documents are searched by a scan (SQLite; 0: always use the indexes)."""
        return self.search_engine.scan_below

    @scan_below.setter
    def scan_below(self, value: int) -> None:
        self.search_engine.scan_below = value

    @property
    def engine(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.dialect.name

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        backups_dir: Path | None = None,
        clock: Clock | None = None,
        migrations: Sequence[Migration] = MIGRATIONS,
        password: str | None = None,
    ) -> Store:
        """Open (creating if needed) the database at ``path`` and migrate it to the latest version.

        Before upgrading an existing database it is backed up (``<name>-<time>-before-v<N>.sqlite3`` in the
        backups dir). Raises ``store.newer_database`` for a database of a newer app,
        ``store.migration_failed`` when an upgrade step fails (the database stays at its previous version),
        ``store.unreadable`` for a damaged file.

        ``path`` may be a ``postgresql://`` URL (``password`` from the keyring); the server database is
        migrated the same way (not backed up: that is the server's job), and connecting may also raise
        ``store.pg_auth``, ``store.pg_unreachable``, ``store.pg_tls`` or ``store.pg_no_database``.
        """
        from desktop.core.store.backup import backup_to

        if isinstance(path, str) and is_server_url(path):
            return cls._open_server(
                path, password=password, backups_dir=backups_dir, clock=clock, migrations=migrations
            )
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        backups = backups_dir or path.parent / "backups"
        db = Database(path)
        try:
            conn = db.connection()
            try:
                current = user_version(conn)
            except Exception as exc:
                raise StoreError("store.unreadable", path=str(path), detail=str(exc)) from exc
            if 0 < current < len(migrations):
                moment = (clock or _utc_now)()
                backup_to(cast(sqlite3.Connection, conn), path, backups, moment, label=f"before-v{len(migrations)}")
            migrate(conn, migrations, path=path)
        except BaseException:
            db.close()
            raise
        return cls(db, backups_dir=backups, clock=clock)

    @classmethod
    def _open_server(
        cls,
        url: str,
        *,
        password: str | None,
        backups_dir: Path | None,
        clock: Clock | None,
        migrations: Sequence[Migration],
    ) -> Store:
        db = Database.server(url, password=password)
        try:
            migrate(db.connection(), migrations, path=db.location)
        except BaseException:
            db.close()
            raise
        return cls(db, backups_dir=backups_dir or Path("backups"), clock=clock)

    def open_again(self, *, clock: Clock | None = None) -> Store:
        """Another store on the same database: a restarted app, or a second seat on a server workspace."""
        if self._db.reopen_args is not None:
            url, password = self._db.reopen_args
            return Store.open(url, password=password, backups_dir=self.backups_dir, clock=clock)
        return Store.open(self.path, backups_dir=self.backups_dir, clock=clock)

    @classmethod
    def open_workspace(cls, paths: AppPaths, name: str = DEFAULT_WORKSPACE, *, clock: Clock | None = None) -> Store:
        """Open workspace ``name`` under ``paths`` (its backups go to ``paths.backups``).

        ``name`` may be a ``postgresql://`` URL: the workspace on that server, with the password kept in the
        keyring for that URL (:func:`desktop.core.store.workspace.save_password`), else libpq's own
        (``PGPASSWORD``, ``~/.pgpass``) or one in the URL.
        """
        if is_server_url(name):
            from desktop.core.store.workspace import load_password

            return cls.open(name, password=load_password(name), backups_dir=paths.backups, clock=clock)
        return cls.open(paths.workspace_path(name), backups_dir=paths.backups, clock=clock)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # plumbing

    def now(self) -> str:
        """The current time as stored (UTC, ISO 8601 with microseconds, ``Z``)."""
        return _stamp(self._clock())

    def connection(self) -> Connection:
        """This thread's connection, for read queries of other core modules (the outbox, receipts)."""
        return self._db.connection()

    @contextmanager
    def transaction(self, *, durable: bool = False, quiet: bool = False) -> Iterator[Connection]:
        """Group writes in one ``BEGIN IMMEDIATE`` transaction (``durable=True``: ``synchronous=FULL``).

        Store methods called inside join it as savepoints, so several saves in one
        ``with store.transaction():`` block commit or roll back together. ``quiet=True``: bookkeeping other
        seats need not reload for (see :meth:`Database.transaction`).
        """
        with self._db.transaction(durable=durable, quiet=quiet) as conn:
            yield conn

    @property
    def writer(self) -> str:
        """This store's row in the workspace's change clock: whose changes its commits count as."""
        return self._db.writer

    @writer.setter
    def writer(self, writer: str) -> None:  # another process of this seat (the sending process) counts as it
        self._db.writer = writer

    def others_changes(self) -> tuple[int, int] | None:
        """The other writers' count of changes to the workspace (None where the workspace has no change clock)."""
        return self._db.others_changes()

    def user_version(self) -> int:
        return user_version(self.connection())

    def integrity_check(self, *, quick: bool = True) -> list[str]:
        """Problems SQLite finds in the file (empty when sound); ``quick=False`` also checks index contents."""
        if self.engine != "sqlite":
            return []  # a server checks its own pages (checksums, amcheck); nothing a client can run
        conn = self.connection()
        pragma = "quick_check" if quick else "integrity_check"
        try:
            rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}")]
            problems = [] if rows == ["ok"] else rows
            names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE '%USING fts5%'")]
        except sqlite3.DatabaseError as exc:
            return [str(exc)]
        for name in names:
            try:
                conn.execute(f"INSERT INTO {name}({name}) VALUES ('integrity-check')")
            except sqlite3.DatabaseError as exc:
                problems.append(f"{name}: {exc}")
        return problems

    def _require_company(self, conn: Connection, company_id: str) -> None:
        if not company_id or conn.execute("SELECT 1 FROM companies WHERE id = ?", (company_id,)).fetchone() is None:
            raise StoreError("store.unknown_company", company_id=company_id)

    # master data bound to a company

    def parties(self, company_id: str) -> PartyRepo:
        return PartyRepo(self, company_id)

    def products(self, company_id: str) -> ProductRepo:
        return ProductRepo(self, company_id)

    def documents(self, kind: str) -> DocumentRepo[Any, Any]:
        """The repository of ``kind`` (``shipment``, ``declaration`` or ``booking``)."""
        try:
            return self._docs[kind]
        except KeyError:
            raise ValueError(f"unknown kind {kind!r}; one of {KINDS}") from None

    # revisions

    def revisions(self, kind: str, subject_id: str) -> list[Revision]:
        """Every revision of a record, oldest first (also after the record was deleted)."""
        self.documents(kind)
        rows = (
            self.connection()
            .execute(
                "SELECT kind, subject_id, revision, company_id, author, created_at, note FROM revisions"
                " WHERE kind = ? AND subject_id = ? ORDER BY revision",
                (kind, subject_id),
            )
            .fetchall()
        )
        return [Revision(*r) for r in rows]

    def revision_json(self, kind: str, subject_id: str, revision: int) -> str:
        row = (
            self.connection()
            .execute(
                "SELECT data FROM revisions WHERE kind = ? AND subject_id = ? AND revision = ?",
                (kind, subject_id, revision),
            )
            .fetchone()
        )
        if row is None:
            raise NotFoundError("store.revision_not_found", kind=kind, id=subject_id, revision=revision)
        return unpack(row[0])

    def load_revision(self, kind: str, subject_id: str, revision: int) -> BaseModel:
        """The model as it was saved in ``revision``."""
        model: BaseModel = self.documents(kind).model.model_validate_json(
            self.revision_json(kind, subject_id, revision)
        )
        return model

    def diff_revisions(self, kind: str, subject_id: str, old: int, new: int) -> list[Change]:
        """What changed from revision ``old`` to ``new``: one :class:`Change` per leaf value, in field order.

        Paths use the ``items.3.g_model`` form of :mod:`desktop.core.model.paths`; a value missing on one side
        (a list grew or shrank) is ``None`` there.
        """
        before = json.loads(self.revision_json(kind, subject_id, old))
        after = json.loads(self.revision_json(kind, subject_id, new))
        changes: list[Change] = []
        _diff("", before, after, changes)
        return changes

    def restore(self, kind: str, subject_id: str, revision: int, author: str) -> Revision:
        """Make ``revision`` current again by saving it as a new revision (works after a delete too)."""
        repo = self.documents(kind)
        with self.transaction():
            model = self.load_revision(kind, subject_id, revision)
            return repo.save(model, author, note=f"restored from revision {revision}", action="restore")

    # search

    def search(
        self, company_id: str, text: str, *, kinds: Sequence[str] | None = None, limit: int = 50
    ) -> list[SearchHit]:
        """Shipments, declarations and bookings of one company whose text contains every word of ``text``.

        Words are matched as substrings after folding (case, width, Vietnamese diacritics): ``海防`` and
        ``hai phong`` both find ``Hải Phòng 海防``. Most recently saved first.
        """
        wanted: list[str] = list(kinds) if kinds is not None else list(KINDS)
        for kind in wanted:
            self.documents(kind)
        terms = Terms(text)
        if not wanted or not terms or limit <= 0:
            return []
        found = self.search_engine.find(self.connection(), company_id, terms, wanted, len(KINDS), limit)
        rows: dict[str, dict[str, Any]] = {
            kind: self._docs[kind].rows([s for k, s in found if k == kind]) for kind in {k for k, _ in found}
        }
        hits: list[SearchHit] = []
        for kind, subject_id in found:
            repo = self._docs[kind]
            row = rows[kind].get(subject_id)
            if row is None:
                continue
            title, subtitle, status = repo._title(row)
            hits.append(SearchHit(repo.kind, subject_id, row.company_id, title, subtitle, status, row.updated_at))
        return hits

    def rebuild_search(self) -> int:
        """Re-index every record (after a change to what is indexed); returns how many were indexed."""
        count = 0
        search = self.search_engine
        with self.transaction() as conn:
            search.clear(conn)
            for kind, repo in self._docs.items():
                rows = conn.execute(
                    f"SELECT id, company_id, data, updated_at FROM {repo.table} ORDER BY updated_at, rowid"
                ).fetchall()
                for subject_id, company_id, data, updated_at in rows:
                    search.insert(conn, kind, subject_id, company_id, TEXT_OF[kind](json.loads(data)), updated_at)
                    count += 1
        return count

    # backup

    def backup(self, dest_dir: Path | None = None, *, author: str = "") -> Path:
        """Copy the live database with ``Connection.backup()`` to ``<name>-<UTC time>.sqlite3`` in the backups
        dir."""
        from desktop.core.store.backup import backup_to

        if self.engine != "sqlite":
            raise StoreError("store.server_backup", url=self.location)
        directory = dest_dir or self.backups_dir
        target = backup_to(cast(sqlite3.Connection, self.connection()), self.path, directory, self._clock())
        self.audit(author, "backup", details={"file": target.name})
        return target

    def list_backups(self) -> list[Path]:
        from desktop.core.store.backup import list_backups

        return list_backups(self.backups_dir, self.path)
