"""Every dialog with the keyboard alone, in English and Chinese: the focus is inside the dialog when it opens,
Tab reaches every control and comes back round without leaving the dialog or sticking in one control, the
mnemonics (Alt+letter) of a dialog are distinct and take the focus to their field, and Esc closes it.

The dialogs are opened the way the menus open them; from there on only key presses go to the focused widget."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QGroupBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from tests.ui.conftest import log_in, settle

NONE, ALT = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier
MNEMONIC = re.compile(r"&([^&\s])")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = NONE) -> None:
    target = focused() or QApplication.activeWindow()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, mods)


def resolve(widget: QWidget) -> QWidget:
    """The widget that really takes the focus for ``widget`` (a spin box's line edit, a code field's line)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_stops(dialog: QWidget) -> set[QWidget]:
    """The controls a user can reach with Tab: shown, enabled and taking Tab focus."""
    found = set()
    for w in dialog.findChildren(QWidget):
        target = resolve(w)
        if not (target.isVisibleTo(dialog) and target.isEnabled() and target.window() is dialog):
            continue
        if target.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.add(target)
    return found


def name_of(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__}({text!r})"


def _named(widget: QWidget | None) -> str:
    return "none" if widget is None else f"{type(widget).__name__}({widget.windowTitle()!r})"


def mnemonics(dialog: QWidget) -> dict[str, list[QWidget]]:
    """Alt letters of the dialog's shown labels, buttons, group boxes and tabs, with the widgets that carry them."""
    out: dict[str, list[QWidget]] = {}
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog) or w.window() is not dialog:
            continue
        texts: list[str] = []
        if (isinstance(w, QLabel) and w.buddy() is not None) or isinstance(w, QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox) and w.isCheckable():
            texts.append(w.title())
        elif isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
        for text in texts:
            for letter in MNEMONIC.findall(text):
                out.setdefault(letter.lower(), []).append(w)
    return out


def walk(qtbot: Any, dialog: QWidget, *, esc_closes: bool = True) -> None:
    """Everything the module docstring promises, for one open dialog."""
    def active() -> bool:  # asked again while waiting: a window closing just before may take activation back
        if QApplication.activeWindow() is not dialog:
            dialog.raise_()
            dialog.activateWindow()
        return QApplication.activeWindow() is dialog

    try:
        qtbot.waitUntil(active, timeout=10_000)
    except qtbot.TimeoutError:
        shown = [f"{type(w).__name__}({w.windowTitle()!r}, modal={w.isModal()})"
                 for w in QApplication.topLevelWidgets() if w.isVisible()]
        raise AssertionError(
            f"{dialog.windowTitle()!r} never became the active window: active {_named(QApplication.activeWindow())},"
            f" modal {_named(QApplication.activeModalWidget())}, shown {shown}") from None
    start = focused()
    assert start is not None and start.window() is dialog, f"no focus inside {dialog.windowTitle()!r} on open"
    stops = tab_stops(dialog)
    assert stops, f"no control takes Tab focus in {dialog.windowTitle()!r}"
    seen: list[QWidget] = [start]
    for _ in range(2 * len(stops) + 4):
        before = focused()
        press(qtbot, Qt.Key.Key_Tab)
        now = focused()
        assert now is not None and now.window() is dialog, f"Tab left {dialog.windowTitle()!r} from {name_of(before)}"
        assert now is not before or len(stops) == 1, f"Tab is trapped in {name_of(now)}"
        seen.append(now)
        if now is start and len(seen) > 1:
            break
    missing = [name_of(w) for w in stops if w not in seen]
    assert not missing, f"Tab never reaches {missing} in {dialog.windowTitle()!r}"
    assert seen[-1] is start, f"Tab does not come back round in {dialog.windowTitle()!r}"
    letters = mnemonics(dialog)
    clashes = {k: [name_of(w) for w in ws] for k, ws in letters.items() if len(ws) > 1}
    assert not clashes, f"one Alt letter for several controls in {dialog.windowTitle()!r}: {clashes}"
    for letter, [owner] in letters.items():
        if isinstance(owner, QLabel):
            press(qtbot, Qt.Key(ord(letter.upper())), ALT)
            buddy = resolve(owner.buddy())
            assert focused() is buddy, f"Alt+{letter} does not reach the field of {owner.text()!r}"
    if esc_closes:
        press(qtbot, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2_000)


@pytest.fixture(params=["en", "zh_CN"])
def signed_in(request: Any, make_app: Any, qtbot: Any) -> Iterator[Any]:
    ctx = make_app("--lang", request.param)
    log_in(ctx, qtbot)
    settle(ctx, qtbot)
    yield ctx


def _opened(qtbot: Any, open_it: Callable[[], Any]) -> QWidget:
    dialog = open_it()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    return dialog  # type: ignore[no-any-return]


def test_the_login_dialog_by_keyboard(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "zh_CN")
    qtbot.waitUntil(lambda: ctx.window.login_dialog is not None, timeout=10_000)
    walk(qtbot, ctx.window.login_dialog, esc_closes=False)  # Esc there would leave the app signed out


def test_the_file_menu_dialogs_by_keyboard(signed_in: Any, qtbot: Any) -> None:
    w = signed_in.window
    for entry in (w.workspace_menu, w.carriers_menu, w.single_window_menu):
        walk(qtbot, _opened(qtbot, entry.open_dialog))
    walk(qtbot, _opened(qtbot, w.batch.show_overview))


def test_the_everyday_dialogs_by_keyboard(signed_in: Any, qtbot: Any) -> None:
    from desktop.core.model.master import Party, PartyRole
    from desktop.ui.help import UserGuide, about_box
    from desktop.ui.hslookup import HsLookupDialog
    from desktop.ui.pages import PARTY_FORM, RecordDialog
    from desktop.ui.quickswitch import QuickSwitcher
    from desktop.ui.unsaved import unsaved_box

    w = signed_in.window
    party = Party(role=PartyRole.CONSIGNEE, name="Hai Phong Home Ceramics Trading JSC", country="VNM")
    made: list[Callable[[], QDialog]] = [
        lambda: QuickSwitcher(w.companies, w),
        lambda: HsLookupDialog(signed_in, w.company_id, "ceramic floor tiles", w),
        lambda: UserGuide(w),
        lambda: RecordDialog(Party, party, PARTY_FORM, w),
        lambda: about_box(w),
        lambda: unsaved_box(w, ["KB-1"]),
    ]
    for make in made:
        dialog = make()
        dialog.open()
        qtbot.waitUntil(dialog.isVisible, timeout=5_000)
        settle(signed_in, qtbot)
        walk(qtbot, dialog, esc_closes=not isinstance(dialog, QMessageBox) or dialog.escapeButton() is not None)
        dialog.close()
        dialog.deleteLater()


def test_the_sheet_import_preview_and_the_documents_by_keyboard(signed_in: Any, qtbot: Any, tmp_path: Any) -> None:
    from desktop.ui.documents import DocumentsDialog
    from tests.core.sheets.test_importing import invoice_zh

    w = signed_in.window
    path = invoice_zh(tmp_path / "发票.xlsx", [
        [1, "陶瓷餐具", "Ceramic tableware", "6911101000", 1200, "PCS", 2.5, 3000, 900, 800],
        [2, "花瓶", "Vase", "6913900000", "三百", "个", 1.5, 450, 200, 180],
    ])
    dialog = _opened(qtbot, lambda: w.batch.import_sheet(path))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10_000)
    walk(qtbot, dialog)
    documents = DocumentsDialog(signed_in, lambda kind, lang: None, ("invoice", "declaration"), "KB-1", w)
    documents.open_preview()
    qtbot.waitUntil(documents.isVisible, timeout=5_000)
    walk(qtbot, documents)


def test_tab_leaves_a_list_of_the_main_window(signed_in: Any, qtbot: Any) -> None:
    w = signed_in.window
    signed_in.backend.import_samples(w.company_id)
    page = w.lists["shipment"]
    page.refresh()
    qtbot.waitUntil(lambda: page.row_count() > 0, timeout=10_000)
    w.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
    page.view.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is not page.view  # the rows are read-only: Tab goes on to the next control
