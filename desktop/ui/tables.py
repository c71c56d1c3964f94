"""Editable tables over a list of sub-models (goods lines, declaration items, containers): column headers from
the field definitions, add / duplicate / delete / reorder, paste rows from Excel, fill down, undo / redo, issue
markers per cell. A value that cannot be read (letters in a number, a date in no known form, an unknown choice)
is kept in its cell with its error, never dropped; line totals follow quantity × unit price unless typed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.model.fields import field_specs
from desktop.ui import lang
from desktop.ui.fieldkinds import enum_type, field_kind, from_text, to_text

Index = QModelIndex | QPersistentModelIndex
UNDO_LIMIT = 100
CENT = Decimal("0.01")
TOTAL_PARTS = ("quantity", "unit_price", "total")


def unit_label(code: str) -> str:
    """A GACC unit as a user reads it: its name in the UI language with the code beside it ("千克 035")."""
    from desktop.ui.codepick import code_name

    name = code_name("unit", code)
    return f"{name} ({code})" if name else code


def line_total(quantity: Decimal | None, unit_price: Decimal | None) -> Decimal | None:
    """Quantity × unit price at 2 decimals (as the total-mismatch rule computes it), None if either is missing."""
    if quantity is None or unit_price is None:
        return None
    try:
        return (quantity * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ArithmeticError):
        return None


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
        self.raw: dict[tuple[int, str], str] = {}  # (id(row), name) -> typed text that could not be read
        self.computes_totals = all(n in model.model_fields for n in TOTAL_PARTS)
        self._undo: list[tuple[list[Any], dict[tuple[int, str], str]]] = []
        self._redo: list[tuple[list[Any], dict[tuple[int, str], str]]] = []
        self._depth = 0

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.raw = {}
        self._undo.clear()
        self._redo.clear()
        self.endResetModel()

    def rebind(self, rows: list[Any]) -> None:
        """Follow the document's list after a save replaced the document with its stored copy (same lines, same
        order): edits keep reaching the document, and the kept unreadable texts and the undo history stay."""
        if len(rows) != len(self.rows):
            self.set_rows(rows)
            return
        where = {id(r): n for n, r in enumerate(self.rows)}
        self.raw = {(id(rows[where[rid]]), name): text for (rid, name), text in self.raw.items() if rid in where}
        self.rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.names) - 1))

    # --- undo / redo: a snapshot of the rows (and kept unreadable texts) before each change
    def _snapshot(self) -> tuple[list[Any], dict[tuple[int, str], str]]:
        where = {id(r): n for n, r in enumerate(self.rows)}
        raw = {(where[rid], name): text for (rid, name), text in self.raw.items() if rid in where}
        return [r.model_copy(deep=True) for r in self.rows], raw

    def _restore(self, snapshot: tuple[list[Any], dict[tuple[int, str], str]]) -> None:
        rows, raw = snapshot
        self.beginResetModel()
        self.rows[:] = [r.model_copy(deep=True) for r in rows]  # the same list: it is the document's
        self.raw = {(id(self.rows[n]), name): text for (n, name), text in raw.items() if n < len(self.rows)}
        self.endResetModel()
        self.edited.emit(self.list_path)

    @contextmanager
    def change(self) -> Iterator[None]:
        """Group edits into one undo step (a paste, a fill down); nested groups join the outer one."""
        if self._depth == 0:
            self._undo.append(self._snapshot())
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1

    def can_undo(self) -> bool:
        return bool(self._undo)

    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo or self.read_only:
            return False
        self._redo.append(self._snapshot())
        self._restore(self._undo.pop())
        return True

    def redo(self) -> bool:
        if not self._redo or self.read_only:
            return False
        self._undo.append(self._snapshot())
        self._restore(self._redo.pop())
        return True

    def raw_text(self, row: int, name: str) -> str | None:
        return self.raw.get((id(self.rows[row]), name))

    def input_issues(self) -> list[tuple[str, str]]:
        """``(path, message)`` of every cell that holds a value that could not be read."""
        out = []
        for n, row in enumerate(self.rows):
            for name in self.names:
                text = self.raw.get((id(row), name))
                if text is not None:
                    out.append((f"{self.list_path}.{n}.{name}", self.unreadable_message(name, text)))
        return out

    def unread_texts(self) -> dict[str, str]:
        """``{path: typed text}`` of every cell that holds a value that could not be read."""
        return {
            f"{self.list_path}.{n}.{name}": self.raw[(id(row), name)]
            for n, row in enumerate(self.rows)
            for name in self.names
            if (id(row), name) in self.raw
        }

    def unreadable_message(self, name: str, text: str) -> str:
        kind = self.kinds[name]
        if kind in ("int", "decimal", "date"):
            return lang.unreadable_text(kind, text)
        if kind == "list":
            message = QCoreApplication.translate("ModelListTable", "“{text}” is not a list of numbers such as 1, 2, 5.")
            return message.format(text=text)
        return QCoreApplication.translate("ModelListTable", "“{text}” is not one of the choices.").format(text=text)

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
        raw = self.raw.get((id(row), name))
        if raw is not None:  # kept as typed, with its error
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return raw
            if role == Qt.ItemDataRole.DecorationRole:
                return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.unreadable_message(name, raw)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if isinstance(value, list):
                return ", ".join(str(v) for v in value)
            if isinstance(value, bool):
                return "✓" if value else ""
            if role == Qt.ItemDataRole.DisplayRole and self.specs[name].code_table == "unit" and value:
                return unit_label(str(value))  # the unit's name in the UI language, its code beside it
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
        with self.change():
            return self._set_cell(index, value)

    def _set_cell(self, index: Index, value: Any) -> bool:
        name = self.names[index.column()]
        kind = self.kinds[name]
        row = self.rows[index.row()]
        text = str(value).strip()
        try:
            parsed = self._parse(name, kind, row, text)
        except ValueError:
            parsed = None
            self.raw[(id(row), name)] = text  # kept visibly with its error
            if kind in ("int", "decimal", "date"):
                setattr(row, name, None)
        else:
            self.raw.pop((id(row), name), None)
            old = {n: getattr(row, n) for n in TOTAL_PARTS} if self.computes_totals else {}
            try:
                setattr(row, name, parsed)
            except ValueError:
                self.raw[(id(row), name)] = text
            if self.computes_totals and name in ("quantity", "unit_price"):
                self._follow_total(index.row(), old)
        self.dataChanged.emit(index, index)
        self.edited.emit(f"{self.list_path}.{index.row()}.{name}")
        return True

    def _follow_total(self, n: int, old: dict[str, Any]) -> None:
        """The line total follows quantity × unit price unless it was typed differently (then it is kept)."""
        row = self.rows[n]
        before = line_total(old["quantity"], old["unit_price"])
        if row.total is not None and row.total != before:
            return  # typed by the user: kept (the total-mismatch rule flags a difference)
        if (id(row), "total") in self.raw:
            return
        computed = line_total(row.quantity, row.unit_price)
        if computed is not None and computed != row.total:
            row.total = computed
            col = self.names.index("total") if "total" in self.names else -1
            if col >= 0:
                self.dataChanged.emit(self.index(n, col), self.index(n, col))
            self.edited.emit(f"{self.list_path}.{n}.total")

    def _parse(self, name: str, kind: str, row: Any, text: str) -> Any:
        """The value of typed or pasted ``text``; ValueError when it cannot be read."""
        value = text
        parsed: Any
        if kind == "bool":
            parsed = str(value).strip().lower() in ("1", "true", "yes", "y", "✓", "x")
        elif kind == "list":  # e.g. the goods line numbers of a container: "1, 2, 5"
            parts = [p.strip() for p in str(value).replace(";", ",").split(",") if p.strip()]
            current = getattr(row, name)
            wants_int = (bool(current) and isinstance(current[0], int)) or name in ("goods_lines", "items")
            parsed = [int(p) for p in parts] if wants_int else parts
        elif kind == "enum":  # the code or the name shown (typed or pasted), in the UI language
            text = str(value).strip()
            members = list(enum_type(self.model_type, name))
            parsed = next((m for m in members if text == str(m.value)), None) or next(
                (m for m in members if text.casefold() == lang.choice_text(m).casefold()), None
            )
            if parsed is None and text:
                raise ValueError(text)
            if parsed is None:
                parsed = getattr(row, name)
        else:
            parsed = from_text(kind, str(value), **lang.parse_options())
            if parsed is None and text and kind in ("int", "decimal", "date"):
                raise ValueError(text)
        return parsed

    # --- row operations
    def add_row(self, row: Any | None = None, at: int | None = None) -> int:
        at = len(self.rows) if at is None else at
        with self.change():
            self.beginInsertRows(QModelIndex(), at, at)
            self.rows.insert(at, row if row is not None else self.model_type())
            self.endInsertRows()
        self.edited.emit(self.list_path)
        return at

    def duplicate_row(self, n: int) -> int:
        return self.add_row(self.rows[n].model_copy(deep=True), n + 1)

    def delete_rows(self, ns: Sequence[int]) -> None:
        with self.change():
            for n in sorted(set(ns), reverse=True):
                self.beginRemoveRows(QModelIndex(), n, n)
                gone = self.rows.pop(n)
                self.raw = {k: v for k, v in self.raw.items() if k[0] != id(gone)}
                self.endRemoveRows()
        self.edited.emit(self.list_path)

    def move_row(self, n: int, delta: int) -> int:
        target = n + delta
        if not (0 <= n < len(self.rows) and 0 <= target < len(self.rows)):
            return n
        dest = target + 1 if delta > 0 else target
        with self.change():
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
        with self.change():  # one undo step
            for offset, values in enumerate(cells):
                n = start + offset
                if n >= len(self.rows):
                    self.add_row()
                for target, raw in zip(targets, values, strict=False):
                    if target is None:
                        continue
                    self.setData(self.index(n, self.names.index(target)), raw.strip())
        return len(cells)

    def fill_down(self, cells: Sequence[tuple[int, int]]) -> int:
        """Copy the top cell of each selected column into the selected cells below it; a single cell takes the
        value of the cell above. Returns the number of cells filled."""
        by_column: dict[int, list[int]] = {}
        for r, c in cells:
            by_column.setdefault(c, []).append(r)
        filled = 0
        with self.change():
            for c, rows in by_column.items():
                rows = sorted(set(rows))
                source, targets = (rows[0] - 1, rows) if len(rows) == 1 else (rows[0], rows[1:])
                if source < 0 or self.kinds[self.names[c]] == "model":
                    continue
                text = self.data(self.index(source, c), Qt.ItemDataRole.EditRole)
                for r in targets:
                    self.setData(self.index(r, c), "" if text is None else str(text))
                    filled += 1
        return filled

    def clear_cells(self, cells: Sequence[tuple[int, int]]) -> None:
        with self.change():
            for r, c in cells:
                if self.flags(self.index(r, c)) & Qt.ItemFlag.ItemIsEditable:
                    self.setData(self.index(r, c), "")

    def copy_text(self, cells: Sequence[tuple[int, int]]) -> str:
        """The selected cells as tab-separated rows (as Excel copies them)."""
        if not cells:
            return ""
        rows = sorted({r for r, _ in cells})
        cols = sorted({c for _, c in cells})
        chosen = set(cells)
        lines = []
        for r in rows:
            values = []
            for c in cols:
                text = self.data(self.index(r, c), Qt.ItemDataRole.EditRole) if (r, c) in chosen else ""
                values.append("" if text is None else str(text))
            lines.append("\t".join(values))
        return "\n".join(lines) + "\n"

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
