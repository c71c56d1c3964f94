"""The background helper delivers results and errors on the GUI thread; the bridge re-emits core events there."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject

from desktop.ui.bridge import EventBridge
from desktop.ui.tasks import TaskRunner


def test_result_and_error_arrive_on_gui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    gui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work(x: int) -> tuple[int, int]:
        return x * 2, threading.get_ident()

    def done(result: tuple[int, int]) -> None:
        seen["result"] = result[0]
        seen["worker"] = result[1]
        seen["delivered_on"] = threading.get_ident()

    def boom() -> None:
        raise ValueError("nope")

    runner.run(work, 21, on_done=done)
    runner.run(boom, on_error=lambda exc: seen.setdefault("error", exc))
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5_000)
    assert seen["result"] == 42
    assert seen["worker"] != gui and seen["delivered_on"] == gui
    assert isinstance(seen["error"], ValueError)
    runner.shutdown()
    assert runner.run(work, 1, on_done=done) == -1 and runner.pending == 0


def test_unhandled_error_is_reported_and_dead_owner_is_skipped(qtbot: Any) -> None:
    runner = TaskRunner()
    failures: list[BaseException] = []
    runner.task_failed.connect(failures.append)
    gate = threading.Event()
    owner = QObject()
    called: list[Any] = []
    runner.run(gate.wait, 5, on_done=called.append, owner=owner)
    owner.deleteLater()
    qtbot.wait(20)
    gate.set()
    runner.run(lambda: 1 / 0)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5_000)
    assert called == []
    assert len(failures) == 1 and isinstance(failures[0], ZeroDivisionError)
    runner.shutdown()


def test_bridge_delivers_core_events_from_any_thread(qtbot: Any) -> None:
    bridge = EventBridge()
    got: list[tuple[str, str, str]] = []
    counts: list[int] = []
    bridge.filing_changed.connect(lambda k, i, s: got.append((k, i, s)))
    bridge.outbox_changed.connect(counts.append)
    gui = threading.get_ident()
    threads: list[int] = []
    bridge.filing_changed.connect(lambda *_: threads.append(threading.get_ident()))
    t = threading.Thread(
        target=lambda: (bridge.post("filing", ("declaration", "D1", "released")), bridge.post("outbox", 3))
    )
    t.start()
    t.join()
    qtbot.waitUntil(lambda: bool(got) and bool(counts), timeout=5_000)
    assert got == [("declaration", "D1", "released")] and counts == [3]
    assert threads == [gui]


def test_only_the_newest_load_of_a_kind_is_delivered_however_the_threads_finish(qtbot: Any) -> None:
    runner = TaskRunner()
    gate = threading.Event()
    owner, other = QObject(), QObject()
    shown: list[str] = []
    errors: list[BaseException] = []

    def load(text: str, hold: bool = False) -> str:
        if hold:
            gate.wait(5)
        return text

    def fail() -> None:
        gate.wait(5)
        raise ValueError("late")

    runner.run(load, "ch", True, on_done=shown.append, owner=owner, latest="search")
    runner.run(fail, on_error=errors.append, owner=owner, latest="search")
    runner.run(load, "chair", on_done=shown.append, owner=owner, latest="search")
    runner.run(load, "other page", True, on_done=shown.append, owner=other, latest="search")
    runner.run(load, "another kind", True, on_done=shown.append, owner=owner, latest="list")
    qtbot.waitUntil(lambda: shown == ["chair"], timeout=5_000)
    gate.set()
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5_000)
    assert shown[0] == "chair" and sorted(shown[1:]) == ["another kind", "other page"]
    assert errors == []  # the failure of an earlier search is as out of date as its answer
    runner.run(load, "chairs", on_done=shown.append, owner=owner, latest="search")  # the newest so far: shown
    qtbot.waitUntil(lambda: shown[-1] == "chairs", timeout=5_000)
    runner.shutdown()
