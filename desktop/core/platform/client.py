"""The platform API client: typed calls over the contract in docs/api-contract.md.

Retries: GET/HEAD are retried on connection errors (urllib3) and on 429/503; a POST is retried only when
it carries an ``Idempotency-Key`` (the server then replays instead of filing twice). 429/503 honour
Retry-After with jitter and a cap. 401 ``token-expired``/``token-invalid`` asks the token provider for one
refresh and repeats once.
Every answer is checked: problem+json becomes a typed :class:`PlatformError`; HTML, empty, truncated, non-JSON
or wrong-shape bodies become :class:`BadResponse`.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import requests
from pydantic import BaseModel, TypeAdapter, ValidationError

from desktop.core.platform import transport
from desktop.core.platform.environments import Environment, normalize_base_url, parse_environment
from desktop.core.platform.errors import (
    BadResponse,
    NotFound,
    NotLoggedIn,
    PlatformError,
    RateLimited,
    TokenExpired,
    TokenInvalid,
    TransientError,
    Unavailable,
    from_problem,
)
from desktop.core.platform.models import (
    CodeTableInfo,
    EventPage,
    Filing,
    FilingPage,
    Health,
    Me,
    Schedule,
    TokenPair,
)

log = logging.getLogger("desktop.core.platform")

M = TypeVar("M", bound=BaseModel)

KINDS = ("declaration", "booking")


class TokenProvider(Protocol):
    """What the client needs from the session: the current access token and one refresh at a time."""

    def access_token(self) -> str | None: ...

    def refresh(self, stale: str | None) -> str: ...


class PlatformClient:
    """Typed calls to one platform environment. Thread-safe (one requests session, pooled connections)."""

    def __init__(
        self,
        base_url: str,
        environment: Environment | str = Environment.SANDBOX,
        token_provider: TokenProvider | None = None,
        *,
        connect_timeout: float = 5.0,
        read_timeout: float = 30.0,
        deadline: float = 60.0,
        max_response_bytes: int = transport.DEFAULT_MAX_RESPONSE_BYTES,
        max_attempts: int = 4,
        retry_after_cap: float = 30.0,
        backoff: float = 0.25,
        sleep: Callable[[float], None] = time.sleep,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self.environment = parse_environment(environment)
        self.token_provider = token_provider
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.max_attempts = max_attempts
        self.retry_after_cap = retry_after_cap
        self.backoff = backoff
        self.sleep = sleep
        self.session = session or transport.make_session()
        self._lock = threading.Lock()
        self.stats = {"requests": 0, "retries": 0, "refreshes": 0}

    def close(self) -> None:
        self.session.close()

    # ------------------------------------------------------------------ core

    def request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        json_body: Any = None,
        params: dict[str, Any] | None = None,
        files: Any = None,
        form: dict[str, str] | None = None,
        content_type: str = "application/json",
        idempotency_key: str | None = None,
        authenticated: bool = True,
        read_timeout: float | None = None,
        deadline: float | None = None,
        allow_status: tuple[int, ...] = (),
        headers: dict[str, str] | None = None,
    ) -> transport.RawResponse:
        """Send one logical request (with the retries its method allows) and return the checked raw answer."""
        method = method.upper()
        if json_body is not None:
            body = json.dumps(json_body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        headers = {
            "Accept": "application/json, application/problem+json", "User-Agent": "CorridorDesk", **(headers or {})
        }
        if body is not None and files is None:
            headers["Content-Type"] = content_type
        if idempotency_key:
            headers["Idempotency-Key"] = idempotency_key
        retriable = method in transport.SAFE_METHODS or bool(idempotency_key)
        end = time.monotonic() + (deadline if deadline is not None else self.deadline)
        url = self.base_url + path
        refreshed = False
        attempt = 0
        while True:
            attempt += 1
            token: str | None = None
            if authenticated:
                token = self._token()
                headers["Authorization"] = f"Bearer {token}"
            with self._lock:
                self.stats["requests"] += 1
            try:
                raw = transport.send(
                    self.session, method, url, headers=headers, data=form if files is not None else body,
                    files=files, params=params,
                    connect_timeout=self.connect_timeout,
                    read_timeout=read_timeout if read_timeout is not None else self.read_timeout,
                    deadline=end, max_bytes=self.max_response_bytes,
                )
            except TransientError as exc:
                if retriable and attempt < self.max_attempts and self._pause(self._backoff(attempt), end):
                    continue
                raise exc
            except requests.exceptions.ChunkedEncodingError as exc:
                raise BadResponse("platform.bad_response", reason="truncated", status=0) from exc
            except requests.exceptions.ContentDecodingError as exc:
                raise BadResponse("platform.bad_response", reason="undecodable", status=0) from exc
            if raw.status < 400 or raw.status in allow_status:
                return raw
            error = self._problem(raw)
            if (
                authenticated
                and not refreshed
                and self.token_provider is not None
                and isinstance(error, TokenExpired | TokenInvalid)
            ):
                refreshed = True
                self.token_provider.refresh(token)
                continue
            if isinstance(error, RateLimited | Unavailable) and retriable and attempt < self.max_attempts:
                delay = self._retry_delay(error.retry_after, attempt)
                if self._pause(delay, end):
                    continue
            raise error

    def _token(self) -> str:
        provider = self.token_provider
        token = provider.access_token() if provider is not None else None
        if not token:
            raise NotLoggedIn("platform.not_logged_in", environment=self.environment.value)
        return token

    def _backoff(self, attempt: int) -> float:
        return float(min(self.backoff * (2 ** (attempt - 1)), 5.0) * (0.5 + random.random()))

    def _retry_delay(self, retry_after: float | None, attempt: int) -> float:
        base = retry_after if retry_after is not None else self._backoff(attempt)
        base = min(max(base, 0.0), self.retry_after_cap)
        return float(base + random.uniform(0, min(1.0, 0.1 + base * 0.1)))

    def _pause(self, delay: float, end: float) -> bool:
        """Sleep ``delay`` unless that passes the deadline; True when the caller may try again."""
        if time.monotonic() + delay >= end:
            return False
        with self._lock:
            self.stats["retries"] += 1
        self.sleep(delay)
        return True

    def _problem(self, raw: transport.RawResponse) -> PlatformError:
        retry_after = _retry_after(raw.header("retry-after"))
        content_type = raw.header("content-type").split(";")[0].strip().lower()
        data: Any = None
        if raw.body and content_type.endswith("json"):
            try:
                data = json.loads(raw.body)
            except (ValueError, UnicodeDecodeError):
                data = None
        if isinstance(data, dict) and isinstance(data.get("type"), str):
            return from_problem(raw.status, data, retry_after)
        reason = _reason(raw, content_type)
        if raw.status in (429, 503):
            cls: type[PlatformError] = RateLimited if raw.status == 429 else Unavailable
            code = "platform.rate_limited" if raw.status == 429 else "platform.unavailable"
            return cls(code, status=raw.status, retry_after=retry_after if retry_after is not None else 0.0)
        return BadResponse("platform.bad_response", status=raw.status, reason=reason)

    def _json(self, raw: transport.RawResponse) -> Any:
        content_type = raw.header("content-type").split(";")[0].strip().lower()
        if not raw.body.strip():
            raise BadResponse("platform.bad_response", status=raw.status, reason="empty")
        if not content_type.endswith("json"):
            raise BadResponse("platform.bad_response", status=raw.status, reason=_reason(raw, content_type))
        try:
            return json.loads(raw.body)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadResponse("platform.bad_response", status=raw.status, reason="not_json") from exc

    def _model(self, raw: transport.RawResponse, model: type[M]) -> M:
        data = self._json(raw)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise BadResponse("platform.bad_response", status=raw.status, reason="wrong_shape") from exc

    def _list(self, raw: transport.RawResponse, model: type[M]) -> list[M]:
        data = self._json(raw)
        try:
            return TypeAdapter(list[model]).validate_python(data)  # type: ignore[valid-type]
        except ValidationError as exc:
            raise BadResponse("platform.bad_response", status=raw.status, reason="wrong_shape") from exc

    # ------------------------------------------------------------------ auth

    def password_grant(self, username: str, password: str, verification_code: str | None = None) -> TokenPair:
        payload: dict[str, Any] = {"grant_type": "password", "username": username, "password": password}
        if verification_code:
            payload["verification_code"] = verification_code
        raw = self.request("POST", "/v1/auth/token", json_body=payload, authenticated=False)
        return self._model(raw, TokenPair)

    def refresh_grant(self, refresh_token: str) -> TokenPair:
        payload = {"grant_type": "refresh_token", "refresh_token": refresh_token}
        raw = self.request("POST", "/v1/auth/token", json_body=payload, authenticated=False)
        return self._model(raw, TokenPair)

    def revoke(self, token: str) -> None:
        self.request("POST", "/v1/auth/revoke", json_body={"token": token}, authenticated=False)

    def me(self) -> Me:
        return self._model(self.request("GET", "/v1/me"), Me)

    def health(self) -> Health:
        return self._model(self.request("GET", "/v1/health", authenticated=False), Health)

    # ------------------------------------------------------------------ filings

    def create_filing(self, kind: str, body: bytes, idempotency_key: str) -> tuple[Filing, bool]:
        """POST the exact ``body`` bytes; returns the filing and whether the server replayed its answer."""
        raw = self.request("POST", f"/v1/{_plural(kind)}", body=body, idempotency_key=idempotency_key)
        replayed = raw.header("idempotent-replayed").lower() == "true"
        return self._model(raw, Filing), replayed

    def get_filing(self, kind: str, filing_id: str) -> Filing:
        return self._model(self.request("GET", f"/v1/{_plural(kind)}/{filing_id}"), Filing)

    def list_filings(
        self, kind: str, company_id: str | None = None, status: str | None = None,
        cursor: str | int | None = None, limit: int | None = None,
    ) -> FilingPage:
        params = {"company_id": company_id, "status": status, "cursor": cursor, "limit": limit}
        clean = {k: v for k, v in params.items() if v not in (None, "")}
        return self._model(self.request("GET", f"/v1/{_plural(kind)}", params=clean), FilingPage)

    def find_by_client_seq(self, kind: str, client_seq_no: str, company_id: str) -> Filing | None:
        try:
            raw = self.request(
                "GET", f"/v1/{_plural(kind)}/by-client-seq/{client_seq_no}", params={"company_id": company_id}
            )
        except NotFound:
            return None
        return self._model(raw, Filing)

    def amend_declaration(self, filing_id: str, body: bytes, idempotency_key: str) -> Filing:
        raw = self.request(
            "POST", f"/v1/declarations/{filing_id}/amend", body=body, idempotency_key=idempotency_key
        )
        return self._model(raw, Filing)

    def withdraw_declaration(self, filing_id: str) -> Filing:
        return self._filing_action(f"/v1/declarations/{filing_id}/withdraw")

    def cancel_booking(self, filing_id: str) -> Filing:
        return self._filing_action(f"/v1/bookings/{filing_id}/cancel")

    def _filing_action(self, path: str) -> Filing:
        # the same action twice is harmless (the second answers invalid-state), so a key makes it retriable
        raw = self.request("POST", path, json_body={}, idempotency_key=str(uuid.uuid4()))
        if raw.status == 204 or not raw.body.strip():
            raise BadResponse("platform.bad_response", status=raw.status, reason="empty")
        return self._model(raw, Filing)

    def attach(self, filing_id: str, edoc_code: str, file_name: str, data: bytes) -> dict[str, Any]:
        # the PDF itself is the body (as the sandbox's OpenAPI has it); type and name go in the query
        raw = self.request(
            "POST", f"/v1/declarations/{filing_id}/attachments", body=data, content_type="application/pdf",
            params={"edoc_code": edoc_code, "file_name": file_name},
        )
        result = self._json(raw)
        if not isinstance(result, dict):
            raise BadResponse("platform.bad_response", status=raw.status, reason="wrong_shape")
        return result

    # ------------------------------------------------------------------ bookings, events, code tables

    def schedules(
        self, origin: str, port_of_loading: str, port_of_discharge: str, date: str
    ) -> list[Schedule]:
        params = {
            "origin": origin, "port_of_loading": port_of_loading,
            "port_of_discharge": port_of_discharge, "date": date,
        }
        return self._list(self.request("GET", "/v1/schedules", params=params), Schedule)

    def events(self, cursor: int = 0, wait: float = 0) -> EventPage:
        wait = max(0.0, min(wait, 30.0))
        raw = self.request(
            "GET", "/v1/events", params={"cursor": cursor, "wait": int(wait)},
            read_timeout=max(self.read_timeout, wait + 10), deadline=max(self.deadline, wait + 15),
        )
        return self._model(raw, EventPage)

    def code_tables(self) -> list[CodeTableInfo]:
        return self._list(self.request("GET", "/v1/code-tables"), CodeTableInfo)

    def code_table(self, name: str, etag: str = "") -> tuple[Any, str]:
        """A code table and its ETag; ``(None, etag)`` when the cached copy with ``etag`` is still current."""
        raw = self.request(
            "GET", f"/v1/code-tables/{name}", headers={"If-None-Match": etag} if etag else None,
            allow_status=(304,),
        )
        if raw.status == 304:
            return None, etag
        return self._json(raw), raw.header("etag")

    # ------------------------------------------------------------------ sandbox only

    def sandbox_advance(self, seconds: float) -> Any:
        return self._json(self.request("POST", "/v1/sandbox/clock/advance", json_body={"seconds": seconds}))

    def sandbox_scenario(self, scenario: str, username: str | None = None) -> None:
        payload: dict[str, Any] = {"scenario": scenario}
        if username:
            payload["username"] = username
        self.request("PUT", "/v1/sandbox/scenario", json_body=payload)

    def sandbox_verification_code(self, username: str, challenge_id: str) -> str:
        """The sandbox's simulated SMS: the code of the login challenge this client was given."""
        raw = self.request(
            "GET", "/v1/sandbox/verification-code", params={"username": username, "challenge_id": challenge_id},
            authenticated=False,
        )
        data = self._json(raw)
        code = data.get("code") if isinstance(data, dict) else None
        if not isinstance(code, str | int):
            raise BadResponse("platform.bad_response", status=raw.status, reason="wrong_shape")
        return str(code)


def _plural(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown filing kind {kind!r}")
    return kind + "s"


def _retry_after(value: str) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _reason(raw: transport.RawResponse, content_type: str) -> str:
    if not raw.body.strip():
        return "empty"
    if "html" in content_type or raw.body.lstrip()[:1] == b"<":
        return "html"
    if not content_type.endswith("json"):
        return "not_json"
    return "not_a_problem"
