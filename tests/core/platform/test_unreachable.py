"""A platform that cannot be reached is explained by why, in the user's language: nothing answers at the address,
the secure connection failed, the connection was cut, the address's name is unknown. Real sockets throughout."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import pytest

from desktop.core.messages import error_message
from desktop.core.platform import errors, why
from desktop.core.platform.client import PlatformClient


def _client(url: str) -> PlatformClient:
    return PlatformClient(url, "sandbox", sleep=lambda _s: None, connect_timeout=2, deadline=5.0, max_attempts=2)


def _failure(url: str) -> errors.Unreachable:
    with pytest.raises(errors.Unreachable) as caught:
        _client(url).health()
    return caught.value


@pytest.fixture
def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # nobody listens there once it is closed


@pytest.fixture
def hanging_up() -> Iterator[str]:
    """A server that takes each connection and closes it at once, before any answer."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _addr = server.accept()
            except OSError:
                continue
            conn.recv(65536)
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join(5)
    server.close()


@pytest.fixture
def plain_http() -> Iterator[str]:
    """An HTTP (not HTTPS) server: a client asking for TLS there cannot set up the secure connection."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), BaseHTTPRequestHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_nothing_listening_says_so_in_every_language(closed_port: int) -> None:
    failure = _failure(f"http://127.0.0.1:{closed_port}")
    assert failure.params["reason_code"] == why.REFUSED and not failure.final
    en = error_message(failure.code, failure.params, "en")
    assert en == (
        f"The platform at http://127.0.0.1:{closed_port} cannot be reached: nothing answers at this address; "
        "check the address, or whether the platform is running"
    )
    for lang in ("zh_CN", "vi"):
        text = error_message(failure.code, failure.params, lang)
        assert "{" not in text and "nothing answers" not in text and f"127.0.0.1:{closed_port}" in text, text


def test_a_connection_cut_before_the_answer(hanging_up: str) -> None:
    failure = _failure(hanging_up)
    assert failure.params["reason_code"] == why.CUT, failure.params
    assert "cut before the platform answered" in error_message(failure.code, failure.params, "en")


def test_a_secure_connection_that_cannot_be_set_up(plain_http: str) -> None:
    failure = _failure(plain_http)
    assert failure.params["reason_code"] == why.TLS, failure.params
    assert "secure connection could not be set up" in error_message(failure.code, failure.params, "en")


def test_an_unknown_name_is_told_apart_from_a_refusal() -> None:
    # a name lookup's outcome depends on the machine's resolver: the exception urllib3 raises is built here
    from urllib3.exceptions import NameResolutionError

    lookup = NameResolutionError("platform.invalid", None, socket.gaierror(-2, "Name or service not known"))  # type: ignore[arg-type]
    assert why.reason_code(lookup) == why.NO_SUCH_HOST
    assert why.reason_code(ConnectionRefusedError(111, "Connection refused")) == why.REFUSED
    assert why.reason_code(OSError("anything else")) == why.NETWORK


def test_a_reason_stored_before_reasons_had_codes_is_still_said() -> None:
    text = error_message("platform.unreachable", {"url": "http://x:1", "detail": "ConnectionError"}, "en")
    assert text == "The platform at http://x:1 cannot be reached: ConnectionError"
