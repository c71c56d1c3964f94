"""Step 12: a workspace of version 11 gets the change clock; its data stays, and each seat counts its changes."""

from __future__ import annotations

from pathlib import Path

from desktop.core.model.master import Company
from desktop.core.store import MIGRATIONS, Store, migrate
from desktop.core.store.db import connect


def test_upgrade_from_version_11_counts_changes_per_writer(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    assert migrate(conn, MIGRATIONS[:11]) == 11
    conn.execute("INSERT INTO audit_log (at, actor, action) VALUES ('t0', 'li', 'login')")
    conn.close()
    with Store.open(path, migrations=MIGRATIONS[:11]) as old:  # an app of version 11 has no clock: no error
        assert old.others_changes() is None
        old.companies.upsert(Company(id="c0", name_zh="旧"))
    with Store.open(path) as mine, Store.open(path) as theirs:
        assert mine.user_version() == len(MIGRATIONS) >= 12
        assert len(mine.audit_log()) >= 1
        assert mine.others_changes() == (0, 0)
        theirs.companies.upsert(Company(id="c1", name_zh="新"))
        theirs.companies.upsert(Company(id="c2", name_zh="新"))
        assert mine.others_changes() == (2, 1)
        assert theirs.others_changes() == (0, 0)
        mine.companies.upsert(Company(id="c3", name_zh="新"))
        assert theirs.others_changes() == (1, 1)
