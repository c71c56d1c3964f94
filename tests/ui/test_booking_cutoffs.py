"""A confirmed booking shows the carrier's cut-offs above its timeline, in the UI language."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core import i18n
from desktop.core.model.booking import CutOff
from desktop.core.model.filing import FilingStatus, Receipt
from tests.ui.test_languages import _open_everything


def test_cut_offs_and_carrier_receipts_show_on_the_booking(make_app: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = make_app()
    _, _, editor = _open_everything(ctx, qtbot)
    assert editor.cut_off_list.isHidden()
    confirmed = editor.document.model_copy(deep=True)
    confirmed.status = FilingStatus.CONFIRMED
    confirmed.carrier_booking_reference = "SBXA1B2C3D4E"
    confirmed.cut_offs = [CutOff(code="FCO", at=datetime(2026, 12, 13, 12, tzinfo=UTC)),
                          CutOff(code="XYZ", at=datetime(2026, 12, 12, 12, tzinfo=UTC))]
    confirmed.receipts = [Receipt(status=FilingStatus.CONFIRMED, message_code="dcsa.confirmed")]
    editor.reload(confirmed)
    for language in ("vi", "zh_CN", "en"):
        ctx.window.language_actions[language].trigger()
        qtbot.waitUntil(lambda lg=language: editor.cut_off_list.count() == 2 and editor.cut_off_list.item(0).text()
                        .startswith(i18n.translate("BookingEditor", "Full container cut-off", lg)), timeout=3_000)
        assert not editor.cut_off_list.isHidden()
        assert editor.cut_off_list.item(1).text().startswith("XYZ")
        timeline = [editor.timeline.item(i).text() for i in range(editor.timeline.count())]
        assert any(i18n.translate("Error", "The carrier confirmed the booking.", language) in t for t in timeline)
        editor.tabs.setCurrentIndex(4)
        editor.resize(1024, 700)
        editor.grab().save(str(tmp_path / f"cutoffs-{language}.png"))
