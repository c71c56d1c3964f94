"""Editing a company of the workspace (Master data > Companies): its codes, including the ones the Single Window
needs (customs code, USCC, inspection registration code, default customs office, source of goods), checked by the
company rules before it is saved; the reasons are shown at the fields and nothing is saved while one is wrong."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.core.model.master import Company
from desktop.ui.pages import RecordDialog

COMPANY_FORM = ["name_zh", "name_en", "uscc", "customs_code", "ciq_code", "customs_district", "source_district",
                "address", "role"]


class CompanyDialog(RecordDialog):
    """The company form; OK saves only when the company rules find no error (warnings are shown, not blocking)."""

    def __init__(self, record: Company, parent: QWidget | None = None) -> None:
        super().__init__(Company, record, COMPANY_FORM, parent)
        self.setObjectName("company-dialog")
        self.problems = QLabel(self)
        self.problems.setObjectName("company-problems")
        self.problems.setWordWrap(True)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(1, self.problems)
        self.setWindowTitle(self.tr("Company"))

    def errors(self) -> list[Any]:
        """The rule issues of the company as the form holds it now (unreadable input counts as an error)."""
        from desktop.core.rules.documents import check_company
        from desktop.ui.editors import issues

        record = self.record.model_copy(deep=True)
        self.form.apply(record)
        found = [*issues.input_issues([self.form], []), *check_company(record)]
        by_path: dict[str, list[tuple[str, str]]] = {}
        for issue in found:
            severity = "error" if getattr(issue, "is_error", True) else "warning"
            by_path.setdefault(issue.field_path, []).append((severity, issues.message(issue)))
        self.form.set_issues(by_path)
        errors = [i for i in found if getattr(i, "is_error", True)]
        self.problems.setText("\n".join(issues.message(i) for i in errors))
        return errors

    def accept(self) -> None:
        if self.errors():
            return  # the dialog stays open with the reasons at the fields; nothing is saved
        super().accept()
