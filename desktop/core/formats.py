"""Numbers, amounts, dates and times as each language writes them, for every text made outside Qt: the PDFs,
rule and error messages, the CLI. The marks are CLDR's (zh_CN and en 42,240.5; vi 42.240,5; the morning and
afternoon of a 12-hour clock), kept in resources/formats/marks.json as Babel gives them (a test holds the file to
Babel): the handful of marks the app writes with, not the megabytes of CLDR data a locale loads in Babel. Dates
follow what a broker or forwarder writes on papers (zh 2026-12-02, vi 02/12/2026, en 12/2/2026), the same formats
the UI shows. Every digit given is kept: a value is never rounded for display unless ``places`` says so.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation, localcontext
from functools import cache
from typing import NamedTuple

from desktop.core.i18n import normalize_language

#: Our languages as CLDR locales.
LOCALES = {"zh_CN": "zh_Hans_CN", "en": "en_US", "vi": "vi_VN"}
#: Dates on papers: four-digit years, unambiguous for each reader (CLDR's short formats have two-digit years).
#: CLDR date patterns, of which each language uses these fields only (y, M, d; H or h, m, s, a).
DATE_PATTERNS = {"zh_CN": "yyyy-MM-dd", "en": "M/d/yyyy", "vi": "dd/MM/yyyy"}
TIME_PATTERNS = {"zh_CN": "HH:mm", "en": "h:mm a", "vi": "HH:mm"}
#: Figures past this many digits are shown as they are (no grouping): nothing a filing holds is that long.
MAX_DIGITS = 60


def _lang(lang: str) -> str:
    return lang if lang in LOCALES else normalize_language(lang)


class Marks(NamedTuple):
    """What CLDR writes for one language: group separator, decimal mark, minus sign, the two halves of the day."""

    group: str
    decimal: str
    minus: str
    am: str
    pm: str


@cache
def _all_marks() -> dict[str, Marks]:
    import json

    from desktop.core.resources import resource_path

    data = json.loads(resource_path("formats", "marks.json").read_text(encoding="utf-8"))
    return {
        lang: Marks(entry["group"], entry["decimal"], entry["minus"], entry["am"], entry["pm"])
        for lang, entry in data["languages"].items()
    }


def _marks(lang: str) -> Marks:
    return _all_marks()[_lang(lang)]


def marks(lang: str) -> tuple[str, str]:
    """The group separator and decimal mark of ``lang``."""
    found = _marks(lang)
    return found.group, found.decimal


def _decimal(value: Decimal | int | str) -> Decimal | None:
    if isinstance(value, bool):
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        return None
    if not number.is_finite():
        return None
    exponent = number.as_tuple().exponent
    digits = len(number.as_tuple().digits)
    if not isinstance(exponent, int) or digits + abs(exponent) > MAX_DIGITS:
        return None
    return number


def number(value: Decimal | int | str | None, lang: str, places: int | None = None) -> str:
    """``value`` grouped by thousands with the language's marks: ``places`` fixed (22,200.00) or every digit as
    given (3,600 / 9.625 / 1.50). Text that is not a number, and absurd magnitudes, come back unchanged."""
    if value is None or value == "":
        return ""
    found = _decimal(value)
    if found is None:
        return str(value)
    with localcontext() as context:  # the default 28 digits would refuse to quantize a long figure
        context.prec = 2 * MAX_DIGITS + 2
        if places is None:
            exponent = found.as_tuple().exponent
            places = max(0, -exponent) if isinstance(exponent, int) else 0
            if isinstance(exponent, int) and exponent > 0:  # 1E+3 as entered: the plain figure
                found = found.quantize(Decimal(1))
        text = format(found, f",.{places}f")  # exact: Decimal rounds half to even in its own digits
    mark = _marks(lang)
    return text.translate({ord(","): mark.group, ord("."): mark.decimal, ord("-"): mark.minus})


def figure(value: Decimal | int | None, lang: str) -> str:
    """A measured figure without its trailing zeros (3,600 / 9.6 for 9.600)."""
    if value is None:
        return ""
    if isinstance(value, Decimal) and value.is_finite():
        value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
    return number(value, lang)


def amount(value: Decimal | int | None, lang: str) -> str:
    """An amount of money, two decimals (22,200.00; 22.200,00 in Vietnamese)."""
    return "" if value is None else number(value, lang, 2)


def price(value: Decimal | None, lang: str) -> str:
    """A unit price: at least two decimals, more when entered (6.8 -> 6.80, 0.125 -> 0.125)."""
    if value is None:
        return ""
    exponent = value.normalize().as_tuple().exponent if value.is_finite() else 0
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return number(value, lang, places)


def money(value: Decimal | int | None, currency: str, lang: str) -> str:
    """An amount with its ISO currency code where the language puts it: USD 1,234.50; 1.234,50 USD."""
    text = amount(value, lang)
    if not text or not currency:
        return text
    return f"{text} {currency}" if _lang(lang) == "vi" else f"{currency} {text}"


def number_text(text: str, lang: str) -> str:
    """A canonical decimal in text (``-42240.50``) written the way ``lang`` does, every digit kept; any other
    text unchanged."""
    body = text[1:] if text.startswith("-") else text
    whole, dot, frac = body.partition(".")
    if not whole.isdigit() or (dot and not frac.isdigit()) or not text.isascii():
        return text
    return number(text, lang)


def _as_date(value: date | str) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def day(value: date | str | None, lang: str) -> str:
    """A date as the language writes it on papers (2026-12-02; 02/12/2026; 12/2/2026); unreadable text as is."""
    if value is None or value == "":
        return ""
    found = _as_date(value)
    if found is None:
        return str(value)
    return _pattern(DATE_PATTERNS[_lang(lang)], found, None, lang)


def moment(value: datetime | str | None, lang: str, *, seconds: bool = False, local: bool = True) -> str:
    """A date and time to the minute (or second) in the language's format; a time with a zone is shown in the
    computer's own time unless ``local`` is False. Unreadable text comes back as is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            found = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return value
    elif isinstance(value, datetime):
        found = value
    else:
        return day(value, lang)
    if local and found.tzinfo is not None:
        found = found.astimezone()
    code = _lang(lang)
    pattern = TIME_PATTERNS[code].replace("mm", "mm:ss") if seconds else TIME_PATTERNS[code]
    return f"{day(found.date(), lang)} {_pattern(pattern, None, found, lang)}"


def _pattern(pattern: str, on: date | None, at: datetime | None, lang: str) -> str:
    """``pattern``'s fields (runs of one letter: yyyy, M, MM, d, dd, H, HH, h, mm, ss, a) filled from the date
    ``on`` or the time ``at``; any other character as it is."""
    fields: dict[str, int] = {}
    if on is not None:
        fields.update(y=on.year, M=on.month, d=on.day)
    if at is not None:
        fields.update(H=at.hour, h=at.hour % 12 or 12, m=at.minute, s=at.second)
    out: list[str] = []
    i = 0
    while i < len(pattern):
        char = pattern[i]
        run = len(pattern) - i - len(pattern[i:].lstrip(char))
        i += run
        if char == "a" and at is not None:
            mark = _marks(lang)
            out.append(mark.pm if at.hour >= 12 else mark.am)
        elif char in fields:
            out.append(str(fields[char]).zfill(run))
        else:
            out.append(char * run)
    return "".join(out)
