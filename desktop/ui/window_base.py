"""What the parts of the main window share: its sections, its signals and the attributes each part reads.

The main window is one QMainWindow made of parts (session, editor tabs, core events), each a class in its own
module over this base; the base declares for the type checker what a part uses from another.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMainWindow

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QLabel, QStackedWidget, QSystemTrayIcon, QWidget

    from desktop.core.model import Company
    from desktop.ui.editors import DraftEditor
    from desktop.ui.lists import ListPage
    from desktop.ui.login import LoginDialog
    from desktop.ui.menus import MainMenus
    from desktop.ui.notices import NoticesButton

SECTIONS = ("shipments", "declarations", "bookings", "documents", "master", "activity", "settings")
LAZY_PAGES = ("documents", "master", "activity", "settings")
KIND_SECTION = {"shipment": "shipments", "declaration": "declarations", "booking": "bookings"}


class WindowBase(QMainWindow):
    logged_in = Signal()
    ready = Signal()
    company_changed = Signal(str)

    ctx: Any
    companies: list[Company]
    company_id: str
    login_dialog: LoginDialog | None
    editors: dict[tuple[str, str], DraftEditor]
    lists: dict[str, ListPage]
    pages: dict[str, QWidget]
    is_ready: bool
    connected: bool | None
    outbox_count: int
    last_error: str
    _closing: bool
    _early_login: tuple[str, str, str, bool] | None

    @property
    def notifications(self) -> list[tuple[str, str]]:
        """The notices of this session, oldest first, as (title, text) in the language they came in."""
        return [(n.title, n.text) for n in self.notices_button.notices]

    def add_notice(self, title: str, text: str) -> None:
        self.notices_button.add(title, text)

    if TYPE_CHECKING:
        stack: QStackedWidget
        menus: MainMenus
        company_combo: QComboBox
        user_label: QLabel
        connection_label: QLabel
        outbox_label: QLabel
        env_label: QLabel
        badge_action: QAction
        advance_action: QAction
        tray: QSystemTrayIcon | None
        notices_button: NoticesButton
        _poll_timer: QTimer
        _filing_timer: QTimer
        _filing_changes: dict[tuple[str, str], str]

        def show_error(self, exc: object) -> None: ...
        def show_message(self, text: str) -> None: ...
        def show_section(self, key: str) -> None: ...
        def show_login(self, reason: str = "") -> LoginDialog: ...
        def company(self) -> Company | None: ...
        def switch_company(self, company_id: str) -> bool: ...
        def close_editors(self, editors: list[DraftEditor]) -> bool: ...
        def offer_recovery(self) -> list[DraftEditor]: ...
        def update_status_bar(self) -> None: ...
        def sync_now(self) -> None: ...
