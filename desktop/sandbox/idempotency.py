"""Idempotency-Key handling of the creating POSTs: a finished request is replayed, a key still in flight
answers 409, the same key with a different body 422; keys are remembered for :data:`IDEMPOTENCY_TTL`.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from typing import Any

import orjson
from fastapi import Request
from starlette.responses import JSONResponse

from desktop.sandbox import auth
from desktop.sandbox.problems import PROBLEM_MEDIA_TYPE, Problem
from desktop.sandbox.routes_common import FastJSONResponse, json_response
from desktop.sandbox.state import Sandbox

IDEMPOTENCY_TTL = 48 * 3600  # sandbox seconds a key is remembered (the draft asks for at least 24 h)
_KEY_RE = re.compile(r"^[\x21-\x7e]{1,255}$")


def idempotent(
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
    hold = float(request.scope.get("corridor.hold", 0.0))
    if sb.holding and not hold:
        return _at_once(sb, scope, fingerprint, now, work)
    with sb.tx() as conn:
        row = _stored(conn, scope, now)
        if row is None:
            conn.execute(
                "INSERT INTO idempotency (username, company_id, key, fingerprint, state, created_at) "
                "VALUES (?, ?, ?, ?, 'in-flight', ?)",
                (*scope, fingerprint, now),
            )
    if row is not None:
        return _replay(row, fingerprint)
    try:
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
    return json_response(body, status)


def _stored(conn: Any, scope: tuple[str, str, str], now: float) -> Any:
    """The key's stored row in ``scope`` (None for a new key), once the expired keys are gone."""
    conn.execute("DELETE FROM idempotency WHERE created_at < ?", (now - IDEMPOTENCY_TTL,))
    return conn.execute("SELECT * FROM idempotency WHERE username = ? AND company_id = ? AND key = ?", scope).fetchone()


def _at_once(
    sb: Sandbox,
    scope: tuple[str, str, str],
    fingerprint: str,
    now: float,
    work: Callable[[], tuple[int, dict[str, Any]]],
) -> JSONResponse:
    """The same for a thread that holds the write lock throughout (the event loop): no other request can see the
    key in flight meanwhile, so the key, the work and its answer go in one transaction (one commit instead of
    three); an error of the server's own (5xx or any exception) rolls it all back, the key forgotten."""
    refused: Problem | None = None
    with sb.tx() as conn:
        row = _stored(conn, scope, now)
        if row is None:
            try:
                status, body = work()  # its own transactions are savepoints of this one
            except Problem as problem:
                if problem.status >= 500:
                    raise
                status, body, refused = problem.status, problem.body(), problem
            conn.execute(
                "INSERT INTO idempotency (username, company_id, key, fingerprint, state, status_code, body, "
                "created_at) VALUES (?, ?, ?, ?, 'done', ?, ?, ?)",
                (*scope, fingerprint, status, _body_text(body), now),
            )
    if row is not None:
        return _replay(row, fingerprint)
    if refused is not None:
        raise refused
    return json_response(body, status)


def _replay(row: Any, fingerprint: str) -> JSONResponse:
    """The answer to a key seen before: its stored answer, or why there is none."""
    if row["fingerprint"] != fingerprint:
        raise Problem("idempotency-mismatch", "This Idempotency-Key was already used with a different request.")
    if row["state"] == "in-flight":
        raise Problem(
            "idempotency-in-flight",
            "The first request with this key is still being processed.",
            headers={"Retry-After": "1"},
        )
    status = int(row["status_code"])
    return FastJSONResponse(
        orjson.loads(row["body"]),
        status_code=status,
        headers={"Idempotent-Replayed": "true"},
        media_type=PROBLEM_MEDIA_TYPE if status >= 400 else None,
    )


def _body_text(body: dict[str, Any]) -> str:
    return orjson.dumps(body, default=str, option=orjson.OPT_NON_STR_KEYS).decode()


def _remember(sb: Sandbox, scope: tuple[str, str, str], status: int, body: dict[str, Any]) -> None:
    with sb.tx() as conn:
        conn.execute(
            "UPDATE idempotency SET state = 'done', status_code = ?, body = ? "
            "WHERE username = ? AND company_id = ? AND key = ?",
            (status, _body_text(body), *scope),
        )


def _forget(sb: Sandbox, scope: tuple[str, str, str]) -> None:
    with sb.tx() as conn:
        conn.execute("DELETE FROM idempotency WHERE username = ? AND company_id = ? AND key = ?", scope)
