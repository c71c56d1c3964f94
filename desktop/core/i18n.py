"""Translation without Qt: reads the same Qt ``.ts`` catalogues the UI compiles, for the CLI and the PDFs.

Sources are English; ``translate(context, source, lang)`` returns the finished translation from
``i18n/corridor_<lang>.ts`` (in the installed app, which ships only the compiled ``.qm``, from that) or the English
source when there is none. Languages: ``zh_CN``, ``en``, ``vi``.
"""

from __future__ import annotations

import locale
import os
import struct
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from desktop.core.resources import i18n_path

LANGUAGES = ("zh_CN", "en", "vi")
DEFAULT_LANGUAGE = "en"
_lock = threading.Lock()
#: Joins the plural forms of one message in a loaded catalogue.
PLURAL_SEP = "\x1e"

Translate = Callable[[str, str], str]


class Plural(str):
    """An English source message with plural forms (a Qt numerus message): ``param`` names the parameter whose
    value picks the form. Defined where the message is (``MESSAGES`` dicts); the catalogue holds the forms."""

    param: str

    def __new__(cls, text: str, param: str = "count") -> Plural:
        obj = super().__new__(cls, text)
        obj.param = param
        return obj

    def number(self, params: Mapping[str, Any]) -> int | None:
        """The count in ``params`` that picks the form (None when there is none)."""
        value = params.get(self.param)
        try:
            return int(value) if value is not None and not isinstance(value, bool) else None
        except (TypeError, ValueError):
            return None


def normalize_language(value: str | None) -> str:
    """Map ``zh``, ``zh-CN``, ``zh_CN.UTF-8``, ``vi_VN``, ``en_US`` ... to one of :data:`LANGUAGES`."""
    if not value:
        return DEFAULT_LANGUAGE
    code = value.split(".")[0].replace("-", "_").lower()
    if code.startswith("zh"):
        return "zh_CN"
    if code.startswith("vi"):
        return "vi"
    return "en"


def system_language() -> str:
    """The OS locale's language (LANGUAGE / LC_ALL / LC_MESSAGES / LANG, then the locale module)."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var)
        if value and value not in ("C", "POSIX"):
            return normalize_language(value.split(":")[0])
    try:
        value = locale.getlocale()[0]
    except ValueError:
        value = None
    return normalize_language(value)


def catalogue_file(lang: str) -> str:
    return str(i18n_path(f"corridor_{lang}.ts"))


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """The ``(context, source) -> translation`` entries of a compiled Qt catalogue (.qm, as lrelease writes it:
    each message with its context and source text). The installed app ships only the .qm files."""
    if data[:16] != QM_MAGIC:
        raise ValueError("not a Qt .qm catalogue")
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag, size = data[pos], struct.unpack(">I", data[pos + 1 : pos + 5])[0]
        pos += 5
        if tag == 0x69:  # the messages block
            messages = data[pos : pos + size]
        pos += size
    table: dict[tuple[str, str], str] = {}
    pos = 0
    forms: list[str] = []
    while pos < len(messages):
        fields: dict[int, bytes] = {}
        while True:
            tag = messages[pos]
            pos += 1
            if tag == 1:  # end of message
                break
            if tag == 5:  # obsolete: 4 bytes
                pos += 4
                continue
            if tag not in (3, 6, 7, 8):
                raise ValueError(f"unknown .qm message field {tag}")
            size = struct.unpack(">I", messages[pos : pos + 4])[0]
            pos += 4
            if size == 0xFFFFFFFF:
                size = 0
            if tag == 3:  # one translation per plural form, in order
                forms.append(messages[pos : pos + size].decode("utf-16-be"))
            else:
                fields.setdefault(tag, messages[pos : pos + size])
            pos += size
        if forms and 6 in fields and 7 in fields and any(forms):
            table[(fields[7].decode("utf-8"), fields[6].decode("utf-8"))] = PLURAL_SEP.join(forms)
        forms = []
    return table


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    with _lock:
        path = i18n_path(f"corridor_{lang}.ts")
        if not path.exists():  # the installed app: only the compiled catalogue is there
            compiled = path.with_suffix(".qm")
            return read_qm(compiled.read_bytes()) if compiled.exists() else {}
        table: dict[tuple[str, str], str] = {}
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = tr.text or ""
                if msg.get("numerus") == "yes":
                    text = PLURAL_SEP.join(f.text or "" for f in tr.iter("numerusform"))
                if text:
                    table[(name, source)] = text
        return table


def translate(context: str, source: str, lang: str, n: int | None = None) -> str:
    """The translation of ``source`` in ``context`` for ``lang``, or ``source`` itself. A message with plural
    forms takes the form for the count ``n`` (English: one / other; Chinese and Vietnamese have one form)."""
    code = lang if lang == "en" else normalize_language(lang)
    text = _catalogue(code).get((context, source), source)
    if PLURAL_SEP in text:
        forms = text.split(PLURAL_SEP)
        text = forms[plural_form(code, n)] if plural_form(code, n) < len(forms) else forms[-1]
    return text


def plural_form(lang: str, n: int | None) -> int:
    """Which plural form a count takes (Qt's numerus rules for our languages)."""
    if lang == "en":
        return 0 if n == 1 else 1
    return 0


def translator(lang: str) -> Translate:
    """A ``(context, source) -> text`` callable bound to one language (passed to documents, CLI output)."""
    code = normalize_language(lang)
    return lambda context, source: translate(context, source, code)


def fill(text: str, source: str, params: Mapping[str, Any]) -> str:
    """``text`` (a translation of ``source``) with its ``{placeholders}`` filled from ``params``.

    A translation whose placeholders do not match falls back to the English source, and a placeholder without a
    value stays visible as ``{name}``: a message is always shown, never an exception.
    """
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return source.format_map(_Missing(params))


class _Missing(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def format_number(text: str, lang: str) -> str:
    """A canonical decimal (``-42240.50``) grouped by thousands the way ``lang`` writes numbers; every digit kept.
    Anything else comes back unchanged (see :mod:`desktop.core.formats`)."""
    from desktop.core.formats import number_text

    return number_text(text, lang)


def reload() -> None:
    """Forget loaded catalogues (after ``make`` regenerated them)."""
    _catalogue.cache_clear()
