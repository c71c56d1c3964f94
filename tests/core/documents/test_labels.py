"""Labels come from the field definitions and the "Document" catalogue; the seed has zh_CN and vi for each."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from desktop.core.documents.base import DOC_CONTEXT, Labels, seeded_translate
from desktop.core.documents.labels_seed import LABELS
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.fields import LABEL_CONTEXT, field_specs
from tests.core.documents.helpers import (
    KINDS,
    LANGS,
    ROOT,
    page_texts,
    pdf_bytes,
    sample_source,
    source_with_lines,
)

#: Labels that are the same in every language.
SAME_EVERYWHERE = {"SHA-256"}


def _used_labels() -> set[tuple[str, str]]:
    used: set[tuple[str, str]] = set()

    def recording(context: str, source: str, lang: str) -> str:
        used.add((context, source))
        return seeded_translate(context, source, lang)

    sources = [source_with_lines(3)]
    for source in sources:
        for kind in KINDS:
            for lang in LANGS:
                pdf_bytes(kind, source, lang, translate=recording)
    return used


@pytest.fixture(scope="module")
def used() -> set[tuple[str, str]]:
    return _used_labels()


def test_every_label_used_has_a_chinese_and_vietnamese_seed(used: set[tuple[str, str]]) -> None:
    assert {c for c, _ in used} == {DOC_CONTEXT, LABEL_CONTEXT}
    missing = [s for _, s in used if not LABELS.get(s, {}).get("zh_CN") or not LABELS.get(s, {}).get("vi")]
    assert not missing, missing
    untranslated = [s for _, s in used if s not in SAME_EVERYWHERE and s in (LABELS[s]["zh_CN"], LABELS[s]["vi"])]
    assert not untranslated, untranslated


def test_document_labels_are_marked_for_extraction(used: set[tuple[str, str]]) -> None:
    marked = set()
    for path in (ROOT / "desktop" / "core" / "documents").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", "") == "N_"
                and len(node.args) == 2
                and all(isinstance(a, ast.Constant) for a in node.args)
            ):
                context, source = (a.value for a in node.args)  # type: ignore[attr-defined]
                marked.add((context, source))
    documents = {key for key in used if key[0] == DOC_CONTEXT}
    assert documents <= marked, documents - marked


def test_field_labels_come_from_the_field_definitions(used: set[tuple[str, str]]) -> None:
    fields = {s for c, s in used if c == LABEL_CONTEXT}
    assert field_specs(ExportDeclaration)["trade_name"].label in fields
    assert field_specs(ExportDeclaration)["gross_wt"].label in fields


def test_the_seed_never_contradicts_the_catalogue() -> None:
    """A seed is only a fallback; where the catalogue has a translation the seed says the same (no old terms)."""
    from desktop.core import i18n

    stale = []
    for source, langs in LABELS.items():
        for lang, text in langs.items():
            found = {i18n.translate(c, source, lang) for c in (DOC_CONTEXT, LABEL_CONTEXT)} - {source}
            if found and text not in found:
                stale.append((source, lang, text, found))
    assert not stale, stale


def test_placeholders_survive_translation() -> None:
    import re

    for source, langs in LABELS.items():
        wanted = sorted(re.findall(r"\{\w+\}", source))
        for lang, text in langs.items():
            assert sorted(re.findall(r"\{\w+\}", text)) == wanted, (source, lang)


def test_labels_in_each_language() -> None:
    zh = Labels("zh-en")
    label = zh.field(ExportDeclaration, "trade_name")
    assert (label.primary, label.english) == ("境内发货人", "Domestic shipper")
    assert zh.text("Page {page} of {pages}", page=2, pages=5) == "第 2 页，共 5 页"
    assert zh.code("trade_mode", "0110") == "0110 一般贸易"
    vi = Labels("vi-en")
    assert vi.field(ExportDeclaration, "trade_name").primary == "Người xuất khẩu"
    assert vi.doc("Commercial Invoice").inline() == "Hóa đơn thương mại / Commercial Invoice"
    en = Labels("en")
    assert en.doc("Commercial Invoice").english is None
    assert en.code("country", "VNM") == "VNM Viet Nam"
    assert en.code("no_such_table", "X1") == "X1"


def test_the_translate_callable_passed_in_is_used() -> None:
    def catalogue(context: str, source: str, lang: str) -> str:
        return "发票（测试）" if (source, lang) == ("Commercial Invoice", "zh_CN") else source

    text = "".join(page_texts(pdf_bytes("invoice", sample_source(), "zh-en", translate=catalogue)))
    assert "发票（测试）" in text
    assert "商业发票" not in text


def test_seed_file_is_where_the_catalogue_builder_looks() -> None:
    assert (Path(ROOT) / "resources" / "documents" / "labels_seed.json").is_file()
