"""Forms generated from the model field definitions: label, editor, code picker and issue marker per field.

No field label is typed here: each comes from ``field_specs(model)``, translated in the ``Field`` context.
A form edits values by field path (``route.port_of_loading``) and can show issues on those paths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model.fields import field_specs
from desktop.core.model.paths import get_path, set_path
from desktop.ui import lang
from desktop.ui.codepick import CodeEdit
from desktop.ui.fieldkinds import enum_type, field_kind, from_text, to_text, unreadable


@dataclass(frozen=True)
class Section:
    """A group of fields of one (sub)model; ``title`` is an untranslated source string of ``context``."""

    title: Any  # a QT_TRANSLATE_NOOP source string
    model: type[BaseModel]
    names: Sequence[str]
    prefix: str = ""
    context: str = "Forms"


def spec_is_code(spec: Any) -> bool:
    return bool(getattr(spec, "code_table", ""))


class FieldEditor(QWidget):
    """The editor of one field plus its issue marker."""

    edited = Signal(str)  # path; every change
    committed = Signal(str)  # path; the user left the field or picked a value

    def __init__(self, model: type[BaseModel], name: str, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.name, self.path = model, name, path
        self.spec = field_specs(model)[name]
        self.kind = field_kind(model, name)
        self.label = QLabel(self)
        self.marker = QLabel(self)
        self.marker.setVisible(False)
        # numbers and dates: shown in the language's format, edited (on focus) and stored canonical
        self._localised = self.kind in ("decimal", "int", "date") and not spec_is_code(self.spec)
        self._canonical = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.editor = self._make_editor()
        layout.addWidget(self.editor, 1)
        self.calendar: Any = None
        if self.kind == "date" and isinstance(self.editor, QLineEdit):
            from desktop.ui.datepick import CalendarButton

            self.calendar = CalendarButton(self.editor, self._on_date_picked, self)
            layout.addWidget(self.calendar)
        layout.addWidget(self.marker)
        self.setFocusProxy(self.editor)
        self.label.setBuddy(self.editor)
        self._issues: list[tuple[str, str]] = []
        self.retranslate()

    def _make_editor(self) -> QWidget:
        spec = self.spec
        if self.kind == "bool":
            box = QCheckBox(self)
            box.toggled.connect(lambda _v: self._changed(commit=True))
            return box
        if self.kind == "enum":
            combo = QComboBox(self)
            for member in enum_type(self.model, self.name):
                combo.addItem(lang.choice_text(member), member.value)
            combo.activated.connect(lambda _i: self._changed(commit=True))
            return combo
        editor: QLineEdit | CodeEdit
        if spec.code_table and self.kind == "str":
            editor = CodeEdit(spec.code_table, self)
        else:
            editor = QLineEdit(self)
            # no validator: what cannot be read stays visible with its error instead of vanishing
            if self.kind in ("decimal", "int"):
                editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        if spec.max_length and self.kind == "str":
            editor.setMaxLength(max(spec.max_length, 1))
        editor.textEdited.connect(self._on_text_edited)
        editor.editingFinished.connect(lambda: self.committed.emit(self.path))
        if self._localised:
            editor.installEventFilter(self)
        return editor

    def _on_date_picked(self, text: str) -> None:
        """A day picked in the calendar: as if typed the way the language writes it, then the field left."""
        assert isinstance(self.editor, QLineEdit)
        self.editor.setText(text)
        self._on_text_edited(text)
        self.committed.emit(self.path)

    def _on_text_edited(self, text: str) -> None:
        self._canonical = text
        self._show_issues()
        self._changed(commit=False)

    def typed_text(self) -> str:
        """The text as typed (for a localised field, before it is shown back in the language's format)."""
        ed = self.editor
        if not isinstance(ed, QLineEdit):
            return ""
        return self._canonical if self._localised else ed.text()

    def input_error(self) -> str:
        """The message for typed text that cannot be read as this field's number or date, else ""."""
        ed = self.editor
        if self.kind not in ("int", "decimal", "date") or not isinstance(ed, QLineEdit):
            return ""
        text = self._canonical if self._localised else ed.text()
        if not unreadable(self.kind, text, **lang.parse_options()):
            return ""
        return lang.unreadable_text(self.kind, text.strip())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.editor and self._localised and isinstance(self.editor, QLineEdit):
            if event.type() == QEvent.Type.FocusIn and self.kind == "date":
                pass  # a date is edited as it is shown (10/12/2026 in Vietnamese); ISO works too
            elif event.type() == QEvent.Type.FocusIn and self.editor.text() != self._canonical:
                self.editor.setText(self._canonical)  # edit the canonical form: 1234.50, 2026-12-10
            elif event.type() == QEvent.Type.FocusOut:
                # after the line edit has finished its edit; dropped if the field is gone by then (a window
                # closing with the field in focus)
                QTimer.singleShot(0, self.editor, self._show_display)
        return False

    def _show_display(self) -> None:
        """Show a number or date as the language writes it (display only), unless it is being edited."""
        ed = self.editor
        if not self._localised or not isinstance(ed, QLineEdit) or ed.hasFocus():
            return
        parsed = from_text(self.kind, self._canonical, **lang.parse_options())
        shown = self._canonical if parsed is None else lang.display(parsed)
        if ed.text() != shown:
            ed.setText(shown)
            ed.setCursorPosition(0)  # a value wider than the field shows its start, as it was typed

    def _changed(self, commit: bool) -> None:
        self.edited.emit(self.path)
        if commit:
            self.committed.emit(self.path)

    def retranslate(self) -> None:
        text = lang.field_label(self.spec.label)
        required = self.spec.required
        self.label.setText(f"{text}{' *' if required else ''}")
        if isinstance(self.editor, QCheckBox):
            self.editor.setText(text)
            self.label.setText("")
        self.editor.setAccessibleName(text)
        help_text = QCoreApplication.translate("Field", self.spec.help) if self.spec.help else ""
        self.editor.setToolTip(help_text)
        self.editor.setAccessibleDescription(help_text)
        if isinstance(self.editor, QLineEdit) and self.kind == "date":
            self.editor.setPlaceholderText(lang.date_placeholder())
            if self.calendar is not None:
                self.calendar.retranslate()
        if isinstance(self.editor, QComboBox):  # choices show their translated names, never the raw code
            enum = enum_type(self.model, self.name)
            for i in range(self.editor.count()):
                self.editor.setItemText(i, lang.choice_text(enum(self.editor.itemData(i))))
        self._show_display()
        self._show_issues()

    # values
    def value(self) -> Any:
        ed = self.editor
        if isinstance(ed, QCheckBox):
            return ed.isChecked()
        if isinstance(ed, QComboBox):
            enum = enum_type(self.model, self.name)
            return enum(ed.currentData())
        assert isinstance(ed, (QLineEdit, CodeEdit))
        text = self._canonical if self._localised else ed.text()
        return from_text(self.kind, text, **lang.parse_options())

    def set_value(self, value: Any) -> None:
        ed = self.editor
        ed.blockSignals(True)
        try:
            if isinstance(ed, QCheckBox):
                ed.setChecked(bool(value))
            elif isinstance(ed, QComboBox):
                index = ed.findData(to_text(value))
                ed.setCurrentIndex(max(index, 0))
            elif isinstance(ed, CodeEdit):
                ed.setText(to_text(value))
            else:
                assert isinstance(ed, QLineEdit)
                self._canonical = to_text(value)
                if ed.text() != to_text(value) or not ed.hasFocus():
                    ed.setText(to_text(value))
                    if not ed.hasFocus():
                        ed.setCursorPosition(0)  # a USCC or a name wider than the field shows its first characters
        finally:
            ed.blockSignals(False)
        self._show_display()

    def text(self) -> str:
        ed = self.editor
        if self._localised:
            return self._canonical
        if isinstance(ed, (QLineEdit, CodeEdit)):
            return ed.text()
        return to_text(self.value())

    def set_text(self, text: str) -> None:
        """Type ``text`` as the user would (tests, paste): the edit signals fire."""
        ed = self.editor
        if isinstance(ed, (CodeEdit, QLineEdit)):
            ed.setText(text)
            ed.textEdited.emit(text)
        elif isinstance(ed, QCheckBox):
            ed.setChecked(text.lower() in ("1", "true", "yes"))
        elif isinstance(ed, QComboBox):
            ed.setCurrentIndex(max(ed.findData(text), 0))
            ed.activated.emit(ed.currentIndex())
        ed.editingFinished.emit() if isinstance(ed, (QLineEdit, CodeEdit)) else None
        self._show_display()

    def set_read_only(self, flag: bool) -> None:
        ed = self.editor
        if isinstance(ed, (QLineEdit, CodeEdit)):
            ed.setReadOnly(flag)
            if self.calendar is not None:
                self.calendar.setEnabled(not flag)
        else:
            ed.setEnabled(not flag)

    # issues
    def set_issues(self, issues: list[tuple[str, str]]) -> None:
        """``[(severity, message)]``; severity ``error`` or ``warning``."""
        if issues == self._issues:
            return
        self._issues = issues
        self._show_issues()

    @property
    def issues(self) -> list[tuple[str, str]]:
        return list(self._issues)

    def _show_issues(self) -> None:
        error = self.input_error()
        issues = ([("error", error)] if error else []) + [i for i in self._issues if i[1] != error]
        if not issues:
            self.marker.setVisible(False)
            self.marker.setToolTip("")
            self.editor.setProperty("issue", "")
            return
        worst = "error" if any(sev == "error" for sev, _ in issues) else "warning"
        icon = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if worst == "error"
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.marker.setPixmap(self.style().standardIcon(icon).pixmap(size, size))
        text = "\n".join(msg for _sev, msg in issues)
        self.marker.setToolTip(text)
        self.marker.setAccessibleName(text)
        self.marker.setVisible(True)
        self.editor.setProperty("issue", worst)


QWIDGETSIZE_MAX = 16777215
#: The widest a field label grows (pixels) before it wraps onto a second line.
LABEL_WIDTH = 150


def _fit_label(label: QLabel) -> None:
    """A label longer than :data:`LABEL_WIDTH` (Vietnamese ones often are) wraps onto two lines at that width,
    leaving the width to the value; a shorter one stays on one line."""
    natural = label.fontMetrics().horizontalAdvance(label.text())
    long = natural > LABEL_WIDTH
    label.setWordWrap(long)
    if long:
        label.setFixedWidth(LABEL_WIDTH)
        label.setMinimumHeight(label.heightForWidth(LABEL_WIDTH))  # the row grows to the wrapped lines
    else:
        label.setMinimumWidth(0)
        label.setMaximumWidth(QWIDGETSIZE_MAX)
        label.setMinimumHeight(0)


class ModelForm(QWidget):
    """Sections of field editors over one root model; reads and writes values by path."""

    edited = Signal(str)
    committed = Signal(str)

    def __init__(self, sections: Sequence[Section], columns: int = 2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sections = list(sections)
        self.editors: dict[str, FieldEditor] = {}
        self.boxes: list[tuple[QGroupBox, Section]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        for section in self.sections:
            box = QGroupBox(self)
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(12)
            for index, name in enumerate(section.names):
                path = f"{section.prefix}.{name}" if section.prefix else name
                fe = FieldEditor(section.model, name, path, box)
                fe.edited.connect(self.edited)
                fe.committed.connect(self.committed)
                row, col = divmod(index, columns)
                align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                grid.addWidget(fe.label, row, col * 2, align)
                grid.addWidget(fe, row, col * 2 + 1)
                self.editors[path] = fe
            for col in range(columns):
                grid.setColumnStretch(col * 2 + 1, 1)
            outer.addWidget(box)
            self.boxes.append((box, section))
        outer.addStretch(1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        for box, section in self.boxes:
            box.setTitle(QCoreApplication.translate(section.context, section.title))
        for fe in self.editors.values():
            fe.retranslate()
            _fit_label(fe.label)

    def load(self, root: BaseModel) -> None:
        for path, fe in self.editors.items():
            fe.set_value(get_path(root, path))

    def apply(self, root: BaseModel, paths: Sequence[str] | None = None) -> list[str]:
        """Write editor values into ``root``; returns the paths whose value changed."""
        changed = []
        for path in paths if paths is not None else list(self.editors):
            fe = self.editors[path]
            value = fe.value()
            if get_path(root, path) != value:
                _ensure_parent(root, path)
                if set_path(root, path, value):
                    changed.append(path)
        return changed

    def set_issues(self, by_path: dict[str, list[tuple[str, str]]]) -> None:
        for path, fe in self.editors.items():
            fe.set_issues(by_path.get(path, []))

    def set_read_only(self, flag: bool) -> None:
        for fe in self.editors.values():
            fe.set_read_only(flag)

    def focus_path(self, path: str) -> bool:
        fe = self.editors.get(path)
        if fe is None:
            return False
        fe.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def editor(self, path: str) -> FieldEditor:
        return self.editors[path]


def _ensure_parent(root: BaseModel, path: str) -> None:
    """Create an optional sub-model (e.g. the notify party) before setting a value inside it."""
    parts = path.split(".")
    node: Any = root
    for part in parts[:-1]:
        if not isinstance(node, BaseModel):
            return
        child = getattr(node, part, None)
        if child is None:
            annotation = type(node).model_fields[part].annotation
            import typing

            for candidate in (annotation, *typing.get_args(annotation)):
                if isinstance(candidate, type) and issubclass(candidate, BaseModel):
                    child = candidate()
                    setattr(node, part, child)
                    break
        node = child
