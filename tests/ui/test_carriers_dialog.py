"""File > Carriers: a carrier typed in as a user types it, its connection tested against the sandbox carrier (and
against a server that is no DCSA API, and one whose certificate does not verify), saved with its API key in the
keyring, edited and removed."""

from __future__ import annotations

import datetime
import http.server
import os
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.core.channels.dcsa import CarrierProfile, api_keys
from desktop.core.services import carrier
from desktop.ui.carriers import CarriersDialog
from tests.ui.conftest import log_in, settle

SHOTS = Path(os.environ["CORRIDOR_SCREENSHOTS"]) if os.environ.get("CORRIDOR_SCREENSHOTS") else None


def opened(ctx: Any, qtbot: Any) -> CarriersDialog:
    log_in(ctx, qtbot)
    ctx.window.carriers_menu.action.trigger()
    dialog = ctx.window.carriers_menu.dialog
    assert isinstance(dialog, CarriersDialog) and dialog.isVisible()
    return dialog


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def test_add_test_save_edit_and_remove_a_carrier(make_app: Any, qtbot: Any) -> None:
    ctx = make_app()
    dialog = opened(ctx, qtbot)
    store = ctx.backend.store
    assert dialog.carrier_list.count() == 0 and not dialog.name.isReadOnly()
    type_into(qtbot, dialog.name, "beibu")
    type_into(qtbot, dialog.code, "bbgl")
    type_into(qtbot, dialog.base_url, ctx.sandbox.url + "/nothing-here")
    type_into(qtbot, dialog.contract, "SC-2026-7")
    type_into(qtbot, dialog.api_key, "k-123456")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert "does not answer as a DCSA Booking 2.0 API" in dialog.outcome.text()
    type_into(qtbot, dialog.base_url, ctx.sandbox.url)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.outcome.text().startswith("Connected:"), dialog.outcome.text()
    assert carrier.carrier_profiles(store) == []  # a test saves nothing
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    [saved] = carrier.carrier_profiles(store)
    assert saved == CarrierProfile("beibu", ctx.sandbox.url, "BBGL", "SMDG", "SC-2026-7", "")
    assert api_keys(saved).load("api-key") == "k-123456"
    assert "k-123456" not in str(store.settings.get(carrier.CARRIERS_KEY, {}))  # the key is not in the workspace
    assert dialog.carrier_list.count() == 1 and dialog.name.isReadOnly() and dialog.api_key.text() == ""
    assert dialog.key_state.text().startswith("An API key is stored")
    if SHOTS:
        from desktop.ui import lang

        for language in ("zh_CN", "vi", "en"):
            lang.switch(ctx, language)
            qtbot.wait(50)
            for size in ((1280, 800), (1024, 768)):
                ctx.window.resize(*size)
                dialog.resize(min(860, size[0] - 100), 460)
                qtbot.wait(50)
                dialog.grab().save(str(SHOTS / f"carriers-{language}-{size[0]}.png"))

    type_into(qtbot, dialog.contract, "SC-2027-1")  # an edit keeps the stored key
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert carrier.carrier_profile(store, "beibu").service_contract_reference == "SC-2027-1"
    assert api_keys(saved).load("api-key") == "k-123456"

    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)  # a second one with a plain-http address
    type_into(qtbot, dialog.name, "far")
    type_into(qtbot, dialog.base_url, "http://carrier.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "is not an https:// address" in dialog.outcome.text()
    type_into(qtbot, dialog.name, "beibu")
    type_into(qtbot, dialog.base_url, "https://carrier.example.com")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "exists already" in dialog.outcome.text()
    assert [p.name for p in carrier.carrier_profiles(store)] == ["beibu"]

    dialog.carrier_list.setCurrentRow(0)
    box = dialog.ask_remove()
    assert box is not None
    qtbot.mouseClick(box.findChild(type(dialog.add_button), "cancel"), Qt.MouseButton.LeftButton)
    assert [p.name for p in carrier.carrier_profiles(store)] == ["beibu"]
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm is not None
    qtbot.mouseClick(dialog.confirm.findChild(type(dialog.add_button), "remove"), Qt.MouseButton.LeftButton)
    assert carrier.carrier_profiles(store) == [] and api_keys(saved).load("api-key") is None
    assert dialog.carrier_list.count() == 0 and "removed" in dialog.outcome.text()


@pytest.fixture
def untrusted_https(tmp_path: Path) -> Iterator[str]:
    """An https server on this computer whose self-signed certificate no trust store knows."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(key, hashes.SHA256()))
    pem = tmp_path / "cert.pem"
    pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(pem)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def test_a_certificate_that_does_not_verify_is_refused(make_app: Any, qtbot: Any, untrusted_https: str) -> None:
    ctx = make_app()
    dialog = opened(ctx, qtbot)
    type_into(qtbot, dialog.name, "selfsigned")
    type_into(qtbot, dialog.base_url, untrusted_https)
    type_into(qtbot, dialog.api_key, "k-1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "could not be verified; nothing was sent" in dialog.outcome.text(), dialog.outcome.text()


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "Carrier beibu refused the API key; check it in the carrier settings."),
    ("zh_CN", "承运人 beibu 拒绝了 API 密钥；请在承运人设置中核对。"),
])
def test_a_refused_api_key_is_said_plainly_and_nothing_typed_is_lost(
        make_app: Any, qtbot: Any, lang: str, expected: str) -> None:
    from tests.carrierctl import set_carrier_scenario

    ctx = make_app("--lang", lang)
    dialog = opened(ctx, qtbot)
    set_carrier_scenario(ctx.sandbox.url, "k-revoked-1", "refuse-key")
    type_into(qtbot, dialog.name, "beibu")
    type_into(qtbot, dialog.base_url, ctx.sandbox.url)
    type_into(qtbot, dialog.api_key, "k-revoked-1")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    settle(ctx, qtbot)
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=15_000)
    assert dialog.outcome.text() == expected
    assert (dialog.name.text(), dialog.base_url.text(), dialog.api_key.text()) == (
        "beibu", ctx.sandbox.url, "k-revoked-1")  # the user corrects the key, nothing to type again
