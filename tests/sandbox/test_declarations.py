"""Declarations over HTTP: validation with field errors, the processing lifecycles on the sandbox clock, amend,
withdraw, list with filters and cursor, look-up by client sequence number, attachments."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from desktop.sandbox.server import SandboxHandle
from tests.sandbox.conftest import Client, assert_problem, declaration, declaration_body, login

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _statuses(client: Client, filing_id: str) -> list[str]:
    return [r["status"] for r in client.get(f"/v1/declarations/{filing_id}").json()["receipts"]]


def test_create_answers_received_and_get_returns_the_document(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    answer = client.create("/v1/declarations", declaration_body(seq="CS-0001"))
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert created["status"] == "received" and created["customs_no"] == ""
    assert created["client_seq_no"] == "CS-0001" and created["company_id"] == "cq-jiangling"
    assert [r["message_code"] for r in created["receipts"]] == ["customs.received"]
    got = client.get(f"/v1/declarations/{created['id']}").json()
    assert got["declaration"]["contr_no"] == declaration()["contr_no"]
    assert got["declaration"]["client_seq_no"] == "CS-0001"
    by_seq = client.get("/v1/declarations/by-client-seq/CS-0001", params={"company_id": "cq-jiangling"})
    assert by_seq.json()["id"] == created["id"]
    missing = client.get("/v1/declarations/by-client-seq/NOPE", params={"company_id": "cq-jiangling"})
    assert_problem(missing, 404, "not-found")
    assert_problem(client.get("/v1/declarations/dcl_unknown"), 404, "not-found")


def test_happy_lifecycle_gives_an_18_digit_customs_number(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    filing = client.create("/v1/declarations", declaration_body()).json()
    assert sandbox.advance(59) == 0
    assert client.get(f"/v1/declarations/{filing['id']}").json()["status"] == "received"
    assert sandbox.advance(1) == 1
    accepted = client.get(f"/v1/declarations/{filing['id']}").json()
    assert accepted["status"] == "accepted"
    number = accepted["customs_no"]
    year = datetime.fromtimestamp(sandbox.sandbox.clock.now(), UTC).year
    assert re.fullmatch(r"\d{18}", number)
    assert number[:4] == declaration()["custom_master"] and number[4:8] == str(year) and number[8] == "0"
    sandbox.advance(240)
    assert _statuses(client, filing["id"]) == ["received", "accepted", "released"]
    # a second declaration gets the next serial
    other = client.create("/v1/declarations", declaration_body()).json()
    sandbox.advance(60)
    second = client.get(f"/v1/declarations/{other['id']}").json()["customs_no"]
    assert second[:9] == number[:9] and int(second[9:]) == int(number[9:]) + 1


def test_rejection_scenario_pins_the_error_to_a_field_and_amend_fixes_it(sandbox: SandboxHandle) -> None:
    sandbox.set_scenario("demo-exporter", "rejection")
    client = login(sandbox, "demo-exporter")
    filing = client.create("/v1/declarations", declaration_body()).json()
    sandbox.advance(60)
    rejected = client.get(f"/v1/declarations/{filing['id']}").json()
    assert rejected["status"] == "rejected" and rejected["customs_no"] == ""
    last = rejected["receipts"][-1]
    assert last["message_code"] == "customs.rejected"
    assert last["errors"] == [
        {"field": "items.0.g_model", "code": "customs.elements_incomplete", "params": {"item": 1}}
    ]
    fixed = declaration()
    fixed["items"][0]["g_model"] += "|无品牌"
    amended = client.create(f"/v1/declarations/{filing['id']}/amend", {"declaration": fixed})
    assert amended.status_code == 200, amended.text
    assert amended.json()["status"] == "received"
    assert amended.json()["receipts"][-1]["message_code"] == "customs.amended"
    sandbox.advance(300)
    assert _statuses(client, filing["id"]) == ["received", "rejected", "received", "accepted", "released"]
    assert (
        client.get(f"/v1/declarations/{filing['id']}").json()["declaration"]["items"][0]["g_model"].endswith("无品牌")
    )


def test_inspection_lifecycle(sandbox: SandboxHandle) -> None:
    sandbox.set_scenario("demo-exporter", "inspection")
    client = login(sandbox, "demo-exporter")
    filing = client.create("/v1/declarations", declaration_body()).json()
    sandbox.advance(60)
    sandbox.advance(120)
    assert client.get(f"/v1/declarations/{filing['id']}").json()["status"] == "inspection"
    sandbox.advance(600)
    assert _statuses(client, filing["id"]) == ["received", "accepted", "inspection", "released"]


def test_scenario_applies_to_filings_made_under_it(sandbox: SandboxHandle) -> None:
    sandbox.set_scenario("demo-exporter", "rejection")
    client = login(sandbox, "demo-exporter")
    filing = client.create("/v1/declarations", declaration_body()).json()
    sandbox.set_scenario("demo-exporter", "happy")
    sandbox.advance(600)
    assert client.get(f"/v1/declarations/{filing['id']}").json()["status"] == "rejected"


def test_amend_and_withdraw_follow_the_status(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    filing = client.create("/v1/declarations", declaration_body()).json()
    sandbox.advance(60)
    refused = client.create(f"/v1/declarations/{filing['id']}/amend", {"declaration": declaration()})
    assert assert_problem(refused, 409, "invalid-state")["current_status"] == "accepted"
    assert_problem(
        client.post(f"/v1/declarations/{filing['id']}/amend", json={"declaration": declaration()}),
        400,
        "idempotency-key-missing",
    )
    withdrawn = client.post(f"/v1/declarations/{filing['id']}/withdraw")
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "withdrawn"
    assert client.post(f"/v1/declarations/{filing['id']}/withdraw").json()["status"] == "withdrawn"  # repeatable
    sandbox.advance(3600)  # nothing moves a withdrawn declaration
    client = login(sandbox, "demo-exporter")
    assert _statuses(client, filing["id"]) == ["received", "accepted", "withdrawn"]
    released = client.create("/v1/declarations", declaration_body()).json()
    sandbox.advance(300)
    assert_problem(client.post(f"/v1/declarations/{released['id']}/withdraw"), 409, "invalid-state")


def test_a_declaration_breaking_the_rules_is_rejected_with_field_errors(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body = declaration_body(contr_no="", trade_co_scc="not-a-uscc")
    problem = assert_problem(client.create("/v1/declarations", body), 422, "validation-failed")
    fields = {e["field"] for e in problem["errors"]}
    assert {"contr_no", "trade_co_scc"} <= fields
    assert all(set(e) == {"field", "code", "params"} and e["code"] for e in problem["errors"])
    assert client.get("/v1/declarations").json()["items"] == []


def test_wrong_types_are_field_errors_relative_to_the_declaration(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    body = declaration_body()
    body["declaration"]["items"][0]["quantity"] = "lots"
    body["declaration"]["surprise"] = 1
    problem = assert_problem(client.create("/v1/declarations", body), 422, "validation-failed")
    by_field = {e["field"]: e for e in problem["errors"]}
    assert by_field["items.0.quantity"]["code"] == "request.decimal_parsing"
    assert by_field["surprise"]["code"] == "request.extra_forbidden"
    assert by_field["items.0.quantity"]["params"]["detail"]
    missing = assert_problem(
        client.create("/v1/declarations", {"company_id": "cq-jiangling"}), 422, "validation-failed"
    )
    assert {e["field"] for e in missing["errors"]} == {"client_seq_no", "declaration"}


def test_list_filters_and_pages_with_a_cursor(sandbox: SandboxHandle) -> None:
    forwarder = login(sandbox, "demo-forwarder")
    ids = [
        forwarder.create("/v1/declarations", declaration_body(company)).json()["id"]
        for company in ("cd-tianfu-ceramics", "km-yunling-produce") * 3
    ]
    sandbox.set_scenario("demo-forwarder", "rejection")
    rejected = forwarder.create("/v1/declarations", declaration_body("nn-lvyuan-trading")).json()["id"]
    sandbox.advance(60)
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = forwarder.get("/v1/declarations", params=params).json()
        seen += [d["id"] for d in page["items"]]
        pages += 1
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert pages == 3 and seen == [rejected, *reversed(ids)]  # newest first, each once
    only = forwarder.get("/v1/declarations", params={"company_id": "km-yunling-produce"}).json()["items"]
    assert len(only) == 3 and {d["company_id"] for d in only} == {"km-yunling-produce"}
    by_status = forwarder.get("/v1/declarations", params={"status": "rejected"}).json()["items"]
    assert [d["id"] for d in by_status] == [rejected]
    assert_problem(forwarder.get("/v1/declarations", params={"cursor": "abc"}), 422, "validation-failed")


@pytest.fixture
def filing(sandbox: SandboxHandle) -> tuple[Client, str]:
    client = login(sandbox, "demo-exporter")
    return client, client.create("/v1/declarations", declaration_body()).json()["id"]


def _upload(
    client: Client, filing_id: str, content: bytes, edoc: str = "00000001", content_type: str = "application/pdf"
):  # type: ignore[no-untyped-def]
    return client.post(
        f"/v1/declarations/{filing_id}/attachments",
        data=content,
        params={"edoc_code": edoc, "file_name": "invoice.pdf"},
        headers={"Content-Type": content_type},
    )


def test_attach_a_pdf_typed_by_edoc_code(sandbox: SandboxHandle, filing: tuple[Client, str]) -> None:
    client, filing_id = filing
    answer = _upload(client, filing_id, PDF)
    assert answer.status_code == 201, answer.text
    attached = answer.json()
    assert attached["edoc_code"] == "00000001" and attached["size"] == len(PDF)
    again = _upload(client, filing_id, PDF)  # the same file again: the same attachment
    assert again.status_code == 200 and again.json()["id"] == attached["id"]
    listed = client.get(f"/v1/declarations/{filing_id}").json()["attachments"]
    assert [a["id"] for a in listed] == [attached["id"]] and listed[0]["file_name"] == "invoice.pdf"


def test_attachment_size_limit_and_type_checks(sandbox: SandboxHandle, filing: tuple[Client, str]) -> None:
    client, filing_id = filing
    sandbox.sandbox.attachment_limit = 64 * 1024
    too_big = PDF + b"0" * (64 * 1024)
    problem = assert_problem(_upload(client, filing_id, too_big), 413, "payload-too-large")
    assert problem["limit"] == 64 * 1024

    def chunks():  # type: ignore[no-untyped-def]  # no Content-Length: the limit holds while streaming
        yield PDF
        for _ in range(20):
            yield b"0" * 8192

    streamed = client.post(
        f"/v1/declarations/{filing_id}/attachments",
        data=chunks(),
        params={"edoc_code": "00000001"},
        headers={"Content-Type": "application/pdf"},
    )
    assert_problem(streamed, 413, "payload-too-large")
    assert_problem(_upload(client, filing_id, b"hello"), 422, "validation-failed")
    assert_problem(_upload(client, filing_id, PDF, content_type="text/plain"), 415, "unsupported-media-type")
    bad_code = assert_problem(_upload(client, filing_id, PDF, edoc="99999999"), 422, "validation-failed")
    assert bad_code["errors"][0]["field"] == "edoc_code"
    assert_problem(_upload(client, "dcl_nope", PDF), 404, "not-found")
    assert client.get(f"/v1/declarations/{filing_id}").json()["attachments"] == []


def test_rule_warnings_are_accepted_and_returned(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    answer = client.create("/v1/declarations", declaration_body(ie_date="2020-01-02"))
    assert answer.status_code == 201, answer.text
    warnings = answer.json()["warnings"]
    assert {"field": "ie_date", "code": "decl.export_date_past"} in [
        {"field": w["field"], "code": w["code"]} for w in warnings
    ]
