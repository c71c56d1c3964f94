"""Every rule with a failing case (rule id + field path) and passing cases near its boundary."""

from __future__ import annotations

from typing import Any

import pytest

from desktop.core.rules import (
    MESSAGES,
    RULES,
    Issue,
    Severity,
    check_booking,
    check_company,
    check_declaration,
    check_shipment,
    errors,
    message,
)
from tests.core.rules import cases
from tests.core.rules.conftest import (
    TODAY,
    baseline_booking,
    baseline_declaration,
    baseline_shipment,
)


def _found(issues: list[Issue], rule_id: str, path: str) -> list[Issue]:
    return [i for i in issues if i.rule_id == rule_id and i.field_path == path]


def _ids(cases_list: list[tuple[str, str, Any]]) -> list[str]:
    return [f"{rule}@{path}" for rule, path, _ in cases_list]


def test_the_sample_and_its_derived_drafts_are_valid() -> None:
    shipment, company = baseline_shipment()
    assert check_shipment(shipment, company, TODAY) == []
    assert check_company(company) == []
    assert check_declaration(baseline_declaration(), TODAY) == []
    assert check_booking(baseline_booking(), TODAY) == []


@pytest.mark.parametrize(("rule_id", "path", "edit"), cases.DECLARATION_FAILING, ids=_ids(cases.DECLARATION_FAILING))
def test_declaration_rule_fails(rule_id: str, path: str, edit: Any) -> None:
    decl = baseline_declaration()
    edit(decl)
    issues = check_declaration(decl, TODAY)
    found = _found(issues, rule_id, path)
    assert len(found) == 1, issues
    assert found[0].severity is RULES[rule_id].severity


@pytest.mark.parametrize(("name", "edit"), cases.DECLARATION_PASSING, ids=[c[0] for c in cases.DECLARATION_PASSING])
def test_declaration_rule_passes(name: str, edit: Any) -> None:
    decl = baseline_declaration()
    edit(decl)
    assert check_declaration(decl, TODAY) == []


@pytest.mark.parametrize(("rule_id", "path", "edit"), cases.SHIPMENT_FAILING, ids=_ids(cases.SHIPMENT_FAILING))
def test_shipment_rule_fails(rule_id: str, path: str, edit: Any) -> None:
    shipment, company = baseline_shipment()
    edit(shipment)
    issues = check_shipment(shipment, company, TODAY)
    found = _found(issues, rule_id, path)
    assert len(found) == 1, issues
    assert found[0].severity is RULES[rule_id].severity


@pytest.mark.parametrize(("name", "edit"), cases.SHIPMENT_PASSING, ids=[c[0] for c in cases.SHIPMENT_PASSING])
def test_shipment_rule_passes(name: str, edit: Any) -> None:
    shipment, company = baseline_shipment()
    edit(shipment)
    assert check_shipment(shipment, company, TODAY) == []


@pytest.mark.parametrize(("rule_id", "path", "edit"), cases.COMPANY_FAILING, ids=_ids(cases.COMPANY_FAILING))
def test_company_rule_fails(rule_id: str, path: str, edit: Any) -> None:
    shipment, company = baseline_shipment()
    edit(company)
    found = _found(check_company(company), rule_id, path)
    assert len(found) == 1
    assert found[0].severity is RULES[rule_id].severity
    # checked with its shipment, the company's issues sit under "company."
    assert _found(check_shipment(shipment, company, TODAY), rule_id, "company." + path)


@pytest.mark.parametrize(("rule_id", "path", "edit"), cases.BOOKING_FAILING, ids=_ids(cases.BOOKING_FAILING))
def test_booking_rule_fails(rule_id: str, path: str, edit: Any) -> None:
    booking = baseline_booking()
    edit(booking)
    issues = check_booking(booking, TODAY)
    found = _found(issues, rule_id, path)
    assert len(found) == 1, issues
    assert found[0].severity is RULES[rule_id].severity


@pytest.mark.parametrize(("name", "edit"), cases.BOOKING_PASSING, ids=[c[0] for c in cases.BOOKING_PASSING])
def test_booking_rule_passes(name: str, edit: Any) -> None:
    booking = baseline_booking()
    edit(booking)
    assert check_booking(booking, TODAY) == []


def test_every_rule_has_a_failing_case_and_a_message() -> None:
    covered = {
        rule_id
        for table in (
            cases.DECLARATION_FAILING,
            cases.SHIPMENT_FAILING,
            cases.COMPANY_FAILING,
            cases.BOOKING_FAILING,
        )
        for rule_id, _, _ in table
    }
    assert set(RULES) - covered == set()
    assert set(RULES) <= set(MESSAGES)


def test_severities() -> None:
    warnings = {rule_id for rule_id, rule in RULES.items() if rule.severity is Severity.WARNING}
    assert {"decl.uscc_check_digit", "company.uscc_check_digit", "decl.weight_below_one"} <= warnings
    assert RULES["company.uscc_format"].severity is Severity.ERROR
    assert RULES["decl.required"].severity is Severity.ERROR
    decl = baseline_declaration()
    decl.trade_co_scc = cases.BAD_CHECK_USCC
    assert check_declaration(decl, TODAY) and errors(check_declaration(decl, TODAY)) == []


def test_format_error_is_reported_once_per_field() -> None:
    decl = baseline_declaration()
    decl.trade_co_scc = "123"
    assert [(i.rule_id, i.field_path) for i in check_declaration(decl, TODAY)] == [("decl.uscc_format", "trade_co_scc")]
    decl = baseline_declaration()
    decl.contr_no = "X" * 40
    assert [i.rule_id for i in check_declaration(decl, TODAY)] == ["decl.max_length"]


def test_messages_fill_their_parameters() -> None:
    decl = baseline_declaration()
    decl.items[0].currency = "EUR"
    decl.contr_no = ""
    decl.net_wt = decl.gross_wt + 1  # type: ignore[operator]
    for issue in check_declaration(decl, TODAY):
        for lang in ("en", "zh_CN", "vi"):
            text = message(issue, lang)
            assert text and "{" not in text, (issue, lang, text)
    required = next(i for i in check_declaration(decl, TODAY) if i.rule_id == "decl.required")
    assert message(required, "en") == "Contract number is required."
    mismatch = next(i for i in check_declaration(decl, TODAY) if i.rule_id == "item.currency_mismatch")
    assert "EUR" in message(mismatch, "en") and "USD" in message(mismatch, "en")


def test_message_of_an_unknown_rule_still_says_something() -> None:
    issue = Issue("x.unknown", "a.b", Severity.ERROR, {"value": 3})
    assert message(issue, "en") == "x.unknown (a.b): value=3"


def test_every_message_placeholder_is_a_parameter_the_rule_gives() -> None:
    import string

    decl = baseline_declaration()
    seen: dict[str, set[str]] = {}
    tables = [
        (cases.DECLARATION_FAILING, baseline_declaration, lambda d: check_declaration(d, TODAY)),
        (cases.BOOKING_FAILING, baseline_booking, lambda b: check_booking(b, TODAY)),
        (cases.SHIPMENT_FAILING, lambda: baseline_shipment()[0], lambda s: check_shipment(s, None, TODAY)),
        (cases.COMPANY_FAILING, lambda: baseline_shipment()[1], check_company),
    ]
    for table, make, check in tables:
        for _rule_id, _path, edit in table:
            doc = make()  # type: ignore[no-untyped-call]
            edit(doc)
            for issue in check(doc):  # type: ignore[no-untyped-call]
                seen.setdefault(issue.rule_id, set()).update(issue.params)
    del decl
    for rule_id, params in seen.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(MESSAGES[rule_id]) if f}
        assert fields <= params, (rule_id, fields - params)
