"""The PySide6 desktop application: every Qt import of the project lives below this package."""
