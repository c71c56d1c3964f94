"""Code tables with versions and ETags, and the committed OpenAPI contract matching the server."""

from __future__ import annotations

import json

from desktop.core.codes import table
from desktop.sandbox import openapi
from desktop.sandbox.problems import PROBLEMS
from desktop.sandbox.server import SandboxHandle
from tests.conftest import ROOT
from tests.sandbox.conftest import assert_problem, login


def test_code_tables_are_listed_with_versions_and_etags(sandbox: SandboxHandle) -> None:
    client = login(sandbox, "demo-exporter")
    listed = {t["name"]: t for t in client.get("/v1/code-tables").json()}
    assert {"transport_mode", "edoc", "customs_district", "country", "currency"} <= set(listed)
    transport = listed["transport_mode"]
    assert transport["version"] == table("transport_mode").version and transport["etag"].startswith('"')

    answer = client.get("/v1/code-tables/transport_mode")
    assert answer.status_code == 200 and answer.headers["ETag"] == transport["etag"]
    body = answer.json()
    assert body["name"] == "transport_mode" and body["version"] == transport["version"]
    codes = {e["code"]: e for e in body["entries"]}
    assert codes["3"]["zh_CN"] == "铁路运输" and codes["3"]["vi"] and codes["3"]["en"]

    cached = client.get("/v1/code-tables/transport_mode", headers={"If-None-Match": transport["etag"]})
    assert cached.status_code == 304 and cached.content == b"" and cached.headers["ETag"] == transport["etag"]
    stale = client.get("/v1/code-tables/transport_mode", headers={"If-None-Match": '"old"'})
    assert stale.status_code == 200
    assert_problem(client.get("/v1/code-tables/no_such_table"), 404, "not-found")
    assert_problem(client.get("/v1/code-tables/mode_combinations"), 404, "not-found")


def test_committed_openapi_matches_the_server() -> None:
    committed = (ROOT / "resources" / "api" / "openapi.json").read_text(encoding="utf-8")
    assert committed == openapi.render(), "run: python -m desktop.sandbox.openapi"


def test_contract_covers_every_route_and_problem() -> None:
    spec = json.loads(openapi.render())
    paths = spec["paths"]
    for path in (
        "/v1/auth/token",
        "/v1/auth/revoke",
        "/v1/me",
        "/v1/code-tables",
        "/v1/code-tables/{name}",
        "/v1/declarations",
        "/v1/declarations/{filing_id}",
        "/v1/declarations/by-client-seq/{client_seq_no}",
        "/v1/declarations/{filing_id}/attachments",
        "/v1/declarations/{filing_id}/amend",
        "/v1/declarations/{filing_id}/withdraw",
        "/v1/schedules",
        "/v1/bookings",
        "/v1/bookings/{filing_id}",
        "/v1/bookings/{filing_id}/cancel",
        "/v1/events",
        "/v1/health",
        "/v1/sandbox/clock/advance",
        "/v1/sandbox/scenario",
        "/v1/sandbox/faults",
        "/v1/sandbox/verification-code",
    ):
        assert path in paths, path
    create = paths["/v1/declarations"]["post"]
    assert any(p["name"] == "Idempotency-Key" for p in create["parameters"])
    assert "application/problem+json" in create["responses"]["422"]["content"]
    doc = (ROOT / "docs" / "api-contract.md").read_text(encoding="utf-8")
    for name in PROBLEMS:
        assert f"`{name}`" in doc, f"problem {name} is not documented in docs/api-contract.md"
