"""The classroom controls of a sandbox platform (trainer accounts only): the class list, the class's filings,
scenarios for one trainee or the whole class, the clock, seats and reset. Wire models and the HTTP calls; the
use cases around them are in ``desktop.core.services.classroom``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import Field, TypeAdapter, ValidationError

from desktop.core.platform.client import PlatformClient
from desktop.core.platform.errors import BadResponse
from desktop.core.platform.models import Filing, Wire

#: The sandbox's scenarios, in the order a trainer meets them (resources/api/openapi.json, ScenarioRequest).
SCENARIOS = ("happy", "rejection", "inspection", "slow", "flaky-503", "throttle-429", "short-token", "declined")
#: How the sandbox's Single Window client answers (PUT /v1/sandbox/single-window-scenario), and the receipt codes
#: (CHANNEL) a rejection can come back with.
SW_SCENARIOS = ("happy", "rejection", "inspection", "slow", "upload-fail")
SW_REJECT_CODES = ("Z", "E", "H", "Y", "D")
WHOLE_CLASS = "*"


class Trainee(Wire):
    username: str
    display_name: str = ""
    scenario: str = "happy"
    verification: bool = False
    companies: list[str] = Field(default_factory=list)
    filings: dict[str, dict[str, int]] = Field(default_factory=dict)
    last_activity: datetime | None = None

    def count(self, kind: str | None = None, status: str | None = None) -> int:
        kinds = [self.filings.get(kind, {})] if kind else list(self.filings.values())
        return sum(n for by_status in kinds for s, n in by_status.items() if status in (None, s))


class ClassFiling(Filing):
    kind: str = ""
    trainee: str = ""


class Clock(Wire):
    clock: datetime
    applied: int = 0


def _parse(raw: Any, data: Any, model: Any) -> Any:
    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as exc:
        raise BadResponse("platform.bad_response", status=raw.status, reason="wrong_shape") from exc


class ClassroomClient:
    """The /v1/sandbox classroom routes over one :class:`PlatformClient` (its login, retries and limits)."""

    def __init__(self, client: PlatformClient) -> None:
        self.client = client

    def _get(self, path: str, model: Any, params: dict[str, Any] | None = None) -> Any:
        raw = self.client.request("GET", path, params=params)
        return _parse(raw, self.client._json(raw), model)

    def trainees(self) -> list[Trainee]:
        result: list[Trainee] = self._get("/v1/sandbox/trainees", list[Trainee])
        return result

    def class_filings(self, username: str | None = None, limit: int = 200) -> list[ClassFiling]:
        params: dict[str, Any] = {"limit": limit}
        if username:
            params["username"] = username
        result: list[ClassFiling] = self._get("/v1/sandbox/class-filings", list[ClassFiling], params)
        return result

    def clock(self) -> Clock:
        result: Clock = self._get("/v1/sandbox/clock", Clock)
        return result

    def advance(self, seconds: float) -> Clock:
        raw = self.client.request("POST", "/v1/sandbox/clock/advance", json_body={"seconds": seconds})
        result: Clock = _parse(raw, self.client._json(raw), Clock)
        return result

    def set_scenario(self, scenario: str, username: str = WHOLE_CLASS) -> None:
        self.client.request("PUT", "/v1/sandbox/scenario", json_body={"scenario": scenario, "username": username})

    def set_single_window_scenario(self, scenario: str, reject_code: str = "Z") -> None:
        """How the sandbox's Single Window client answers from now on (happy, rejection with its receipt code,
        inspection, slow, upload-fail)."""
        self.client.request("PUT", "/v1/sandbox/single-window-scenario",
                            json_body={"scenario": scenario, "reject_code": reject_code})

    def single_window_scenario(self) -> tuple[str, str]:
        """The sandbox Single Window client's scenario and rejection code now."""
        raw = self.client.request("GET", "/v1/sandbox/single-window")
        data = _parse(raw, self.client._json(raw), dict[str, str])
        return data.get("scenario", ""), data.get("reject_code", "")

    def reset(self) -> dict[str, int]:
        raw = self.client.request("POST", "/v1/sandbox/reset")
        result: dict[str, int] = _parse(raw, self.client._json(raw), dict[str, int])
        return result

    def add_seats(self, count: int, password: str) -> list[str]:
        raw = self.client.request("POST", "/v1/sandbox/seats", json_body={"count": count, "password": password})
        data = _parse(raw, self.client._json(raw), dict[str, list[str]])
        return list(data.get("seats", []))
