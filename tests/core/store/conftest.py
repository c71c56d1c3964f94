"""Fixtures of the store tests: a workspace on a temp data dir, a controllable clock, sample records."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop.core.model import Company, ExportDeclaration, RailSeaBooking, Shipment
from desktop.core.model.derive import derive_booking, derive_declarations
from desktop.core.model.exchange import read
from desktop.core.paths import DEFAULT_WORKSPACE, AppPaths
from desktop.core.store import Store
from tests.conftest import ENGINES, SAMPLES, open_test_store


class Clock:
    """A clock tests advance by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float = 1) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def paths(data_dir: Path) -> AppPaths:
    return AppPaths.resolve(data_dir).ensure()


@pytest.fixture(params=ENGINES)
def store(request: pytest.FixtureRequest, paths: AppPaths, clock: Clock) -> Iterator[Store]:
    s = open_test_store(request, paths.workspace_path(DEFAULT_WORKSPACE), backups_dir=paths.backups, clock=clock)
    assert isinstance(s, Store)
    try:
        yield s
    finally:
        s.close()


def sqlite_only(store: Store) -> None:
    """Skip a test of SQLite's own file behaviour (WAL, pages, backups) on another engine."""
    if store.engine != "sqlite":
        pytest.skip("tests the SQLite file itself")


def sample(name: str) -> tuple[Company, Shipment]:
    doc = read(SAMPLES / name)
    assert doc.company is not None and doc.shipment is not None
    return doc.company, doc.shipment


MOTO = "cq-jiangling-cross-border-rail-pingxiang-hanoi.json"
CERAMICS = "cd-tianfu-ceramics-chengdu-singapore.json"


def filings(company: Company, shipment: Shipment) -> tuple[list[ExportDeclaration], RailSeaBooking]:
    declarations = derive_declarations(shipment, company)
    for d in declarations:
        d.id = f"{shipment.id}-D{d.part}"
    booking = derive_booking(shipment, declarations[0], company=company)
    booking.id = f"{shipment.id}-B"
    return declarations, booking
