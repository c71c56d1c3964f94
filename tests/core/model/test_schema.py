"""The JSON Schema in resources/schemas is what the models generate, and the samples conform to it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from desktop.core.model.schemagen import schema_file, schema_text
from tests.conftest import SAMPLES

#: Samples that are not JSON at all or break the schema's types on purpose.
NOT_CONFORMING = {"invalid-malformed-json.json", "invalid-wrong-types.json"}
SAMPLE_FILES = sorted(SAMPLES.glob("*.json"))


def test_schema_file_is_up_to_date() -> None:
    assert schema_file().read_text(encoding="utf-8") == schema_text(), (
        "resources/schemas is stale: run `make schemas` (python -m desktop.core.model.schemagen)"
    )


def test_schema_is_a_valid_2020_12_schema() -> None:
    Draft202012Validator.check_schema(json.loads(schema_text()))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_file().read_text(encoding="utf-8")))


CONFORMING = [p for p in SAMPLE_FILES if p.name not in NOT_CONFORMING]


@pytest.mark.parametrize("path", CONFORMING, ids=lambda p: p.name)
def test_sample_conforms_to_schema(path: Path, validator: Draft202012Validator) -> None:
    errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
              for e in validator.iter_errors(json.loads(path.read_text(encoding="utf-8")))]
    assert errors == []


def test_wrong_types_sample_breaks_schema(validator: Draft202012Validator) -> None:
    data = json.loads((SAMPLES / "invalid-wrong-types.json").read_text(encoding="utf-8"))
    paths: set[str] = set()
    pending = list(validator.iter_errors(data))
    while pending:  # a model member is anyOf [object, null]: the real errors sit in the context
        error = pending.pop()
        paths.add("/".join(map(str, error.absolute_path)))
        pending.extend(error.context or [])
    assert "shipment/package_count" in paths


def test_there_are_valid_and_invalid_samples() -> None:
    names = {p.name for p in SAMPLE_FILES}
    assert len([n for n in names if not n.startswith("invalid-")]) >= 8
    assert len([n for n in names if n.startswith("invalid-")]) >= 9
