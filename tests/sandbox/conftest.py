"""Every sandbox test talks to a real server over HTTP on 127.0.0.1 (``run_embedded``), with requests."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest
import requests

from desktop.core.model import exchange
from desktop.core.model.derive import derive_booking, derive_declarations
from desktop.sandbox.server import SandboxHandle, run_embedded
from tests.conftest import ENGINES, SAMPLES

PASSWORDS = {"demo-exporter": "demo1234", "demo-forwarder": "demo1234", "trainer": "trainer1234"}
PROBLEM = "application/problem+json"


_open_clients: list[requests.Session] = []


@pytest.fixture(autouse=True)
def _close_clients() -> Iterator[None]:
    """Every session a test opened is closed after it (no socket is left to the garbage collector)."""
    yield
    while _open_clients:
        _open_clients.pop().close()


class PgSandboxes:
    """One schema for the session's sandboxes on the test server, its tables made once and emptied between tests
    (the next sandbox seeds its demo data again)."""

    def __init__(self, server: str) -> None:
        from desktop.sandbox import carrier
        from desktop.sandbox.state import Sandbox
        from tests.pg import _admin, with_schema

        self.server = server
        self.schema = "sb_" + uuid.uuid4().hex[:12]
        with _admin(server) as conn:
            conn.execute(f"CREATE SCHEMA {self.schema}")
        self.url = with_schema(server, self.schema)
        sb = Sandbox.open(self.url)
        sb.conn.executescript(carrier.SCHEMA)
        sb.close()
        with _admin(self.url) as conn:
            self.tables = [
                r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = %s", (self.schema,))
            ]

    def clean(self) -> str:
        from tests.pg import _admin

        with _admin(self.url) as conn:
            conn.execute(f"TRUNCATE {', '.join(self.tables)} RESTART IDENTITY")
        return self.url

    def drop(self) -> None:
        from tests.pg import _admin

        with _admin(self.server) as conn:
            conn.execute(f"DROP SCHEMA {self.schema} CASCADE")


@pytest.fixture(scope="session")
def pg_sandboxes() -> Iterator[PgSandboxes]:
    from tests.pg import SKIPPED, server_url

    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    found = PgSandboxes(url)
    try:
        yield found
    finally:
        found.drop()


@pytest.fixture(params=ENGINES)
def sandbox(request: pytest.FixtureRequest) -> Iterator[SandboxHandle]:
    """A sandbox in memory (SQLite) or on the test PostgreSQL server, emptied and seeded afresh."""
    db = request.getfixturevalue("pg_sandboxes").clean() if request.param == "postgresql" else None
    handle = run_embedded(db_path=db)
    try:
        yield handle
    finally:
        handle.stop()


class Client(requests.Session):
    """A session bound to the sandbox's base URL (paths only), signed in as one user."""

    def __init__(self, base: str) -> None:
        super().__init__()
        _open_clients.append(self)
        self.base = base
        self.tokens: dict[str, Any] = {}

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 15)
        target = url if isinstance(url, str) and url.startswith("http") else f"{self.base}{url!s}"
        return super().request(method, target, *args, **kwargs)

    def create(self, path: str, body: dict[str, Any], key: str | None = None, **kwargs: Any) -> requests.Response:
        headers = {"Idempotency-Key": key or str(uuid.uuid4())}
        return self.post(path, json=body, headers=headers, **kwargs)


def anonymous(handle: SandboxHandle) -> Client:
    return Client(handle.url)


def login(handle: SandboxHandle, username: str) -> Client:
    client = Client(handle.url)
    answer = client.post(
        "/v1/auth/token",
        json={"grant_type": "password", "username": username, "password": PASSWORDS[username]},
    )
    assert answer.status_code == 200, answer.text
    client.tokens = answer.json()
    client.headers["Authorization"] = f"Bearer {client.tokens['access_token']}"
    return client


@cache
def _sample() -> exchange.ExchangeDocument:
    return exchange.read(SAMPLES / "motorcycle-parts-chongqing-haiphong.json")


def declaration(**changes: Any) -> dict[str, Any]:
    doc = _sample()
    assert doc.shipment is not None and doc.company is not None
    decl = derive_declarations(doc.shipment, doc.company)[0]
    data: dict[str, Any] = json.loads(decl.model_dump_json())
    data.update(changes)
    return data


def booking(**changes: Any) -> dict[str, Any]:
    doc = _sample()
    assert doc.shipment is not None
    data: dict[str, Any] = json.loads(derive_booking(doc.shipment, company=doc.company).model_dump_json())
    data.update(changes)
    return data


def declaration_body(company_id: str = "cq-jiangling", seq: str | None = None, **changes: Any) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "client_seq_no": seq or uuid.uuid4().hex[:20],
        "declaration": declaration(**changes),
    }


def booking_body(company_id: str = "cq-jiangling", seq: str | None = None, **changes: Any) -> dict[str, Any]:
    return {
        "company_id": company_id,
        "client_seq_no": seq or uuid.uuid4().hex[:20],
        "booking": booking(**changes),
    }


def assert_problem(answer: requests.Response, status: int, name: str) -> dict[str, Any]:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith(PROBLEM), answer.headers
    body: dict[str, Any] = answer.json()
    assert body["type"] == f"urn:corridor:problem:{name}", body
    assert body["status"] == status
    assert body["title"]
    return body
