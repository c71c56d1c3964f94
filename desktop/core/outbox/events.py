"""What the outbox tells listeners after a commit: a filing's new status, the number of rows still waiting.

Listeners registered with :func:`subscribe_filings` and :func:`subscribe_outbox` are called from the thread
that committed the change; a failing listener is logged and never stops delivery.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.model.filing import FieldError

log = logging.getLogger("desktop.core.outbox")


@dataclass(frozen=True, slots=True)
class FilingEvent:
    """A draft's status changed (payload of :func:`subscribe_filings`)."""

    kind: str
    id: str
    status: str
    customs_no: str = ""
    remote_id: str = ""
    environment: str = ""
    errors: tuple[FieldError, ...] = ()


@dataclass(frozen=True, slots=True)
class OutboxEvent:
    """The number of rows still waiting in an environment (payload of :func:`subscribe_outbox`).

    After a drain, ``online`` says whether the platform answered and ``session_expired`` that the login is gone
    (the UI asks to log in again); both are None for events sent when a row is queued or recorded.
    """

    pending: int
    environment: str
    online: bool | None = None
    session_expired: bool | None = None


# --- listeners --------------------------------------------------------------------------------

_listeners_lock = threading.Lock()
_filing_listeners: list[Callable[[FilingEvent], None]] = []
_outbox_listeners: list[Callable[[OutboxEvent], None]] = []


def subscribe_filings(callback: Callable[[FilingEvent], None]) -> Callable[[], None]:
    """Call ``callback`` for every status change; returns a function that unsubscribes."""
    with _listeners_lock:
        _filing_listeners.append(callback)
    return lambda: _unsubscribe(_filing_listeners, callback)


def subscribe_outbox(callback: Callable[[OutboxEvent], None]) -> Callable[[], None]:
    with _listeners_lock:
        _outbox_listeners.append(callback)
    return lambda: _unsubscribe(_outbox_listeners, callback)


def _unsubscribe(registry: list[Any], callback: Any) -> None:
    with _listeners_lock:
        if callback in registry:
            registry.remove(callback)


def _emit(registry: list[Any], event: Any) -> None:
    with _listeners_lock:
        callbacks = list(registry)
    for callback in callbacks:
        try:
            callback(event)
        except Exception:  # a broken listener must not stop delivery
            log.exception("outbox listener failed")


def emit_filing(event: FilingEvent) -> None:
    _emit(_filing_listeners, event)


def emit_outbox(event: OutboxEvent) -> None:
    _emit(_outbox_listeners, event)
