"""Migration step 12 (see the package's docstring for how to add one)."""

from __future__ import annotations

from desktop.core.store.migrations.runner import Migration, sql_step

# --- version 12: telling another seat's change from this seat's own ------------------------------------------
#
# Each open workspace (a writer: one store of one seat) counts the transactions it committed that changed what
# lists show; a seat reloads its lists when another writer's count moved, never for its own commits.
_V12 = """
CREATE TABLE change_clock (
    writer      TEXT PRIMARY KEY,
    seat        TEXT NOT NULL DEFAULT '',
    changes     BIGINT NOT NULL DEFAULT 0,
    updated_at  TEXT NOT NULL DEFAULT ''
);
"""


STEPS: list[Migration] = [
    sql_step(12, "change clock: each seat's count of committed changes, so seats reload only for another's", _V12),
]
