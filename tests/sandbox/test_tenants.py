"""/v1/me and tenant isolation: a user sees and files only for the companies it may file for."""

from __future__ import annotations

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import assert_problem, booking_body, declaration_body, login

FORWARDER_CLIENTS = {"cd-tianfu-ceramics", "km-yunling-produce", "nn-lvyuan-trading"}


def test_me_lists_own_companies_and_clients(sandbox: SandboxHandle) -> None:
    exporter = login(sandbox, "demo-exporter").get("/v1/me").json()
    assert [(c["id"], c["relation"]) for c in exporter["companies"]] == [("cq-jiangling", "own")]
    company = exporter["companies"][0]
    assert company["uscc"] == "91500112MA60ABCD0D" and company["customs_code"] == "5001961234"
    assert company["name_zh"] == "重庆江陵摩托车配件有限公司"

    forwarder = login(sandbox, "demo-forwarder").get("/v1/me").json()
    relations = {c["id"]: c["relation"] for c in forwarder["companies"]}
    assert relations.pop("gx-beibu-logistics") == "own"
    assert relations == dict.fromkeys(FORWARDER_CLIENTS, "client")
    assert forwarder["companies"][0]["id"] == "gx-beibu-logistics"  # own company first
    assert "agent" in forwarder["roles"]

    trainer = login(sandbox, "trainer").get("/v1/me").json()
    assert len(trainer["companies"]) == 5 and {c["relation"] for c in trainer["companies"]} == {"trainer"}
    assert "trainer" in trainer["roles"]


def test_forwarder_files_for_a_client_but_not_for_a_stranger(sandbox: SandboxHandle) -> None:
    forwarder = login(sandbox, "demo-forwarder")
    ok = forwarder.create("/v1/declarations", declaration_body("km-yunling-produce"))
    assert ok.status_code == 201, ok.text
    body = assert_problem(forwarder.create("/v1/declarations", declaration_body("cq-jiangling")), 403, "forbidden")
    assert body["errors"][0]["field"] == "company_id"
    assert_problem(forwarder.create("/v1/bookings", booking_body("cq-jiangling")), 403, "forbidden")
    assert_problem(forwarder.create("/v1/declarations", declaration_body("no-such-company")), 403, "forbidden")


def test_one_company_cannot_see_anothers_filings(sandbox: SandboxHandle) -> None:
    exporter = login(sandbox, "demo-exporter")
    forwarder = login(sandbox, "demo-forwarder")
    mine = exporter.create("/v1/declarations", declaration_body(seq="SEQ-SECRET")).json()
    booked = exporter.create("/v1/bookings", booking_body(seq="BK-SECRET")).json()
    theirs = forwarder.create("/v1/declarations", declaration_body("nn-lvyuan-trading")).json()

    # by id: as if it did not exist
    assert_problem(forwarder.get(f"/v1/declarations/{mine['id']}"), 404, "not-found")
    assert_problem(forwarder.get(f"/v1/bookings/{booked['id']}"), 404, "not-found")
    assert_problem(forwarder.post(f"/v1/declarations/{mine['id']}/withdraw"), 404, "not-found")
    assert_problem(forwarder.post(f"/v1/bookings/{booked['id']}/cancel"), 404, "not-found")
    assert_problem(exporter.get(f"/v1/declarations/{theirs['id']}"), 404, "not-found")
    # lists and look-ups
    assert [d["id"] for d in forwarder.get("/v1/declarations").json()["items"]] == [theirs["id"]]
    assert [d["id"] for d in exporter.get("/v1/declarations").json()["items"]] == [mine["id"]]
    assert_problem(forwarder.get("/v1/declarations", params={"company_id": "cq-jiangling"}), 403, "forbidden")
    assert_problem(
        forwarder.get("/v1/declarations/by-client-seq/SEQ-SECRET", params={"company_id": "cq-jiangling"}),
        403,
        "forbidden",
    )
    assert_problem(
        forwarder.get("/v1/declarations/by-client-seq/SEQ-SECRET", params={"company_id": "nn-lvyuan-trading"}),
        404,
        "not-found",
    )
    # events
    sandbox.advance(600)
    seen = {e["company_id"] for e in forwarder.get("/v1/events").json()["events"]}
    assert seen == {"nn-lvyuan-trading"}
    assert {e["company_id"] for e in exporter.get("/v1/events").json()["events"]} == {"cq-jiangling"}
    # the trainer sees everything
    trainer = login(sandbox, "trainer")
    assert len(trainer.get("/v1/declarations").json()["items"]) == 2


def test_only_a_trainer_moves_the_clock_or_sets_others_scenarios(sandbox: SandboxHandle) -> None:
    exporter = login(sandbox, "demo-exporter")
    assert_problem(exporter.post("/v1/sandbox/clock/advance", json={"seconds": 60}), 403, "forbidden")
    assert_problem(
        exporter.put("/v1/sandbox/scenario", json={"username": "demo-forwarder", "scenario": "slow"}),
        403,
        "forbidden",
    )
    assert_problem(exporter.put("/v1/sandbox/scenario", json={"scenario": "inspection"}), 403, "forbidden")
    trainer = login(sandbox, "trainer")
    before = trainer.get("/v1/sandbox/clock").json()["clock"]
    moved = trainer.post("/v1/sandbox/clock/advance", json={"seconds": 60}).json()["clock"]
    assert moved > before
    set_other = trainer.put("/v1/sandbox/scenario", json={"username": "demo-forwarder", "scenario": "declined"})
    assert set_other.json() == {
        "username": "demo-forwarder",
        "scenario": "declined",
        "verification": False,
        "params": {"delay": 2.0, "every": 2, "retry_after": 1, "token_ttl": 5},
    }
    assert login(sandbox, "demo-forwarder").get("/v1/me").json()["scenario"] == "declined"
    assert_problem(
        trainer.put("/v1/sandbox/scenario", json={"username": "ghost", "scenario": "happy"}), 404, "not-found"
    )
