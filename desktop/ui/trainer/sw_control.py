"""The trainer's control of the sandbox's Single Window client: how it answers every declaration handed to its
ImpPath from now on (everything goes through, rejected with a chosen receipt code, inspection, slow, or the first
attempt of each file to FailBox). Hidden when the sandbox plays no Single Window client."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.core.platform.classroom import SW_REJECT_CODES, SW_SCENARIOS


def sw_scenario_text(name: str) -> str:
    names = {
        "happy": QCoreApplication.translate("SingleWindowControl", "Imported, accepted and released"),
        "rejection": QCoreApplication.translate("SingleWindowControl", "Rejected by customs"),
        "inspection": QCoreApplication.translate("SingleWindowControl", "Inspection before release"),
        "slow": QCoreApplication.translate("SingleWindowControl", "Slow answers (ten times longer)"),
        "upload-fail": QCoreApplication.translate("SingleWindowControl", "First attempt to FailBox"),
    }
    return names.get(name, name)


def reject_code_text(code: str) -> str:
    names = {
        "Z": QCoreApplication.translate("SingleWindowControl", "Z: returned for correction"),
        "E": QCoreApplication.translate("SingleWindowControl", "E: not accepted"),
        "H": QCoreApplication.translate("SingleWindowControl", "H: held, manual declaration"),
        "Y": QCoreApplication.translate("SingleWindowControl", "Y: declaration failed"),
        "D": QCoreApplication.translate("SingleWindowControl", "D: deleted by customs"),
    }
    return names.get(code, code)


class SingleWindowControl(QWidget):
    """One row of the trainer panel; ``panel`` runs the calls (in a worker) and shows what they did."""

    def __init__(self, panel: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainer-single-window")
        self.panel = panel
        self.label = QLabel(self)
        self.scenario_combo = QComboBox(self)
        self.scenario_combo.setObjectName("trainer-sw-scenario")
        self.code_combo = QComboBox(self)
        self.code_combo.setObjectName("trainer-sw-reject-code")
        self.apply_button = QPushButton(self)
        self.apply_button.clicked.connect(self.apply)
        self.scenario_combo.currentIndexChanged.connect(self._on_scenario_changed)
        self.label.setBuddy(self.scenario_combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.scenario_combo, 2)
        row.addWidget(self.code_combo, 1)
        row.addWidget(self.apply_button)
        self.setVisible(False)  # until the sandbox says it plays a Single Window client
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Single &Window client:"))
        self.apply_button.setText(self.tr("Appl&y"))
        self.apply_button.setToolTip(self.tr("How the sandbox's Single Window client answers every declaration "
                                             "handed to its folders from now on"))
        for combo, values, text in ((self.scenario_combo, SW_SCENARIOS, sw_scenario_text),
                                    (self.code_combo, SW_REJECT_CODES, reject_code_text)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for value in values:
                combo.addItem(text(value), value)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current else 0)
            combo.blockSignals(False)
        self.code_combo.setToolTip(self.tr("The customs receipt code the rejection comes back with"))
        self._on_scenario_changed()

    def _on_scenario_changed(self, _index: int = 0) -> None:
        self.code_combo.setEnabled(self.scenario_combo.currentData() == "rejection")

    def load(self) -> None:
        """Ask the sandbox for its Single Window client's scenario; shown only when it plays one."""
        from desktop.core.services import classroom

        p = self.panel._platform()
        if p is None:
            return
        self.panel.ctx.runner.run(classroom.single_window_scenario, p, on_done=self._on_loaded,
                                  on_error=lambda _exc: self.setVisible(False), owner=self)

    def _on_loaded(self, result: tuple[str, str]) -> None:
        scenario, code = result
        self.scenario_combo.setCurrentIndex(max(0, self.scenario_combo.findData(scenario)))
        self.code_combo.setCurrentIndex(max(0, self.code_combo.findData(code)))
        self.setVisible(True)

    def apply(self) -> None:
        from desktop.core.services import classroom

        scenario = str(self.scenario_combo.currentData())
        code = str(self.code_combo.currentData())
        name = sw_scenario_text(scenario)
        if scenario == "rejection":
            name = f"{name} ({reject_code_text(code)})"
        text = self.tr("Single Window client: “{scenario}” for every declaration from now on.").format(scenario=name)
        self.panel._control(classroom.set_single_window_scenario, scenario, code, done_text=text)
