"""One progress view for bulk work (check, derive, submit) over many shipments or drafts.

The run (:class:`desktop.core.services.bulk.BulkRun`) goes through the rows in a worker; the dialog polls how
far it got ten times a second and shows the rows finished since, so the table fills in while the window stays
responsive (one short look per tick instead of a queued call per row, which starved the GUI thread of the GIL
on a thousand-row run). Cancel stops after the current row; "Retry the failed rows" runs the failed and
cancelled rows again and updates them in place. Closing the window cancels a run that is still going.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressBar, QPushButton, QVBoxLayout

from desktop.ui import lang
from desktop.ui.sheetimport import RowsModel, _table

POLL_MS = 100


class BulkDialog(QDialog):
    """Runs one bulk operation over ``targets`` ((kind, id) pairs) and shows a result per row."""

    finished_run = Signal(dict)  # the counts per state when a run ends

    def __init__(self, window: Any, operation: str, targets: list[tuple[str, str]],
                 labels: dict[str, str] | None = None) -> None:
        super().__init__(window)
        self.setObjectName("bulk-progress")
        self.window_ = window
        self.operation = operation
        self.targets = list(targets)
        self.labels = labels or {}
        self.states: list[tuple[str, str, dict[str, Any], list[str]]] = [("pending", "", {}, [])] * len(targets)
        self.run: Any = None
        self.mapping: list[int] = []  # run index -> row of the table
        self.running = False
        self._counts: dict[str, int] = {"pending": len(targets)}
        self._polled = 0
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(POLL_MS)
        self._poll_timer.timeout.connect(self._on_poll_timer_timeout)
        self.summary = QLabel(self)
        self.summary.setObjectName("bulk-summary")
        self.progress = QProgressBar(self)
        self.progress.setRange(0, max(1, len(targets)))
        self.model = RowsModel(self)
        self.view = _table(self.model, self, "bulk-results")
        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("bulk-cancel")
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("bulk-retry")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("bulk-close")
        for button, role in ((self.retry_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole),
                             (self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)):
            self.buttons.addButton(button, role)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.retry)
        self.close_button.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(900, 560)

    # ------------------------------------------------------------------ texts
    def operation_name(self) -> str:
        return {"check": self.tr("Check"), "derive": self.tr("Derive drafts again"),
                "submit": self.tr("Submit")}.get(self.operation, self.operation)

    def state_name(self, state: str) -> str:
        return {"pending": self.tr("Waiting"), "done": self.tr("Done"), "failed": self.tr("Failed"),
                "skipped": self.tr("Nothing to do"), "cancelled": self.tr("Cancelled")}.get(state, state)

    def kind_name(self, kind: str) -> str:
        return {"shipment": self.tr("Shipment"), "declaration": self.tr("Declaration"),
                "booking": self.tr("Booking")}.get(kind, kind)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("{operation}: {n} selected").format(operation=self.operation_name(),
                                                                        n=len(self.targets)))
        self.cancel_button.setText(self.tr("Cancel"))
        self.retry_button.setText(self.tr("&Retry the failed rows"))
        self.close_button.setText(self.tr("Close"))
        self._refresh()

    def _row(self, row: int) -> tuple[list[str], bool]:
        kind, ident = self.targets[row]
        state, code, params, queued = self.states[row]
        message = lang.code_message(code, params) if code else ""
        if queued and not message:
            message = self.tr("%n filing(s) queued for sending.", "", len(queued))
        return [self.kind_name(kind), self.labels.get(ident, ident), self.state_name(state), message], \
            state == "failed"

    def _refresh(self) -> None:
        """Rebuild the whole table (start, language switch); a finished row updates only itself."""
        rows = [self._row(r) for r in range(len(self.targets))]
        self.model.set_rows([self.tr("Kind"), self.tr("Record"), self.tr("Result"), self.tr("Message")],
                            [r[0] for r in rows], [r[1] for r in rows])
        self.view.resizeColumnToContents(1)  # the record's number or name shows whole
        self._update_summary()

    def _update_summary(self) -> None:
        counts = self.counts()
        done = len(self.targets) - counts.get("pending", 0)
        self.progress.setValue(done)
        self.summary.setText(self.tr("{done} of {total} done: {ok} fine, {failed} failed, {cancelled} cancelled.")
                             .format(done=done, total=len(self.targets),
                                     ok=counts.get("done", 0) + counts.get("skipped", 0),
                                     failed=counts.get("failed", 0), cancelled=counts.get("cancelled", 0)))
        self.cancel_button.setEnabled(self.running)
        self.retry_button.setEnabled(not self.running and bool(counts.get("failed") or counts.get("cancelled")))

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    # ------------------------------------------------------------------ work
    def start(self, rows: list[int] | None = None) -> None:
        """Run the operation over ``rows`` of the table (default: all) in a worker."""
        from desktop.core.services.bulk import BulkRun

        backend = self.window_.ctx.backend
        self.mapping = list(range(len(self.targets))) if rows is None else rows
        for row in self.mapping:
            self._set_state(row, ("pending", "", {}, []))
        self.run = BulkRun(self.operation, [self.targets[r] for r in self.mapping], backend.store,
                           platform=backend.platform if self.operation == "submit" else None,
                           actor=backend.username or "bulk")
        self.running = True
        self._polled = 0
        self._refresh()
        self._poll_timer.start()
        self.window_.ctx.runner.run(self.run.run, on_done=self._on_run_done, on_error=self._on_run_failed,
                                    owner=self)

    def _snapshot(self, result: Any) -> tuple[str, str, dict[str, Any], list[str]]:
        return result.state.value, result.code, dict(result.params), list(result.queued)

    def _on_poll_timer_timeout(self) -> None:
        """Show the rows the worker finished since the last look."""
        if self.run is None:
            return
        position = min(self.run.position, len(self.run.results))
        for index in range(self._polled, position):
            self._set_state(self.mapping[index], self._snapshot(self.run.results[index]))
        if position != self._polled:
            self._polled = position
            self._update_summary()

    def _set_state(self, row: int, snapshot: tuple[str, str, dict[str, Any], list[str]]) -> None:
        old = self.states[row][0]
        self._counts[old] = self._counts.get(old, 0) - 1
        self._counts[snapshot[0]] = self._counts.get(snapshot[0], 0) + 1
        self.states[row] = snapshot
        values, mark = self._row(row)
        self.model.set_row(row, values, mark)

    def _on_run_done(self, results: list[Any]) -> None:
        self._poll_timer.stop()
        for index, result in enumerate(results):  # the rows since the last look, and the cancelled ones
            if index >= self._polled or result.state.value != self.states[self.mapping[index]][0]:
                self._set_state(self.mapping[index], self._snapshot(result))
        self._polled = len(results)
        self.running = False
        self._update_summary()
        self.finished_run.emit(self.counts())

    def _on_run_failed(self, exc: BaseException) -> None:
        self._poll_timer.stop()
        self.running = False
        self.summary.setText(lang.error_text(exc))
        self.cancel_button.setEnabled(False)

    def cancel(self) -> None:
        if self.run is not None:
            self.run.cancel()

    def retry(self) -> None:
        rows = [r for r, (state, *_) in enumerate(self.states) if state in ("failed", "cancelled")]
        if rows:
            self.start(rows)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.cancel()
        super().closeEvent(event)
