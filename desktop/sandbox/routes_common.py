"""What the /v1 route modules share: the sandbox and signed-in user as dependencies, the documented error
responses, JSON answers, access checks, rule validation, and paged filing lists.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Annotated, Any, TypeVar

import orjson
from fastapi import Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPBearer
from starlette.responses import JSONResponse

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.sandbox import auth, filings, validation
from desktop.sandbox.problems import PROBLEM_MEDIA_TYPE, Problem, field_error
from desktop.sandbox.schemas import (
    ProblemOut,
)
from desktop.sandbox.state import Sandbox

PROBLEM = {"model": ProblemOut, "content": {PROBLEM_MEDIA_TYPE: {}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {**PROBLEM, "description": text}
    for code, text in (
        (400, "Malformed request"),
        (401, "Not signed in, or the token expired"),
        (403, "Not allowed for this user"),
        (404, "Not found"),
        (422, "Validation failed"),
        (429, "Rate limited (Retry-After)"),
        (503, "Unavailable (Retry-After)"),
    )
}
CREATE_ERRORS: dict[int | str, dict[str, Any]] = {
    **ERRORS,
    409: {**PROBLEM, "description": "Key in flight, or client sequence number already filed"},
}


def sandbox_of(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


async def sandbox_dependency(request: Request) -> Sandbox:
    """The sandbox, as a dependency resolved on the event loop (a plain function would cost a worker thread)."""
    return sandbox_of(request)


class _SignedIn(HTTPBearer):
    """The contract's bearer scheme (as the OpenAPI document names it), which also looks the signed-in user up:
    one dependency per call instead of the scheme and a user lookup depending on it."""

    async def __call__(self, request: Request) -> auth.Principal:  # type: ignore[override]
        credentials = await super().__call__(request)
        header = f"Bearer {credentials.credentials}" if credentials else None
        sb = sandbox_of(request)
        held = sb.try_hold()  # else another thread writes: read through this thread's own connection
        try:
            return auth.authenticate(sb, header)
        finally:
            if held:
                sb.release_hold()


_signed_in = _SignedIn(
    auto_error=False, scheme_name="HTTPBearer", description="The access token from POST /v1/auth/token."
)


User = Annotated[auth.Principal, Depends(_signed_in)]
SB = Annotated[Sandbox, Depends(sandbox_dependency)]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", description="A UUID per filing attempt.")]


class FastJSONResponse(JSONResponse):
    """The same JSON as Starlette's (compact, UTF-8, not ASCII-escaped), encoded in C by orjson."""

    def render(self, content: Any) -> bytes:
        return orjson.dumps(content, option=orjson.OPT_NON_STR_KEYS)


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return FastJSONResponse(body, status_code=status, headers=headers)


T = TypeVar("T")


def _on_loop(sb: Sandbox) -> bool:
    """Whether store work may run right here on the event loop, taking the write lock (the caller releases it
    with ``sb.release_hold()``): on SQLite, when no other thread holds that lock (a clock tick, a control, a
    login issuing tokens). Its reads then go through the writing connection (see ``Sandbox.try_hold``)."""
    return sb.try_hold()


async def store_read(sb: Sandbox, call: Callable[..., T], *args: Any) -> T:
    """Run a short store operation: on SQLite on the event loop (see :func:`on_loop`), else in a worker thread."""
    if not _on_loop(sb):
        return await run_in_threadpool(call, *args)
    try:
        return call(*args)
    finally:
        sb.release_hold()


def on_loop(handler: Callable[..., T]) -> Callable[..., Any]:
    """A route whose work is short store operations (it takes the sandbox as its ``sb`` parameter) runs on the
    server's event loop on SQLite: each statement there takes microseconds, far less than handing the request
    to a worker thread and, under a classroom's load, waiting for the interpreter lock again after every
    statement. It goes to a worker thread when another thread holds the write lock (the loop never waits for
    it), when the fault layer holds the request in flight (it sleeps), and on a database server, where each
    statement is a network round trip.

    The route's ``sb`` is taken from the request here rather than resolved by the framework as a dependency
    of its own, which would cost every call a round of dependency solving; the route's contract is the same.
    """
    signature = inspect.signature(handler, eval_str=True)
    wants_request = "request" in signature.parameters
    parameters = [p.replace(kind=inspect.Parameter.KEYWORD_ONLY) for p in signature.parameters.values()
                  if p.name != "sb"]
    if not wants_request:
        parameters.append(inspect.Parameter("request", inspect.Parameter.KEYWORD_ONLY, annotation=Request))

    @functools.wraps(handler)
    async def run(**kwargs: Any) -> T:
        request: Request = kwargs["request"] if wants_request else kwargs.pop("request")
        sb = kwargs["sb"] = sandbox_of(request)
        if request.scope.get("corridor.hold") or not _on_loop(sb):
            return await run_in_threadpool(handler, **kwargs)
        try:
            return handler(**kwargs)
        finally:
            sb.release_hold()

    run.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    return run


def check_allowed(sb: Sandbox, user: auth.Principal, company_id: str) -> None:
    if company_id not in sb.company_ids(user.username):
        raise Problem(
            "forbidden",
            f"{user.username} may not file for {company_id}.",
            errors=[field_error("company_id", "forbidden")],
        )


def validated(sb: Sandbox, document: ExportDeclaration | RailSeaBooking) -> list[dict[str, Any]]:
    errors, warnings = validation.check(document, sb.clock.now_dt().date())
    if errors:
        raise Problem("validation-failed", f"{len(errors)} field(s) break the rules.", errors=errors)
    return warnings


def page_limit(limit: int) -> int:
    return max(1, min(limit, 200))


def page_cursor(cursor: str | None) -> int | None:
    if cursor in (None, ""):
        return None
    if not str(cursor).isdigit():
        raise Problem("validation-failed", "Bad cursor.", errors=[field_error("cursor", "request.cursor")])
    return int(str(cursor))


def companies_filter(sb: Sandbox, user: auth.Principal, company_id: str | None) -> list[str]:
    mine = sb.company_ids(user.username)
    if company_id:
        if company_id not in mine:
            raise Problem("forbidden", f"{user.username} may not see {company_id}.")
        return [company_id]
    return mine




def list_filings(
    sb: Sandbox,
    user: auth.Principal,
    kind: str,
    company_id: str | None,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> JSONResponse:
    companies = companies_filter(sb, user, company_id)
    rows, next_cursor = filings.list_rows(sb, kind, companies, status, page_cursor(cursor), page_limit(limit))
    return json_response(
        {
            "items": filings.to_json_many(sb, rows),
            "next_cursor": str(next_cursor) if next_cursor is not None else None,
        }
    )


def filing_by_seq(sb: Sandbox, user: auth.Principal, kind: str, company_id: str, client_seq_no: str) -> JSONResponse:
    companies = companies_filter(sb, user, company_id)
    row = filings.by_client_seq(sb, kind, companies[0], client_seq_no)
    if row is None:
        raise Problem("not-found", f"No {kind} with client sequence number {client_seq_no}.")
    return json_response(filings.to_json(sb, row, detail=True))
