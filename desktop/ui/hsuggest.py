"""Smart declaration in the goods table: typing a goods name in a name cell offers the ranked commodity codes
under it, each with its Chinese name, its name in the UI language and why it matched (the words it shares with
the name, and where they come from). Choosing one fills the line's 10-digit code, legal units and, from the
company's history, its declaration elements; the name typed stays as typed. Where the 2 supplementary digits of
the line are not known, the user is asked (desktop/ui/hsupplement.py).

The search runs in a worker (the first one builds the index); a result for a text the user has typed past is
dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QRect, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from desktop.core.hsearch import Candidate
from desktop.core.hsearch import elements as el
from desktop.core.hsearch.text import fold, has_han, stem
from desktop.ui import lang

#: The name cells that offer codes (shipment goods lines, declaration items, products).
NAME_COLUMNS = ("name_zh", "name_en", "g_name")
#: Fewer characters than this (Han characters count double) start no search.
MIN_TYPED = 2
SHOWN = 8
#: Each name in a suggestion is cut at this length (the tooltip has it whole).
NAME_CUT = 36
DELAY_MS = 200
#: The list of codes is as wide as its lines, up to this many pixels (a name cell is much narrower).
POPUP_MAX_WIDTH = 900
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1


def _cut(text: str, most: int = NAME_CUT) -> str:
    return text if len(text) <= most else text[: most - 1] + "…"


def typed_weight(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text.strip())


class HsSuggester(QObject):
    """Attached to one name-cell line edit; ``on_pick(candidate)`` is called when the user chooses a code."""

    def __init__(self, ctx: Any, company_id: str, edit: QLineEdit, on_pick: Callable[[Candidate], object]) -> None:
        super().__init__(edit)
        self.ctx, self.company_id, self.edit, self.on_pick = ctx, company_id, edit, on_pick
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setWidget(edit)  # not edit.setCompleter: choosing must not replace the name typed
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(SHOWN)
        self.completer.activated[QModelIndex].connect(self._on_completer_activated)  # type: ignore[index]
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.search)
        self.rows: list[Candidate] = []
        edit.textEdited.connect(self._on_edit_text_edited)
        edit.setPlaceholderText(self.tr("Type the goods name: codes are offered"))

    def _on_edit_text_edited(self, _text: str) -> None:
        self.timer.start()

    def search(self) -> None:
        text = self.edit.text().strip()
        if typed_weight(text) < MIN_TYPED:
            self.show([], text)
            return
        backend, company, language = self.ctx.backend, self.company_id, lang.current()
        self.ctx.runner.run(
            lambda: backend.classify(company, text, language)[:SHOWN],
            on_done=lambda found: self.show(found, text),
            owner=self,
        )

    def show(self, found: list[Candidate], text: str) -> None:
        if text != self.edit.text().strip():
            return  # typed on since: a newer search follows
        self.rows = found
        self.model.clear()
        language = lang.current()
        for n, c in enumerate(found):
            item = QStandardItem(self.label(c, language))
            item.setData(self.detail(c, language), Qt.ItemDataRole.ToolTipRole)
            item.setData(n, CANDIDATE_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if found and self.edit.isVisible():
            popup = self.completer.popup()
            wide = self.edit.width()
            if popup is not None:  # as wide as the suggestions, within the screen's reach
                wide = max(wide, min(POPUP_MAX_WIDTH, popup.sizeHintForColumn(0) + 2 * popup.frameWidth() + 24))
            self.completer.complete(QRect(0, 0, wide, self.edit.height()))
        else:
            self.hide_popup()

    def label(self, c: Candidate, language: str) -> str:
        """One line: code, Chinese name, the name in the UI language (when it is not Chinese), why."""
        parts = [c.code, _cut(c.name_zh)]
        other = c.name(language)
        if language != "zh_CN" and other and other != c.name_zh:
            parts.append(("≈ " if language == "vi" and c.name_vi_match == "nearest" else "") + _cut(other))
        return "  ".join(parts) + "  ← " + self.why(c)

    def why(self, c: Candidate) -> str:
        """The words the name shares with the candidate's best texts, then where the best match comes from."""
        words = matched_words(self.edit.text(), c)[:4]
        source = self.source_name(c.reasons[0].source) if c.reasons else ""
        return f"{lang.join_list(words)} ({source})" if words else source

    def detail(self, c: Candidate, language: str) -> str:
        lines = [f"{c.code}  {c.name_zh}"]
        for name in (c.name_en, c.name_vi):
            if name and name != c.name_zh:
                lines.append(name)
        units = " / ".join(name for _code, name in c.units(language))
        if units:
            lines.append(self.tr("Legal units: {units}").replace("{units}", units))
        lines += [f"{self.source_name(r.source)}: {r.text}" for r in c.reasons[:3]]
        return "\n".join(lines)

    def source_name(self, source: str) -> str:
        from desktop.ui.hslookup import source_name

        return source_name(source)

    def _on_completer_activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.rows):
            self.pick(row)

    def hide_popup(self) -> None:
        popup = self.completer.popup()
        if popup is not None:
            popup.hide()

    def pick(self, row: int) -> None:
        self.hide_popup()
        self.on_pick(self.rows[row])


def matched_words(typed: str, c: Candidate) -> list[str]:
    """What a user recognises of the match: runs of the Chinese typed whose character pairs matched ("摩托车",
    not "摩托", "托车"), and Latin words as written in the name typed or in the matched text (not their stems)."""
    matched = {w for r in c.reasons[:3] for w in r.words}
    out: list[str] = []
    for run in re.findall(r"[\u3400-\u9fff]+", typed):
        k = 0
        while k < len(run) - 1:
            if run[k : k + 2] not in matched:
                k += 1
                continue
            end = k + 2
            while end < len(run) and run[end - 1 : end + 1] in matched:
                end += 1
            out.append(run[k:end])
            k = end
    latin = r"[^\W\d_]+"
    out += [w for w in re.findall(latin, typed) if not has_han(w) and stem(fold(w)) in matched]  # as typed first
    texts = [r.text for r in c.reasons[:3]]
    written = {stem(fold(w)): w for t in reversed(texts) for w in re.findall(latin, t) if not has_han(w)}
    typed_stems = {stem(fold(w)) for w in re.findall(latin, typed)}
    out += [written[w] for w in sorted(matched) if w in written and w not in typed_stems]
    return list(dict.fromkeys(out))


def ten_digits(c: Candidate) -> str:
    """The 10-digit code a candidate fills in where the data knows it: history keeps its own, a tariff line the
    company declared with one set of supplementary digits gets those; "" where the user has to say."""
    if len(c.code) == 10:
        return c.code
    if len(c.code) == 8 and c.code.isdigit() and len(c.supplements) == 1:
        return el.complete_code(c.code, c.supplements[0])
    return ""


def attach(
    ctx: Any, company_id: Callable[[], str], on_pick: Callable[[QPersistentModelIndex, Candidate], object]
) -> Callable[[QLineEdit, Any], None]:
    """A hook for the sheet's cell delegate: a line edit of a name cell gets a suggester."""

    def hook(edit: QLineEdit, index: Any) -> None:
        model = index.model()
        names = getattr(model, "names", ())
        if index.column() < len(names) and names[index.column()] in NAME_COLUMNS:
            cell = QPersistentModelIndex(index)
            HsSuggester(ctx, company_id(), edit, lambda c: on_pick(cell, c))  # lives as the edit's child

    return hook
