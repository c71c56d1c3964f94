"""The Qt jobs of the self-test's child process (platform plugin, catalogues, startup time): a missing platform
plugin aborts the process that loads it, so these never run in the process that reports.
"""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from desktop.install_checks.base import CATALOGUES, QT_CATALOGUES, S_


def _child_qt_platform(root: Path) -> dict[str, Any]:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(["corridor-desk-selftest"])
    widget = QWidget()
    widget.resize(64, 48)
    shot = widget.grab()
    formats = sorted(bytes(f.data()).decode("ascii", "replace") for f in QImageReader.supportedImageFormats())
    icon_path = root / "resources" / "icons" / "corridor-desk.svg"
    icon = QIcon(str(icon_path))
    renders = icon_path.is_file() and not icon.pixmap(32, 32).isNull()
    ui_modules, ui_failed = _import_ui_modules()
    result = {
        "text": _text_services(),
        "ui_modules": ui_modules,
        "ui_failed": ui_failed,
        "platform": app.platformName(),
        "qt": qVersion(),
        "formats": formats,
        "grab": [shot.width(), shot.height()],
        "icon": renders,
        "icon_path": str(icon_path),
    }
    widget.deleteLater()
    del app
    return result


def _text_services() -> dict[str, Any]:
    """What Qt takes from ICU on Linux (the bundle carries a trimmed ICU data library): Chinese and Vietnamese
    collation, the Chinese and Vietnamese code pages, time-zone names in Chinese."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QStringDecoder, QTimeZone

    def ordered(locale: str, words: list[str]) -> list[str]:
        return sorted(words, key=functools.cmp_to_key(QCollator(QLocale(locale)).compare))

    zone = QTimeZone(b"Asia/Shanghai")
    return {
        "zh_order": ordered("zh_CN", ["中国", "阿里", "波浪"]),  # pinyin: a, b, z (code points: z, b, a)
        "vi_order": ordered("vi_VN", ["ân", "ăn", "an", "bê"]),
        "codecs": {name: QStringDecoder(name).isValid() for name in ("GB18030", "GBK", "Big5", "windows-1258")},
        "zone_zh": zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("zh_CN")),
    }


def _import_ui_modules() -> tuple[int, dict[str, str]]:
    """Import every module of desktop.ui present here (frozen: those the analysis bundled)."""
    import importlib
    import pkgutil

    try:
        package = importlib.import_module("desktop.ui")
    except ImportError as exc:
        return 0, {"desktop.ui": f"{type(exc).__name__}: {exc}"}
    names = [m.name for m in pkgutil.iter_modules(package.__path__, "desktop.ui.") if not m.name.endswith("__main__")]
    failed: dict[str, str] = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # reported by the parent as one failing check
            failed[name] = f"{type(exc).__name__}: {exc}"
    return len(names) - len(failed), failed


def _child_catalogues(root: Path) -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    status: dict[str, str] = {}
    why: dict[str, tuple[str, dict[str, str]]] = {}  # a failure's template (context SelfTest) and values

    def failed(name: str, template: str, **params: str) -> None:
        status[name] = template.format(**params)
        why[name] = (template, params)

    for lang in CATALOGUES:
        qm = root / "i18n" / f"corridor_{lang}.qm"
        if not qm.is_file():
            ts = qm.with_suffix(".ts")
            if ts.is_file():
                failed(qm.stem, S_("not compiled yet (run make i18n; {ts} exists)"), ts=ts.name)
            else:
                failed(qm.stem, S_("not compiled yet (run make i18n; {ts} missing)"), ts=ts.name)
            continue
        translator = QTranslator()
        if not translator.load(str(qm)):
            failed(qm.stem, S_("{path} does not load"), path=str(qm))
        else:  # an empty catalogue is valid (nothing translated yet): said in the detail, not a failure
            status[qm.stem] = "ok" if not translator.isEmpty() else "ok (empty)"
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in QT_CATALOGUES:
        translator = QTranslator()
        if translator.load(name, str(qt_dir)):
            status[name] = "ok"
        else:
            failed(name, S_("not found in {folder}"), folder=str(qt_dir))
    return {"catalogues": status, "why": why}


def _child_startup(root: Path) -> dict[str, Any]:
    """Not a check: open the main window (scratch data dir, no login) and note when it is on screen.

    ``packaging/build.py`` runs it in the frozen app to measure the time from launch to the main window.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import create_app

    with tempfile.TemporaryDirectory(prefix="corridor-startup-", ignore_cleanup_errors=True) as data:
        ctx = create_app(["--data-dir", data, "--lang", "en"], show=True, login=False, excepthook=False)
        QApplication.processEvents()
        shown_at = time.time()
        visible = bool(ctx.window is not None and ctx.window.isVisible())
        ctx.close()
    return {"shown_at": shown_at, "visible": visible}


_CHILD_JOBS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "qt-platform": _child_qt_platform,
    "catalogues": _child_catalogues,
    "startup": _child_startup,
}


def child_main(argv: Sequence[str]) -> int:
    """Entry of the child process: ``JOB ROOT OUT.json``; writes the job's findings as JSON to OUT."""
    job, root, out = argv[0], Path(argv[1]), Path(argv[2])
    result = _CHILD_JOBS[job](root)
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0
