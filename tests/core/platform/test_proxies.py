"""Which way a call goes: through the system's proxy for a remote host, never for this computer, and never with a
.netrc password in place of the login. Each case sends real requests to a small HTTP server on 127.0.0.1 that
records what reached it (as a proxy, the request line names the whole URL)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from desktop.core.platform import errors, transport
from desktop.core.services import filing
from tests.core.platform.conftest import serving


class _Recorder(BaseHTTPRequestHandler):
    seen: list[tuple[str, dict[str, str]]]

    def do_GET(self) -> None:
        self.server.seen.append((self.requestline, {k.lower(): v for k, v in self.headers.items()}))  # type: ignore[attr-defined]
        body = b'{"ok": true}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[Any]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    server.seen = []  # type: ignore[attr-defined]
    with serving(server):
        yield server


@pytest.fixture(autouse=True)
def fresh_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NETRC", str(tmp_path / "no-netrc"))
    transport._proxies_for_origin.cache_clear()  # the settings are read once per host and process
    yield
    transport._proxies_for_origin.cache_clear()


def _get(url: str, headers: dict[str, str] | None = None) -> transport.RawResponse:
    with transport.make_session() as session:
        return transport.send(session, "GET", url, headers=headers or {}, data=None, files=None, params=None,
                              connect_timeout=2.0, read_timeout=5.0, deadline=time.monotonic() + 10,
                              max_bytes=10_000)


def _port(server: Any) -> int:
    return int(server.server_address[1])


def test_a_remote_host_is_reached_through_the_system_proxy(recorder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_port(recorder)}")
    assert _get("http://platform.corridor.invalid/api/health").status == 200
    [(line, headers)] = recorder.seen
    assert line == "GET http://platform.corridor.invalid/api/health HTTP/1.1"  # asked of the proxy, whole URL
    assert headers["host"] == "platform.corridor.invalid"


def test_no_proxy_is_honoured(recorder: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{_port(recorder)}")
    monkeypatch.setenv("NO_PROXY", "corridor.invalid")
    with pytest.raises(errors.Unreachable):  # tried directly: the name does not resolve
        _get("http://platform.corridor.invalid/api/health")
    assert recorder.seen == []


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_this_computer_is_never_reached_through_a_proxy(recorder: Any, monkeypatch: pytest.MonkeyPatch,
                                                        host: str) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # a proxy that is not there: using it would fail
    assert _get(f"http://{host}:{_port(recorder)}/api/health").status == 200
    [(line, _headers)] = recorder.seen
    assert line == "GET /api/health HTTP/1.1"


def test_a_netrc_entry_never_replaces_the_login(recorder: Any, monkeypatch: pytest.MonkeyPatch,
                                                tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password netrc-secret\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    _get(f"http://127.0.0.1:{_port(recorder)}/api/me", {"Authorization": "Bearer the-login-token"})
    [(_line, headers)] = recorder.seen
    assert headers["authorization"] == "Bearer the-login-token"


def test_signed_in_calls_work_with_a_netrc_entry_for_the_platform(store: Any, sandbox: Any, sleeps: Any,
                                                                  monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    netrc = tmp_path / "netrc"
    netrc.write_text("machine 127.0.0.1 login someone password netrc-secret\n", encoding="utf-8")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    platform = filing.open_platform(store, sandbox.url, "sandbox", sleep=sleeps, read_timeout=5.0, deadline=15.0)
    try:
        filing.login(platform, "demo-exporter", "demo1234")
        assert filing.current_session(platform).logged_in
        assert platform.client.me().username == "demo-exporter"  # a call that needs the login's token
    finally:
        platform.close()
