"""Filing through the Single Window client's message folders: profile per company, submit, deliver, sync.

    sw = open_single_window(store)
    set_profile(store, company_id, SingleWindowProfile(imp_path=r"C:\\ImpPath", ic_code=..., operator_name=...))
    submit_declaration(sw, draft_id, actor="li")   # checked against the DecMessage field table, then queued
    sync(sw)                                       # write OutBox files, follow FailBox, read InBox
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.channel import (
    ENVIRONMENT,
    Problem,
    SingleWindowChannel,
    encoder,
)
from desktop.core.channels.single_window.profile import SingleWindowProfile, load_profile, save_profile
from desktop.core.errors import CoreError
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FieldError
from desktop.core.outbox import DrainResult, Outbox, OutboxRow, OutboxSender
from desktop.core.platform.errors import PlatformError
from desktop.core.store.store import Store

__all__ = [
    "ENVIRONMENT",
    "SingleWindow",
    "SingleWindowProfile",
    "decmessage_of",
    "get_profile",
    "open_single_window",
    "set_profile",
    "submit_declaration",
    "sync",
]


@dataclass
class SingleWindow:
    store: Store
    channel: SingleWindowChannel
    outbox: Outbox
    sender: OutboxSender

    def close(self) -> None:
        self.sender.stop()


def open_single_window(store: Store) -> SingleWindow:
    channel = SingleWindowChannel(store)
    outbox = Outbox(store, ENVIRONMENT, encode=encoder(store))
    return SingleWindow(store, channel, outbox, OutboxSender(outbox, channel))


def get_profile(store: Store, company_id: str) -> SingleWindowProfile:
    return load_profile(store, company_id)


def set_profile(store: Store, company_id: str, profile: SingleWindowProfile) -> None:
    store.companies.get(company_id)  # refuses an unknown company
    save_profile(store, company_id, profile)


def decmessage_of(
    decl: ExportDeclaration, profile: SingleWindowProfile, client_seq_no: str = ""
) -> tuple[bytes | None, list[FieldError]]:
    """The DecMessage bytes of a declaration, or None and the field errors that prevent writing it."""
    message = decmessage.from_declaration(decl, profile, client_seq_no or decl.client_seq_no or "PREVIEW")
    errors = decmessage.check(message)
    return (None if errors else decmessage.write(message)), errors


def submit_declaration(sw: SingleWindow, draft_id: str, *, actor: str = "", send: bool = False) -> OutboxRow:
    """Queue a declaration for the Single Window client; refused with field errors when the message is incomplete."""
    if sw.store.declarations.find(draft_id) is None:
        raise CoreError("outbox.draft_not_found", ident=draft_id)
    row = sw.outbox.submit("declaration", draft_id, actor=actor)
    sw.sender.wake()
    if send:
        sw.sender.drain()
    return row


@dataclass
class SyncResult:
    drain: DrainResult
    changed: int = 0
    problems: list[Problem] = field(default_factory=list)
    errors: list[PlatformError] = field(default_factory=list)


def sync(sw: SingleWindow) -> SyncResult:
    """Write what is queued into the OutBoxes, then follow FailBox and read InBox until nothing new comes."""
    before = len(sw.channel.problems)
    result = SyncResult(drain=sw.sender.drain())
    try:
        result.changed = sw.sender.poll_events()
    except PlatformError as exc:
        result.errors.append(exc)
    result.problems = sw.channel.problems[before:]
    return result
