"""Migration step 13 (see the package's docstring for how to add one).

PostgreSQL only: a change another seat commits reaches the watching seats as a notification instead of by their
polling. Every counted change adds to its writer's row of ``change_clock`` (step 12) in the transaction that made
it; a statement trigger on that table notifies :data:`CHANNEL` with the workspace's schema, and PostgreSQL
delivers it at COMMIT (never for a rolled-back transaction), once per transaction. ``store/watch.py`` LISTENs.
SQLite has no notifications; its watcher asks ``PRAGMA data_version``, so the step adds nothing there.
"""

from __future__ import annotations

from desktop.core.store.engine import Connection
from desktop.core.store.migrations.runner import Migration

#: the channel of workspace changes; the payload is the workspace's schema (several workspaces on one server)
CHANNEL = "corridor_workspace_changed"

# one statement per execute: the $$ body holds a semicolon, which the runner's SQL splitter would cut at
_V13_PG = (
    "CREATE FUNCTION notify_workspace_changed() RETURNS trigger LANGUAGE plpgsql AS $$\n"
    f"BEGIN PERFORM pg_notify('{CHANNEL}', current_schema()); RETURN NULL; END $$",
    "CREATE TRIGGER change_clock_notify AFTER INSERT OR UPDATE ON change_clock"
    " FOR EACH STATEMENT EXECUTE FUNCTION notify_workspace_changed()",
)


def _v13(conn: Connection) -> None:
    """SQLite: nothing (``PRAGMA data_version`` tells a watcher that another connection committed)."""


def _v13_pg(conn: Connection) -> None:
    for statement in _V13_PG:
        conn.execute(statement)


STEPS: list[Migration] = [
    Migration(13, "PostgreSQL: another seat's change arrives as a notification", _v13, _v13_pg),
]
