"""Every model survives a trip through JSON unchanged, alone and inside an exchange document."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.exchange import ExchangeDocument, Kind
from desktop.core.model.fields import Model
from desktop.core.model.master import Company
from desktop.core.model.shipment import GoodsLine, Shipment
from tests.core.model.strategies import for_model


def _all_models() -> list[type[BaseModel]]:
    """Every model of desktop.core.model (a new one is covered without touching this test)."""
    found: list[type[BaseModel]] = []
    pending = list(Model.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("desktop.core.model.") and cls is not ExchangeDocument:
            found.append(cls)
    return sorted(found, key=lambda c: c.__name__)


MODELS = _all_models()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_model_round_trips_through_json(model: type[BaseModel]) -> None:
    @SETTINGS
    @given(for_model(model))
    def check(instance: BaseModel) -> None:
        text = instance.model_dump_json()
        again = model.model_validate_json(text)
        assert again == instance
        # and through plain json (what a file on disk is)
        assert model.model_validate(json.loads(text)) == instance

    check()


@st.composite
def documents(draw: st.DrawFn) -> ExchangeDocument:
    kind = draw(st.sampled_from(list(Kind)))
    members: dict[str, object] = {}
    if kind is Kind.SHIPMENT:
        members["shipment"] = draw(for_model(Shipment))
        members["company"] = draw(for_model(Company))
        if draw(st.booleans()):
            members["agent"] = draw(for_model(Company))
    elif kind is Kind.DECLARATION:
        members["declaration"] = draw(for_model(ExportDeclaration))
    else:
        members["booking"] = draw(for_model(RailSeaBooking))
    return ExchangeDocument(kind=kind, **members)


@SETTINGS
@given(documents())
def test_exchange_document_round_trips_through_dumps_and_parse(doc: ExchangeDocument) -> None:
    assert exchange.parse(exchange.dumps(doc), "x.json") == doc


def test_decimal_values_keep_their_digits() -> None:
    line = GoodsLine(quantity="1200.000", unit_price="18.50")
    again = GoodsLine.model_validate_json(line.model_dump_json())
    assert str(again.unit_price) == "18.50"
    assert str(again.quantity) == "1200.000"
