"""The main window: navigation, company switcher (Ctrl+K), list pages with editor tabs, status bar, login.

Start-up order: the window shows at once; the embedded sandbox (when no platform is configured) and the
workspace open in a worker; then the login dialog (or a remembered session) and the company's lists.
The window is built here; its jobs live in parts: window_session (start-up, login, companies), window_editors
(the editor tabs) and window_events (what the core reports).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.lists import ListPage
from desktop.ui.login import LoginDialog
from desktop.ui.notices import NoticesButton
from desktop.ui.quickswitch import QuickSwitcher, probe_environment
from desktop.ui.window_base import KIND_SECTION, LAZY_PAGES, SECTIONS
from desktop.ui.window_editors import WindowEditors
from desktop.ui.window_events import FILING_TICK_MS, WindowEvents
from desktop.ui.window_session import WindowSession

if TYPE_CHECKING:  # the editors and the models load on first use, after the window is up
    from desktop.core.model import Company
    from desktop.ui.editors import DraftEditor

log = logging.getLogger(__name__)
#: The navigation list: as wide as its longest name, within these bounds (pixels).
NAV_MIN_WIDTH, NAV_MAX_WIDTH = 120, 190

__all__ = ["KIND_SECTION", "SECTIONS", "MainWindow", "QuickSwitcher", "SectionPage", "probe_environment"]


class SectionPage(QTabWidget):
    """A list tab plus one closable tab per open editor."""

    def __init__(self, first: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabsClosable(True)
        self.setDocumentMode(True)
        self.addTab(first, "")
        self.tabBar().setTabButton(0, self.tabBar().ButtonPosition.RightSide, None)
        self.tabCloseRequested.connect(self._on_tab_close_requested)

    def _on_tab_close_requested(self, index: int) -> None:
        """Close an editor tab through the main window, which asks about unsaved edits and forgets the editor."""
        if index == 0:
            return
        from desktop.ui.editors import DraftEditor

        widget = self.widget(index)
        window = self.window()
        if isinstance(widget, DraftEditor) and isinstance(window, MainWindow):
            window.request_close_editor(widget)
            return
        self.removeTab(index)
        if widget is not None:
            widget.deleteLater()


class MainWindow(WindowSession, WindowEditors, WindowEvents):
    def __init__(self, ctx: Any) -> None:
        super().__init__()
        self.ctx = ctx
        self.companies: list[Company] = []
        self.company_id = ""
        self.login_dialog: LoginDialog | None = None
        self.editors: dict[tuple[str, str], DraftEditor] = {}
        self._closing = False
        self.is_ready = False  # the workspace and the platform are open
        self._early_login: tuple[str, str, str, bool] | None = None  # typed before the workspace was open
        self.setMinimumSize(QSize(900, 600))
        # toolbar
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main-toolbar")
        self.toolbar.setMovable(False)
        self.addToolBar(self.toolbar)
        self.company_label = QLabel(self)
        self.company_combo = QComboBox(self)
        self.company_combo.setMinimumContentsLength(28)
        self.company_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.company_combo.activated.connect(self._on_company_activated)
        self.sandbox_badge = QLabel(self)
        self.sandbox_badge.setFrameShape(QLabel.Shape.StyledPanel)
        self.sandbox_badge.setBackgroundRole(self.sandbox_badge.palette().ColorRole.Highlight)
        self.sandbox_badge.setForegroundRole(self.sandbox_badge.palette().ColorRole.HighlightedText)
        self.sandbox_badge.setAutoFillBackground(True)
        self.sandbox_badge.setContentsMargins(8, 2, 8, 2)
        self.user_label = QLabel(self)
        self.badge_action = self.toolbar.addWidget(self.sandbox_badge)
        self.badge_action.setVisible(False)
        self.toolbar.addWidget(self.company_label)
        self.toolbar.addWidget(self.company_combo)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.user_label)
        self.advance_action = self.toolbar.addAction("")
        self.advance_action.triggered.connect(lambda: self.advance_sandbox(3600))
        self.advance_action.setVisible(False)
        # menus: File, View > Language (each language in its own name; switches live), Help
        from desktop.ui.menus import MainMenus, open_url

        self.open_url = open_url  # hands folders to the desktop's file manager
        self.menus = MainMenus(self)
        self.file_menu = self.menus.file_menu
        self.view_menu = self.menuBar().addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in lang.LANGUAGE_NAMES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.setChecked(code == lang.current())
            self.language_group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
            self.language_actions[code] = action
        self.help_menu = self.menus.add_help()
        from desktop.ui.batchmenu import BatchMenus

        self.batch = BatchMenus(self)
        from desktop.ui.singlewindow import SingleWindowMenu

        self.single_window_menu = SingleWindowMenu(self)
        from desktop.ui.carriers import CarriersMenu

        self.carriers_menu = CarriersMenu(self)
        from desktop.ui.workspace import WorkspaceMenu

        self.workspace_menu = WorkspaceMenu(self)
        # navigation and pages
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(NAV_MAX_WIDTH)
        self.nav.setSpacing(3)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setBackgroundRole(self.nav.palette().ColorRole.Window)
        self.stack = QStackedWidget(self)
        self.lists: dict[str, ListPage] = {}
        self.pages: dict[str, QWidget] = {}
        for key in SECTIONS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            if key in ("shipments", "declarations", "bookings"):
                kind = key[:-1]
                page = ListPage(kind, None, ctx.runner, self, page_size=ctx.settings.page_size)
                page.open_requested.connect(self.open_document)
                page.new_requested.connect(lambda _k: self.new_shipment())
                self.lists[kind] = page
                section: QWidget = SectionPage(page, self)
            else:
                section = QWidget(self)  # built when first shown
            self.pages[key] = section
            self.stack.addWidget(section)
        self.nav.currentRowChanged.connect(self._on_nav_row_changed)
        self.nav.setCurrentRow(0)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # status bar
        self.connection_label = QLabel(self)
        self.outbox_label = QLabel(self)
        self.env_label = QLabel(self)
        self.notices_button = NoticesButton(self)
        for w in (self.notices_button, self.connection_label, self.outbox_label, self.env_label):
            self.statusBar().addPermanentWidget(w)
        self.connected: bool | None = None
        self.outbox_count = 0
        # shortcuts
        QShortcut(QKeySequence("Ctrl+K"), self).activated.connect(self.quick_switch)
        for n, key in enumerate(SECTIONS[:7], start=1):
            QShortcut(QKeySequence(f"Alt+{n}"), self).activated.connect(lambda k=key: self.show_section(k))
        # tray
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            icon = ctx.app.windowIcon()
            if icon.isNull():
                icon = self.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
            self.tray = QSystemTrayIcon(icon, self)
            self.tray.show()
        # status changes arrive by the thousand while a batch sends: gathered, then handled once per tick
        self._filing_changes: dict[tuple[str, str], str] = {}
        self._filing_timer = QTimer(self)
        self._filing_timer.setSingleShot(True)
        self._filing_timer.setInterval(FILING_TICK_MS)
        self._filing_timer.timeout.connect(self._flush_filing_changes)
        # core events
        ctx.bridge.filing_changed.connect(self._on_bridge_filing_changed)
        ctx.bridge.outbox_changed.connect(self._on_bridge_outbox_changed)
        ctx.bridge.connection_changed.connect(self._on_bridge_connection_changed)
        ctx.bridge.session_expired.connect(self._on_bridge_session_expired)
        ctx.bridge.event_received.connect(self._on_bridge_event_received)
        ctx.runner.task_failed.connect(self.show_error)
        self._poll_timer = QTimer(self)
        self._poll_timer.setInterval(15_000)
        self._poll_timer.timeout.connect(self.sync_now)
        from desktop.ui import trainer

        trainer.install(self)  # trainer panel (trainers only) and presenter mode
        self.retranslate()
        geometry = ctx.qsettings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)

    # ------------------------------------------------------------------ pages
    def _on_nav_row_changed(self, row: int) -> None:
        self.page(SECTIONS[row])
        self.stack.setCurrentIndex(row)
        editor = self.current_editor()
        focus = QApplication.focusWidget()
        if editor is not None and (focus is None or not editor.isAncestorOf(focus)):
            last = editor.focusWidget()  # back where the user was in that editor (Alt+1 … Alt+7)
            if last is not None:
                last.setFocus(Qt.FocusReason.OtherFocusReason)
            else:
                editor.focus_first()

    def page(self, key: str) -> QWidget:
        """The page of a section, built on first use (documents, master data, activity, settings)."""
        current = self.pages[key]
        if key not in LAZY_PAGES:
            return current
        from desktop.ui import pages

        page_type: type[QWidget] = pages.PAGES[key]
        if not isinstance(current, page_type):
            built: QWidget = pages.make_page(key, self.ctx, self)
            index = self.stack.indexOf(current)
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(current)
            current.deleteLater()
            self.pages[key] = built
            if self.company_id and hasattr(built, "set_company"):
                built.set_company(self.company_id)
            return built
        return current

    def show_section(self, key: str) -> None:
        self.nav.setCurrentRow(SECTIONS.index(key))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        """Switch the whole app to ``language`` now (menu and Settings); the choice is saved."""
        lang.switch(self.ctx, language)

    def _fit_nav(self) -> None:
        """The navigation as wide as its longest name in the language (the pages get the rest, at 1024 × 768
        too), never narrower than :data:`NAV_MIN_WIDTH` nor wider than :data:`NAV_MAX_WIDTH`."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())), default=0)
        self.nav.setFixedWidth(max(NAV_MIN_WIDTH, min(NAV_MAX_WIDTH, widest + 40)))

    def section_names(self) -> dict[str, str]:
        """The navigation's section names in the UI language (hints quote them)."""
        return {
            "shipments": self.tr("Shipments"),
            "declarations": self.tr("Declarations"),
            "bookings": self.tr("Bookings"),
            "documents": self.tr("Documents"),
            "master": self.tr("Master data"),
            "activity": self.tr("Activity"),
            "settings": self.tr("Settings"),
        }

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Corridor Desk"))
        self.menus.retranslate()
        self.notices_button.retranslate()
        if hasattr(self, "batch"):
            self.batch.retranslate()
        if hasattr(self, "single_window_menu"):
            self.single_window_menu.retranslate()
        if hasattr(self, "carriers_menu"):
            self.carriers_menu.retranslate()
        if hasattr(self, "workspace_menu"):
            self.workspace_menu.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang.current())
        self.nav.setAccessibleName(self.tr("Navigation"))
        names = self.section_names()
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(names[str(item.data(Qt.ItemDataRole.UserRole))])
        self._fit_nav()
        for kind in self.lists:
            section = self.pages[KIND_SECTION[kind]]
            assert isinstance(section, QTabWidget)
            section.setTabText(
                0,
                {
                    "shipment": self.tr("All shipments"),
                    "declaration": self.tr("All declarations"),
                    "booking": self.tr("All bookings"),
                }[kind],
            )
        for editor in self.editors.values():  # "New shipment" and the like
            self._retitle(editor, editor.title())
        self.company_label.setText(self.tr("Company:") + " ")
        self.company_combo.setAccessibleName(self.tr("Company (Ctrl+K)"))
        self.company_combo.setToolTip(self.tr("Switch company (Ctrl+K)"))
        self.sandbox_badge.setText(self.tr("SANDBOX"))
        self.sandbox_badge.setToolTip(
            self.tr("Training platform running inside the app: nothing is filed with customs.")
        )
        self.advance_action.setText(self.tr("Advance sandbox clock 1 h"))
        self.update_status_bar()
        self.retranslate_notice()

    # ------------------------------------------------------------------ messages
    def show_error(self, exc: object) -> None:
        from desktop.core.platform.errors import AuthError, NotLoggedIn

        if isinstance(exc, (AuthError, NotLoggedIn)) and self.login_dialog is None and self.companies:
            self._on_bridge_session_expired()
        text = lang.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        log.warning("shown to the user: %s", text)
        self.statusBar().showMessage(text, 15_000)
        self.add_notice(self.tr("Error"), text)
        self.last_error = text

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 10_000)

    # ------------------------------------------------------------------ closing
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._closing:  # the user closes the window: ask about unsaved edits, Cancel keeps it open
            from desktop.ui import unsaved

            dirty = [e for e in self.editors.values() if e.dirty and e.editable]
            answer = unsaved.ask_unsaved(self, [e.title() for e in dirty]) if dirty else unsaved.SAVE
            if answer == unsaved.CANCEL:
                event.ignore()
                return
            if answer == unsaved.DISCARD:
                for editor in dirty:
                    editor.discard_changes()
            elif not self.can_save_all(dirty):
                event.ignore()
                return
        self.ctx.qsettings.setValue("main/geometry", self.saveGeometry())
        for editor in self.editors.values():
            editor.write_recovery()  # first the recovery copy, then a real save that removes it
            self.save_in_background(editor)
        self._closing = True
        event.accept()

    def shutdown(self) -> None:
        self._poll_timer.stop()
        self._filing_timer.stop()
        if not self._closing:
            self.ctx.qsettings.setValue("main/geometry", self.saveGeometry())
        self._closing = True  # the app is going: no more questions (unsaved edits keep their recovery copy)
        for editor in self.editors.values():
            editor.close_editor()
        if self.tray is not None:
            self.tray.hide()
