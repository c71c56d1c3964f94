"""PostgreSQL for the tests: the server named by CORRIDOR_TEST_PG_URL (or the local one .ci/run sets up).

:func:`server_url` answers once per session: the URL of a server that accepts a connection, or ``None`` with
:data:`SKIPPED` saying why (the root conftest prints it as "PostgreSQL tests skipped: <why>").

:class:`PgWorkspaces` gives each test a clean workspace on that server: one schema per test session, migrated
once; between tests every table is emptied (``TRUNCATE``), which is much faster than migrating a new schema.
:func:`fresh_schema` makes an empty schema for tests of the migrations themselves. Everything is dropped at the
end of the session.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

ENV = "CORRIDOR_TEST_PG_URL"
#: the role and database .ci/run creates on a local cluster
LOCAL = "postgresql://corridor:corridor@localhost:5432/corridor_test?sslmode=disable"

SKIPPED: list[str] = []
_checked: list[str | None] = []


def server_url() -> str | None:
    """The test server's URL, or None when there is none (the reason is in :data:`SKIPPED`)."""
    if _checked:
        return _checked[0]
    url = os.environ.get(ENV, "").strip() or LOCAL
    found: str | None = None
    try:
        import psycopg

        with psycopg.connect(url, connect_timeout=3, autocommit=True) as conn:
            conn.execute("SELECT 1")
        found = url
    except ImportError:
        SKIPPED.append("psycopg is not installed")
    except Exception as exc:
        where = f"${ENV}" if os.environ.get(ENV) else f"no {ENV} and no local server as .ci/run sets up"
        SKIPPED.append(f"{where}: {str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__}")
    _checked.append(found)
    return found


def with_schema(url: str, schema: str) -> str:
    """``url`` whose sessions work in ``schema`` (then public, where pg_trgm lives)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query, keep_blank_values=True))
    query["options"] = f"-csearch_path={schema},public"
    query.setdefault("sslmode", "disable")
    return urlunsplit(parts._replace(query=urlencode(query)))


def _admin(url: str):  # type: ignore[no-untyped-def]
    import psycopg

    return psycopg.connect(url, autocommit=True, connect_timeout=5)


@contextmanager
def fresh_schema(url: str) -> Iterator[str]:
    """An empty schema for one test; yields the workspace URL on it and drops it afterwards."""
    schema = "t_" + uuid.uuid4().hex[:12]
    with _admin(url) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield with_schema(url, schema)
    finally:
        with _admin(url) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


class PgWorkspaces:
    """One migrated schema for the session; :meth:`clean` empties it for the next test."""

    def __init__(self, url: str) -> None:
        from desktop.core.store import Store

        self.server = url
        self.schema = "s_" + uuid.uuid4().hex[:12]
        with _admin(url) as conn:
            conn.execute(f"CREATE SCHEMA {self.schema}")
        self.url = with_schema(url, self.schema)
        Store.open(self.url).close()  # migrate once
        with _admin(self.url) as conn:
            rows = conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = %s AND tablename <> 'schema_version'",
                (self.schema,),
            ).fetchall()
        self.tables = [r[0] for r in rows]

    def clean(self) -> str:
        """Empty every table (ids restart); returns the workspace URL."""
        with _admin(self.url) as conn:
            conn.execute(f"TRUNCATE {', '.join(self.tables)} RESTART IDENTITY CASCADE")
        return self.url

    def drop(self) -> None:
        with _admin(self.server) as conn:
            conn.execute(f"DROP SCHEMA {self.schema} CASCADE")
