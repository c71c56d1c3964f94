"""The classroom over HTTP: seats with their own companies, the class list and filings the trainer follows, and
a reset that brings fresh demo data and keeps the seats and their logins."""

from __future__ import annotations

from typing import Any

from stdnum.cn import uscc

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import Client, assert_problem, declaration_body, login


def seat_login(sandbox: SandboxHandle, name: str, password: str = "seat-pass") -> Client:
    client = Client(sandbox.url)
    answer = client.post("/v1/auth/token", json={"grant_type": "password", "username": name, "password": password})
    assert answer.status_code == 200, answer.text
    client.tokens = answer.json()
    client.headers["Authorization"] = f"Bearer {client.tokens['access_token']}"
    return client


def seat_declaration(seat: str, seq: str | None = None) -> dict[str, Any]:
    body = declaration_body(seq=seq)
    body["company_id"] = seat
    return body


def test_seats_file_for_their_own_company_and_the_trainer_follows_each(sandbox: SandboxHandle) -> None:
    trainer = login(sandbox, "trainer")
    assert_problem(login(sandbox, "demo-exporter").post("/v1/sandbox/seats", json={"count": 2, "password": "xxxx"}),
                   403, "forbidden")
    made = trainer.post("/v1/sandbox/seats", json={"count": 3, "password": "seat-pass"})
    assert made.status_code == 200 and made.json()["seats"] == ["seat-01", "seat-02", "seat-03"]
    again = trainer.post("/v1/sandbox/seats", json={"count": 3, "password": "other"})
    assert again.json()["seats"] == ["seat-01", "seat-02", "seat-03"]  # kept, password unchanged
    one, two = seat_login(sandbox, "seat-01"), seat_login(sandbox, "seat-02")
    me = one.get("/v1/me").json()
    assert [c["id"] for c in me["companies"]] == ["seat-01"]
    assert uscc.is_valid(me["companies"][0]["uscc"])
    assert me["companies"][0]["uscc"] != two.get("/v1/me").json()["companies"][0]["uscc"]
    assert one.create("/v1/declarations", seat_declaration("seat-01")).status_code == 201
    assert_problem(two.create("/v1/declarations", seat_declaration("seat-01")), 403, "forbidden")
    assert two.get("/v1/declarations").json()["items"] == []  # trainees do not see each other
    listed = {t["username"]: t for t in trainer.get("/v1/sandbox/trainees").json()}
    assert set(listed) == {"demo-exporter", "demo-forwarder", "seat-01", "seat-02", "seat-03"}
    assert listed["seat-01"]["filings"] == {"declaration": {"received": 1}}
    assert listed["seat-02"]["filings"] == {} and listed["seat-01"]["last_activity"]
    sandbox.advance(60)
    filed = trainer.get("/v1/sandbox/class-filings", params={"username": "seat-01"}).json()
    assert [(f["trainee"], f["status"]) for f in filed] == [("seat-01", "accepted")]
    assert [r["status"] for r in filed[0]["receipts"]] == ["received", "accepted"]
    events = trainer.get("/v1/events").json()["events"]
    assert {e["company_id"] for e in events} == {"seat-01"}
    for path in ("/v1/sandbox/trainees", "/v1/sandbox/class-filings"):
        assert_problem(one.get(path), 403, "forbidden")


def test_reset_brings_fresh_data_and_keeps_seats_and_logins(sandbox: SandboxHandle) -> None:
    trainer = login(sandbox, "trainer")
    trainer.post("/v1/sandbox/seats", json={"count": 2, "password": "seat-pass"})
    seat = seat_login(sandbox, "seat-01")
    assert seat.create("/v1/declarations", seat_declaration("seat-01", "LESSON-1")).status_code == 201
    exporter = login(sandbox, "demo-exporter")
    assert exporter.create("/v1/declarations", declaration_body()).status_code == 201
    trainer.put("/v1/sandbox/scenario", json={"scenario": "rejection", "username": "*"})
    trainer.post("/v1/sandbox/faults", json={"kind": "drop-after-commit", "username": "seat-02"})
    cursor = trainer.get("/v1/events").json()["next_cursor"]
    assert_problem(seat.post("/v1/sandbox/reset"), 403, "forbidden")
    done = trainer.post("/v1/sandbox/reset")
    assert done.status_code == 200 and done.json() == {"filings_removed": 2, "trainees": 4}
    assert seat.get("/v1/declarations").json()["items"] == []  # the same login still works
    assert all(t["scenario"] == "happy" and t["filings"] == {} for t in trainer.get("/v1/sandbox/trainees").json())
    assert sandbox.sandbox.faults == []
    again = seat.create("/v1/declarations", seat_declaration("seat-01", "LESSON-1"))
    assert again.status_code == 201  # the same client sequence number files again after the reset
    after = trainer.get("/v1/events", params={"cursor": cursor}).json()["events"]
    assert [e["client_seq_no"] for e in after] == [again.json()["client_seq_no"]]  # old cursors still work
