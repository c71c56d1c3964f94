"""A fault-injecting HTTP proxy for tests: real sockets on 127.0.0.1 between the client and a real sandbox.

Each client connection carries one request (the proxy answers with ``Connection: close``); the request is read in
full, then a fault chosen by the rules (or at random, with a seeded generator) decides what happens:

- ``pass``: forwarded, the answer relayed;
- ``drop``: forwarded and answered by the server, then the client connection is reset (the answer is lost);
- ``reset``: the client connection is reset before anything reaches the server;
- ``delay``: forwarded, the answer held back ``delay`` seconds (past the client's timeout) then sent;
- ``html``: a gateway's HTML error page (502) instead of forwarding;
- ``429`` / ``503``: a throttle or outage answer with ``Retry-After`` (the server never sees the request);
- ``truncate``: forwarded, then half the answer and a reset;
- ``huge``: forwarded, then a 50 MB body announced and streamed until the client gives up;
- ``duplicate``: forwarded twice (a retransmitting middlebox), the first answer relayed.

``counts`` records how often each fault was applied.
"""

from __future__ import annotations

import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = ("pass", "drop", "reset", "delay", "html", "429", "503", "truncate", "huge", "duplicate")

HTML_PAGE = b"<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>"


@dataclass
class Rule:
    """Apply ``fault`` to the next ``count`` requests whose method and path start as given."""

    fault: str
    path: str = "/"
    method: str = ""
    count: int = 1


@dataclass
class Request:
    method: str
    path: str
    head: bytes
    body: bytes


@dataclass
class FaultProxy:
    upstream: tuple[str, int]
    #: random faults for creating POSTs (and, at ``other_rate``, for other requests): fault -> weight
    mix: dict[str, float] = field(default_factory=dict)
    rate: float = 0.0
    other_rate: float = 0.0
    delay: float = 2.0
    seed: int = 1
    counts: Counter[str] = field(default_factory=Counter)
    rules: list[Rule] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._random = random.Random(self.seed)
        self._lock = threading.Lock()
        self._server = socket.create_server(("127.0.0.1", 0))
        self._server.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="fault-proxy", daemon=True)
        self._thread.start()

    # -- control

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.getsockname()[1]}"

    def add(self, fault: str, path: str = "/", method: str = "", count: int = 1) -> None:
        if fault not in FAULTS:
            raise ValueError(fault)
        with self._lock:
            self.rules.append(Rule(fault, path, method.upper(), count))

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self._server.close()

    def __enter__(self) -> FaultProxy:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- serving

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _choose(self, request: Request) -> str:
        with self._lock:
            for rule in self.rules:
                if request.path.startswith(rule.path) and rule.method in ("", request.method):
                    rule.count -= 1
                    if rule.count <= 0:
                        self.rules.remove(rule)
                    return rule.fault
            creating = request.method == "POST" and request.path.rstrip("/") in (
                "/v1/declarations",
                "/v1/bookings",
            )
            rate = self.rate if creating else self.other_rate
            if not self.mix or self._random.random() >= rate:
                return "pass"
            names = list(self.mix)
            return self._random.choices(names, weights=[self.mix[n] for n in names])[0]

    def _serve(self, client: socket.socket) -> None:
        client.settimeout(30)
        try:
            request = _read_request(client)
            if request is None:
                return
            fault = self._choose(request)
            with self._lock:
                self.counts[fault] += 1
            self._apply(fault, request, client)
        except OSError:
            pass  # the client went away
        finally:
            client.close()

    def _apply(self, fault: str, request: Request, client: socket.socket) -> None:
        if fault == "reset":
            _reset(client)
            return
        if fault == "html":
            client.sendall(_answer(502, "text/html", HTML_PAGE))
            return
        if fault in ("429", "503"):
            body = b'{"type":"about:blank","status":%s}' % fault.encode()
            client.sendall(_answer(int(fault), "application/json", body, retry_after="0"))
            return
        answer = self._forward(request)
        if fault == "duplicate":
            self._forward(request)
        if fault == "drop":
            _reset(client)
        elif fault == "delay":
            time.sleep(self.delay)
            client.sendall(answer)
        elif fault == "truncate":
            client.sendall(answer[: max(1, len(answer) // 2)])
            _reset(client)
        elif fault == "huge":
            status = answer.split(b"\r\n", 1)[0]
            client.sendall(status + b"\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n")
            chunk = b" " * 65536
            for _ in range(800):  # 50 MB, unless the client stops reading first
                client.sendall(chunk)
        else:
            client.sendall(answer)

    def _forward(self, request: Request) -> bytes:
        with socket.create_connection(self.upstream, timeout=60) as upstream:
            upstream.sendall(request.head + request.body)
            parts = []
            while True:
                data = upstream.recv(65536)
                if not data:
                    break
                parts.append(data)
        return b"".join(parts)


def _read_request(client: socket.socket) -> Request | None:
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        data = client.recv(65536)
        if not data:
            return None
        buffer += data
        if len(buffer) > 1 << 20:
            return None
    head, body = buffer.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    method, path = lines[0].split(b" ")[:2]
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name = line.split(b":", 1)[0].strip().lower()
        if name == b"content-length":
            length = int(line.split(b":", 1)[1])
        if name in (b"connection", b"keep-alive"):
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        data = client.recv(65536)
        if not data:
            return None
        body += data
    return Request(method.decode(), path.decode().split("?")[0], b"\r\n".join(kept) + b"\r\n\r\n", body)


def _answer(status: int, content_type: str, body: bytes, retry_after: str = "") -> bytes:
    head = f"HTTP/1.1 {status} Fault\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n"
    if retry_after:
        head += f"Retry-After: {retry_after}\r\n"
    return (head + "Connection: close\r\n\r\n").encode() + body


def _reset(client: socket.socket) -> None:
    """Close with RST (SO_LINGER 0), as a dropped middlebox connection looks to the client."""
    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))

