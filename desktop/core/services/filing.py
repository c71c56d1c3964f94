"""Filing use cases over the platform: log in and out, submit through the outbox, sync receipts, book, amend.

Open one :class:`Platform` per workspace store and environment (it owns the HTTP client, the login session,
the outbox and its sender); the GUI and the CLI call the functions here with it::

    p = open_platform(store, "http://127.0.0.1:8765", "sandbox")
    login(p, "demo-exporter", password)            # VerificationRequired -> ask for the code, call again
    submit_declaration(p, draft_id, actor="li")    # queued durably; deliver(p) or the sender thread sends it
    sync(p)                                        # drain the outbox and apply the event feed
    status(p, "declaration", draft_id)
    p.close()
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.channels.platform import PlatformChannel
from desktop.core.credentials import CredentialStore, StoreStatus
from desktop.core.errors import CoreError
from desktop.core.model.filing import FilingStatus
from desktop.core.outbox import DrainResult, Outbox, OutboxRow, OutboxSender
from desktop.core.platform.auth import AuthSession
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.environments import Environment, parse_environment
from desktop.core.platform.errors import PlatformError
from desktop.core.platform.models import Filing, Me, Schedule
from desktop.core.store.store import Store

if TYPE_CHECKING:  # the document models load with the first draft read, not with the platform
    from desktop.core.model.booking import RailSeaBooking
    from desktop.core.model.declaration import Attachment, ExportDeclaration

log = logging.getLogger("desktop.core.services.filing")

KINDS = ("declaration", "booking")
LAST_USER_KEY = "platform.{environment}.username"


class FilingError(CoreError):
    pass


@dataclass
class Platform:
    """Everything one workspace needs to talk to one platform environment."""

    store: Store
    client: PlatformClient
    auth: AuthSession
    outbox: Outbox
    sender: OutboxSender

    @property
    def environment(self) -> Environment:
        return self.client.environment

    def close(self) -> None:
        self.sender.stop()
        self.client.close()


def open_platform(
    store: Store,
    base_url: str,
    environment: Environment | str = Environment.SANDBOX,
    *,
    credentials: CredentialStore | None = None,
    workers: int = 1,
    **client_options: Any,
) -> Platform:
    """Wire the client, session, outbox and sender of ``environment`` for ``store`` (no network call)."""
    env = parse_environment(environment)
    client = PlatformClient(base_url, env, **client_options)
    auth = AuthSession(client, credentials or CredentialStore(env.value))
    outbox = Outbox(store, env.value)
    return Platform(store, client, auth, outbox, OutboxSender(outbox, PlatformChannel(client), workers=workers))


# --- session --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SessionInfo:
    environment: str
    username: str
    logged_in: bool
    store_status: StoreStatus
    display_name: str = ""
    roles: tuple[str, ...] = ()
    companies: tuple[tuple[str, str, str], ...] = ()  # (id, name_zh, relation)


def login(
    p: Platform, username: str, password: str, verification_code: str | None = None, *, remember: bool = True
) -> Me:
    """Unified login. Raises VerificationRequired (prompt for the code) or InvalidCredentials."""
    me = p.auth.login(username, password, verification_code, remember=remember)
    p.store.settings.set(LAST_USER_KEY.format(environment=p.environment.value), username)
    p.store.audit(username, "login", details={"environment": p.environment.value})
    return me


def resume(p: Platform, username: str | None = None) -> bool:
    """Log in again from the stored refresh token of ``username`` (default: this workspace's last user)."""
    name = username or p.store.settings.get(LAST_USER_KEY.format(environment=p.environment.value))
    if not name:
        return False
    return p.auth.resume(str(name))


def logout(p: Platform) -> None:
    """Revoke the session on the platform and delete the stored refresh token."""
    username = p.auth.username or p.store.settings.get(LAST_USER_KEY.format(environment=p.environment.value))
    if username and not p.auth.username:
        p.auth.username = str(username)
    p.auth.logout()
    if username:
        p.store.audit(str(username), "logout", details={"environment": p.environment.value})


def current_session(p: Platform) -> SessionInfo:
    me = p.auth.me
    return SessionInfo(
        environment=p.environment.value,
        username=p.auth.username or "",
        logged_in=p.auth.logged_in,
        store_status=p.auth.credentials.status(),
        display_name=me.display_name if me else "",
        roles=tuple(me.roles) if me else (),
        companies=tuple((c.id, c.name_zh, c.relation) for c in me.companies) if me else (),
    )


def _check_company(p: Platform, company_id: str) -> None:
    me = p.auth.me
    if me is None:
        return
    allowed = [c.id for c in me.companies]
    if company_id not in allowed:
        raise FilingError("filing.company_not_allowed", company=company_id, companies=", ".join(allowed))


# --- submitting -----------------------------------------------------------------------------------


def submit_declaration(p: Platform, draft_id: str, *, actor: str = "", send: bool = False) -> OutboxRow:
    """Queue a declaration draft durably (status ``queued``); ``send=True`` also drains the outbox now."""
    return _submit(p, "declaration", draft_id, actor, send)


def submit_booking(p: Platform, draft_id: str, *, actor: str = "", send: bool = False) -> OutboxRow:
    return _submit(p, "booking", draft_id, actor, send)


def _submit(p: Platform, kind: str, draft_id: str, actor: str, send: bool) -> OutboxRow:
    draft = p.store.documents(kind).find(draft_id)
    if draft is None:
        raise FilingError("outbox.draft_not_found", ident=draft_id)
    _check_company(p, draft.company_id)
    row = p.outbox.submit(kind, draft_id, actor=actor or p.auth.username or "")
    p.sender.wake()
    if send:
        p.sender.drain()
    return row


def amend_declaration(p: Platform, draft_id: str, *, actor: str = "", send: bool = False) -> OutboxRow:
    """Queue an amendment of a declaration the platform holds (the draft as it is now, with its key)."""
    row = p.outbox.submit("declaration", draft_id, actor=actor or p.auth.username or "", action="amend")
    if send:
        p.sender.drain()
    return row


def deliver(p: Platform) -> DrainResult:
    """Send every queued row now (tests, CLI); the GUI runs the sender thread instead."""
    return p.sender.drain()


@dataclass
class SyncResult:
    drain: DrainResult
    changed: int = 0
    errors: list[PlatformError] = field(default_factory=list)


def sync(p: Platform, wait: float = 0) -> SyncResult:
    """Drain the outbox, then apply the event feed from the saved cursor (long poll up to ``wait`` s)."""
    return sync_sender(p.sender, wait)


def sync_sender(sender: OutboxSender, wait: float = 0) -> SyncResult:
    """:func:`sync` with ``sender`` (also the one of the sending process, desktop/core/outbox/process.py)."""
    result = SyncResult(drain=sender.drain())
    try:
        result.changed = sender.poll_events(wait=wait)
    except PlatformError as exc:
        result.errors.append(exc)
    return result


# --- status ---------------------------------------------------------------------------------------


@dataclass
class StatusInfo:
    kind: str
    id: str
    company_id: str
    status: str
    customs_no: str
    client_seq_no: str
    remote_id: str
    receipts: list[dict[str, Any]]
    outbox: list[dict[str, Any]]

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "company_id": self.company_id,
            "status": self.status,
            "customs_no": self.customs_no,
            "client_seq_no": self.client_seq_no,
            "remote_id": self.remote_id,
            "receipts": self.receipts,
            "outbox": self.outbox,
        }


def find_draft(store: Store, draft_id: str) -> tuple[str, ExportDeclaration | RailSeaBooking]:
    """The kind and model of a declaration or booking draft by id."""
    for kind in KINDS:
        draft = store.documents(kind).find(draft_id)
        if draft is not None:
            return kind, draft
    raise FilingError("outbox.draft_not_found", ident=draft_id)


def status(p: Platform, kind: str | None, draft_id: str, *, refresh: bool = False) -> StatusInfo:
    """Local status of a draft (its receipts and outbox rows); ``refresh=True`` first asks the platform."""
    if kind is None:
        kind, _ = find_draft(p.store, draft_id)
    remote_id = p.outbox.remote_id(kind, draft_id)
    if refresh and remote_id:
        p.outbox.apply_remote(kind, draft_id, p.client.get_filing(kind, remote_id))
    draft = p.store.documents(kind).find(draft_id)
    if draft is None:
        raise FilingError("outbox.draft_not_found", ident=draft_id)
    rows = [
        {
            "id": r.id,
            "state": r.state,
            "attempts": r.attempts,
            "last_error": r.last_error,
            "last_error_params": r.last_error_params,
            "client_seq_no": r.client_seq_no,
            "created_at": r.created_at,
        }
        for r in p.outbox.rows_for(kind, draft_id)
    ]
    return StatusInfo(
        kind=kind,
        id=draft_id,
        company_id=draft.company_id,
        status=str(draft.status),
        customs_no=getattr(draft, "customs_no", ""),
        client_seq_no=draft.client_seq_no,
        remote_id=remote_id,
        receipts=p.outbox.receipts(kind, draft_id),
        outbox=rows,
    )


# --- bookings, withdrawals, attachments -----------------------------------------------------------


def search_schedules(
    p: Platform, origin: str, port_of_loading: str, port_of_discharge: str, date: str
) -> list[Schedule]:
    return p.client.schedules(origin, port_of_loading, port_of_discharge, date)


def remote_id(p: Platform, kind: str, draft_id: str) -> str:
    """The platform's ID of a submitted draft (``filing.not_submitted`` before it has one)."""
    found = p.outbox.remote_id(kind, draft_id)
    if not found:
        raise FilingError("filing.not_submitted", ident=draft_id)
    return found


def cancel_booking(p: Platform, draft_id: str, *, actor: str = "") -> Filing:
    filing = p.client.cancel_booking(remote_id(p, "booking", draft_id))
    p.outbox.apply_remote("booking", draft_id, filing, source="cancel")
    p.store.audit(actor or p.auth.username or "", "cancel", kind="booking", subject_id=draft_id)
    return filing


def withdraw_declaration(p: Platform, draft_id: str, *, actor: str = "") -> Filing:
    filing = p.client.withdraw_declaration(remote_id(p, "declaration", draft_id))
    p.outbox.apply_remote("declaration", draft_id, filing, source="withdraw")
    p.store.audit(actor or p.auth.username or "", "withdraw", kind="declaration", subject_id=draft_id)
    return filing


def attach_document(
    p: Platform,
    draft_id: str,
    edoc_code: str,
    path: Path | None = None,
    *,
    data: bytes | None = None,
    file_name: str = "",
    actor: str = "",
) -> dict[str, Any]:
    """Upload a PDF to a submitted declaration and note it on the draft (type, file name, SHA-256)."""
    if data is None:
        if path is None:
            raise ValueError("a path or the data is needed")
        data = path.read_bytes()
        file_name = file_name or path.name
    result = p.client.attach(remote_id(p, "declaration", draft_id), edoc_code, file_name or "document.pdf", data)
    from desktop.core.model.declaration import Attachment

    noted = Attachment(edoc_code=edoc_code, file_name=file_name, sha256=hashlib.sha256(data).hexdigest())
    note_attachment(p.store, draft_id, noted, actor or p.auth.username or "")
    return result


def note_attachment(store: Store, draft_id: str, attachment: Attachment, actor: str) -> bool:
    """Note on the stored draft a document the platform holds; False when the draft already notes it (the same
    type and file), so a document taken over after a crash is noted once."""
    repo = store.declarations
    # read and write in one IMMEDIATE transaction: a status change the sender applies meanwhile is not lost
    with store.transaction():
        draft = repo.get(draft_id)
        if any(a.edoc_code == attachment.edoc_code and a.sha256 == attachment.sha256 for a in draft.attachments):
            return False
        draft.attachments.append(attachment)
        repo.save(draft, actor, action="attach", note=attachment.edoc_code)
    return True


def is_final(status_value: str) -> bool:
    return status_value in {
        FilingStatus.RELEASED,
        FilingStatus.REJECTED,
        FilingStatus.WITHDRAWN,
        FilingStatus.DECLINED,
        FilingStatus.CANCELLED,
        FilingStatus.CONFIRMED,
        FilingStatus.FAILED,
    }
