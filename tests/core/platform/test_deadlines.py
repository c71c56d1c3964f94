"""The process's one keeper of exchange deadlines: what fires, what does not, and no thread per request."""

from __future__ import annotations

import threading
import time
from typing import Any

from desktop.core.platform.deadlines import DeadlineKeeper


def _wait(cond: Any, timeout: float = 5.0) -> bool:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            return False
        time.sleep(0.01)
    return True


def test_deadlines_fire_in_their_order_and_a_disarmed_one_never() -> None:
    keeper = DeadlineKeeper()
    fired: list[str] = []
    now = time.monotonic()
    keeper.arm(now + 0.6, lambda: fired.append("late"))
    keeper.arm(now + 0.2, lambda: fired.append("soon"))  # sooner than what the keeper already sleeps towards
    keeper.arm(now + 0.3, lambda: fired.append("disarmed")).disarm()
    assert _wait(lambda: len(fired) == 2)
    time.sleep(0.2)
    assert fired == ["soon", "late"]
    assert keeper.pending() == 0


def test_a_failing_action_leaves_the_other_deadlines_kept() -> None:
    keeper = DeadlineKeeper()
    fired: list[int] = []

    def boom() -> None:
        raise RuntimeError("cleanup failed")

    now = time.monotonic()
    keeper.arm(now + 0.05, boom)
    keeper.arm(now + 0.1, lambda: fired.append(1))
    assert _wait(lambda: fired == [1])


def test_many_exchanges_start_no_thread_each_and_leave_nothing_armed(sandbox: Any) -> None:
    from desktop.core.platform.client import PlatformClient
    from desktop.core.platform.deadlines import KEEPER

    client = PlatformClient(sandbox.url, "sandbox")
    client.health()  # the keeper's thread and the connection exist from here on
    started: list[str] = []
    original = threading.Thread.start
    me = threading.current_thread()

    def counting_start(thread: threading.Thread) -> None:
        if threading.current_thread() is me:  # the sandbox's own threads (its server, its workers) start elsewhere
            started.append(thread.name)
        original(thread)

    threading.Thread.start = counting_start  # type: ignore[method-assign]
    try:
        for _ in range(200):
            assert client.health().status == "ok"
    finally:
        threading.Thread.start = original  # type: ignore[method-assign]
    assert started == []  # a timer thread per request would be 200 here
    assert KEEPER.pending() == 0
