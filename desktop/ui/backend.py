"""The UI's single adapter over the core: store, platform session, drafts, checks and filing services.

Every method may block (database, network): the UI calls them through the task runner, never on the GUI
thread. Nothing here knows Qt; core events (receipts, outbox counts) go to ``post`` (the event bridge).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from desktop.core.model import Company, ExportDeclaration, RailSeaBooking, Shipment
from desktop.core.paths import AppPaths
from desktop.ui.attacher import DocumentAttacher
from desktop.ui.listmodel import Query

log = logging.getLogger(__name__)
SINGLE_WINDOW = "single-window"  # the outbox environment of the Single Window client channel
Post = Callable[[str, Any], None]


class Imported(NamedTuple):
    kind: str
    id: str
    company_id: str


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
        rows = repo.page(offset, limit, ("-" if query.descending else "") + sort, self._filters(query))
        return [r._asdict() for r in rows]


class Backend:
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
            self.attach_documents, self._lock, lambda: self.platform is not None, finished=self._release_pool
        )
        self._pool: Any = None  # the processes making documents' PDFs, while a round of them is made

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
                    lambda ev: self._on_filing(ev.kind, ev.id, ev.status)
                    if ev.environment in envs or ev.environment.startswith("carrier-") else None
                ),
                outbox.subscribe_outbox(
                    lambda ev: self.post("outbox", ev.pending) if ev.environment in ("", env) else None
                ),
            ]
        self.attacher.start()
        if self._watcher is None:  # another seat's save: the lists refresh (coalesced, off the GUI thread)
            from desktop.core.store.watch import WorkspaceWatcher

            self._watcher = WorkspaceWatcher(self.store, lambda: self.post("workspace_changed", None))
            self._watcher.start()

    def _on_filing(self, kind: str, doc_id: str, status: str) -> None:
        self._note_filing(kind, doc_id, status)
        self.post("filing", (kind, doc_id, status))

    def close(self) -> None:
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe = []
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        self.attacher.stop()
        self._release_pool()
        if self.platform is not None:
            self.platform.close()
            self.platform = None
        if self.store is not None:
            self.store.close()
            self.store = None

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

    def _sign_in(self, username: str) -> None:
        """The platform account is this seat's workspace user (the first one becomes its supervisor)."""
        from desktop.core.services import seats

        self.username = username
        self.user = seats.sign_in(self.store, username)

    def logout(self) -> None:
        from desktop.core.services import filing

        if self.platform is not None:
            filing.logout(self.platform)

    def _adopt_companies(self) -> list[Company]:
        """The companies the user may file for, kept in the workspace (master data stays local)."""
        from desktop.core.services import drafts

        out = []
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
                drafts.save_company(self.store, company, self.username)
            out.append(company)
        self.post("outbox", self.outbox_count())
        return out

    def companies(self) -> list[Company]:
        allowed = [ref.id for ref in getattr(self.me, "companies", [])]
        known = {c.id: c for c in self.store.companies.list()}
        return [known[i] for i in allowed if i in known] if allowed else list(known.values())

    # --- lists and master data
    def source(self, kind: str) -> StoreSource:
        return StoreSource(self, kind)

    def parties(self, company_id: str) -> list[Any]:
        return list(self.store.parties(company_id).list())

    def products(self, company_id: str) -> list[Any]:
        return list(self.store.products(company_id).list())

    def save_party(self, company_id: str, party: Any) -> Any:
        from desktop.core.services import drafts

        return drafts.save_party(self.store, company_id, party, self.username)

    def save_product(self, company_id: str, product: Any) -> Any:
        from desktop.core.services import drafts

        return drafts.save_product(self.store, company_id, product, self.username)

    def delete_party(self, company_id: str, party_id: str) -> None:
        """Remove a party from the company's master data (drafts that use it keep their own copy)."""
        self.store.parties(company_id).delete(party_id, self.username)

    def delete_product(self, company_id: str, product_id: str) -> None:
        self.store.products(company_id).delete(product_id, self.username)

    def suggest_products(self, company_id: str, text: str) -> list[Any]:
        from desktop.core.services import drafts

        return list(drafts.suggest_products(self.store, company_id, text))

    def classify(self, company_id: str, text: str, language: str) -> list[Any]:
        """HS candidates for ``text``: this company's products and earlier declarations first, then the tariffs."""
        from desktop.core.services import classify

        return classify.classify(text, language, self.store, company_id)

    def product(self, company_id: str, product_id: str) -> Any:
        return self.store.products(company_id).find(product_id)

    def tariff_lines(self, hs6: str) -> list[tuple[str, str]]:
        """The 8-digit lines of the Chinese tariff under a subheading, with their Chinese names."""
        from desktop.core.hsearch.index import index

        return [(ln.code8, ln.name_zh) for ln in index().lines_by_hs6.get(hs6, [])]

    def tariff_units(self, code8: str) -> tuple[str, str] | None:
        from desktop.core.hsearch.index import index

        line = index().line_by_code.get(code8)
        return (line.unit1, line.unit2) if line is not None else None

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

    def load(self, kind: str, doc_id: str) -> tuple[Any, int]:
        """A record and the revision it was read at, for an editor (its next save expects that revision)."""
        repo = self.store.documents(kind)
        with self.store.transaction():  # one snapshot: no other seat's save between the two reads
            return repo.get(doc_id), int(repo.revision_of(doc_id))

    def saved_revision(self, kind: str, doc_id: str) -> int | None:
        """The revision this seat's last save of the record wrote (what the editor expects next time)."""
        return self._saved.get((kind, doc_id))

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
        self, decl: ExportDeclaration, edited: Sequence[str] = (), *, expected_revision: int | None = None,
        action: str = "", note: str = "",
    ) -> ExportDeclaration:
        return self._save_draft(  # type: ignore[no-any-return]
            self.store.declarations, decl, edited, expected_revision, action, note
        )

    def save_booking(
        self, booking: RailSeaBooking, edited: Sequence[str] = (), *, expected_revision: int | None = None,
        action: str = "", note: str = "",
    ) -> RailSeaBooking:
        return self._save_draft(  # type: ignore[no-any-return]
            self.store.bookings, booking, edited, expected_revision, action, note
        )

    def _keep_note(self, kind: str, doc_id: str, over: int | None, action: str) -> str:
        """The audit note of a save that keeps this seat's version over another seat's revision ``over``."""
        if action != "keep_mine" or not over:
            return ""
        by = next((r.author for r in self.store.revisions(kind, doc_id) if r.revision == over), "")
        return f"kept over revision {over} by {by}"

    def conflict(self, kind: str, mine: Any, loaded_revision: int) -> tuple[Any, Any]:
        """How ``mine`` and the record another seat saved differ since ``loaded_revision``, and mine merged
        into theirs when theirs only brought the platform's answers (None when the user must choose)."""
        from desktop.core.services import conflicts

        found = conflicts.compare(self.store, kind, mine, loaded_revision)
        return found, conflicts.merge(found, mine)

    def check(self, document: Any) -> list[Any]:
        """Rule issues of a declaration, booking or shipment (fast: runs on the GUI thread while typing)."""
        from desktop.core import rules

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

    # --- the Single Window client channel
    def single_window(self) -> Any:
        from desktop.core.services import single_window as sw

        if self._single_window is None:
            self._single_window = sw.open_single_window(self.store)
        return self._single_window

    def sw_profile(self, company_id: str) -> Any:
        from desktop.core.services import single_window as sw

        return sw.get_profile(self.store, company_id)

    def set_sw_profile(self, company_id: str, profile: Any) -> None:
        from desktop.core.services import single_window as sw

        sw.set_profile(self.store, company_id, profile)

    def uses_single_window(self, company_id: str) -> bool:
        """Declarations of this company go to the Single Window client (its ImpPath is set)."""
        return bool(company_id) and self.store is not None and bool(self.sw_profile(company_id).configured)

    def sync_single_window(self) -> Any:
        from desktop.core.services import single_window as sw

        with self._lock:
            result = sw.sync(self.single_window())
        for problem in result.problems:
            self.post("single_window_problem", problem)
        return result

    def _any_single_window(self) -> bool:
        return any(self.uses_single_window(c.id) for c in self.store.companies.list())

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

        row = filing.amend_declaration(self.platform, doc_id, actor=self.username)
        self.sync()
        return row

    def withdraw(self, doc_id: str) -> Any:
        from desktop.core.services import filing

        return filing.withdraw_declaration(self.platform, doc_id, actor=self.username)

    def cancel_booking(self, doc_id: str) -> Any:
        """Cancel where the booking was filed: at its carrier (the carrier's answer is on the returned booking) or
        on the corridor platform."""
        from desktop.core.services import carrier, filing

        name = carrier.carrier_of_booking(self.store, doc_id) if self.store is not None else ""
        if name:
            with self._carrier_lock:
                link = carrier.open_carrier(self.store, name)
                try:
                    return carrier.cancel_booking(link, doc_id, actor=self.username)
                finally:
                    link.close()
        return filing.cancel_booking(self.platform, doc_id, actor=self.username)

    def link_carrier_reference(self, doc_id: str, reference: str) -> RailSeaBooking:
        """Take the reference the carrier gave the user as the booking's (checked at the carrier first)."""
        from desktop.core.services import carrier

        name = carrier.carrier_of_booking(self.store, doc_id) or self._carrier_of_rows(doc_id)
        if not name:
            raise carrier.CarrierError("carrier.not_submitted", id=doc_id)
        with self._carrier_lock:
            link = carrier.open_carrier(self.store, name)
            try:
                return carrier.link_reference(link, doc_id, reference, actor=self.username)
            finally:
                link.close()

    def _carrier_of_rows(self, doc_id: str) -> str:
        """The carrier whose outbox holds a row of the booking (sent or not)."""
        from desktop.core.services import carrier

        for profile in carrier.carrier_profiles(self.store):
            found = self.store.connection().execute(
                "SELECT 1 FROM outbox WHERE environment = ? AND kind = 'booking' AND draft_id = ? LIMIT 1",
                (profile.environment, doc_id)).fetchone()
            if found:
                return profile.name
        return ""

    # --- DCSA carriers (set up with corridor-desk carrier add)
    def carriers(self) -> list[str]:
        from desktop.core.services import carrier

        return [p.name for p in carrier.carrier_profiles(self.store)]

    def carrier_profiles(self) -> list[Any]:
        from desktop.core.services import carrier

        return carrier.carrier_profiles(self.store)

    def carrier_has_key(self, name: str) -> bool:
        from desktop.core.services import carrier

        return carrier.has_api_key(carrier.carrier_profile(self.store, name))

    def save_carrier(self, profile: Any, api_key: str | None) -> Any:
        from desktop.core.services import carrier

        saved = carrier.save_carrier(self.store, profile, api_key)
        self.store.audit(self.username, "save", kind="carrier", subject_id=profile.name)
        return saved

    def remove_carrier(self, name: str) -> None:
        from desktop.core.services import carrier

        with self._carrier_lock:
            carrier.remove_carrier(self.store, name)
        self.store.audit(self.username, "remove", kind="carrier", subject_id=name)

    def check_carrier(self, profile: Any, api_key: str | None) -> None:
        """Test a carrier's connection (worker thread): raises what failed."""
        from desktop.core.services import carrier

        carrier.check_carrier(profile, api_key)

    def carrier_of_booking(self, doc_id: str) -> str:
        from desktop.core.services import carrier

        return carrier.carrier_of_booking(self.store, doc_id)

    def send_to_carrier(self, doc_id: str, name: str, action: str = "create") -> RailSeaBooking:
        """Queue the booking (or its amendment) for carrier ``name`` and send it; a refusal or an unreachable
        carrier is raised."""
        from desktop.core.services import carrier

        with self._carrier_lock:
            link = carrier.open_carrier(self.store, name)
            try:
                result = carrier.submit_booking(link, doc_id, action=action)
            finally:
                link.close()
        if result.failed and result.errors:
            raise result.errors[0]
        return self.booking(doc_id)

    def follow_carriers(self) -> int:
        """Send what is queued for every carrier with a key and bring back its answers; drafts changed."""
        with self._carrier_lock:
            return self._follow_carriers()

    def _follow_carriers(self) -> int:
        from desktop.core.errors import CoreError
        from desktop.core.services import carrier

        changed = 0
        for name in self.carriers():
            try:
                link = carrier.open_carrier(self.store, name)
            except CoreError:
                continue  # no API key in this session: nothing to follow
            try:
                changed += carrier.follow(link)[1]
            except CoreError as exc:
                log.info("carrier %s not followed: %s", name, exc.code)
            finally:
                link.close()
        return changed

    def sync(self, wait: float = 0) -> Any:
        """Send the outbox and apply the event feed; tells the bridge whether the platform answered."""
        from desktop.core.services import filing

        if self.store is not None:
            self.follow_carriers()
        if self.store is not None and self._any_single_window():
            self.sync_single_window()
        if self.platform is None:
            return None
        from desktop.core.platform.errors import AuthError, NotLoggedIn

        self.wait_platform()
        with self._lock:
            result = filing.sync(self.platform, wait)
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

    # --- documents
    def document_source(self, record_id: str, current: Any = None) -> Any:
        """The data of a record's documents from the store; ``current`` (an editor's unsaved copy of the
        declaration or booking) replaces the stored one, so the preview shows what is on the screen."""
        from desktop.core.documents import DocumentError, DocumentSource
        from desktop.core.services import documents

        try:
            source = documents.source_from_store(self.store, record_id)
        except DocumentError:
            if current is None:
                raise
            shipment_id = getattr(current, "shipment_id", "")
            shipment = self.store.shipments.find(shipment_id) if shipment_id else None
            company = self.store.companies.find(current.company_id) if current.company_id else None
            source = DocumentSource(shipment=shipment, company=company)
        if isinstance(current, ExportDeclaration):
            if current.id in {d.id for d in source.declarations}:
                source.declarations = [current if d.id == current.id else d for d in source.declarations]
            else:
                source.declarations = [current]
        elif isinstance(current, RailSeaBooking):
            source.booking = current
        return source

    def document_pdf(self, record_id: str, kind: str, doc_lang: str, current: Any = None) -> tuple[bytes, str]:
        """The PDF of ``kind`` for a stored shipment, declaration or booking, and a file name to suggest."""
        from desktop.core.services import documents

        source = self.document_source(record_id, current)
        return documents.document_bytes(kind, source, doc_lang), documents.file_name(kind, source, doc_lang)

    def note_document(self, record_id: str, kind: str, output: str) -> None:
        """Audit a document printed or saved (``output``: printer or file)."""
        company_id = ""
        for repo in (self.store.shipments, self.store.declarations, self.store.bookings):
            found = repo.find(record_id)
            if found is not None:
                company_id = found.company_id
                break
        self.store.audit(
            self.username, "print", kind=kind, subject_id=record_id, company_id=company_id,
            details={"output": output},
        )

    def attach_documents(self, decl_id: str, doc_lang: str = "zh-en") -> ExportDeclaration:
        """Upload the documents of a submitted declaration the platform does not have yet: the commercial
        invoice (EdocCode 00000001), the packing list (00000002) and, once a rail-sea booking of the shipment
        is confirmed, the through bill (00000003). Each goes up once; a repeat adds nothing."""
        from desktop.core.documents import kind_of
        from desktop.core.model.filing import FilingStatus
        from desktop.core.services import documents, filing

        with self._attaching:
            source = documents.source_from_store(self.store, decl_id)
            kinds = ["invoice", "packing-list"]
            if source.booking is not None and source.booking.status == FilingStatus.CONFIRMED:
                kinds.append("bill")
            have = {a.edoc_code for a in self.declaration(decl_id).attachments}
            wanted = [(edoc, kind) for kind in kinds if (edoc := documents.EDOC_CODES[kind_of(kind)]) not in have]
            # made side by side in worker processes, never in this one (its interpreter serves the window)
            pdfs = self.render_pool().render([(kind, source, doc_lang) for _edoc, kind in wanted])
            files = [
                (edoc, data, documents.file_name(kind, source, doc_lang))
                for (edoc, kind), data in zip(wanted, pdfs, strict=True)
            ]
            # the upload notes each file on the stored draft (read, add, write back): no sync may apply a
            # status in between, or that write would put the older status back
            with self._lock:
                for edoc, data, name in files:
                    filing.attach_document(
                        self.platform, decl_id, edoc, data=data, file_name=name, actor=self.username
                    )
            return self.declaration(decl_id)

    def render_pool(self) -> Any:
        """The pool of processes that make the documents' PDFs (started by its first document)."""
        from desktop.core.documents.pool import RenderPool

        with self._attaching_pool:
            if self._pool is None:
                self._pool = RenderPool()
            return self._pool

    def _release_pool(self) -> None:
        """The round of documents is over: their processes end (memory back), the next round starts them."""
        with self._attaching:  # never under a declaration whose documents are being made
            with self._attaching_pool:
                pool = self._pool
            if pool is not None:
                pool.release()

    def _note_filing(self, kind: str, doc_id: str, status: str) -> None:
        """A declaration the platform has just stored gets its documents attached by the documents thread."""
        if kind == "declaration" and status == "received":
            self.attacher.note(doc_id)

    # --- samples (training, screenshots)
    def import_file(self, path: Path, allowed: set[str]) -> Imported:
        """Import one exchange file, refused when it belongs to a company this account does not file for."""
        from desktop.core.services import drafts

        doc = drafts.read_file(path)
        member = doc.shipment or doc.declaration or doc.booking
        company = (getattr(member, "company_id", "") or (doc.company.id if doc.company else "")) if member else ""
        if company not in allowed:
            raise drafts.DraftsError("drafts.foreign_company", file=path.name, company=company or "-")
        result = drafts.import_document(self.store, doc, author=self.username or "import", source=str(path))
        return Imported(result.kind, result.id, company)

    def export_file(self, kind: str, record_id: str, path: Path) -> Path:
        from desktop.core.services import drafts

        return drafts.export_file(self.store, kind, record_id, path, author=self.username or "export")

    def import_samples(self, company_id: str) -> int:
        """Import the bundled sample shipments of ``company_id`` (sandbox training data)."""
        from desktop.core.resources import resource_path
        from desktop.core.services import drafts

        n = 0
        for path in sorted(resource_path("samples").glob("*.json")):
            if path.name.startswith("invalid-"):
                continue
            try:
                doc = drafts.read_file(path)
            except Exception:
                continue
            if doc.shipment is None or doc.shipment.company_id != company_id:
                continue
            if self.store.shipments.find(doc.shipment.id) is not None:
                continue
            for company in (doc.company, doc.agent):
                known = self.store.companies.find(company.id) if company is not None else None
                if company is not None and known is not None and not known.customs_district:
                    drafts.save_company(self.store, company, self.username or "samples")
            drafts.import_document(self.store, doc, author=self.username or "samples", source=path.name)
            n += 1
        return n
