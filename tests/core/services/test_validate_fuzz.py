"""Validation never crashes: any document the exchange format accepts gets a report, never an exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from desktop.core.model.exchange import ExchangeDocument
from desktop.core.services import drafts
from tests.core.model.test_roundtrip import documents


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_validate_document_never_crashes(doc: ExchangeDocument) -> None:
    report = drafts.validate_document(doc)
    data = report.to_json("zh_CN")
    assert data["valid"] == (data["errors"] == 0)
    for problem in report.problems:
        assert problem.rule_id and problem.message("vi")
