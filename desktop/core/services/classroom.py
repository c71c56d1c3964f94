"""Trainer use cases on a classroom sandbox, for the trainer panel and ``corridor-desk sandbox``: follow the
class, set a scenario for the class or one trainee, move the clock, reset the class, add seats.

Only a trainer account may (the sandbox refuses everyone else; this checks first so the message says why).
"""

from __future__ import annotations

import re

from desktop.core.errors import CoreError
from desktop.core.platform.classroom import (
    SCENARIOS,
    SW_REJECT_CODES,
    SW_SCENARIOS,
    WHOLE_CLASS,
    ClassFiling,
    ClassroomClient,
    Clock,
    Trainee,
)
from desktop.core.services.filing import Platform

__all__ = [
    "SCENARIOS", "SW_REJECT_CODES", "SW_SCENARIOS", "WHOLE_CLASS", "ClassFiling", "ClassroomError", "Clock", "Trainee",
]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
MAX_ADVANCE = 365 * 86400


class ClassroomError(CoreError):
    pass


def is_trainer(p: Platform) -> bool:
    me = p.auth.me
    return bool(me is not None and "trainer" in me.roles and p.environment.value == "sandbox")


def _classroom(p: Platform) -> ClassroomClient:
    if p.environment.value != "sandbox":
        raise ClassroomError("classroom.not_sandbox")
    if not p.auth.logged_in:
        from desktop.core.platform.errors import NotLoggedIn

        raise NotLoggedIn("platform.not_logged_in", environment=p.environment.value)
    if not is_trainer(p):
        raise ClassroomError("classroom.trainer_only", user=p.auth.username or "")
    return ClassroomClient(p.client)


def parse_duration(text: str) -> float:
    """Seconds in ``90``, ``30m``, ``2h``, ``1d`` or ``1,5h``; ClassroomError for anything else."""
    found = _DURATION.match(text or "")
    if not found:
        raise ClassroomError("classroom.bad_duration", value=text)
    seconds = float(found.group(1).replace(",", ".")) * _UNITS[(found.group(2) or "s").lower()]
    if seconds <= 0 or seconds > MAX_ADVANCE:
        raise ClassroomError("classroom.bad_duration", value=text)
    return seconds


def trainees(p: Platform) -> list[Trainee]:
    return _classroom(p).trainees()


def class_filings(p: Platform, username: str | None = None, limit: int = 200) -> list[ClassFiling]:
    return _classroom(p).class_filings(username, limit)


def clock(p: Platform) -> Clock:
    return _classroom(p).clock()


def advance(p: Platform, seconds: float) -> Clock:
    return _classroom(p).advance(seconds)


def set_scenario(p: Platform, scenario: str, trainee: str | None = None) -> None:
    """The scenario of one trainee, or of the whole class when ``trainee`` is None."""
    if scenario not in SCENARIOS:
        raise ClassroomError("classroom.unknown_scenario", scenario=scenario, scenarios=", ".join(SCENARIOS))
    _classroom(p).set_scenario(scenario, trainee or WHOLE_CLASS)


def set_single_window_scenario(p: Platform, scenario: str, reject_code: str = "Z") -> None:
    """How the sandbox's Single Window client answers every declaration from now on (it plays one client)."""
    if scenario not in SW_SCENARIOS:
        raise ClassroomError("classroom.unknown_scenario", scenario=scenario, scenarios=", ".join(SW_SCENARIOS))
    if reject_code not in SW_REJECT_CODES:
        raise ClassroomError("classroom.unknown_scenario", scenario=reject_code, scenarios=", ".join(SW_REJECT_CODES))
    _classroom(p).set_single_window_scenario(scenario, reject_code)


def single_window_scenario(p: Platform) -> tuple[str, str]:
    return _classroom(p).single_window_scenario()


def reset(p: Platform) -> dict[str, int]:
    return _classroom(p).reset()


def add_seats(p: Platform, count: int, password: str) -> list[str]:
    return _classroom(p).add_seats(count, password)
