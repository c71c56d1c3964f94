"""The one bridge from core events to Qt: core callbacks (any thread) become signals on the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot


class EventBridge(QObject):
    """Core code calls :meth:`post` from any thread; widgets connect to the typed signals."""

    filing_changed = Signal(str, str, str)  # kind ("declaration" | "booking"), filing id, new status
    outbox_changed = Signal(int)  # rows still waiting to be sent
    connection_changed = Signal(bool)  # platform reachable
    session_expired = Signal()  # the refresh token is gone: log in again
    event_received = Signal(str, object)  # any other core event, by name

    _posted = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._posted.connect(self._on_posted)

    def post(self, name: str, payload: Any = None) -> None:
        """Thread-safe: queue a core event for delivery on the GUI thread."""
        self._posted.emit(name, payload)

    # Convenience callbacks to register with the core's callback registries.
    def on_filing_event(self, event: Any) -> None:
        self.post("filing", event)

    def on_outbox_event(self, pending: Any) -> None:
        self.post("outbox", pending)

    @Slot(str, object)
    def _on_posted(self, name: str, payload: object) -> None:
        if name == "filing":
            kind, filing_id, status = _filing_triple(payload)
            self.filing_changed.emit(kind, filing_id, status)
        elif name == "outbox":
            self.outbox_changed.emit(int(payload) if isinstance(payload, int) else _count(payload))
        elif name == "connection":
            self.connection_changed.emit(bool(payload))
        elif name == "session_expired":
            self.session_expired.emit()
        self.event_received.emit(name, payload)


def _get(obj: object, key: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(key, "")
    return getattr(obj, key, "")


def _filing_triple(payload: object) -> tuple[str, str, str]:
    if isinstance(payload, tuple) and len(payload) == 3:
        return str(payload[0]), str(payload[1]), str(payload[2])
    return (
        str(_get(payload, "kind")),
        str(_get(payload, "id") or _get(payload, "filing_id")),
        str(_get(payload, "status")),
    )


def _count(payload: object) -> int:
    value = _get(payload, "pending")
    return int(value) if isinstance(value, int) else 0
