"""The backend's other channels: the Single Window client's message folders and the DCSA carriers
(set up with corridor-desk carrier add), each sent under its own lock so a row goes out once."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the document models load where a document is read
    from desktop.core.model import RailSeaBooking


log = logging.getLogger("desktop.ui.backend")


class ChannelsMixin:
    """Part of :class:`~desktop.ui.backend.Backend`: filings that go to the Single Window client or a carrier."""

    store: Any
    platform: Any
    username: str
    post: Callable[[str, Any], None]
    _single_window: Any
    _lock: threading.Lock
    _carrier_lock: threading.Lock
    booking: Callable[[str], RailSeaBooking]  # Backend's

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
            found = (
                self.store.connection()
                .execute(
                    "SELECT 1 FROM outbox WHERE environment = ? AND kind = 'booking' AND draft_id = ? LIMIT 1",
                    (profile.environment, doc_id),
                )
                .fetchone()
            )
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
