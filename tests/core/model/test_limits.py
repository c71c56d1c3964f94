"""The exchange reader's input limits: hostile JSON is refused with one typed error, never a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.core.model import exchange, limits
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


def _code(data: bytes | str) -> str:
    with pytest.raises(exchange.ExchangeError) as caught:
        exchange.parse(data, "f.json")
    assert caught.value.params["file"] == "f.json"
    return caught.value.code


def _sample(**shipment: object) -> str:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    data["shipment"].update(shipment)
    return json.dumps(data, ensure_ascii=False)


def test_a_real_sample_is_within_every_limit() -> None:
    assert exchange.parse(SAMPLE.read_bytes()).shipment is not None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('{"a": ' + "[" * 40 + "]" * 40 + "}", "exchange.too_deep"),  # within Python's recursion, past ours
        ('{"a": ' + "[" * 200_000 + "]" * 200_000 + "}", "exchange.too_deep"),
        ('{"version": ' + "1" * 41 + "}", "exchange.number_too_long"),
        ('{"gross": 1.' + "5" * 60 + "}", "exchange.number_too_long"),
        ('{"gross": NaN}', "exchange.not_a_number"),
        ('{"gross": -Infinity}', "exchange.not_a_number"),
        ('{"bad\\u0000key": 1}', "exchange.control_character"),
        ('{"a": "\\ud800"}', "exchange.control_character"),
        ('{"a": "x\\u001by"}', "exchange.control_character"),
        ('{"a": "' + "x" * (limits.MAX_STRING_CHARS + 1) + '"}', "exchange.text_too_long"),
    ],
)
def test_hostile_json_is_refused(text: str, code: str) -> None:
    assert _code(text) == code


def test_control_characters_in_a_field_name_the_field() -> None:
    with pytest.raises(exchange.ExchangeError) as caught:
        exchange.parse(_sample(reference="JL\u0000HPH"))
    assert caught.value.code == "exchange.control_character"
    assert caught.value.params["field"] == "shipment.reference" and caught.value.params["codepoint"] == "0000"


def test_tabs_and_line_breaks_are_text() -> None:
    assert exchange.parse(_sample(marks="JL/HPH\r\nC/NO.\t1-220")).shipment is not None


def test_reading_stops_at_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (limits.MAX_FILE_BYTES + 1))
    with pytest.raises(exchange.ExchangeError) as caught:
        exchange.read(big)
    assert caught.value.code == "exchange.too_large" and caught.value.params["file"] == str(big)
    zero = Path("/dev/zero")
    if zero.exists():
        with pytest.raises(exchange.ExchangeError) as caught:
            exchange.read(zero)
        assert caught.value.code == "exchange.too_large"
