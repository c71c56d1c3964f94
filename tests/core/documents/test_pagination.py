"""Long documents: tables continue over pages with repeated headers, "page X of Y", totals once at the end."""

from __future__ import annotations

import re

import pytest

from desktop.core.documents import DocumentKind
from tests.core.documents.helpers import page_texts, pdf_bytes, source_with_lines, squash

COUNTS = (1, 50, 51, 200)
#: A column heading of the item table (English, lang "en") and the totals row label of each document.
HEADINGS = {
    DocumentKind.INVOICE: ("Description of goods", "Total (USD)"),
    DocumentKind.PACKING_LIST: ("Description of goods", "Total"),
    DocumentKind.BOOKING: ("Commodity", "Total"),
    DocumentKind.BILL: ("Number and kind of packages", "Total"),
}


@pytest.fixture(scope="module")
def pages() -> dict[tuple[DocumentKind, int], list[str]]:
    out = {}
    for count in COUNTS:
        source = source_with_lines(count)
        for kind in (*HEADINGS, DocumentKind.DECLARATION):
            out[(kind, count)] = page_texts(pdf_bytes(kind, source, "en"))
    return out


@pytest.mark.parametrize("kind", list(HEADINGS))
def test_item_tables_continue_with_repeated_headers(
    pages: dict[tuple[DocumentKind, int], list[str]], kind: DocumentKind
) -> None:
    counts = [len(pages[(kind, n)]) for n in COUNTS]
    assert counts[0] == 1, counts
    assert counts[1] <= counts[2] <= counts[3], counts
    assert counts[3] >= 3 and counts[3] > counts[1], counts
    heading, total = HEADINGS[kind]
    for n in COUNTS:
        texts = pages[(kind, n)]
        last_item_page = max(i for i, t in enumerate(texts) if "Sparepartnumber" in t)
        for number, text in enumerate(texts, 1):
            if "Sparepartnumber" in text:
                assert squash(heading) in text, f"{kind} {n} items: no table header on page {number}"
            assert f"Page{number}of{len(texts)}" in text
        # every item line is there, each once, the last on the last page
        joined = "".join(texts)
        assert f"Sparepartnumber{n}ok" in texts[last_item_page]
        for k in (1, n // 2 + 1, n):
            assert len(re.findall(rf"Sparepartnumber{k}ok", joined)) == 1
        if total == "Total":
            found = [i for i, t in enumerate(texts) if re.search(r"Total(?![a-z(])", t)]
        else:
            found = [i for i, t in enumerate(texts) if squash(total) in t]
        assert found == [last_item_page], f"{kind} {n}: totals on pages {found}"


def test_running_header_on_continuation_pages(pages: dict[tuple[DocumentKind, int], list[str]]) -> None:
    texts = pages[(DocumentKind.INVOICE, 200)]
    assert all("CommercialInvoice·JL-INV-26118" in t for t in texts[1:])
    assert "CommercialInvoice·JL-INV-26118" not in texts[0]


def test_long_shipments_give_one_declaration_per_50_items(
    pages: dict[tuple[DocumentKind, int], list[str]],
) -> None:
    for n, parts in ((1, 1), (50, 1), (51, 2), (200, 4)):
        texts = pages[(DocumentKind.DECLARATION, n)]
        joined = "".join(texts)
        for part in range(1, parts + 1):
            assert f"Part{part}of{parts}" in joined
        assert f"Part{parts + 1}of" not in joined
        # each declaration prints its own item numbers 1..50 and its own total
        assert joined.count("Totalvalue") == 0
        assert len(re.findall(r"Total(?![a-z])", joined)) == parts
        assert len(texts) >= parts
        assert "Sparepartnumber" not in joined  # the declaration prints the Chinese goods name
        assert f"摩托车配件第{n}号" in texts[-1]
        assert f"型号P{n:04d}" in texts[-1]
