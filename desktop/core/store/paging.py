"""Pages of a document list without reading the rows before them.

A list scrolls page by page: :class:`Bookmarks` remembers where each page ended (the sort value and rowid of its
last row), and the next page starts after that key (keyset pagination: ``(col, rowid) < (?, ?)`` walks the sort
index from there) instead of skipping ``OFFSET`` rows. A jump to a page never seen starts from the nearest
bookmark before it. Page 0 of a list forgets its bookmarks (the list was reloaded, rows may have moved).

On PostgreSQL an ``OFFSET`` still walks the skipped rows; :func:`page_sql` there picks the page's ids from the
sort index alone (an index-only scan, migration step 11) and reads the table for those ids only.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict
from typing import Any

#: lists (sort + filters) remembered per repository, and bookmarks per list
MAX_LISTS = 16
MAX_MARKS = 10_000


class Bookmarks:
    """Per list: offset of a row -> (sort value, rowid) of the row just before it. Thread-safe."""

    def __init__(self) -> None:
        self._lists: OrderedDict[str, tuple[list[int], dict[int, tuple[Any, int]]]] = OrderedDict()
        self._lock = threading.Lock()

    def reset(self, key: str) -> None:
        with self._lock:
            self._lists.pop(key, None)

    def nearest(self, key: str, offset: int) -> tuple[int, tuple[Any, int]] | None:
        """The bookmark at or before ``offset``: (its offset, (sort value, rowid)), or None."""
        with self._lock:
            found = self._lists.get(key)
            if found is None:
                return None
            self._lists.move_to_end(key)
            offsets, marks = found
            i = bisect.bisect_right(offsets, offset)
            return None if i == 0 else (offsets[i - 1], marks[offsets[i - 1]])

    def add(self, key: str, offset: int, value: Any, rowid: int) -> None:
        with self._lock:
            found = self._lists.get(key)
            if found is None:
                found = self._lists[key] = ([], {})
                while len(self._lists) > MAX_LISTS:
                    self._lists.popitem(last=False)
            self._lists.move_to_end(key)
            offsets, marks = found
            if offset not in marks:
                if len(offsets) >= MAX_MARKS:
                    return
                bisect.insort(offsets, offset)
            marks[offset] = (value, rowid)


def page_sql(
    table: str,
    fields: tuple[str, ...],
    column: str,
    descending: bool,
    where: str,
    after: bool,
    deferred: bool,
) -> str:
    """The statement of one page: ``fields`` plus the sort value and rowid (for the next bookmark).

    ``where``: the list's filters on alias ``x`` (`` WHERE ...`` or empty); ``after``: start after a bookmark
    (two more parameters before LIMIT and OFFSET); ``deferred``: choose the ids from the index first.
    """
    direction = "DESC" if descending else "ASC"
    if after:
        keyset = f"(x.{column}, x.rowid) {'<' if descending else '>'} (?, ?)"
        where = f"{where} AND {keyset}" if where else f" WHERE {keyset}"
    order = f"ORDER BY {{a}}.{column} {direction}, {{a}}.rowid {direction}"
    if not deferred:
        select = ", ".join(f"x.{f}" for f in (*fields, column, "rowid"))
        return f"SELECT {select} FROM {table} x{where} {order.format(a='x')} LIMIT ? OFFSET ?"
    select = ", ".join(f"p.{f}" for f in (*fields, column, "rowid"))
    return (
        f"SELECT {select} FROM {table} p WHERE p.id IN"
        f" (SELECT x.id FROM {table} x{where} {order.format(a='x')} LIMIT ? OFFSET ?) {order.format(a='p')}"
    )
