"""The HTTP transport: a requests session with TLS from the OS trust store, safe retries and capped reads.

Rules kept here so no caller can get them wrong: TLS verification is always on (truststore's SSLContext on
the adapter, never ``verify=False``); urllib3 retries GET/HEAD on connection and read errors (any method only
when the connection could not even be opened, so nothing was sent); every call has
connect and read timeouts and an overall deadline; bodies are streamed and refused past a size cap; nothing
secret is logged. The deadline bounds the whole exchange however slowly bytes arrive: a watchdog shuts the
connection's socket down when it passes (a read timeout alone restarts with every byte).
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import logging
import re
import socket
import ssl
import threading
import time
from dataclasses import dataclass, field
from typing import Any

import requests
import truststore
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from desktop.core.platform import why
from desktop.core.platform.deadlines import KEEPER, Deadline
from desktop.core.platform.errors import ResponseTooLarge, Timeout, Unreachable

log = logging.getLogger("desktop.core.platform")

SAFE_METHODS = frozenset({"GET", "HEAD"})

_SECRET = re.compile(
    r"(?i)(bearer\s+)[\w.~+/=-]+"
    r"|(\"?(?:access_token|refresh_token|password|token|verification_code)\"?\s*[:=]\s*\"?)[^\s\",&}]+"
)


def redact(text: str) -> str:
    """``text`` with bearer tokens and token/password values replaced by ``***``."""
    return _SECRET.sub(lambda m: (m.group(1) or m.group(2) or "") + "***", text)


class RedactingFilter(logging.Filter):
    """A safety net on the HTTP loggers: whatever a library logs, tokens and passwords leave as ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


_FILTER = RedactingFilter()
for _name in ("desktop.core.platform", "urllib3.connectionpool", "urllib3.util.retry", "requests"):
    _logger = logging.getLogger(_name)
    if _FILTER not in _logger.filters:
        _logger.addFilter(_FILTER)
DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024


class _Watchdog:
    """The overall deadline of one exchange: at ``deadline`` it shuts down the socket of every connection the
    exchange used, so a blocked read returns at once. ``disarm()`` first, then release the connection."""

    _current = threading.local()

    def __init__(self, deadline: float) -> None:
        self._lock = threading.Lock()
        self._connections: list[HTTPConnection] = []
        self._armed = True
        self.fired = False  # the deadline passed while the exchange ran
        self.interrupted = False  # ... and the watchdog cut a connection or refused a new one
        self._deadline = deadline
        self._armed_at: Deadline | None = None

    def __enter__(self) -> _Watchdog:
        _Watchdog._current.value = self
        self._armed_at = KEEPER.arm(self._deadline, self._fire)  # one thread keeps every exchange's deadline
        return self

    def __exit__(self, *exc: object) -> None:
        self.disarm()
        _Watchdog._current.value = None

    @classmethod
    def watch(cls, connection: HTTPConnection) -> None:
        """Called by a connection as it starts a request on the current thread; refuses one past the deadline
        (urllib3's own retry of a safe method must not start the slow exchange over)."""
        dog: _Watchdog | None = getattr(cls._current, "value", None)
        if dog is None:
            return
        with dog._lock:
            dog._connections.append(connection)
            if dog.fired:
                raise ConnectionAbortedError("the exchange's deadline has passed")

    def disarm(self) -> None:
        if self._armed_at is not None:
            self._armed_at.disarm()
        with self._lock:
            self._armed = False

    def _fire(self) -> None:
        with self._lock:
            if not self._armed:
                return
            self.fired = True
            for connection in self._connections:
                sock = getattr(connection, "sock", None)
                if sock is not None:
                    with contextlib.suppress(OSError):  # already closed
                        sock.shutdown(socket.SHUT_RDWR)
                        self.interrupted = True


class _WatchedHTTPConnection(HTTPConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _Watchdog.watch(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def request(self, *args: Any, **kwargs: Any) -> None:
        _Watchdog.watch(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class WatchedAdapter(HTTPAdapter):
    """An adapter whose connections report to the exchange's deadline watchdog."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(_WATCHED_POOLS)


class TrustStoreAdapter(WatchedAdapter):
    """An adapter whose TLS context is truststore's (the OS certificate store); verification always on."""

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs: Any) -> None:
        self._ssl_context = ssl_context
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(*args, **kwargs)

    def build_connection_pool_key_attributes(
        self, request: requests.PreparedRequest, verify: Any, cert: Any = None
    ) -> tuple[Any, Any]:
        host_params, pool_kwargs = super().build_connection_pool_key_attributes(request, True, cert)
        kwargs: dict[str, Any] = dict(pool_kwargs)
        kwargs["ssl_context"] = self._ssl_context
        kwargs["cert_reqs"] = "CERT_REQUIRED"
        kwargs.pop("ca_certs", None)
        kwargs.pop("ca_cert_dir", None)
        return host_params, kwargs

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]
        if url.lower().startswith("https"):
            conn.cert_reqs = "CERT_REQUIRED"
            conn.ca_certs = None
            conn.ca_cert_dir = None


def make_ssl_context() -> ssl.SSLContext:
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    return ctx


def make_session(pool_size: int = 16) -> requests.Session:
    """A session with the truststore adapter on https and urllib3 retries for safe methods only."""
    retry = Retry(
        total=3,
        connect=3,
        read=2,
        status=0,
        other=0,
        redirect=0,
        allowed_methods=SAFE_METHODS,
        backoff_factor=0.2,
        raise_on_status=False,
    )
    session = requests.Session()
    # Not requests' reading of the environment on every call: its .netrc lookup would replace the login's
    # Authorization header with a .netrc entry for the platform's host (and send that password there). Proxies
    # are chosen per host by proxies_for() instead, from the same system settings, read once per host.
    session.trust_env = False
    session.verify = True
    https = TrustStoreAdapter(make_ssl_context(), max_retries=retry, pool_connections=4, pool_maxsize=pool_size)
    http = WatchedAdapter(max_retries=retry, pool_connections=4, pool_maxsize=pool_size)
    session.mount("https://", https)
    session.mount("http://", http)
    return session


@functools.lru_cache(maxsize=64)
def _proxies_for_origin(scheme: str, netloc: str) -> dict[str, str]:
    host = netloc.rsplit("@", 1)[-1]
    host = host[1:].split("]", 1)[0] if host.startswith("[") else host.split(":", 1)[0]
    if host.lower() == "localhost" or _is_loopback(host):
        return {}  # the embedded sandbox and the Single Window client on this computer: never through a proxy
    # the system's proxy settings (HTTP(S)_PROXY / NO_PROXY, the Windows Internet Options, macOS settings)
    return dict(requests.utils.get_environ_proxies(f"{scheme}://{netloc}/", no_proxy=None))


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def proxies_for(url: str) -> dict[str, str]:
    """The proxies a call to ``url`` goes through, by the system's settings; none for this computer."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return dict(_proxies_for_origin(parts.scheme.lower(), parts.netloc.lower()))


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed_ms: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)

    def header(self, name: str) -> str:
        return self.headers.get(name.lower(), "")


def send(
    session: requests.Session,
    method: str,
    url: str,
    *,
    headers: dict[str, str],
    data: bytes | dict[str, str] | None,
    files: Any,
    params: dict[str, Any] | None,
    connect_timeout: float,
    read_timeout: float,
    deadline: float,
    max_bytes: int,
) -> RawResponse:
    """One HTTP exchange, body read in full within ``deadline`` (a monotonic time) and ``max_bytes``.

    Raises Unreachable / Timeout / ResponseTooLarge; a truncated body raises ``requests.ChunkedEncodingError``
    (the caller maps it). Never logs headers or bodies.
    """
    started = time.monotonic()
    remaining = deadline - started
    if remaining <= 0:
        raise Timeout("platform.timeout", seconds=0)
    with _Watchdog(deadline) as watchdog:
        try:
            return _exchange(
                session,
                method,
                url,
                headers,
                data,
                files,
                params,
                (min(connect_timeout, remaining), min(read_timeout, remaining)),
                deadline,
                max_bytes,
                watchdog,
            )
        except (requests.exceptions.RequestException, ResponseTooLarge, Unreachable) as exc:
            if watchdog.interrupted:  # the socket was shut under a read: the deadline passed, whatever it says
                raise Timeout("platform.timeout", seconds=round(deadline - started, 1)) from exc
            raise


def _exchange(
    session: requests.Session,
    method: str,
    url: str,
    headers: dict[str, str],
    data: bytes | dict[str, str] | None,
    files: Any,
    params: dict[str, Any] | None,
    timeout: tuple[float, float],
    deadline: float,
    max_bytes: int,
    watchdog: _Watchdog,
) -> RawResponse:
    started = time.monotonic()
    try:
        response = session.request(
            method,
            url,
            headers=headers,
            data=data,
            files=files,
            params=params,
            timeout=timeout,
            stream=True,
            allow_redirects=False,
            proxies=proxies_for(url),
        )
    except requests.exceptions.Timeout as exc:
        raise Timeout("platform.timeout", seconds=round(timeout[1], 1)) from exc
    except (requests.exceptions.ConnectionError, requests.exceptions.RetryError) as exc:
        raise _unreachable(url, exc) from exc
    try:
        length = response.headers.get("Content-Length")
        if length and length.isdigit() and int(length) > max_bytes:
            raise ResponseTooLarge("platform.response_too_large", limit=max_bytes, status=response.status_code)
        body = bytearray()
        try:
            for chunk in response.iter_content(65536):
                body += chunk
                if len(body) > max_bytes:
                    raise ResponseTooLarge("platform.response_too_large", limit=max_bytes, status=response.status_code)
                if time.monotonic() > deadline:
                    raise Timeout("platform.timeout", seconds=round(deadline - started, 1))
        except requests.exceptions.ConnectionError as exc:
            # a read timeout while streaming the body surfaces as a ConnectionError
            if "timed out" in str(exc).lower():
                raise Timeout("platform.timeout", seconds=round(timeout[1], 1)) from exc
            raise _unreachable(url, exc) from exc
        if watchdog.interrupted:  # a shut socket can also look like a body that simply ended
            raise Timeout("platform.timeout", seconds=round(deadline - started, 1))
    finally:
        watchdog.disarm()  # before the connection goes back to the pool for another request
        response.close()
    elapsed = (time.monotonic() - started) * 1000
    log.debug("%s %s -> %s (%.0f ms, %d bytes)", method, _path(url), response.status_code, elapsed, len(body))
    return RawResponse(
        status=response.status_code,
        headers={k.lower(): v for k, v in response.headers.items()},
        body=bytes(body),
        elapsed_ms=elapsed,
    )


def _unreachable(url: str, exc: BaseException) -> Unreachable:
    return Unreachable(
        "platform.unreachable", url=_origin(url), reason_code=why.reason_code(exc), detail=type(exc).__name__
    )


def _origin(url: str) -> str:
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname}" + (f":{parts.port}" if parts.port else "")


def _path(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path
