"""HS lookup: one search over the company's history and the Chinese, HS 2022 and Vietnamese nomenclatures;
choosing a candidate completes the 10-digit commodity code and the declaration elements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hsearch import Candidate, Reason, nearest_code
from desktop.core.hsearch import elements as el
from desktop.ui import lang
from desktop.ui.elements import DeclarationElementsWidget

_Index = QModelIndex | QPersistentModelIndex
#: A tariff name up to this long is offered as the goods name (品名); a longer one is the tariff's wording.
SHORT_NAME = 16
#: The names and the first reason under the table are cut at this length (the full text is the tooltip).
MAX_NAMES = 240
#: A name column is at least this wide; "why it matched" keeps at least this much of its text in view.
NAME_MIN, WHY_MIN = 160, 220


@dataclass(frozen=True)
class HsChoice:
    """What choosing a tariff candidate fills in: the 10-digit code, the legal units, the elements, the names."""

    code: str
    unit1: str
    unit2: str
    elements: str
    name_zh: str
    name_en: str


def source_name(source: str) -> str:
    """Where a candidate's match comes from, in the UI language (the lookup's column and the name suggestions)."""
    return {
        "history": QCoreApplication.translate("CandidateModel", "own history"),
        "synonym": QCoreApplication.translate("CandidateModel", "trade name"),
        "cn_zh": QCoreApplication.translate("CandidateModel", "Chinese tariff"),
        "cn_en": QCoreApplication.translate("CandidateModel", "Chinese tariff (English)"),
        "hs2022": QCoreApplication.translate("CandidateModel", "HS 2022"),
        "vn": QCoreApplication.translate("CandidateModel", "Vietnamese tariff"),
        "vn_example": QCoreApplication.translate("CandidateModel", "Vietnamese declared goods"),
        "code": QCoreApplication.translate("CandidateModel", "code"),
        "code_nearest": QCoreApplication.translate("CandidateModel", "nearest line to the code"),
    }.get(source, source)


class CandidateModel(QAbstractTableModel):
    """Candidates of one search as rows: code, Chinese name, name in the UI language, legal units, why."""

    COLUMNS = ("code", "name_zh", "name", "units", "why")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Candidate] = []

    def set_rows(self, rows: list[Candidate]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Code"),
            self.tr("Chinese name"),
            self.tr("Name"),
            self.tr("Legal units"),
            self.tr("Matched by"),
        )[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        language = lang.current()
        column = self.COLUMNS[index.column()]
        if column == "code":
            return c.code
        if column == "name_zh":
            return c.name_zh
        if column == "name":
            if language == "vi" and role == Qt.ItemDataRole.ToolTipRole and c.name_vi_match not in ("", "exact"):
                return f"{c.name(language)}\n{self.vi_note(c)}"
            return ("≈ " if language == "vi" and c.name_vi_match == "nearest" else "") + c.name(language)
        if column == "units":
            if role == Qt.ItemDataRole.ToolTipRole:
                return " / ".join(f"{name} ({code})" for code, name in c.units(language))
            return " / ".join(name for _code, name in c.units(language))
        return self.reasons_text(c) if role == Qt.ItemDataRole.DisplayRole else self.reasons_detail(c)

    def source_name(self, source: str) -> str:
        return source_name(source)

    def vi_note(self, c: Candidate) -> str:
        """Why the Vietnamese name is not the Vietnamese tariff's own for this line ("" when it is)."""
        if c.name_vi_match == "nearest":
            return self.tr(
                "Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line}: the Vietnamese "
                "tariff splits the subheading differently."
            ).format(line=c.name_vi_line)
        if c.name_vi_match == "subheading":
            return self.tr(
                "The first Vietnamese tariff lines of this subheading: the Vietnamese tariff splits the subheading "
                "differently and none of its lines is this one."
            )
        if c.name_vi_match == "missing":
            return self.tr(
                "The Vietnamese tariff has no line of this subheading that names these goods: the English and "
                "Chinese names are shown."
            )
        return ""

    def reasons_text(self, c: Candidate) -> str:
        return lang.join_list(dict.fromkeys(self.source_name(r.source) for r in c.reasons[:3]))

    def reasons_detail(self, c: Candidate) -> str:
        return "\n".join(f"{self.source_name(r.source)}: {r.text}" for r in c.reasons[:4])


def _cut(text: str) -> str:
    """At most ``MAX_NAMES`` characters, a cut one ending in "…" (the whole text is in the tooltip)."""
    return text if len(text) <= MAX_NAMES else text[: MAX_NAMES - 1] + "…"


class HsLookupDialog(QDialog):
    """Type goods names in Chinese, English or Vietnamese, or digits; pick a candidate, complete code and elements."""

    def __init__(self, ctx: Any, company_id: str, text: str = "", parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx, self.company_id = ctx, company_id
        self.products: dict[str, Any] = {}
        self.query = QLineEdit(text, self)
        self.query.setClearButtonEnabled(True)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        #: Why a code query lists other lines (the code typed has none in the tariff); hidden otherwise.
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        self.note.hide()
        self.nearest: Reason | None = None
        self.model = CandidateModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab goes on to the buttons
        self.table.setWordWrap(False)
        self.table.viewport().installEventFilter(self)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        # completing the choice: the 8-digit line, the 2 supplementary digits, the declaration elements
        self.line = QComboBox(self)
        # long Chinese line names fit the box by eliding; the list opens as wide as its lines, each whole in its tooltip
        self.line.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.line.setMinimumContentsLength(12)
        #: Says, wrapped in full, that the code used before is no line of the bundled tariff; hidden otherwise.
        self.line_note = QLabel(self)
        self.line_note.setObjectName("hs-line-note")
        self.line_note.setWordWrap(True)
        self.line_note.setStyleSheet("color: #8a5300;")
        self.line_note.hide()
        self.supplement = QLineEdit(el.DEFAULT_SUPPLEMENT, self)
        self.supplement.setMaxLength(2)
        self.supplement.setMaximumWidth(60)
        self.supplement_help = QLabel(self)
        self.supplement_help.setWordWrap(True)
        self.full_code = QLabel(self)
        self.supplement_error = QLabel(self)
        self.supplement_error.setStyleSheet("color: #b00020;")
        self.elements = DeclarationElementsWidget(self)
        self.line_label, self.supplement_label = QLabel(self), QLabel(self)
        self.line_label.setBuddy(self.line)
        self.supplement_label.setBuddy(self.supplement)
        code_form = QFormLayout()
        code_form.addRow(self.line_label, self.line)
        row = QHBoxLayout()
        row.addWidget(self.supplement)
        row.addWidget(self.full_code, 1)
        code_form.addRow(self.supplement_label, row)
        self.code_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.code_box)
        box_layout.addLayout(code_form)
        box_layout.addWidget(self.line_note)
        box_layout.addWidget(self.supplement_help)
        box_layout.addWidget(self.supplement_error)
        box_layout.addStretch(1)
        self.elements_box = QGroupBox(self)
        scroll = QScrollArea(self.elements_box)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.elements)
        QVBoxLayout(self.elements_box).addWidget(scroll)
        lower = QWidget(self)
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.code_box, 2)
        lower_layout.addWidget(self.elements_box, 3)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addWidget(self.why)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.query)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(150)
        self.timer.timeout.connect(self.search)
        self.query.textChanged.connect(self._on_query_changed)
        self.query.returnPressed.connect(self._on_query_return)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.table.activated.connect(self._on_table_activated)
        self.line.currentIndexChanged.connect(self._on_code_changed)
        self.supplement.textChanged.connect(self._on_code_changed)
        self.resize(1040, 700)
        self.retranslate()
        self._on_current_changed()
        if text:
            self.search()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("HS lookup"))
        self.hint.setText(
            self.tr(
                "Type the goods as you call them, in Chinese, English or Vietnamese, or a code. This company's own "
                "products and earlier declarations come first, then the Chinese tariff, HS 2022 and the Vietnamese "
                "tariff."
            )
        )
        self.query.setAccessibleName(self.tr("Search HS codes and products"))
        self.query.setPlaceholderText(self.tr("e.g. 摩托车轮辋, solar panels, sầu riêng tươi, 8714"))
        self.table.setAccessibleName(self.tr("Results"))
        self.code_box.setTitle(self.tr("Commodity code (10 digits)"))
        self.elements_box.setTitle(self.tr("Declaration elements"))
        self.line_label.setText(self.tr("Tariff &line"))
        self.supplement_label.setText(self.tr("&Supplementary digits"))
        self.supplement_help.setText(
            self.tr(
                "The commodity code is the 8-digit line of the Chinese tariff and 2 supplementary digits. Most lines "
                "are not split further and use 00; where customs splits a line (for example by use or grade), type "
                "the 2 digits from the tariff or ask your broker."
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this code"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.table.setColumnHidden(2, lang.current() == "zh_CN")  # the name in the UI language is the Chinese one
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(CandidateModel.COLUMNS) - 1)
        self._show_note()
        self._on_code_changed()

    def _show_note(self) -> None:
        reason = self.nearest
        if reason is None:
            text = ""
        elif len(reason.note) == 6:
            text = self.tr(
                "The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest "
                "first."
            ).format(code=reason.text, prefix=f"{reason.note[:4]}.{reason.note[4:]}")
        else:
            text = self.tr(
                "The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the "
                "nearest first."
            ).format(code=reason.text, prefix=reason.note)
        self.note.setText(text)
        self.note.setVisible(bool(text))

    # --- searching
    def _on_query_changed(self, _text: str) -> None:
        self.timer.start()

    def _on_query_return(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.search()
        elif self.current() is not None:
            self.accept()

    def search(self) -> None:
        text = self.query.text().strip()
        backend, company, language = self.ctx.backend, self.company_id, lang.current()

        def work() -> tuple[list[Candidate], dict[str, Any]]:
            found = backend.classify(company, text, language) if text else []
            products = {c.product_id: backend.product(company, c.product_id) for c in found if c.product_id}
            return found, {k: v for k, v in products.items() if v is not None}

        # latest: the search for what was typed before, finishing last, is not shown over this one
        self.ctx.runner.run(work, on_done=self._show, owner=self, latest="search")

    def _show(self, found: tuple[list[Candidate], dict[str, Any]]) -> None:
        rows, self.products = found
        self.model.set_rows(rows)
        self.nearest = nearest_code(rows)
        self._show_note()
        self.fit_columns()
        if rows:
            self.table.selectRow(0)
        self._on_current_changed()

    def fit_columns(self) -> None:
        """Names as wide as they are, within the room the code, units and a readable "why" leave: in Chinese,
        where the Chinese name is the only name, it takes the room of both; "why" takes what is left."""
        table = self.table
        table.resizeColumnsToContents()
        names = [1] if table.isColumnHidden(2) else [1, 2]
        last = len(CandidateModel.COLUMNS) - 1
        fixed = sum(table.columnWidth(c) for c in range(last) if c not in names and not table.isColumnHidden(c))
        room = table.viewport().width() - fixed - min(table.columnWidth(last), WHY_MIN)
        most = max(NAME_MIN, room // len(names))
        for column in names:
            table.setColumnWidth(column, min(table.columnWidth(column), most))
        header_room = table.horizontalHeader().sectionSizeHint(last)  # "Khớp theo" readable in full
        others = sum(table.columnWidth(c) for c in range(last) if not table.isColumnHidden(c))
        over = others + header_room - table.viewport().width()
        if over > 0:  # the names give up what the last header needs, down to their least
            for column in names:
                table.setColumnWidth(column, max(NAME_MIN, table.columnWidth(column) - over // len(names)))
            others = sum(table.columnWidth(c) for c in range(last) if not table.isColumnHidden(c))
        table.setColumnWidth(last, max(NAME_MIN // 2, header_room, table.viewport().width() - others))  # the rest

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize and self.model.rows:
            self.fit_columns()  # the table's room changed (the dialog resized, shown): the names' share with it
        return super().eventFilter(watched, event)

    # --- the current candidate
    def current(self) -> Candidate | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.accept()

    def _on_current_changed(self, *_args: Any) -> None:
        c = self.current()
        self.line.blockSignals(True)
        self.line.clear()
        if c is not None:
            ix_lines = self.ctx.backend.tariff_lines(c.hs6)
            for code8, name_zh in ix_lines:
                self.line.addItem(f"{code8}  {name_zh}", code8)
            at = self.line.findData(c.code[:8])
            if at < 0 and c.source == "history" and len(c.code) >= 8:  # keep the code used, and say so
                self.line.insertItem(
                    0,
                    self.tr("{line}  (not a line of the bundled 2023 tariff: check it)").format(line=c.code[:8]),
                    c.code[:8],
                )
                at = 0
                self.line_note.setText(
                    self.tr(
                        "{line} is not a line of the bundled 2023 tariff: check the code before you use it."
                    ).format(line=c.code[:8])
                )
            self.line_note.setVisible(c.code[:8] not in {code8 for code8, _name in ix_lines} and at == 0)
            for i in range(self.line.count()):
                self.line.setItemData(i, self.line.itemText(i), Qt.ItemDataRole.ToolTipRole)
            self.line.view().setMinimumWidth(min(self.line.view().sizeHintForColumn(0) + 24, self.width()))
            self.line.setCurrentIndex(at if at >= 0 else 0)
            known = c.code[8:10] if len(c.code) == 10 else (c.supplements or (el.DEFAULT_SUPPLEMENT,))[0]
            self.supplement.setText(known)
            names = " · ".join(dict.fromkeys(n for n in (c.name(lang.current()), c.name_zh) if n))  # UI language
            first = c.reasons[0] if c.reasons else None
            reason = f"{self.model.source_name(first.source)}: {first.text}" if first is not None else ""
            vi_note = self.model.vi_note(c) if lang.current() == "vi" else ""
            self.why.setText("\n".join(t for t in (_cut(names), _cut(reason), vi_note) if t))
            self.why.setToolTip("\n".join(t for t in (names, self.model.reasons_detail(c)) if t))
            product = self.products.get(c.product_id)
            stored = c.elements or (product.declaration_elements if product is not None else "")
            if not stored and len(c.name_zh) <= SHORT_NAME:  # a short tariff name is a fair goods name
                stored = c.name_zh
            self.elements.set_code(c.code, stored)
        else:
            self.why.setText("")
            self.line_note.hide()
            self.elements.set_code("", "")
        self.line.blockSignals(False)
        self.code_box.setEnabled(c is not None)
        self.elements_box.setEnabled(c is not None)
        self._on_code_changed()

    def _on_code_changed(self, *_args: Any) -> None:
        code = self.code()
        problems = el.check_supplement(self.supplement.text()) if self.current() is not None else []
        if problems:
            self.supplement_error.setText(el.message(problems[0], self.elements.element_list, lang.current()))
        self.supplement_error.setVisible(bool(problems))
        self.full_code.setText(self.tr("Commodity code: {code}").format(code=code) if code else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(code))

    def code(self) -> str:
        """The 10-digit commodity code chosen so far, or "" while it is incomplete."""
        line = self.line.currentData()
        if self.current() is None or not line:
            return ""
        try:
            return el.complete_code(str(line), self.supplement.text().strip())
        except ValueError:
            return ""

    def choice(self) -> tuple[str, Any] | None:
        """``("product", Product)`` (updated with the code and elements chosen here) or ``("hs", HsChoice)``."""
        c, code = self.current(), self.code()
        if c is None or not code:
            return None
        elements = self.elements.value()
        product = self.products.get(c.product_id)
        if product is not None:
            return "product", product.model_copy(update={"commodity_code": code, "declaration_elements": elements})
        line = str(self.line.currentData())
        unit1, unit2 = self.ctx.backend.tariff_units(line) or (c.unit1, c.unit2)
        name_en = c.name_en if c.source == "history" else ""
        return "hs", HsChoice(code, unit1, unit2, elements, c.name_zh if c.source == "history" else "", name_en)
