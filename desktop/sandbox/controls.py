"""The /v1/sandbox routes: the clock, scenarios, faults, verification codes and the classroom (seats, the class
list, the class's filings, reset).

Access rules: only a trainer account changes the clock, scenarios (a trainee's or the whole class's) and faults,
or reads and resets the class; a verification code is shown only for the login challenge the caller was given
(its id comes with the ``verification-required`` answer to the right password), never for a user name alone.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query
from starlette.responses import JSONResponse, Response

from desktop.sandbox import auth, classroom, filings
from desktop.sandbox.clock import iso
from desktop.sandbox.problems import Problem
from desktop.sandbox.routes_common import ERRORS, SB, User, json_response
from desktop.sandbox.schemas import (
    ClassFilingOut,
    ClockAdvance,
    ClockOut,
    FaultRequest,
    ResetOut,
    ScenarioOut,
    ScenarioRequest,
    SeatsOut,
    SeatsRequest,
    SingleWindowOut,
    SingleWindowScenarioRequest,
    TraineeOut,
    VerificationCodeOut,
)
from desktop.sandbox.state import Fault, Sandbox

CLASS = "*"
_PARAMS = ("delay", "every", "retry_after", "token_ttl")


def _trainer(user: auth.Principal, what: str) -> None:
    if not user.is_trainer:
        raise Problem("forbidden", f"Only a trainer {what}.")


def _known(sb: Sandbox, username: str) -> None:
    if sb.user_row(username) is None:
        raise Problem("not-found", f"No user {username}.")


def _single_window(sb: Sandbox) -> Any:
    if sb.single_window is None:
        raise Problem("not-found", "This sandbox does not play a Single Window client (started without an ImpPath).")
    return sb.single_window


def build_router() -> APIRouter:
    r = APIRouter(prefix="/sandbox", tags=["sandbox"])

    @r.get("/clock", response_model=ClockOut)
    def get_clock(sb: SB) -> JSONResponse:
        return json_response({"clock": iso(sb.clock.now()), "applied": 0})

    @r.post("/clock/advance", response_model=ClockOut, responses=ERRORS)
    def advance_clock(body: ClockAdvance, user: User, sb: SB) -> JSONResponse:
        _trainer(user, "moves the sandbox clock")
        sb.clock.advance(body.seconds)
        if sb.single_window is not None:  # the receipts now due reach the ImpPath at once
            sb.single_window.step()
        applied = filings.run_due(sb)
        return json_response({"clock": iso(sb.clock.now()), "applied": applied})

    @r.put("/scenario", response_model=ScenarioOut, responses=ERRORS)
    def set_scenario(body: ScenarioRequest, user: User, sb: SB) -> JSONResponse:
        _trainer(user, "sets scenarios")
        target = body.username or user.username
        targets = classroom.trainee_names(sb) if target == CLASS else [target]
        if target != CLASS:
            _known(sb, target)
        params = {k: v for k, v in body.model_dump().items() if k in _PARAMS}
        for name in targets:
            sb.set_scenario(name, body.scenario, params)
            if body.verification is not None:
                sb.set_verification(name, body.verification)
        verification = body.verification
        if target != CLASS:
            row = sb.user_row(target)
            assert row is not None
            verification = bool(row["verification"])
        return json_response(
            {"username": target, "scenario": body.scenario, "params": params, "verification": bool(verification)}
        )

    @r.get("/single-window", response_model=SingleWindowOut, responses=ERRORS)
    def single_window(user: User, sb: SB) -> JSONResponse:
        client = _single_window(sb)
        return json_response(
            {"scenario": client.scenario, "reject_code": client.reject_code, "imp_path": str(client.imp_path)}
        )

    @r.put("/single-window-scenario", response_model=SingleWindowOut, responses=ERRORS)
    def single_window_scenario(body: SingleWindowScenarioRequest, user: User, sb: SB) -> JSONResponse:
        _trainer(user, "sets the Single Window client's scenario")
        client = _single_window(sb)
        client.set_scenario(body.scenario, body.reject_code)
        return json_response(
            {"scenario": client.scenario, "reject_code": client.reject_code, "imp_path": str(client.imp_path)}
        )

    @r.get("/verification-code", response_model=VerificationCodeOut, responses=ERRORS)
    def verification_code(
        username: str, sb: SB, challenge_id: Annotated[str, Query(min_length=1, max_length=64)]
    ) -> JSONResponse:
        found = auth.current_code(sb, username, challenge_id)
        if found is None:
            raise Problem("not-found", "No verification code is pending for this login challenge.")
        return json_response(found)

    @r.post("/faults", status_code=204, responses=ERRORS)
    def add_fault(body: FaultRequest, user: User, sb: SB) -> Response:
        _trainer(user, "injects faults")
        target = body.username or user.username
        if target != CLASS:
            _known(sb, target)
        sb.add_fault(Fault(body.kind, "" if target == CLASS else target, body.seconds, body.count))
        return Response(status_code=204)

    @r.delete("/faults", status_code=204, responses=ERRORS)
    def clear_faults(user: User, sb: SB, username: str | None = None) -> Response:
        _trainer(user, "clears faults")
        sb.clear_faults(username)
        return Response(status_code=204)

    # --- the classroom ----------------------------------------------------------------------------------

    @r.post("/seats", response_model=SeatsOut, responses=ERRORS)
    def add_seats(body: SeatsRequest, user: User, sb: SB) -> JSONResponse:
        _trainer(user, "adds seats")
        return json_response({"seats": classroom.add_seats(sb, body.count, body.password)})

    @r.get("/trainees", response_model=list[TraineeOut], responses=ERRORS)
    def trainees(user: User, sb: SB) -> JSONResponse:
        _trainer(user, "sees the class")
        return json_response(classroom.trainees(sb))

    @r.get("/class-filings", response_model=list[ClassFilingOut], responses=ERRORS)
    def class_filings(
        user: User, sb: SB, username: str | None = None, limit: Annotated[int, Query(ge=1, le=500)] = 200
    ) -> JSONResponse:
        _trainer(user, "sees the class")
        return json_response(classroom.class_filings(sb, username, limit))

    @r.post("/reset", response_model=ResetOut, responses=ERRORS)
    def reset(user: User, sb: SB) -> JSONResponse:
        _trainer(user, "resets the class")
        out: dict[str, Any] = classroom.reset(sb)
        return json_response(out)

    return r
