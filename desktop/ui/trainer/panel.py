"""The trainer panel: the class on a classroom sandbox, live.

Scenario for the whole class or one trainee, how the sandbox's Single Window client answers, the sandbox clock,
reset of the class, and every trainee's filings and receipts. It follows the trainer's event feed with a long poll
(in a worker, never on the GUI thread) and reloads the class whenever an event arrives, so a trainee's filing shows
within a moment of being filed.
"""

from __future__ import annotations

import logging
import time
from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.trainer.models import ClassFilingModel, TraineeModel, scenario_text
from desktop.ui.trainer.sw_control import SingleWindowControl

log = logging.getLogger(__name__)

ADVANCE_STEPS = (600, 3600, 86400)


def _load(p: Any, trainee: str | None) -> tuple[list[Any], list[Any], Any]:
    from desktop.core.services import classroom

    return classroom.trainees(p), classroom.class_filings(p, trainee), classroom.clock(p)


def _poll(p: Any, cursor: int, wait: float) -> tuple[int, int]:
    page = p.client.events(cursor, wait=wait)
    return page.next_cursor, len(page.events)


class TrainerPanel(QWidget):
    """Shown only to trainer accounts; ``start()`` begins following the class, ``stop()`` ends it."""

    refreshed = Signal()  # the class and its filings were reloaded

    def __init__(self, ctx: Any, parent: QWidget | None = None, *, poll_wait: float = 3.0) -> None:
        super().__init__(parent)
        self.setObjectName("trainer-panel")
        self.ctx = ctx
        self.poll_wait = poll_wait
        self.event_cursor = 0
        self.following = False
        self.last_refresh = 0.0
        self._loading = False
        self._again = False
        self._generation = 0
        self.trainee_filter: str | None = None
        # controls
        self.clock_label = QLabel(self)
        self.clock_label.setObjectName("trainer-clock")
        self.advance_buttons = [QPushButton(self) for _ in ADVANCE_STEPS]
        for button, seconds in zip(self.advance_buttons, ADVANCE_STEPS, strict=True):
            button.clicked.connect(lambda _c=False, s=seconds: self.advance(s))
        self.scenario_label = QLabel(self)
        self.scenario_combo = QComboBox(self)
        self.target_label = QLabel(self)
        self.target_combo = QComboBox(self)
        self.target_combo.setMinimumContentsLength(14)
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply_scenario)
        self.lesson_label = QLabel(self)
        self.lesson_combo = QComboBox(self)
        self.lesson_button = QPushButton(self)
        self.lesson_button.clicked.connect(self.start_lesson)
        self.lesson_label.setBuddy(self.lesson_combo)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.confirm_reset)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        grid = QGridLayout()
        grid.addWidget(self.scenario_label, 0, 0)
        grid.addWidget(self.scenario_combo, 0, 1)
        grid.addWidget(self.target_label, 1, 0)
        grid.addWidget(self.target_combo, 1, 1)
        grid.addWidget(self.apply_button, 1, 2)
        grid.addWidget(self.lesson_label, 2, 0)
        grid.addWidget(self.lesson_combo, 2, 1)
        grid.addWidget(self.lesson_button, 2, 2)
        grid.setColumnStretch(1, 1)
        self.scenario_label.setBuddy(self.scenario_combo)
        self.target_label.setBuddy(self.target_combo)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock_label, 1)
        for button in self.advance_buttons:
            clock_row.addWidget(button)
        # tables
        self.trainee_model = TraineeModel(self)
        self.filing_model = ClassFilingModel(self)
        self.trainee_view = self._table(self.trainee_model, "trainer-trainees")
        self.filing_view = self._table(self.filing_model, "trainer-filings")
        self.trainee_view.selectionModel().selectionChanged.connect(self._on_trainee_selection_changed)
        self.filings_label = QLabel(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.filings_label)
        lower_layout.addWidget(self.filing_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.trainee_view)
        splitter.addWidget(lower)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(clock_row)
        layout.addLayout(grid)
        self.single_window = SingleWindowControl(self, self)  # the sandbox's Single Window client, where it plays one
        layout.addWidget(self.single_window)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        for combo in self.findChildren(QComboBox):  # a long lesson or scenario name must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        self.retranslate()

    def _table(self, model: Any, name: str) -> QTableView:
        view = QTableView(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # arrows move between rows, Tab moves on
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        return view

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        from desktop.core.platform.classroom import SCENARIOS

        self.advance_buttons[0].setText(self.tr("+10 min"))
        self.advance_buttons[1].setText(self.tr("+1 h"))
        self.advance_buttons[2].setText(self.tr("+1 day"))
        for button in self.advance_buttons:
            button.setToolTip(self.tr("Move the sandbox clock forward: receipts that fall due arrive"))
        self.scenario_label.setText(self.tr("&Scenario:"))
        self.target_label.setText(self.tr("&For:"))
        current = self.scenario_combo.currentData()
        self.scenario_combo.clear()
        for name in SCENARIOS:
            self.scenario_combo.addItem(scenario_text(name), name)
        if current:
            self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(current)))
        self._fill_targets()
        self.apply_button.setText(self.tr("&Apply"))
        self.lesson_label.setText(self.tr("&Lesson:"))
        self.lesson_button.setText(self.tr("S&tart for the class"))
        self.lesson_button.setToolTip(self.tr("Sets the lesson's scenario for the whole class"))
        self._fill_lessons()
        self.reset_button.setText(self.tr("&Reset class…"))
        self.reset_button.setToolTip(self.tr("Fresh demo data for everyone; seats and logins are kept"))
        self.trainee_model.retranslate()
        self.filing_model.retranslate()
        self._show_filings_label()
        self._show_clock(None)

    def _lessons(self) -> list[Any]:
        from desktop.core import lessons

        paths = getattr(getattr(self.ctx, "backend", None), "paths", None)
        return lessons.catalogue(None if paths is None else paths.data / "lessons").lessons

    def _fill_lessons(self) -> None:
        current = self.lesson_combo.currentData()
        self.lesson_combo.clear()
        code = lang.current()
        for lesson in self._lessons():
            self.lesson_combo.addItem(f"{lesson.text(lesson.title, code)} — {scenario_text(lesson.scenario)}",
                                      lesson.id)
        if current:
            self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(current)))

    def _fill_targets(self) -> None:
        current = self.target_combo.currentData()
        self.target_combo.blockSignals(True)
        self.target_combo.clear()
        self.target_combo.addItem(self.tr("The whole class"), "")
        for t in self.trainee_model.rows:
            self.target_combo.addItem(t.username, t.username)
        index = self.target_combo.findData(current) if current else 0
        self.target_combo.setCurrentIndex(max(0, index))
        self.target_combo.blockSignals(False)

    def _show_filings_label(self) -> None:
        if self.trainee_filter:
            self.filings_label.setText(self.tr("Filings and receipts of {user}").format(user=self.trainee_filter))
        else:
            self.filings_label.setText(self.tr("Filings and receipts of the whole class"))

    def _show_clock(self, clock: Any) -> None:
        if clock is not None:
            self._clock = clock
        shown = getattr(self, "_clock", None)
        when = lang.format_datetime(shown.clock) if shown is not None else "…"
        self.clock_label.setText(self.tr("Sandbox clock: {clock}").format(clock=when))

    # ------------------------------------------------------------------ following the class
    def start(self) -> None:
        if self.following:
            return
        self.following = True
        self._generation += 1  # a poll still out from before a stop() is not continued
        self.refresh()
        self.single_window.load()
        self._next_poll()

    def stop(self) -> None:
        self.following = False

    def _platform(self) -> Any:
        backend = self.ctx.backend
        return None if backend is None else backend.platform

    def _next_poll(self) -> None:
        p = self._platform()
        if not self.following or p is None or self.ctx.closed:
            return
        generation = self._generation
        self.ctx.runner.run(_poll, p, self.event_cursor, self.poll_wait,
                            on_done=lambda result: self._on_polled(result, generation),
                            on_error=lambda exc: self._on_poll_failed(exc, generation), owner=self)

    def _on_polled(self, result: tuple[int, int], generation: int) -> None:
        if generation != self._generation:
            return
        cursor, found = result
        self.event_cursor = cursor
        if found:
            self.refresh()
        self._next_poll()

    def _on_poll_failed(self, exc: BaseException, generation: int) -> None:
        if generation != self._generation:
            return
        log.info("trainer panel: event poll failed: %s", exc)
        self.status_label.setText(lang.error_text(exc))
        if self.following and not self.ctx.closed:
            from PySide6.QtCore import QTimer

            QTimer.singleShot(2000, self, lambda: self._next_poll() if generation == self._generation else None)

    def refresh(self) -> None:
        """Reload the class, its filings and the clock (one load at a time; a request meanwhile runs after)."""
        p = self._platform()
        if p is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        self.ctx.runner.run(_load, p, self.trainee_filter, on_done=self._on_loaded, on_error=self._on_load_failed,
                            owner=self)

    def _on_loaded(self, result: tuple[list[Any], list[Any], Any]) -> None:
        trainees, filings, clock = result
        self._loading = False
        selected = self.trainee_filter
        self.trainee_model.set_rows(trainees)
        self.filing_model.set_rows(filings)
        self._fill_targets()
        if selected:
            names = [t.username for t in trainees]
            if selected in names:
                self.trainee_view.blockSignals(True)
                self.trainee_view.selectRow(names.index(selected))
                self.trainee_view.blockSignals(False)
        self._show_clock(clock)
        self.last_refresh = time.monotonic()
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _on_load_failed(self, exc: BaseException) -> None:
        self._loading = False
        self.status_label.setText(lang.error_text(exc))

    def _on_trainee_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.trainee_view.selectionModel().selectedRows()
        self.trainee_filter = self.trainee_model.rows[rows[0].row()].username if rows else None
        found = self.target_combo.findData(self.trainee_filter) if self.trainee_filter else 0
        self.target_combo.setCurrentIndex(max(0, found))  # no trainee picked: the whole class
        self._show_filings_label()
        self.refresh()

    # ------------------------------------------------------------------ controls
    def _control(self, fn: Any, *args: Any, done_text: str) -> None:
        p = self._platform()
        if p is None:
            return

        def done(_result: Any) -> None:
            self.status_label.setText(done_text)
            self.refresh()

        self.ctx.runner.run(fn, p, *args, on_done=done, on_error=self._on_load_failed, owner=self)

    def advance(self, seconds: float) -> None:
        from desktop.core.services import classroom

        self._control(classroom.advance, seconds, done_text=self.tr("The sandbox clock moved forward."))

    def apply_scenario(self) -> None:
        from desktop.core.services import classroom

        scenario = str(self.scenario_combo.currentData())
        target = str(self.target_combo.currentData() or "") or None
        name = scenario_text(scenario)
        text = (self.tr("Scenario “{scenario}” for {user}.").format(scenario=name, user=target) if target
                else self.tr("Scenario “{scenario}” for the whole class.").format(scenario=name))
        self._control(classroom.set_scenario, scenario, target, done_text=text)

    def start_lesson(self) -> None:
        """The chosen lesson's scenario for the whole class (the lesson file names it)."""
        from desktop.core.services import classroom

        lesson = next((x for x in self._lessons() if x.id == self.lesson_combo.currentData()), None)
        if lesson is None:
            return
        title = lesson.text(lesson.title, lang.current())
        text = self.tr("Lesson “{lesson}”: scenario “{scenario}” for the whole class.").format(
            lesson=title, scenario=scenario_text(lesson.scenario))
        self._control(classroom.set_scenario, lesson.scenario, None, done_text=text)

    def confirm_reset(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Reset class"),
                          self.tr("Remove every filing and receipt of the class and start again with fresh demo "
                                  "data? Seats and logins are kept."), QMessageBox.StandardButton.NoButton, self)
        reset = box.addButton(self.tr("Reset class"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setObjectName("trainer-reset-confirm")
        box.exec()
        if box.clickedButton() is reset:
            self.reset_class()

    def reset_class(self) -> None:
        from desktop.core.services import classroom

        self._control(classroom.reset, done_text=self.tr("The class was reset."))
