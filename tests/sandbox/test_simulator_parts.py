"""The pure parts of the sandbox: its clock, the synthetic schedules, allocated numbers."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime

import pytest
from stdnum import iso6346

from desktop.sandbox import schedules
from desktop.sandbox.clock import SandboxClock, iso
from desktop.sandbox.confirmation import container_number


def test_clock_stands_still_until_advanced_and_never_goes_back() -> None:
    clock = SandboxClock(datetime(2026, 12, 1, 8, 0, tzinfo=UTC))
    assert iso(clock.now()) == "2026-12-01T08:00:00Z"
    clock.advance(90.5)
    assert iso(clock.now()) == "2026-12-01T08:01:30.500Z"
    with pytest.raises(ValueError):
        clock.advance(-1)
    clock.set_at_least(0)
    assert iso(clock.now()) == "2026-12-01T08:01:30.500Z"


def test_realtime_clock_follows_the_wall_clock_too() -> None:
    clock = SandboxClock(1_000_000.0, realtime=True)
    first = clock.now()
    deadline = time.monotonic() + 5
    while clock.now() == first and time.monotonic() < deadline:
        pass
    assert clock.now() > first
    clock.advance(3600)
    assert clock.now() >= first + 3600


def test_every_service_can_be_found_again_by_its_code() -> None:
    for (pol, pod) in schedules.SEA_LEGS:
        for origin, (_, ports, _) in schedules.RAIL_ORIGINS.items():
            if pol not in ports:
                continue
            for service in schedules.search(origin, pol, pod, date(2026, 12, 1)):
                assert schedules.find(service.service_code) == service
                assert len(service.service_code) <= 20  # the booking field's limit
    assert schedules.find("nonsense") is None
    assert schedules.find("CKGQZHHPH-991399") is None


def test_services_leave_within_the_window() -> None:
    found = schedules.search("cnckg", "cnqzh", "sgsin", date(2026, 12, 1), days=7)
    assert found and all(date(2026, 12, 1) <= s.rail_departure.date() < date(2026, 12, 8) for s in found)
    assert schedules.search("CNCKG", "CNBHY", "SGSIN", date(2026, 12, 1)) == []  # no such sea leg


def test_allocated_container_numbers_carry_valid_check_digits() -> None:
    numbers = [container_number(n) for n in range(100_000, 100_050)]
    assert all(iso6346.is_valid(n) for n in numbers) and len(set(numbers)) == 50
