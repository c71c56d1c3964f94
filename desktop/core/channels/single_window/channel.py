"""The Single Window client channel: the outbox hands a declaration to the client by writing its DecMessage zip
into the company's ImpPath OutBox, and brings back the client's responses and the customs receipts from InBox.

The outbox's promise holds through the folders:

* one ClientSeqNo per filing, and it is the file name: before anything is written the folders are searched
  (OutBox, SentBox, FailBox, CannotUpload, handled responses), so a crash after the zip was written but before the
  row was marked never puts a second file in flight;
* the FailBox retry convention: a file the client could not send goes back to OutBox as ``t-<n+1>`` (the same
  bytes), at most three attempts, then to CannotUpload and the draft fails with a message;
* InBox files become receipt events; a file is moved to Handled only after the outbox committed what it said
  (the event cursor moved past it), so a crash while reading loses nothing — a file read twice is applied once;
* a file that cannot be used (hostile XML, too big, wrong encoding, not a response, a name that does not parse)
  is moved to CannotParse with the reason beside it; the watcher carries on;
* a customs receipt whose data-centre number is not known yet (its import response has not been read) waits in
  InBox; an unknown CHANNEL code is kept as it came.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.channels.base import Delivery
from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.folders import MAX_ATTEMPTS, ImpFolders, Located
from desktop.core.channels.single_window.profile import SingleWindowProfile, load_profile
from desktop.core.channels.single_window.responses import (
    CustomsReceipt,
    ImportResponse,
    channel_codes,
    parse_inbox_file,
)
from desktop.core.channels.single_window.xmlsafe import MAX_XML_BYTES, MessageError
from desktop.core.errors import CoreError
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FilingStatus
from desktop.core.platform.errors import NotFound, PlatformError, Unreachable
from desktop.core.platform.models import Event, EventPage, Filing, WireFieldError, WireReceipt
from desktop.core.store.store import Store

if TYPE_CHECKING:
    from desktop.core.outbox import Draft, OutboxRow

log = logging.getLogger("desktop.core.channels.single_window")

ENVIRONMENT = "single-window"
KIND = "declaration"
SEQ_KEY = "single_window.seq_no.{seq_no}"
#: a customs receipt for an unknown data-centre number waits this long in InBox before it is set aside
UNMATCHED_GRACE_SECONDS = 7 * 24 * 3600


class SingleWindowError(PlatformError):
    """The channel refused a row for good (not configured, the message does not pass the field table)."""


class FolderUnavailable(Unreachable):
    """The ImpPath cannot be reached now (a network drive not mounted, a USB disk out): the row waits."""


@dataclass(frozen=True, slots=True)
class Problem:
    """An InBox file that was set aside, with why (shown to the user; the reason file says the same)."""

    file: str
    moved_to: str
    code: str
    detail: str


def encoder(store: Store) -> Callable[[str, Draft, str, str], bytes]:
    """The outbox's payload builder for this channel: the DecMessage bytes, or a refusal with field errors."""

    def encode(kind: str, draft: Draft, client_seq_no: str, action: str) -> bytes:
        if kind != KIND or not isinstance(draft, ExportDeclaration):
            raise CoreError("singlewindow.declarations_only", kind=kind)
        if action != "create":
            raise CoreError("singlewindow.no_amendment")
        profile = load_profile(store, draft.company_id)
        if not profile.configured:
            raise CoreError("singlewindow.not_configured", company=draft.company_id)
        message = decmessage.from_declaration(draft, profile, client_seq_no)
        errors = decmessage.check(message)
        if errors:
            raise SingleWindowError("singlewindow.message_invalid", field_errors=errors)
        return decmessage.write(message)

    return encode


class SingleWindowChannel:
    """Delivers declarations through the ImpPath folders of each company's Single Window client."""

    name = "single_window"

    def __init__(
        self,
        store: Store,
        *,
        profiles: Callable[[str], SingleWindowProfile] | None = None,
        now: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._profiles = profiles or (lambda company_id: load_profile(store, company_id))
        self._now = now
        self._pending: dict[int, Path] = {}  # event seq -> InBox file, moved to Handled once applied
        self._filings: dict[str, Filing] = {}
        #: per ImpPath, the ClientSeqNos with a file there: one scan per receipts cycle, kept up to date with our
        #: own writes (a file only ever appears for a ClientSeqNo through this channel; the client moves it)
        self._present: dict[str, set[str]] = {}
        self.problems: list[Problem] = []

    @property
    def environment(self) -> str:
        return ENVIRONMENT

    def close(self) -> None:
        pass

    # -- folders

    def _folders(self, company_id: str) -> ImpFolders:
        profile = self._profiles(company_id)
        if not profile.configured:
            raise SingleWindowError("singlewindow.not_configured", company=company_id)
        folders = ImpFolders(profile.imp_path)
        if not folders.available():
            raise FolderUnavailable("singlewindow.folder_unavailable", path=str(folders.root))
        return folders

    def _all_folders(self) -> list[tuple[str, ImpFolders]]:
        """Every configured ImpPath once, with a company that uses it."""
        seen: dict[str, tuple[str, ImpFolders]] = {}
        for company in self.store.companies.list():
            profile = self._profiles(company.id)
            if not profile.configured:
                continue
            folders = ImpFolders(profile.imp_path)
            key = str(folders.root).casefold()
            if key not in seen and folders.available():
                seen[key] = (company.id, folders)
        return list(seen.values())

    # -- the channel interface

    def deliver(self, row: OutboxRow) -> Delivery:
        if row.kind != KIND or row.action != "create":
            raise SingleWindowError("singlewindow.declarations_only", kind=row.kind)
        folders = self._folders(row.company_id)
        present = self._present_in(folders)
        if row.client_seq_no in present:  # written before a crash or a lost answer: never a second file
            found = self._find_in(folders, row.client_seq_no, row.company_id)
            if found is not None:
                return Delivery(found, replayed=True)
        try:
            folders.write_outgoing(row.client_seq_no, row.payload)
            present.add(row.client_seq_no)
        except FileExistsError:
            return Delivery(self._filing(row.client_seq_no, row.company_id), replayed=True)
        except OSError as exc:
            raise FolderUnavailable("singlewindow.folder_unavailable", path=str(folders.root),
                                    detail=str(exc)) from None
        return Delivery(self._filing(row.client_seq_no, row.company_id))

    def find(self, row: OutboxRow) -> Filing | None:
        return self._find_in(self._folders(row.company_id), row.client_seq_no, row.company_id)

    def fetch(self, kind: str, filing_id: str) -> Filing:
        found = self._filings.get(filing_id)
        if found is None:
            raise NotFound("platform.not_found", status=404)
        return found

    def receipts(self, cursor: int, wait: float = 0) -> EventPage:
        """Events for the InBox files not yet applied; files applied up to ``cursor`` are moved to Handled."""
        for seq in sorted(self._pending):
            if seq <= cursor:
                path = self._pending.pop(seq)
                folders = ImpFolders(path.parent.parent.parent)
                try:
                    folders.handled(path)
                except OSError as exc:
                    log.info("could not move %s to Handled: %s", path.name, exc)
        self._pending.clear()  # anything not yet applied is read again below
        self._present.clear()  # the next deliveries scan each ImpPath once again
        events: list[Event] = []
        for company_id, folders in self._all_folders():
            events += self._retry_failbox(folders, company_id, cursor + len(events))
            for path in folders.inbox():
                event = self._read_inbox(folders, path, cursor + len(events) + 1)
                if event is not None:
                    self._pending[event.seq] = path
                    events.append(event)
        return EventPage(events=events, next_cursor=cursor + len(events))

    # -- internals

    def _present_in(self, folders: ImpFolders) -> set[str]:
        key = str(folders.root).casefold()
        found = self._present.get(key)
        if found is None:
            found = self._present[key] = folders.seqs_present()
        return found

    def _filing(self, client_seq_no: str, company_id: str, status: str = "", **extra: str) -> Filing:
        known = self._filings.get(client_seq_no)
        filing = Filing(
            id=client_seq_no, client_seq_no=client_seq_no, company_id=company_id,
            status=status or (known.status if known else ""),
            customs_no=extra.get("customs_no") or (known.customs_no if known else ""),
        )
        self._filings[client_seq_no] = filing
        return filing

    def _find_in(self, folders: ImpFolders, client_seq_no: str, company_id: str) -> Filing | None:
        for path in reversed(folders.handled_responses(client_seq_no)):
            try:
                answer = parse_inbox_file(path.name, path.read_bytes())
            except (OSError, MessageError):
                continue
            if isinstance(answer, ImportResponse):
                status = FilingStatus.RECEIVED if answer.ok else FilingStatus.FAILED
                return self._filing(client_seq_no, company_id, str(status))
        if folders.locate(client_seq_no) is not None:
            return self._filing(client_seq_no, company_id)
        return None

    def _retry_failbox(self, folders: ImpFolders, company_id: str, base: int) -> list[Event]:
        events: list[Event] = []
        for path, out in list(folders.outgoing_in("FailBox")):
            located = Located("FailBox", path, out)
            newer = folders.locate(out.client_seq_no)
            if newer is not None and newer.path != path:
                continue  # another attempt is already in flight: never two files for one filing
            if any(p.name.lower().startswith("failed_") and f"_t-{out.attempt}_" in p.name
                   for p in folders.handled_responses(out.client_seq_no)):
                folders.give_up(located)  # the data was refused; its Failed_ response says why
                continue
            if out.attempt < MAX_ATTEMPTS:
                folders.resend(located)
                log.info("resent %s as attempt %d", path.name, out.attempt + 1)
                continue
            folders.give_up(located)
            events.append(self._event(
                base + len(events) + 1, out.client_seq_no, company_id, FilingStatus.FAILED,
                "singlewindow.upload_failed", None, note=path.name,
            ))
        return events

    def _read_inbox(self, folders: ImpFolders, path: Path, seq: int) -> Event | None:
        try:
            size = path.stat().st_size
            if size > MAX_XML_BYTES:
                raise MessageError("singlewindow.file_too_large", file=path.name, size=size, limit=MAX_XML_BYTES)
            answer = parse_inbox_file(path.name, path.read_bytes())
        except FileNotFoundError:
            return None
        except MessageError as exc:
            self._set_aside(folders, path, exc.code, str(exc.params.get("detail", "")))
            return None
        except OSError as exc:
            log.info("cannot read %s yet: %s", path.name, exc)
            return None
        if isinstance(answer, ImportResponse):
            return self._response_event(answer, seq)
        return self._receipt_event(folders, path, answer, seq)

    def _set_aside(self, folders: ImpFolders, path: Path, code: str, detail: str) -> None:
        try:
            moved = folders.set_aside(path, f"{code}: {detail}".strip(": "))
        except OSError as exc:
            log.warning("cannot move %s aside: %s", path.name, exc)
            return
        log.warning("set aside %s (%s %s)", path.name, code, detail)
        self.problems.append(Problem(path.name, str(moved), code, detail))

    def _company_of(self, client_seq_no: str) -> str:
        row = self.store.connection().execute(
            "SELECT company_id FROM outbox WHERE environment = ? AND client_seq_no = ? ORDER BY id DESC LIMIT 1",
            (ENVIRONMENT, client_seq_no),
        ).fetchone()
        return str(row[0]) if row else ""

    def _response_event(self, answer: ImportResponse, seq: int) -> Event | None:
        company_id = self._company_of(answer.client_seq_no)
        if answer.ok:
            if answer.seq_no:
                self.store.settings.set(SEQ_KEY.format(seq_no=answer.seq_no),
                                        {"client_seq_no": answer.client_seq_no, "company_id": company_id})
            return self._event(seq, answer.client_seq_no, company_id, FilingStatus.RECEIVED,
                               "singlewindow.imported", answer.at, note=answer.seq_no)
        return self._event(seq, answer.client_seq_no, company_id, FilingStatus.FAILED,
                           "singlewindow.import_failed", answer.at, note=answer.error_message)

    def _receipt_event(self, folders: ImpFolders, path: Path, receipt: CustomsReceipt, seq: int) -> Event | None:
        link = self.store.settings.get(SEQ_KEY.format(seq_no=receipt.seq_no))
        if not isinstance(link, dict) and receipt.client_seq_no:
            link = {"client_seq_no": receipt.client_seq_no, "company_id": self._company_of(receipt.client_seq_no)}
        if not isinstance(link, dict):
            try:
                age = self._now() - path.stat().st_mtime
            except OSError:
                return None
            if age > UNMATCHED_GRACE_SECONDS:
                self._set_aside(folders, path, "singlewindow.receipt_unmatched", receipt.seq_no)
            return None  # its import response has not been read yet: wait in InBox
        client_seq_no, company_id = str(link["client_seq_no"]), str(link.get("company_id", ""))
        status = receipt.status
        known = status is not None
        if status is None:
            status = FilingStatus.RECEIVED
        code = f"singlewindow.channel.{receipt.channel}" if known else "singlewindow.channel_unknown"
        note = f"{receipt.channel} {receipt.note}".strip()
        if status in (FilingStatus.ACCEPTED, FilingStatus.RELEASED, FilingStatus.INSPECTION) and receipt.entry_id:
            self._filing(client_seq_no, company_id, str(status), customs_no=receipt.entry_id)
        return self._event(seq, client_seq_no, company_id, status, code, receipt.at, note=note)

    def _event(
        self, seq: int, client_seq_no: str, company_id: str, status: FilingStatus, message_code: str,
        at: datetime | None, *, note: str = "", errors: list[WireFieldError] | None = None,
    ) -> Event:
        when = at or datetime.now(UTC)
        filing = self._filing(client_seq_no, company_id)
        self._filings[client_seq_no] = filing.model_copy(update={"status": str(status)})
        return Event(
            seq=seq, at=when, kind=KIND, id=client_seq_no, company_id=company_id, client_seq_no=client_seq_no,
            status=str(status),
            receipt=WireReceipt(status=str(status), at=when, message_code=message_code, errors=errors or [],
                                note=note),
        )


def known_channel(code: str) -> bool:
    return code in channel_codes()
