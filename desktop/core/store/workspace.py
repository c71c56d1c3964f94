"""Where a workspace lives and how to reach it: a SQLite file, or a PostgreSQL server (URL + keyring password).

:func:`server_url` builds the URL from the fields a settings form asks for (host, port, database, user, TLS
mode, CA file); the password never goes into it or into the settings: :func:`save_password` keeps it in the OS
keyring under the URL without password. :func:`check_connection` opens the workspace the way the app will (and
migrates a new database), so its errors are the ones the user would get: ``store.pg_auth``,
``store.pg_unreachable``, ``store.pg_tls``, ``store.pg_no_database``, ``store.newer_database``.
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from desktop.core.credentials import CredentialStore, StoreStatus
from desktop.core.store.pg import display_url

#: the keyring "environment" of workspace passwords (service ``CorridorDesk/workspace``)
KEYRING_ENV = "workspace"
TLS_MODES = ("verify-full", "verify-ca", "require", "disable")


def server_url(
    host: str,
    port: int,
    database: str,
    user: str,
    *,
    tls: str = "verify-full",
    ca_file: str = "",
) -> str:
    """``postgresql://user@host:port/database?sslmode=...`` (``sslrootcert``: the CA file, else the system's
    store for the verifying modes)."""
    if tls not in TLS_MODES:
        raise ValueError(f"TLS mode {tls!r}; one of {TLS_MODES}")
    query = {"sslmode": tls}
    if tls in ("verify-full", "verify-ca"):
        query["sslrootcert"] = ca_file or "system"
    netloc = f"{quote(user, safe='')}@{host.strip()}:{int(port)}" if user else f"{host.strip()}:{int(port)}"
    return f"postgresql://{netloc}/{quote(database.strip(), safe='')}?{urlencode(query)}"


_passwords: list[CredentialStore] = []


def _store() -> CredentialStore:
    if not _passwords:
        _passwords.append(CredentialStore(KEYRING_ENV))  # one, so its memory fallback lasts the session
    return _passwords[0]


def save_password(url: str, password: str) -> StoreStatus:
    """Keep the password of the workspace at ``url`` (SESSION_ONLY: no secure store, kept in memory only)."""
    return _store().save(display_url(url), password)


def load_password(url: str) -> str | None:
    found = _store().load(display_url(url))
    return None if found is None else str(found)


def check_connection(url: str, password: str | None = None) -> int:
    """Open (and migrate) the workspace at ``url``; returns its schema version. Raises the store's errors."""
    from desktop.core.store.store import Store

    with Store.open(url, password=password if password is not None else load_password(url)) as store:
        return store.user_version()
