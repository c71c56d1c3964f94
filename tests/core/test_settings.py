"""Settings: typed defaults, atomic save, secrets never written, bad or newer files do not stop the app."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.settings import SETTINGS_VERSION, Settings, load_settings, save_settings, settings_path


def test_defaults_when_missing(data_dir: Path) -> None:
    s = load_settings(settings_path(data_dir))
    assert s == Settings()
    assert s.uses_sandbox and s.version == SETTINGS_VERSION


def test_round_trip(data_dir: Path) -> None:
    s = Settings(language="vi", platform_url="https://platform.example", autosave_seconds=9, last_company_id="x")
    save_settings(s, settings_path(data_dir))
    again = load_settings(settings_path(data_dir))
    assert again == s and not again.uses_sandbox


def test_secrets_are_never_written_or_read(data_dir: Path) -> None:
    path = settings_path(data_dir)
    path.write_text(json.dumps({"language": "en", "password": "hunter2", "refresh_token": "abc"}), encoding="utf-8")
    s = load_settings(path)
    save_settings(s, path)
    text = path.read_text(encoding="utf-8")
    assert "hunter2" not in text and "abc" not in text


def test_bad_values_fall_back_one_by_one(data_dir: Path) -> None:
    path = settings_path(data_dir)
    path.write_text(json.dumps({"language": "zh_CN", "autosave_seconds": -5}), encoding="utf-8")
    s = load_settings(path)
    assert s.language == "zh_CN" and s.autosave_seconds == Settings().autosave_seconds


def test_malformed_file_is_kept_aside(data_dir: Path) -> None:
    path = settings_path(data_dir)
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    assert path.with_suffix(".json.bad").exists()


def test_newer_version_is_not_misread(data_dir: Path) -> None:
    path = settings_path(data_dir)
    path.write_text(json.dumps({"version": SETTINGS_VERSION + 1, "language": "vi"}), encoding="utf-8")
    assert load_settings(path).language == ""
