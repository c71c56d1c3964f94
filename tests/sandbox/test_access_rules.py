"""The sandbox's access rules, each over real HTTP: only a trainer changes scenarios, the clock and faults (and
clears them: issue 16, finding 6); a verification code is shown only for the caller's own login challenge."""

from __future__ import annotations

import pytest
import requests

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import anonymous, assert_problem, declaration_body, login

FORM = {"grant_type": "password", "username": "demo-forwarder", "password": "demo1234"}


@pytest.mark.parametrize("username", ["demo-exporter", "demo-forwarder"])
def test_no_ordinary_user_sets_a_scenario_not_even_their_own(sandbox: SandboxHandle, username: str) -> None:
    user = login(sandbox, username)
    for body in ({"scenario": "rejection"}, {"scenario": "happy", "username": "demo-exporter"},
                 {"scenario": "slow", "username": "*"}):
        assert_problem(user.put("/v1/sandbox/scenario", json=body), 403, "forbidden")
    assert sandbox.sandbox.scenario_of("demo-exporter")[0] == "happy"
    assert sandbox.sandbox.scenario_of(username)[0] == "happy"


def test_a_trainer_sets_a_scenario_for_one_trainee_or_the_whole_class(sandbox: SandboxHandle) -> None:
    trainer = login(sandbox, "trainer")
    one = trainer.put("/v1/sandbox/scenario", json={"scenario": "inspection", "username": "demo-exporter"})
    assert one.status_code == 200 and one.json()["username"] == "demo-exporter"
    assert login(sandbox, "demo-exporter").get("/v1/me").json()["scenario"] == "inspection"
    assert login(sandbox, "demo-forwarder").get("/v1/me").json()["scenario"] == "happy"
    whole = trainer.put("/v1/sandbox/scenario", json={"scenario": "rejection", "username": "*"})
    assert whole.status_code == 200, whole.text
    for name in ("demo-exporter", "demo-forwarder"):
        assert login(sandbox, name).get("/v1/me").json()["scenario"] == "rejection"
    assert trainer.get("/v1/me").json()["scenario"] == "happy"  # the class, not its trainer
    assert_problem(trainer.put("/v1/sandbox/scenario", json={"scenario": "happy", "username": "ghost"}), 404,
                   "not-found")


def test_only_a_trainer_moves_the_clock(sandbox: SandboxHandle) -> None:
    before = sandbox.sandbox.clock.now()
    for name in ("demo-exporter", "demo-forwarder"):
        assert_problem(login(sandbox, name).post("/v1/sandbox/clock/advance", json={"seconds": 3600}), 403,
                       "forbidden")
    assert_problem(anonymous(sandbox).post("/v1/sandbox/clock/advance", json={"seconds": 3600}), 401,
                   "token-invalid")
    assert sandbox.sandbox.clock.now() == before
    moved = login(sandbox, "trainer").post("/v1/sandbox/clock/advance", json={"seconds": 3600})
    assert moved.status_code == 200 and sandbox.sandbox.clock.now() == before + 3600


def test_only_a_trainer_injects_faults(sandbox: SandboxHandle) -> None:
    exporter = login(sandbox, "demo-exporter")
    for body in ({"kind": "drop-after-commit"}, {"kind": "drop-after-commit", "username": "demo-forwarder"},
                 {"kind": "hold-in-flight", "username": "*", "seconds": 5}):
        assert_problem(exporter.post("/v1/sandbox/faults", json=body), 403, "forbidden")
    assert sandbox.sandbox.faults == []
    assert exporter.create("/v1/declarations", declaration_body()).status_code == 201


def test_no_ordinary_user_clears_other_users_faults(sandbox: SandboxHandle) -> None:
    """Issue 16, finding 6: an ordinary user's DELETE cleared every user's faults."""
    trainer = login(sandbox, "trainer")
    aimed = {"kind": "drop-after-commit", "username": "demo-forwarder"}
    assert trainer.post("/v1/sandbox/faults", json=aimed).status_code == 204
    exporter = login(sandbox, "demo-exporter")
    assert_problem(exporter.delete("/v1/sandbox/faults"), 403, "forbidden")
    assert_problem(exporter.delete("/v1/sandbox/faults", params={"username": "demo-forwarder"}), 403, "forbidden")
    assert len(sandbox.sandbox.faults) == 1  # still armed: the forwarder's next filing is dropped after commit
    with pytest.raises(requests.ConnectionError):
        login(sandbox, "demo-forwarder").create("/v1/declarations", declaration_body("km-yunling-produce"))


def test_a_trainer_clears_one_users_faults_or_all(sandbox: SandboxHandle) -> None:
    trainer = login(sandbox, "trainer")
    for name in ("demo-exporter", "demo-forwarder"):
        assert trainer.post("/v1/sandbox/faults", json={"kind": "drop-after-commit", "username": name}).ok
    assert trainer.delete("/v1/sandbox/faults", params={"username": "demo-exporter"}).status_code == 204
    assert [f.username for f in sandbox.sandbox.faults] == ["demo-forwarder"]
    assert login(sandbox, "demo-exporter").create("/v1/declarations", declaration_body()).status_code == 201
    assert trainer.delete("/v1/sandbox/faults").status_code == 204
    assert sandbox.sandbox.faults == []


def test_a_verification_code_is_shown_only_for_the_callers_own_challenge(sandbox: SandboxHandle) -> None:
    sandbox.set_verification("demo-forwarder")
    victim, attacker = anonymous(sandbox), anonymous(sandbox)
    challenge = assert_problem(victim.post("/v1/auth/token", json=FORM), 401, "verification-required")["challenge"]
    # a user name alone no longer shows the code (it did: anyone passed the second factor)
    answer = attacker.get("/v1/sandbox/verification-code", params={"username": "demo-forwarder"})
    assert answer.status_code == 422 and "code" not in answer.json()
    for guess in ("0", challenge["id"][:-1], challenge["id"] + "x", "*"):
        wrong = attacker.get("/v1/sandbox/verification-code",
                             params={"username": "demo-forwarder", "challenge_id": guess})
        assert_problem(wrong, 404, "not-found")
    # another user's challenge id does not open this user's code
    sandbox.set_verification("demo-exporter")
    other = assert_problem(attacker.post("/v1/auth/token", json={**FORM, "username": "demo-exporter"}), 401,
                           "verification-required")["challenge"]
    crossed = attacker.get("/v1/sandbox/verification-code",
                           params={"username": "demo-forwarder", "challenge_id": other["id"]})
    assert_problem(crossed, 404, "not-found")
    shown = victim.get("/v1/sandbox/verification-code",
                       params={"username": "demo-forwarder", "challenge_id": challenge["id"]})
    assert shown.status_code == 200 and shown.json()["challenge_id"] == challenge["id"]
    assert victim.post("/v1/auth/token", json={**FORM, "verification_code": shown.json()["code"]}).status_code == 200


def test_a_new_challenge_makes_the_old_id_useless(sandbox: SandboxHandle) -> None:
    sandbox.set_verification("demo-forwarder")
    client = anonymous(sandbox)
    first = assert_problem(client.post("/v1/auth/token", json=FORM), 401, "verification-required")["challenge"]
    second = assert_problem(client.post("/v1/auth/token", json=FORM), 401, "verification-required")["challenge"]
    assert first["id"] != second["id"] and len(second["id"]) >= 20
    stale = client.get("/v1/sandbox/verification-code",
                       params={"username": "demo-forwarder", "challenge_id": first["id"]})
    assert_problem(stale, 404, "not-found")
