"""Every code the platform (the sandbox) can send reaches the user as a message: problem types, receipt message
codes and field error codes. The codes are collected from the sandbox itself (its tables, and every call that
builds a receipt, a field error or a problem, read from the source), never from a hand-typed list, so a code added
to the sandbox without a message fails here."""

from __future__ import annotations

import ast
import pkgutil
import string
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pydantic_core import core_schema

import desktop.sandbox
from desktop.core import i18n
from desktop.core.messages import all_messages, error_message
from desktop.core.platform.errors import from_problem
from desktop.core.rules import MESSAGES as RULE_MESSAGES
from desktop.core.rules import RULES
from desktop.sandbox import filings, problems

SANDBOX = Path(desktop.sandbox.__file__).parent


@dataclass
class Emitted:
    """What the sandbox source can send: codes with the parameter names each call site passes."""

    field_codes: dict[str, set[str]] = field(default_factory=dict)
    receipt_codes: set[str] = field(default_factory=set)
    problem_names: set[str] = field(default_factory=set)
    families: set[str] = field(default_factory=set)  # "request." + <pydantic error type>
    rule_codes: bool = False  # field errors that carry a rule id
    unknown: list[str] = field(default_factory=list)  # call sites whose code cannot be read from the source


def _name(func: ast.expr) -> str:
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _code_arg(node: ast.expr, found: Emitted, where: str, params: set[str]) -> None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        found.field_codes.setdefault(node.value, set()).update(params)
    elif (
        isinstance(node, ast.BinOp)
        and isinstance(node.op, ast.Add)
        and isinstance(node.left, ast.Constant)
        and isinstance(node.left.value, str)
    ):
        found.families.add(node.left.value)
    elif isinstance(node, ast.Attribute) and node.attr == "rule_id":
        found.rule_codes = True
    else:
        found.unknown.append(f"{where}: {ast.unparse(node)}")


def collect() -> Emitted:
    found = Emitted(receipt_codes=set(filings.MESSAGE_CODES.values()), problem_names=set(problems.PROBLEMS))
    for info in pkgutil.iter_modules([str(SANDBOX)]):
        path = SANDBOX / f"{info.name}.py"
        tree = ast.parse(path.read_text(encoding="utf-8"))
        builder = {  # the body of field_error itself builds the dict from its parameters
            id(n) for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) and f.name == "field_error"
            for n in ast.walk(f)
        }
        for node in ast.walk(tree):
            if id(node) in builder:
                continue
            where = f"{path.name}:{getattr(node, 'lineno', 0)}"
            if isinstance(node, ast.Call):
                name = _name(node.func)
                if name == "field_error" and len(node.args) >= 2:
                    params = {k.arg for k in node.keywords if k.arg}
                    _code_arg(node.args[1], found, where, params)
                elif name == "receipt" and len(node.args) >= 3:
                    arg = node.args[2]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.receipt_codes.add(arg.value)
                    elif not (isinstance(arg, ast.Subscript) and _name(arg.value) == "MESSAGE_CODES"):
                        found.unknown.append(f"{where}: receipt code {ast.unparse(arg)}")
                elif name in ("Problem", "problem_bytes") and node.args:
                    arg = node.args[0]
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        found.problem_names.add(arg.value)
            elif isinstance(node, ast.Dict):  # field errors built as literals: {"field": ..., "code": ...}
                keys = {k.value: v for k, v in zip(node.keys, node.values, strict=True)
                        if isinstance(k, ast.Constant)}
                if "field" in keys and "code" in keys and isinstance(keys["code"], ast.expr):
                    _code_arg(keys["code"], found, where, set())
    return found


EMITTED = collect()
LANGS = i18n.LANGUAGES if hasattr(i18n, "LANGUAGES") else ("zh_CN", "en", "vi")


def _placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_the_collection_sees_the_codes_it_should() -> None:
    # the scan reads every call site: nothing it cannot place, and the known kinds are all there
    assert EMITTED.unknown == []
    assert {"customs.elements_incomplete", "duplicate", "attachment.not_pdf"} <= set(EMITTED.field_codes)
    assert {"customs.released", "customs.amended", "booking.no_capacity"} <= EMITTED.receipt_codes
    assert "request." in EMITTED.families
    assert EMITTED.rule_codes
    assert EMITTED.problem_names <= set(problems.PROBLEMS)  # every problem raised is in the table


@pytest.mark.parametrize("name", sorted(EMITTED.problem_names))
def test_problem_types_map_to_codes_with_messages(name: str) -> None:
    status = problems.PROBLEMS[name][0]
    error = from_problem(status, problems.problem_body(name, status, "detail"), None)
    assert error.code != "platform.problem", f"the client has no typed error for {name}"
    assert error.code in all_messages()
    for lang in LANGS:
        text = error_message(error.code, dict(error.params), lang)
        assert text and error.code not in text and "{" not in text


@pytest.mark.parametrize("code", sorted(EMITTED.receipt_codes))
def test_receipt_codes_have_messages(code: str) -> None:
    source = all_messages().get(code)
    assert source, f"receipt code {code} has no message"
    assert _placeholders(source) == set()  # a receipt carries no parameters
    for lang in LANGS:
        assert error_message(code, {}, lang) not in ("", code)


@pytest.mark.parametrize("code", sorted(EMITTED.field_codes))
def test_field_error_codes_have_messages(code: str) -> None:
    params = EMITTED.field_codes[code]
    source = all_messages().get(code)
    assert source, f"field error code {code} has no message"
    assert _placeholders(source) <= params, f"{code}: the message needs parameters the platform does not send"
    for lang in LANGS:
        text = error_message(code, {p: "X" for p in params}, lang)
        assert code not in text and "{" not in text


def test_every_request_error_type_has_a_message() -> None:
    # the sandbox turns each pydantic error type into request.<type>: all of them read as a sentence
    types = typing.get_args(core_schema.ErrorType)
    assert len(types) > 50
    for family in EMITTED.families:
        for kind in types:
            code = family + kind
            for lang in LANGS:
                text = error_message(code, {"detail": "Input should be a valid date"}, lang)
                assert code not in text and "{" not in text, code


def test_rule_ids_sent_as_field_errors_have_rule_messages() -> None:
    assert set(RULES) <= set(RULE_MESSAGES)
    for rule_id in RULES:
        text = error_message(rule_id, {"field_path": "items.0.g_name"}, "en")
        assert not text.startswith(rule_id)


def test_an_unknown_code_still_says_something() -> None:
    assert error_message("customs.new_kind_of_refusal", {"item": 2}, "en") == "customs.new_kind_of_refusal: item=2"


def test_cli_status_shows_the_platform_messages_not_codes(
    sandbox: Any, data_dir: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main
    from desktop.commands.common import EXIT_OK
    from tests.core.platform.conftest import SAMPLE

    monkeypatch.setenv("CORRIDOR_DESK_KEEP_KEYRING", "1")
    monkeypatch.setenv("CORRIDOR_PASSWORD", "demo1234")

    def cli(*argv: str) -> int:
        return main(["--lang", "en", "--platform", sandbox.url, "--data-dir", str(data_dir), *argv])

    sandbox.set_scenario("demo-exporter", "rejection")
    assert cli("login", "demo-exporter") == EXIT_OK
    assert cli("submit", str(SAMPLE)) == EXIT_OK
    sandbox.advance(3600)
    assert cli("sync") == EXIT_OK
    capfd.readouterr()
    assert cli("status", "SH-2026-0001-D1") == EXIT_OK
    out = capfd.readouterr().out
    assert "Stored by the platform." in out and "Rejected by customs." in out
    assert "items.0.g_model: The declaration elements of item 1 are incomplete." in out
    assert "customs.elements_incomplete" not in out and "customs.rejected" not in out
