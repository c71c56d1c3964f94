"""Switching the language live: how long until every open window has retranslated, with the main screens and
three editors open; and how long the Qt-free catalogues take to load (CLI, PDFs). Figures only, no asserts."""

from __future__ import annotations

import os
import statistics
import tempfile
import time


def _switch_times(rounds: int = 4) -> dict[str, list[float]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.core import i18n
    from desktop.ui import screenshots
    from desktop.ui.app import create_app

    times: dict[str, list[float]] = {lang: [] for lang in ("zh_CN", "vi", "en")}
    with tempfile.TemporaryDirectory() as tmp:
        ctx = create_app(["--data-dir", tmp, "--lang", "en"], excepthook=False)
        try:
            for name, _widget in screenshots.screens(ctx):
                if name.startswith("15"):  # shipment, declaration and booking editors open, lists loaded
                    break
            w = ctx.window
            for _ in range(rounds):
                for lang in times:
                    want = i18n.translate("MainWindow", "Shipments", lang)
                    start = time.perf_counter()
                    w.set_language(lang)
                    while w.nav.item(0).text() != want:
                        ctx.app.processEvents()
                    ctx.app.processEvents()
                    times[lang].append((time.perf_counter() - start) * 1000)
            print(f"open editors: {len(w.editors)}")
        finally:
            ctx.close()
    return times


def main() -> None:
    from desktop.core import i18n

    for lang in ("zh_CN", "vi"):
        i18n.reload()
        start = time.perf_counter()
        i18n.translate("Field", "Supervision mode", lang)
        print(f"catalogue {lang} (.ts) first load: {(time.perf_counter() - start) * 1000:.1f} ms")
    for lang, values in _switch_times().items():
        print(f"switch to {lang}: median {statistics.median(values):.0f} ms, max {max(values):.0f} ms")


if __name__ == "__main__":
    main()
