"""Unified login over HTTP: password grant, verification code, refresh rotation, reuse detection, revoke."""

from __future__ import annotations

from typing import Any

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import anonymous, assert_problem, login


def test_password_login_gives_a_short_access_token_and_a_refresh_token(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    assert client.tokens["token_type"] == "Bearer"
    assert 0 < client.tokens["expires_in"] <= 3600
    assert client.tokens["refresh_expires_in"] > client.tokens["expires_in"]
    assert client.get("/v1/me").json()["username"] == "demo-exporter"


def test_wrong_password_and_unknown_user_look_the_same(sandbox: SandboxHandle) -> None:
    client = anonymous(sandbox)
    for username, password in (("demo-exporter", "nope"), ("nobody", "demo1234")):
        answer = client.post(
            "/v1/auth/token", json={"grant_type": "password", "username": username, "password": password}
        )
        assert_problem(answer, 401, "invalid-credentials")


def test_password_grant_requires_both_fields(sandbox: SandboxHandle) -> None:
    answer = anonymous(sandbox).post("/v1/auth/token", json={"grant_type": "password", "username": "x"})
    body = assert_problem(answer, 422, "validation-failed")
    assert body["errors"] == [{"field": "password", "code": "request.missing", "params": {}}]


def test_verification_code_flow(sandbox: SandboxHandle) -> None:
    sandbox.set_verification("demo-forwarder")
    client = anonymous(sandbox)
    form = {"grant_type": "password", "username": "demo-forwarder", "password": "demo1234"}
    challenge = assert_problem(client.post("/v1/auth/token", json=form), 401, "verification-required")["challenge"]
    assert challenge["channel"] == "sms" and "****" in challenge["destination"]
    shown = client.get(
        "/v1/sandbox/verification-code", params={"username": "demo-forwarder", "challenge_id": challenge["id"]}
    ).json()
    assert shown["challenge_id"] == challenge["id"] and len(shown["code"]) == 6
    wrong = "000000" if shown["code"] != "000000" else "111111"
    assert_problem(client.post("/v1/auth/token", json={**form, "verification_code": wrong}), 401, "verification-failed")
    answer = client.post("/v1/auth/token", json={**form, "verification_code": shown["code"]})
    assert answer.status_code == 200, answer.text
    # a code is good once
    assert_problem(
        client.post("/v1/auth/token", json={**form, "verification_code": shown["code"]}),
        401,
        "verification-failed",
    )


def test_verification_code_expires_on_the_sandbox_clock(sandbox: SandboxHandle) -> None:
    sandbox.set_verification("demo-exporter")
    client = anonymous(sandbox)
    form = {"grant_type": "password", "username": "demo-exporter", "password": "demo1234"}
    challenge = assert_problem(client.post("/v1/auth/token", json=form), 401, "verification-required")["challenge"]
    code = sandbox.verification_code("demo-exporter")
    sandbox.advance(301)
    assert_problem(client.post("/v1/auth/token", json={**form, "verification_code": code}), 401, "verification-failed")
    asked = {"username": "demo-exporter", "challenge_id": challenge["id"]}
    assert_problem(client.get("/v1/sandbox/verification-code", params=asked), 404, "not-found")


def test_refresh_rotates_and_a_reused_refresh_token_revokes_the_family(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    first = client.tokens["refresh_token"]
    rotated = client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": first})
    assert rotated.status_code == 200, rotated.text
    pair = rotated.json()
    assert pair["refresh_token"] != first and pair["access_token"] != client.tokens["access_token"]
    # the successor is used: presenting the spent one again now is reuse, the whole session is revoked
    newer = client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]})
    assert newer.status_code == 200, newer.text
    pair = newer.json()
    reused = client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": first})
    assert_problem(reused, 401, "token-reused")
    again = client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": pair["refresh_token"]})
    assert_problem(again, 401, "token-invalid")
    answer = client.get("/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"})
    assert_problem(answer, 401, "token-invalid")


def _refresh(client: Any, token: str) -> Any:
    return client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": token})


def test_a_refresh_whose_answer_was_lost_can_be_sent_again_within_the_grace(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    first = client.tokens["refresh_token"]
    lost = _refresh(client, first).json()  # the server rotated, the client never heard
    again = _refresh(client, first)  # the same request, sent again
    assert again.status_code == 200, again.text
    pair = again.json()
    assert pair["refresh_token"] not in (first, lost["refresh_token"])
    assert client.get("/v1/me", headers={"Authorization": f"Bearer {pair['access_token']}"}).status_code == 200
    # the unheard successor is withdrawn: one live chain per session, and it is not "theft" to have lost it
    assert_problem(_refresh(client, lost["refresh_token"]), 401, "token-invalid")
    answer = client.get("/v1/me", headers={"Authorization": f"Bearer {lost['access_token']}"})
    assert_problem(answer, 401, "token-invalid")
    assert _refresh(client, pair["refresh_token"]).status_code == 200  # the session lives on


def test_a_spent_refresh_token_after_the_grace_revokes_the_family(sandbox: SandboxHandle) -> None:
    from desktop.sandbox.auth import REFRESH_GRACE

    client = login(sandbox, "demo-exporter")
    first = client.tokens["refresh_token"]
    pair = _refresh(client, first).json()
    sandbox.advance(REFRESH_GRACE + 1)
    assert_problem(_refresh(client, first), 401, "token-reused")
    assert_problem(_refresh(client, pair["refresh_token"]), 401, "token-invalid")


def test_an_old_sandbox_database_gets_the_new_token_columns(tmp_path: Any) -> None:
    import sqlite3

    from desktop.sandbox.state import Sandbox

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE refresh_tokens (token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, family TEXT NOT NULL,"
        " expires_at REAL NOT NULL, spent INTEGER NOT NULL DEFAULT 0)"
    )
    conn.commit()
    conn.close()
    sb = Sandbox.open(str(path))
    try:
        columns = {r[1] for r in sb.conn.execute("PRAGMA table_info(refresh_tokens)")}
        assert {"spent_at", "successor", "access_hash"} <= columns
    finally:
        sb.close()


def test_refresh_needs_a_token_and_rejects_unknown_ones(sandbox: SandboxHandle) -> None:
    client = anonymous(sandbox)
    assert_problem(client.post("/v1/auth/token", json={"grant_type": "refresh_token"}), 422, "validation-failed")
    assert_problem(
        client.post("/v1/auth/token", json={"grant_type": "refresh_token", "refresh_token": "x"}),
        401,
        "token-invalid",
    )
    assert_problem(client.post("/v1/auth/token", json={"grant_type": "magic"}), 422, "validation-failed")


def test_revoke_ends_the_session(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    other = login(sandbox, "demo-exporter")  # a second session of the same user survives
    assert client.post("/v1/auth/revoke", json={"token": client.tokens["refresh_token"]}).status_code == 204
    assert_problem(client.get("/v1/me"), 401, "token-invalid")
    refresh = client.post(
        "/v1/auth/token",
        json={"grant_type": "refresh_token", "refresh_token": client.tokens["refresh_token"]},
    )
    assert_problem(refresh, 401, "token-invalid")
    assert other.get("/v1/me").status_code == 200
    # revoking by the access token works too; unknown tokens are accepted silently (RFC 7009)
    assert other.post("/v1/auth/revoke", json={"token": other.tokens["access_token"]}).status_code == 204
    assert_problem(other.get("/v1/me"), 401, "token-invalid")
    assert other.post("/v1/auth/revoke", json={"token": "unknown"}).status_code == 204


def test_access_token_expires_on_the_sandbox_clock(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.advance(client.tokens["expires_in"] + 1)
    answer = assert_problem(client.get("/v1/me"), 401, "token-expired")
    assert answer["detail"]
    refreshed = client.post(
        "/v1/auth/token",
        json={"grant_type": "refresh_token", "refresh_token": client.tokens["refresh_token"]},
    )
    assert refreshed.status_code == 200


def test_short_token_scenario(sandbox: SandboxHandle) -> None:
    sandbox.set_scenario("demo-exporter", "short-token", token_ttl=3)
    client = login(sandbox, "demo-exporter")
    assert client.tokens["expires_in"] == 3
    assert client.get("/v1/me").status_code == 200
    sandbox.advance(3)
    assert_problem(client.get("/v1/me"), 401, "token-expired")
    sandbox.set_scenario("demo-exporter", "short-token", token_ttl=0)
    assert_problem(login(sandbox, "demo-exporter").get("/v1/me"), 401, "token-expired")


def test_missing_or_bad_authorization(sandbox: SandboxHandle) -> None:
    client = anonymous(sandbox)
    answer = client.get("/v1/me")
    assert_problem(answer, 401, "token-invalid")
    assert answer.headers["WWW-Authenticate"].startswith("Bearer")
    assert_problem(client.get("/v1/me", headers={"Authorization": "Basic abc"}), 401, "token-invalid")
    assert_problem(client.get("/v1/me", headers={"Authorization": "Bearer nope"}), 401, "token-invalid")


def test_tokens_are_not_stored_in_clear(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sb = sandbox.sandbox
    with sb.lock:  # every row of every table, on either engine
        if sb.on_server:
            tables = [
                r[0] for r in sb.conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
            ]
        else:
            tables = [r[0] for r in sb.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        dump = "\n".join(repr(tuple(row)) for t in tables for row in sb.conn.execute(f"SELECT * FROM {t}"))
    assert "demo-exporter" in dump
    assert client.tokens["access_token"] not in dump
    assert client.tokens["refresh_token"] not in dump
    assert "demo1234" not in dump
