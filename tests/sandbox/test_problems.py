"""Every error leaves the server as application/problem+json with a stable type: never HTML or a default body."""

from __future__ import annotations

import logging

import pytest

from desktop.sandbox import filings
from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import PROBLEM, anonymous, assert_problem, declaration_body, login


def test_unknown_paths_and_methods(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    assert_problem(client.get("/v1/nothing-here"), 404, "not-found")
    assert_problem(client.get("/"), 404, "not-found")
    assert_problem(client.get("/docs"), 404, "not-found")
    assert_problem(anonymous(sandbox).get("/v2/declarations"), 404, "not-found")
    assert_problem(client.delete("/v1/declarations"), 405, "method-not-allowed")
    assert_problem(client.put("/v1/health"), 405, "method-not-allowed")
    assert_problem(client.patch("/v1/me"), 405, "method-not-allowed")


def test_malformed_bodies(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    headers = {"Content-Type": "application/json", "Idempotency-Key": "k1"}
    for raw in (b"{not json", b"", b"[1, 2]", b'"text"', b"\xff\xfe"):
        answer = client.post("/v1/declarations", data=raw, headers=headers)
        assert answer.headers["content-type"].startswith(PROBLEM), raw
        assert answer.status_code in (400, 422), (raw, answer.text)
    assert_problem(client.post("/v1/declarations", data=b"{not json", headers=headers), 400, "malformed-request")
    assert_problem(client.post("/v1/declarations", data=b"[1, 2]", headers=headers), 400, "malformed-request")
    assert_problem(client.post("/v1/auth/token", data=b"", headers=headers), 400, "malformed-request")
    form = client.post("/v1/auth/token", data={"grant_type": "password"})  # a form, not JSON
    assert form.headers["content-type"].startswith(PROBLEM) and form.status_code in (400, 422)


def test_oversized_json_body(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body = declaration_body(note_s="x" * (3 * 1024 * 1024))
    assert_problem(client.create("/v1/declarations", body), 413, "payload-too-large")


def test_unauthenticated_everywhere(sandbox: SandboxHandle) -> None:
    client = anonymous(sandbox)
    for method, path in (
        ("GET", "/v1/me"),
        ("GET", "/v1/declarations"),
        ("POST", "/v1/declarations"),
        ("GET", "/v1/bookings/x"),
        ("GET", "/v1/events"),
        ("GET", "/v1/code-tables"),
        ("GET", "/v1/schedules"),
        ("POST", "/v1/sandbox/clock/advance"),
    ):
        answer = client.request(method, path, json={})
        assert answer.status_code in (401, 422), (method, path)
        assert answer.headers["content-type"].startswith(PROBLEM), (method, path)
    assert_problem(client.get("/v1/me"), 401, "token-invalid")


def test_unhandled_errors_are_a_logged_500_problem(
    sandbox: SandboxHandle, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    client = login(sandbox, "demo-exporter")

    def broken(*args: object, **kwargs: object) -> object:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(filings, "list_rows", broken)
    with caplog.at_level(logging.ERROR, logger="desktop.sandbox"):
        answer = client.get("/v1/declarations")
    body = assert_problem(answer, 500, "internal-error")
    assert "disk on fire" not in answer.text  # no internals leak to the client
    assert body["detail"]
    assert any("disk on fire" in (r.exc_text or str(r.exc_info)) for r in caplog.records)
    assert client.get("/v1/me").status_code == 200  # the server keeps serving


def test_health_needs_no_login(sandbox: SandboxHandle) -> None:
    health = anonymous(sandbox).get("/v1/health").json()
    assert health["status"] == "ok" and health["sandbox"] is True and health["version"]
    assert health["clock"].endswith("Z")


def test_oversized_chunked_json_body(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")

    def chunks():  # type: ignore[no-untyped-def]  # no Content-Length: the server counts as it reads
        yield b'{"company_id": "cq-jiangling", "client_seq_no": "BIG", "declaration": {"note_s": "'
        for _ in range(300):
            yield b"x" * 8192
        yield b'"}}'

    answer = client.post(
        "/v1/declarations", data=chunks(), headers={"Content-Type": "application/json", "Idempotency-Key": "big"}
    )
    assert_problem(answer, 413, "payload-too-large")

    def small():  # type: ignore[no-untyped-def]
        yield b'{"grant_type": "password", '
        yield b'"username": "demo-exporter", "password": "demo1234"}'

    assert client.post("/v1/auth/token", data=small(), headers={"Content-Type": "application/json"}).status_code == 200
