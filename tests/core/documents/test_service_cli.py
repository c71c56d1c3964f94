"""The documents use case over a real workspace, and the ``corridor-desk pdf`` command."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.cli import main
from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE
from desktop.core.documents import DocumentError, DocumentKind
from desktop.core.model import exchange
from desktop.core.model.booking import RailSeaBooking
from desktop.core.paths import AppPaths
from desktop.core.services import documents as service
from desktop.core.services.drafts import import_file
from desktop.core.store import Store
from tests.core.documents.helpers import CREATED, ROOT, SAMPLE, page_texts, squash


@pytest.fixture
def store(data_dir: Path) -> Store:
    paths = AppPaths.resolve(data_dir).ensure()
    with Store.open_workspace(paths) as opened:
        import_file(opened, SAMPLE, author="test")
    return Store.open_workspace(paths)


def test_documents_from_the_workspace_use_the_stored_drafts(store: Store) -> None:
    with store:
        decl = store.declarations.by_shipment("SH-2026-0001")[0]
        decl.customs_no = "720020260000099999"
        store.declarations.save(decl, "test")
        booking = store.bookings.by_shipment("SH-2026-0001")[0]
        booking.carrier_booking_reference = "BK-STORED-42"
        store.bookings.save(booking, "test")
        by_shipment = service.source_from_store(store, "SH-2026-0001")
        by_declaration = service.source_from_store(store, decl.id)
        by_booking = service.source_from_store(store, booking.id)
        with pytest.raises(DocumentError) as info:
            service.source_from_store(store, "NO-SUCH-ID")
        assert info.value.code == "documents.not_found"
    assert by_shipment.company is not None and by_shipment.company.id == "cq-jiangling"
    for source in (by_shipment, by_declaration):
        text = "".join(page_texts(service.document_bytes("declaration", source, "zh-en", created=CREATED)))
        assert "720020260000099999" in text
    for source in (by_shipment, by_booking):
        text = "".join(page_texts(service.document_bytes("bill", source, "en", created=CREATED)))
        assert "BK-STORED-42" in text and "CDMT2612000118" in text
    assert service.file_name(DocumentKind.INVOICE, by_shipment, "zh-en") == "invoice-JL-INV-26118-zh-en.pdf"
    assert service.EDOC_CODES[DocumentKind.INVOICE] == "00000001"


def test_make_document_writes_a_file(tmp_path: Path) -> None:
    source = service.source_from_file(SAMPLE)
    target = tmp_path / "packing.pdf"
    service.make_document("packing-list", source, "vi-en", target, created=CREATED)
    assert "Phiếuđónggói" in "".join(page_texts(target.read_bytes()))


def _run(*args: str) -> int:
    return main(list(args))


def test_cli_pdf_from_a_shipment_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bill.pdf"
    args = [
        "pdf",
        str(SAMPLE),
        "--doc",
        "bill",
        "--lang",
        "vi-en",
        "-o",
        str(out),
        "--created",
        "2026-12-02T16:00:00+08:00",
    ]
    assert _run(*args) == EXIT_OK
    first = out.read_bytes()
    assert _run(*args) == EXIT_OK
    assert out.read_bytes() == first
    assert str(out) in capsys.readouterr().out
    reader = PdfReader(io.BytesIO(first))
    assert reader.metadata is not None and reader.metadata["/CreationDate"].startswith("D:20261202160000+08'00'")
    text = "".join(page_texts(first))
    assert squash("Vận đơn vận tải đa phương thức") in text and "CDMT2612000118" in text


def test_cli_pdf_from_a_workspace_id(store: Store, data_dir: Path, tmp_path: Path) -> None:
    store.close()
    out = tmp_path / "decl.pdf"
    assert _run("--data-dir", str(data_dir), "pdf", "SH-2026-0001", "--doc", "declaration", "-o", str(out)) == 0
    assert squash("中华人民共和国海关出口货物报关单") in "".join(page_texts(out.read_bytes()))


def test_cli_pdf_errors(tmp_path: Path, data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert _run("pdf", str(tmp_path / "missing.json"), "--doc", "invoice", "-o", str(out)) == EXIT_UNREADABLE
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert _run("pdf", str(bad), "--doc", "invoice", "-o", str(out)) == EXIT_UNREADABLE
    booking_doc = exchange.ExchangeDocument(kind=exchange.Kind.BOOKING, booking=_booking())
    booking_file = tmp_path / "booking.json"
    booking_file.write_text(exchange.dumps(booking_doc), encoding="utf-8")
    assert _run("pdf", str(booking_file), "--doc", "invoice", "-o", str(out)) == EXIT_INVALID
    assert _run("pdf", str(booking_file), "--doc", "booking", "-o", str(out)) == EXIT_OK
    assert _run("--data-dir", str(data_dir), "pdf", "NOPE-1", "--doc", "bill", "-o", str(out)) == EXIT_UNREADABLE
    assert _run("--lang", "vi", "pdf", str(SAMPLE), "--doc", "bill", "-o", str(tmp_path / "no" / "x.pdf")) == (
        EXIT_INVALID
    )
    err = capsys.readouterr().err
    assert "missing.json" in err and "not valid JSON" in err
    assert "made from a shipment" in err
    assert "NOPE-1" in err
    with pytest.raises(SystemExit) as info:
        _run("pdf", str(SAMPLE), "--doc", "waybill", "-o", str(out))
    assert info.value.code == 2


def _booking() -> RailSeaBooking:
    from desktop.core.model.derive import derive_booking

    shipment = exchange.read(SAMPLE).shipment
    assert shipment is not None
    return derive_booking(shipment)


def test_cli_output_is_identical_across_processes(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    here = tmp_path / "here.pdf"
    there = tmp_path / "there.pdf"
    args = ["pdf", str(SAMPLE), "--doc", "declaration", "--lang", "zh-en", "--created", "2026-12-02T08:00:00Z"]
    assert _run(*args, "-o", str(here)) == EXIT_OK
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", *args, "-o", str(there)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert there.read_bytes() == here.read_bytes()
