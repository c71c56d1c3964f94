"""The UI language and the one place that turns core codes and field labels into translated text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core import i18n

_current = i18n.DEFAULT_LANGUAGE


def current() -> str:
    """The language of the UI right now (zh_CN, en or vi)."""
    return _current


def set_current(lang: str | None) -> str:
    global _current
    _current = i18n.normalize_language(lang) if lang else i18n.system_language()
    return _current


def field_label(label: str) -> str:
    """A field label from the model definitions, through the Field catalogue."""
    return QCoreApplication.translate("Field", label)


def error_text(exc: BaseException) -> str:
    """A user-facing message for any exception: core codes are translated, others say what happened."""
    from desktop.core.errors import CoreError
    from desktop.core.messages import error_message

    if isinstance(exc, CoreError):
        return error_message(exc.code, dict(exc.params), _current)
    if isinstance(exc, OSError):
        return QCoreApplication.translate("Error", "A file or network operation failed: {detail}").format(
            detail=str(exc)
        )
    text = QCoreApplication.translate("Error", "Unexpected error: {detail}")
    return text.format(detail=type(exc).__name__)


def code_message(code: str, params: dict[str, Any]) -> str:
    from desktop.core.messages import error_message

    return error_message(code, params, _current)
