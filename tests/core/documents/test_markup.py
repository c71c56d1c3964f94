"""User data never becomes markup: a ``<``, ``&`` or an ``<img src="http://...">`` prints literally and no
request reaches a local server."""

from __future__ import annotations

import http.server
import threading
import urllib.request
from collections.abc import Iterator
from typing import ClassVar

import pytest

from desktop.core.documents import DocumentSource
from tests.core.documents.helpers import KINDS, LANGS, page_texts, pdf_bytes, sample_doc, squash


class _Recorder(http.server.BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        _Recorder.requests.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    _Recorder.requests = []
    httpd = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", _Recorder.requests
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_markup_canary_prints_literally_and_fetches_nothing(server: tuple[str, list[str]]) -> None:
    base, requests = server
    canary = f'<img src="{base}/pixel.png" width="50" height="50"/>'
    doc = sample_doc()
    shipment = doc.shipment
    assert shipment is not None and doc.company is not None
    shipment.consignee.name = f"ACME <b>Trading</b> & Sons {canary}"
    shipment.consignee.address = "1 < 2 & 3 > 2 Road, <br/> Hà Nội"
    shipment.goods[0].name_en = f"Clutch {canary}"
    shipment.goods[0].name_zh = "离合器 <font size=40>大</font> &amp;"
    shipment.marks = f"A&B <unclosed {canary}"
    shipment.remarks = "<para>x</para> &lt; literal"
    shipment.route.rail_origin_station = f"团结村 {canary}"
    doc.company.name_zh = "重庆<i>江陵</i> & Co"
    source = DocumentSource.from_exchange(doc)
    for kind in KINDS:
        for lang in LANGS:
            text = "".join(page_texts(pdf_bytes(kind, source, lang)))
            assert squash(canary) in text, (kind, lang)
            assert squash("ACME <b>Trading</b> & Sons") in text, (kind, lang)
    # each field that reaches a document prints with its markup characters as typed
    invoice = "".join(page_texts(pdf_bytes("invoice", source, "en")))
    for literal in (
        "1 < 2 & 3 > 2 Road, <br/> Hà Nội",
        "离合器 <font size=40>大</font> &amp;",
        "A&B <unclosed",
        "<para>x</para> &lt; literal",
        "重庆<i>江陵</i> & Co",
    ):
        assert squash(literal) in invoice, literal
    assert requests == []
    # the server was listening: a real request is recorded
    with urllib.request.urlopen(f"{base}/check", timeout=5) as response:
        assert response.status == 200
    assert requests == ["/check"]
