"""``corridor-desk hs``: one query, --json, and one JSON list per stdin line, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANGUAGE="en", PYTHONIOENCODING="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=ROOT, env=env, input=stdin, capture_output=True,
        text=True, encoding="utf-8", timeout=120, check=False,
    )


def test_hs_json_in_vietnamese() -> None:
    result = run("hs", "Sầu riêng tươi", "--lang", "vi", "--json")
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    best = found[0]
    assert best["code"] == "08106000" and best["name"] == "Quả sầu riêng" and best["name_zh"] == "鲜榴莲"
    assert best["source"] == "tariff" and best["reasons"][0]["source"] == "vn"
    assert best["units"] == [{"code": "035", "name": "kg"}]


def test_hs_text_output_and_stdin_lines() -> None:
    text = run("--lang", "zh_CN", "hs", "光伏组件")
    assert text.returncode == 0 and text.stdout.startswith("85414300"), text.stdout + text.stderr
    assert "已装在组件内或组装成块的光电池" in text.stdout
    lines = run("hs", "-", "--lang", "en", "--limit", "3", stdin="光伏组件\n\nlaptop computer\n").stdout.splitlines()
    assert len(lines) == 3
    first, empty, third = (json.loads(ln) for ln in lines)
    assert first[0]["code"] == "85414300" and len(first) <= 3 and empty == []
    assert {"code", "name", "source"} <= set(third[0]) and third[0]["hs6"] == "847130"


def test_hs_code_without_a_line_lists_the_nearest_lines_with_a_note() -> None:
    text = run("hs", "6907220000", "--lang", "en")
    assert text.returncode == 0, text.stderr
    first, *rest = text.stdout.splitlines()
    assert first == (
        "The Chinese tariff (2023) has no line 6907220000: the lines of subheading 6907.22 follow, the nearest first."
    )
    assert [ln[:8] for ln in rest if ln[:1].isdigit()] == ["69072210", "69072290"]
    found = json.loads(run("hs", "690799", "--lang", "zh_CN", "--json").stdout)  # no line under 6907.99 at all
    assert found and all(c["code"].startswith("6907") for c in found)
    assert found[0]["code"] == "69074010"  # 6907.40 is the nearest subheading to 6907.99 with lines
    assert found[0]["reasons"][0] == {"source": "code_nearest", "text": "690799", "words": [], "note": "6907"}
    assert run("hs", "69072110", "--lang", "en").stdout.startswith("69072110")  # a line of its own: no note


def test_hs_in_vietnamese_says_where_a_vietnamese_name_comes_from() -> None:
    text = run("hs", "69072110", "--lang", "vi").stdout.splitlines()
    assert text[0].startswith("69072110    Gạch lát đường") and "69072121" in text[2]
    horse = run("hs", "01012900", "--lang", "vi").stdout.splitlines()
    assert horse[0] == "01012900    Live horses, not pure-bred breeding" and "tiếng Anh và tiếng Trung" in horse[2]
