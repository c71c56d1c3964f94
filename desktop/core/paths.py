"""Where Corridor Desk keeps its files: the one place that computes data, log, cache and backup paths.

By default the platform's per-user directories (platformdirs, app name ``CorridorDesk``); with ``--data-dir
DIR`` everything lives under DIR (tests, portable use, training rooms)::

    DIR/                      data: workspace databases, settings
    DIR/workspaces/NAME.sqlite3
    DIR/backups/              Connection.backup() copies of the workspace databases
    DIR/logs/
    DIR/cache/                code tables fetched from the platform, rendered previews

No other module builds these paths; call :meth:`AppPaths.resolve` and use its attributes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "CorridorDesk"
DEFAULT_WORKSPACE = "default"
WORKSPACE_SUFFIX = ".sqlite3"
_WORKSPACE_NAME = re.compile(r"^[\w.-]{1,64}$")


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The directories of one installation (or of one ``--data-dir``)."""

    data: Path
    logs: Path
    cache: Path

    @classmethod
    def resolve(cls, data_dir: Path | None = None) -> AppPaths:
        """Paths under ``data_dir`` when given, else the user's platform directories. Creates nothing."""
        if data_dir is not None:
            root = Path(data_dir).expanduser().resolve()
            return cls(data=root, logs=root / "logs", cache=root / "cache")
        import platformdirs

        return cls(
            data=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True)),
            logs=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
            cache=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    @property
    def workspaces(self) -> Path:
        """The directory holding one SQLite database per workspace."""
        return self.data / "workspaces"

    @property
    def workspace_db(self) -> Path:
        """The database of the default workspace."""
        return self.workspace_path(DEFAULT_WORKSPACE)

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    def workspace_path(self, name: str) -> Path:
        """The database file of workspace ``name`` (letters, digits, ``_ . -``; at most 64 characters)."""
        if not _WORKSPACE_NAME.match(name) or name.startswith("."):
            raise ValueError(f"invalid workspace name: {name!r}")
        return self.workspaces / f"{name}{WORKSPACE_SUFFIX}"

    def workspace_names(self) -> list[str]:
        """Names of the workspaces that exist on disk, sorted."""
        if not self.workspaces.is_dir():
            return []
        return sorted(p.name[: -len(WORKSPACE_SUFFIX)] for p in self.workspaces.glob(f"*{WORKSPACE_SUFFIX}"))

    def ensure(self) -> AppPaths:
        """Create every directory (idempotent) and return self."""
        for directory in (self.data, self.logs, self.cache, self.workspaces, self.backups):
            directory.mkdir(parents=True, exist_ok=True)
        return self
