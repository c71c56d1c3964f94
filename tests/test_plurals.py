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


@pytest.mark.parametrize(("code", "one", "two"), [
    ("platform.validation_failed", "1 field error.", "2 field errors."),
    ("sheet.not_clean", "1 row has errors: fix it in the file or skip that row.",
     "2 rows have errors: fix them in the file or skip those rows."),
    ("lessons.has_errors", "still show 1 error.", "still show 2 errors."),
])
def test_error_messages_with_a_count_take_its_form(code: str, one: str, two: str) -> None:
    from desktop.core.messages import error_message

    i18n.reload()
    assert error_message(code, {"count": 1, "file": "a.xlsx"}, "en").endswith(one)
    assert error_message(code, {"count": 2, "file": "a.xlsx"}, "en").endswith(two)
    assert "(s)" not in error_message(code, {"count": 2, "file": "a.xlsx"}, "vi")


def test_rule_messages_with_a_count_take_its_form() -> None:
    from desktop.core.rules import Issue, Severity, message

    issue = Issue("shipment.container_goods_line", "containers.0.goods_lines", Severity.ERROR,
                  {"line": 3, "count": 1})
    assert message(issue, "en") == "Goods line 3 does not exist (the shipment has 1 line)."
    assert message(Issue(issue.rule_id, issue.field_path, issue.severity, {"line": 3, "count": 2}), "en").endswith(
        "has 2 lines).")


def test_no_count_message_is_left_without_plural_forms() -> None:
    """A message that says "(s)" next to a count is a numerus message (help texts name no count)."""
    import re

    plain = []
    for ctx in ET.parse(i18n_path("corridor_en.ts")).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            if name != "CliHelp" and re.search(r"(\{\w+\}|%n) [\w ]*\w\(s\)", source) and msg.get("numerus") != "yes":
                plain.append((name, source))
    assert not plain


def test_the_editor_status_line_says_one_error_and_two_warnings(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    assert translator.load(str(i18n_path("corridor_en.qm")))
    QCoreApplication.installTranslator(translator)
    try:
        one = QCoreApplication.translate("DraftEditor", "{n} error(s)", "", 1).format(n=1)
        two = QCoreApplication.translate("DraftEditor", "{n} warning(s)", "", 2).format(n=2)
        assert (one, two) == ("1 error", "2 warnings")
        text = QCoreApplication.translate("DocumentPreview", "{count} page(s) sent to the printer.", "", 1)
        assert text == "{count} page sent to the printer."
    finally:
        QCoreApplication.removeTranslator(translator)
