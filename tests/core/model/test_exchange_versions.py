"""Exchange format versions: a version 1 file (before the customs port codes, inspection data and licences) still
imports, a file written now says version 2, and a newer file is refused for its version, not its fields."""

from __future__ import annotations

import json

import pytest

from desktop.core.model import exchange
from desktop.core.model.derive import derive_declarations
from desktop.core.model.exchange import FORMAT_VERSION, ExchangeError
from tests.conftest import SAMPLES


def test_a_version_1_file_imports_and_derives_what_version_2_adds() -> None:
    raw = json.loads((SAMPLES / "km-yunling-produce-reefer-kunming-hochiminh.json").read_text(encoding="utf-8"))
    raw["version"] = 1
    raw["shipment"].pop("inspection_record_no")  # version 1 had neither field
    raw["company"].pop("ciq_code")
    doc = exchange.parse(json.dumps(raw, ensure_ascii=False))
    assert doc.version == 1 and doc.shipment is not None and doc.company is not None
    [decl] = derive_declarations(doc.shipment, doc.company)
    assert decl.enty_port_customs and decl.distinate_port_customs  # derived from the route
    assert [(lic.code, lic.number) for lic in decl.licences] == [("B", "")]  # the number is for the user to give
    written = json.loads(exchange.dumps(exchange.ExchangeDocument(kind=exchange.Kind.DECLARATION, declaration=decl)))
    assert written["version"] == FORMAT_VERSION == 2


def test_a_newer_file_is_refused_for_its_version_before_its_unknown_fields() -> None:
    raw = {"version": FORMAT_VERSION + 1, "kind": "shipment", "shipment": {"a_field_of_the_future": 1}}
    with pytest.raises(ExchangeError) as info:
        exchange.parse(json.dumps(raw))
    assert info.value.params["field"] == "version"
