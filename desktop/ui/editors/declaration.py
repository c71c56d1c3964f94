"""The export declaration editor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import ExportDeclaration
from desktop.core.model.declaration import (
    DeclarationContainer,
    DeclarationItem,
    LicenceDocument,
    RequestedCertificate,
)
from desktop.core.model.filing import FilingStatus
from desktop.ui.editors.filing import FilingEditor
from desktop.ui.editors.table import TableEditor
from desktop.ui.editors.widgets import scrolled
from desktop.ui.forms import ModelForm, Section
from desktop.ui.tables import ModelListTable

ITEM_COLUMNS = (
    "g_no",
    "code_ts",
    "g_name",
    "g_model",
    "quantity",
    "unit",
    "legal_quantity_1",
    "legal_unit_1",
    "unit_price",
    "total",
    "currency",
    "origin_country",
    "destination_country",
    "source_district",
    "duty_mode",
)
DECL_CONTAINER_COLUMNS = ("number", "size_code", "tare_kg", "lcl", "items")
LICENCE_COLUMNS = ("code", "number")
REQUEST_CERT_COLUMNS = ("code", "originals", "copies")

DECLARATION_SECTIONS = [
    Section(
        QT_TRANSLATE_NOOP("Forms", "Customs and dates"),
        ExportDeclaration,
        ("custom_master", "ie_port", "manual_no", "contr_no", "ie_date", "d_date", "entry_type"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Domestic shipper and producer"),
        ExportDeclaration,
        (
            "trade_co_scc",
            "trade_code",
            "trade_name",
            "owner_code_scc",
            "owner_code",
            "owner_name",
            "agent_code_scc",
            "agent_code",
            "agent_name",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Overseas consignee"),
        ExportDeclaration,
        ("consignee_code", "consignee_name"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Transport"),
        ExportDeclaration,
        (
            "traf_mode",
            "traf_name",
            "voyage_no",
            "bill_no",
            "enty_port_code",
            "enty_port_customs",
            "distinate_port",
            "distinate_port_customs",
            "desp_date",
            "goods_place",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Trade"),
        ExportDeclaration,
        (
            "trade_mode",
            "cut_mode",
            "license_no",
            "trade_area_code",
            "trade_country",
            "trans_mode",
            "currency",
            "declared_total",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Freight, insurance and other charges"),
        ExportDeclaration,
        (
            "fee_mark",
            "fee_rate",
            "fee_curr",
            "insur_mark",
            "insur_rate",
            "insur_curr",
            "other_mark",
            "other_rate",
            "other_curr",
        ),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Packages and weights"),
        ExportDeclaration,
        ("pack_no", "wrap_type", "gross_wt", "net_wt", "mark_no", "note_s"),
    ),
    Section(
        QT_TRANSLATE_NOOP("Forms", "Inspection and quarantine"),
        ExportDeclaration,
        (
            "org_code",
            "insp_org_code",
            "vsa_org_code",
            "purp_org_code",
            "trade_ciq_code",
            "owner_ciq_code",
            "decl_ciq_code",
        ),
    ),
]


class DeclarationEditor(FilingEditor):
    kind = "declaration"
    document_kinds = ("declaration", "invoice", "packing-list")

    def __init__(self, ctx: Any, document: ExportDeclaration, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, ExportDeclaration)
        self.header = self.add_form(ModelForm(DECLARATION_SECTIONS))
        self.items = self.add_table(
            TableEditor(ModelListTable(DeclarationItem, ITEM_COLUMNS, "items", self.document.items, self))
        )
        self.decl_containers = self.add_table(
            TableEditor(
                ModelListTable(
                    DeclarationContainer, DECL_CONTAINER_COLUMNS, "containers", self.document.containers, self
                )
            )
        )
        self.licences = self.add_table(
            TableEditor(ModelListTable(LicenceDocument, LICENCE_COLUMNS, "licences", self.document.licences, self))
        )
        self.request_certs = self.add_table(
            TableEditor(
                ModelListTable(
                    RequestedCertificate, REQUEST_CERT_COLUMNS, "request_certs", self.document.request_certs, self
                )
            )
        )
        certificates = QWidget(self)
        cert_layout = QVBoxLayout(certificates)
        self.licences_title = QLabel(certificates)
        self.request_certs_title = QLabel(certificates)
        for widget, stretch in (
            (self.licences_title, 0),
            (self.licences, 1),
            (self.request_certs_title, 0),
            (self.request_certs, 1),
        ):
            cert_layout.addWidget(widget, stretch)
        self.enable_hs_lookup(self.items, "code_ts")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.header), "")
        self.tabs.addTab(self.items, "")
        self.tabs.addTab(self.decl_containers, "")
        self.tabs.addTab(certificates, "")
        self.tabs.addTab(self.timeline, "")
        self.amending = False
        self.amend_button = QPushButton(self)
        self.amend_button.clicked.connect(self.start_amend)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.attach_button = QPushButton(self)
        self.attach_button.clicked.connect(self.attach_documents)
        bar = QHBoxLayout()
        bar.addWidget(self.status_label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.submit_button)
        bar.addWidget(self.amend_button)
        bar.addWidget(self.withdraw_button)
        bar.addWidget(self.documents_button)
        bar.addWidget(self.attach_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.tabs)
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        self.issues_title = QLabel(side)
        side_layout.addWidget(self.issues_title)
        side_layout.addWidget(self.issue_list, 1)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 340])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        self.retranslate()
        self.apply_read_only()
        self.update_buttons()
        self.run_checks()

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("Header"),
                self.tr("Items"),
                self.tr("Containers"),
                self.tr("Licences and certificates"),
                self.tr("Receipts"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.issues_title.setText(self.tr("Checks"))
        self.licences_title.setText(self.tr("Licences and certificates the goods need"))
        self.request_certs_title.setText(self.tr("Certificates to request from the inspection office"))
        self.amend_button.setText(self.tr("&Amend"))
        self.amend_button.setToolTip(self.tr("Change a declaration the platform holds and send the amendment"))
        self.withdraw_button.setText(self.tr("&Withdraw"))
        self.attach_button.setText(self.tr("Upload documents to the platform"))
        self.attach_button.setToolTip(
            self.tr("Upload the commercial invoice and packing list PDFs the filing does not have yet")
        )

    def update_buttons(self) -> None:
        super().update_buttons()
        status = getattr(self.document, "status", None)
        held = status in (FilingStatus.RECEIVED, FilingStatus.ACCEPTED)
        if any(r.message_code.startswith("singlewindow.") for r in getattr(self.document, "receipts", [])):
            held = False  # the Single Window client holds it: amend, withdraw and attach there, not on the platform
        self.amend_button.setEnabled(held and status == FilingStatus.RECEIVED and not self.amending)
        self.withdraw_button.setEnabled(held)
        attached = {a.edoc_code for a in getattr(self.document, "attachments", [])}
        self.attach_button.setEnabled(held and not {"00000001", "00000002"} <= attached)

    def attach_documents(self) -> None:
        self.attach_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.attach_documents,
            self.doc_id,
            on_done=self.reload,
            on_error=self._on_action_failed,
            owner=self,
        )

    def _on_action_failed(self, exc: BaseException) -> None:
        self.update_buttons()  # the user may try again once the cause is fixed
        self._on_save_failed(exc)

    def start_amend(self) -> None:
        """Unlock the fields; Submit then sends an amendment of the filing."""
        self.amending = True
        self.apply_read_only()
        self.update_buttons()

    def withdraw(self) -> None:
        self.withdraw_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.withdraw,
            self.doc_id,
            on_done=lambda _r: self.refresh_from_store(),
            on_error=self._on_action_failed,
            owner=self,
        )

    def title(self) -> str:
        assert isinstance(self.document, ExportDeclaration)
        d = self.document
        if d.customs_no or d.contr_no:
            name = d.customs_no or d.contr_no
        elif self.shipment_reference:
            name = self.tr("Declaration for {reference}").format(reference=self.shipment_reference)
        else:
            name = self.tr("New declaration")
        return f"{name} ({d.part}/{d.parts})" if d.parts > 1 else name

    def save_work(
        self, doc: ExportDeclaration, edited: list[str], revision: int | None = None, action: str = ""
    ) -> ExportDeclaration:
        return self.ctx.backend.save_declaration(  # type: ignore[no-any-return]
            doc, edited, expected_revision=revision, action=action
        )

    def run_checks(self) -> None:
        """Incremental: only the checks of the fields edited since the last run (the rules' own checker)."""
        from desktop.core import rules

        assert isinstance(self.document, ExportDeclaration)
        pending, self._pending_checks = self._pending_checks, []
        if self._checker is None or not pending:
            self._checker = rules.DeclarationChecker(self.document)
            found = self._checker.issues
        else:
            for path in dict.fromkeys(pending):
                found = self._checker.update(self.document, path)
        self.issues = list(found) + self.receipt_issues() + self.input_issues()
        self.show_issues()
