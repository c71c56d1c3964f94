"""The /v1 routes: health, login, me, code tables, schedules, bookings and events; the declarations are in
desktop/sandbox/declarations_api.py, the sandbox controls in desktop/sandbox/controls.py.

Handlers that touch SQLite are plain functions (they run in the server's worker threads); the long poll
and the attachment upload are coroutines so a waiting poller or a slow upload never holds a worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from datetime import date
from typing import Annotated, Any

from fastapi import APIRouter, FastAPI, Header, Query, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute

from desktop import __version__
from desktop.sandbox import auth, codes, declarations_api, filings, schedules
from desktop.sandbox.clock import iso
from desktop.sandbox.filings import BOOKING
from desktop.sandbox.idempotency import idempotent
from desktop.sandbox.problems import Problem, field_error
from desktop.sandbox.routes_common import (
    CREATE_ERRORS,
    ERRORS,
    SB,
    IdempotencyKey,
    User,
    check_allowed,
    filing_by_seq,
    json_response,
    list_filings,
    on_loop,
    sandbox_of,
    store_read,
    validated,
)
from desktop.sandbox.schemas import (
    BookingCreate,
    CodeTableInfoOut,
    CodeTableOut,
    EventPageOut,
    FilingOut,
    FilingPageOut,
    HealthOut,
    MeOut,
    RevokeRequest,
    ScheduleOut,
    TokenPairOut,
    TokenRequest,
)

MAX_WAIT = 30.0


def build_router() -> APIRouter:
    r = APIRouter(prefix="/v1")

    # --- health and login -----------------------------------------------------------------------------------

    @r.get("/health", response_model=HealthOut, tags=["platform"])
    @on_loop
    def health(sb: SB) -> JSONResponse:
        return json_response({"status": "ok", "version": __version__, "sandbox": True, "clock": iso(sb.clock.now())})

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
        return json_response(pair, headers={"Cache-Control": "no-store"})

    @r.post("/auth/revoke", status_code=204, tags=["auth"], responses=ERRORS)
    def revoke(body: RevokeRequest, sb: SB) -> Response:
        auth.revoke(sb, body.token)
        return Response(status_code=204)

    @r.get("/me", response_model=MeOut, tags=["auth"], responses=ERRORS)
    @on_loop
    def me(user: User, sb: SB) -> JSONResponse:
        row = sb.user_row(user.username)
        assert row is not None
        companies = [
            {k: c[k] for k in ("id", "uscc", "customs_code", "name_zh", "name_en", "district", "role", "relation")}
            for c in sb.companies_of(user.username)
        ]
        return json_response(
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
        return json_response([{"name": t.name, "version": t.version, "etag": t.etag} for t in codes.all_tables()])

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

    declarations_api.add_routes(r)

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
        return json_response([s.to_json() for s in found])

    @r.post("/bookings", status_code=201, response_model=FilingOut, tags=["bookings"], responses=CREATE_ERRORS)
    @on_loop
    def create_booking(
        body: BookingCreate, request: Request, user: User, sb: SB, idempotency_key: IdempotencyKey = None
    ) -> JSONResponse:
        check_allowed(sb, user, body.company_id)

        def work() -> tuple[int, dict[str, Any]]:
            warnings = validated(sb, body.booking)
            return 201, filings.create(
                sb, BOOKING, user.username, body.company_id, body.client_seq_no, body.booking, warnings
            )

        return idempotent(sb, request, user, body.company_id, idempotency_key, body.model_dump(mode="json"), work)

    @r.get("/bookings", response_model=FilingPageOut, tags=["bookings"], responses=ERRORS)
    @on_loop
    def list_bookings(
        user: User,
        sb: SB,
        company_id: str | None = None,
        status: str | None = None,
        cursor: str | None = None,
        limit: int = 50,
    ) -> JSONResponse:
        return list_filings(sb, user, BOOKING, company_id, status, cursor, limit)

    @r.get(
        "/bookings/by-client-seq/{client_seq_no}",
        response_model=FilingOut,
        tags=["bookings"],
        responses=ERRORS,
    )
    @on_loop
    def booking_by_seq(client_seq_no: str, company_id: str, user: User, sb: SB) -> JSONResponse:
        return filing_by_seq(sb, user, BOOKING, company_id, client_seq_no)

    @r.get("/bookings/{filing_id}", response_model=FilingOut, tags=["bookings"], responses=ERRORS)
    @on_loop
    def get_booking(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, BOOKING, filing_id, sb.company_ids(user.username))
        return json_response(filings.to_json(sb, row, detail=True))

    @r.post("/bookings/{filing_id}/cancel", response_model=FilingOut, tags=["bookings"], responses=CREATE_ERRORS)
    @on_loop
    def cancel_booking(filing_id: str, user: User, sb: SB) -> JSONResponse:
        row = filings.get_row(sb, BOOKING, filing_id, sb.company_ids(user.username))
        return json_response(filings.finish(sb, row, "cancelled", ("requested", "confirmed")))

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
        companies = await store_read(sb, sb.company_ids, user.username)
        deadline = asyncio.get_running_loop().time() + wait
        while True:
            entry = sb.bus.register()  # before looking, so an event written meanwhile still wakes us
            try:
                found, next_cursor = await store_read(sb, filings.events_after, sb, companies, cursor, limit)
                remaining = deadline - asyncio.get_running_loop().time()
                if found or remaining <= 0 or sb.bus.closed:
                    return json_response({"events": found, "next_cursor": next_cursor})
                cursor = next_cursor
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(entry[1].wait(), timeout=remaining)
            finally:
                sb.bus.unregister(entry)

    from desktop.sandbox import controls  # its routes use this module's dependencies

    r.include_router(controls.build_router())
    return r


_routes: list[BaseRoute] = []
_routes_lock = threading.Lock()


def install(app: FastAPI) -> None:
    """Add the routes to ``app``. They are built once per process (that is the slow part of starting a server)
    and shared: a route holds no state of its own, every handler finds its sandbox through ``request.app``.
    They go in as the /v1 router's own flat list (only the sandbox controls stay an included router, last)."""
    with _routes_lock:
        if not _routes:
            _routes.extend(build_router().routes)
    app.router.routes.extend(_routes)
