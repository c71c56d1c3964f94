"""The sandbox server: ``create_app`` (the ASGI app), ``run_embedded`` (in-process on an ephemeral loopback
port, for the app and the tests) and ``serve`` (standalone, blocking; ``corridor-desk sandbox``).

The app class also hosts the fault layer, which must sit outside every framework middleware because it needs
the raw connection: per-user scenarios (slow answers, every n-th request 503 or 429 with Retry-After) and
one-shot faults on the next creating POST (commit, then drop the connection; commit, then answer late; hold
the key in flight).
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib.util
import inspect
import logging
import re
import socket
import struct
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Any

import uvicorn
from fastapi import FastAPI
from starlette.types import Message, Receive, Scope, Send

from desktop import __version__
from desktop.sandbox import api, auth, carrier, classroom, filings
from desktop.sandbox.clock import SandboxClock, iso
from desktop.sandbox.problems import PROBLEM_MEDIA_TYPE, install_handlers, problem_bytes
from desktop.sandbox.state import Fault, Sandbox

log = logging.getLogger("desktop.sandbox")

CREATING = re.compile(r"^/v1/(?:declarations|bookings)/?$|^/v1/declarations/[^/]+/amend$")
MAX_JSON_BODY = 2 * 1024 * 1024
_UNFAULTED = ("/v1/sandbox/", "/v1/health", "/v1/auth/")
#: the sandbox exports no traces, metrics or logs; where the framework has native telemetry it is switched off,
#: or every call would ask the global providers (and the environment) whether anyone listens
_NO_TELEMETRY: dict[str, Any] = (
    {"telemetry": {"tracing": False, "metrics": False, "logs": False}}
    if "telemetry" in inspect.signature(FastAPI.__init__).parameters
    else {}
)


class SandboxApp(FastAPI):
    """FastAPI plus the fault layer (see the module docstring)."""

    @property
    def sandbox(self) -> Sandbox:
        sb: Sandbox = self.state.sandbox
        return sb

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self._serve(scope, receive, send)
            return
        path: str = scope["path"]
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length", b"")
        if not path.endswith("/attachments"):
            if length.isdigit() and int(length) > MAX_JSON_BODY:
                await _drain(receive)
                await _send_problem(send, "payload-too-large", 413, {}, f"Bodies are limited to {MAX_JSON_BODY} bytes.")
                return
            if not length and headers.get(b"transfer-encoding"):  # chunked: read it here, within the limit
                buffered = await _read_limited(receive, MAX_JSON_BODY)
                if buffered is None:
                    await _send_problem(
                        send, "payload-too-large", 413, {}, f"Bodies are limited to {MAX_JSON_BODY} bytes."
                    )
                    return
                receive = _replay(buffered, receive)
        sb = self.sandbox
        if not (sb.special_users or sb.faults) or path.startswith(_UNFAULTED):
            await self._serve(scope, receive, send)
            return
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        user = auth.user_for_token(sb, authorization[7:].strip()) if authorization[:7].lower() == "bearer " else None
        if user is None:
            await self._serve(scope, receive, send)
            return
        creating = scope["method"] == "POST" and CREATING.match(path) is not None
        scenario, params = sb.scenario_of(user)
        if scenario == "slow":
            await asyncio.sleep(float(params.get("delay", 2.0)))
        elif scenario in ("flaky-503", "throttle-429"):
            n = sb.count_request(user)
            if n % max(1, int(params.get("every", 2))) == 0:
                retry = {"Retry-After": str(int(params.get("retry_after", 1)))}
                if scenario == "throttle-429":
                    await _drain(receive)
                    await _send_problem(send, "rate-limited", 429, retry, "Slow down.")
                    return
                if creating:  # the server stores it, but the client does not hear so
                    await self._captured(scope, receive)
                else:
                    await _drain(receive)
                await _send_problem(send, "unavailable", 503, retry, "Try again shortly.")
                return
        fault = sb.take_fault(user) if creating else None
        if fault is None:
            await self._serve(scope, receive, send)
            return
        log.info("sandbox fault %s on %s %s for %s", fault.kind, scope["method"], path, user)
        if fault.kind == "hold-in-flight":
            scope["corridor.hold"] = fault.seconds
            await self._serve(scope, receive, send)
            return
        messages = await self._captured(scope, receive)
        if fault.kind == "delay-after-commit":
            await asyncio.sleep(fault.seconds)
            for message in messages:
                await send(message)
            return
        await _drop(send)

    async def _serve(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The framework, minus its habit of re-raising an error after the 500 answer went out (the handler has
        logged it): the server would then close the connection under a client that may reuse it."""
        started = False
        began = time.perf_counter()

        async def tracking(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                # how long the server itself took to answer (RFC Server-Timing), so a load test tells the
                # server's share of a latency from the time its calls spent queued in the client or the network
                spent = f"app;dur={(time.perf_counter() - began) * 1000:.2f}".encode()
                message = {**message, "headers": [*message.get("headers", ()), (b"server-timing", spent)]}
            await send(message)

        try:
            await super().__call__(scope, receive, tracking)
        except Exception:
            if started:
                return
            log.exception("error before any answer on %s %s", scope.get("method"), scope.get("path"))
            await _send_problem(send, "internal-error", 500, {}, "The server hit an unexpected error.")

    async def _captured(self, scope: Scope, receive: Receive) -> list[Message]:
        """Run the request to completion (it commits) and keep its answer instead of sending it."""
        messages: list[Message] = []

        async def capture(message: Message) -> None:
            messages.append(message)

        try:
            await super().__call__(scope, receive, capture)
        except Exception:  # the error response was captured already; the framework re-raises for logging
            log.exception("error while serving a faulted request")
        return messages


async def _read_limited(receive: Receive, limit: int) -> bytes | None:
    """The whole request body, or None (the rest drained) when it is longer than ``limit``."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            if message.get("more_body"):
                await _drain(receive)
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _drain(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] != "http.request" or not message.get("more_body"):
            return


async def _send_problem(send: Send, name: str, status: int, headers: dict[str, str], detail: str) -> None:
    body = problem_bytes(name, status, detail)
    raw = [(b"content-type", PROBLEM_MEDIA_TYPE.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def _drop(send: Send) -> None:
    """Reset the connection without a byte of answer (uvicorn's ``send`` is bound to the request cycle)."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise RuntimeError("the connection cannot be dropped under this server")
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    for _ in range(3):  # let the server notice the disconnect before the cycle ends
        await asyncio.sleep(0)


def create_app(db_path: str | None = None, clock: SandboxClock | None = None) -> FastAPI:
    """The sandbox as an ASGI app over SQLite at ``db_path`` (None: in memory) or the PostgreSQL server at a
    ``postgresql://`` URL, on ``clock``."""
    app = SandboxApp(
        title="Corridor single window platform API",
        version="1",
        summary="New Western Land-Sea Corridor single window: declarations, rail-sea bookings, events.",
        description=(
            "The contract between Corridor Desk and the platform, served by the sandbox. Errors are RFC 9457 "
            "application/problem+json with a stable `type` (urn:corridor:problem:<name>) and field errors "
            "`[{field, code, params}]`. Creating POSTs need an `Idempotency-Key`. See docs/api-contract.md."
        ),
        openapi_url="/v1/openapi.json",
        docs_url=None,
        redoc_url=None,
        **_NO_TELEMETRY,
    )
    app.state.sandbox = Sandbox.open(db_path, clock)
    install_handlers(app)
    api.install(app)
    carrier.install(app)
    return app


@dataclass
class SandboxHandle:
    """A running embedded sandbox: its base ``url`` and controls for tests and trainers."""

    url: str
    app: FastAPI
    server: uvicorn.Server
    thread: threading.Thread
    _ticker: threading.Thread | None = None
    _stopping: threading.Event = field(default_factory=threading.Event)

    @property
    def sandbox(self) -> Sandbox:
        sb: Sandbox = self.app.state.sandbox
        return sb

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def now(self) -> str:
        return str(iso(self.sandbox.clock.now()))

    def advance(self, seconds: float) -> int:
        """Move the sandbox clock and run every processing step now due; returns how many ran."""
        self.sandbox.clock.advance(seconds)
        if self.sandbox.single_window is not None:  # the receipts now due reach the ImpPath at once
            self.sandbox.single_window.step()
        return filings.run_due(self.sandbox)

    def set_scenario(self, username: str, name: str, **params: Any) -> None:
        """happy, rejection, inspection, slow (delay=), flaky-503 / throttle-429 (every=, retry_after=),
        short-token (token_ttl=), declined."""
        defaults: dict[str, Any] = {"delay": 2.0, "every": 2, "retry_after": 1, "token_ttl": 5}
        defaults.update(params)
        self.sandbox.set_scenario(username, name, defaults)

    def set_verification(self, username: str, required: bool = True) -> None:
        self.sandbox.set_verification(username, required)

    def verification_code(self, username: str) -> str | None:
        found = auth.current_code(self.sandbox, username)
        return str(found["code"]) if found else None

    def add_fault(self, kind: str, username: str = "", seconds: float = 0.0, count: int = 1) -> None:
        """On the next creating POST: drop-after-commit, delay-after-commit or hold-in-flight (seconds=)."""
        self.sandbox.add_fault(Fault(kind, username, seconds, count))

    def clear_faults(self) -> None:
        self.sandbox.clear_faults()

    def stop(self) -> None:
        """Stop serving (long polls are released first) and join the server thread."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        if self.sandbox.single_window is not None:
            self.sandbox.single_window.stop()
        self.sandbox.bus.close()
        self.server.should_exit = True
        self.thread.join(timeout=15)
        if self._ticker is not None:
            self._ticker.join(timeout=5)
        self.sandbox.close()

    def __enter__(self) -> SandboxHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def _have(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


#: the C HTTP parser and libuv loop where installed (uvloop has no Windows build), else the pure-Python ones
_HTTP = "httptools" if _have("httptools") else "h11"
_LOOP = "uvloop" if sys.platform != "win32" and _have("uvloop") else "asyncio"


def _config(app: FastAPI, host: str, port: int, quiet: bool) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=_HTTP,
        loop=_LOOP,
        lifespan="off",
        proxy_headers=False,  # nothing reads the client's address: no layer rewriting it on every call
        access_log=not quiet,
        log_level="warning" if quiet else "info",
        backlog=512,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=2,
    )


def _tick(sb: Sandbox, stop: threading.Event) -> None:
    while not stop.wait(1.0):
        try:
            filings.run_due(sb)
        except Exception:  # keep ticking; a closed database at shutdown ends the loop
            if stop.is_set():
                return
            log.exception("sandbox simulator tick failed")


def _listen(host: str, port: int) -> socket.socket:
    """A listening socket, bound before the server runs: connections made from now on wait in the backlog."""
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    if sys.platform == "win32":  # there SO_REUSEADDR lets a second server bind a port one already listens on
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_EXCLUSIVEADDRUSE, 1)  # type: ignore[attr-defined]
    else:  # a restart binds the port again at once (no TIME_WAIT wait); two listeners still cannot share it
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # accepted connections inherit it: without it a body written after its headers waits ~40 ms for the
    # client's delayed ACK (Nagle), as asyncio does not set TCP_NODELAY on connections of a passed-in socket
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    try:
        sock.bind((host, port))
        sock.listen(512)
    except OSError:
        sock.close()
        raise
    return sock


def run_embedded(
    host: str = "127.0.0.1",
    port: int = 0,
    db_path: str | None = None,
    clock: SandboxClock | None = None,
    realtime: bool = False,
    imp_path: str | None = None,
) -> SandboxHandle:
    """Start the sandbox in a background thread; returns once ``GET /v1/health`` answers. With ``imp_path`` it
    also plays the Single Window client on that folder (desktop/sandbox/sw_client.py)."""
    app = create_app(db_path, clock or SandboxClock(realtime=realtime))
    if imp_path:
        from desktop.sandbox.sw_client import SingleWindowClient

        sb_: Sandbox = app.state.sandbox
        sb_.single_window = SingleWindowClient(imp_path, sb_).start()
    sock = _listen(host, port)
    bound = sock.getsockname()[1]
    server = uvicorn.Server(_config(app, host, bound, quiet=True))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="sandbox-server", daemon=True)
    shown = f"[{host}]" if ":" in host else host
    handle = SandboxHandle(f"http://{shown}:{bound}", app, server, thread)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            sock.close()
            raise RuntimeError("the sandbox server did not start")
        time.sleep(0.01)
    with urllib.request.urlopen(f"{handle.url}/v1/health", timeout=5) as answer:
        answer.read()
    if handle.sandbox.clock.realtime:
        filings.run_due(handle.sandbox)  # what fell due while no server ran (a database file) shows at once
        handle._ticker = threading.Thread(
            target=_tick, args=(handle.sandbox, handle._stopping), name="sandbox-clock", daemon=True
        )
        handle._ticker.start()
    return handle


def serve(
    host: str = "127.0.0.1",
    port: int = 8765,
    db_path: str | None = None,
    seats: int = 0,
    seat_password: str = "",
) -> None:
    """Run the sandbox in the foreground until Ctrl+C (``corridor-desk sandbox``); clock in real time;
    ``seats`` trainee seats made sure of first (desktop/sandbox/classroom.py)."""
    sock = _listen(host, port)  # bound first, so the printed URL answers as soon as it is shown
    try:
        app = create_app(db_path, SandboxClock(realtime=True))
    except BaseException:  # e.g. the database server of db_path refused
        sock.close()
        raise
    sb: Sandbox = app.state.sandbox
    if seats:
        classroom.add_seats(sb, seats, seat_password)
    stop = threading.Event()
    filings.run_due(sb)
    from desktop.sandbox.child import settle_heap

    settle_heap()
    ticker = threading.Thread(target=_tick, args=(sb, stop), name="sandbox-clock", daemon=True)
    ticker.start()
    shown = f"[{host}]" if ":" in host else host
    bound = sock.getsockname()[1]
    # configured (its logging too) before the banner: a Ctrl+C as soon as the banner shows stops it cleanly
    try:
        server = uvicorn.Server(_config(app, host, bound, quiet=False))
        print(
            f"Corridor Desk sandbox {__version__} at http://{shown}:{bound}/v1 "
            f"(data: {sb.location}; seats: {len(classroom.trainee_names(sb))} trainee accounts); "
            "Ctrl+C stops it.",
            flush=True,
        )
        if host not in ("127.0.0.1", "::1", "localhost"):
            print(
                "Plain HTTP: anyone on this network can read what is sent. Use it only on a training network, "
                "never with real company data or passwords.",
                flush=True,
            )
        server.run(sockets=[sock])
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl+C it handled; stopping is the normal way out
        pass
    finally:
        stop.set()
        sb.bus.close()
        ticker.join(timeout=5)
        sb.close()
        sock.close()
