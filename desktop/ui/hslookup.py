"""HS lookup: search the HS 2022 nomenclature and the company's own products, pick a code or a product."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout

PRODUCT_ROLE = Qt.ItemDataRole.UserRole + 1
HS_ROLE = Qt.ItemDataRole.UserRole + 2


class HsLookupDialog(QDialog):
    """Type words (English description, Chinese or English product name) or digits; Enter picks."""

    def __init__(self, ctx: Any, company_id: str, text: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.company_id = ctx, company_id
        self.query = QLineEdit(text, self)
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.accept)
        self.results.itemActivated.connect(lambda _i: self.accept())
        self.resize(640, 420)
        self.retranslate()
        if text:
            self.search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HS lookup"))
        self.hint.setText(self.tr("Search HS 2022 by description or code, and this company's own products by name."))
        self.query.setAccessibleName(self.tr("Search HS codes and products"))
        self.results.setAccessibleName(self.tr("Results"))

    def search(self) -> None:
        text = self.query.text().strip()
        backend, company = self.ctx.backend, self.company_id

        def work() -> tuple[list[Any], list[Any]]:
            from desktop.core.codes import hs

            products = backend.suggest_products(company, text) if text and company else []
            return products, hs.search(text, limit=40) if text else []

        self.ctx.runner.run(work, on_done=self._show, owner=self)

    def _show(self, found: tuple[list[Any], list[Any]]) -> None:
        products, entries = found
        self.results.clear()
        for p in products:
            item = QListWidgetItem(
                self.tr("Product: {zh} / {en} — {code}").format(zh=p.name_zh, en=p.name_en, code=p.commodity_code)
            )
            item.setData(PRODUCT_ROLE, p)
            self.results.addItem(item)
        for e in entries:
            item = QListWidgetItem(f"{e.code}  {e.description}")
            item.setData(HS_ROLE, e.code)
            if e.level < 6:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a chapter or heading: context, not a choice
            self.results.addItem(item)
        for n in range(self.results.count()):
            if self.results.item(n).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.results.setCurrentRow(n)
                break

    def choice(self) -> tuple[str, Any] | None:
        """``("product", Product)`` or ``("hs", "871410")`` for the current entry."""
        item = self.results.currentItem()
        if item is None:
            return None
        product = item.data(PRODUCT_ROLE)
        if product is not None:
            return "product", product
        code = item.data(HS_ROLE)
        return ("hs", str(code)) if code else None
