"""The embedded sandbox playing the Single Window client on an ImpPath under the app's data dir.

A thread steps :class:`SingleWindowClientSim` every half second, so a declaration the app writes into
``ImpPath/Deccus001/OutBox`` is imported and answered (``Successed_`` / ``Failed_``) at once, and the customs
receipts follow on the sandbox clock (moving the clock steps it at once too). The scenario (happy, rejection,
inspection, slow, upload-fail) is the trainer's: ``PUT /v1/sandbox/single-window-scenario``.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from desktop.sandbox.single_window import REJECT_CODES, SCENARIOS, SingleWindowClientSim

log = logging.getLogger(__name__)

INTERVAL = 0.5


class SingleWindowClient:
    """One simulated client on one ImpPath, stepped by its own thread and on demand (thread-safe)."""

    def __init__(self, imp_path: str | Path, sandbox: Any) -> None:
        self.imp_path = Path(imp_path)
        self.sim = SingleWindowClientSim(self.imp_path, sandbox.clock)
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def scenario(self) -> str:
        return self.sim.scenario

    @property
    def reject_code(self) -> str:
        return self.sim.reject_code

    def set_scenario(self, name: str, reject_code: str = "Z") -> None:
        if name not in SCENARIOS:
            raise ValueError(f"unknown scenario {name!r}; one of {SCENARIOS}")
        if reject_code not in REJECT_CODES:
            raise ValueError(f"unknown rejection code {reject_code!r}; one of {REJECT_CODES}")
        with self._lock:
            self.sim.scenario, self.sim.reject_code = name, reject_code

    def step(self) -> None:
        with self._lock:
            self.sim.step()

    def start(self) -> SingleWindowClient:
        self._thread = threading.Thread(target=self._run, name="sandbox-single-window", daemon=True)
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(INTERVAL):
            try:
                self.step()
            except Exception:  # never stop watching; a broken file is set aside by the simulator itself
                log.exception("the sandbox Single Window client step failed")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
