"""The HTTP client: unreadable answers, size cap, problem+json, Retry-After, safe retries, TLS settings."""

from __future__ import annotations

import json
import ssl
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from desktop.core.platform import errors
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.transport import TrustStoreAdapter
from desktop.core.services import drafts, filing
from tests.core.platform.conftest import Sleeps, declaration_id, server_count, serving


class BadServer(ThreadingHTTPServer):
    daemon_threads = True
    mode = "ok"
    hits = 0


class Handler(BaseHTTPRequestHandler):
    server: BadServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(
        self, status: int, body: bytes, content_type: str, length: int | None = None, **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def do_GET(self) -> None:
        self._answer()

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        self.rfile.read(length)
        self._answer()

    def _answer(self) -> None:
        self.server.hits += 1
        mode = self.server.mode
        ok = json.dumps({"status": "ok", "version": "x", "sandbox": True}).encode()
        if mode == "ok":
            self._send(200, ok, "application/json")
        elif mode == "html":
            self._send(200, b"<!doctype html><html><body>Gateway login</body></html>", "text/html")
        elif mode == "html-error":
            self._send(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")
        elif mode == "empty":
            self._send(200, b"", "application/json")
        elif mode == "truncated":
            self._send(200, ok[:10], "application/json", length=len(ok) + 50)
            self.close_connection = True
        elif mode == "malformed":
            self._send(200, b'{"status": "ok", ', "application/json")
        elif mode == "wrong-shape":
            self._send(200, b"[1, 2, 3]", "application/json")
        elif mode == "wrong-type":
            self._send(200, b'{"status": ["not", "a", "string"]}', "application/json")
        elif mode == "huge":
            self._send(200, b'{"pad": "' + b"x" * 300_000 + b'"}', "application/json")
        elif mode == "huge-chunked":
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            chunk = b"x" * 65536
            for _ in range(8):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            self.wfile.write(b"0\r\n\r\n")
        elif mode == "problem":
            body = {
                "type": "urn:corridor:problem:validation-failed",
                "title": "t",
                "status": 422,
                "errors": [{"field": "items.0.code_ts", "code": "hs.unknown", "params": {"code": "99"}}],
            }
            self._send(422, json.dumps(body).encode(), "application/problem+json")
        elif mode == "unknown-problem":
            body = {"type": "urn:corridor:problem:something-new", "status": 418}
            self._send(418, json.dumps(body).encode(), "application/problem+json")
        elif mode in ("trickle-body", "trickle-headers"):
            self._trickle(mode, ok)
        elif mode == "503":
            problem = {"type": "urn:corridor:problem:unavailable", "status": 503}
            self._send(503, json.dumps(problem).encode(), "application/problem+json", Retry_After="1")


    def _trickle(self, mode: str, ok: bytes) -> None:
        """A byte every 0.2 s, each one well within the read timeout: only an overall deadline stops it."""
        import time

        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n" % (len(ok) + 200)
        slow, fast = (head + b"\r\n" + ok + b" " * 200, b"") if mode == "trickle-headers" else (ok, head + b"\r\n")
        self.close_connection = True
        try:
            self.wfile.write(fast)
            self.wfile.flush()
            for i in range(len(slow)):
                self.wfile.write(slow[i : i + 1])
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass  # the client gave up


@pytest.fixture
def bad_server() -> Iterator[BadServer]:
    with serving(BadServer(("127.0.0.1", 0), Handler)) as server:
        yield server


def _client(server: BadServer, sleeps: Sleeps, **kw: Any) -> PlatformClient:
    host, port = server.server_address[:2]
    return PlatformClient(f"http://{host}:{port}", "sandbox", sleep=sleeps, deadline=5.0, **kw)


def test_a_good_answer_parses(bad_server: BadServer, sleeps: Sleeps) -> None:
    assert _client(bad_server, sleeps).health().status == "ok"


@pytest.mark.parametrize(
    ("mode", "reason"),
    [
        ("html", "html"),
        ("empty", "empty"),
        ("truncated", "truncated"),
        ("malformed", "not_json"),
        ("wrong-shape", "wrong_shape"),
        ("wrong-type", "wrong_shape"),
        ("html-error", "html"),
    ],
)
def test_unreadable_answers_become_bad_response(
    bad_server: BadServer, sleeps: Sleeps, mode: str, reason: str
) -> None:
    bad_server.mode = mode
    with pytest.raises(errors.BadResponse) as caught:
        _client(bad_server, sleeps).health()
    assert caught.value.code == "platform.bad_response"
    assert caught.value.params["reason"] == reason
    assert not caught.value.final  # an unreadable answer may be a proxy's: the outbox tries again later


@pytest.mark.parametrize("mode", ["huge", "huge-chunked"])
def test_oversized_answers_are_capped(bad_server: BadServer, sleeps: Sleeps, mode: str) -> None:
    bad_server.mode = mode
    client = _client(bad_server, sleeps, max_response_bytes=100_000)
    with pytest.raises(errors.ResponseTooLarge) as caught:
        client.health()
    assert caught.value.code == "platform.response_too_large" and caught.value.params["limit"] == 100_000


def test_problem_json_becomes_typed_error_with_field_errors(bad_server: BadServer, sleeps: Sleeps) -> None:
    bad_server.mode = "problem"
    with pytest.raises(errors.ValidationFailed) as caught:
        _client(bad_server, sleeps).health()
    error = caught.value
    assert error.code == "platform.validation_failed" and error.status == 422 and error.final
    assert [(e.field, e.code, e.params) for e in error.field_errors] == [
        ("items.0.code_ts", "hs.unknown", {"code": "99"})
    ]
    bad_server.mode = "unknown-problem"
    with pytest.raises(errors.PlatformError) as unknown:
        _client(bad_server, sleeps).health()
    assert unknown.value.code == "platform.problem" and unknown.value.params["problem"] == "something-new"


def test_post_without_key_is_never_retried_but_get_is(bad_server: BadServer, sleeps: Sleeps) -> None:
    bad_server.mode = "503"
    client = _client(bad_server, sleeps, max_attempts=3)
    with pytest.raises(errors.Unavailable):
        client.request("POST", "/v1/anything", json_body={}, authenticated=False)
    assert bad_server.hits == 1 and sleeps.calls == []
    bad_server.hits = 0
    with pytest.raises(errors.Unavailable):
        client.request("GET", "/v1/anything", authenticated=False)
    assert bad_server.hits == 3 and len(sleeps.calls) == 2
    assert all(1.0 <= s <= 2.0 for s in sleeps.calls)  # Retry-After: 1 plus jitter
    bad_server.hits = 0
    with pytest.raises(errors.Unavailable):
        client.request("POST", "/v1/anything", json_body={}, idempotency_key="k-1", authenticated=False)
    assert bad_server.hits == 3


def test_retry_after_is_capped(bad_server: BadServer, sleeps: Sleeps) -> None:
    bad_server.mode = "503"
    client = _client(bad_server, sleeps, max_attempts=2, retry_after_cap=0.2)
    with pytest.raises(errors.Unavailable):
        client.request("GET", "/v1/anything", authenticated=False)
    assert len(sleeps.calls) == 1 and sleeps.calls[0] <= 0.2 + 0.2


def test_unreachable_is_transient(sleeps: Sleeps) -> None:
    client = PlatformClient("http://127.0.0.1:9", "sandbox", sleep=sleeps, connect_timeout=1, deadline=3)
    with pytest.raises(errors.Unreachable) as caught:
        client.health()
    assert caught.value.code == "platform.unreachable" and not caught.value.final


def test_tls_is_always_verified_through_the_os_trust_store() -> None:
    client = PlatformClient("https://platform.invalid", "production")
    adapter = client.session.get_adapter("https://platform.invalid/v1/health")
    assert isinstance(adapter, TrustStoreAdapter)
    context = adapter._ssl_context
    assert type(context).__module__.startswith("truststore")
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert client.session.verify is True
    retry = adapter.max_retries
    assert retry.allowed_methods == frozenset({"GET", "HEAD"})


def test_429_and_503_with_retry_after_from_the_sandbox(
    platform: filing.Platform, sandbox: Any, sleeps: Sleeps, shipment: drafts.ImportResult
) -> None:
    filing.login(platform, "demo-exporter", "demo1234")
    sandbox.set_scenario("demo-exporter", "throttle-429", every=2, retry_after=1)
    for _ in range(3):
        assert platform.client.me().username == "demo-exporter"
    assert sleeps.calls and all(1.0 <= s <= 2.0 for s in sleeps.calls)
    sleeps.calls.clear()
    # 503 on the creating POST after the server stored it: the retry with the same key is replayed
    sandbox.set_scenario("demo-exporter", "flaky-503", every=1, retry_after=1)
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl)
    first = filing.deliver(platform)
    assert first.sent == 0 and first.pending == 1
    assert isinstance(first.errors[0], errors.Unavailable)
    assert sleeps.calls and all(1.0 <= s <= 2.0 for s in sleeps.calls)
    sandbox.set_scenario("demo-exporter", "happy")
    second = filing.deliver(platform)
    assert second.sent == 1 and second.replayed == 1
    assert server_count(sandbox) == 1


def test_code_tables_with_etag(platform: filing.Platform) -> None:
    filing.login(platform, "demo-exporter", "demo1234")
    tables = platform.client.code_tables()
    assert tables and all(t.etag for t in tables)
    data, etag = platform.client.code_table(tables[0].name)
    assert data and etag
    again, same = platform.client.code_table(tables[0].name, etag)
    assert again is None and same == etag  # 304: the cached copy is current


def test_redacting_filter_is_a_safety_net(caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from desktop.core.platform.transport import redact

    assert redact('{"refresh_token": "r-123", "password": "pw"}') == '{"refresh_token": "***", "password": "***"}'
    caplog.set_level(logging.DEBUG)
    logging.getLogger("urllib3.connectionpool").debug("sent Authorization: Bearer %s", "tok-abc.def")
    assert "tok-abc" not in caplog.text and "Bearer ***" in caplog.text


@pytest.mark.parametrize("mode", ["trickle-body", "trickle-headers"])
def test_the_deadline_bounds_an_exchange_however_slowly_bytes_arrive(
    bad_server: BadServer, sleeps: Sleeps, mode: str
) -> None:
    import time

    bad_server.mode = mode
    client = PlatformClient(
        "http://{}:{}".format(*bad_server.server_address[:2]), "sandbox", sleep=sleeps, read_timeout=1.0,
        deadline=1.5,
    )
    started = time.monotonic()
    with pytest.raises(errors.Timeout):
        client.health()
    assert time.monotonic() - started < 2.5  # the answer would take over 20 s at this pace
    # the aborted connection is not handed to the next request
    bad_server.mode = "ok"
    assert client.health().status == "ok"


@pytest.mark.parametrize(
    ("status", "expected"), [(429, errors.RateLimited), (503, errors.Unavailable), (408, errors.TransientError)]
)
def test_a_problem_of_an_unknown_type_is_judged_by_its_status(status: int, expected: type) -> None:
    for problem_type in ("about:blank", "https://gateway.example/errors/busy"):
        error = errors.from_problem(status, {"type": problem_type, "status": status}, 2.0)
        assert isinstance(error, expected) and not error.final, (status, problem_type)
    assert errors.from_problem(400, {"type": "about:blank"}, None).final
