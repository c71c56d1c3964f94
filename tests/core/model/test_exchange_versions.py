"""Exchange format versions: a version 1 file (before the customs port codes, inspection data and licences) still
imports, a file written now says version 3, and a newer file is refused for its version, not its fields."""

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
    assert written["version"] == FORMAT_VERSION == 3
    assert [(r.code, r.originals) for r in decl.request_certs] == [("18", 1)]  # derived from the rule data


def test_a_version_2_declaration_reads_without_certificate_requests() -> None:
    doc = exchange.read(SAMPLES / "declaration-cd-tianfu-ceramics-singapore.json")
    raw = json.loads(exchange.dumps(doc))
    raw["version"] = 2
    raw["declaration"].pop("request_certs", None)
    again = exchange.parse(json.dumps(raw, ensure_ascii=False))
    assert again.version == 2 and again.declaration is not None and again.declaration.request_certs == []


def test_a_newer_file_is_refused_for_its_version_before_its_unknown_fields() -> None:
    raw = {"version": FORMAT_VERSION + 1, "kind": "shipment", "shipment": {"a_field_of_the_future": 1}}
    with pytest.raises(ExchangeError) as info:
        exchange.parse(json.dumps(raw))
    assert info.value.params["field"] == "version"
