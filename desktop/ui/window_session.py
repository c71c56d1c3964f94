"""The main window's session: start-up (workspace and embedded platform), login, logout, company switching, and
switching workspace without a restart."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
)

from desktop.ui import lang
from desktop.ui.login import LoginDialog
from desktop.ui.quickswitch import QuickSwitcher, probe_environment
from desktop.ui.window_base import WindowBase

if TYPE_CHECKING:  # the editors and the models load on first use, after the window is up
    from desktop.core.model import Company

log = logging.getLogger(__name__)


def _embedded_platform(ctx: Any) -> Any:
    """The embedded platform of the data folder, not started yet (its file keeps filings and logins)."""
    from desktop.sandbox.launcher import ChildSandbox, sandbox_imp_path

    return ChildSandbox(
        str(ctx.paths.data / "sandbox.sqlite3"),
        ctx.settings.sandbox_realtime,
        ctx.paths.logs / "sandbox.log",
        imp_path=sandbox_imp_path(ctx.paths.data),
    )


class WindowSession(WindowBase):
    """Start-up, login and logout, and which company the window shows."""

    # ------------------------------------------------------------------ start-up
    def start(self, login: bool = True) -> None:
        """Start the sandbox (if needed) and open the workspace in the background; then log in."""
        ctx = self.ctx
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Starting…"))
        want_sandbox = not ctx.platform_url
        if want_sandbox and ctx.sandbox is None:  # after a workspace switch: the login offers the demo users again
            ctx.sandbox = _embedded_platform(ctx)

        def work() -> Any:
            from desktop.ui.backend import Backend

            sandbox = None
            url = ctx.platform_url
            if want_sandbox:
                # a child process (never the server in the UI's process), made by create_app, launched here:
                # after the login dialog painted, so its start does not compete with the window's
                sandbox = ctx.sandbox = ctx.sandbox or _embedded_platform(ctx)
                sandbox.on_event = lambda name, detail: ctx.bridge.post("sandbox_process", (name, detail))
                url = sandbox.launch().url  # known now; it serves by the time a password is typed

            environment = "sandbox" if want_sandbox else probe_environment(url, ctx.settings.environment)
            backend = Backend(
                ctx.paths,
                url,
                environment,
                post=ctx.bridge.post,
                workers=ctx.settings.send_workers,
                workspace=ctx.settings.workspace_url,
            )
            if sandbox is not None:
                backend.serve_from(sandbox)  # a login or sync waits for it, nothing else does
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
        self.set_companies(companies)
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
    def set_companies(self, companies: list[Company]) -> None:
        """The companies the window offers (toolbar chooser, Ctrl+K), as the workspace now has them: after the
        login and whenever master data adds or renames one. The current company stays chosen."""
        self.companies = list(companies)
        combo = self.company_combo
        combo.blockSignals(True)
        try:
            combo.clear()
            for c in self.companies:
                combo.addItem(c.name_zh or c.name_en or c.id, c.id)
                combo.setItemData(combo.count() - 1, c.name_en, Qt.ItemDataRole.ToolTipRole)
            index = combo.findData(self.company_id)
            if index >= 0:
                combo.setCurrentIndex(index)
        finally:
            combo.blockSignals(False)

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
        others = [e for e in self.editors.values() if getattr(e.document, "company_id", company_id) != company_id]
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

    # ------------------------------------------------------------------ session
    def _clear_session_view(self) -> None:
        """No company, user or session-bound menu is shown (after a log-out, before another workspace opens)."""
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

    def log_out(self, switch_user: bool = False) -> bool:
        """End the session (asking about unsaved edits first), forget the remembered login, show the login."""
        if not self.close_editors(list(self.editors.values())):
            return False
        self._poll_timer.stop()
        backend = self.ctx.backend
        self._clear_session_view()
        if switch_user:
            self.ctx.settings.last_username = ""
            self.ctx.save_settings()

        def done(_result: object) -> None:
            self.show_login()

        if backend is not None:
            self.ctx.runner.run(backend.logout, on_done=done, on_error=lambda _e: self.show_login(), owner=self)
        return True

    # ------------------------------------------------------------------ workspace
    def switch_workspace(self, url: str) -> bool:
        """Close this workspace and open ``url``'s ('' for this computer's file) without a restart.

        Open editors close first (asking about unsaved edits; False when the user cancels). Then, in the
        background, the old workspace's outbox senders, listeners, document uploads and store close (a send in
        flight finishes first; what is queued stays queued in that workspace's outbox) and the embedded platform
        stops; the new workspace opens as at start-up and the remembered login resumes in it."""
        ctx = self.ctx
        if not self.close_editors(list(self.editors.values())):
            return False
        self._poll_timer.stop()
        self._filing_timer.stop()
        self._filing_changes = {}
        self.is_ready = False
        self.connected = False
        self._clear_session_view()
        ctx.settings.workspace_url = url
        ctx.save_settings()
        backend, sandbox = ctx.backend, ctx.sandbox
        ctx.backend = ctx.sandbox = None
        self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Switching workspace…"))
        log.info("switching workspace to %s", url or "this computer")

        def close_old() -> None:
            if backend is not None:
                backend.close()
            if sandbox is not None:
                sandbox.stop()

        def reopen(_result: object = None) -> None:
            if not ctx.closed:
                self.start(login=True)

        def failed(exc: BaseException) -> None:
            log.error("closing the old workspace failed", exc_info=exc)
            reopen()

        ctx.runner.run(close_old, on_done=reopen, on_error=failed, owner=self)
        return True
