"""The forwarder's per-client overview: drafts, queued, rejected and waiting filings per client, the client
waiting longest first (:func:`desktop.core.services.overview.client_overview`, loaded in a worker).
Double-clicking a client switches the window to that company."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from desktop.ui import lang
from desktop.ui.sheetimport import RowsModel, _table


class ClientOverviewDialog(QDialog):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("client-overview")
        self.window_ = window
        self.rows: list[Any] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.empty_note = QLabel(self)  # shown while no client company has a filing to count
        self.empty_note.setObjectName("overview-empty")
        self.empty_note.setWordWrap(True)
        self.empty_note.setVisible(False)
        self.model = RowsModel(self)
        self.view = _table(self.model, self, "overview-table")
        self.view.doubleClicked.connect(self._on_view_double_clicked)
        self.buttons = QDialogButtonBox(self)
        self.refresh_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self.buttons.addButton(self.refresh_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.refresh_button.clicked.connect(self.load)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(900, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Clients overview"))
        self.note.setText(
            self.tr(
                "Filings per client company, the client waiting longest first. Double-click a client to work on it."
            )
        )
        self.empty_note.setText(self.empty_text())
        self.refresh_button.setText(self.tr("&Refresh"))
        self.close_button.setText(self.tr("Close"))
        self._show(self.rows)

    def empty_text(self) -> str:
        """How the overview fills, quoting the menu, section, tab and button labels as the window shows them."""
        from desktop.ui.master_page import add_company_text, tab_names

        window = self.window_
        menus = window.menus
        return self.tr(
            "No client companies to show yet. Add your clients under {companies} (“{add}”), "
            "then create shipments for them with {new_shipment}; their filings are counted here."
        ).format(
            companies=lang.menu_path(window.section_names()["master"], tab_names()[0]),
            add=lang.plain_label(add_company_text()),
            new_shipment=lang.menu_path(menus.file_menu.title(), menus.new_action.text()),
        )

    def load(self) -> None:
        from desktop.core.services.overview import client_overview

        # latest: an earlier refresh, finishing last, does not bring back older counts
        self.window_.ctx.runner.run(
            client_overview,
            self.window_.ctx.backend.store,
            on_done=self._show,
            on_error=self.window_.show_error,
            owner=self,
            latest="overview",
        )

    def _show(self, rows: list[Any]) -> None:
        self.rows = rows

        def cell(bucket: Any) -> str:
            if not bucket.count:
                return ""
            since = lang.format_datetime(bucket.oldest) if bucket.oldest else ""
            return self.tr("{n} (since {since})").format(n=bucket.count, since=since) if since else str(bucket.count)

        table = [
            [
                r.name,
                cell(r.buckets["draft"]),
                cell(r.buckets["queued"]),
                cell(r.buckets["rejected"]),
                cell(r.buckets["waiting"]),
            ]
            for r in rows
        ]
        self.model.set_rows(
            [
                self.tr("Client"),
                self.tr("Drafts"),
                self.tr("Queued"),
                self.tr("Rejected"),
                self.tr("Waiting for the platform"),
            ],
            table,
            [bool(r.buckets["rejected"].count) for r in rows],
        )
        self.view.resizeColumnsToContents()
        self.empty_note.setVisible(not rows)

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        if 0 <= index.row() < len(self.rows):
            self.window_.switch_company(self.rows[index.row()].company_id)
            self.accept()
