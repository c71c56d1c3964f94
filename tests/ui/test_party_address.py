"""A consignee's street, number, post code and city typed in the master-data party form reach the carrier as
DCSA's structured address (checked against BKG 2.0.4), and a half-filled address is named at its field."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from desktop.core.dcsa import CarrierTerms, create_booking
from desktop.core.model import Party
from desktop.core.model.booking import DocumentPartyRole
from desktop.core.model.derive.booking import _party
from desktop.core.rules import check_booking
from tests.core.dcsa.schema import errors
from tests.core.dcsa.test_create_booking import booking_of
from tests.ui.conftest import log_in, settle
from tests.ui.helpers import type_into

SHOTS = Path(os.environ["CORRIDOR_SCREENSHOTS"]) if os.environ.get("CORRIDOR_SCREENSHOTS") else None


def test_a_typed_street_address_goes_to_the_carrier_structured(make_app: Any, qtbot: Any) -> None:
    from desktop.ui.pages import PARTY_FORM, RecordDialog

    ctx = make_app()
    log_in(ctx, qtbot)
    master = ctx.window.page("master")
    ctx.window.show_section("master")
    settle(ctx, qtbot)
    dialog = RecordDialog(Party, Party(), PARTY_FORM, master)
    for name, text in (("name", "Hai Phong Trading Co., Ltd."), ("address", "Số 5 Lê Thánh Tông, Ngô Quyền"),
                       ("street", "Lê Thánh Tông"), ("street_number", "5"), ("post_code", "180000"),
                       ("city", "Hải Phòng"), ("state_region", "Ngô Quyền"), ("country", "VNM")):
        type_into(qtbot, dialog.form.editor(name), text)
    if SHOTS:
        from desktop.ui import lang

        for language in ("zh_CN", "vi", "en"):
            lang.switch(ctx, language)
            dialog.form.retranslate()
            dialog.adjustSize()
            dialog.grab().save(str(SHOTS / f"party-address-{language}.png"))
    assert master.edit("party", -1, dialog)
    settle(ctx, qtbot)
    [saved] = master.parties.records
    assert (saved.street, saved.street_number, saved.post_code, saved.city) == ("Lê Thánh Tông", "5", "180000",
                                                                                  "Hải Phòng")
    again = RecordDialog(Party, saved, PARTY_FORM, master)  # it reads back into the form
    assert again.form.editor("city").text() == "Hải Phòng"
    again.deleteLater()

    booking = booking_of("motorcycle-parts-chongqing-haiphong.json")
    booking.document_parties = [p for p in booking.document_parties if p.role is not DocumentPartyRole.CONSIGNEE]
    booking.document_parties.append(_party(DocumentPartyRole.CONSIGNEE, saved))
    body = create_booking(booking, CarrierTerms(service_contract_reference="SC-1"))
    assert errors(body, "CreateBooking") == []
    assert body["documentParties"]["consignee"]["address"] == {
        "street": "Lê Thánh Tông", "streetNumber": "5", "postCode": "180000", "city": "Hải Phòng",
        "stateRegion": "Ngô Quyền", "countryCode": "VN"}
    assert "addressLines" not in body["documentParties"]["consignee"]

    booking.document_parties[-1].city = ""  # half an address: named at the field, not sent half
    found = [(i.rule_id, i.field_path) for i in check_booking(booking)]
    index = len(booking.document_parties) - 1
    assert ("booking.party_address_incomplete", f"document_parties.{index}.city") in found
