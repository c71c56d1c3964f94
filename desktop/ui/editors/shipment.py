"""The shipment editor: the hub where parties, goods, containers and the route are entered once."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QPushButton,
    QTabWidget,
    QWidget,
)

from desktop.core.model import Shipment
from desktop.core.model.master import Party
from desktop.core.model.shipment import Container, GoodsLine, Route
from desktop.ui.editors.base import DraftEditor
from desktop.ui.editors.table import TableEditor
from desktop.ui.editors.widgets import scrolled
from desktop.ui.forms import ModelForm, Section
from desktop.ui.tables import ModelListTable

PARTY_FIELDS = ("name", "name_local", "address", "country", "street", "street_number", "post_code", "city", "aeo_code",
                "tax_id", "contact", "phone")
GOODS_COLUMNS = (
    "commodity_code",
    "name_zh",
    "name_en",
    "declaration_elements",
    "quantity",
    "unit",
    "unit_price",
    "total",
    "net_weight",
    "gross_weight",
    "packages",
    "volume_m3",
    "legal_unit_1",
    "origin_country",
    "source_district",
    "un_number",
    "imo_class",
    "package_code",
)
CONTAINER_COLUMNS = ("number", "size_type", "seal", "tare_kg", "lcl", "goods_lines", "reefer_temperature_c")


class ShipmentEditor(DraftEditor):
    kind = "shipment"

    def __init__(self, ctx: Any, document: Shipment, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, Shipment)
        self.header = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Shipment"),
                        Shipment,
                        (
                            "reference",
                            "contract_no",
                            "invoice_no",
                            "invoice_date",
                            "transaction_mode",
                            "incoterm",
                            "currency",
                            "trade_country",
                            "destination_country",
                            "producer_name",
                            "producer_uscc",
                            "dangerous_goods",
                            "inspection_record_no",
                        ),
                    ),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Packages and weights"),
                        Shipment,
                        (
                            "package_type",
                            "package_count",
                            "gross_weight",
                            "net_weight",
                            "marks",
                            "freight_amount",
                            "insurance_amount",
                            "remarks",
                        ),
                    ),
                ]
            )
        )
        self.parties = self.add_form(
            ModelForm(
                [
                    Section(QT_TRANSLATE_NOOP("Forms", "Shipper"), Party, PARTY_FIELDS, prefix="shipper"),
                    Section(QT_TRANSLATE_NOOP("Forms", "Consignee"), Party, PARTY_FIELDS, prefix="consignee"),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Notify party"),
                        Party,
                        PARTY_FIELDS[:4],
                        prefix="notify_party",
                    ),
                ]
            )
        )
        self.route = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Route"),
                        Route,
                        (
                            "place_of_receipt",
                            "rail_origin_station",
                            "pre_carriage",
                            "port_of_loading",
                            "port_of_discharge",
                            "place_of_delivery",
                            "exit_customs",
                            "requested_departure",
                            "train_no",
                            "rail_waybill",
                            "vessel",
                            "voyage",
                            "bill_no",
                        ),
                        prefix="route",
                    ),
                ]
            )
        )
        self.goods = self.add_table(
            TableEditor(ModelListTable(GoodsLine, GOODS_COLUMNS, "goods", self.document.goods, self))
        )
        self.containers = self.add_table(
            TableEditor(ModelListTable(Container, CONTAINER_COLUMNS, "containers", self.document.containers, self))
        )
        self.enable_hs_lookup(self.goods, "commodity_code")
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.header), "")
        self.tabs.addTab(scrolled(self.parties), "")
        self.tabs.addTab(self.goods, "")
        self.tabs.addTab(self.containers, "")
        self.tabs.addTab(scrolled(self.route), "")
        self.derive_decl_button = QPushButton(self)
        self.derive_booking_button = QPushButton(self)
        self.derive_decl_button.clicked.connect(self.derive_declaration)
        self.derive_booking_button.clicked.connect(self.derive_booking)
        self._lay_out_stacked(self.tabs, (self.save_button, self.derive_decl_button, self.derive_booking_button))
        self._setup_completers()
        from desktop.ui.shipment_aids import ShipmentAids

        self.aids = ShipmentAids(self)  # header sums of the lines; what the derived documents will need
        from desktop.ui import cargo_details

        cargo_details.install(self)  # dangerous goods details per line, reefer settings per container
        self.retranslate()
        self.run_checks()
        self.aids.schedule()

    def mark_edited(self, path: str) -> None:
        super().mark_edited(path)
        if hasattr(self, "aids"):
            self.aids.schedule()

    def reload(self, document: BaseModel) -> None:
        super().reload(document)
        self.aids.reset()

    def show_issues(self) -> None:
        super().show_issues()
        if hasattr(self, "aids"):
            self.aids.add_items()

    def update_status(self) -> None:
        super().update_status()
        derived = self.aids.status_text() if hasattr(self, "aids") else ""
        if derived:
            self.status_label.setText(f"{self.status_label.text()} · {derived}")
            self.status_label.setToolTip(self.status_label.text())

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("General"),
                self.tr("Parties"),
                self.tr("Goods"),
                self.tr("Containers"),
                self.tr("Route"),
            )
        ):
            self.tabs.setTabText(i, text)
        if hasattr(self, "dg_button"):
            from desktop.ui import cargo_details

            cargo_details.retranslate(self)
        self.derive_decl_button.setText(self.tr("Create / refresh &declaration"))
        self.derive_booking_button.setText(self.tr("Create / refresh &booking"))

    def title(self) -> str:
        assert isinstance(self.document, Shipment)
        return self.document.reference or self.tr("New shipment")

    def _setup_completers(self) -> None:
        """Consignee and notify party from the company's master data, by type-ahead on the name."""
        from PySide6.QtWidgets import QCompleter, QLineEdit

        assert isinstance(self.document, Shipment)
        company = self.document.company_id
        backend = self.ctx.backend
        if backend is None or not company:
            return

        def loaded(parties: list[Party]) -> None:
            names = [p.name for p in parties]
            self._parties = {p.name: p for p in parties}
            for prefix in ("consignee", "notify_party"):
                editor = self.parties.editors[f"{prefix}.name"].editor
                if isinstance(editor, QLineEdit):
                    completer = QCompleter(names, editor)
                    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                    completer.setFilterMode(Qt.MatchFlag.MatchContains)
                    completer.activated[str].connect(  # type: ignore[index]
                        lambda text, p=prefix: self.pick_party(p, text)
                    )
                    editor.setCompleter(completer)

        self.ctx.runner.run(backend.parties, company, on_done=loaded, owner=self)

    def pick_party(self, prefix: str, name: str) -> None:
        party = getattr(self, "_parties", {}).get(name)
        if party is None:
            return
        setattr(self.document, prefix, party.model_copy(deep=True))
        self.parties.load(self.document)
        self.mark_edited(prefix)

    def save_work(self, doc: Shipment, edited: list[str], revision: int | None = None, action: str = "") -> Shipment:
        return self.ctx.backend.save_shipment(  # type: ignore[no-any-return]
            doc, expected_revision=revision, action=action
        )

    def derive_declaration(self) -> None:
        self._derive(self.ctx.backend.derive_declaration, "declaration")

    def derive_booking(self) -> None:
        self._derive(self.ctx.backend.derive_booking, "booking")

    def _derive(self, fn: Callable[[str], Any], kind: str) -> None:
        if self.refuse_unreadable():  # deriving saves the shipment first
            return
        doc = self.document.model_copy(deep=True)
        backend = self.ctx.backend
        revision = self.revision

        def work() -> Any:
            saved = backend.save_shipment(doc, expected_revision=revision)
            return saved, fn(saved.id)

        def done(result: Any) -> None:
            saved, derived = result
            self._on_saved(saved)
            first = derived[0] if isinstance(derived, list) else derived
            self.open_requested.emit(kind, first.id)

        self.ctx.runner.run(work, on_done=done, on_error=self._on_save_failed, owner=self)
