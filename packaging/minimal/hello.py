"""The baseline for bundle size: the smallest PySide6 window app, frozen the same way as Corridor Desk."""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Hello")
label.show()
sys.exit(0 if "--quit" in sys.argv else app.exec())
