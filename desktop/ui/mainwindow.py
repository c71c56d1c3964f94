"""The main window: navigation, company switcher (Ctrl+K), list pages with editor tabs, status bar, login.

Start-up order: the window shows at once; the embedded sandbox (when no platform is configured) and the
workspace open in a worker; then the login dialog (or a remembered session) and the company's lists.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QSystemTrayIcon,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.lists import ListPage, status_text
from desktop.ui.login import LoginDialog

if TYPE_CHECKING:  # the editors and the models load on first use, after the window is up
    from desktop.core.model import Company
    from desktop.ui.editors import DraftEditor

log = logging.getLogger(__name__)
SECTIONS = ("shipments", "declarations", "bookings", "documents", "master", "activity", "settings")
LAZY_PAGES = ("documents", "master", "activity", "settings")
KIND_SECTION = {"shipment": "shipments", "declaration": "declarations", "booking": "bookings"}


def probe_environment(url: str, fallback: str) -> str:
    """Whether ``url`` is a sandbox or the production platform, as its health answer says (offline: fallback)."""
    from desktop.core.platform.client import PlatformClient
    from desktop.core.platform.errors import PlatformError

    probe = PlatformClient(url, "production", deadline=10.0, max_attempts=1)
    try:
        return "sandbox" if probe.health().sandbox else "production"
    except PlatformError:
        return fallback
    finally:
        probe.close()


class QuickSwitcher(QDialog):
    """Ctrl+K: type part of a company name or code, Enter switches."""

    def __init__(self, companies: list[Company], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.list = QListWidget(self)
        self.retranslate()
        for c in companies:
            item = QListWidgetItem(f"{c.name_zh}  {c.name_en}  ·  {c.customs_code}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.list.addItem(item)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self.filter.textChanged.connect(self._on_filter_changed)
        self.filter.returnPressed.connect(self._on_return)
        self.list.itemActivated.connect(lambda _i: self.accept())
        self.list.setCurrentRow(0)
        self.resize(520, 320)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Switch company"))
        self.filter.setPlaceholderText(self.tr("Company name, USCC or customs code"))
        self.filter.setAccessibleName(self.tr("Find company"))
        self.list.setAccessibleName(self.tr("Companies"))

    def _on_filter_changed(self, text: str) -> None:
        needle = text.strip().lower()
        first = -1
        for i in range(self.list.count()):
            item = self.list.item(i)
            hide = bool(needle) and needle not in item.text().lower()
            item.setHidden(hide)
            if not hide and first < 0:
                first = i
        if first >= 0:
            self.list.setCurrentRow(first)

    def _on_return(self) -> None:
        if self.list.currentItem() is not None and not self.list.currentItem().isHidden():
            self.accept()

    def chosen(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""


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


class MainWindow(QMainWindow):
    logged_in = Signal()
    ready = Signal()
    company_changed = Signal(str)

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
        # navigation and pages
        self.nav = QListWidget(self)
        self.nav.setFixedWidth(190)
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
        for w in (self.connection_label, self.outbox_label, self.env_label):
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
        self.notifications: list[tuple[str, str]] = []
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

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Corridor Desk"))
        self.menus.retranslate()
        if hasattr(self, "batch"):
            self.batch.retranslate()
        if hasattr(self, "single_window_menu"):
            self.single_window_menu.retranslate()
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setChecked(code == lang.current())
        self.nav.setAccessibleName(self.tr("Navigation"))
        names = {
            "shipments": self.tr("Shipments"),
            "declarations": self.tr("Declarations"),
            "bookings": self.tr("Bookings"),
            "documents": self.tr("Documents"),
            "master": self.tr("Master data"),
            "activity": self.tr("Activity"),
            "settings": self.tr("Settings"),
        }
        for i in range(self.nav.count()):
            item = self.nav.item(i)
            item.setText(names[str(item.data(Qt.ItemDataRole.UserRole))])
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

    # ------------------------------------------------------------------ start-up
    def start(self, login: bool = True) -> None:
        """Start the sandbox (if needed) and open the workspace in the background; then log in."""
        ctx = self.ctx
        self.statusBar().showMessage(self.tr("Starting…"))
        want_sandbox = not ctx.platform_url

        def work() -> Any:
            from desktop.ui.backend import Backend

            sandbox = None
            url = ctx.platform_url
            if want_sandbox:
                from desktop.sandbox.launcher import ChildSandbox

                # a child process (never the server in the UI's process), launched by create_app already
                sandbox = ctx.sandbox = ctx.sandbox or ChildSandbox(
                    str(ctx.paths.data / "sandbox.sqlite3"),
                    ctx.settings.sandbox_realtime,
                    ctx.paths.logs / "sandbox.log",
                )
                sandbox.on_event = lambda name, detail: ctx.bridge.post("sandbox_process", (name, detail))
                url = sandbox.launch().url  # known now; it serves by the time a password is typed

            environment = "sandbox" if want_sandbox else probe_environment(url, ctx.settings.environment)
            backend = Backend(ctx.paths, url, environment, post=ctx.bridge.post, workers=ctx.settings.send_workers)
            if sandbox is not None:
                backend.wait_platform = sandbox.start  # a login or sync waits for it, nothing else does
            ctx.backend = backend
            backend.open()
            return sandbox, backend

        # no remembered session to resume: the dialog shows at once and the workspace opens behind it
        early = login and not (ctx.settings.last_username and ctx.settings.remember_me)

        def done(result: Any) -> None:
            if ctx.closed:
                return
            self.is_ready = True
            for kind, page in self.lists.items():
                page.set_source(ctx.backend.source(kind), ctx.runner, ctx.settings.page_size)
            self.badge_action.setVisible(ctx.backend.environment == "sandbox")  # embedded or a classroom's
            self.advance_action.setVisible(ctx.uses_sandbox)
            self.statusBar().clearMessage()
            self.update_status_bar()
            self.ready.emit()
            if ctx.sandbox is not None:  # the platform's process finishes starting behind the login dialog
                ctx.runner.run(ctx.sandbox.start, on_done=lambda _r: None, on_error=self.show_error, owner=self)
            if early and self._early_login is not None:
                self._on_login_submitted(*self._early_login)
            elif login and not early:
                self.begin_login()

        def failed(exc: BaseException) -> None:
            self.statusBar().clearMessage()
            if self.login_dialog is not None:
                self.login_dialog.show_error(lang.error_text(exc))
            self.show_error(exc)

        def open_workspace() -> None:
            if not ctx.closed:
                ctx.runner.run(work, on_done=done, on_error=failed, owner=self)

        # start after the first paint: the window (and the login dialog) are up before the workspace loads, and
        # painted before the worker's imports compete with them for the interpreter
        def kick() -> None:
            if ctx.closed:
                return
            if early:
                self.show_login()
                QTimer.singleShot(0, open_workspace)
            else:
                open_workspace()

        QTimer.singleShot(0, kick)

    def begin_login(self, reason: str = "") -> None:
        """Resume a remembered session, or show the login dialog."""
        username = self.ctx.settings.last_username
        if username and self.ctx.settings.remember_me and not reason:
            self.ctx.runner.run(
                self.ctx.backend.resume,
                username,
                on_done=self._on_resumed,
                on_error=lambda _e: self.show_login(),
                owner=self,
            )
        else:
            self.show_login(reason)

    def _on_resumed(self, companies: list[Company] | None) -> None:
        if companies is None:
            self.show_login()
        else:
            self._on_logged_in(companies)

    def show_login(self, reason: str = "") -> LoginDialog:
        if self.login_dialog is not None:
            self.login_dialog.raise_()
            return self.login_dialog
        dialog = LoginDialog(
            self,
            sandbox=self.ctx.uses_sandbox,
            username=self.ctx.settings.last_username,
            remember=self.ctx.settings.remember_me,
            reason=reason,
        )
        dialog.submitted.connect(self._on_login_submitted)
        dialog.rejected.connect(self._on_login_rejected)
        self.login_dialog = dialog
        dialog.open()
        return dialog

    def _on_login_rejected(self) -> None:
        self.login_dialog = None
        self._early_login = None

    def _on_login_submitted(self, username: str, password: str, code: str, remember: bool) -> None:
        if not self.is_ready:  # typed while the workspace opens: sent once it is (the dialog stays busy)
            self._early_login = (username, password, code, remember)
            return
        self._early_login = None
        dialog = self.login_dialog

        def done(companies: list[Company]) -> None:
            self.ctx.settings.last_username = username
            self.ctx.settings.remember_me = remember
            self.ctx.save_settings()
            if dialog is not None:
                dialog.accept()
            self.login_dialog = None
            self._on_logged_in(companies)

        def failed(exc: BaseException) -> None:
            if dialog is None:
                return
            code_name = getattr(exc, "code", "")
            if "verification" in code_name:
                dialog.ask_code(lang.error_text(exc))
            else:
                dialog.show_error(lang.error_text(exc))

        self.ctx.runner.run(
            self.ctx.backend.login,
            username,
            password,
            code,
            remember,
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def _on_logged_in(self, companies: list[Company]) -> None:
        self.companies = companies
        self.company_combo.clear()
        for c in companies:
            self.company_combo.addItem(c.name_zh or c.name_en or c.id, c.id)
            self.company_combo.setItemData(self.company_combo.count() - 1, c.name_en, Qt.ItemDataRole.ToolTipRole)
        me = self.ctx.backend.me
        self.user_label.setText(f"{getattr(me, 'display_name', '') or self.ctx.backend.username}  ")
        self.connected = True
        wanted = self.ctx.settings.last_company_id
        ids = [c.id for c in companies]
        self.switch_company(wanted if wanted in ids else (ids[0] if ids else ""))
        self.update_status_bar()
        self._poll_timer.start()
        self.menus.update_session(True)
        self.logged_in.emit()
        self.offer_recovery()

    # ------------------------------------------------------------------ company
    def _on_company_activated(self, index: int) -> None:
        self.switch_company(str(self.company_combo.itemData(index)))

    def quick_switch(self) -> None:
        if not self.companies:
            return
        dialog = QuickSwitcher(self.companies, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.chosen():
            self.switch_company(dialog.chosen())

    def switch_company(self, company_id: str) -> bool:
        """Show only this company's data; open editors of other companies close (asking about unsaved edits).

        Returns False when the user cancelled (the company stays as it was)."""
        others = [
            e for e in self.editors.values() if getattr(e.document, "company_id", company_id) != company_id
        ]
        if not self.close_editors(others):
            index = self.company_combo.findData(self.company_id)
            if index >= 0:
                self.company_combo.setCurrentIndex(index)
            return False
        self.company_id = company_id
        index = self.company_combo.findData(company_id)
        if index >= 0:
            self.company_combo.setCurrentIndex(index)
        for page in self.lists.values():
            page.set_company(company_id)
        for key in ("documents", "master", "activity"):
            other = self.pages[key]
            if hasattr(other, "set_company"):  # pages not built yet load the company when they are
                other.set_company(company_id)
        if company_id and self.ctx.settings.last_company_id != company_id:
            self.ctx.settings.last_company_id = company_id
            self.ctx.save_settings()
        self.company_changed.emit(company_id)
        return True

    def company(self) -> Company | None:
        return next((c for c in self.companies if c.id == self.company_id), None)

    # ------------------------------------------------------------------ editors
    def new_shipment(self) -> DraftEditor | None:
        from desktop.core.model import Shipment

        company = self.company()
        if company is None:
            if self.is_ready:
                self.show_login(self.tr("Log in to create a shipment."))
            return None
        shipment = Shipment(company_id=company.id)
        shipment.shipper.name = company.name_en or company.name_zh
        shipment.shipper.name_local = company.name_zh
        shipment.shipper.address = company.address
        shipment.shipper.country = "CHN"
        return self.show_editor("shipment", shipment, new=True)

    def open_document(self, kind: str, doc_id: str) -> None:
        existing = self.editors.get((kind, doc_id))
        if existing is not None:
            self._focus_editor(existing)
            return
        getter = {
            "shipment": self.ctx.backend.shipment,
            "declaration": self.ctx.backend.declaration,
            "booking": self.ctx.backend.booking,
        }[kind]
        self.ctx.runner.run(
            getter,
            doc_id,
            on_done=lambda doc: self.show_editor(kind, doc),
            on_error=self.show_error,
            owner=self,
        )

    def show_editor(
        self, kind: str, document: Any, edited: list[str] | None = None, new: bool = False
    ) -> DraftEditor:
        key = (kind, str(getattr(document, "id", "")))
        existing = self.editors.get(key) if key[1] else None
        if existing is not None:
            self._focus_editor(existing)
            return existing
        from desktop.ui.editors import open_editor

        section = self.pages[KIND_SECTION[kind]]
        assert isinstance(section, QTabWidget)
        editor = open_editor(self.ctx, kind, document, section)
        editor.never_saved = new
        editor.update_status()
        if edited:
            editor.edited_paths = list(edited)
            editor.dirty = True
            editor.update_status()
        editor.saved.connect(self._on_editor_saved)
        editor.title_changed.connect(lambda title, e=editor: self._retitle(e, title))
        editor.open_requested.connect(self.open_document)
        editor.submitted.connect(self._on_editor_submitted)
        section.addTab(editor, editor.title())
        self.editors[key] = editor
        self._focus_editor(editor)
        QTimer.singleShot(0, editor.focus_first)  # the cursor waits in the first field: type at once
        return editor

    def _focus_editor(self, editor: DraftEditor) -> None:
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        self.show_section(KIND_SECTION[editor.kind])
        section.setCurrentWidget(editor)

    def _retitle(self, editor: DraftEditor, title: str) -> None:
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        index = section.indexOf(editor)
        if index >= 0:
            section.setTabText(index, title)

    def _on_editor_saved(self, kind: str, doc_id: str) -> None:
        for key, editor in list(self.editors.items()):
            if editor.kind == kind and editor.doc_id == doc_id and key != (kind, doc_id):
                del self.editors[key]
                self.editors[(kind, doc_id)] = editor
        self.lists[kind].refresh()
        if kind == "shipment":
            for k in ("declaration", "booking"):
                self.lists[k].refresh()

    def _on_editor_submitted(self, kind: str, _doc_id: str) -> None:
        self.lists[kind].refresh()
        self.sync_now()

    def save_in_background(self, editor: DraftEditor) -> None:
        """Save a dirty editor that is going away; the recovery copy is dropped once the save is stored."""
        if not editor.dirty or not editor.editable:
            return
        doc = editor.document.model_copy(deep=True)
        edited, kind, journal, old_id = list(editor.edited_paths), editor.kind, editor.journal, editor.doc_id
        save_work = editor.save_work
        editor.dirty = False  # handed over: the recovery copy on disk stands until the save is stored

        def work() -> None:
            saved = save_work(doc, edited)
            journal.discard(kind, old_id)
            journal.discard(kind, str(getattr(saved, "id", "")))

        def done(_result: object) -> None:
            if kind in self.lists:
                self.lists[kind].refresh()

        self.ctx.runner.run(work, on_done=done, on_error=self.show_error, owner=self)

    def close_editor(self, editor: DraftEditor) -> None:
        editor.close_editor()
        self.save_in_background(editor)
        section = self.pages[KIND_SECTION[editor.kind]]
        assert isinstance(section, QTabWidget)
        index = section.indexOf(editor)
        if index > 0:
            section.removeTab(index)
        for key, e in list(self.editors.items()):
            if e is editor:
                del self.editors[key]
        editor.deleteLater()

    def close_editors(self, editors: list[DraftEditor]) -> bool:
        """Close ``editors``, first asking once what to do with the unsaved ones; False if the user cancelled."""
        from desktop.ui import unsaved

        dirty = [e for e in editors if e.dirty and e.editable]
        if dirty:
            self._focus_editor(dirty[0])
            answer = unsaved.ask_unsaved(self, [e.title() for e in dirty])
            if answer == unsaved.CANCEL:
                return False
            if answer == unsaved.DISCARD:
                for editor in dirty:
                    editor.discard_changes()
        for editor in editors:
            self.close_editor(editor)
        return True

    def request_close_editor(self, editor: DraftEditor) -> bool:
        """The user closes an editor tab: Save / Discard / Cancel when it has unsaved edits."""
        return self.close_editors([editor])

    def current_editor(self) -> DraftEditor | None:
        import sys

        if "desktop.ui.editors" not in sys.modules:  # no editor was ever opened: nothing heavy loads at start-up
            return None
        from desktop.ui.editors import DraftEditor

        section = self.stack.currentWidget()
        widget = section.currentWidget() if isinstance(section, QTabWidget) else None
        return widget if isinstance(widget, DraftEditor) else None

    def close_current_editor(self) -> None:
        editor = self.current_editor()
        if editor is not None:
            self.request_close_editor(editor)

    # ------------------------------------------------------------------ session
    def log_out(self, switch_user: bool = False) -> bool:
        """End the session (asking about unsaved edits first), forget the remembered login, show the login."""
        if not self.close_editors(list(self.editors.values())):
            return False
        self._poll_timer.stop()
        backend = self.ctx.backend
        self.companies = []
        self.company_combo.clear()
        self.user_label.setText("")
        self.company_id = ""
        for page in self.lists.values():
            page.set_company("")
        for key in ("documents", "master", "activity"):
            other = self.pages[key]
            if hasattr(other, "set_company"):
                other.set_company("")
        self.menus.update_session(False)
        if switch_user:
            self.ctx.settings.last_username = ""
            self.ctx.save_settings()

        def done(_result: object) -> None:
            self.show_login()

        if backend is not None:
            self.ctx.runner.run(backend.logout, on_done=done, on_error=lambda _e: self.show_login(), owner=self)
        return True

    def editor_for(self, kind: str, doc_id: str) -> DraftEditor | None:
        return self.editors.get((kind, doc_id))

    # ------------------------------------------------------------------ recovery
    def offer_recovery(self) -> list[DraftEditor]:
        """After a crash: reopen the unsaved edits found in the recovery journal (asks unless told not to)."""
        folder = self.ctx.paths.data / "recovery"
        if not any(folder.glob("*.json")):  # the usual case: the editors need not load before one is opened
            return []
        from desktop.ui.editors import RecoveryJournal

        journal = RecoveryJournal(folder)
        pending = journal.pending()
        if not pending:
            return []
        ask = not self.ctx.app.property("corridor_auto_restore")
        if ask:
            answer = QMessageBox.question(
                self,
                self.tr("Restore unsaved edits"),
                self.tr("Corridor Desk was not closed properly. Restore the {n} unsaved edits?").format(n=len(pending)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                journal.clear()
                return []
        from desktop.ui.editors import MODELS

        opened = []
        for entry in pending:
            model = MODELS.get(entry.get("kind", ""))
            if model is None:
                continue
            try:
                doc = model.model_validate(entry["document"])
            except ValueError:
                log.warning("recovery entry %s could not be read", entry.get("id"))
                continue
            if getattr(doc, "company_id", "") not in (c.id for c in self.companies):
                continue
            if getattr(doc, "company_id", "") != self.company_id:
                self.switch_company(doc.company_id)  # type: ignore[attr-defined]
            opened.append(self.show_editor(entry["kind"], doc, list(entry.get("edited", [])) or ["*"]))
        return opened

    # ------------------------------------------------------------------ events
    def _on_bridge_filing_changed(self, kind: str, filing_id: str, status: str) -> None:
        if kind in self.lists:
            self.lists[kind].refresh()
        from desktop.ui.editors import FilingEditor

        editor = self.editors.get((kind, filing_id))
        if isinstance(editor, FilingEditor):
            editor.refresh_from_store()
        title = self.tr("Status changed")
        kind_name = {"declaration": self.tr("Declaration"), "booking": self.tr("Booking")}.get(kind, kind)
        name = self.filing_name(kind, filing_id)
        text = self.tr("{kind} {id}: {status}").format(kind=kind_name, id=name, status=status_text(status))
        self.notifications.append((title, text))
        if self.tray is not None and self.ctx.settings.notify_status_changes:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 5000)
        self.statusBar().showMessage(text, 8000)

    def filing_name(self, kind: str, filing_id: str) -> str:
        """What the user calls a filing: its open editor's title, else its number or the shipment's reference."""
        editor = self.editors.get((kind, filing_id))
        if editor is not None:
            return editor.title()
        backend = self.ctx.backend
        try:
            doc = backend.store.documents(kind).find(filing_id) if backend is not None and backend.store else None
            number = (getattr(doc, "customs_no", "") or getattr(doc, "contr_no", "")) if kind == "declaration" else (
                getattr(doc, "carrier_booking_reference", "")
            )
            if number:
                return str(number)
            shipment = backend.store.shipments.find(doc.shipment_id) if doc is not None and doc.shipment_id else None
            if shipment is not None and shipment.reference:
                return str(shipment.reference)
        except Exception:
            log.exception("could not name %s %s", kind, filing_id)
        return self.tr("(not yet numbered)")

    def _on_bridge_outbox_changed(self, pending: int) -> None:
        self.outbox_count = pending
        self.update_status_bar()

    def _on_bridge_event_received(self, name: str, payload: object) -> None:
        """The embedded platform's process died: say so, and carry on with the one started in its place."""
        if name != "sandbox_process" or not isinstance(payload, tuple):
            return
        what, detail = payload
        log.warning("embedded platform process: %s (%s)", what, detail)
        if what == "crashed":
            self.connected = False
            self.update_status_bar()
            self.statusBar().showMessage(self.tr("The training platform stopped unexpectedly; starting it again…"))
        elif what in ("restarted", "moved"):
            backend = self.ctx.backend
            if backend is not None and backend.platform is not None and backend.platform_url != detail:
                from desktop.core.platform.environments import normalize_base_url

                backend.platform_url = str(detail)
                backend.platform.client.base_url = normalize_base_url(str(detail))
            if what == "moved":  # its first start, on another port than planned: nothing to tell
                return
            self.statusBar().showMessage(
                self.tr("The training platform stopped unexpectedly and was started again; nothing was lost."),
                15_000,
            )
            if backend is not None and backend.logged_in:
                self.ctx.runner.run(backend.sync, on_done=lambda _r: None, on_error=self._on_sync_failed, owner=self)
        elif what == "failed":
            self.connected = False
            self.update_status_bar()
            self.statusBar().showMessage(
                self.tr("The training platform could not be started again: close and reopen Corridor Desk.")
            )

    def _on_bridge_connection_changed(self, up: bool) -> None:
        self.connected = up
        self.update_status_bar()

    def _on_bridge_session_expired(self) -> None:
        """Log in again on top of whatever is open; editors keep their contents."""
        if self.login_dialog is not None:
            return
        for editor in self.editors.values():
            editor.write_recovery()
        self.show_login(self.tr("Your session has expired. Log in again to continue; your edits are kept."))

    def sync_now(self) -> None:
        backend = self.ctx.backend
        if backend is None or backend.platform is None or not self.companies:
            return
        self.ctx.runner.run(backend.sync, on_done=lambda _r: None, on_error=self._on_sync_failed, owner=self)

    def _on_sync_failed(self, exc: BaseException) -> None:
        log.info("sync failed: %s", exc)
        if getattr(exc, "code", "") in (
            "platform.not_logged_in",
            "platform.token_reused",
            "platform.token_invalid",
        ):
            self._on_bridge_session_expired()
        else:
            self._on_bridge_connection_changed(False)

    def advance_sandbox(self, seconds: float) -> None:
        backend = self.ctx.backend
        if backend is None:
            return

        sandbox = self.ctx.sandbox

        def work() -> Any:
            if sandbox is not None:
                sandbox.advance(seconds)  # the embedded sandbox: its clock is ours to move
            else:
                backend.sandbox_advance(seconds)  # a classroom sandbox: trainers only
            return backend.sync()

        self.ctx.runner.run(work, on_done=lambda _r: None, on_error=self.show_error, owner=self)

    def update_status_bar(self) -> None:
        if self.connected is None:
            conn = self.tr("Not connected")
        else:
            conn = self.tr("Online") if self.connected else self.tr("Offline — filings wait in the outbox")
        self.connection_label.setText(conn)
        self.outbox_label.setText(self.tr("Outbox: {n}").format(n=self.outbox_count))
        backend = self.ctx.backend
        sandbox = backend.environment == "sandbox" if backend is not None else not self.ctx.platform_url
        env = self.tr("Sandbox") if sandbox else self.tr("Production")
        self.env_label.setText(self.tr("Environment: {env}").format(env=env))

    # ------------------------------------------------------------------ messages
    def show_error(self, exc: object) -> None:
        from desktop.core.platform.errors import AuthError, NotLoggedIn

        if isinstance(exc, (AuthError, NotLoggedIn)) and self.login_dialog is None and self.companies:
            self._on_bridge_session_expired()
        text = lang.error_text(exc) if isinstance(exc, BaseException) else str(exc)
        log.warning("shown to the user: %s", text)
        self.statusBar().showMessage(text, 15_000)
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
        self.ctx.qsettings.setValue("main/geometry", self.saveGeometry())
        for editor in self.editors.values():
            editor.write_recovery()  # first the recovery copy, then a real save that removes it
            self.save_in_background(editor)
        self._closing = True
        event.accept()

    def shutdown(self) -> None:
        self._poll_timer.stop()
        if not self._closing:
            self.ctx.qsettings.setValue("main/geometry", self.saveGeometry())
        self._closing = True  # the app is going: no more questions (unsaved edits keep their recovery copy)
        for editor in self.editors.values():
            editor.close_editor()
        if self.tray is not None:
            self.tray.hide()
