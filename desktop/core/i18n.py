"""Translation without Qt: reads the same Qt ``.ts`` catalogues the UI compiles, for the CLI and the PDFs.

Sources are English; ``translate(context, source, lang)`` returns the finished translation from
``i18n/corridor_<lang>.ts`` or the English source when there is none. Languages: ``zh_CN``, ``en``, ``vi``.
"""

from __future__ import annotations

import locale
import os
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache

from desktop.core.resources import i18n_path

LANGUAGES = ("zh_CN", "en", "vi")
DEFAULT_LANGUAGE = "en"
_lock = threading.Lock()

Translate = Callable[[str, str], str]


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


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], str]:
    with _lock:
        path = i18n_path(f"corridor_{lang}.ts")
        if not path.exists():
            return {}
        table: dict[tuple[str, str], str] = {}
        for ctx in ET.parse(path).getroot().iter("context"):
            name = ctx.findtext("name") or ""
            for msg in ctx.iter("message"):
                source = msg.findtext("source")
                tr = msg.find("translation")
                if source is None or tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                text = tr.text or ""
                if text:
                    table[(name, source)] = text
        return table


def translate(context: str, source: str, lang: str) -> str:
    """The translation of ``source`` in ``context`` for ``lang``, or ``source`` itself."""
    if lang == "en":
        return _catalogue("en").get((context, source), source)
    return _catalogue(normalize_language(lang)).get((context, source), source)


def translator(lang: str) -> Translate:
    """A ``(context, source) -> text`` callable bound to one language (passed to documents, CLI output)."""
    code = normalize_language(lang)
    return lambda context, source: translate(context, source, code)


def reload() -> None:
    """Forget loaded catalogues (after ``make`` regenerated them)."""
    _catalogue.cache_clear()
