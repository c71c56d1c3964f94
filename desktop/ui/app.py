"""Application setup: ``create_app(argv)`` builds the QApplication, services and main window without entering
the event loop (tests drive it); ``run_gui(argv)`` runs it. Logging goes to a rotating file in the log dir, an
excepthook logs and shows a crash dialog, window geometry is kept in QSettings. Heavy modules load lazily.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.paths import AppPaths
from desktop.core.settings import Settings, load_settings, save_settings, settings_path
from desktop.ui import lang
from desktop.ui.bridge import EventBridge
from desktop.ui.tasks import TaskRunner

log = logging.getLogger("desktop.ui")
LOG_FILE = "corridor-desk.log"


@dataclass
class AppContext:
    """Everything one running app holds; tests reach the parts through it."""

    app: QApplication
    paths: AppPaths
    settings: Settings
    runner: TaskRunner
    bridge: EventBridge
    qsettings: QSettings
    platform_url: str = ""
    sandbox: Any = None
    backend: Any = None
    window: Any = None
    translators: list[QTranslator] = field(default_factory=list)
    closed: bool = False

    @property
    def uses_sandbox(self) -> bool:
        return self.sandbox is not None

    def save_settings(self) -> None:
        save_settings(self.settings, settings_path(self.paths.data))

    def close(self) -> None:
        """Stop workers, the backend and the embedded sandbox; idempotent."""
        if self.closed:
            return
        self.closed = True
        if self.window is not None:
            self.window.shutdown()
        self.runner.shutdown()
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
        if self.backend is not None:
            try:
                self.backend.close()
            except Exception:
                log.exception("closing the backend failed")
        if self.sandbox is not None:
            try:
                self.sandbox.stop()
            except Exception:
                log.exception("stopping the sandbox failed")
            self.sandbox = None
        self.qsettings.sync()
        for tr in self.translators:  # a later app in this process starts from no translation
            self.app.removeTranslator(tr)
        self.translators = []
        _restore_excepthook()


def _setup_logging(paths: AppPaths) -> None:
    paths.logs.mkdir(parents=True, exist_ok=True)
    target = str(paths.logs / LOG_FILE)
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and handler.baseFilename == target:
            return
    handler = logging.handlers.RotatingFileHandler(target, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"))
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)


_previous_hook: Any = None


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log an uncaught exception and tell the user, without taking the app down."""
    log.critical("uncaught exception", exc_info=(kind, exc, tb))
    if issubclass(kind, KeyboardInterrupt):
        QCoreApplication.quit()
        return
    app = QApplication.instance()
    if app is None or app.property("corridor_no_crash_dialog"):
        return
    details = "".join(traceback.format_exception(kind, exc, tb))
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("CrashDialog", "Unexpected error"),
        QCoreApplication.translate(
            "CrashDialog", "Something went wrong. Your edits are autosaved; the details are in the log file."
        ),
    )
    box.setInformativeText(lang.error_text(exc))
    box.setDetailedText(details)
    box.exec()


def _install_excepthook() -> None:
    global _previous_hook
    if sys.excepthook is not _excepthook:
        _previous_hook = sys.excepthook
        sys.excepthook = _excepthook


def _restore_excepthook() -> None:
    if sys.excepthook is _excepthook and _previous_hook is not None:
        sys.excepthook = _previous_hook


def _load_translators(app: QApplication, language: str) -> list[QTranslator]:
    return lang.load_translators(app, language)


_fonts_registered = False


def _register_fonts() -> None:
    """The bundled WenQuanYi Micro Hei (CJK and every Vietnamese letter): Chinese renders without a CJK font
    installed, and the UI font falls back to it for glyphs the system font lacks."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontInfo

    from desktop.core.resources import resource_path

    global _fonts_registered
    path = resource_path("fonts", "wqy-microhei.ttc")
    if _fonts_registered or not path.exists():
        return
    _fonts_registered = True
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if families:
        QFont.insertSubstitution(QApplication.font().family(), families[0])
    latin = resource_path("fonts", "DejaVuSans.ttf")
    if families and latin.exists() and QFontInfo(QApplication.font()).family() in families:
        # No system UI font: Latin and Vietnamese text would take WenQuanYi's CJK-style ellipsis, a centred "⋯".
        # DejaVu Sans writes Latin (and "…" on the baseline); Chinese falls back to WenQuanYi.
        latin_id = QFontDatabase.addApplicationFont(str(latin))
        latin_families = QFontDatabase.applicationFontFamilies(latin_id) if latin_id >= 0 else []
        if latin_families:
            font = QApplication.font()
            font.setFamilies([latin_families[0], families[0]])
            QFont.insertSubstitution(latin_families[0], families[0])
            QApplication.setFont(font)


def create_app(
    argv: Sequence[str] | None = None, *, show: bool = True, login: bool = True, excepthook: bool = True
) -> AppContext:
    """Parse ``argv`` like the CLI, build the app and its main window; does not enter the event loop."""
    from desktop.cli import build_parser

    args = build_parser(with_commands=False).parse_args(list(argv or []))
    share_interpreter()
    paths = AppPaths.resolve(Path(args.data_dir) if args.data_dir else None).ensure()
    _setup_logging(paths)
    settings = load_settings(settings_path(paths.data))
    wanted_language = args.lang or settings.language or None
    platform_url = args.platform or settings.platform_url
    sandbox = None
    if not platform_url:  # the embedded platform: its process starts once the login dialog has painted
        from desktop.sandbox.launcher import ChildSandbox, sandbox_imp_path

        # the same file the CLI uses: filings and remembered logins survive a restart, like a real platform
        sandbox = ChildSandbox(
            str(paths.data / "sandbox.sqlite3"), settings.sandbox_realtime, paths.logs / "sandbox.log",
            imp_path=sandbox_imp_path(paths.data),
        )
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "corridor-desk"])
    assert isinstance(app, QApplication)
    app.setOrganizationName("CorridorDesk")
    app.setApplicationName("Corridor Desk")
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Corridor Desk"))
    from desktop import __version__

    app.setApplicationVersion(__version__)
    from desktop.core.resources import resource_path

    icon_file = resource_path("icons", "corridor-desk.png")
    if icon_file.exists():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(icon_file)))
    _register_fonts()
    language = lang.set_current(wanted_language)  # the OS language when neither --lang nor the settings say
    translators = _load_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Corridor Desk"))
    qsettings = QSettings(str(paths.data / "window.ini"), QSettings.Format.IniFormat)
    runner = TaskRunner(app)
    bridge = EventBridge(app)
    ctx = AppContext(
        app=app,
        paths=paths,
        settings=settings,
        runner=runner,
        bridge=bridge,
        qsettings=qsettings,
        platform_url=platform_url,
        sandbox=sandbox,
        translators=translators,
    )
    if excepthook:
        _install_excepthook()
    log.info("starting, data dir %s, language %s, platform %s", paths.data, language, platform_url or "sandbox")

    from desktop.ui.mainwindow import MainWindow

    ctx.window = MainWindow(ctx)
    if show:
        ctx.window.show()
    ctx.window.start(login=login)
    return ctx


#: Seconds a thread may hold the interpreter while another waits for it (Python's default is 5 ms).
SWITCH_INTERVAL = 0.001


def share_interpreter() -> None:
    """Let the GUI thread in sooner: with several outbox and documents threads running Python, each one the
    window waits behind may hold the interpreter for a full switch interval; at 1 ms instead of 5 ms the
    longest stall of the window while 1,000 filings send drops by about a quarter, the sending no slower."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def settle_heap() -> None:
    """Once start-up has loaded what lives as long as the app (modules, code tables, the embedded sandbox), take
    it out of the garbage collector's sight (``gc.freeze``): a full collection then scans only later objects, so
    it no longer stalls the GUI thread for a quarter of a second while the outbox sends. Only the real app does
    this (tests build many apps in one process; frozen objects are never collected)."""
    import gc

    gc.collect()
    gc.freeze()


def run_gui(argv: Sequence[str] | None = None) -> int:
    """Run the desktop app until its main window closes."""
    import signal

    from PySide6.QtCore import QTimer

    ctx = create_app(argv)
    ctx.window.ready.connect(lambda: ctx.runner.run(settle_heap))
    signal.signal(signal.SIGINT, lambda *_: ctx.app.quit())  # Ctrl+C in a terminal closes cleanly
    wake = QTimer(ctx.app)
    wake.timeout.connect(lambda: None)  # lets Python see the signal while Qt waits
    wake.start(500)
    try:
        return int(ctx.app.exec())
    finally:
        ctx.close()
