"""Fixtures of the platform client tests: the real sandbox over HTTP on 127.0.0.1, a store, a session."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.services import drafts, filing
from desktop.core.store.store import Store
from tests.conftest import ENGINES, SAMPLES, open_test_store

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


class Sleeps:
    """Records the waits the client asks for instead of sleeping (Retry-After, backoff)."""

    def __init__(self) -> None:
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)


@contextlib.contextmanager
def serving(server: Any) -> Iterator[Any]:
    """A ``socketserver`` server answering on its own thread for the block, shut and closed after it."""
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def sandbox() -> Iterator[Any]:
    from desktop.sandbox.server import run_embedded

    handle = run_embedded()
    try:
        yield handle
    finally:
        handle.stop()


#: the outbox's own suites run on both engines; the other platform tests only need a store (SQLite)
BOTH_ENGINES = (
    "tests.core.platform.test_outbox",
    "tests.core.platform.test_parallel_sending",
    "tests.core.platform.test_leases",
    "tests.core.platform.test_lease_renewal",
)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "store" in metafunc.fixturenames and metafunc.module.__name__ in BOTH_ENGINES:
        metafunc.parametrize("store", ENGINES, indirect=True)


@pytest.fixture
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    s = open_test_store(request, tmp_path / "workspace.sqlite3")
    assert isinstance(s, Store)
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def platform(store: Store, sandbox: Any, sleeps: Sleeps) -> Iterator[filing.Platform]:
    p = filing.open_platform(store, sandbox.url, "sandbox", sleep=sleeps, read_timeout=5.0, deadline=15.0)
    try:
        yield p
    finally:
        p.close()


def import_sample(store: Store, path: Path = SAMPLE) -> drafts.ImportResult:
    return drafts.import_file(store, path, author="test")


@pytest.fixture
def shipment(store: Store) -> drafts.ImportResult:
    return import_sample(store)


def declaration_id(result: drafts.ImportResult) -> str:
    assert result.derived is not None
    return result.derived.declarations[0].id


def sample_drafts(store: Store, n: int, prefix: str) -> list[str]:
    """``n`` copies of the sample's declaration saved as drafts ``<prefix>-000`` ...: a batch to file."""
    from desktop.core.model.declaration import ExportDeclaration

    base = store.declarations.get(declaration_id(import_sample(store)))
    ids = []
    for i in range(n):
        copy = ExportDeclaration.model_validate(base.model_dump())
        copy.id = f"{prefix}-{i:03d}"
        store.declarations.save(copy, "test")
        ids.append(copy.id)
    return ids


def booking_id(result: drafts.ImportResult) -> str:
    assert result.derived is not None and result.derived.booking is not None
    return result.derived.booking.id


def server_count(sandbox: Any, kind: str = "declaration", company_id: str | None = None) -> int:
    """How many filings the sandbox holds (read from its own database, not through the API)."""
    sql = "SELECT COUNT(*) FROM filings WHERE kind = ?"
    params: list[Any] = [kind]
    if company_id:
        sql += " AND company_id = ?"
        params.append(company_id)
    row = sandbox.sandbox.query_one(sql, tuple(params))
    return int(row[0])
