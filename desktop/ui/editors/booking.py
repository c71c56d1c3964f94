"""The rail-sea booking editor."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import RailSeaBooking
from desktop.core.model.booking import Commodity, DocumentParty, RequestedEquipment
from desktop.core.model.filing import FilingStatus
from desktop.ui import lang
from desktop.ui.editors.carrier_panel import CarrierPanel
from desktop.ui.editors.filing import FilingEditor
from desktop.ui.editors.table import TableEditor
from desktop.ui.editors.widgets import page_of, scrolled
from desktop.ui.forms import ModelForm, Section
from desktop.ui.tables import ModelListTable

PARTY_COLUMNS = ("role", "name", "address", "street", "street_number", "post_code", "city", "country", "tax_id")
EQUIPMENT_COLUMNS = (
    "iso_code",
    "units",
    "shipper_owned",
    "reefer_temperature_c",
    "dangerous_goods",
    "container_numbers",
)
COMMODITY_COLUMNS = (
    "hs_code",
    "description",
    "gross_weight_kg",
    "volume_m3",
    "packages",
    "package_code",
    "un_number",
    "imo_class",
)


#: DCSA cut-off time codes a carrier confirms with, by name (others are shown as their code).
CUT_OFF_NAMES = {
    "DCO": QT_TRANSLATE_NOOP("BookingEditor", "Documentation cut-off"),
    "VCO": QT_TRANSLATE_NOOP("BookingEditor", "VGM cut-off"),
    "FCO": QT_TRANSLATE_NOOP("BookingEditor", "Full container cut-off"),
    "LCO": QT_TRANSLATE_NOOP("BookingEditor", "LCL delivery cut-off"),
}


class BookingEditor(FilingEditor):
    kind = "booking"
    document_kinds = ("booking", "bill", "invoice", "packing-list")

    def __init__(self, ctx: Any, document: RailSeaBooking, parent: QWidget | None = None) -> None:
        super().__init__(ctx, document, parent)
        assert isinstance(self.document, RailSeaBooking)
        self.header = self.add_form(
            ModelForm(
                [
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Service"),
                        RailSeaBooking,
                        (
                            "requested_departure",
                            "service_code",
                            "pre_carriage",
                            "rail_origin_station",
                            "train_no",
                            "vessel_name",
                            "vessel_imo",
                            "voyage_no",
                            "carrier_booking_reference",
                            "through_document_no",
                        ),
                    ),
                    Section(
                        QT_TRANSLATE_NOOP("Forms", "Terms"),
                        RailSeaBooking,
                        (
                            "receipt_type_at_origin",
                            "delivery_type_at_destination",
                            "cargo_movement_type_at_origin",
                            "cargo_movement_type_at_destination",
                            "equipment_substitution_allowed",
                            "transport_document_type",
                            "freight_payment",
                            "incoterm",
                            "export_declaration_required",
                            "export_declaration_reference",
                            "service_contract_reference",
                            "contract_quotation_reference",
                            "ad_valorem_cover",
                            "declared_value",
                            "declared_currency",
                            "remarks",
                        ),
                    ),
                ]
            )
        )
        self.equipment = self.add_table(
            TableEditor(
                ModelListTable(RequestedEquipment, EQUIPMENT_COLUMNS, "equipment", self.document.equipment, self)
            )
        )
        self.doc_parties = self.add_table(
            TableEditor(
                ModelListTable(DocumentParty, PARTY_COLUMNS, "document_parties", self.document.document_parties, self)
            )
        )
        commodities = self.document.equipment[0].commodities if self.document.equipment else []
        self.commodities = self.add_table(
            TableEditor(ModelListTable(Commodity, COMMODITY_COLUMNS, "equipment.0.commodities", commodities, self))
        )
        self.schedule_button = QPushButton(self)
        self.schedule_button.clicked.connect(self.search_schedules)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_booking)
        self.carrier_button = QPushButton(self)
        self.carrier_button.clicked.connect(self.send_to_carrier)
        self.amend_button = QPushButton(self)  # a confirmed booking: amend it at the carrier (DCSA UseCase 7)
        self.amend_button.clicked.connect(self.start_carrier_amend)
        self.schedules = QListWidget(self)
        self.schedules.itemActivated.connect(self._on_schedule_picked)
        self.cut_off_list = QListWidget(self)
        self.cut_off_list.setMaximumHeight(110)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(scrolled(self.header), "")
        self.tabs.addTab(page_of(self.equipment, self.commodities), "")
        self.tabs.addTab(self.doc_parties, "")
        self.tabs.addTab(page_of(self.schedule_button, self.schedules), "")
        self.tabs.addTab(page_of(self.cut_off_list, self.timeline), "")
        buttons = (
            self.save_button,
            self.submit_button,
            self.carrier_button,
            self.amend_button,
            self.cancel_button,
            self.documents_button,
        )
        self._lay_out_stacked(self.tabs, buttons)
        self.carrier_panel = CarrierPanel(self)  # what the carrier asks of the user, above the tabs
        self.carrier_panel.field_chosen.connect(self._on_carrier_panel_field_chosen)
        self.carrier_panel.link_requested.connect(self.link_carrier_reference)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.carrier_panel)
        self.carrier_amending = False
        self.user_amending = False  # the user chose Amend on a confirmed booking (the carrier did not ask)
        self.confirm_box: QMessageBox | None = None
        self.show_carrier_asks()
        self.retranslate()
        self.apply_read_only()
        self.update_buttons()
        self.run_checks()

    def retranslate(self) -> None:
        super().retranslate()
        for i, text in enumerate(
            (
                self.tr("Booking"),
                self.tr("Equipment and cargo"),
                self.tr("Parties"),
                self.tr("Schedules"),
                self.tr("Receipts"),
            )
        ):
            self.tabs.setTabText(i, text)
        self.schedule_button.setText(self.tr("Search schedules"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        if self.carrier_amending:
            self.carrier_button.setText(self.tr("Send the amendment to the &carrier"))
        else:
            self.carrier_button.setText(self.tr("Send straight to the &carrier's API"))
        self.carrier_button.setToolTip(self.tr("Send the booking to a carrier's DCSA booking API"))
        self.amend_button.setText(self.tr("&Amend"))
        self.amend_button.setToolTip(
            self.tr(
                "Change the confirmed booking and send the amendment to the carrier; "
                "the booking stands as confirmed until the carrier decides"
            )
        )
        self.carrier_panel.retranslate()
        self.show_cut_offs()

    @property
    def editable(self) -> bool:
        return super().editable or getattr(self, "carrier_amending", False)

    def show_carrier_asks(self) -> None:
        """The carrier's ask on the latest answer: the changes it wants unlock the form for an amendment."""
        assert isinstance(self.document, RailSeaBooking)
        self.carrier_panel.show_for(self.document)
        amending = self.carrier_panel.mode == "amend" or getattr(self, "user_amending", False)
        if amending != self.carrier_amending:
            self.carrier_amending = amending
            self.apply_read_only()
            self.retranslate()

    def show_cut_offs(self) -> None:
        """The carrier's cut-offs of the confirmed booking, above its timeline (hidden until there are any)."""
        assert isinstance(self.document, RailSeaBooking)
        self.cut_off_list.clear()
        for cut in self.document.cut_offs:
            name = self.tr(str(CUT_OFF_NAMES[cut.code])) if cut.code in CUT_OFF_NAMES else cut.code
            self.cut_off_list.addItem(f"{name}  {lang.format_datetime(cut.at) if cut.at else ''}")
        self.cut_off_list.setVisible(bool(self.document.cut_offs))

    def reload(self, document: BaseModel) -> None:
        super().reload(document)
        self.show_cut_offs()
        self.show_carrier_asks()
        self.update_buttons()

    def update_buttons(self) -> None:
        super().update_buttons()
        status = getattr(self.document, "status", None)
        self.cancel_button.setEnabled(status in (FilingStatus.REQUESTED, FilingStatus.CONFIRMED))
        self.carrier_button.setEnabled(self.editable)
        if getattr(self, "carrier_amending", False):  # the amendment goes to the carrier, not to the platform
            self.submit_button.setEnabled(False)
        self.amend_button.setEnabled(self._amendable() and not getattr(self, "carrier_amending", False))

    def _amendable(self) -> bool:
        """A booking the carrier confirmed and is not deciding on (an amendment or a cancellation in hand)."""
        doc = self.document
        if getattr(doc, "status", None) != FilingStatus.CONFIRMED:
            return False
        codes = [r.message_code for r in getattr(doc, "receipts", [])]
        busy = ("dcsa.amendment_received", "dcsa.cancellation_received")
        return any(c.startswith("dcsa.") for c in codes) and codes[-1] not in busy

    def start_carrier_amend(self) -> None:
        """Unlock the confirmed booking's fields; "Send the amendment to the carrier" then sends it."""
        if not self._amendable():
            return
        self.user_amending = True
        self.show_carrier_asks()
        self.update_buttons()

    def title(self) -> str:
        assert isinstance(self.document, RailSeaBooking)
        if self.document.carrier_booking_reference:
            return self.document.carrier_booking_reference
        if self.shipment_reference:
            return self.tr("Booking for {reference}").format(reference=self.shipment_reference)
        return self.tr("New booking")

    def save_work(
        self, doc: RailSeaBooking, edited: list[str], revision: int | None = None, action: str = ""
    ) -> RailSeaBooking:
        return self.ctx.backend.save_booking(  # type: ignore[no-any-return]
            doc, edited, expected_revision=revision, action=action
        )

    def search_schedules(self) -> None:
        assert isinstance(self.document, RailSeaBooking)
        backend = self.ctx.backend
        doc = self.document

        def done(items: list[Any]) -> None:
            self.schedules.clear()
            for s in items:
                text = self.tr(
                    "{service} · train {train} · cut-off {cutoff} · {vessel} {voyage} · "
                    "{days} days · {amount} {currency}"
                ).format(
                    service=s.service_code,
                    train=s.train_no,
                    cutoff=str(s.cutoff)[:16],
                    vessel=s.vessel,
                    voyage=s.voyage,
                    days=s.transit_days,
                    amount=s.price.amount,
                    currency=s.price.currency,
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, s)
                self.schedules.addItem(item)

        self.ctx.runner.run(backend.schedules, doc, on_done=done, on_error=self._on_save_failed, owner=self)

    def _on_schedule_picked(self, item: QListWidgetItem) -> None:
        s = item.data(Qt.ItemDataRole.UserRole)
        assert isinstance(self.document, RailSeaBooking)
        self.document.service_code = s.service_code
        self.document.train_no = s.train_no
        self.document.vessel_name = s.vessel
        self.document.voyage_no = s.voyage
        for path in ("service_code", "train_no", "vessel_name", "voyage_no"):
            self.mark_edited(path)
        self.header.load(self.document)

    def send_to_carrier(self) -> None:
        """Save, then send the booking (or, when the carrier asked for changes, the amendment) to the carrier; a
        booking whose last create had no answer is sent again only once the user says the carrier has none."""
        if not self.editable or self.refuse_unreadable():
            return
        if self.carrier_panel.mode == "link":
            box = self.confirm_box = QMessageBox(self)
            box.setObjectName("carrier-send-again")
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Send to carrier"))
            box.setText(
                self.tr(
                    "The carrier may already hold this booking. Send it again only if the carrier says it has none."
                )
            )
            again = box.addButton(self.tr("Send &again"), QMessageBox.ButtonRole.AcceptRole)
            again.setObjectName("again")
            cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
            cancel.setObjectName("cancel")
            box.setDefaultButton(cancel)
            box.setEscapeButton(cancel)
            box.buttonClicked.connect(lambda b: self._send(None) if b.objectName() == "again" else None)
            box.open()
            return
        self._send(self.ctx.backend.carrier_of_booking(self.doc_id) if self.carrier_amending else None)

    def _send(self, amend_at: str | None) -> None:
        names = self.ctx.backend.carriers()
        if not names:
            self.ctx.window.show_message(
                self.tr("No carrier is set up in this workspace: add one under File > Carriers.")
            )
            return
        name = amend_at or names[0]
        if len(names) > 1 and not amend_at:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getItem(self, self.tr("Send to carrier"), self.tr("Carrier:"), names, 0, False)
            if not ok:
                return
        errors = [i for i in self.issues if str(i.severity) == "error"]
        if errors:
            self.focus_path(errors[0].field_path)
            self.ctx.window.show_message(self.tr("Fix the errors marked on the form before submitting."))
            return
        assert isinstance(self.document, RailSeaBooking)
        doc, edited, backend = self.document.model_copy(deep=True), list(self.edited_paths), self.ctx.backend
        action = "amend" if amend_at else "create"
        revision = self.revision

        def work() -> Any:
            saved = self.save_merging(doc, edited, revision)
            return backend.send_to_carrier(saved.id, name, action=action)

        self.carrier_button.setEnabled(False)

        def done(result: Any) -> None:
            self.user_amending = False  # sent: the carrier's answer decides what is editable now
            self._on_saved(result)
            self.show_carrier_asks()
            self.update_buttons()

        def failed(exc: BaseException) -> None:
            self.update_buttons()
            self.ctx.window.show_error(exc)
            self.refresh_from_store()

        self.ctx.runner.run(work, on_done=done, on_error=failed, owner=self)

    def link_carrier_reference(self, reference: str) -> None:
        """Take the reference the carrier gave (checked at the carrier to be this booking's)."""
        self.carrier_panel.busy(True)

        def done(result: Any) -> None:
            self.carrier_panel.busy(False)
            self.carrier_panel.reference.clear()
            self.reload(result)

        def failed(exc: BaseException) -> None:
            self.carrier_panel.busy(False)
            self.ctx.window.show_error(exc)

        self.ctx.runner.run(
            self.ctx.backend.link_carrier_reference, self.doc_id, reference, on_done=done, on_error=failed, owner=self
        )

    def _on_carrier_panel_field_chosen(self, path: str) -> None:
        self.focus_path(path)

    def cancel_booking(self) -> None:
        """Cancel where the booking was filed (its carrier or the platform); a carrier's answer is shown."""

        def done(result: Any) -> None:
            self.refresh_from_store()
            if isinstance(result, RailSeaBooking) and result.receipts:  # the carrier's answer, in the user's words
                self.ctx.window.show_message(lang.code_message(result.receipts[-1].message_code, {}))

        self.cancel_button.setEnabled(False)
        self.ctx.runner.run(
            self.ctx.backend.cancel_booking, self.doc_id, on_done=done, on_error=self._on_cancel_failed, owner=self
        )

    def _on_cancel_failed(self, exc: BaseException) -> None:
        self.update_buttons()
        self.ctx.window.show_error(exc)
