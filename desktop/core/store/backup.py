"""Backups of a workspace database with ``Connection.backup()`` and restoring one in place of a workspace.

A backup is a complete, consistent SQLite file ``<workspace>-<YYYYmmdd-HHMMSS-ffffff>.sqlite3`` taken while
the workspace stays open. :func:`restore_backup` checks the file (integrity, version) and copies it over the
workspace database; the workspace must be closed first (every :class:`Store` on it).
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from desktop.core.store.db import connect
from desktop.core.store.errors import NewerDatabaseError, StoreError
from desktop.core.store.migrations import MIGRATIONS, user_version

SUFFIX = ".sqlite3"


def backup_name(db_path: Path, moment: datetime, label: str = "") -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = moment.astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")
    return f"{db_path.stem}-{stamp}{'-' + label if label else ''}{SUFFIX}"


def backup_to(source: sqlite3.Connection, db_path: Path, directory: Path, moment: datetime, label: str = "") -> Path:
    """Write a backup of ``source`` into ``directory``; returns the new file."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / backup_name(db_path, moment, label)
    n = 1
    while target.exists():
        n += 1
        target = directory / f"{target.stem.rsplit('~', 1)[0]}~{n}{SUFFIX}"
    partial = target.with_name(target.name + ".part")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            source.backup(dest)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        partial.replace(target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        raise StoreError("store.backup_failed", path=str(target), detail=str(exc)) from exc
    return target


def list_backups(directory: Path, db_path: Path) -> list[Path]:
    """Backups of ``db_path`` in ``directory``, oldest first."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.glob(f"{db_path.stem}-{'[0-9]' * 8}-*{SUFFIX}") if p.is_file())


def check_backup(path: Path) -> int:
    """The database version of a backup file after an integrity check; raises ``store.restore_failed``."""
    if not path.is_file():
        raise StoreError("store.restore_failed", path=str(path), detail="no such file")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA integrity_check").fetchone()[0]
            version = user_version(conn)
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StoreError("store.restore_failed", path=str(path), detail=str(exc)) from exc
    if result != "ok":
        raise StoreError("store.restore_failed", path=str(path), detail=str(result))
    if version > len(MIGRATIONS):
        raise NewerDatabaseError("store.newer_database", path=str(path), found=version, supported=len(MIGRATIONS))
    return version


def restore_backup(backup: Path, db_path: Path) -> None:
    """Replace the workspace database ``db_path`` with the content of ``backup`` (close the workspace first).

    The copy goes through SQLite's backup API into the live file, so WAL and lock files stay consistent;
    the next :meth:`Store.open` migrates it if the backup is from an older version.
    """
    check_backup(backup)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        source = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dest = connect(db_path)
            try:
                source.backup(dest)
                dest.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.Error as exc:
        raise StoreError("store.restore_failed", path=str(backup), detail=str(exc)) from exc
