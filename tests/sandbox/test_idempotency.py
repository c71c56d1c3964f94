"""Idempotency-Key (IETF draft): replay, 409 in flight, 422 mismatch, 400 missing, kept at least 24 h."""

from __future__ import annotations

import threading
import time
import uuid

import requests

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import assert_problem, booking_body, declaration_body, login


def test_same_key_same_body_replays_the_stored_answer(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body, key = declaration_body(), str(uuid.uuid4())
    first = client.create("/v1/declarations", body, key)
    assert first.status_code == 201 and "Idempotent-Replayed" not in first.headers
    sandbox.advance(60)  # the filing moves on; the replay is still the first answer
    again = client.create("/v1/declarations", body, key)
    assert again.status_code == 201
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.json() == first.json()
    assert len(client.get("/v1/declarations").json()["items"]) == 1


def test_same_key_different_body_is_refused(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    key = str(uuid.uuid4())
    assert client.create("/v1/declarations", declaration_body(seq="A1"), key).status_code == 201
    assert_problem(client.create("/v1/declarations", declaration_body(seq="A2"), key), 422, "idempotency-mismatch")
    assert_problem(client.create("/v1/bookings", booking_body(seq="A1"), key), 422, "idempotency-mismatch")


def test_missing_or_malformed_key(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    assert_problem(client.post("/v1/declarations", json=declaration_body()), 400, "idempotency-key-missing")
    assert_problem(client.post("/v1/bookings", json=booking_body()), 400, "idempotency-key-missing")
    assert_problem(client.create("/v1/declarations", declaration_body(), key="x" * 300), 400, "malformed-request")
    assert client.get("/v1/declarations").json()["items"] == []


def test_key_in_flight_answers_409(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body, key = declaration_body(), str(uuid.uuid4())
    sandbox.add_fault("hold-in-flight", "demo-exporter", seconds=1.5)
    first: dict[str, requests.Response] = {}
    worker = threading.Thread(target=lambda: first.update(answer=client.create("/v1/declarations", body, key)))
    worker.start()
    try:
        _until_claimed(sandbox, key)
        second = client.create("/v1/declarations", body, key)
        problem = assert_problem(second, 409, "idempotency-in-flight")
        assert second.headers["Retry-After"] == "1" and problem["detail"]
    finally:
        worker.join()
    assert first["answer"].status_code == 201
    replay = client.create("/v1/declarations", body, key)
    assert replay.headers["Idempotent-Replayed"] == "true" and replay.json()["id"] == first["answer"].json()["id"]


def _until_claimed(sandbox: SandboxHandle, key: str) -> None:
    """Wait until the first request holds the key on the server (a hand-shake, not a status wait)."""
    deadline = time.monotonic() + 10
    while sandbox.sandbox.query_one("SELECT 1 FROM idempotency WHERE key = ? AND state = 'in-flight'", (key,)) is None:
        assert time.monotonic() < deadline, "the first request never claimed the key"
        time.sleep(0.005)


def test_keys_are_scoped_per_user(sandbox: SandboxHandle) -> None:
    exporter, trainer = login(sandbox, "demo-exporter"), login(sandbox, "trainer")
    key = str(uuid.uuid4())
    a = exporter.create("/v1/declarations", declaration_body(seq="S1"), key)
    b = trainer.create("/v1/declarations", declaration_body(seq="S2"), key)
    assert a.status_code == b.status_code == 201 and a.json()["id"] != b.json()["id"]


def test_keys_are_kept_a_day_and_the_client_seq_no_still_guards_after(sandbox: SandboxHandle) -> None:
    body, key = declaration_body(seq="KEEP-1"), str(uuid.uuid4())
    first = login(sandbox, "demo-exporter").create("/v1/declarations", body, key).json()
    sandbox.advance(24 * 3600 + 60)
    client = login(sandbox, "demo-exporter")  # the same user in a later session
    again = client.create("/v1/declarations", body, key)
    assert again.headers.get("Idempotent-Replayed") == "true" and again.json()["id"] == first["id"]
    sandbox.advance(48 * 3600)  # the key is forgotten now ...
    late = login(sandbox, "demo-exporter").create("/v1/declarations", body, key)
    problem = assert_problem(late, 409, "duplicate-client-seq-no")  # ... but nothing is filed twice
    assert problem["existing_id"] == first["id"]
    assert problem["errors"] == [
        {"field": "client_seq_no", "code": "duplicate", "params": {"existing_id": first["id"]}}
    ]


def test_a_refused_request_is_replayed_as_refused(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body, key = declaration_body(contr_no=""), str(uuid.uuid4())
    first = client.create("/v1/declarations", body, key)
    assert_problem(first, 422, "validation-failed")
    again = client.create("/v1/declarations", body, key)
    assert_problem(again, 422, "validation-failed")
    assert again.headers["Idempotent-Replayed"] == "true" and again.json() == first.json()


def test_concurrent_duplicates_file_once(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body, key = declaration_body(), str(uuid.uuid4())
    answers: list[int] = []
    lock = threading.Lock()

    def send() -> None:
        status = client.create("/v1/declarations", body, key).status_code
        with lock:
            answers.append(status)

    threads = [threading.Thread(target=send) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert set(answers) <= {201, 409} and 201 in answers
    assert len(client.get("/v1/declarations").json()["items"]) == 1
