"""Limits on what an exchange file may hold, checked before the models see it: size, nesting depth, number
length, string length and control characters. Hostile input (``/dev/zero``, a thousand nested lists, a
50,000-digit number, NUL bytes in a name) is refused with one :class:`~desktop.core.model.exchange.ExchangeError`
instead of a crash, by every command that reads the file (``validate``, ``derive``, ``import``).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from desktop.core.errors import CoreError

#: Far above any real exchange file (the largest sample is a few kB) and small enough to read into memory.
MAX_FILE_BYTES = 8 * 1024 * 1024
#: The exchange format nests about 6 levels; anything past this is not one of ours.
MAX_DEPTH = 32
#: A number literal longer than this is not a quantity, a price or a weight.
MAX_NUMBER_CHARS = 40
#: No field of the models allows nearly this much; the rules check each field's own limit.
MAX_STRING_CHARS = 10_000
#: C0 controls except tab, line feed and carriage return; DEL; C1 controls; lone UTF-16 surrogates.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


class LimitError(CoreError):
    """Raised by :func:`load_json`; the exchange reader turns it into an ``exchange.*`` error naming the file."""


def read_bounded(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of ``path``, refusing to read more than ``limit`` (``/dev/zero`` never ends)."""
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise LimitError("exchange.too_large", limit_mb=limit // (1024 * 1024))
    return data


def _number(text: str, convert: Any) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise LimitError("exchange.number_too_long", limit=MAX_NUMBER_CHARS, length=len(text))
    return convert(text)


def _constant(name: str) -> Any:
    raise LimitError("exchange.not_a_number", value=name)  # NaN and Infinity are not JSON


def load_json(data: bytes | str) -> Any:
    """``json.loads`` within the limits; raises :class:`LimitError`, or the decoder's own errors."""
    if len(data) > MAX_FILE_BYTES:
        raise LimitError("exchange.too_large", limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    try:
        value = json.loads(
            data,
            parse_int=lambda t: _number(t, int),
            parse_float=lambda t: _number(t, float),
            parse_constant=_constant,
        )
    except RecursionError as exc:
        raise LimitError("exchange.too_deep", limit=MAX_DEPTH) from exc
    check(value)
    return value


def check(value: Any) -> None:
    """Walk a parsed JSON value without recursion: depth, string length and control characters."""
    stack: list[tuple[Any, str, int]] = [(value, "", 0)]
    while stack:
        item, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise LimitError("exchange.too_deep", limit=MAX_DEPTH)
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, dict):
            for key, child in item.items():
                where = f"{path}.{key}" if path else str(key)
                _check_text(key, where)
                stack.append((child, where, depth + 1))
        elif isinstance(item, list):
            for index, child in enumerate(item):
                stack.append((child, f"{path}.{index}" if path else str(index), depth + 1))


def _check_text(text: str, path: str) -> None:
    if len(text) > MAX_STRING_CHARS:
        raise LimitError("exchange.text_too_long", field=path or "-", limit=MAX_STRING_CHARS, length=len(text))
    found = CONTROL.search(text)
    if found is not None:
        raise LimitError("exchange.control_character", field=path or "-", codepoint=f"{ord(found.group()):04X}")
