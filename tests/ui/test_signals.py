"""Emitting signals leaves Python's shared objects alone: a Qt binding that drops a reference to True or None on
each emit makes the app abort after some thousands of signals ("Fatal Python error: deallocating None"), which
is what the outbox's status updates did while filings were being sent."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.ui.bridge import EventBridge


class _Source(QObject):
    plain = Signal(int)
    payload = Signal(str, object)


def test_emitting_keeps_the_references_of_true_and_none(qapp: QCoreApplication) -> None:
    source = _Source()
    source.plain.connect(lambda _n: None)
    source.payload.connect(lambda _name, _p: None)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for n in range(200):
        source.plain.emit(n)
        source.payload.emit("x", None)
    after = sys.getrefcount(True), sys.getrefcount(None)
    assert after[0] >= before[0] and after[1] >= before[1]  # none lost (6.12.0 loses one per emit)


def test_the_bridge_posting_from_a_thread_keeps_them_too(qapp: QCoreApplication) -> None:
    bridge = EventBridge()
    seen: list[object] = []
    bridge.event_received.connect(lambda _name, payload: seen.append(payload))
    before = sys.getrefcount(True)

    def sender() -> None:  # what the outbox's sender thread does while it delivers
        for n in range(200):
            bridge.post("outbox", n)
            bridge.post("session_expired", None)

    thread = threading.Thread(target=sender)
    thread.start()
    thread.join()
    qapp.processEvents()
    assert len(seen) == 400
    seen.clear()
    assert sys.getrefcount(True) >= before  # none lost (a thread may hold a few more)
