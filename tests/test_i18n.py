"""The catalogues are complete and current: no unfinished, empty or obsolete entry, placeholders intact, every
rule and error code has its message in Chinese, English and Vietnamese."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from types import ModuleType

import pytest

from desktop.core import i18n
from tests.conftest import ROOT


@cache
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_build", ROOT / "i18n" / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_build"] = module
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", ["zh_CN", "en", "vi"])
def test_catalogue_has_no_unfinished_empty_or_mismatched_entry(lang: str) -> None:
    assert build().problems(lang) == []


def test_catalogues_hold_exactly_the_strings_of_the_code() -> None:
    """A string added to the code without a translation, or a translation whose string is gone, fails here."""
    wanted = set(build().extract())
    for lang in ("zh_CN", "en", "vi"):
        present = set(build()._read_ts(build().ts_path(lang)))
        missing = sorted(wanted - present)[:10]
        obsolete = sorted(present - wanted)[:10]
        assert not missing, f"{lang}: not in the catalogue (run `python i18n/build.py update`): {missing}"
        assert not obsolete, f"{lang}: obsolete entries: {obsolete}"


@cache
def _catalogue(lang: str) -> dict[tuple[str, str], tuple[str, str | None]]:
    return dict(build()._read_ts(build().ts_path(lang)))


def _translated(context: str, source: str, lang: str) -> bool:
    entry = _catalogue(lang).get((context, source))
    return entry is not None and bool(entry[0]) and entry[1] is None


def test_every_rule_has_a_message_in_every_language() -> None:
    from desktop.core.rules import RULES
    from desktop.core.rules.messages import MESSAGES

    assert RULES
    for rule_id in RULES:
        source = MESSAGES.get(rule_id)
        assert source, f"rule {rule_id} has no message"
        for lang in ("zh_CN", "en", "vi"):
            assert _translated("Rule", source, lang), f"rule {rule_id}: no {lang} message"


def test_every_error_code_has_a_message_in_every_language() -> None:
    from desktop.core.messages import all_messages

    messages = all_messages()
    assert len(messages) > 50
    for code, source in messages.items():
        for lang in ("zh_CN", "en", "vi"):
            assert _translated("Error", source, lang), f"error {code}: no {lang} message"


def test_translate_reads_the_catalogues_without_qt() -> None:
    i18n.reload()
    assert i18n.translate("Field", "Supervision mode", "zh_CN") == "监管方式"
    assert i18n.translate("Field", "Consignee", "vi") == "Người nhận hàng"
    assert i18n.translate("Field", "Consignee", "en") == "Consignee"
    assert i18n.translate("Field", "no such source", "vi") == "no such source"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("zh_CN.UTF-8", "zh_CN"), ("zh-Hans", "zh_CN"), ("vi_VN", "vi"), ("en_US", "en"), ("fr_FR", "en"), (None, "en")],
)
def test_language_names_normalise(value: str | None, expected: str) -> None:
    assert i18n.normalize_language(value) == expected


def test_system_language_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert i18n.system_language() == "vi"
    monkeypatch.setenv("LC_ALL", "zh_CN.UTF-8")
    assert i18n.system_language() == "zh_CN"
