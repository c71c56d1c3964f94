"""Unified login: password grant (+ verification code), one refresh at a time, refresh token in the keyring.

The access token lives in memory only. The refresh token rotates on every refresh; the new one is written to
the secure store *before* it is used, so a crash between the two never leaves the app holding a spent token.
Concurrent requests that all see a 401 wait for the one refresh in progress and then retry with its result.

A refresh whose answer is lost (reset, timeout, an unreadable answer) is sent again at once with the same token,
up to :data:`REFRESH_ATTEMPTS` times: the platform rotated it, but it accepts the same token again for a short
grace while its successor is unused (RFC 9700 section 4.14.2). Only a refusal (spent, revoked, expired) ends the
session; a network failure keeps the stored login for the next attempt.
"""

from __future__ import annotations

import logging
import threading

from desktop.core.credentials import CredentialStore, StoreStatus
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.errors import (
    AuthError,
    NotLoggedIn,
    PlatformError,
    TransientError,
)
from desktop.core.platform.models import Me, TokenPair

log = logging.getLogger("desktop.core.platform")

#: How often one refresh is sent when its answer does not arrive.
REFRESH_ATTEMPTS = 3


class AuthSession:
    """The login of one user on one environment; installs itself as the client's token provider."""

    def __init__(self, client: PlatformClient, credentials: CredentialStore | None = None) -> None:
        self.client = client
        self.environment = client.environment
        self.credentials = credentials or CredentialStore(client.environment.value)
        self.username: str | None = None
        self.me: Me | None = None
        self._store_status: StoreStatus | None = None  # asked of the OS store when first needed, not here
        self.refresh_count = 0
        self.remember = True
        self._access: str | None = None
        self._refresh: str | None = None
        self._lock = threading.Lock()
        client.token_provider = self

    @property
    def store_status(self) -> StoreStatus:
        """Whether the login is kept in the OS secure store (the store's own answer until a login was saved)."""
        return self._store_status if self._store_status is not None else self.credentials.status()

    # -- TokenProvider
    def access_token(self) -> str | None:
        return self._access

    def refresh(self, stale: str | None) -> str:
        """Exchange the refresh token once; callers holding ``stale`` get the token another thread got."""
        with self._lock:
            if self._access is not None and self._access != stale:
                return self._access
            if self.username is None:
                raise NotLoggedIn("platform.not_logged_in", environment=self.environment.value)
            token = self._refresh or self.credentials.load(self.username)
            if not token:
                self._access = None
                raise NotLoggedIn("platform.not_logged_in", environment=self.environment.value)
            pair = self._refresh_grant(token)
            self._adopt(pair)
            self.refresh_count += 1
            log.debug("session refreshed for environment %s", self.environment.value)
            assert self._access is not None
            return self._access

    # -- use cases
    def login(
        self, username: str, password: str, verification_code: str | None = None, *, remember: bool = True
    ) -> Me:
        """Password grant; raises VerificationRequired (prompt, call again) or InvalidCredentials.

        ``remember=False`` keeps the refresh token in memory only (nothing in the secure store).
        """
        pair = self.client.password_grant(username, password, verification_code)
        with self._lock:
            if self.username and self.username != username:
                self._forget(delete_stored=False)
            self.username = username
            self.remember = remember
            self._adopt(pair)
        self.me = self.client.me()
        return self.me

    def resume(self, username: str) -> bool:
        """Log in again from the refresh token kept in the secure store; False without a usable one."""
        with self._lock:
            self.username = username
            self._access = None
            self._refresh = None
        try:
            self.refresh(None)
            self.me = self.client.me()
        except NotLoggedIn:
            return False
        except AuthError:
            return False
        return True

    def logout(self) -> None:
        """Revoke the tokens on the platform (best effort) and delete the stored refresh token."""
        with self._lock:
            tokens = [t for t in (self._refresh, self._access) if t]
            if not tokens and self.username:
                stored = self.credentials.load(self.username)
                tokens = [stored] if stored else []
        for token in tokens:
            try:
                self.client.revoke(token)
            except PlatformError as exc:
                log.info("revoke failed (%s); the local login is deleted anyway", exc.code)
        with self._lock:
            self._forget(delete_stored=True)
            self.me = None

    @property
    def logged_in(self) -> bool:
        return self._access is not None

    # -- internals (called with the lock held)
    def _refresh_grant(self, token: str) -> TokenPair:
        for attempt in range(1, REFRESH_ATTEMPTS + 1):
            try:
                return self.client.refresh_grant(token)
            except AuthError:
                # spent, revoked or expired refresh token: the session is over
                self._forget(delete_stored=True)
                raise
            except TransientError as exc:
                if attempt == REFRESH_ATTEMPTS:
                    raise  # the stored login stays: the same token works once the platform is back
                log.info("refresh answer lost (%s); sending it again", exc.code)
                self.client.sleep(self.client.backoff * attempt)
        raise AssertionError("unreachable")

    def _adopt(self, pair: TokenPair) -> None:
        assert self.username is not None
        if pair.refresh_token:
            if self.remember:  # saved BEFORE it is used: a crash never leaves only a spent token stored
                self._store_status = self.credentials.save(self.username, pair.refresh_token)
            self._refresh = pair.refresh_token
        self._access = pair.access_token

    def _forget(self, delete_stored: bool) -> None:
        if delete_stored and self.username:
            self.credentials.delete(self.username)
        self._access = None
        self._refresh = None
