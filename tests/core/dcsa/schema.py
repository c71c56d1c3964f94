"""The real DCSA Booking 2.0.4 definition as a JSON Schema validator (OpenAPI 3.0 schemas are draft 4 style)."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml
from jsonschema import Draft4Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

from desktop.core.resources import resource_path

URN = "urn:dcsa:bkg:2.0.4"


@cache
def definition() -> dict[str, Any]:
    text = resource_path("dcsa", "BKG_v2.0.4.yaml").read_text(encoding="utf-8")
    loaded: dict[str, Any] = yaml.safe_load(text)
    return loaded


@cache
def validator(name: str) -> Draft4Validator:
    resource = Resource.from_contents(definition(), default_specification=DRAFT4)
    registry: Registry[Any] = Registry().with_resource(URN, resource)
    return Draft4Validator({"$ref": f"{URN}#/components/schemas/{name}"}, registry=registry)


def errors(instance: Any, name: str) -> list[str]:
    """Every schema error of ``instance`` against ``components/schemas/<name>``, plus keys the schema does not
    define anywhere at that place (the schema itself allows extra keys, which would hide our typos)."""
    found = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(instance)]
    found += [f"{path}: unknown key" for path in unknown_keys(instance, {"$ref": f"#/components/schemas/{name}"})]
    return found


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = definition()
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    schema = _resolve(schema)
    props = dict(schema.get("properties", {}))
    for key in ("allOf", "anyOf", "oneOf"):
        for sub in schema.get(key, []):
            props.update(_properties(sub))
    return props


def unknown_keys(instance: Any, schema: dict[str, Any], path: str = "") -> list[str]:
    schema = _resolve(schema)
    out: list[str] = []
    if isinstance(instance, dict):
        props = _properties(schema)
        for key, value in instance.items():
            if key not in props:
                out.append(f"{path}/{key}")
            else:
                out += unknown_keys(value, props[key], f"{path}/{key}")
    elif isinstance(instance, list) and "items" in schema:
        for index, item in enumerate(instance):
            out += unknown_keys(item, schema["items"], f"{path}/{index}")
    return out
