"""Documents in the app: rendered preview, zoom, print to a PDF printer, save as, and attachments on submit."""

from __future__ import annotations

import io
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.core.documents import DocumentSource
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FilingStatus
from desktop.core.services import documents
from desktop.ui.documents import DocumentPreview
from desktop.ui.tasks import TaskRunner
from tests.core.documents.helpers import source_with_lines
from tests.ui.conftest import log_in, settle


@pytest.fixture(scope="module")
def sixty() -> dict[str, bytes]:
    """The declaration of a 60-item shipment (two declarations of 50 + 10 items) and its invoice."""
    source = source_with_lines(60)
    return {
        kind: documents.document_bytes(kind, source, lang)
        for kind, lang in (("declaration", "zh-en"), ("invoice", "vi-en"))
    }


@pytest.fixture
def standalone(qtbot: Any, tmp_path: Path) -> Any:
    """A real task runner and QSettings file, without the whole app (the preview needs no more)."""
    runner = TaskRunner()
    ctx = SimpleNamespace(runner=runner, qsettings=QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat),
                          backend=None)
    yield ctx
    runner.shutdown()


def _preview(qtbot: Any, ctx: Any, produce: Any, kinds: tuple[str, ...] = ("declaration", "invoice")) -> Any:
    widget = DocumentPreview(ctx, produce, kinds)
    qtbot.addWidget(widget)
    widget.resize(900, 1000)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)  # shortcuts reach an active window only
    return widget


def _wait_pages(qtbot: Any, preview: DocumentPreview) -> None:
    with qtbot.waitSignal(preview.view.rendered, timeout=20_000):
        preview.preview()


def _ink(image: QImage) -> tuple[float, float]:
    """Share of dark sample pixels and the variance of sampled grey levels."""
    values = []
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            c = image.pixelColor(x, y)
            values.append((c.red() + c.green() + c.blue()) / 3)
    mean = sum(values) / len(values)
    return sum(v < 128 for v in values) / len(values), sum((v - mean) ** 2 for v in values) / len(values)


def test_preview_shows_every_page_of_a_two_part_declaration_and_zooms(
    qtbot: Any, standalone: Any, sixty: dict[str, bytes]
) -> None:
    pages = len(PdfReader(io.BytesIO(sixty["declaration"])).pages)
    text = "".join("".join(p.extract_text() for p in PdfReader(io.BytesIO(sixty["declaration"])).pages).split())
    assert "第1份，共2份" in text and "第2份，共2份" in text and pages >= 2
    preview = _preview(qtbot, standalone, lambda kind, lang: (lambda: (sixty[kind], f"{kind}.pdf")))
    _wait_pages(qtbot, preview)
    view = preview.view
    assert view.page_count == pages == len(view.images) == len(view.labels)
    assert preview.page_label.text() == f"Page 1 of {pages}"
    for image in (view.images[0], view.images[-1]):
        dark, variance = _ink(image)
        assert 0.002 < dark < 0.5 and variance > 100, (dark, variance)  # printed, not blank, not black
    # zoom: the page grows at once, the sharper pixels follow from the worker
    width = view.labels[0].width()
    pixels = view.images[0].width()
    with qtbot.waitSignal(view.rendered, timeout=20_000):
        preview.zoom_in_button.click()
    assert view.zoom == 1.1 and preview.zoom_label.text() == "110%"
    assert view.labels[0].width() == pytest.approx(width * 1.1, abs=2)
    assert view.images[0].width() == pytest.approx(pixels * 1.1, abs=2)
    with qtbot.waitSignal(view.rendered, timeout=20_000):
        view.fit_width()
    assert view.labels[0].width() <= view.viewport().width() and view.labels[0].width() > width * 0.9
    with qtbot.waitSignal(view.rendered, timeout=20_000):
        QTest.keyClick(view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert view.zoom == 1.0 and view.labels[0].width() == width
    # scrolling to the end shows the last page number
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    assert preview.page_label.text() == f"Page {pages} of {pages}"
    # another document: the pages follow the choice
    preview.select("invoice")
    with qtbot.waitSignal(preview.loaded, timeout=20_000):
        preview.kind.activated.emit(preview.kind.currentIndex())
    assert view.page_count == len(PdfReader(io.BytesIO(sixty["invoice"])).pages)


def test_a_long_document_keeps_only_the_pages_near_the_view(
    qtbot: Any, standalone: Any, sixty: dict[str, bytes], monkeypatch: Any
) -> None:
    import desktop.ui.pageview as module

    preview = _preview(qtbot, standalone, lambda kind, lang: (lambda: (sixty[kind], f"{kind}.pdf")))
    monkeypatch.setattr(module, "PIXEL_BUDGET", 2 * 4 * 800 * 1130)  # two A4 pages at 96 dpi
    _wait_pages(qtbot, preview)
    view = preview.view
    shown = [i for i, image in enumerate(view.images) if image is not None]
    assert shown == view.wanted_pages() and 1 <= len(shown) <= 2 and shown[0] == 0
    with qtbot.waitSignal(view.rendered, timeout=20_000):
        view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    shown = [i for i, image in enumerate(view.images) if image is not None]
    assert view.page_count - 1 in shown and 0 not in shown and len(shown) <= 2
    assert view.labels[0].pixmap().isNull() and not view.labels[-1].pixmap().isNull()


def test_save_as_writes_a_readable_pdf_and_remembers_the_folder(
    qtbot: Any, standalone: Any, sixty: dict[str, bytes], tmp_path: Path, monkeypatch: Any
) -> None:
    preview = _preview(qtbot, standalone, lambda kind, lang: (lambda: (sixty[kind], f"{kind}-JL-{lang}.pdf")))
    _wait_pages(qtbot, preview)
    asked: list[str] = []
    answers = [str(tmp_path / "not-a-folder.txt" / "x.pdf"), str(tmp_path / "out" / "decl")]
    (tmp_path / "not-a-folder.txt").write_text("a file, so nothing can be written under it")
    (tmp_path / "out").mkdir()

    def answer(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return answers.pop(0), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(answer))
    # an unwritable place: said clearly, the document stays, nothing half-written
    with qtbot.waitSignal(preview.failed, timeout=10_000) as failed:
        keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        QTest.keyClick(preview.view, Qt.Key.Key_S, keys)
    assert "not-a-folder.txt" in failed.args[0] and "another folder" in failed.args[0]
    assert preview.banner.isVisible() and preview.data == sixty["declaration"]
    assert asked[0].endswith("declaration-JL-zh-en.pdf")
    with qtbot.waitSignal(preview.saved, timeout=10_000) as saved:
        preview.save_button.click()
    path = Path(saved.args[0])
    assert path == tmp_path / "out" / "decl.pdf" and not list((tmp_path / "out").glob("*.part"))
    assert len(PdfReader(path).pages) == preview.view.page_count
    assert standalone.qsettings.value("documents/folder") == str(tmp_path / "out")
    assert preview.default_folder() == tmp_path / "out"
    # a cancelled file dialog writes nothing
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    preview.save_as()
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["decl.pdf"]


def test_print_to_a_pdf_printer_and_cancel(
    qtbot: Any, standalone: Any, sixty: dict[str, bytes], tmp_path: Path, monkeypatch: Any
) -> None:
    preview = _preview(qtbot, standalone, lambda kind, lang: (lambda: (sixty[kind], f"{kind}.pdf")))
    # printing without a preview first makes the PDF, then prints every page
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(96)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    with qtbot.waitSignal(preview.printed, timeout=30_000) as printed:
        preview.print_document(printer)
    pages = len(PdfReader(io.BytesIO(sixty["declaration"])).pages)
    assert printed.args == [pages]
    assert out.stat().st_size > 10_000 and len(PdfReader(out).pages) == pages
    assert preview.print_button.isEnabled() and not preview.cancel_print_button.isVisible()
    # Ctrl+P opens the print dialog; cancelling it prints nothing and says so
    opened: list[Any] = []

    def cancel(dialog: QPrintDialog) -> int:
        opened.append(dialog)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    QTest.keyClick(preview.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(opened) == 1 and "cancelled" in preview.banner.text()
    assert preview.print_dialog is None


def test_a_document_that_cannot_be_made_says_why(qtbot: Any, standalone: Any) -> None:
    # a declaration without its shipment has no invoice: the core refuses and the preview says why
    source = DocumentSource(declarations=[ExportDeclaration()])
    preview = _preview(
        qtbot, standalone, lambda kind, lang: (lambda: (documents.document_bytes(kind, source, lang), "x.pdf"))
    )
    preview.select("invoice")
    with qtbot.waitSignal(preview.failed, timeout=10_000) as failed:
        preview.preview()
    assert "shipment" in failed.args[0]
    assert preview.view.page_count == 0 and preview.view.message.isVisible()
    assert preview.print_button.isEnabled()  # nothing stuck: the user can fix the draft and try again
    with qtbot.waitSignal(preview.loaded, timeout=10_000):
        preview.select("declaration")
        preview.preview()
    assert not preview.banner.isVisible()


def test_documents_page_previews_a_stored_shipment(make_app: Any, qtbot: Any, tmp_path: Path) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    ctx.backend.import_samples("cd-tianfu-ceramics")
    ctx.window.switch_company("cd-tianfu-ceramics")
    docs = ctx.window.page("documents")
    settle(ctx, qtbot)
    assert docs.shipment.count() >= 2
    docs.shipment.setCurrentIndex(docs.shipment.findData("SH-TF-2026-063") if docs.shipment.findData(
        "SH-TF-2026-063") >= 0 else 0)
    docs.kind.setCurrentIndex(docs.kind.findData("packing-list"))
    with qtbot.waitSignal(docs.preview.view.rendered, timeout=20_000):
        docs.preview.preview_button.click()
    assert docs.preview.view.page_count >= 1
    target = tmp_path / "packing.pdf"
    with qtbot.waitSignal(docs.preview.saved, timeout=10_000):
        docs.save_as(target)
    assert PdfReader(target).pages and docs.last_path == target
    settle(ctx, qtbot)
    entries = ctx.backend.audit("cd-tianfu-ceramics")
    assert any(e.action == "print" and e.subject_kind == "packing-list" for e in entries)


def test_submitted_declaration_carries_its_documents_to_the_platform(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    ctx.backend.import_samples("cd-tianfu-ceramics")
    ctx.window.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    shipment = min(ctx.backend.store.shipments.list("cd-tianfu-ceramics"), key=lambda s: len(s.goods))
    decl = ctx.backend.derive_declaration(shipment.id)[0]
    ctx.window.open_document("declaration", decl.id)
    qtbot.waitUntil(lambda: ("declaration", decl.id) in ctx.window.editors, timeout=10_000)
    editor = ctx.window.editors[("declaration", decl.id)]
    settle(ctx, qtbot)
    errors = [(i.field_path, i.rule_id) for i in editor.issues if str(i.severity) == "error"]
    assert not errors, errors
    # the Documents action previews the declaration as it is on the screen
    dialog = editor.show_documents()
    qtbot.waitUntil(lambda: dialog.preview.view.page_count > 0, timeout=20_000)
    assert dialog.preview.selection()[0] == "declaration" and dialog.isVisible()
    dialog.close()
    editor.submit_button.click()
    qtbot.waitUntil(lambda: editor.document.status == FilingStatus.RECEIVED, timeout=20_000)
    qtbot.waitUntil(lambda: len(ctx.backend.declaration(decl.id).attachments) >= 2, timeout=20_000)
    remote_id = ctx.backend.platform.outbox.remote_id("declaration", decl.id)
    rows = ctx.sandbox.query(
        "SELECT edoc_code, file_name, content FROM attachments WHERE filing_id = ? ORDER BY edoc_code", (remote_id,)
    )
    assert [r["edoc_code"] for r in rows] == ["00000001", "00000002"]
    for row in rows:
        assert row["file_name"].endswith("-zh-en.pdf")
        assert len(PdfReader(io.BytesIO(row["content"])).pages) >= 1
    # a later sync adds nothing twice
    ctx.backend.sync()
    assert len(ctx.sandbox.query("SELECT id FROM attachments WHERE filing_id = ?", (remote_id,))) == 2
    settle(ctx, qtbot)
    editor.refresh_from_store()
    settle(ctx, qtbot)
    assert not editor.attach_button.isEnabled()


def test_booking_editor_shows_the_booking_request_and_the_through_bill(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    log_in(ctx, qtbot, "demo-forwarder")
    ctx.backend.import_samples("cd-tianfu-ceramics")
    ctx.window.switch_company("cd-tianfu-ceramics")
    settle(ctx, qtbot)
    shipment = min(ctx.backend.store.shipments.list("cd-tianfu-ceramics"), key=lambda s: len(s.goods))
    booking = ctx.backend.derive_booking(shipment.id)
    ctx.window.open_document("booking", booking.id)
    qtbot.waitUntil(lambda: ("booking", booking.id) in ctx.window.editors, timeout=10_000)
    editor = ctx.window.editors[("booking", booking.id)]
    assert editor.documents_button.isEnabled() and editor.documents_button.toolTip()
    editor.documents_button.click()
    dialog = editor.documents_dialog
    qtbot.waitUntil(lambda: dialog.preview.view.page_count > 0, timeout=20_000)
    assert [dialog.preview.kind.itemData(i) for i in range(dialog.preview.kind.count())] == [
        "booking", "bill", "invoice", "packing-list"
    ]
    text = "".join(PdfReader(io.BytesIO(dialog.preview.data)).pages[0].extract_text().split())
    assert text.startswith("铁海联运订舱委托书Rail-SeaBookingRequest")  # the editor's default language: zh-en
    dialog.preview.select("bill", "vi-en")
    with qtbot.waitSignal(dialog.preview.loaded, timeout=20_000):
        dialog.preview.preview_button.click()
    assert dialog.preview.file_name.startswith("bill-") and dialog.preview.file_name.endswith("-vi-en.pdf")
    dialog.close()
    assert ctx.qsettings.value("documents/geometry") is not None


def _choose_with_keys(qtbot: Any, combo: Any, code: str) -> None:
    """Focus the combo box and step to ``code`` with the arrow keys, as a user does."""
    combo.setFocus()
    while combo.currentData() != code:
        before = combo.currentIndex()
        qtbot.keyClick(combo, Qt.Key.Key_Down if combo.findData(code) > before else Qt.Key.Key_Up)
        assert combo.currentIndex() != before, f"the arrow keys do not reach {code}"


def test_the_documents_languages_follow_the_ui_language_and_each_users_choice(make_app: Any, qtbot: Any) -> None:
    ctx = make_app("--lang", "vi")
    log_in(ctx, qtbot, "demo-forwarder")
    ctx.window.show_section("documents")
    docs = ctx.window.page("documents")
    settle(ctx, qtbot)
    assert docs.doc_lang.currentData() == "vi-en"  # a Vietnamese user gets Vietnamese and English documents
    _choose_with_keys(qtbot, docs.doc_lang, "en")
    ctx.close()

    ctx = make_app("--lang", "vi")  # the next day, the remembered login resumed: their choice is kept
    qtbot.waitUntil(lambda: bool(ctx.window.companies), timeout=30_000)
    ctx.window.show_section("documents")
    docs = ctx.window.page("documents")
    settle(ctx, qtbot)
    assert docs.doc_lang.currentData() == "en"
    assert ctx.window.log_out(switch_user=True)
    log_in(ctx, qtbot, "demo-exporter")  # another user on the same seat has made no choice: the default
    settle(ctx, qtbot)
    assert docs.doc_lang.currentData() == "vi-en"
    ctx.close()

    ctx = make_app("--lang", "zh_CN")  # demo-exporter again, in Chinese
    qtbot.waitUntil(lambda: bool(ctx.window.companies), timeout=30_000)
    ctx.window.show_section("documents")
    docs = ctx.window.page("documents")
    settle(ctx, qtbot)
    assert docs.doc_lang.currentData() == "zh-en"
