"""AppPaths: everything under --data-dir, or the platform's user directories."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.paths import APP_NAME, AppPaths


def test_data_dir_holds_everything(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path / "portable")
    assert not (tmp_path / "portable").exists()  # resolve creates nothing
    paths.ensure()
    root = (tmp_path / "portable").resolve()
    for directory in (paths.data, paths.logs, paths.cache, paths.backups, paths.workspaces):
        assert directory.is_dir()
        assert directory == root or root in directory.parents
    assert paths.workspace_db == root / "workspaces" / "default.sqlite3"


def test_default_uses_user_directories() -> None:
    paths = AppPaths.resolve(None)
    assert APP_NAME in str(paths.data)
    assert APP_NAME in str(paths.logs)
    assert APP_NAME in str(paths.cache)
    assert paths.backups.parent == paths.data


def test_workspace_names(tmp_path: Path) -> None:
    paths = AppPaths.resolve(tmp_path).ensure()
    assert paths.workspace_names() == []
    paths.workspace_path("client-a").touch()
    paths.workspace_path("培训室_1").touch()
    assert paths.workspace_names() == ["client-a", "培训室_1"]
    for bad in ("", "../x", "a/b", ".hidden", "x" * 65):
        with pytest.raises(ValueError):
            paths.workspace_path(bad)
