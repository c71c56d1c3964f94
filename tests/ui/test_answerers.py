"""The test answerers of modal dialogs end with their test: one left waiting for a dialog that never came does not
click a button of the next test's dialog (a conflict dialog closed by itself, as it seemed, in a later test)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.ui.helpers import stop_answering, when_modal


@pytest.fixture
def box(qtbot: Any) -> Any:
    box = QMessageBox(QMessageBox.Icon.Question, "Save?", "Save the changes?",
                      QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    return box


def test_an_answerer_answers_its_dialog(qtbot: Any, box: Any) -> None:
    seen: list[str] = []
    when_modal(QMessageBox, lambda b: (seen.append(b.text()), b.button(QMessageBox.StandardButton.Save).click()))
    box.open()  # modal, without an event loop of its own
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert seen == ["Save the changes?"] and box.result() == QMessageBox.StandardButton.Save


def test_an_answerer_whose_test_ended_answers_nothing(qtbot: Any, box: Any) -> None:
    seen: list[str] = []
    when_modal(QMessageBox, lambda b: (seen.append(b.text()), b.button(QMessageBox.StandardButton.Save).click()))
    assert stop_answering() == ["QMessageBox"]  # what the UI conftest does when a test ends
    box.open()
    qtbot.wait(300)
    assert box.isVisible() and seen == []
    box.reject()


def test_an_answerer_gives_up_on_a_dialog_that_never_comes(qtbot: Any, box: Any) -> None:
    seen: list[str] = []
    when_modal(QMessageBox, seen.append, timeout_ms=100, match=lambda b: b.objectName() == "other")
    box.open()  # a modal dialog, but not the one awaited: rejected when the wait is over, never answered
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=5_000)
    assert seen == [] and stop_answering() == []
