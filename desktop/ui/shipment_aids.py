"""What the shipment editor works out for the user: the header sums of the goods lines (weights, packages), and
what each document derived from the shipment (declaration, booking) will still need before it is derived.

The sums follow the lines while the header value is empty or still the previous sum; a value typed by the user
is kept (the sum-mismatch rule flags a difference). The derived documents are built and checked in a worker a
moment after the last edit, never on the GUI thread.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QListWidgetItem, QStyle

from desktop.ui import lang

if TYPE_CHECKING:
    from desktop.ui.editors import ShipmentEditor

#: header field -> goods line field summed into it
SUMS = (("gross_weight", "gross_weight"), ("net_weight", "net_weight"), ("package_count", "packages"))


def goods_sums(shipment: Any) -> dict[str, Decimal | int | None]:
    """The sum of each line field over all goods lines (None while a line has no value or there are none)."""
    out: dict[str, Decimal | int | None] = {}
    for header, line_field in SUMS:
        values = [getattr(line, line_field) for line in shipment.goods]
        if not values or any(v is None for v in values):
            out[header] = None
            continue
        total = sum(values, Decimal(0))
        out[header] = int(total) if header == "package_count" else total
    return out


class ShipmentAids(QObject):
    def __init__(self, editor: ShipmentEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.sums = goods_sums(editor.document)
        self.needs: list[Any] = []  # Problems of the derived documents (declaration, booking)
        self.checked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(600)
        self._timer.timeout.connect(self.check_derived)
        self._running = False
        self._again = False
        editor.goods.table.edited.connect(self._on_goods_edited)

    def reset(self) -> None:
        self.sums = goods_sums(self.editor.document)
        self.schedule()

    def _on_goods_edited(self, _path: str) -> None:
        editor = self.editor
        new = goods_sums(editor.document)
        for header, value in new.items():
            current = getattr(editor.document, header)
            if value is None or current == value:
                continue
            if current is None or current == self.sums.get(header):
                setattr(editor.document, header, value)
                editor.header.editor(header).set_value(value)
                editor.mark_edited(header)
        # a sum that cannot be formed for a moment (a new, empty line) keeps the last one it had
        self.sums = {k: v if v is not None else self.sums.get(k) for k, v in new.items()}

    # ------------------------------------------------------------------ derived documents
    def schedule(self) -> None:
        self._timer.start()

    def check_derived(self) -> None:
        backend = self.editor.ctx.backend
        if backend is None or backend.store is None:
            return
        if self._running:
            self._again = True
            return
        self._running = True
        doc = self.editor.document.model_copy(deep=True)
        self.editor.ctx.runner.run(
            backend.derived_needs, doc, on_done=self._on_checked, on_error=self._on_failed, owner=self.editor
        )

    def _on_checked(self, problems: list[Any]) -> None:
        self._running = False
        self.needs = problems
        self.checked = True
        self.editor.show_issues()
        if self._again:
            self._again = False
            self.schedule()

    def _on_failed(self, _exc: BaseException) -> None:
        self._running = False
        self.needs = []
        self.checked = True

    def document_name(self, problem: Any) -> str:
        if problem.document == "booking":
            return self.tr("Booking")
        if problem.parts > 1:
            return self.tr("Declaration {part}/{parts}").format(part=problem.part, parts=problem.parts)
        return self.tr("Declaration")

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for p in self.needs:
            out[self.document_name(p)] = out.get(self.document_name(p), 0) + 1
        return out

    def add_items(self) -> None:
        """Append what the derived documents still need to the editor's issue list (not clickable: the fields
        are on the declaration or booking)."""
        issue_list = self.editor.issue_list
        language = lang.current()
        for p in sorted(self.needs, key=lambda p: (p.document, p.part, not p.is_error, p.field_path)):
            label = p.label(language)
            text = p.message(language)
            body = (
                text
                if not label or text.startswith(label)
                else self.tr("{field}: {message}").format(field=label, message=text)
            )
            shown = self.tr("{document} will need: {problem}").format(document=self.document_name(p), problem=body)
            item = QListWidgetItem(shown)
            pixmaps = QStyle.StandardPixmap
            icon = pixmaps.SP_MessageBoxCritical if p.is_error else pixmaps.SP_MessageBoxWarning
            item.setIcon(self.editor.style().standardIcon(icon))
            item.setToolTip(f"{shown}\n[{p.rule_id}]")
            item.setData(Qt.ItemDataRole.UserRole + 1, p.document)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            issue_list.addItem(item)

    def status_text(self) -> str:
        counts = self.counts()
        if not self.checked:
            return ""
        if not counts:
            return self.tr("declaration and booking complete")
        return " · ".join(
            self.tr("{document}: {n} to fix").format(document=name, n=n) for name, n in sorted(counts.items())
        )
