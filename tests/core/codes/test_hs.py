"""HS 2022: existence of 6-digit subheadings, descriptions and the text search of the HS lookup."""

from __future__ import annotations

from desktop.core.codes import hs


def test_exists() -> None:
    assert hs.exists("871410")
    assert hs.exists("8714100090"), "a 10-digit code by its 6-digit prefix"
    assert not hs.exists("999999")
    assert not hs.exists("8714"), "a heading is not a subheading"
    assert not hs.exists("")
    assert len(hs.subheadings()) > 5000


def test_description() -> None:
    assert "otorcycle" in hs.description("8714100090")
    assert hs.description("87") != ""
    assert hs.description("999999") == ""


def test_search_by_code_and_text() -> None:
    by_code = hs.search("8714", 5)
    assert by_code[0].code == "8714" and all(e.code.startswith("8714") for e in by_code)
    assert hs.search("8714.10")[0].code == "871410"
    found = hs.search("motorcycle", 50)
    assert found and all("motorcycle" in e.description.lower() for e in found)
    assert any(e.code.startswith("8711") for e in found)
    both = hs.search("ceramic tableware", 10)
    assert both and all(
        "ceramic" in e.description.lower() and "tableware" in e.description.lower() for e in both
    )
    assert hs.search("", 10) == [] and hs.search("   ", 10) == [] and hs.search("?!", 10) == []
    assert len(hs.search("parts", 7)) == 7
