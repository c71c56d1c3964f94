"""User settings: one typed schema with defaults and a version, kept as JSON in the data directory.

Secrets (passwords, tokens) never go here — they live in the OS keyring; window geometry lives in QSettings.
An unreadable or newer file never stops the app: the defaults are used and the bad file is kept aside.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

SETTINGS_VERSION = 1
SETTINGS_FILE = "settings.json"
#: Keys that must never be written into the settings file.
SECRET_KEYS = frozenset({"password", "token", "access_token", "refresh_token", "secret"})


class Settings(BaseModel):
    """Everything the user can set, with its default."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    version: int = SETTINGS_VERSION
    language: str = Field(default="", description="zh_CN, en or vi; empty follows the OS language")
    platform_url: str = Field(default="", description="Platform base URL; empty runs the embedded sandbox")
    environment: str = Field(default="sandbox", description="sandbox or production")
    last_username: str = ""
    remember_me: bool = True
    last_company_id: str = ""
    autosave_seconds: int = Field(default=5, ge=1, le=600)
    notify_status_changes: bool = True
    confirm_before_submit: bool = True
    page_size: int = Field(default=200, ge=20, le=5000)
    sandbox_realtime: bool = Field(
        default=True, description="The embedded sandbox processes filings as time passes (else only when advanced)"
    )

    @property
    def uses_sandbox(self) -> bool:
        return not self.platform_url


def settings_path(data_dir: Path) -> Path:
    return Path(data_dir) / SETTINGS_FILE


def load_settings(path: Path) -> Settings:
    """The settings stored at ``path``; defaults when missing, unreadable or written by a newer version."""
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
    cleaned = {k: v for k, v in raw.items() if k not in SECRET_KEYS}
    try:
        return Settings.model_validate({**cleaned, "version": SETTINGS_VERSION})
    except ValidationError:
        good: dict[str, Any] = {}
        for key, value in cleaned.items():
            try:
                Settings.model_validate({key: value})
            except ValidationError:
                continue
            good[key] = value
        return Settings.model_validate({**good, "version": SETTINGS_VERSION})


def save_settings(settings: Settings, path: Path) -> None:
    """Write ``settings`` atomically (a temp file renamed over the old one)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in settings.model_dump(mode="json").items() if k not in SECRET_KEYS}
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
