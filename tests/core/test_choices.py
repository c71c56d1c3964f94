"""Choice fields have display names, defined once, translated in every language, used by the PDFs."""

from __future__ import annotations

import pytest

from desktop.core import choices, i18n
from desktop.core.documents import DocumentSource
from desktop.core.model.booking import CargoMovement, FreightPayment, ReceiptDeliveryType
from desktop.core.model.derive import derive_booking
from tests.core.documents.helpers import page_texts, pdf_bytes, sample_doc, squash


def test_every_value_of_a_named_enum_has_a_name() -> None:
    for enum_type, names in choices.NAMES.items():
        assert set(names) == {str(member.value) for member in enum_type}, enum_type.__name__


@pytest.mark.parametrize("lang", ["zh_CN", "vi"])
def test_choice_names_are_translated(lang: str) -> None:
    i18n.reload()
    for enum_type, names in choices.NAMES.items():
        for value in names:
            member = enum_type(value)
            text = choices.name(member, lang)
            assert text and text != choices.name(member, "en"), (enum_type.__name__, value, lang)
    assert choices.status_name("released", lang) == i18n.translate("Status", "Released", lang)
    assert choices.status_name("no-such-status", lang) == "no-such-status"


def test_the_booking_pdf_shows_the_names_not_the_codes() -> None:
    doc = sample_doc()
    assert doc.shipment is not None
    booking = derive_booking(doc.shipment)
    booking.receipt_type_at_origin = ReceiptDeliveryType.CFS
    booking.cargo_movement_type_at_origin = CargoMovement.LCL
    booking.freight_payment = FreightPayment.COLLECT
    text = "".join(page_texts(pdf_bytes("booking", DocumentSource(booking=booking), "zh-en")))
    for member in (ReceiptDeliveryType.CFS, CargoMovement.LCL, FreightPayment.COLLECT):
        assert squash(choices.name(member, "zh_CN")) in text
