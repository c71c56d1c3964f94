"""User settings: one typed schema with defaults and a version, kept as JSON in the data directory.

Secrets (passwords, tokens) never go here — they live in the OS keyring; window geometry lives in QSettings.
An unreadable or newer file never stops the app: the defaults are used and the bad file is kept aside.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import tempfile
from pathlib import Path
from typing import Any

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
#: Keys that must never be written into the settings file.
SECRET_KEYS = frozenset({"password", "token", "access_token", "refresh_token", "secret"})
#: Inclusive bounds of the numeric settings.
RANGES: dict[str, tuple[int, int]] = {"autosave_seconds": (1, 600), "page_size": (20, 5000), "send_workers": (1, 16)}


@dataclasses.dataclass
class Settings:
    """Every setting with its default; assignments are checked (type and range) like the file is.

    A plain dataclass, not a pydantic model: settings are read before the main window shows, and pydantic
    (about 0.1 s to import) can then wait until the workspace is opened in the background.
    """

    version: int = SETTINGS_VERSION
    language: str = ""  # zh_CN, en or vi; empty follows the OS language
    platform_url: str = ""  # platform base URL; empty runs the embedded sandbox
    environment: str = "sandbox"  # sandbox or production
    last_username: str = ""
    remember_me: bool = True
    last_company_id: str = ""
    autosave_seconds: int = 5
    notify_status_changes: bool = True
    confirm_before_submit: bool = True
    page_size: int = 200
    sandbox_realtime: bool = True  # the embedded sandbox processes filings as time passes (else only when advanced)
    send_workers: int = 4  # filings the outbox sends at once (1: one after another, for a platform that wants it)
    #: empty: the SQLite workspace in the data directory; a postgresql:// URL (no password: that is in the
    #: keyring, see store.workspace_password) puts the workspace on that server, shared by an office's seats
    workspace_url: str = ""

    def __setattr__(self, name: str, value: Any) -> None:
        expected = _TYPES.get(name)
        if expected is None:
            raise AttributeError(f"Settings has no setting {name!r}")
        if type(value) is not expected:  # exact: a bool is not an int here
            raise ValueError(f"setting {name} must be {expected.__name__}, not {type(value).__name__}")
        bounds = RANGES.get(name)
        if bounds is not None and isinstance(value, int) and not bounds[0] <= value <= bounds[1]:
            raise ValueError(f"setting {name} must be between {bounds[0]} and {bounds[1]}")
        object.__setattr__(self, name, value)

    @property
    def uses_sandbox(self) -> bool:
        return not self.platform_url


_TYPES: dict[str, type] = {f.name: type(f.default) for f in dataclasses.fields(Settings)}


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError):
        _keep_aside(path)
        return Settings()
    if not isinstance(raw, dict):
        _keep_aside(path)
        return Settings()
    version = raw.get("version", SETTINGS_VERSION)
    if not isinstance(version, int) or version > SETTINGS_VERSION:
        return Settings()
    cleaned = {k: v for k, v in raw.items() if k in _TYPES and k not in SECRET_KEYS and k != "version"}
    try:
        return Settings(**cleaned)
    except ValueError:  # keep every good value, drop the bad ones one by one
        good: dict[str, Any] = {}
        for key, value in cleaned.items():
            try:
                Settings(**{key: value})
            except ValueError:
                continue
            good[key] = value
        return Settings(**good)


def save_settings(settings: Settings, path: Path) -> None:
    """Write ``settings`` atomically (a temp file renamed over the old one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in dataclasses.asdict(settings).items() if k not in SECRET_KEYS}
    fd, tmp = tempfile.mkstemp(prefix=".settings-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _keep_aside(path: Path) -> None:
    with contextlib.suppress(OSError):
        Path(path).replace(Path(path).with_suffix(".json.bad"))
