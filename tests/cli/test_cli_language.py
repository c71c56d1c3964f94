"""The CLI speaks the user's language: the lines a user reads in zh_CN and vi have no English and no raw ids."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.cli import main
from tests.conftest import SAMPLES

AS_OF = ["--as-of", "2026-12-01"]


@pytest.fixture(autouse=True)
def _argparse_back_in_english() -> Iterator[None]:
    yield
    from desktop.commands.helptext import install

    install("en")  # main() taught argparse this test's language; the next test builds parsers in English


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_chinese_problem_lines_use_full_width_punctuation(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "zh_CN", "validate", str(SAMPLES / "invalid-net-over-gross.json"), *AS_OF)
    assert code == 1
    problem = next(line for line in out.splitlines() if line.startswith("  错误"))
    assert problem.startswith("  错误：业务单：net_weight（净重（千克））："), problem
    assert ": " not in problem.split("[")[0] and " (" not in problem, problem


@pytest.mark.parametrize(("lang", "number", "integer"), [
    ("zh_CN", "数量必须是数字", "件数必须是整数"),
    ("vi", "“Số lượng” phải là số", "“Số kiện” phải là số nguyên"),
])
def test_wrong_types_are_told_as_field_messages(capsys: pytest.CaptureFixture[str], lang: str, number: str,
                                                integer: str) -> None:
    code, _, err = run(capsys, "--lang", lang, "validate", str(SAMPLES / "invalid-wrong-types.json"))
    assert code == 2
    assert number in err and integer in err, err
    assert "shipment.goods.0.quantity" in err, "the path still says where"
    assert "Input should" not in err


def test_a_missing_member_and_malformed_json_are_told_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = run(capsys, "--lang", "zh_CN", "validate", str(SAMPLES / "invalid-kind-without-member.json"),
                    str(SAMPLES / "invalid-malformed-json.json"))
    assert "文件声明为报关单，但缺少报关单部分" in err, err
    assert "第 43 行第 17 列" in err and "此处应有一个值" in err, err
    assert "Expecting" not in err and "Value error" not in err and "member is missing" not in err


def test_code_tables_are_named_as_users_know_them(capsys: pytest.CaptureFixture[str]) -> None:
    _, zh, _ = run(capsys, "--lang", "zh_CN", "validate", str(SAMPLES / "invalid-unknown-code.json"), *AS_OF)
    assert "不在包装种类代码表中" in zh and "不在计量单位代码表中" in zh, zh
    _, vi, _ = run(capsys, "--lang", "vi", "validate", str(SAMPLES / "invalid-unknown-code.json"), *AS_OF)
    assert "không có trong bảng mã loại bao bì" in vi, vi
    assert "bảng mã package_type" not in vi and "代码表 unit" not in zh


def test_status_names_the_environment_store_kind_and_status(capsys: pytest.CaptureFixture[str],
                                                            tmp_path: object) -> None:
    data = str(tmp_path)
    _, out, _ = run(capsys, "--data-dir", data, "--lang", "zh_CN", "status")
    assert "未登录沙箱。" in out.splitlines(), out
    assert "sandbox" not in out and "secure store" not in out
    _, out, _ = run(capsys, "--data-dir", data, "--lang", "vi", "import",
                    str(SAMPLES / "motorcycle-parts-chongqing-haiphong.json"))
    assert "đã nhập lô hàng SH-2026-0001" in out and "shipment" not in out, out
    _, out, _ = run(capsys, "--data-dir", data, "--lang", "zh_CN", "status", "SH-2026-0001-D1")
    assert out.splitlines()[0] == "报关单 SH-2026-0001-D1：草稿", out
    _, out, _ = run(capsys, "--data-dir", data, "--lang", "vi", "status")
    assert "Chưa đăng nhập vào môi trường thử nghiệm." in out.splitlines(), out
    assert "sandbox" not in out.lower().replace("thử nghiệm", "")


def test_help_and_usage_errors_speak_the_language(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：corridor-desk"), out[:80]
    assert "检查交换文件" in out and "显示此帮助信息并退出" in out
    assert "show this help message" not in out and "check an exchange file" not in out
    assert "\n选项：\n" in out and "\n位置参数：\n" in out and "选项:" not in out  # Chinese headings: full-width colon
    with pytest.raises(SystemExit):
        main(["--lang", "zh_CN", "pdf", "--help"])
    assert "\n选项：\n" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--lang", "vi", "--help"])
    assert "\ntùy chọn:\n" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["validate", "--lang", "vi"])
    err = capsys.readouterr().err
    assert "lỗi: thiếu các tham số bắt buộc: FILE.json" in err, err
    assert "required" not in err


def test_every_help_text_is_in_the_catalogues() -> None:
    from desktop.cli import build_parser
    from desktop.commands.helptext import HELP_CONTEXT, help_texts, install
    from desktop.core import i18n

    install("en")
    texts = set(help_texts(build_parser()))
    assert len(texts) > 50
    for lang in ("zh_CN", "vi"):
        missing = [t for t in texts if i18n.translate(HELP_CONTEXT, t, lang) == t]
        assert not missing, (lang, missing)


def test_without_lang_the_cli_follows_the_language_chosen_in_the_app(capsys: pytest.CaptureFixture[str],
                                                                       tmp_path: object,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from pathlib import Path

    from desktop.core.settings import Settings, save_settings, settings_path

    monkeypatch.setenv("LANGUAGE", "en")
    save_settings(Settings(language="vi"), settings_path(Path(str(tmp_path))))
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "status")
    assert "Chưa đăng nhập" in out and "quản lý" in out, out
    _, out, _ = run(capsys, "--data-dir", str(tmp_path), "--lang", "zh_CN", "status")
    assert "未登录" in out and "Chưa" not in out, "--lang overrides the app's choice"
