"""Help menu windows: the user guide (resources/guide, one Markdown file per language), the self-test run from the
app (the checks of ``corridor-desk --self-test``, in a worker) and About (version, where data and logs live).
"""

from __future__ import annotations

import platform
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang


def guide_file(language: str) -> Any:
    from desktop.core.resources import resource_path

    path = resource_path("guide", f"user-guide.{language}.md")
    return path if path.exists() else resource_path("guide", "user-guide.en.md")


class UserGuide(QDialog):
    """The short user guide in the UI language; follows a live language switch."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide")
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 640)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Corridor Desk user guide"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setMarkdown(guide_file(lang.current()).read_text(encoding="utf-8"))


class SelfTestDialog(QDialog):
    """The self-test's lines as they come back: OK / failed, the check and its detail."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("self-test")
        self.text = QPlainTextEdit(self)
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 420)
        self.results: list[Any] | None = None
        self.setWindowTitle(self.tr("Self-test"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.text.setPlainText(self.tr("Checking this installation…"))

    def show_results(self, results: list[Any]) -> None:
        from desktop.core import i18n
        from desktop.install_checks.base import Detail

        self.results = results
        lines = []
        for r in results:
            state = self.tr("OK") if r.ok else self.tr("FAILED")
            detail = r.detail.translated(lang.current()) if isinstance(r.detail, Detail) else r.detail
            lines.append(f"{state}  {i18n.translate('Cli', r.title, lang.current())}  {detail}")
        failed = sum(1 for r in results if not r.ok)
        if failed:
            lines.append(self.tr("{failed} of {total} checks failed").format(failed=failed, total=len(results)))
        else:
            lines.append(self.tr("All {total} checks passed", "", len(results)).format(total=len(results)))
        self.text.setPlainText("\n".join(lines))

    def show_failure(self, exc: BaseException) -> None:
        self.results = []
        self.text.setPlainText(lang.error_text(exc))


def show_self_test(window: Any, only: tuple[str, ...] | None = None) -> SelfTestDialog:
    """Open the self-test window and run the checks in a worker (they start child processes and servers)."""
    from desktop import selftest

    dialog = SelfTestDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    window.selftest_dialog = dialog
    dialog.show()
    window.ctx.runner.run(
        lambda: selftest.run_checks(only=only),
        on_done=dialog.show_results,
        on_error=dialog.show_failure,
        owner=dialog,
    )
    return dialog


def about_box(window: Any) -> QMessageBox:
    from PySide6 import __version__ as pyside_version

    from desktop import __version__

    ctx = window.ctx
    box = QMessageBox(window)
    box.setObjectName("about")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("About", "About Corridor Desk"))
    box.setText(QCoreApplication.translate("About", "Corridor Desk {version}").format(version=__version__))
    platform_text = ctx.platform_url or QCoreApplication.translate("About", "sandbox inside the app")
    box.setInformativeText(
        "\n".join(
            [
                QCoreApplication.translate(
                    "About", "Filing client for the New Western Land-Sea Corridor single window."
                ),
                "",
                QCoreApplication.translate("About", "Data: {path}").format(path=str(ctx.paths.data)),
                QCoreApplication.translate("About", "Logs: {path}").format(path=str(ctx.paths.logs)),
                QCoreApplication.translate("About", "Platform: {url}").format(url=platform_text),
                f"Python {platform.python_version()} · PySide6 {pyside_version} · {sys.platform}",
            ]
        )
    )
    box.addButton(QCoreApplication.translate("About", "Close"), QMessageBox.ButtonRole.AcceptRole)
    return box
