"""Why a connection to the platform failed, said as a user can act on it: nothing answers at the address, the
address's name is unknown, the secure connection failed, the proxy refused, the connection was cut. The reason is a
message code (``reason_code``) so each language says it in its own words; the exception's class stays in ``detail``
for the log."""

from __future__ import annotations

import socket
import ssl
from collections.abc import Iterator

import requests
from urllib3.exceptions import NameResolutionError, ProtocolError, ProxyError

REFUSED = "platform.why.refused"
NO_SUCH_HOST = "platform.why.no_such_host"
TLS = "platform.why.tls"
PROXY = "platform.why.proxy"
CUT = "platform.why.cut"
NETWORK = "platform.why.network"


def _chain(exc: BaseException) -> Iterator[object]:
    """The exception, what it wraps (urllib3 keeps the cause in ``reason`` and in its args) and its causes."""
    seen: set[int] = set()
    todo: list[object] = [exc]
    while todo and len(seen) < 32:
        item = todo.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        if isinstance(item, BaseException):
            todo.extend(a for a in item.args if isinstance(a, BaseException))
            todo.extend(x for x in (getattr(item, "reason", None), item.__cause__, item.__context__) if x is not None)


def reason_code(exc: BaseException) -> str:
    found = list(_chain(exc))
    kinds = (
        ((requests.exceptions.ProxyError, ProxyError), PROXY),
        ((requests.exceptions.SSLError, ssl.SSLError), TLS),
        ((NameResolutionError, socket.gaierror), NO_SUCH_HOST),
        ((ConnectionRefusedError,), REFUSED),
        ((ConnectionResetError, ConnectionAbortedError, BrokenPipeError, ProtocolError), CUT),
    )
    for types, code in kinds:
        if any(isinstance(item, types) for item in found):
            return code
    return NETWORK
