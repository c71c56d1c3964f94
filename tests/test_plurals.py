"""Messages with a count have plural forms (Qt numerus): English one / other, Chinese and Vietnamese one form,
in the .ts sources, the compiled catalogues Qt loads, and the Qt-free translation the CLI uses."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from desktop.core import i18n
from desktop.core.resources import i18n_path

ROOT = Path(__file__).resolve().parents[1]
FORMS = {"zh_CN": 1, "en": 2, "vi": 1}


def _numerus(lang: str) -> dict[tuple[str, str], list[str]]:
    found = {}
    for ctx in ET.parse(i18n_path(f"corridor_{lang}.ts")).getroot().iter("context"):
        for msg in ctx.iter("message"):
            if msg.get("numerus") == "yes":
                tr = msg.find("translation")
                assert tr is not None
                found[(ctx.findtext("name") or "", msg.findtext("source") or "")] = [
                    f.text or "" for f in tr.iter("numerusform")]
    return found


@pytest.mark.parametrize("lang", sorted(FORMS))
def test_each_language_has_its_number_of_plural_forms(lang: str) -> None:
    messages = _numerus(lang)
    assert len(messages) >= 8
    assert ("BulkDialog", "%n filing(s) queued for sending.") in messages, "a UI tr(..., n) is a numerus message"
    for key, forms in messages.items():
        assert len(forms) == FORMS[lang] and all(forms), (key, forms)
        if lang == "en":
            assert forms[0] != forms[1] and "(s)" not in "".join(forms), (key, forms)


def test_the_cli_picks_the_form_for_the_count() -> None:
    i18n.reload()
    source = "{count} warning(s)"
    assert i18n.translate("Cli", source, "en", 1) == "{count} warning"
    assert i18n.translate("Cli", source, "en", 0) == "{count} warnings"
    assert i18n.translate("Cli", source, "en", 2) == "{count} warnings"
    zh = "{count} 个警告"
    assert i18n.translate("Cli", source, "zh_CN", 1) == i18n.translate("Cli", source, "zh_CN", 5) == zh
    assert i18n.translate("Cli", source, "vi", 7) == "{count} cảnh báo"


def test_validate_says_one_error_and_two_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    from desktop.cli import main
    from tests.conftest import SAMPLES

    main(["--lang", "en", "validate", str(SAMPLES / "invalid-net-over-gross.json"), "--as-of", "2026-12-01"])
    assert "invalid-net-over-gross.json: 1 error, 1 warning." in capsys.readouterr().out


def test_qt_loads_the_forms(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    spec = importlib.util.spec_from_file_location("i18n_build", ROOT / "i18n" / "build.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    build.release()
    for lang, one, many in (("en", "1 filing queued for sending.", "3 filings queued for sending."),
                            ("zh_CN", "1 份申报已放入待发送队列。", "3 份申报已放入待发送队列。"),
                            ("vi", "Đã đưa 1 hồ sơ vào hàng chờ gửi.", "Đã đưa 3 hồ sơ vào hàng chờ gửi.")):
        translator = QTranslator()
        assert translator.load(str(i18n_path(f"corridor_{lang}.qm")))
        QCoreApplication.installTranslator(translator)
        try:
            text = "%n filing(s) queued for sending."
            assert QCoreApplication.translate("BulkDialog", text, None, 1) == one
            assert QCoreApplication.translate("BulkDialog", text, None, 3) == many
        finally:
            QCoreApplication.removeTranslator(translator)
