"""Write a PNG of each main screen with sample data: ``python -m desktop.ui.screenshots DIR [--lang LANG]``.

Runs offscreen against the embedded sandbox on a throw-away data directory; widgets are grabbed directly
(``QWidget.grab``), so no window system is needed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SIZE = (1366, 820)


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


def capture(out_dir: Path, lang: str = "en") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.app import create_app
    from desktop.ui.editors import DeclarationEditor

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_app(["--data-dir", tmp, "--lang", lang], excepthook=False)
        app, w = ctx.app, ctx.window
        w.resize(*SIZE)

        def shot(name: str, widget: Any = None) -> None:
            _settle(ctx)
            path = out_dir / f"{name}.png"
            (widget or w).grab().save(str(path))
            written.append(path)

        try:
            _pump(app, lambda: w.login_dialog is not None)
            dialog = w.login_dialog
            dialog.demo.setCurrentIndex(2)
            dialog._on_demo_activated(2)
            shot("01-login", dialog)
            dialog._on_ok()
            _pump(app, lambda: bool(w.companies) and w.login_dialog is None)
            for company in [c.id for c in w.companies]:
                ctx.backend.import_samples(company)
            w.switch_company("cd-tianfu-ceramics")
            shot("02-shipments")
            page = w.lists["shipment"]
            _pump(app, lambda: page.row_count() > 0)
            w.open_document("shipment", page.row_value(0, "id"))
            _pump(app, lambda: bool(w.editors))
            editor = next(iter(w.editors.values()))
            shot("03-shipment-general")
            editor.tabs.setCurrentIndex(1)
            shot("04-shipment-parties")
            editor.tabs.setCurrentIndex(2)
            shot("05-shipment-goods")
            editor.tabs.setCurrentIndex(4)
            shot("06-shipment-route")
            editor.derive_declaration()
            _pump(app, lambda: any(isinstance(e, DeclarationEditor) for e in w.editors.values()))
            decl = next(e for e in w.editors.values() if isinstance(e, DeclarationEditor))
            decl.header.editor("traf_name").set_text("")
            decl.header.editor("cut_mode").set_text("299")
            _settle(ctx)
            app.processEvents()
            time.sleep(0.2)
            app.processEvents()
            decl.run_checks()
            shot("07-declaration-checks")
            decl.tabs.setCurrentIndex(1)
            shot("08-declaration-items")
            w.show_section("declarations")
            w.pages["declarations"].setCurrentIndex(0)
            shot("09-declarations")
            editor.derive_booking()
            _pump(app, lambda: any(e.kind == "booking" for e in w.editors.values()))
            shot("10-booking")
            w.show_section("master")
            shot("11-master-data")
            w.show_section("activity")
            shot("12-activity")
            w.show_section("settings")
            shot("13-settings")
            from desktop.ui.mainwindow import QuickSwitcher

            w.show_section("shipments")
            switcher = QuickSwitcher(w.companies, w)
            switcher.filter.setText("cer")
            shot("14-company-switcher", switcher)
        finally:
            ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--lang", default="en")
    args = parser.parse_args(argv)
    for path in capture(args.directory, args.lang):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
