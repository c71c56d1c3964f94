"""The UI's single adapter over the core: store, platform session, drafts, checks and filing services.

Every method may block (database, network): the UI calls them through the task runner, never on the GUI
thread. Nothing here knows Qt; core events (receipts, outbox counts) go to ``post`` (the event bridge).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from desktop.core.model.master import Company
from desktop.core.paths import AppPaths
from desktop.ui.attacher import DocumentAttacher
from desktop.ui.backend_channels import ChannelsMixin
from desktop.ui.backend_documents import DocumentsMixin
from desktop.ui.backend_files import FilesMixin
from desktop.ui.backend_master import MasterDataMixin
from desktop.ui.backend_seats import SeatsMixin
from desktop.ui.backend_sending import SendingMixin
from desktop.ui.listmodel import Query

if TYPE_CHECKING:  # the document models load where a document is read, not with the window
    from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment

log = logging.getLogger(__name__)
SINGLE_WINDOW = "single-window"  # the outbox environment of the Single Window client channel
Post = Callable[[str, Any], None]


class StoreSource:
    """A :class:`~desktop.ui.listmodel.PagedSource` over one kind of document in the store."""

    def __init__(self, backend: Backend, kind: str) -> None:
        self.backend, self.kind = backend, kind

    def _filters(self, query: Query) -> Any:
        from desktop.core.store.records import Filters

        return Filters(company_id=query.company_id or None, status=query.status or None, text=query.text or None)

    def count(self, query: Query) -> int:
        if not query.company_id:
            return 0
        return int(self.backend.store.documents(self.kind).count(self._filters(query)))

    def page(self, query: Query, offset: int, limit: int) -> list[dict[str, Any]]:
        repo = self.backend.store.documents(self.kind)
        sort = query.sort if query.sort in repo.sortable else "updated_at"
        rows = [
            r._asdict()
            for r in repo.page(offset, limit, ("-" if query.descending else "") + sort, self._filters(query))
        ]
        if self.kind == "booking":
            self._name_shipments(rows)
        return rows

    def _name_shipments(self, rows: list[dict[str, Any]]) -> None:
        """A booking row names its shipment as the user does (its reference and consignee), not by its id: one
        query for the page."""
        shipments = self.backend.store.documents("shipment").rows([r["shipment_id"] for r in rows])
        for row in rows:
            shipment = shipments.get(row["shipment_id"])
            row["shipment"] = shipment.reference if shipment is not None and shipment.reference else row["shipment_id"]
            row["consignee"] = shipment.consignee if shipment is not None else ""


class Backend(SeatsMixin, SendingMixin, MasterDataMixin, ChannelsMixin, DocumentsMixin, FilesMixin):
    """One workspace and one platform environment, for the logged-in user."""

    def __init__(
        self,
        paths: AppPaths,
        platform_url: str,
        environment: str = "sandbox",
        post: Post | None = None,
        workers: int = 1,
        workspace: str = "",
    ) -> None:
        self.paths = paths
        #: empty: the data directory's SQLite workspace; else a postgresql:// URL (settings.workspace_url)
        self.workspace = workspace
        self.platform_url = platform_url
        self.environment = environment
        self.workers = workers  # outbox rows sent at once
        self.post: Post = post or (lambda name, payload: None)
        #: blocks until the platform serves (the embedded one starts while the login dialog shows)
        self.wait_platform: Callable[[], object] = lambda: None
        self.store: Any = None
        self.platform: Any = None
        self.username = ""
        self.user: Any = None  # the workspace user (desktop.core.store.users.User) signed in on this seat
        self._saved: dict[tuple[str, str], int] = {}
        self._watcher: Any = None
        self._single_window: Any = None
        self._lock = threading.Lock()
        self._carrier_lock = threading.Lock()  # one sender per carrier outbox at a time: a row is sent once
        self._unsubscribe: list[Callable[[], None]] = []
        self._attaching = threading.Lock()  # one upload round at a time: nothing goes up twice
        self._attaching_pool = threading.Lock()
        self.attacher = DocumentAttacher(
            self.attach_due,
            self._lock,
            lambda: self.platform is not None,
            finished=self._release_pool,
            scan=self._owed_documents,
            report=lambda name, payload: self.post("documents", (name, payload)),
        )
        self._pool: Any = None  # the processes making documents' PDFs, while a round of them is made
        self._documents: Any = None  # the process attaching documents, while a round of them is attached
        self._init_sending()

    # --- lifecycle
    def open(self) -> None:
        """Open the workspace and wire the platform (no network call yet)."""
        from desktop.core import outbox
        from desktop.core.paths import DEFAULT_WORKSPACE
        from desktop.core.services import filing
        from desktop.core.store.store import Store

        if self.store is None:
            self.store = Store.open_workspace(self.paths, self.workspace or DEFAULT_WORKSPACE)
        if self.platform is None and self.platform_url:
            self.platform = filing.open_platform(self.store, self.platform_url, self.environment, workers=self.workers)
        if not self._unsubscribe:
            envs = ("", self.environment, SINGLE_WINDOW)
            env = self.environment
            self._unsubscribe = [
                outbox.subscribe_filings(  # the platform's, the Single Window client's and the carriers' filings
                    lambda ev: (
                        self._on_filing(ev.kind, ev.id, ev.status)
                        if ev.environment in envs or ev.environment.startswith("carrier-")
                        else None
                    )
                ),
                outbox.subscribe_outbox(
                    lambda ev: self._on_outbox(ev.pending) if ev.environment in ("", env) else None
                ),
            ]
        self.attacher.start()
        self._start_watcher()

    def _on_filing(self, kind: str, doc_id: str, status: str) -> None:
        self._note_filing(kind, doc_id, status)
        self.post("filing", (kind, doc_id, status))

    def close(self) -> None:
        """Stop listening, watching and uploading, close the platform's senders and the store. A sync in flight
        finishes first (its rows end sent or still queued, never half-sent)."""
        with self._lock:
            pass
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        self._stop_watcher()
        self.attacher.stop()
        self._release_pool()
        self._stop_sending()
        if self.platform is not None:
            self.platform.close()
            self.platform = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def serve_from(self, sandbox: Any) -> None:
        """Reach the platform through the embedded ``sandbox`` (a ChildSandbox): a login or sync waits until it
        serves and then talks to the port it serves on, which may differ from the one planned at launch (that
        one was taken meanwhile, possibly by another app's sandbox); never the planned one by mistake."""
        self.wait_platform = lambda: self.follow_platform(sandbox.start().url)

    def follow_platform(self, url: str) -> None:
        """Send from now on to ``url`` (the embedded platform moved to another port)."""
        if not url or url == self.platform_url:
            return
        from desktop.core.platform.environments import normalize_base_url

        self.platform_url = url
        if self.platform is not None:
            self.platform.client.base_url = normalize_base_url(url)

    # --- session
    @property
    def me(self) -> Any:
        return None if self.platform is None else self.platform.auth.me

    @property
    def logged_in(self) -> bool:
        return bool(self.platform is not None and self.platform.auth.logged_in)

    def login(self, username: str, password: str, code: str = "", remember: bool = True) -> list[Company]:
        from desktop.core.services import filing

        self.wait_platform()
        filing.login(self.platform, username, password, code or None, remember=remember)
        self._sign_in(username)
        return self._adopt_companies()

    def resume(self, username: str) -> list[Company] | None:
        from desktop.core.services import filing

        self.wait_platform()
        if self.platform is None or not filing.resume(self.platform, username):
            return None
        self._sign_in(username)
        return self._adopt_companies()

    def logout(self) -> None:
        from desktop.core.services import filing

        if self.platform is not None:
            filing.logout(self.platform)

    def _adopt_companies(self) -> list[Company]:
        """The companies the user may file for, kept in the workspace (master data stays local); returns
        :meth:`companies`."""
        from desktop.core.services.master_data import save_company  # not drafts: derivation loads when used

        for ref in getattr(self.me, "companies", []):
            company = self.store.companies.find(ref.id)
            if company is None:
                company = Company(
                    id=ref.id,
                    uscc=ref.uscc,
                    customs_code=ref.customs_code,
                    name_zh=ref.name_zh,
                    name_en=ref.name_en,
                )
                save_company(self.store, company, self.username)
        self.post("outbox", self.outbox_count())
        return self.companies()

    def companies(self) -> list[Company]:
        """The companies the user works for: the ones the platform lists for the user first, in its order, then
        the ones added by hand in master data (a forwarder's clients), by name. Companies another user's login
        brought into a shared workspace stay out."""
        allowed = [ref.id for ref in getattr(self.me, "companies", [])]
        known = {c.id: c for c in self.store.companies.list()}
        if not allowed:
            return list(known.values())
        added = {e.subject_id for e in self.store.audit_log(kind="company", action="add", limit=100_000)}
        first = [known[i] for i in allowed if i in known]
        return first + [c for c in known.values() if c.id in added and c.id not in allowed]

    # --- lists and master data
    def source(self, kind: str) -> StoreSource:
        return StoreSource(self, kind)

    def audit(self, company_id: str, limit: int = 200) -> list[Any]:
        return list(self.store.audit_log(company_id=company_id, limit=limit))

    def audit_named(self, company_id: str, limit: int = 200) -> tuple[list[Any], dict[tuple[str, str], Any]]:
        """The audit log with the name of each record it is about (number, reference, consignee)."""
        from desktop.core.services.activity import record_names

        entries = self.audit(company_id, limit)
        return entries, record_names(self.store, entries)

    def outbox_count(self) -> int:
        return 0 if self.platform is None else int(self.platform.outbox.pending_count())

    # --- shipments and derived drafts
    def shipment(self, shipment_id: str) -> Shipment:
        return self.store.shipments.get(shipment_id)  # type: ignore[no-any-return]

    def revision_of(self, kind: str, doc_id: str) -> int:
        return int(self.store.documents(kind).revision_of(doc_id))

    def save_shipment(
        self, shipment: Shipment, *, expected_revision: int | None = None, action: str = "", note: str = ""
    ) -> Shipment:
        """A revision of the shipment; derived drafts not yet submitted follow it. ``expected_revision``: the
        revision the editor loaded (``store.conflict`` when another seat saved since)."""
        from desktop.core.services import drafts

        note = note or self._keep_note("shipment", shipment.id, expected_revision, action)
        result = drafts.save_shipment(
            self.store, shipment, self.username, expected_revision=expected_revision, action=action, note=note
        )
        self._saved[("shipment", result.shipment.id)] = result.revision
        return result.shipment

    def derive_declaration(self, shipment_id: str) -> list[ExportDeclaration]:
        from desktop.core.services import drafts

        return list(drafts.refresh_drafts(self.store, shipment_id, self.username).declarations)

    def derive_booking(self, shipment_id: str) -> RailSeaBooking:
        from desktop.core.services import drafts

        booking = drafts.refresh_drafts(self.store, shipment_id, self.username).booking
        assert booking is not None
        return booking

    # --- declarations and bookings
    def declaration(self, decl_id: str) -> ExportDeclaration:
        return self.store.declarations.get(decl_id)  # type: ignore[no-any-return]

    def booking(self, booking_id: str) -> RailSeaBooking:
        return self.store.bookings.get(booking_id)  # type: ignore[no-any-return]

    def _save_draft(
        self, repo: Any, doc: Any, edited: Sequence[str], expected_revision: int | None, action: str, note: str
    ) -> Any:
        """Save the editor's draft; the fields typed on it become overrides a refresh keeps."""
        for path in edited:
            if path != "*" and path not in doc.overrides:
                doc.overrides.append(path)
        note = note or self._keep_note(repo.kind, doc.id, expected_revision, action) or "edited"
        revision = repo.save(doc, self.username, note=note, expected_revision=expected_revision, action=action)
        self._saved[(repo.kind, doc.id)] = revision.revision
        return doc

    def save_declaration(
        self,
        decl: ExportDeclaration,
        edited: Sequence[str] = (),
        *,
        expected_revision: int | None = None,
        action: str = "",
        note: str = "",
    ) -> ExportDeclaration:
        return self._save_draft(  # type: ignore[no-any-return]
            self.store.declarations, decl, edited, expected_revision, action, note
        )

    def save_booking(
        self,
        booking: RailSeaBooking,
        edited: Sequence[str] = (),
        *,
        expected_revision: int | None = None,
        action: str = "",
        note: str = "",
    ) -> RailSeaBooking:
        return self._save_draft(  # type: ignore[no-any-return]
            self.store.bookings, booking, edited, expected_revision, action, note
        )

    def check(self, document: Any) -> list[Any]:
        """Rule issues of a declaration, booking or shipment (fast: runs on the GUI thread while typing)."""
        from desktop.core import rules
        from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment

        if isinstance(document, ExportDeclaration):
            return list(rules.check_declaration(document))
        if isinstance(document, RailSeaBooking):
            return list(rules.check_booking(document))
        if isinstance(document, Shipment):
            return list(rules.check_shipment(document))
        return []

    def derived_needs(self, shipment: Shipment) -> list[Any]:
        """What the declaration(s) and the booking derived from ``shipment`` will still need: their rule
        problems, less those the shipment itself already reports (worker thread: builds and checks them)."""
        from desktop.core.model.exchange import ExchangeDocument, Kind
        from desktop.core.services import drafts

        company = self.store.companies.find(shipment.company_id) or Company(id=shipment.company_id)
        agent = drafts.declaring_agent(self.store, shipment.company_id)
        doc = ExchangeDocument(kind=Kind.SHIPMENT, shipment=shipment, company=company, agent=agent)
        report = drafts.validate_document(doc)
        return [p for p in report.problems if p.document in ("declaration", "booking")]

    # --- filing
    def submit(self, kind: str, doc_id: str) -> Any:
        """Queue durably in the outbox, then deliver (the platform answers with a receipt; the Single Window
        client answers later through its InBox)."""
        from desktop.core.services import filing

        if kind == "declaration" and self.uses_single_window(self.declaration(doc_id).company_id):
            from desktop.core.services import single_window as sw

            row = sw.submit_declaration(self.single_window(), doc_id, actor=self.username)
            self.sync_single_window()
            return row
        if kind == "declaration":
            self.attacher.reopen(doc_id)  # sent again: its next receipt has its documents tried again
        if kind == "declaration" and self.declaration(doc_id).status == "rejected":
            row = filing.amend_declaration(self.platform, doc_id, actor=self.username)  # fix and resubmit
        elif kind == "declaration":
            row = filing.submit_declaration(self.platform, doc_id, actor=self.username)
        else:
            row = filing.submit_booking(self.platform, doc_id, actor=self.username)
        self.sync()
        if kind == "declaration" and self.declaration(doc_id).status == "received":
            self._note_filing(kind, doc_id, "received")  # its documents go up next, in the background
        return row

    def amend(self, doc_id: str) -> Any:
        from desktop.core.services import filing

        self.attacher.reopen(doc_id)
        row = filing.amend_declaration(self.platform, doc_id, actor=self.username)
        self.sync()
        return row

    def withdraw(self, doc_id: str) -> Any:
        from desktop.core.services import filing

        return filing.withdraw_declaration(self.platform, doc_id, actor=self.username)

    def sync(self, wait: float = 0) -> Any:
        """Send the outbox and apply the event feed; tells the bridge whether the platform answered."""
        if self.store is not None:
            self.follow_carriers()
        if self.store is not None and self._any_single_window():
            self.sync_single_window()
        if self.platform is None:
            return None
        from desktop.core.platform.errors import AuthError, NotLoggedIn

        self.wait_platform()
        with self._lock:
            result = self._send_round(wait)
        self.attacher.poke()
        problems = [*result.errors, *result.drain.errors]
        if any(isinstance(e, (AuthError, NotLoggedIn)) for e in problems):
            self.post("session_expired", None)
        self.post("connection", not result.drain.offline and not result.errors)
        self.post("outbox", self.outbox_count())
        return result

    def receipts(self, kind: str, doc_id: str) -> list[dict[str, Any]]:
        return list(self.platform.outbox.receipts(kind, doc_id)) if self.platform is not None else []

    def schedules(self, booking: RailSeaBooking) -> list[Any]:
        from desktop.core.model.booking import LocationFunction
        from desktop.core.services import filing

        where = {loc.function: loc.locode for loc in booking.locations}
        day = booking.requested_departure.isoformat() if booking.requested_departure else ""
        return list(
            filing.search_schedules(
                self.platform,
                where.get(LocationFunction.PLACE_OF_RECEIPT, ""),
                where.get(LocationFunction.PORT_OF_LOADING, ""),
                where.get(LocationFunction.PORT_OF_DISCHARGE, ""),
                day,
            )
        )

    def sandbox_advance(self, seconds: float) -> Any:
        return self.platform.client.sandbox_advance(seconds)

    def sandbox_scenario(self, scenario: str, username: str | None = None) -> None:
        self.platform.client.sandbox_scenario(scenario, username)

    def sandbox_code(self, username: str, challenge_id: str) -> str:
        return str(self.platform.client.sandbox_verification_code(username, challenge_id))
