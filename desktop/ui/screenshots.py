"""Write a PNG of each main screen with sample data, in each language:
``python -m desktop.ui.screenshots DIR [--lang LANG ...]`` writes ``DIR/<lang>/NN-name.png``.

Runs offscreen against the embedded sandbox on a throw-away data directory; widgets are grabbed directly
(``QWidget.grab``), so no window system is needed. :func:`screens` walks the same screens for the layout test
(every label and button fits in every language).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

SIZE = (1280, 800)  # the main window's default size
LANGUAGES = ("zh_CN", "en", "vi")


def _pump(app: Any, until: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        app.processEvents()
        time.sleep(0.01)


def _settle(ctx: Any) -> None:
    for _ in range(3):
        _pump(ctx.app, lambda: ctx.runner.pending == 0)
        ctx.app.processEvents()


def screens(ctx: Any, company: str = "cd-tianfu-ceramics", size: tuple[int, int] | None = None
            ) -> Iterator[tuple[str, Any]]:
    """Log in with the trainer's demo account, import the samples and show each main screen in turn:
    yields ``(name, widget)`` once the screen is settled (the widget is the window or a dialog)."""
    from desktop.ui.editors import DeclarationEditor

    app, w = ctx.app, ctx.window
    w.resize(*(size or SIZE))
    _pump(app, lambda: w.login_dialog is not None)
    dialog = w.login_dialog
    dialog.demo.setCurrentIndex(2)
    dialog._on_demo_activated(2)
    _settle(ctx)
    yield "01-login", dialog
    dialog._on_ok()
    _pump(app, lambda: bool(w.companies) and w.login_dialog is None)
    for c in [c.id for c in w.companies]:
        ctx.backend.import_samples(c)
    w.switch_company(company)
    page = w.lists["shipment"]
    page.refresh()
    _pump(app, lambda: page.row_count() > 0)
    _settle(ctx)
    yield "02-shipments", w
    w.open_document("shipment", page.row_value(0, "id"))
    _pump(app, lambda: bool(w.editors))
    editor = next(iter(w.editors.values()))
    _settle(ctx)
    yield "03-shipment-general", w
    for index, name in ((1, "04-shipment-parties"), (2, "05-shipment-goods"), (3, "06-shipment-containers"),
                        (4, "07-shipment-route")):
        editor.tabs.setCurrentIndex(index)
        _settle(ctx)
        yield name, w
    editor.derive_declaration()
    _pump(app, lambda: any(isinstance(e, DeclarationEditor) for e in w.editors.values()))
    decl = next(e for e in w.editors.values() if isinstance(e, DeclarationEditor))
    decl.header.editor("traf_name").set_text("")
    decl.header.editor("cut_mode").set_text("299")
    _settle(ctx)
    decl.run_checks()
    _settle(ctx)
    yield "08-declaration-checks", w
    for index, name in ((1, "09-declaration-items"), (3, "10-declaration-receipts")):
        decl.tabs.setCurrentIndex(index)
        _settle(ctx)
        yield name, w
    w.show_section("declarations")
    w.pages["declarations"].setCurrentIndex(0)
    w.lists["declaration"].refresh()
    _settle(ctx)
    yield "11-declarations", w
    editor.derive_booking()
    _pump(app, lambda: any(e.kind == "booking" for e in w.editors.values()))
    booking = next(e for e in w.editors.values() if e.kind == "booking")
    _settle(ctx)
    yield "12-booking", w
    for index, name in ((1, "13-booking-equipment"), (2, "14-booking-parties")):
        booking.tabs.setCurrentIndex(index)
        _settle(ctx)
        yield name, w
    w.show_section("bookings")
    w.pages["bookings"].setCurrentIndex(0)
    w.lists["booking"].refresh()
    _settle(ctx)
    yield "15-bookings", w
    for key, name in (("documents", "16-documents"), ("master", "17-master-data"), ("activity", "21-activity"),
                      ("settings", "22-settings")):
        w.show_section(key)
        _settle(ctx)
        yield name, w
        if key == "master":
            master = w.pages["master"]
            for index, sub in ((1, "18-master-parties"), (2, "19-master-products")):
                master.setCurrentIndex(index)
                _settle(ctx)
                yield sub, w
            yield from _dialog(ctx, "20-master-party-form", _party_dialog(w))
    from desktop.ui import lang
    from desktop.ui.hslookup import HsLookupDialog
    from desktop.ui.mainwindow import QuickSwitcher

    w.show_section("shipments")
    query = {"zh_CN": "陶瓷地砖", "vi": "gạch men lát nền"}.get(lang.current(), "ceramic floor tiles")
    yield from _dialog(ctx, "23-hs-lookup", HsLookupDialog(ctx, company, query, w))
    switcher = QuickSwitcher(w.companies, w)
    switcher.filter.setText("cer")
    yield from _dialog(ctx, "24-company-switcher", switcher)
    yield from _everyday(ctx, editor)


def _everyday(ctx: Any, editor: Any) -> Iterator[tuple[str, Any]]:
    """The File and Help menus, the user guide, About, the unsaved-changes question, a goods table holding a
    value that could not be read, with what the derived documents still need, and the office dialogs."""
    from desktop.ui.help import UserGuide, about_box
    from desktop.ui.unsaved import unsaved_box

    w = ctx.window
    for name, menu in (("25-file-menu", w.file_menu), ("26-help-menu", w.help_menu)):
        menu.popup(w.mapToGlobal(w.rect().topLeft()))
        _settle(ctx)
        try:
            yield name, menu
        finally:
            menu.hide()
    yield from _dialog(ctx, "27-user-guide", UserGuide(w))
    yield from _dialog(ctx, "28-about", about_box(w))
    w.show_section("shipments")
    w.pages["shipments"].setCurrentWidget(editor)
    editor.tabs.setCurrentWidget(editor.goods)
    table = editor.goods.table
    table.setData(table.index(0, table.names.index("net_weight")), "12,5 kg")
    editor.run_checks()
    editor.aids.check_derived()
    _settle(ctx)
    editor.goods.view.setCurrentIndex(table.index(0, table.names.index("net_weight")))
    yield "29-goods-unreadable-value", w
    yield from _dialog(ctx, "30-unsaved-changes", unsaved_box(w, [editor.title()]))
    yield from _office_dialogs(ctx)
    from desktop.ui.screenshots_dialogs import more_screens

    yield from more_screens(ctx, editor, ctx.window.company_id)


def _office_dialogs(ctx: Any) -> Iterator[tuple[str, Any]]:
    """The File menu's settings dialogs (workspace, carriers, Single Window folders) and the client overview."""
    from desktop.ui.carriers import CarriersDialog
    from desktop.ui.overview import ClientOverviewDialog
    from desktop.ui.singlewindow import SingleWindowDialog
    from desktop.ui.workspace import WorkspaceDialog

    w = ctx.window
    yield from _dialog(ctx, "31-workspace", WorkspaceDialog(ctx, w))
    yield from _dialog(ctx, "32-carriers", CarriersDialog(ctx, w))
    yield from _dialog(ctx, "33-single-window", SingleWindowDialog(ctx.backend, w.company_id, w))
    yield from _dialog(ctx, "34-client-overview", ClientOverviewDialog(w))


def _party_dialog(w: Any) -> Any:
    from desktop.core.model.master import Party, PartyRole
    from desktop.ui.pages import PARTY_FORM, RecordDialog

    party = Party(role=PartyRole.CONSIGNEE, name="Hai Phong Home Ceramics Trading JSC", country="VNM")
    return RecordDialog(Party, party, PARTY_FORM, w)


def _dialog(ctx: Any, name: str, dialog: Any) -> Iterator[tuple[str, Any]]:
    """Show a dialog without its own event loop, yield it, close it."""
    dialog.show()
    _settle(ctx)
    try:
        yield name, dialog
    finally:
        dialog.close()
        dialog.deleteLater()


def capture(out_dir: Path, lang: str = "en") -> list[Path]:
    """Write every screen of :func:`screens` in ``lang`` to ``out_dir/NN-name.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import create_app

    out_dir.mkdir(parents=True, exist_ok=True)
    for old in out_dir.glob("[0-9][0-9]-*.png"):  # screens renamed or gone: no stale picture stays
        old.unlink()
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_app(["--data-dir", tmp, "--lang", lang], excepthook=False)
        try:
            for name, widget in screens(ctx):
                path = out_dir / f"{name}.png"
                widget.grab().save(str(path))
                written.append(path)
        finally:
            ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="one language (repeatable); default all")
    parser.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (1280x800, 1024x768)")
    args = parser.parse_args(argv)
    global SIZE
    width, _, height = args.size.partition("x")
    SIZE = (int(width), int(height))
    for lang in args.lang or LANGUAGES:
        for path in capture(args.directory / lang, lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
