"""The glossary (i18n/glossary.md) against the catalogues: a glossary term is translated one way, the glossary's."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import ROOT

Term = tuple[str, tuple[str, ...], tuple[str, ...]]  # English, accepted zh_CN, accepted vi


def parse_glossary(text: str) -> list[Term]:
    """The terms of the glossary table; see "How the test reads this table" in the glossary."""
    terms: list[Term] = []
    for line in text.splitlines():
        if not line.startswith("|"):
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or cells[0] == "English (source)" or set(cells[0]) <= set("- "):
            continue
        en, zh, vi = ([part.strip() for part in cell.split(" / ")] for cell in cells)
        en = [re.sub(r"\s*\([^)]*\)", "", e).strip() for e in en]
        if len(en) == len(zh) == len(vi):
            terms += [(e, (z,), (v,)) for e, z, v in zip(en, zh, vi, strict=True)]
        elif len(zh) == len(vi) == 1:  # English synonyms (producer / seller)
            terms += [(e, tuple(zh), tuple(vi)) for e in en]
        elif len(en) == 1:
            terms.append((en[0], tuple(zh), tuple(vi)))
        else:
            raise AssertionError(f"glossary row with unmatched alternatives: {line}")
    return terms


def label(text: str) -> str:
    """A message as a label: no accelerator, lower case, no trailing colon or ellipsis."""
    text = re.sub(r"\(&\w\)|&(?=\w)", "", text).lower()
    return re.sub(r"[\s…:：]+$", "", text.replace("...", "")).strip()


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    out = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.text and msg.get("numerus") != "yes":
                out[(name, msg.findtext("source") or "")] = tr.text
    return out


@cache
def glossary() -> list[Term]:
    return parse_glossary((ROOT / "i18n" / "glossary.md").read_text(encoding="utf-8"))


def problems(terms: list[Term], catalogue: dict[tuple[str, str], str], lang: str) -> list[str]:
    out = []
    for en, zh, vi in terms:
        accepted = zh if lang == "zh_CN" else vi
        ways: dict[str, list[str]] = {}
        for (ctx, source), text in catalogue.items():
            if label(source) == en.lower():
                ways.setdefault(label(text), []).append(ctx)
        for text, contexts in ways.items():
            if not any(a.lower() in text for a in accepted):
                out.append(f"{lang} {en!r}: {text!r} ({', '.join(contexts)}) is not the glossary's {accepted}")
        if len(ways) > len(accepted):
            out.append(f"{lang} {en!r} is translated {len(ways)} ways: {sorted(ways)}")
    return out


def test_the_glossary_has_the_core_terms() -> None:
    terms = {en: (zh, vi) for en, zh, vi in glossary()}
    assert len(terms) > 60
    assert terms["shipment"] == (("业务单",), ("lô hàng",))
    assert terms["submit"] == (("申报", "提交"), ("gửi", "nộp"))
    assert terms["other charges"] == (("杂费",), ("phí khác",))


@pytest.mark.parametrize("lang", ["zh_CN", "vi"])
def test_every_glossary_term_is_translated_one_way_the_glossarys(lang: str) -> None:
    found = problems(glossary(), read_ts(ROOT / "i18n" / f"corridor_{lang}.ts"), lang)
    assert not found, "\n".join(found)


def test_the_check_fails_on_a_term_translated_two_ways() -> None:
    terms = parse_glossary(
        "| English (source) | 简体中文 | Tiếng Việt |\n| --- | --- | --- |\n| shipment | 业务单 | lô hàng |"
    )
    one_way = {("Field", "Shipment"): "业务单", ("MainWindow", "&Shipment"): "业务单(&S)"}
    assert problems(terms, one_way, "zh_CN") == []
    two_ways = {**one_way, ("Forms", "Shipment:"): "货运记录："}
    found = problems(terms, two_ways, "zh_CN")
    assert any("货运记录" in p and "not the glossary's" in p for p in found)
    assert any("2 ways" in p for p in found)


@pytest.mark.parametrize(("lang", "time_term", "state_term"), [
    ("zh_CN", "入队时间", "待发送"), ("vi", "thời điểm vào hàng chờ", "đang chờ gửi"),
])
def test_the_time_a_filing_was_queued_is_not_called_queued(lang: str, time_term: str, state_term: str) -> None:
    """The outbox queue's first column is a time: it has its own term, not the state "queued"."""
    catalogue = read_ts(ROOT / "i18n" / f"corridor_{lang}.ts")
    assert time_term in label(catalogue[("QueueModel", "Queued at")])
    assert state_term not in label(catalogue[("QueueModel", "Queued at")])
    assert any(en == "queued at" for en, _zh, _vi in glossary())
