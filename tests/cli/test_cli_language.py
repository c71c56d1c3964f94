"""The CLI speaks the user's language: the lines a user reads in zh_CN and vi have no English and no raw ids."""

from __future__ import annotations

import pytest

from desktop.cli import main
from tests.conftest import SAMPLES

AS_OF = ["--as-of", "2026-12-01"]


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
