"""Unified login and the keyring: verification codes, one refresh at a time, rotation, logout, no secrets."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

from desktop.core import credentials
from desktop.core.credentials import CredentialsError, CredentialStore, StoreStatus
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.outbox import OutboxSender
from desktop.core.platform import errors
from desktop.core.services import drafts, filing
from tests.conftest import ROOT
from tests.core.platform.conftest import declaration_id, server_count

PASSWORD = "demo1234"


def test_login_keeps_only_the_refresh_token_in_the_keyring(platform: filing.Platform) -> None:
    me = filing.login(platform, "demo-exporter", PASSWORD)
    assert [c.id for c in me.companies] == ["cq-jiangling"]
    stored = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
    assert stored and stored == platform.auth._refresh
    assert stored != platform.auth.access_token()
    assert keyring.get_password("CorridorDesk/production", "demo-exporter") is None
    session = filing.current_session(platform)
    assert (
        session.logged_in
        and session.username == "demo-exporter"
        and session.store_status is StoreStatus.SECURE
    )


def test_verification_code_flow(platform: filing.Platform, sandbox: Any) -> None:
    sandbox.set_verification("demo-exporter")
    with pytest.raises(errors.VerificationRequired) as asked:
        filing.login(platform, "demo-exporter", PASSWORD)
    assert asked.value.code == "platform.verification_required" and asked.value.challenge
    with pytest.raises(errors.VerificationFailed):
        filing.login(platform, "demo-exporter", PASSWORD, "000000x")
    with pytest.raises(errors.VerificationRequired) as again:
        filing.login(platform, "demo-exporter", PASSWORD)
    with pytest.raises(errors.NotFound):  # the first challenge was replaced by the second
        platform.client.sandbox_verification_code("demo-exporter", asked.value.challenge["id"])
    code = platform.client.sandbox_verification_code("demo-exporter", again.value.challenge["id"])
    assert filing.login(platform, "demo-exporter", PASSWORD, code).username == "demo-exporter"


def test_wrong_password(platform: filing.Platform) -> None:
    with pytest.raises(errors.InvalidCredentials) as caught:
        filing.login(platform, "demo-exporter", "nope")
    assert caught.value.status == 401 and caught.value.final


def test_a_401_during_ten_concurrent_submissions_refreshes_exactly_once(
    store: Any, sandbox: Any, shipment: drafts.ImportResult
) -> None:
    sandbox.set_scenario("demo-exporter", "short-token", token_ttl=5)
    p = filing.open_platform(store, sandbox.url, "sandbox", workers=10)
    try:
        filing.login(p, "demo-exporter", PASSWORD)
        base = store.declarations.get(declaration_id(shipment))
        ids = []
        for n in range(10):
            copy = ExportDeclaration.model_validate(base.model_dump())
            copy.id = f"copy-{n}"
            store.declarations.save(copy, "li")
            filing.submit_declaration(p, copy.id)
            ids.append(copy.id)
        sandbox.advance(60)  # every access token has expired now
        stale = p.auth.access_token()
        sender = OutboxSender(p.outbox, p.client, workers=10)
        result = sender.drain()
        assert result.sent == 10 and result.failed == 0, result.errors
        assert p.auth.refresh_count == 1
        assert p.auth.access_token() != stale
        assert server_count(sandbox) == 10
    finally:
        p.close()


def test_refresh_rotation_and_reuse_revokes_the_family(platform: filing.Platform, sandbox: Any) -> None:
    filing.login(platform, "demo-exporter", PASSWORD)
    first = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
    assert first
    platform.auth.refresh(platform.auth.access_token())
    second = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
    assert second and second != first  # the new refresh token was saved
    platform.auth.refresh(platform.auth.access_token())  # its successor is used too
    with pytest.raises(errors.TokenReused):
        platform.client.refresh_grant(first)  # a spent token: the platform revokes the whole family
    with pytest.raises(errors.AuthError):
        platform.auth.refresh(platform.auth.access_token())
    assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter") is None
    assert not platform.auth.logged_in


def test_resume_from_keyring_and_logout_revokes_and_deletes(store: Any, sandbox: Any) -> None:
    p = filing.open_platform(store, sandbox.url, "sandbox")
    filing.login(p, "demo-exporter", PASSWORD)
    token = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
    p.close()
    p2 = filing.open_platform(store, sandbox.url, "sandbox")
    try:
        assert filing.resume(p2)
        assert p2.client.me().username == "demo-exporter"
        filing.logout(p2)
        assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter") is None
        assert not p2.auth.logged_in
        assert token
        with pytest.raises(errors.AuthError):
            p2.client.refresh_grant(keyring.get_password("CorridorDesk/sandbox", "x") or token)
        assert not filing.resume(p2)
    finally:
        p2.close()


def test_remember_false_writes_nothing(platform: filing.Platform) -> None:
    filing.login(platform, "demo-exporter", PASSWORD, remember=False)
    assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter") is None
    assert platform.auth.logged_in


def test_no_token_or_password_in_the_logs_at_debug(
    platform: filing.Platform, sandbox: Any, shipment: drafts.ImportResult, caplog: pytest.LogCaptureFixture
) -> None:
    secrets: set[str] = {PASSWORD}
    caplog.set_level(logging.DEBUG)
    sandbox.set_scenario("demo-exporter", "short-token", token_ttl=5)
    filing.login(platform, "demo-exporter", PASSWORD)
    secrets |= {platform.auth._access or "", platform.auth._refresh or ""}
    filing.submit_declaration(platform, declaration_id(shipment), send=True)
    sandbox.advance(60)
    filing.sync(platform)  # 401 token-expired -> refresh -> retry
    secrets |= {platform.auth._access or "", platform.auth._refresh or ""}
    with pytest.raises(errors.InvalidCredentials):
        filing.login(platform, "demo-exporter", "wrong-" + PASSWORD)
    filing.logout(platform)
    assert platform.auth.refresh_count >= 1
    text = caplog.text + "\n".join(str(r.args) for r in caplog.records)
    assert "/v1/auth/token" in text  # the calls are logged ...
    for secret in secrets - {""}:
        assert secret not in text  # ... but never their secrets
    assert "Bearer " not in text and "Authorization" not in text


# --- the credentials store ---------------------------------------------------------------------


def test_secret_size_is_checked_against_the_windows_limit() -> None:
    store = CredentialStore("sandbox")
    store.save("u", "x" * 1280)  # 2560 bytes as UTF-16
    with pytest.raises(CredentialsError) as caught:
        store.save("u", "x" * 1281)
    assert caught.value.code == "credentials.too_large" and caught.value.params["limit"] == 2560
    with pytest.raises(CredentialsError):
        store.save("u", "令" * 1281)


def test_no_backend_means_session_only_and_nothing_written(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    store = CredentialStore("sandbox")
    assert store.status() is StoreStatus.SESSION_ONLY
    assert store.save("u", "refresh-token") is StoreStatus.SESSION_ONLY
    assert store.load("u") == "refresh-token"  # this process only
    assert CredentialStore("sandbox").load("u") is None  # nothing kept anywhere else
    store.delete("u")
    assert store.load("u") is None
    assert credentials.STATUS_TEXT[StoreStatus.SESSION_ONLY] == "No secure store: session-only login."


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="those always have a secure store")
def test_without_a_secure_store_keyring_is_never_loaded() -> None:
    """A Linux without a session bus keeps logins for the session without importing keyring at all."""
    code = (
        "import sys\n"
        "from desktop.core import credentials\n"
        "credentials._session_bus = lambda: False\n"
        "store = credentials.CredentialStore('sandbox')\n"
        "print(store.save('u', 'refresh-token').value, store.load('u'), store.status().value)\n"
        "store.delete('u')\n"
        "print(store.load('u'), 'keyring' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.split() == ["session-only", "refresh-token", "session-only", "None", "False"]


def test_configure_keyring_chooses_explicitly(monkeypatch: pytest.MonkeyPatch) -> None:
    memory = keyring.get_keyring()
    assert credentials.configure_keyring(keep_existing=True) is StoreStatus.SECURE
    assert keyring.get_keyring() is memory  # the tests' in-memory backend is respected when asked
    monkeypatch.setattr(credentials, "_os_backend", lambda: None)
    assert credentials.configure_keyring(keep_existing=False) is StoreStatus.SESSION_ONLY
    assert type(keyring.get_keyring()).__module__ == "keyring.backends.fail"

    class PlaintextFile(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            return None

        def set_password(self, service: str, username: str, password: str) -> None:
            raise AssertionError("must never be written")

        def delete_password(self, service: str, username: str) -> None:
            pass

    PlaintextFile.__module__ = "keyrings.alt.file"
    keyring.set_keyring(PlaintextFile())
    assert credentials.configure_keyring(keep_existing=True) is StoreStatus.SESSION_ONLY
    assert CredentialStore("sandbox").save("u", "t") is StoreStatus.SESSION_ONLY


def test_a_lost_answer_to_a_refresh_does_not_log_the_user_out(store: Any, sandbox: Any) -> None:
    from urllib.parse import urlsplit

    from tests.faultproxy import FaultProxy

    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80)) as proxy:
        p = filing.open_platform(store, proxy.url, "sandbox", read_timeout=5.0, deadline=15.0)
        try:
            filing.login(p, "demo-exporter", PASSWORD)
            stored = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
            proxy.add("drop", "/v1/auth/token", "POST")  # the platform rotates the token; the answer is lost
            token = p.auth.refresh(p.auth.access_token())
            assert token and p.auth.logged_in
            assert proxy.counts["drop"] == 1
            kept = keyring.get_password("CorridorDesk/sandbox", "demo-exporter")
            assert kept and kept != stored  # the login is kept, and it is the live token
            assert p.client.me().username == "demo-exporter"
            # and the session lives on: the next refresh works too (no reuse was seen as theft)
            assert p.auth.refresh(p.auth.access_token())
            family = sandbox.sandbox.query_one("SELECT COUNT(*) FROM token_families WHERE revoked = 1")
            assert family[0] == 0
        finally:
            p.close()


def test_a_refresh_lost_on_every_try_keeps_the_login_for_the_next_attempt(store: Any, sandbox: Any) -> None:
    from urllib.parse import urlsplit

    from tests.faultproxy import FaultProxy

    upstream = urlsplit(sandbox.url)
    with FaultProxy((upstream.hostname or "127.0.0.1", upstream.port or 80)) as proxy:
        p = filing.open_platform(store, proxy.url, "sandbox", read_timeout=5.0, deadline=15.0)
        try:
            filing.login(p, "demo-exporter", PASSWORD)
            proxy.add("drop", "/v1/auth/token", "POST", count=10)
            with pytest.raises(errors.Unreachable):
                p.auth.refresh(p.auth.access_token())
            assert keyring.get_password("CorridorDesk/sandbox", "demo-exporter")  # not logged out
            proxy.rules.clear()
            assert p.auth.refresh(p.auth.access_token())  # the network is back: the same token still works
            assert p.client.me().username == "demo-exporter"
        finally:
            p.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Secret Service is Linux's store")
def test_without_a_session_bus_no_secret_service_stack_is_loaded(tmp_path: Path) -> None:
    """A Linux without a D-Bus session bus has no Secret Service: a login is kept for the session only, and
    neither the D-Bus client nor cryptography is loaded to find that out (an app that set no backend yet)."""
    code = textwrap.dedent(
        """
        import sys
        from desktop.core.credentials import CredentialStore
        store = CredentialStore("sandbox")
        print(store.save("demo", "token"), store.load("demo"),
              sorted({m.split(".")[0] for m in sys.modules} & {"secretstorage", "jeepney", "cryptography"}))
        """
    )
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)
    if Path(f"/run/user/{os.getuid()}/bus").exists():
        pytest.skip("this machine has a session bus at the usual socket")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["session-only", "token", "[]"]
