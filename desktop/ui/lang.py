"""The UI language and the one place that turns core codes, choices, numbers and dates into display text.

``switch(ctx, lang)`` changes the language of the running app: the translators are swapped, the default
QLocale follows, and every widget gets a LanguageChange event and retranslates itself (``changeEvent`` →
``retranslate``). The choice is kept in the settings. Display formatting (numbers, dates) follows the QLocale
of the language; stored values stay canonical decimal strings and ISO dates.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.core import formats, i18n

log = logging.getLogger(__name__)
_current = i18n.DEFAULT_LANGUAGE

#: Each language in its own name (menus and the settings page show these, never translated).
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English", "vi": "Tiếng Việt"}
LOCALES = {"zh_CN": "zh_CN", "en": "en_US", "vi": "vi_VN"}


def current() -> str:
    """The language of the UI right now (zh_CN, en or vi)."""
    return _current


def decimal_comma() -> bool:
    """True when the UI language writes numbers with a decimal comma (Vietnamese: 12,5 is twelve and a half)."""
    return QLocale().decimalPoint() == ","


#: How each language writes a date on customs and forwarding papers (Qt's short formats: zh 2026/12/1, vi 1/12/2026
#: are not what a broker or forwarder types); other languages use their locale's short format, four-digit year.
DATE_FORMATS = {"zh_CN": "yyyy-MM-dd", "vi": "dd/MM/yyyy"}


def date_format() -> str:
    """The date format of the UI language (QLocale pattern), with a four-digit year."""
    fmt = DATE_FORMATS.get(_current) if QLocale().name() == LOCALES.get(_current) else None
    if fmt is None:
        fmt = str(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def date_placeholder() -> str:
    """The date format as a hint in an empty date field: YYYY-MM-DD (zh), DD/MM/YYYY (vi), MM/DD/YYYY (en)."""
    out = []
    for ch in date_format():
        out.append({"y": "Y", "d": "D", "M": "M"}.get(ch, ch))
    text = "".join(out)
    for one, two in (("D", "DD"), ("M", "MM")):  # 1/12/2026 is typed as 01/12/2026 just as well
        if two not in text:
            text = text.replace(one, two)
    return text


def date_order() -> str:
    """The order the UI language writes day, month and year in: ``dmy`` (vi), ``mdy`` (en_US), ``ymd`` (zh)."""
    fmt = date_format()
    positions = {ch: fmt.find(ch) for ch in "dMy"}
    if min(positions.values()) < 0:
        return "ymd"
    return "".join(sorted(positions, key=lambda ch: positions[ch])).replace("M", "m")


def parse_options() -> dict[str, Any]:
    """How typed numbers and dates are read in the UI language (``from_text`` keyword arguments)."""
    return {"decimal_comma": decimal_comma(), "date_order": date_order()}


def unreadable_text(kind: str, text: str) -> str:
    """The message for a typed value that cannot be read, with an example in the language's format."""
    if kind == "date":
        example = format_date(date(2026, 12, 10))
        message = QCoreApplication.translate("Input", "“{text}” is not a date: type it like {example} or 2026-12-10.")
        return message.format(text=text, example=example)
    if kind == "int":
        return QCoreApplication.translate("Input", "“{text}” is not a whole number.").format(text=text)
    example = format_number(Decimal("1234.5"))
    return QCoreApplication.translate("Input", "“{text}” is not a number: type it like {example}.").format(
        text=text, example=example
    )


#: How each language joins the items of a list in running text (Chinese with the enumeration comma 、, no space).
LIST_SEPARATORS = {"zh_CN": "、"}


def join_list(items: Iterable[str], language: str | None = None) -> str:
    """The items as a list in running text of the UI language (or ``language``): "历史、商品名称" in Chinese,
    "own history, trade name" in English and Vietnamese."""
    return LIST_SEPARATORS.get(language or _current, ", ").join(items)


def set_current(lang: str | None) -> str:
    """Set the language (None or empty: the OS language) and the default QLocale; returns the language."""
    global _current
    _current = i18n.normalize_language(lang) if lang else i18n.system_language()
    QLocale.setDefault(locale(_current))
    return _current


def locale(lang: str | None = None) -> QLocale:
    return QLocale(LOCALES.get(lang or _current, "en_US"))


def load_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the app's catalogue and Qt's own (qtbase_<lang>, where Qt ships one) for ``language``."""
    from desktop.core.resources import i18n_path

    out = []
    qm = i18n_path(f"corridor_{language}.qm")
    if qm.exists():
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            out.append(tr)
        else:
            log.warning("could not load %s", qm)
    if language != "en":  # Qt ships qtbase_zh_CN; there is no Vietnamese catalogue of Qt's own texts
        qt_own = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qt_own)
            out.append(qt_own)
    return out


def switch(ctx: Any, language: str, save: bool = True) -> str:
    """Change the language of the running app: every open window retranslates; ``save`` keeps the choice."""
    language = i18n.normalize_language(language)
    app = ctx.app
    for tr in ctx.translators:
        app.removeTranslator(tr)
        tr.deleteLater()
    set_current(language)
    ctx.translators = load_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("App", "Corridor Desk"))
    if save and ctx.settings.language != language:
        ctx.settings.language = language
        ctx.save_settings()
    log.info("language switched to %s", language)
    return language


def plain_label(text: str) -> str:
    """A menu, button or tab text as a hint quotes it: without its mnemonic ("&File" -> "File", Chinese
    "文件(&F)" -> "文件"), "&&" kept as "&"."""
    import re

    text = re.sub(r"\s*\(&[^&]\)", "", text.replace("&&", "\x00"))
    return text.replace("&", "").replace("\x00", "&")


def menu_path(*labels: str) -> str:
    """The way to a menu item or tab, as the user sees it: "File > New shipment"."""
    return " > ".join(plain_label(label) for label in labels)


def field_label(label: str) -> str:
    """A field label from the model definitions, through the Field catalogue."""
    return QCoreApplication.translate("Field", label)


def choice_text(value: Any) -> str:
    """The translated display name of a choice (enum) value; other values as they are."""
    from desktop.core import choices

    if not isinstance(value, Enum):
        return "" if value is None else str(value)
    source = choices.source(value)
    if source is None:
        return str(value.value)
    return QCoreApplication.translate(choices.context(value), source)


def status_text(status: str) -> str:
    """The translated name of a filing status given as its value."""
    from desktop.core.model.filing import FilingStatus

    try:
        return choice_text(FilingStatus(status))
    except ValueError:
        return status


# ---------------------------------------------------------------- numbers and dates (display only)


def format_number(value: Any) -> str:
    """A canonical decimal (``1234.50``, Decimal or int) with the language's group separator and decimal point;
    every digit is kept (:func:`desktop.core.formats.number`, as the PDFs and the CLI write it). Anything that is
    not a number comes back as text."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return str(value)
    return formats.number(value, _current)


def format_date(value: Any) -> str:
    """A date (or ISO date text) as the language writes it, four-digit year (:func:`desktop.core.formats.day`)."""
    if isinstance(value, datetime):
        value = value.date()
    if value is None:
        return ""
    if not isinstance(value, (date, str)):
        return str(value)
    return formats.day(value, _current)


def format_datetime(value: Any) -> str:
    """A date and time (or ISO text) to the minute, stored in UTC and shown in the user's time."""
    if value is None:
        return ""
    if isinstance(value, date) and not isinstance(value, datetime):
        return format_date(value)
    if not isinstance(value, (datetime, str)):
        return str(value)
    return formats.moment(value, _current)


def display(value: Any) -> str:
    """Any field value as shown in lists and read-only cells: choices translated, numbers and dates localised."""
    if value is None:
        return ""
    if isinstance(value, Enum):
        return choice_text(value)
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, (Decimal, int)):
        return format_number(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


# ---------------------------------------------------------------- errors


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
