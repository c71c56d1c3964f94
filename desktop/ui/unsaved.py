"""Asking what to do with unsaved edits when an editor tab, a company or the app closes: Save, Discard or Cancel.

The buttons carry the app's own translated texts (Qt has no Vietnamese catalogue for its standard buttons).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


def unsaved_box(parent: QWidget | None, titles: Sequence[str]) -> QMessageBox:
    """The question for ``titles`` (the tab titles of the unsaved editors), not yet shown."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved-changes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnsavedDialog", "Unsaved changes"))
    if len(titles) == 1:
        box.setText(QCoreApplication.translate("UnsavedDialog", "Save the changes to {title}?").format(title=titles[0]))
    else:
        box.setText(
            QCoreApplication.translate("UnsavedDialog", "Save the changes to these {n} records?").format(n=len(titles))
        )
        box.setInformativeText("\n".join(titles))
    save = box.addButton(QCoreApplication.translate("UnsavedDialog", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        QCoreApplication.translate("UnsavedDialog", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(QCoreApplication.translate("UnsavedDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    save.setObjectName(SAVE)
    discard.setObjectName(DISCARD)
    cancel.setObjectName(CANCEL)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    return box


def ask_unsaved(parent: QWidget | None, titles: Sequence[str]) -> str:
    """Ask about unsaved edits; returns SAVE, DISCARD or CANCEL (Esc and closing the box cancel)."""
    box = unsaved_box(parent, titles)
    box.exec()
    clicked = box.clickedButton()
    answer = clicked.objectName() if clicked is not None else CANCEL
    box.deleteLater()
    return answer if answer in (SAVE, DISCARD) else CANCEL
