"""The backend's sending side: a round of the platform's outbox goes out from the sending process
(desktop/core/outbox/process.py) once a batch is queued, a filing or two from the app's own process."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any


class SendingMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: which process sends a round, and that process's life."""

    platform: Any
    workers: int
    post: Callable[[str, Any], None]

    def _init_sending(self) -> None:
        self._sending: Any = None  # the process sending the outbox, once a round was big enough for one
        self._sending_lock = threading.Lock()

    def _on_outbox(self, pending: int) -> None:
        self.post("outbox", pending)
        from desktop.core.outbox.process import PROCESS_ROWS

        if pending >= PROCESS_ROWS:  # a batch is being queued: its sending process starts while the rest is
            self._sending_process()

    def _send_round(self, wait: float) -> Any:
        """A round of sending: in the sending process once it runs, or when the round is big enough to be worth
        starting it; a filing or two go out from here."""
        from desktop.core.outbox.process import PROCESS_ROWS
        from desktop.core.services import filing

        sending = self._sending
        if sending is None and self.platform.outbox.pending_count() >= PROCESS_ROWS:
            sending = self._sending_process()
        if sending is not None:
            return sending.sync(self.platform, wait)
        return filing.sync(self.platform, wait)

    def _sending_process(self) -> Any:
        """The sending process, started now if it was not (None for a workspace it cannot share)."""
        from desktop.core.outbox import process

        with self._sending_lock:
            if self._sending is None and self.platform is not None:
                config = process.config_for(self.platform, self.workers)
                if config is not None:
                    self._sending = process.SendingProcess(config)
                    self._sending.start()  # it opens the workspace while the batch is still being queued
            return self._sending

    def _stop_sending(self) -> None:
        """End the sending process (after the batch in hand: its rows end sent or still queued)."""
        with self._sending_lock:
            sending, self._sending = self._sending, None
        if sending is not None:
            sending.close()
