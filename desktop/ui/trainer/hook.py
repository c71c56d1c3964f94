"""Where trainer mode meets the main window: a dock for the trainer panel and its toolbar action (trainer
accounts on a sandbox only), the lesson dock and presenter mode on one key (for everyone)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QLabel

from desktop.ui.trainer.presenter import PresenterMode

if TYPE_CHECKING:  # built when first needed: nothing heavy loads before the window shows
    from desktop.ui.trainer.lessons import LessonPanel
    from desktop.ui.trainer.panel import TrainerPanel


class TrainerHook(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.panel: TrainerPanel | None = None
        self.dock = QDockWidget(window)
        self.dock.setObjectName("trainer-dock")
        self.dock.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.action = self.dock.toggleViewAction()
        self.action.setObjectName("trainer-panel-action")
        window.toolbar.addAction(self.action)
        self.action.setVisible(False)
        self.presenter = PresenterMode(window)
        # lessons: for everyone (a trainee works through them on their own seat)
        self.lessons: LessonPanel | None = None
        self.lesson_dock = QDockWidget(window)
        self.lesson_dock.setObjectName("lesson-dock")
        self.lesson_dock.hide()
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.lesson_dock)
        self.lesson_action = self.lesson_dock.toggleViewAction()
        self.lesson_action.setObjectName("lesson-action")
        self.lesson_action.toggled.connect(self._on_lesson_action_toggled)
        window.toolbar.addAction(self.lesson_action)
        # a classroom sandbox speaks plain HTTP: say so for as long as the app talks to it
        self.http_warning = QLabel(window)
        self.http_warning.setObjectName("plain-http-warning")
        self.http_warning.setStyleSheet("QLabel { color: #ffffff; background: #b3261e; padding: 1px 6px; }")
        window.statusBar().addPermanentWidget(self.http_warning)
        url = str(getattr(window.ctx, "platform_url", "") or "")
        self.http_warning.setVisible(url.lower().startswith("http://"))
        window.logged_in.connect(self._on_window_logged_in)
        window.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif watched is self.window and event.type() == QEvent.Type.Close:
            self.presenter.set_active(False)  # the application's font and style are shared: give them back
            self.presenter.app.removeEventFilter(self.presenter)
            if self.panel is not None:
                self.panel.stop()
        return False

    def _on_lesson_action_toggled(self, on: bool) -> None:
        if on and self.lessons is None:
            from desktop.ui.trainer.lessons import LessonPanel

            self.lessons = LessonPanel(self.window.ctx, self.window, self.lesson_dock)
            self.lesson_dock.setWidget(self.lessons)

    def retranslate(self) -> None:
        self.http_warning.setText(self.tr("Plain HTTP: training network only"))
        self.http_warning.setToolTip(self.tr(
            "This platform is reached over plain HTTP, which anyone on the network can read: use it only on a "
            "training network, never with real company data or passwords."))
        self.lesson_dock.setWindowTitle(self.tr("Lessons"))
        self.lesson_action.setText(self.tr("Lessons"))
        self.lesson_action.setToolTip(self.tr("Guided lessons: a first declaration, a first booking, step by step"))
        self.dock.setWindowTitle(self.tr("Trainer panel"))
        self.action.setText(self.tr("Trainer panel"))
        self.action.setToolTip(self.tr("The class on this sandbox: scenarios, clock, reset, every trainee's filings"))

    def is_trainer(self) -> bool:
        from desktop.core.services import classroom

        backend = self.window.ctx.backend
        return bool(backend is not None and backend.platform is not None and classroom.is_trainer(backend.platform))

    def _on_window_logged_in(self) -> None:
        trainer = self.is_trainer()
        self.action.setVisible(trainer)
        if not trainer:
            if self.panel is not None:
                self.panel.stop()
            self.dock.hide()
            return
        if self.panel is None:
            from desktop.ui.trainer.panel import TrainerPanel

            self.panel = TrainerPanel(self.window.ctx, self.dock)
            self.dock.setWidget(self.panel)
            self.dock.visibilityChanged.connect(self._on_dock_visibility_changed)
        if self.window.ctx.sandbox is None:  # a classroom's sandbox: the panel is what the trainer came for
            self.dock.show()
        if self.dock.isVisible():
            self.panel.start()

    def _on_dock_visibility_changed(self, visible: bool) -> None:
        """The panel follows the class only while it is open (no long poll for a closed panel)."""
        if self.panel is None:
            return
        if visible and self.is_trainer():
            self.panel.start()
        elif not visible and not self.dock.isFloating():
            self.panel.stop()
