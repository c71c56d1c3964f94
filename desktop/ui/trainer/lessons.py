"""The lesson panel: a guided lesson step by step (a first declaration, a first booking ...), in the UI's
language, each step checked against the trainee's workspace before the next one opens."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop.core import lessons
from desktop.core.messages import error_message
from desktop.ui import lang


class LessonPanel(QWidget):
    checked = Signal(bool)  # a step's check came back (passed or not)

    def __init__(self, ctx: Any, window: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson-panel")
        self.ctx, self.main_window = ctx, window
        self.catalogue = lessons.catalogue(self._own_dir())
        self.lesson: lessons.Lesson | None = None
        self.index = 0
        self.passed: set[str] = set()
        self.lesson_combo = QComboBox(self)
        self.lesson_combo.currentIndexChanged.connect(self._on_lesson_combo_changed)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(True)
        self.step_title = QLabel(self)
        self.step_title.setObjectName("lesson-step-title")
        bold = QFont(self.step_title.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.25 if bold.pointSizeF() > 0 else 12)
        self.step_title.setFont(bold)
        self.step_text = QLabel(self)
        self.step_text.setObjectName("lesson-step-text")
        self.step_text.setWordWrap(True)
        self.step_text.setTextFormat(Qt.TextFormat.PlainText)
        self.step_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.result = QLabel(self)
        self.result.setObjectName("lesson-result")
        self.result.setWordWrap(True)
        self.back_button = QPushButton(self)
        self.check_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.back_button.clicked.connect(self.back)
        self.check_button.clicked.connect(self.check)
        self.next_button.clicked.connect(self.next)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lesson_combo)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addWidget(self.step_title)
        layout.addWidget(self.step_text, 1)
        layout.addWidget(self.result)
        layout.addLayout(buttons)
        layout.addWidget(self.problems)
        self.retranslate()
        if self.catalogue.lessons:
            self.start(self.catalogue.lessons[0].id)

    def _own_dir(self) -> Any:
        backend = getattr(self.ctx, "backend", None)
        paths = getattr(backend, "paths", None)
        return None if paths is None else paths.data / "lessons"

    # ------------------------------------------------------------------ texts
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        code = lang.current()
        self.lesson_combo.blockSignals(True)
        current = self.lesson.id if self.lesson else None
        self.lesson_combo.clear()
        for lesson in self.catalogue.lessons:
            self.lesson_combo.addItem(lesson.text(lesson.title, code), lesson.id)
        if current:
            self.lesson_combo.setCurrentIndex(max(0, self.lesson_combo.findData(current)))
        self.lesson_combo.blockSignals(False)
        self.back_button.setText(self.tr("&Back"))
        self.check_button.setText(self.tr("&Check this step"))
        self.next_button.setText(self.tr("&Next step"))
        self.problems.setText("\n".join(error_message(p.code, p.params, code) for p in self.catalogue.problems))
        self.problems.setVisible(bool(self.catalogue.problems))
        self._show_step()

    # ------------------------------------------------------------------ steps
    def _on_lesson_combo_changed(self, index: int) -> None:
        lesson_id = self.lesson_combo.itemData(index)
        if lesson_id:
            self.start(str(lesson_id))

    def start(self, lesson_id: str) -> None:
        self.lesson = next((x for x in self.catalogue.lessons if x.id == lesson_id), None)
        self.index = 0
        self.passed = set()
        self.result.clear()
        self._show_step()

    @property
    def step(self) -> lessons.Step | None:
        return self.lesson.steps[self.index] if self.lesson else None

    def _show_step(self) -> None:
        lesson, step, code = self.lesson, self.step, lang.current()
        if lesson is None or step is None:
            self.summary.clear()
            self.step_title.clear()
            self.step_text.clear()
            return
        self.summary.setText(lesson.text(lesson.summary, code))
        self.progress.setRange(0, len(lesson.steps))
        self.progress.setValue(len(self.passed))
        self.progress.setFormat(self.tr("Step {n} of {total}").format(n=self.index + 1, total=len(lesson.steps)))
        self.step_title.setText(lesson.text(step.title, code))
        self.step_text.setText(lesson.text(step.text, code))
        self.back_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(step.id in self.passed or step.check is None)
        self.check_button.setEnabled(step.check is not None)

    def check(self) -> None:
        step, backend = self.step, getattr(self.ctx, "backend", None)
        if step is None or backend is None:
            return
        company = str(getattr(self.main_window, "company_id", "") or "")
        self.result.setText(self.tr("Checking…"))
        self.ctx.runner.run(lessons.check_step, step, backend.store, company,
                            on_done=lambda outcome, s=step: self._on_checked(s, outcome), owner=self)

    def _on_checked(self, step: lessons.Step, outcome: lessons.Outcome) -> None:
        if step is not self.step:
            return
        if outcome.passed:
            self.passed.add(step.id)
            done = self.lesson is not None and self.index == len(self.lesson.steps) - 1
            self.result.setText(self.tr("Well done: the lesson is complete.") if done
                                else self.tr("Done. Go on to the next step."))
        else:
            params = dict(outcome.params)
            if "field" in params:
                params["field"] = lang.field_label(str(params["field"]))
            self.result.setText(error_message(outcome.reason, params, lang.current()))
        self._show_step()
        self.checked.emit(outcome.passed)

    def next(self) -> None:
        if self.lesson is None or self.step is None:
            return
        if self.step.check is None:
            self.passed.add(self.step.id)
        if self.index < len(self.lesson.steps) - 1:
            self.index += 1
            self.result.clear()
        self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self.result.clear()
            self._show_step()
