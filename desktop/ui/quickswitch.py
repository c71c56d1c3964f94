"""Ctrl+K, the company switcher, and the probe that tells a sandbox platform from production."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.core.model import Company


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
