"""The PySide6 desktop application: every Qt import of the project lives below this package."""

from desktop.ui import pyside_hook

pyside_hook.install()
