"""RFC 9457 problem details: the one error shape of the sandbox, and handlers that turn every
failure into it."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:corridor:problem:"

log = logging.getLogger("desktop.sandbox")

#: Every problem name the sandbox answers with, its HTTP status and its English title.
PROBLEMS: dict[str, tuple[int, str]] = {
    "invalid-credentials": (401, "Wrong user name or password"),
    "verification-required": (401, "A verification code is required"),
    "verification-failed": (401, "The verification code is wrong or expired"),
    "token-expired": (401, "The access token has expired"),
    "token-invalid": (401, "The token is missing, unknown or revoked"),
    "token-reused": (401, "A spent refresh token was presented; the session is revoked"),
    "forbidden": (403, "Not allowed for this user"),
    "not-found": (404, "Not found"),
    "method-not-allowed": (405, "Method not allowed"),
    "malformed-request": (400, "The request could not be read"),
    "idempotency-key-missing": (400, "An Idempotency-Key header is required"),
    "validation-failed": (422, "The request breaks validation rules"),
    "idempotency-in-flight": (409, "A request with this Idempotency-Key is still being processed"),
    "idempotency-mismatch": (422, "The Idempotency-Key was used with a different request"),
    "duplicate-client-seq-no": (409, "A filing with this client sequence number already exists"),
    "invalid-state": (409, "Not possible in the filing's current status"),
    "payload-too-large": (413, "The request body is too large"),
    "unsupported-media-type": (415, "Unsupported content type"),
    "rate-limited": (429, "Too many requests"),
    "internal-error": (500, "Internal server error"),
    "unavailable": (503, "Service temporarily unavailable"),
}

_STATUS_NAMES = {
    400: "malformed-request",
    401: "token-invalid",
    403: "forbidden",
    404: "not-found",
    405: "method-not-allowed",
    409: "invalid-state",
    413: "payload-too-large",
    415: "unsupported-media-type",
    422: "validation-failed",
    429: "rate-limited",
    503: "unavailable",
}


class Problem(Exception):
    """Raised by handlers; rendered as ``application/problem+json``."""

    def __init__(
        self,
        name: str,
        detail: str = "",
        *,
        errors: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
        status: int | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(name)
        self.name = name
        self.status = status or PROBLEMS[name][0]
        self.detail = detail
        self.errors = [dict(e) for e in errors]
        self.headers = dict(headers or {})
        self.extra = extra

    def body(self) -> dict[str, Any]:
        return problem_body(self.name, self.status, self.detail, self.errors, **self.extra)


def field_error(field: str, code: str, **params: Any) -> dict[str, Any]:
    return {"field": field, "code": code, "params": params}


def problem_body(
    name: str, status: int, detail: str = "", errors: Sequence[Mapping[str, Any]] = (), **extra: Any
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + name,
        "title": PROBLEMS.get(name, (status, name))[1],
        "status": status,
        "detail": detail,
    }
    if errors:
        body["errors"] = [dict(e) for e in errors]
    body.update(extra)
    return body


def problem_bytes(name: str, status: int | None = None, detail: str = "", **extra: Any) -> bytes:
    code = status or PROBLEMS[name][0]
    return json.dumps(problem_body(name, code, detail, **extra), ensure_ascii=False).encode()


def problem_response(problem: Problem) -> Response:
    headers = dict(problem.headers)
    if problem.status == 401:
        headers.setdefault("WWW-Authenticate", 'Bearer realm="corridor"')
    return Response(
        content=json.dumps(problem.body(), ensure_ascii=False, default=str).encode(),
        status_code=problem.status,
        media_type=PROBLEM_MEDIA_TYPE,
        headers=headers,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


_LOCATIONS = ("body", "query", "path", "header")


def validation_errors(errors: Sequence[Any]) -> list[dict[str, Any]]:
    """Pydantic error dicts → field errors ``{field, code, params}`` (code ``request.<type>``)."""
    out = []
    for err in errors:
        loc = [str(p) for p in err.get("loc", ())]
        if loc and loc[0] in _LOCATIONS:
            loc = loc[1:]
        # a declaration or booking reports paths relative to the document, as the shared rules do
        if len(loc) > 1 and loc[0] in ("declaration", "booking"):
            loc = loc[1:]
        params = {k: _jsonable(v) for k, v in (err.get("ctx") or {}).items()}
        params["detail"] = str(err.get("msg", ""))
        out.append(field_error(".".join(loc), "request." + str(err.get("type", "invalid")), **params))
    return out


def install_handlers(app: FastAPI) -> None:
    """Every error the framework or a handler raises leaves as problem+json, never an HTML or default body."""

    async def on_problem(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Problem)
        return problem_response(exc)

    async def on_http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        name = _STATUS_NAMES.get(exc.status_code, "internal-error" if exc.status_code >= 500 else "malformed-request")
        detail = exc.detail if isinstance(exc.detail, str) else ""
        if exc.status_code == 404:
            detail = f"No such resource: {request.url.path}"
        elif exc.status_code == 405:
            detail = f"{request.method} is not allowed on {request.url.path}"
        return problem_response(Problem(name, detail, status=exc.status_code, headers=exc.headers or {}))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        errors = list(exc.errors())
        if any(e.get("type") == "json_invalid" for e in errors):
            return problem_response(Problem("malformed-request", "The body is not valid JSON."))
        if any(e.get("type") == "missing" and tuple(e.get("loc", ())) == ("body",) for e in errors):
            return problem_response(Problem("malformed-request", "A JSON body is required."))
        if any(e.get("type") == "model_attributes_type" and tuple(e.get("loc", ())) == ("body",) for e in errors):
            return problem_response(Problem("malformed-request", "The body must be a JSON object."))
        return problem_response(
            Problem("validation-failed", "The request has invalid fields.", errors=validation_errors(errors))
        )

    async def on_crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return problem_response(Problem("internal-error", "The server hit an unexpected error."))

    app.add_exception_handler(Problem, on_problem)
    app.add_exception_handler(StarletteHTTPException, on_http)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(Exception, on_crash)
