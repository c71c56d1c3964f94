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
