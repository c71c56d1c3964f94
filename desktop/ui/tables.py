"""Editable tables over a list of sub-models (goods lines, declaration items, containers): column headers from
the field definitions, add / duplicate / delete / reorder, paste rows from Excel, issue markers per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.model.fields import field_specs
from desktop.ui import lang
from desktop.ui.fieldkinds import enum_type, field_kind, from_text, to_text

Index = QModelIndex | QPersistentModelIndex


class ModelListTable(QAbstractTableModel):
    """Rows are instances of ``model`` kept in ``rows`` (the list inside the edited document)."""

    edited = Signal(str)  # path of the changed cell or list, e.g. "goods.2.quantity" or "goods"

    def __init__(
        self,
        model: type[BaseModel],
        names: Sequence[str],
        list_path: str,
        rows: list[Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.model_type = model
        self.names = list(names)
        self.list_path = list_path
        self.rows: list[Any] = rows if rows is not None else []
        self.specs = field_specs(model)
        self.kinds = {n: field_kind(model, n) for n in self.names}
        self.read_only = False
        self.issues: dict[tuple[int, str], list[tuple[str, str]]] = {}

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.names)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            spec = self.specs[self.names[section]]
            return lang.field_label(spec.label) + (" *" if spec.required else "")
        return section + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and self.kinds[self.names[index.column()]] != "model":
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        name = self.names[index.column()]
        row = self.rows[index.row()]
        value = getattr(row, name)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, list):
                return ", ".join(str(v) for v in value)
            if isinstance(value, bool):
                return "✓" if value else ""
            if role == Qt.ItemDataRole.DisplayRole:  # shown in the language's format; edited canonical
                return lang.display(value)
            return to_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and self.kinds[name] in ("int", "decimal"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        issues = self.issues.get((index.row(), name))
        if issues and role == Qt.ItemDataRole.DecorationRole:
            worst = any(sev == "error" for sev, _ in issues)
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if worst else QStyle.StandardPixmap.SP_MessageBoxWarning
            return QApplication.style().standardIcon(icon)
        if issues and role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(m for _s, m in issues)
        table = self.specs[name].code_table
        if role == Qt.ItemDataRole.ToolTipRole and table and isinstance(value, str):
            from desktop.ui.codepick import code_name  # the code's name in the UI language

            return code_name(table, value) or None
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        name = self.names[index.column()]
        kind = self.kinds[name]
        parsed: Any
        if kind == "bool":
            parsed = str(value).strip().lower() in ("1", "true", "yes", "y", "✓", "x")
        elif kind == "list":  # e.g. the goods line numbers of a container: "1, 2, 5"
            parts = [p.strip() for p in str(value).replace(";", ",").split(",") if p.strip()]
            current = getattr(self.rows[index.row()], name)
            wants_int = (bool(current) and isinstance(current[0], int)) or name in ("goods_lines", "items")
            try:
                parsed = [int(p) for p in parts] if wants_int else parts
            except ValueError:
                return False
        elif kind == "enum":  # the code or the name shown (typed or pasted), in the UI language
            text = str(value).strip()
            members = list(enum_type(self.model_type, name))
            parsed = next((m for m in members if text == str(m.value)), None) or next(
                (m for m in members if text.casefold() == lang.choice_text(m).casefold()), None
            )
            if parsed is None:
                return False
        else:
            parsed = from_text(kind, str(value), decimal_comma=lang.decimal_comma())
        row = self.rows[index.row()]
        try:
            setattr(row, name, parsed)
        except ValueError:
            return False
        self.dataChanged.emit(index, index)
        self.edited.emit(f"{self.list_path}.{index.row()}.{name}")
        return True

    # --- row operations
    def add_row(self, row: Any | None = None, at: int | None = None) -> int:
        at = len(self.rows) if at is None else at
        self.beginInsertRows(QModelIndex(), at, at)
        self.rows.insert(at, row if row is not None else self.model_type())
        self.endInsertRows()
        self.edited.emit(self.list_path)
        return at

    def duplicate_row(self, n: int) -> int:
        return self.add_row(self.rows[n].model_copy(deep=True), n + 1)

    def delete_rows(self, ns: Sequence[int]) -> None:
        for n in sorted(set(ns), reverse=True):
            self.beginRemoveRows(QModelIndex(), n, n)
            del self.rows[n]
            self.endRemoveRows()
        self.edited.emit(self.list_path)

    def move_row(self, n: int, delta: int) -> int:
        target = n + delta
        if not (0 <= n < len(self.rows) and 0 <= target < len(self.rows)):
            return n
        dest = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), n, n, QModelIndex(), dest)
        self.rows.insert(target, self.rows.pop(n))
        self.endMoveRows()
        self.edited.emit(self.list_path)
        return target

    def paste_text(self, text: str, at_row: int = -1, at_column: int = 0) -> int:
        """Paste tab-separated rows (as Excel copies them); a header row naming columns maps them by name.

        Returns the number of rows pasted. Rows past the end are appended.
        """
        lines = [ln for ln in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if ln.strip()]
        if not lines:
            return 0
        cells = [ln.split("\t") for ln in lines]
        names_by_header: dict[str, str] = {}
        for name in self.names:
            spec = self.specs[name]
            for key in (spec.column, spec.label, lang.field_label(spec.label), name):
                if key:
                    names_by_header[key.strip().lower()] = name
        header = cells[0]
        mapped = [names_by_header.get(h.strip().lower()) for h in header]
        if sum(1 for m in mapped if m) >= max(1, len(header) // 2):
            targets = mapped
            cells = cells[1:]
        else:
            targets = [
                self.names[at_column + k] if at_column + k < len(self.names) else None for k in range(len(header))
            ]
        start = len(self.rows) if at_row < 0 else at_row
        for offset, values in enumerate(cells):
            n = start + offset
            if n >= len(self.rows):
                self.add_row()
            for target, raw in zip(targets, values, strict=False):
                if target is None:
                    continue
                self.setData(self.index(n, self.names.index(target)), raw.strip())
        return len(cells)

    def set_issues(self, by_path: dict[str, list[tuple[str, str]]]) -> None:
        prefix = self.list_path + "."
        found: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for path, issues in by_path.items():
            if not path.startswith(prefix):
                continue
            parts = path[len(prefix) :].split(".")
            if len(parts) >= 2 and parts[0].isdigit() and parts[1] in self.names:
                found.setdefault((int(parts[0]), parts[1]), []).extend(issues)
        if found != self.issues:
            self.issues = found
            if self.rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.names) - 1))

    def index_of_path(self, path: str) -> QModelIndex | None:
        prefix = self.list_path + "."
        if not path.startswith(prefix):
            return None
        parts = path[len(prefix) :].split(".")
        if not parts[0].isdigit() or int(parts[0]) >= len(self.rows):
            return None
        col = self.names.index(parts[1]) if len(parts) > 1 and parts[1] in self.names else 0
        return self.index(int(parts[0]), col)
