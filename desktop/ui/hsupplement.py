"""The 2 supplementary digits of a commodity code picked under a goods name: where neither the tariff data nor the
company's history knows how customs splits the 8-digit line, the user is asked, with the usual default (00)
explained, as the HS lookup does."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from desktop.core.hsearch import Candidate
from desktop.core.hsearch import elements as el
from desktop.ui import lang


class SupplementDialog(QDialog):
    """Asks the supplementary digits of the tariff line of ``candidate``; :meth:`code` is the 10-digit code."""

    def __init__(self, candidate: Candidate, parent: Any = None) -> None:
        super().__init__(parent)
        self.candidate = candidate
        self.line = QLabel(self)
        self.line.setWordWrap(True)
        self.supplement = QLineEdit(candidate.supplements[0] if candidate.supplements else el.DEFAULT_SUPPLEMENT,
                                    self)
        self.supplement.setMaxLength(2)
        self.supplement.setMaximumWidth(60)
        self.supplement.selectAll()
        self.supplement_label = QLabel(self)
        self.supplement_label.setBuddy(self.supplement)
        self.full_code = QLabel(self)
        self.help = QLabel(self)
        self.help.setWordWrap(True)
        self.used = QLabel(self)
        self.used.setWordWrap(True)
        self.used.setVisible(bool(candidate.supplements))
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.supplement_label, self.supplement)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.line)
        layout.addLayout(form)
        layout.addWidget(self.full_code)
        layout.addWidget(self.error)
        layout.addWidget(self.used)
        layout.addWidget(self.help)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.supplement.textChanged.connect(self._on_supplement_changed)
        self.setMinimumWidth(520)
        self.retranslate()
        self.supplement.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        c = self.candidate
        self.setWindowTitle(self.tr("Supplementary digits"))
        name = c.name(lang.current())
        names = c.name_zh + (f"\n{name}" if name and name != c.name_zh else "")
        self.line.setText(self.tr("Tariff line {line}:\n{names}").format(line=c.code, names=names))
        self.supplement_label.setText(self.tr("&Supplementary digits"))
        self.help.setText(self.tr(
            "The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines "
            "are not split further and use 00; where customs splits a line (for example by use or grade), type "
            "the 2 digits from the tariff or ask your broker."
        ))
        self.used.setText(self.tr("This company declared this line before with: {digits}").format(
            digits=", ".join(c.code + s for s in c.supplements)
        ))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._on_supplement_changed()

    def _on_supplement_changed(self, *_args: Any) -> None:
        problems = el.check_supplement(self.supplement.text())
        if problems:
            self.error.setText(el.message(problems[0], el.elements_for(self.candidate.code), lang.current()))
        self.error.setVisible(bool(problems))
        code = self.code()
        self.full_code.setText(self.tr("Commodity code: {code}").format(code=code) if code else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(code))

    def code(self) -> str:
        """The 10-digit commodity code, or "" while the supplementary digits are not 2 digits."""
        try:
            return el.complete_code(self.candidate.code, self.supplement.text().strip())
        except ValueError:
            return ""
