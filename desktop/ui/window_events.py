"""The main window's core events: filing status changes, the outbox, the connection, the embedded platform, sync."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QSystemTrayIcon,
)

from desktop.ui.lists import status_text
from desktop.ui.window_base import WindowBase

if TYPE_CHECKING:  # the editors and the models load on first use, after the window is up
    pass

log = logging.getLogger(__name__)
FILING_TICK_MS = 200  # status changes gathered this long are handled together: one list reload, one notice
NAMED_CHANGES = 3  # up to this many changes in a tick are named one by one; more are counted in one notice


class WindowEvents(WindowBase):
    """What the core reports through the bridge, shown in the lists, the editors, the tray and the status bar."""

    # ------------------------------------------------------------------ events
    def _on_bridge_filing_changed(self, kind: str, filing_id: str, status: str) -> None:
        """An open editor of the filing shows it at once; the lists and the notice wait for the others of its
        tick (a batch of 1,000 filings reloads each list once)."""
        from desktop.ui.editors import FilingEditor

        editor = self.editors.get((kind, filing_id))
        if isinstance(editor, FilingEditor):
            editor.refresh_from_store()
        self._filing_changes.pop((kind, filing_id), None)  # its latest status, in the order changes came
        self._filing_changes[(kind, filing_id)] = status
        if not self._filing_timer.isActive():
            self._filing_timer.start()

    def _flush_filing_changes(self) -> None:
        changes, self._filing_changes = self._filing_changes, {}
        if not changes:
            return
        for kind in {kind for kind, _id in changes}:
            if kind in self.lists:
                self.lists[kind].refresh()
        title = QCoreApplication.translate("MainWindow", "Status changed")
        texts = self._change_notices(changes)
        for text in texts:
            self.add_notice(title, text)
        if self.tray is not None and self.ctx.settings.notify_status_changes:
            self.tray.showMessage(title, "\n".join(texts), QSystemTrayIcon.MessageIcon.Information, 5000)
        self._shown_changes = (dict(changes), texts[-1])
        self.statusBar().showMessage(texts[-1], 8000)

    def _change_notices(self, changes: dict[tuple[str, str], str]) -> list[str]:
        """One line per status change in the current language (a count when there are many)."""
        if len(changes) > NAMED_CHANGES:  # named one by one, a batch would read a thousand filings on this thread
            return [QCoreApplication.translate("MainWindow", "{n} filings changed status.").format(n=len(changes))]
        kind_names = {
            "declaration": QCoreApplication.translate("MainWindow", "Declaration"),
            "booking": QCoreApplication.translate("MainWindow", "Booking"),
        }
        return [
            QCoreApplication.translate("MainWindow", "{kind} {id}: {status}").format(
                kind=kind_names.get(kind, kind), id=self.filing_name(kind, filing_id), status=status_text(status)
            )
            for (kind, filing_id), status in changes.items()
        ]

    def retranslate_notice(self) -> None:
        """A status-change notice still in the status bar is said again in the new language."""
        shown = getattr(self, "_shown_changes", None)
        if shown is None:
            return
        changes, text = shown
        if text and self.statusBar().currentMessage() == text:
            again = self._change_notices(changes)[-1]
            self._shown_changes = (changes, again)
            self.statusBar().showMessage(again, 8000)

    def filing_name(self, kind: str, filing_id: str) -> str:
        """What the user calls a filing: its open editor's title, else its number or the shipment's reference."""
        editor = self.editors.get((kind, filing_id))
        if editor is not None:
            return editor.title()
        backend = self.ctx.backend
        try:
            doc = backend.store.documents(kind).find(filing_id) if backend is not None and backend.store else None
            number = (
                (getattr(doc, "customs_no", "") or getattr(doc, "contr_no", ""))
                if kind == "declaration"
                else (getattr(doc, "carrier_booking_reference", ""))
            )
            if number:
                return str(number)
            shipment = backend.store.shipments.find(doc.shipment_id) if doc is not None and doc.shipment_id else None
            if shipment is not None and shipment.reference:
                return str(shipment.reference)
        except Exception:
            log.exception("could not name %s %s", kind, filing_id)
        return QCoreApplication.translate("MainWindow", "(not yet numbered)")

    def _on_bridge_outbox_changed(self, pending: int) -> None:
        self.outbox_count = pending
        self.update_status_bar()
        activity = self.pages.get("activity")
        queue = getattr(activity, "queue", None)
        if queue is not None and queue.isVisible():
            queue.refresh()

    def _on_bridge_event_received(self, name: str, payload: object) -> None:
        """The embedded platform's process died: say so, and carry on with the one started in its place.
        Another seat changed the workspace: the lists show it."""
        if name == "workspace_changed":
            for page in self.lists.values():
                page.refresh()
            activity = self.pages.get("activity")
            refresh = getattr(activity, "refresh", None) if hasattr(activity, "queue") else None
            if refresh is not None:  # built: its log and queue too
                refresh()
            return
        if name == "documents" and isinstance(payload, tuple):
            self._on_documents(*payload)
            return
        if name != "sandbox_process" or not isinstance(payload, tuple):
            return
        what, detail = payload
        log.warning("embedded platform process: %s (%s)", what, detail)
        if what == "crashed":
            self.connected = False
            self.update_status_bar()
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The training platform stopped unexpectedly; starting it again…"
                )
            )
        elif what in ("restarted", "moved"):
            backend = self.ctx.backend
            if backend is not None:
                backend.follow_platform(str(detail))
            if what == "moved":  # its first start, on another port than planned: nothing to tell
                return
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The training platform stopped unexpectedly and was started again; nothing was lost."
                ),
                15_000,
            )
            if backend is not None and backend.logged_in:
                self.ctx.runner.run(backend.sync, on_done=lambda _r: None, on_error=self._on_sync_failed, owner=self)
        elif what == "failed":
            self.connected = False
            self.update_status_bar()
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "The training platform could not be started again: close and reopen Corridor Desk."
                )
            )

    def _on_documents(self, what: str, value: Any) -> None:
        """The documents of received declarations, attached in the background: how many are left, how many went
        up, and a declaration whose documents could not be attached (with what to do)."""
        if what == "attached":  # an open editor shows its documents (and its Attach button goes grey)
            from desktop.ui.editors import FilingEditor

            editor = self.editors.get(("declaration", str(value)))
            if isinstance(editor, FilingEditor):
                editor.refresh_from_store()
        elif what == "progress":
            text = QCoreApplication.translate("MainWindow", "Attaching documents: %n declaration(s) to go…", "", value)
            self.statusBar().showMessage(text, 5000)
        elif what == "done":
            text = QCoreApplication.translate("MainWindow", "Documents attached to %n declaration(s).", "", value)
            self.statusBar().showMessage(text, 8000)
        elif what == "failed":
            from desktop.ui.lang import error_text

            decl_id, exc = value
            text = QCoreApplication.translate(
                "MainWindow",
                "The documents of declaration {name} were not attached: {reason} "
                "Open it and choose Upload documents to the platform to try again.",
            ).format(name=self.filing_name("declaration", decl_id), reason=error_text(exc))
            title = QCoreApplication.translate("MainWindow", "Documents not attached")
            self.add_notice(title, text)
            self.statusBar().showMessage(text, 15_000)

    def _on_bridge_connection_changed(self, up: bool) -> None:
        self.connected = up
        self.update_status_bar()

    def _on_bridge_session_expired(self) -> None:
        """Log in again on top of whatever is open; editors keep their contents."""
        if self.login_dialog is not None:
            return
        for editor in self.editors.values():
            editor.write_recovery()
        self.show_login(
            QCoreApplication.translate(
                "MainWindow", "Your session has expired. Log in again to continue; your edits are kept."
            )
        )

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
            conn = QCoreApplication.translate("MainWindow", "Not connected")
        else:
            conn = (
                QCoreApplication.translate("MainWindow", "Online")
                if self.connected
                else QCoreApplication.translate("MainWindow", "Offline — filings wait in the outbox")
            )
        self.connection_label.setText(conn)
        self.outbox_label.setText(QCoreApplication.translate("MainWindow", "Outbox: {n}").format(n=self.outbox_count))
        backend = self.ctx.backend
        sandbox = backend.environment == "sandbox" if backend is not None else not self.ctx.platform_url
        env = (
            QCoreApplication.translate("MainWindow", "Sandbox")
            if sandbox
            else QCoreApplication.translate("MainWindow", "Production")
        )
        self.env_label.setText(QCoreApplication.translate("MainWindow", "Environment: {env}").format(env=env))
