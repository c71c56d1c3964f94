"""The /v1 routes: login, me, code tables, declarations, attachments, schedules, bookings and
events (the sandbox controls are in desktop/sandbox/controls.py).

Handlers that touch SQLite are plain functions (they run in the server's worker threads); the long poll
and the attachment upload are coroutines so a waiting poller or a slow upload never holds a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import re
import threading
import time
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from desktop import __version__
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.sandbox import auth, codes, filings, schedules, validation
from desktop.sandbox.clock import iso
from desktop.sandbox.filings import BOOKING, DECLARATION
from desktop.sandbox.problems import PROBLEM_MEDIA_TYPE, Problem, field_error
from desktop.sandbox.schemas import (
    BookingCreate,
    CodeTableInfoOut,
    CodeTableOut,
    DeclarationAmend,
    DeclarationCreate,
    EventPageOut,
    FilingOut,
    FilingPageOut,
    HealthOut,
    MeOut,
    ProblemOut,
    RevokeRequest,
    ScheduleOut,
    TokenPairOut,
    TokenRequest,
)
from desktop.sandbox.state import Sandbox

IDEMPOTENCY_TTL = 48 * 3600  # sandbox seconds a key is remembered (the draft asks for at least 24 h)
MAX_WAIT = 30.0
PDF_MAGIC = b"%PDF-"
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,255}$")

_bearer = HTTPBearer(auto_error=False, description="The access token from POST /v1/auth/token.")
_PROBLEM = {"model": ProblemOut, "content": {PROBLEM_MEDIA_TYPE: {}}}
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {**_PROBLEM, "description": text}
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
    409: {**_PROBLEM, "description": "Key in flight, or client sequence number already filed"},
}


def sandbox_of(request: Request) -> Sandbox:
    sb: Sandbox = request.app.state.sandbox
    return sb


def principal(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> auth.Principal:
    header = f"Bearer {credentials.credentials}" if credentials else None
    return auth.authenticate(sandbox_of(request), header)


User = Annotated[auth.Principal, Depends(principal)]
SB = Annotated[Sandbox, Depends(sandbox_of)]
IdempotencyKey = Annotated[str | None, Header(alias="Idempotency-Key", description="A UUID per filing attempt.")]


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(body, status_code=status, headers=headers)


def _allowed(sb: Sandbox, user: auth.Principal, company_id: str) -> None:
    if company_id not in sb.company_ids(user.username):
        raise Problem(
            "forbidden",
            f"{user.username} may not file for {company_id}.",
            errors=[field_error("company_id", "forbidden")],
        )


def _idempotent(
    sb: Sandbox,
    request: Request,
    user: auth.Principal,
    company_id: str,
    key: str | None,
    fingerprint_of: Any,
    work: Callable[[], tuple[int, dict[str, Any]]],
) -> JSONResponse:
    """IETF Idempotency-Key: replay a finished request, 409 while in flight, 422 when the body differs."""
    if not key:
        raise Problem("idempotency-key-missing", "Send an Idempotency-Key header (a UUID) with every creating POST.")
    if not _KEY_RE.match(key):
        raise Problem("malformed-request", "The Idempotency-Key must be 1-255 visible ASCII characters.")
    canonical = json.dumps(fingerprint_of, sort_keys=True, ensure_ascii=False, default=str)
    fingerprint = hashlib.sha256(f"{request.method} {request.url.path}\n{canonical}".encode()).hexdigest()
    now = sb.clock.now()
    scope = (user.username, company_id, key)
    with sb.tx() as conn:
        conn.execute("DELETE FROM idempotency WHERE created_at < ?", (now - IDEMPOTENCY_TTL,))
        row = conn.execute(
            "SELECT * FROM idempotency WHERE username = ? AND company_id = ? AND key = ?", scope
        ).fetchone()
        if row is None:
            conn.execute(
                "INSERT INTO idempotency (username, company_id, key, fingerprint, state, created_at) "
                "VALUES (?, ?, ?, ?, 'in-flight', ?)",
                (*scope, fingerprint, now),
            )
    if row is not None:
        if row["fingerprint"] != fingerprint:
            raise Problem("idempotency-mismatch", "This Idempotency-Key was already used with a different request.")
        if row["state"] == "in-flight":
            raise Problem(
                "idempotency-in-flight",
                "The first request with this key is still being processed.",
                headers={"Retry-After": "1"},
            )
        status = int(row["status_code"])
        return JSONResponse(
            json.loads(row["body"]),
            status_code=status,
            headers={"Idempotent-Replayed": "true"},
            media_type=PROBLEM_MEDIA_TYPE if status >= 400 else None,
        )
    try:
        hold = float(request.scope.get("corridor.hold", 0.0))
        if hold:
            time.sleep(hold)  # a fault test keeps the key in flight (this worker thread only)
        status, body = work()
    except Problem as problem:
        if problem.status >= 500:
            _forget(sb, scope)
            raise
        status, body = problem.status, problem.body()
        _remember(sb, scope, status, body)
        raise
    except BaseException:
        _forget(sb, scope)
        raise
    _remember(sb, scope, status, body)
    return _json(body, status)


def _remember(sb: Sandbox, scope: tuple[str, str, str], status: int, body: dict[str, Any]) -> None:
    with sb.tx() as conn:
        conn.execute(
            "UPDATE idempotency SET state = 'done', status_code = ?, body = ? "
            "WHERE username = ? AND company_id = ? AND key = ?",
            (status, json.dumps(body, ensure_ascii=False), *scope),
        )


def _forget(sb: Sandbox, scope: tuple[str, str, str]) -> None:
    with sb.tx() as conn:
        conn.execute("DELETE FROM idempotency WHERE username = ? AND company_id = ? AND key = ?", scope)


def _validated(sb: Sandbox, document: ExportDeclaration | RailSeaBooking) -> list[dict[str, Any]]:
    errors, warnings = validation.check(document, sb.clock.now_dt().date())
    if errors:
        raise Problem("validation-failed", f"{len(errors)} field(s) break the rules.", errors=errors)
    return warnings


def _limit(limit: int) -> int:
    return max(1, min(limit, 200))


def _cursor(cursor: str | None) -> int | None:
    if cursor in (None, ""):
        return None
    if not str(cursor).isdigit():
        raise Problem("validation-failed", "Bad cursor.", errors=[field_error("cursor", "request.cursor")])
    return int(str(cursor))


def _companies_filter(sb: Sandbox, user: auth.Principal, company_id: str | None) -> list[str]:
    mine = sb.company_ids(user.username)
    if company_id:
        if company_id not in mine:
            raise Problem("forbidden", f"{user.username} may not see {company_id}.")
        return [company_id]
    return mine


def build_router() -> APIRouter:
    r = APIRouter(prefix="/v1")

    # --- health and login -----------------------------------------------------------------------------------

    @r.get("/health", response_model=HealthOut, tags=["platform"])
    def health(sb: SB) -> JSONResponse:
        return _json({"status": "ok", "version": __version__, "sandbox": True, "clock": iso(sb.clock.now())})

    @r.post("/auth/token", response_model=TokenPairOut, tags=["auth"], responses=ERRORS)
    def token(body: TokenRequest, sb: SB) -> JSONResponse:
        if body.grant_type == "password":
            missing = [field_error(f, "request.missing") for f in ("username", "password") if not getattr(body, f)]
            if missing:
                raise Problem("validation-failed", "username and password are required.", errors=missing)
            pair = auth.password_grant(sb, str(body.username), str(body.password), body.verification_code)
        else:
            if not body.refresh_token:
                raise Problem(
                    "validation-failed",
                    "refresh_token is required.",
                    errors=[field_error("refresh_token", "request.missing")],
                )
            pair = auth.refresh_grant(sb, body.refresh_token)
        return _json(pair, headers={"Cache-Control": "no-store"})

    @r.post("/auth/revoke", status_code=204, tags=["auth"], responses=ERRORS)
    def revoke(body: RevokeRequest, sb: SB) -> Response:
        auth.revoke(sb, body.token)
        return Response(status_code=204)

    @r.get("/me", response_model=MeOut, tags=["auth"], responses=ERRORS)
    def me(user: User, sb: SB) -> JSONResponse:
        row = sb.user_row(user.username)
        assert row is not None
        companies = [
            {k: c[k] for k in ("id", "uscc", "customs_code", "name_zh", "name_en", "district", "role", "relation")}
            for c in sb.companies_of(user.username)
        ]
        return _json(
            {
                "username": user.username,
                "display_name": row["display_name"],
                "roles": list(user.roles),
                "companies": companies,
                "scenario": sb.scenario_of(user.username)[0],
            }
        )

    # --- code tables ----------------------------------------------------------------------------------------

    @r.get("/code-tables", response_model=list[CodeTableInfoOut], tags=["codes"], responses=ERRORS)
    def code_tables(user: User) -> JSONResponse:
        return _json([{"name": t.name, "version": t.version, "etag": t.etag} for t in codes.all_tables()])

    @r.get(
        "/code-tables/{name}",
        response_model=CodeTableOut,
        tags=["codes"],
        responses={**ERRORS, 304: {"description": "Not modified (If-None-Match matched the ETag)"}},
    )
    def code_table(
        name: str, user: User, if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None
    ) -> Response:
        found = codes.get(name)
        if found is None:
            raise Problem("not-found", f"No code table {name}.")
        headers = {"ETag": found.etag, "Cache-Control": "private, max-age=86400"}
        if if_none_match and found.etag in [t.strip().removeprefix("W/") for t in if_none_match.split(",")]:
            return Response(status_code=304, headers=headers)
        return Response(found.body, media_type="application/json", headers=headers)

    # --- declarations ---------------------------------------------------------------------------------------

    @r.post(
        "/declarations",
        status_code=201,
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    def create_declaration(
        body: DeclarationCreate, request: Request, user: User, sb: SB, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        _allowed(sb, user, body.company_id)

        def work() -> tuple[int, dict[str, Any]]:
            warnings = _validated(sb, body.declaration)
            return 201, filings.create(
                sb,
                DECLARATION,
                user.username,
                body.company_id,
                body.client_seq_no,
                body.declaration,
                warnings,
            )

        return _idempotent(sb, request, user, body.company_id, idempotency_key, body.model_dump(mode="json"), work)

    @r.get("/declarations", response_model=FilingPageOut, tags=["declarations"], responses=ERRORS)
    def list_declarations(
        user: User,
        sb: SB,
        company_id: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> JSONResponse:
        return _list(sb, user, DECLARATION, company_id, status, cursor, limit)

    @r.get(
        "/declarations/by-client-seq/{client_seq_no}",
        response_model=FilingOut,
        tags=["declarations"],
        responses=ERRORS,
    )
    def declaration_by_seq(client_seq_no: str, company_id: str, user: User, sb: SB) -> JSONResponse:
        return _by_seq(sb, user, DECLARATION, company_id, client_seq_no)

    @r.get("/declarations/{filing_id}", response_model=FilingOut, tags=["declarations"], responses=ERRORS)
    def get_declaration(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))
        return _json(filings.to_json(sb, row, detail=True))

    @r.post(
        "/declarations/{filing_id}/amend",
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    def amend_declaration(
        filing_id: str,
        body: DeclarationAmend,
        request: Request,
        user: User,
        sb: SB,
        idempotency_key: IdempotencyKey = None,
    ) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))

        def work() -> tuple[int, dict[str, Any]]:
            warnings = _validated(sb, body.declaration)
            return 200, filings.amend(sb, row, user.username, body.declaration, warnings)

        return _idempotent(sb, request, user, row["company_id"], idempotency_key, body.model_dump(mode="json"), work)

    @r.post(
        "/declarations/{filing_id}/withdraw",
        response_model=FilingOut,
        tags=["declarations"],
        responses=CREATE_ERRORS,
    )
    def withdraw_declaration(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, DECLARATION, filing_id, sb.company_ids(user.username))
        return _json(filings.finish(sb, row, "withdrawn", ("received", "accepted", "rejected")))

    @r.post(
        "/declarations/{filing_id}/attachments",
        status_code=201,
        tags=["declarations"],
        responses={
            **ERRORS,
            413: {**_PROBLEM, "description": "Larger than 5 MiB"},
            415: {**_PROBLEM, "description": "Not application/pdf"},
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}},
            }
        },
    )
    async def add_attachment(
        filing_id: str,
        request: Request,
        user: User,
        edoc_code: Annotated[str, Query(min_length=1, max_length=8)],
        file_name: Annotated[str, Query(max_length=255)] = "",
    ) -> JSONResponse:
        sb = sandbox_of(request)
        row = await run_in_threadpool(filings.get_row, sb, DECLARATION, filing_id, sb.company_ids(user.username))
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/pdf":
            raise Problem("unsupported-media-type", "Send the PDF itself as the body, Content-Type: application/pdf.")
        limit = sb.attachment_limit
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise Problem("payload-too-large", f"Attachments are limited to {limit} bytes.", limit=limit)
        chunks: list[bytes] = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > limit:
                raise Problem("payload-too-large", f"Attachments are limited to {limit} bytes.", limit=limit)
            chunks.append(chunk)
        content = b"".join(chunks)
        errors = []
        if not content.startswith(PDF_MAGIC):
            errors.append(field_error("file", "attachment.not_pdf"))
        if not codes.is_known("edoc", edoc_code):
            errors.append(field_error("edoc_code", "attachment.unknown_edoc", value=edoc_code))
        if errors:
            raise Problem("validation-failed", "The attachment was refused.", errors=errors)
        if row["status"] in ("withdrawn", "released"):
            raise Problem(
                "invalid-state",
                f"A {row['status']} declaration takes no attachments.",
                current_status=row["status"],
            )
        digest = hashlib.sha256(content).hexdigest()
        existing = await run_in_threadpool(
            sb.query_one,
            "SELECT id, created_at FROM attachments WHERE filing_id = ? AND edoc_code = ? AND sha256 = ?",
            (row["id"], edoc_code, digest),
        )
        if existing is not None:  # the same file again: the same answer (uploads are naturally idempotent)
            return _json(
                {
                    "id": existing["id"],
                    "filing_id": row["id"],
                    "edoc_code": edoc_code,
                    "file_name": file_name,
                    "sha256": digest,
                    "size": len(content),
                    "created_at": iso(existing["created_at"]),
                },
                200,
            )
        out = await run_in_threadpool(filings.add_attachment, sb, row, edoc_code, file_name, content, digest)
        return _json(out, 201)

    # --- schedules and bookings -----------------------------------------------------------------------------

    @r.get("/schedules", response_model=list[ScheduleOut], tags=["bookings"], responses=ERRORS)
    def search_schedules(
        user: User,
        origin: Annotated[str, Query(min_length=5, max_length=5)],
        port_of_loading: Annotated[str, Query(min_length=5, max_length=5)],
        port_of_discharge: Annotated[str, Query(min_length=5, max_length=5)],
        date: date,
        days: Annotated[int, Query(ge=1, le=60)] = schedules.WINDOW_DAYS,
    ) -> JSONResponse:
        found = schedules.search(origin, port_of_loading, port_of_discharge, date, days)
        return _json([s.to_json() for s in found])

    @r.post("/bookings", status_code=201, response_model=FilingOut, tags=["bookings"], responses=CREATE_ERRORS)
    def create_booking(
        body: BookingCreate, request: Request, user: User, sb: SB, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        _allowed(sb, user, body.company_id)

        def work() -> tuple[int, dict[str, Any]]:
            warnings = _validated(sb, body.booking)
            return 201, filings.create(
                sb, BOOKING, user.username, body.company_id, body.client_seq_no, body.booking, warnings
            )

        return _idempotent(sb, request, user, body.company_id, idempotency_key, body.model_dump(mode="json"), work)

    @r.get("/bookings", response_model=FilingPageOut, tags=["bookings"], responses=ERRORS)
    def list_bookings(
        user: User,
        sb: SB,
        company_id: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> JSONResponse:
        return _list(sb, user, BOOKING, company_id, status, cursor, limit)

    @r.get(
        "/bookings/by-client-seq/{client_seq_no}",
        response_model=FilingOut,
        tags=["bookings"],
        responses=ERRORS,
    )
    def booking_by_seq(client_seq_no: str, company_id: str, user: User, sb: SB) -> JSONResponse:
        return _by_seq(sb, user, BOOKING, company_id, client_seq_no)

    @r.get("/bookings/{filing_id}", response_model=FilingOut, tags=["bookings"], responses=ERRORS)
    def get_booking(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, BOOKING, filing_id, sb.company_ids(user.username))
        return _json(filings.to_json(sb, row, detail=True))

    @r.post("/bookings/{filing_id}/cancel", response_model=FilingOut, tags=["bookings"], responses=CREATE_ERRORS)
    def cancel_booking(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, BOOKING, filing_id, sb.company_ids(user.username))
        return _json(filings.finish(sb, row, "cancelled", ("requested", "confirmed")))

    # --- events ---------------------------------------------------------------------------------------------

    @r.get("/events", response_model=EventPageOut, tags=["events"], responses=ERRORS)
    async def events(
        request: Request,
        user: User,
        cursor: Annotated[int, Query(ge=0)] = 0,
        wait: Annotated[float, Query(ge=0, le=MAX_WAIT)] = 0.0,
        limit: Annotated[int, Query(ge=1, le=500)] = 100,
    ) -> JSONResponse:
        sb = sandbox_of(request)
        companies = await run_in_threadpool(sb.company_ids, user.username)
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            entry = sb.bus.register()  # before looking, so an event written meanwhile still wakes us
            try:
                found, next_cursor = await run_in_threadpool(filings.events_after, sb, companies, cursor, limit)
                remaining = deadline - asyncio.get_running_loop().time()
                if found or remaining <= 0 or sb.bus.closed:
                    return _json({"events": found, "next_cursor": next_cursor})
                cursor = next_cursor
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(entry[1].wait(), timeout=remaining)
            finally:
                sb.bus.unregister(entry)

    from desktop.sandbox import controls  # its routes use this module's dependencies

    r.include_router(controls.build_router())
    return r


def _list(
    sb: Sandbox,
    user: auth.Principal,
    kind: str,
    company_id: str | None,
    status: str | None,
    cursor: str | None,
    limit: int,
) -> JSONResponse:
    companies = _companies_filter(sb, user, company_id)
    rows, next_cursor = filings.list_rows(sb, kind, companies, status, _cursor(cursor), _limit(limit))
    return _json(
        {
            "items": filings.to_json_many(sb, rows),
            "next_cursor": str(next_cursor) if next_cursor is not None else None,
        }
    )


def _by_seq(sb: Sandbox, user: auth.Principal, kind: str, company_id: str, client_seq_no: str) -> JSONResponse:
    companies = _companies_filter(sb, user, company_id)
    row = filings.by_client_seq(sb, kind, companies[0], client_seq_no)
    if row is None:
        raise Problem("not-found", f"No {kind} with client sequence number {client_seq_no}.")
    return _json(filings.to_json(sb, row, detail=True))


_routes: list[BaseRoute] = []
_routes_lock = threading.Lock()


def install(app: FastAPI) -> None:
    """Add the routes to ``app``. They are built once per process (that is the slow part of starting a server)
    and shared: a route holds no state of its own, every handler finds its sandbox through ``request.app``."""
    with _routes_lock:
        if not _routes:
            holder = APIRouter()
            holder.include_router(build_router())
            _routes.extend(holder.routes)
    app.router.routes.extend(_routes)
