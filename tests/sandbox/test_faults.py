"""Fault scenarios and one-shot faults the client's reliability tests rely on, checked from the wire."""

from __future__ import annotations

import time
import uuid

import pytest
import requests

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import assert_problem, declaration_body, login


def test_slow_scenario_really_delays_answers(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.set_scenario("demo-exporter", "slow", delay=1.0)
    started = time.monotonic()
    assert client.get("/v1/me").status_code == 200
    assert time.monotonic() - started >= 0.95
    with pytest.raises(requests.Timeout):
        client.get("/v1/me", timeout=0.1)
    other = login(sandbox, "demo-forwarder")  # other users are not slowed
    started = time.monotonic()
    assert other.get("/v1/me").status_code == 200
    assert time.monotonic() - started < 0.9


def test_flaky_503_fails_every_other_request_with_retry_after(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.set_scenario("demo-exporter", "flaky-503", retry_after=2)
    statuses = [client.get("/v1/me").status_code for _ in range(4)]
    assert statuses == [200, 503, 200, 503]
    assert client.get("/v1/me").status_code == 200
    failed = client.get("/v1/me")
    assert_problem(failed, 503, "unavailable")
    assert failed.headers["Retry-After"] == "2"


def test_flaky_503_may_record_a_filing_and_still_answer_503(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.set_scenario("demo-exporter", "flaky-503")
    assert client.get("/v1/me").status_code == 200  # request 1 passes, so request 2 (the POST) fails
    body, key = declaration_body(seq="FLAKY-1"), str(uuid.uuid4())
    assert_problem(client.create("/v1/declarations", body, key), 503, "unavailable")
    # ... but the server stored it: the client finds it by its sequence number, and the retry replays
    found = client.get("/v1/declarations/by-client-seq/FLAKY-1", params={"company_id": "cq-jiangling"})
    assert found.status_code == 200  # request 3
    assert_problem(client.create("/v1/declarations", body, key), 503, "unavailable")  # request 4
    retry = client.create("/v1/declarations", body, key)
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert retry.json()["id"] == found.json()["id"]


def test_throttle_429(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.set_scenario("demo-exporter", "throttle-429", every=3, retry_after=5)
    answers = [client.get("/v1/declarations") for _ in range(6)]
    assert [a.status_code for a in answers] == [200, 200, 429, 200, 200, 429]
    assert_problem(answers[2], 429, "rate-limited")
    assert answers[2].headers["Retry-After"] == "5"
    sandbox.set_scenario("demo-exporter", "happy")
    assert all(client.get("/v1/me").status_code == 200 for _ in range(3))


def test_drop_after_commit_resets_the_connection_but_keeps_the_filing(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.add_fault("drop-after-commit", "demo-exporter")
    body, key = declaration_body(seq="DROP-1"), str(uuid.uuid4())
    with pytest.raises(requests.ConnectionError):
        client.create("/v1/declarations", body, key)
    retry = client.create("/v1/declarations", body, key)
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert len(client.get("/v1/declarations").json()["items"]) == 1
    # one-shot: the next one goes through normally
    assert "Idempotent-Replayed" not in client.create("/v1/declarations", declaration_body()).headers


def test_delay_after_commit_outlasts_the_client_timeout(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    sandbox.add_fault("delay-after-commit", "demo-exporter", seconds=1.0)
    body, key = declaration_body(seq="LATE-1"), str(uuid.uuid4())
    with pytest.raises(requests.ReadTimeout):
        client.create("/v1/declarations", body, key, timeout=0.3)
    found = client.get("/v1/declarations/by-client-seq/LATE-1", params={"company_id": "cq-jiangling"})
    assert found.status_code == 200  # stored before the client gave up
    retry = client.create("/v1/declarations", body, key)
    assert retry.status_code == 201 and retry.json()["id"] == found.json()["id"]


def test_faults_over_http_are_one_shot_and_scoped(sandbox: SandboxHandle) -> None:
    exporter, forwarder = login(sandbox, "demo-exporter"), login(sandbox, "demo-forwarder")
    trainer = login(sandbox, "trainer")  # faults are the trainer's (tests/sandbox/test_access_rules.py)
    aimed = {"kind": "drop-after-commit", "username": "demo-exporter"}
    assert trainer.post("/v1/sandbox/faults", json=aimed).status_code == 204
    ok = forwarder.create("/v1/declarations", declaration_body("km-yunling-produce"))
    assert ok.status_code == 201  # another user's POST is untouched
    assert exporter.get("/v1/me").status_code == 200  # and so are reads
    with pytest.raises(requests.ConnectionError):
        exporter.create("/v1/declarations", declaration_body())
    assert exporter.create("/v1/declarations", declaration_body()).status_code == 201
    assert trainer.post("/v1/sandbox/faults", json=aimed).status_code == 204
    assert trainer.delete("/v1/sandbox/faults").status_code == 204
    assert exporter.create("/v1/declarations", declaration_body()).status_code == 201
