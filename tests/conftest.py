"""Shared fixtures: every test gets its own data directory and an in-memory keyring; Qt runs offscreen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "resources" / "samples"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    d = tmp_path / "data"
    d.mkdir()
    return d


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[None]:
    """An in-memory keyring backend so no test ever touches the real OS store."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            from keyring.errors import PasswordDeleteError

            if (service, username) not in self.store:
                raise PasswordDeleteError(username)
            del self.store[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


#: the engines a store test runs on: ``@pytest.fixture(params=ENGINES)``, then :func:`open_test_store`
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgresql)]


@pytest.fixture(scope="session")
def pg_workspaces() -> Iterator[object]:
    """The session's PostgreSQL workspace schema (tests/pg.py); skips the test without a server."""
    from tests.pg import SKIPPED, PgWorkspaces, server_url

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    workspaces = PgWorkspaces(url)
    try:
        yield workspaces
    finally:
        workspaces.drop()


def open_test_store(request: pytest.FixtureRequest, sqlite_path: Path, **kwargs: object) -> object:
    """A new, empty store on the engine of ``request.param``: a SQLite file at ``sqlite_path`` or the
    session's PostgreSQL schema, emptied."""
    from desktop.core.store import Store

    if getattr(request, "param", "sqlite") == "postgresql":
        url = request.getfixturevalue("pg_workspaces").clean()
        kwargs.setdefault("backups_dir", sqlite_path.parent / "backups")
        return Store.open(url, **kwargs)  # type: ignore[arg-type]
    return Store.open(sqlite_path, **kwargs)  # type: ignore[arg-type]


def pytest_terminal_summary(terminalreporter: object) -> None:
    """One clear line when the PostgreSQL runs of the store and outbox tests were skipped."""
    from tests.pg import SKIPPED

    if SKIPPED:
        terminalreporter.write_line(f"PostgreSQL tests skipped: {SKIPPED[0]}")  # type: ignore[attr-defined]
