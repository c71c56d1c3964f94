"""Code tables as the platform serves them: the shared tables of ``desktop.core.codes``, each with an ETag."""

from __future__ import annotations

import hashlib
import json
import threading
from dataclasses import dataclass

from desktop.core import codes as core_codes


@dataclass(frozen=True)
class ServedTable:
    name: str
    version: str
    etag: str
    body: bytes


_lock = threading.Lock()
_cache: dict[str, ServedTable] = {}


def _serve(name: str) -> ServedTable:
    table = core_codes.table(name)
    body = json.dumps(
        {
            "name": name,
            "version": table.version,
            "source": table.source,
            "entries": [{"code": e.code, "zh_CN": e.zh_CN, "en": e.en, "vi": e.vi, "note": e.note} for e in table],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode()
    etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    return ServedTable(name, table.version, etag, body)


def get(name: str) -> ServedTable | None:
    with _lock:
        found = _cache.get(name)
        if found is None:
            if name not in core_codes.table_names():
                return None
            found = _cache[name] = _serve(name)
        return found


def all_tables() -> list[ServedTable]:
    out = []
    for name in core_codes.table_names():
        found = get(name)
        if found is not None:
            out.append(found)
    return out


def is_known(table: str, code: str) -> bool:
    try:
        return core_codes.is_known(table, code)
    except core_codes.CodeTableError:
        return False
