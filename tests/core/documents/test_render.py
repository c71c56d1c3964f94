"""Every document in every language: the input strings can be found in the text, fonts are embedded, metadata
and reproducible bytes."""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from desktop.core.documents import DocumentError, DocumentKind, DocumentSource, render
from desktop.core.documents.base import CJK_FONT, LATIN_BOLD, LATIN_FONT, clean, font_for
from tests.core.documents.helpers import (
    CREATED,
    KINDS,
    LANGS,
    MARKS,
    REMARKS,
    page_texts,
    pdf_bytes,
    sample_doc,
    sample_source,
    squash,
)

COMPANY_ZH = "重庆江陵摩托车配件有限公司"
CONSIGNEE = "Hai Phong Motor Parts Trading JSC"
CONSIGNEE_VI = "Công ty Cổ phần Thương mại Phụ tùng Xe máy Hải Phòng"
ADDRESS_VI = "Số 25 Đường Lê Hồng Phong, Quận Ngô Quyền, Hải Phòng, Việt Nam"

EXPECTED: dict[DocumentKind, list[str]] = {
    DocumentKind.DECLARATION: [
        COMPANY_ZH,
        "91500112MA60ABCD0D",
        CONSIGNEE,
        "摩托车离合器总成",
        "摩托车用|离合器总成|JL牌|型号CG125",
        "JL2026-VN-118",
        "CDMT2612000118",
        "BEIBU GULF PIONEER",
        "2612S",
        "CSQU3054383",
        "35,800.00",
        *MARKS.split("\n"),
        REMARKS,
    ],
    DocumentKind.INVOICE: [
        COMPANY_ZH,
        "Chongqing Jiangling Motorcycle Parts Co., Ltd.",
        CONSIGNEE,
        CONSIGNEE_VI,
        ADDRESS_VI,
        "摩托车离合器总成",
        "Motorcycle clutch assembly",
        "Motorcycle brake disc",
        "JL-INV-26118",
        "22,200.00",
        "35,800.00",
        "18.50",
        "6.80",
        *MARKS.split("\n"),
        REMARKS,
    ],
    DocumentKind.PACKING_LIST: [
        COMPANY_ZH,
        CONSIGNEE,
        CONSIGNEE_VI,
        "摩托车刹车盘",
        "Motorcycle brake disc",
        "CSQU3054383",
        "CN2612001",
        "6,500",
        "6,000",
        "15.8",
        "220",
        *MARKS.split("\n"),
    ],
    DocumentKind.BOOKING: [
        "Chongqing Jiangling Motorcycle Parts Co., Ltd.",
        "重庆江陵摩托车配件有限公司",
        CONSIGNEE,
        CONSIGNEE_VI,
        ADDRESS_VI,
        "重庆团结村",
        "X9103",
        "CQ26120001",
        "BEIBU GULF PIONEER",
        "2612S",
        "CDMT2612000118",
        "CSQU3054383",
        "Motorcycle clutch assembly",
        "6,500",
    ],
    DocumentKind.BILL: [
        "CDMT2612000118",
        CONSIGNEE,
        CONSIGNEE_VI,
        "重庆团结村",
        "X9103",
        "CQ26120001",
        "BEIBU GULF PIONEER / 2612S",
        "CSQU3054383",
        "CN2612001",
        "摩托车离合器总成",
        "Motorcycle clutch assembly",
        "6,500",
        *MARKS.split("\n"),
    ],
}

TITLES = {
    DocumentKind.DECLARATION: {
        "zh-en": "中华人民共和国海关出口货物报关单",
        "en": "Export Goods Declaration",
        "vi-en": "Tờ khai hải quan hàng hóa xuất khẩu",
    },
    DocumentKind.INVOICE: {"zh-en": "商业发票", "en": "Commercial Invoice", "vi-en": "Hóa đơn thương mại"},
    DocumentKind.PACKING_LIST: {"zh-en": "装箱单", "en": "Packing List", "vi-en": "Phiếu đóng gói"},
    DocumentKind.BOOKING: {
        "zh-en": "铁海联运订舱委托书",
        "en": "Rail-Sea Booking Request",
        "vi-en": "Yêu cầu booking",
    },
    DocumentKind.BILL: {
        "zh-en": "多式联运全程提单",
        "en": "Multimodal Through Bill of Lading",
        "vi-en": "Vận đơn vận tải đa phương thức",
    },
}


_FIGURE = re.compile(r"\d{1,3}(,\d{3})*(\.\d+)?")


def written(text: str, lang: str) -> str:
    """An expected figure as the document's language writes it: Vietnamese swaps the marks (35.800,00)."""
    if lang != "vi-en" or not _FIGURE.fullmatch(text):
        return text
    return text.translate(str.maketrans(",.", ".,"))


@pytest.fixture(scope="module")
def rendered() -> dict[tuple[DocumentKind, str], bytes]:
    source = sample_source()
    return {(kind, lang): pdf_bytes(kind, source, lang) for kind in KINDS for lang in LANGS}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_input_string_is_in_the_text(
    rendered: dict[tuple[DocumentKind, str], bytes], kind: DocumentKind, lang: str
) -> None:
    text = "".join(page_texts(rendered[(kind, lang)]))
    missing = [written(s, lang) for s in EXPECTED[kind] if squash(written(s, lang)) not in text]
    assert not missing, f"{kind} {lang}: not found in the text: {missing}"
    assert squash(TITLES[kind][lang]) in text
    if lang != "en":  # bilingual: the English title too
        assert squash(TITLES[kind]["en"]) in text


@pytest.mark.parametrize(("lang", "total", "unit_price", "day"), [
    ("zh-en", "35,800.00", "6.80", "2026-12-02"),
    ("en", "35,800.00", "6.80", "12/2/2026"),
    ("vi-en", "35.800,00", "6,80", "02/12/2026"),
])
def test_figures_and_dates_as_the_language_writes_them(
    rendered: dict[tuple[DocumentKind, str], bytes], lang: str, total: str, unit_price: str, day: str
) -> None:
    text = "".join(page_texts(rendered[(DocumentKind.INVOICE, lang)]))
    assert total in text and unit_price in text and day in text
    other = {"35,800.00", "35.800,00"} - {total}
    assert not any(o in text for o in other)
    assert "2026-12-02" not in text or lang == "zh-en"


def test_bilingual_labels_pair_main_language_and_english(
    rendered: dict[tuple[DocumentKind, str], bytes],
) -> None:
    zh = "".join(page_texts(rendered[(DocumentKind.DECLARATION, "zh-en")]))
    for pair in (
        "境内发货人",
        "Domestic shipper",
        "境外收货人",
        "Overseas consignee",
        "监管方式",
        "Supervision mode",
        "毛重（千克）",
        "Gross weight (kg)",
        "第1页，共1页/Page1of1",
    ):
        assert squash(pair) in zh
    vi = "".join(page_texts(rendered[(DocumentKind.INVOICE, "vi-en")]))
    for pair in (
        "Người bán",
        "Seller",
        "Người mua",
        "Buyer",
        "Mã số hàng hóa",
        "Commodity code",
        "Trang 1/1",
    ):
        assert squash(pair) in vi
    en = "".join(page_texts(rendered[(DocumentKind.INVOICE, "en")]))
    assert "Người" not in en and "卖方" not in en


def _fonts(data: bytes) -> list[DictionaryObject]:
    fonts = []
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page["/Resources"].get_object()
        for ref in resources.get("/Font", {}).get_object().values():
            fonts.append(ref.get_object())
        assert not resources.get("/XObject"), "no images or forms expected"
    return fonts


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_font_is_an_embedded_truetype_subset(
    rendered: dict[tuple[DocumentKind, str], bytes], kind: DocumentKind, lang: str
) -> None:
    fonts = _fonts(rendered[(kind, lang)])
    assert fonts
    names = set()
    for font in fonts:
        descendants = font.get("/DescendantFonts")
        target = descendants[0].get_object() if descendants else font
        descriptor = target.get("/FontDescriptor")
        assert descriptor is not None, f"font without descriptor (not embedded): {font.get('/BaseFont')}"
        assert "/FontFile2" in descriptor.get_object(), f"not an embedded TrueType: {font.get('/BaseFont')}"
        base = str(font["/BaseFont"])
        assert "+" in base, f"not a subset: {base}"
        assert "STSong" not in base and "Helvetica" not in base
        names.add(base.split("+", 1)[1])
    assert any("WenQuanYi" in n for n in names), names
    assert any("DejaVu" in n for n in names), names


def test_metadata() -> None:
    data = pdf_bytes(DocumentKind.INVOICE, sample_source(), "zh-en")
    info = PdfReader(io.BytesIO(data)).metadata
    assert info is not None
    assert info.title == "商业发票 / Commercial Invoice"
    assert info.author == COMPANY_ZH
    assert info.subject == "JL-HPH-2612-01"
    assert info.creation_date is not None and info.creation_date.year == 2026
    assert info["/CreationDate"].startswith("D:20261202080000")


def test_same_input_and_timestamp_give_identical_bytes() -> None:
    for kind in KINDS:
        first = pdf_bytes(kind, sample_source(), "vi-en")
        again = pdf_bytes(kind, sample_source(), "vi-en")
        assert first == again, kind
    other = pdf_bytes(DocumentKind.INVOICE, sample_source(), "vi-en", created=CREATED.replace(day=3))
    assert other != pdf_bytes(DocumentKind.INVOICE, sample_source(), "vi-en")


def test_without_a_timestamp_the_file_carries_the_current_date() -> None:
    out = io.BytesIO()
    render("bill", sample_source(), "en", out)
    info = PdfReader(io.BytesIO(out.getvalue())).metadata
    assert info is not None and info.creation_date is not None and info.creation_date.year >= 2026


def test_render_to_a_path_and_unwritable_path(tmp_path: Path) -> None:
    target = tmp_path / "invoice.pdf"
    render("invoice", sample_source(), "en", target, created=CREATED)
    assert target.read_bytes().startswith(b"%PDF-")
    with pytest.raises(DocumentError) as info:
        render("invoice", sample_source(), "en", tmp_path / "missing-dir" / "x.pdf", created=CREATED)
    assert info.value.code == "documents.write_failed"


def test_decomposed_vietnamese_is_normalised() -> None:
    doc = sample_doc()
    assert doc.shipment is not None
    decomposed = unicodedata.normalize("NFD", "Công ty Thương mại Hải Phòng")
    doc.shipment.consignee.name_local = decomposed
    text = "".join(page_texts(pdf_bytes("invoice", DocumentSource.from_exchange(doc), "vi-en")))
    assert squash("Công ty Thương mại Hải Phòng") in text


def test_font_choice() -> None:
    assert font_for("Tờ khai hải quan", bold=True) == LATIN_BOLD
    assert font_for("Commercial Invoice") == LATIN_FONT
    assert font_for("商业发票") == CJK_FONT
    assert font_for("Hải Phòng 海防") == CJK_FONT
    assert clean("a\x00b\x07\nc") == "ab\nc"


def test_errors() -> None:
    with pytest.raises(DocumentError) as info:
        pdf_bytes("waybill", sample_source(), "en")
    assert info.value.code == "documents.unknown_kind"
    with pytest.raises(DocumentError) as info:
        pdf_bytes("invoice", sample_source(), "fr")
    assert info.value.code == "documents.unknown_language"
    with pytest.raises(DocumentError) as info:
        pdf_bytes("packing-list", DocumentSource(), "en")
    assert info.value.code == "documents.needs_shipment"
    with pytest.raises(DocumentError) as info:
        pdf_bytes("bill", DocumentSource(), "en")
    assert info.value.code == "documents.needs_booking"


def test_booking_and_declaration_files_print_without_a_shipment() -> None:
    from desktop.core.model.derive import derive_booking, derive_declarations

    doc = sample_doc()
    assert doc.shipment is not None and doc.company is not None
    booking = derive_booking(doc.shipment)
    booking.carrier_booking_reference = "BKG-778899"
    decl = derive_declarations(doc.shipment, doc.company)[0]
    decl.customs_no = "720020260000012345"
    for kind, source, needle in (
        ("bill", DocumentSource(booking=booking), "BKG-778899"),
        ("booking", DocumentSource(booking=booking), "BKG-778899"),
        ("declaration", DocumentSource(declarations=[decl]), "720020260000012345"),
    ):
        text = "".join(page_texts(pdf_bytes(kind, source, "zh-en")))
        assert needle in text
        assert squash("Motorcycle clutch assembly") in text or squash("摩托车离合器总成") in text


def test_every_error_code_has_a_message() -> None:
    from desktop.core.documents.messages import MESSAGES
    from desktop.core.messages import all_messages, error_message

    assert set(MESSAGES) <= set(all_messages())
    text = error_message("documents.unknown_kind", {"kind": "x", "choices": "a, b"}, "en")
    assert text == "Unknown document x; choose one of: a, b."


def test_rendering_in_worker_threads_gives_the_same_bytes() -> None:
    from concurrent.futures import ThreadPoolExecutor

    source = sample_source()
    jobs = [(kind, lang) for kind in KINDS for lang in LANGS]
    sequential = [pdf_bytes(kind, source, lang) for kind, lang in jobs]
    with ThreadPoolExecutor(max_workers=3) as pool:
        parallel = list(pool.map(lambda job: pdf_bytes(job[0], source, job[1]), jobs))
    assert parallel == sequential


def test_characters_missing_from_the_cjk_font_use_dejavu() -> None:
    from desktop.core.documents.base import covered, markup

    text = "M10‑1.25 bolt x10⁵ 螺栓"  # U+2011 and U+2075 are in DejaVu Sans only
    assert not covered(text)
    assert f'<font name="{LATIN_FONT}">‑</font>' in markup(text)
    doc = sample_doc()
    assert doc.shipment is not None
    doc.shipment.goods[0].name_en = text
    doc.shipment.goods[0].commodity_code = "8714100090"
    data = pdf_bytes("invoice", DocumentSource.from_exchange(doc), "zh-en")
    assert squash(text) in "".join(page_texts(data))


def test_font_subsets_made_in_threads_are_the_ones_made_one_by_one() -> None:
    """Worker threads subsetting one font at once each get their own glyphs (reportlab reads the font file through
    the shared face's read position)."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    from reportlab.pdfbase import pdfmetrics

    from desktop.core.documents.base import CJK_FONT, register_fonts

    register_fonts()
    face = pdfmetrics.getFont(CJK_FONT).face
    codes = sorted(c for c in face.charToGlyph if c >= 0x4E00)
    subsets = [[0, *codes[n * 97:n * 97 + 250]] for n in range(24)]
    one_by_one = [face.makeSubset(s) for s in subsets]
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch often, as on a busy machine
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(face.makeSubset, subsets))
    finally:
        sys.setswitchinterval(interval)
    assert together == one_by_one


@pytest.mark.parametrize(
    ("lang", "invoice", "bill"),
    [
        ("en", "Commercial invoice cannot be made", "Multimodal bill of lading cannot be made"),
        ("zh_CN", "无法生成商业发票", "无法生成多式联运全程提单"),
        ("vi", "Hóa đơn thương mại: không lập được", "Vận đơn vận tải đa phương thức: không lập được"),
    ],
)
def test_a_document_that_cannot_be_made_is_named_as_users_call_it(lang: str, invoice: str, bill: str) -> None:
    """The message names the document in the reader's language, never by its id ("invoice", "bill")."""
    from desktop.core.messages import error_message

    said = []
    for kind in ("invoice", "bill"):
        with pytest.raises(DocumentError) as info:
            pdf_bytes(kind, DocumentSource(), "en")
        said.append(error_message(info.value.code, info.value.params, lang))
    assert said[0].startswith(invoice) and said[1].startswith(bill), said
    assert lang == "en" or not re.search(r"\b(invoice|bill)\b", " ".join(said)), said
