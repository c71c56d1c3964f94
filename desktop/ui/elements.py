"""Declaration elements (申报要素) editor: one input per element of the heading, checked as the user types and
joined into 规格型号 with ``|``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.hsearch import elements as el
from desktop.ui import lang


class DeclarationElementsWidget(QWidget):
    """Inputs for the elements of one heading; ``value()`` is the joined 规格型号, ``issues`` what is wrong."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.element_list = el.elements_for("")
        self.inputs: list[QWidget] = []
        self.labels: list[QLabel] = []
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)
        self.problems = QLabel(self)
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addLayout(self.form)
        layout.addWidget(self.preview)
        layout.addWidget(self.problems)
        self.issues: list[Any] = []
        self.unfitted = ""
        self.set_code("", "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- content
    def set_code(self, code: str, stored: str = "") -> None:
        """Show the elements of ``code``'s heading, filled from a stored 规格型号 (``a|b|c``)."""
        previous_values = {
            e.key: self.input_text(w) for e, w in zip(self.element_list.elements, self.inputs, strict=False)
        }
        self.element_list = el.elements_for(code)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.inputs, self.labels = [], []
        filled = el.split(stored, len(self.element_list.elements)) if stored else None
        self.unfitted = ""
        if filled is not None and not el.fits(self.element_list, stored):
            # stored in another order or for other elements: kept whole (value() gives it back unchanged until
            # the user fills the inputs), shown, and not spread over the wrong inputs
            self.unfitted, filled = stored, None
        for n, element in enumerate(self.element_list.elements):
            widget: QWidget
            if element.choices:
                combo = QComboBox(self)
                combo.setEditable(False)
                combo.addItem("", "")  # nothing chosen yet: the rule asks for a choice
                for choice in element.choices:
                    combo.addItem("", choice.code)
                combo.currentIndexChanged.connect(self._on_input_changed)
                widget = combo
            else:
                line = QLineEdit(self)
                line.textChanged.connect(self._on_input_changed)
                widget = line
            previous = previous_values.get(element.key, "")
            self.set_input_text(widget, filled[n] if filled is not None else previous)
            label = QLabel(self)
            label.setBuddy(widget)
            self.form.addRow(label, widget)
            self.inputs.append(widget)
            self.labels.append(label)
        self.retranslate()
        self._on_input_changed()

    def set_values(self, values: list[str]) -> None:
        for widget, value in zip(self.inputs, values, strict=False):
            self.set_input_text(widget, value)

    def values(self) -> list[str]:
        return [self.input_text(w) for w in self.inputs]

    def value(self) -> str:
        """规格型号: the element values joined with ``|`` (a stored text that does not fit this heading's elements
        stays as it was until the user fills the inputs)."""
        joined = el.join(self.values())
        return self.unfitted if self.unfitted and not joined else joined

    @staticmethod
    def input_text(widget: QWidget) -> str:
        if isinstance(widget, QComboBox):
            data = widget.currentData()
            return str(data) if data is not None else ""
        return widget.text() if isinstance(widget, QLineEdit) else ""

    @staticmethod
    def set_input_text(widget: QWidget, value: str) -> None:
        if isinstance(widget, QComboBox):
            index = widget.findData(value.strip())
            widget.setCurrentIndex(max(index, 0))
            if index < 0:  # a stored value the list does not know: keep it visible
                widget.addItem(value.strip(), value.strip())
                widget.setCurrentIndex(widget.count() - 1)
        elif isinstance(widget, QLineEdit):
            widget.setText(value)

    # --- texts
    def retranslate(self) -> None:
        language = lang.current()
        for label, element, widget in zip(self.labels, self.element_list.elements, self.inputs, strict=True):
            mark = " *" if element.required else ""
            label.setText(f"{element.name(language)}{mark}")
            widget.setAccessibleName(element.name(language))
            if isinstance(widget, QComboBox):
                for n, choice in enumerate(element.choices, start=1):
                    widget.setItemText(n, f"{choice.code} — {choice.names.get(language) or choice.names['zh_CN']}")
        if self.unfitted:
            self.note.setText(self.tr(
                "The stored specification does not follow the elements of heading {heading}; it is kept as it is "
                "unless you fill the inputs below: {stored}"
            ).format(heading=self.element_list.heading or "—", stored=self.unfitted))
        elif self.element_list.is_default:
            self.note.setText(self.tr(
                "The declaration elements of this heading are not in the bundled list: the usual elements are "
                "asked. Check them against the Single Window before filing."
            ))
        else:
            self.note.setText(self.tr("Declaration elements of heading {heading}, in the order customs asks them.")
                              .format(heading=self.element_list.heading))
        self._show_state()

    def _on_input_changed(self, *_args: Any) -> None:
        self.issues = [] if self.unfitted and not el.join(self.values()) else el.check(self.element_list, self.values())
        self._show_state()
        self.changed.emit()

    def _show_state(self) -> None:
        language = lang.current()
        self.preview.setText(self.tr("Specification and model (规格型号): {value}").format(value=self.value() or "—"))
        self.problems.setText("\n".join(el.message(i, self.element_list, language) for i in self.issues))
        self.problems.setVisible(bool(self.issues))
