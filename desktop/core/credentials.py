"""The OS secure store for login secrets (only the refresh token), one entry per environment and login.

:func:`configure_keyring` picks the backend explicitly per OS (Windows Credential Manager, macOS Keychain,
Secret Service on Linux) — a frozen app cannot rely on keyring's entry-point discovery. When no backend works
(headless Linux, the fail backend, a locked store) the login is kept for the session only: nothing is ever
written in plaintext (keyrings.alt and other file backends are refused). keyring itself (some 40 modules, 3 MB)
is imported only when there is a store to ask: a Linux without a session bus never loads it.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.core.errors import CoreError

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger("desktop.core.credentials")

SERVICE_PREFIX = "CorridorDesk"
#: Windows Credential Manager keeps at most 2560 bytes per secret, stored as UTF-16.
WINDOWS_SECRET_LIMIT = 2560
#: Set to 1 to keep an already installed (non-fail) backend, e.g. the in-memory one of the tests.
KEEP_ENV = "CORRIDOR_DESK_KEEP_KEYRING"


class StoreStatus(StrEnum):
    SECURE = "secure"
    SESSION_ONLY = "session-only"


#: English source text (``Cli``/UI context) for each status.
def N_(context: str, source: str) -> str:
    del context
    return source


#: English sources (context "Credentials") of what the store status means for the user.
STATUS_TEXT = {
    StoreStatus.SECURE: N_("Credentials", "Login kept in the system's secure store."),
    StoreStatus.SESSION_ONLY: N_("Credentials", "No secure store: session-only login."),
}


class CredentialsError(CoreError):
    pass


_status = StoreStatus.SECURE
_status_lock = threading.Lock()


def _is_usable(backend: KeyringBackend | None) -> bool:
    if backend is None:
        return False
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module in ("keyring.backends.fail", "keyring.backends.null"):
        return False
    if module == "keyring.backends.chainer":
        return any(_is_usable(b) for b in getattr(backend, "backends", []))
    return True


def _session_bus() -> bool:
    """Whether this Linux session has a D-Bus session bus (as its address or at the usual socket)."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    return os.path.exists(f"/run/user/{os.getuid()}/bus")


def _os_backend() -> KeyringBackend | None:
    """The one backend we trust on this OS, or None when it is not available here."""
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring

            candidate: KeyringBackend = WinVaultKeyring()
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as MacKeyring

            candidate = MacKeyring()
        else:
            if not _session_bus():  # Secret Service lives on the session bus: no bus, no store (nor its imports)
                log.info("secure store unavailable: no D-Bus session bus")
                return None
            from keyring.backends.SecretService import Keyring as SecretServiceKeyring

            candidate = SecretServiceKeyring()  # type: ignore[no-untyped-call]
        priority = type(candidate).priority  # raises when the backend cannot work here
        if priority is None or float(priority) <= 0:
            return None
    except Exception as exc:  # any failure means "no secure store here"
        log.info("secure store unavailable: %s", type(exc).__name__)
        return None
    return candidate


def configure_keyring(keep_existing: bool | None = None) -> StoreStatus:
    """Choose the backend explicitly; returns whether logins can be kept between sessions."""
    global _status
    import keyring

    if keep_existing is None:
        keep_existing = os.environ.get(KEEP_ENV, "") == "1"
    with _status_lock:
        if keep_existing and _is_usable(keyring.get_keyring()):  # asked only then: it discovers every backend
            _status = StoreStatus.SECURE
            return _status
        backend = _os_backend()
        if backend is None:
            from keyring.backends.fail import Keyring as FailKeyring

            keyring.set_keyring(FailKeyring())  # type: ignore[no-untyped-call]
            _status = StoreStatus.SESSION_ONLY
        else:
            keyring.set_keyring(backend)
            _status = StoreStatus.SECURE
        return _status


def store_status() -> StoreStatus:
    """SECURE when the installed backend can keep secrets, SESSION_ONLY otherwise. Where nobody chose a backend
    yet, the OS's own is chosen now (:func:`configure_keyring`), not keyring's discovery of every backend
    installed (which loads each, e.g. Secret Service's D-Bus and cryptography stack on a Linux without a bus).
    Where nobody chose one and this OS has no store, keyring is not even imported."""
    if _nobody_chose() and _no_os_store():
        return StoreStatus.SESSION_ONLY
    import keyring

    if _nobody_chose():
        configure_keyring(keep_existing=False)
    return StoreStatus.SECURE if _is_usable(keyring.get_keyring()) else StoreStatus.SESSION_ONLY


def _nobody_chose() -> bool:
    """No backend installed in keyring yet (nor keyring imported)."""
    core = sys.modules.get("keyring.core")
    return core is None or getattr(core, "_keyring_backend", True) is None


_no_store: bool | None = None


def _no_os_store() -> bool:
    """Whether this OS has no secure store to offer (asked once: a Linux without a session bus)."""
    global _no_store
    if _no_store is None:
        _no_store = not sys.platform.startswith(("win32", "darwin")) and not _session_bus()
        if _no_store:
            log.info("secure store unavailable: no D-Bus session bus")
    return _no_store


def service_name(environment: str) -> str:
    return f"{SERVICE_PREFIX}/{environment}"


def check_size(secret: str) -> None:
    size = len(secret.encode("utf-16-le"))
    if size > WINDOWS_SECRET_LIMIT:
        raise CredentialsError("credentials.too_large", size=size, limit=WINDOWS_SECRET_LIMIT)


class CredentialStore:
    """Refresh tokens of one environment. Falls back to memory (this process only) without a secure store."""

    def __init__(self, environment: str) -> None:
        self.environment = environment
        self.service = service_name(environment)
        self._memory: dict[str, str] = {}
        self._lock = threading.Lock()

    def status(self) -> StoreStatus:
        return store_status()

    def save(self, login: str, secret: str) -> StoreStatus:
        """Keep ``secret``; raises ``credentials.too_large`` past the Windows limit (on every OS, loudly)."""
        check_size(secret)
        with self._lock:
            self._memory[login] = secret
            if store_status() is StoreStatus.SESSION_ONLY:
                return StoreStatus.SESSION_ONLY
            import keyring.errors

            try:
                keyring.set_password(self.service, login, secret)
            except keyring.errors.NoKeyringError:
                return StoreStatus.SESSION_ONLY
            except keyring.errors.KeyringError as exc:
                log.warning("secure store refused the login: %s", type(exc).__name__)
                return StoreStatus.SESSION_ONLY
            return StoreStatus.SECURE

    def load(self, login: str) -> str | None:
        with self._lock:
            if login in self._memory:
                return self._memory[login]
            if store_status() is StoreStatus.SESSION_ONLY:
                return None
            import keyring.errors

            try:
                return keyring.get_password(self.service, login)
            except keyring.errors.KeyringError as exc:
                log.warning("secure store could not be read: %s", type(exc).__name__)
                return None

    def delete(self, login: str) -> None:
        with self._lock:
            self._memory.pop(login, None)
            if store_status() is StoreStatus.SESSION_ONLY:
                return
            import keyring.errors

            try:
                keyring.delete_password(self.service, login)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("secure store could not delete the login: %s", type(exc).__name__)
