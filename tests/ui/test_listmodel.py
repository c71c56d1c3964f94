"""The lazy list model: 100 k rows open with one count and one page, pages load as they are looked at."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from desktop.ui.listmodel import Column, LazyTableModel, Query
from desktop.ui.tasks import TaskRunner


class SqliteSource:
    """A real SQLite table of ``n`` rows, paged like the store pages its lists."""

    def __init__(self, n: int) -> None:
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE TABLE t (id TEXT PRIMARY KEY, company_id TEXT, reference TEXT)")
        self.db.executemany(
            "INSERT INTO t VALUES (?, ?, ?)", ((f"S{i:06d}", "c1" if i % 2 else "c2", f"REF-{i:06d}") for i in range(n))
        )
        self.pages: list[int] = []

    def count(self, query: Query) -> int:
        return int(
            self.db.execute(
                "SELECT COUNT(*) FROM t WHERE company_id = ? AND reference LIKE ?",
                (query.company_id, f"%{query.text}%"),
            ).fetchone()[0]
        )

    def page(self, query: Query, offset: int, limit: int) -> Sequence[dict[str, Any]]:
        self.pages.append(offset)
        order = "DESC" if query.descending else "ASC"
        rows = self.db.execute(
            f"SELECT id, reference FROM t WHERE company_id = ? AND reference LIKE ? ORDER BY reference {order} "
            "LIMIT ? OFFSET ?",
            (query.company_id, f"%{query.text}%", limit, offset),
        ).fetchall()
        return [{"id": r[0], "reference": r[1]} for r in rows]


COLUMNS = [Column("reference", "Shipment reference"), Column("id", "Shipment ID")]


def test_100k_rows_open_fast_and_load_lazily(qtbot: Any) -> None:
    source = SqliteSource(200_000)
    runner = TaskRunner()
    model = LazyTableModel(source, COLUMNS, runner, page_size=200)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    started = time.perf_counter()
    model.set_query(Query(company_id="c1", descending=False))
    qtbot.waitSignal(model.loaded, timeout=5_000).wait() if model.rowCount() == 0 else None
    qtbot.waitUntil(lambda: model.rowCount() == 100_000, timeout=5_000)
    elapsed = time.perf_counter() - started
    assert elapsed < 3.0  # the figure itself is reported by the benchmark
    assert source.pages == [0] and model.loaded_pages == 1
    assert model.data(model.index(0, 0)) == "REF-000001"
    # jumping to the end shows a placeholder, then the page arrives without touching the pages between
    last = model.index(99_999, 0)
    assert model.data(last) == "…"
    qtbot.waitUntil(lambda: model.data(last) == "REF-199999", timeout=5_000)
    assert len(source.pages) == 2
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Shipment reference"
    # sorting and searching go to the source, not to loaded rows
    model.sort(0, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: model.data(model.index(0, 0)) == "REF-199999", timeout=5_000)
    model.set_query(Query(company_id="c1", text="REF-00001"))
    qtbot.waitUntil(lambda: model.rowCount() == 5, timeout=5_000)
    runner.shutdown()


def test_page_cache_is_bounded(qtbot: Any) -> None:
    source = SqliteSource(5_000)
    model = LazyTableModel(source, COLUMNS, None, page_size=50, cache_pages=4)
    model.set_query(Query(company_id="c2"))
    for row in range(0, 2_500, 50):
        assert model.row(row) is not None
    assert model.loaded_pages == 4
    assert model.find_row(model.row_id(2_499) or "") == 2_499
