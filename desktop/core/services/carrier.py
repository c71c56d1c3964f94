"""Carrier use cases: a booking as DCSA CreateBooking JSON (file or workspace), and the carriers of a workspace
with their DCSA channel: submit, follow, amend, cancel."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any
from urllib.parse import urlsplit

from desktop.core.channels.dcsa import API_KEY_LOGIN, CarrierProfile, DcsaChannel, api_keys
from desktop.core.dcsa import CarrierTerms, create_booking, unmet_conditions
from desktop.core.errors import CoreError
from desktop.core.model.booking import RailSeaBooking
from desktop.core.outbox import DrainResult, Outbox, OutboxSender
from desktop.core.services.drafts import DraftsError
from desktop.core.store import Store


@dataclass
class DcsaExport:
    """A CreateBooking body with the written DCSA conditions it does not meet yet (codes ``dcsa.*``)."""

    body: dict[str, Any]
    unmet: list[str] = field(default_factory=list)

    def text(self) -> str:
        return json.dumps(self.body, ensure_ascii=False, indent=2) + "\n"


def dcsa_export(booking: RailSeaBooking, terms: CarrierTerms | None = None) -> DcsaExport:
    body = create_booking(booking, terms)
    return DcsaExport(body, [f"dcsa.{code}" for code in unmet_conditions(body)])


def stored_booking(store: Store, booking_id: str) -> RailSeaBooking:
    found = store.bookings.find(booking_id)
    if found is None:
        raise DraftsError("drafts.not_found", kind="booking", id=booking_id)
    return found


# --- carriers (DCSA channels) -------------------------------------------------------------------------------

CARRIERS_KEY = "carriers"
_NAME_RE = r"^[a-z0-9][a-z0-9_-]{0,31}$"


class CarrierError(CoreError):
    """A carrier that is not configured, has no API key, or a name that cannot be one."""


@dataclass
class CarrierLink:
    """One carrier's outbox, channel and sender in one workspace."""

    profile: CarrierProfile
    outbox: Outbox
    channel: DcsaChannel
    sender: OutboxSender

    def close(self) -> None:
        self.channel.close()


def carrier_profiles(store: Store) -> list[CarrierProfile]:
    raw = store.settings.get(CARRIERS_KEY, {})
    return [CarrierProfile(**value) for _, value in sorted(raw.items())] if isinstance(raw, dict) else []


def carrier_profile(store: Store, name: str) -> CarrierProfile:
    for profile in carrier_profiles(store):
        if profile.name == name:
            return profile
    raise CarrierError("carrier.unknown", name=name)


def save_carrier(store: Store, profile: CarrierProfile, api_key: str | None = None) -> CarrierProfile:
    """Add or change a carrier of the workspace; the API key goes to the keyring, never into the workspace."""
    if re.fullmatch(_NAME_RE, profile.name) is None:
        raise CarrierError("carrier.bad_name", name=profile.name)
    if not _acceptable_url(profile.base_url):
        raise CarrierError("carrier.bad_url", url=profile.base_url)
    raw = store.settings.get(CARRIERS_KEY, {})
    raw = raw if isinstance(raw, dict) else {}
    raw[profile.name] = asdict(profile)
    store.settings.set(CARRIERS_KEY, raw)
    if api_key:
        api_keys(profile).save(API_KEY_LOGIN, api_key)
    return profile


def _acceptable_url(url: str) -> bool:
    """https:// with a host; plain http:// only to this computer (the sandbox carrier), never over a network."""
    parts = urlsplit(url)
    if not parts.hostname or parts.username or parts.password:
        return False
    if parts.scheme == "https":
        return True
    return parts.scheme == "http" and parts.hostname in ("127.0.0.1", "localhost", "::1")


def remove_carrier(store: Store, name: str) -> None:
    """Take the carrier out of the workspace and its API key out of the keyring (bookings already sent keep their
    timeline; they are no longer followed)."""
    profile = carrier_profile(store, name)
    raw = store.settings.get(CARRIERS_KEY, {})
    raw = dict(raw) if isinstance(raw, dict) else {}
    raw.pop(name, None)
    store.settings.set(CARRIERS_KEY, raw)
    api_keys(profile).delete(API_KEY_LOGIN)


def has_api_key(profile: CarrierProfile) -> bool:
    return bool(api_keys(profile).load(API_KEY_LOGIN))


def check_carrier(profile: CarrierProfile, api_key: str | None = None, *, timeout: float = 10.0) -> None:
    """Test the connection to a carrier (saved or not) with ``api_key`` or the stored one; raises what failed."""
    if not _acceptable_url(profile.base_url):
        raise CarrierError("carrier.bad_url", url=profile.base_url)
    key = api_key or api_keys(profile).load(API_KEY_LOGIN)
    if not key:
        raise CarrierError("carrier.no_api_key", name=profile.name)
    channel = DcsaChannel(profile, key, read_timeout=timeout, deadline=timeout * 2)
    try:
        channel.check()
    finally:
        channel.close()


def open_carrier(store: Store, name: str, *, api_key: str | None = None, read_timeout: float = 20.0) -> CarrierLink:
    profile = carrier_profile(store, name)
    key = api_key or api_keys(profile).load(API_KEY_LOGIN)
    if not key:
        raise CarrierError("carrier.no_api_key", name=name)
    outbox = Outbox(store, profile.environment)
    channel = DcsaChannel(profile, key, outbox, read_timeout=read_timeout, deadline=read_timeout * 2)
    return CarrierLink(profile, outbox, channel, OutboxSender(outbox, channel))


def submit_booking(link: CarrierLink, booking_id: str, *, action: str = "create") -> DrainResult:
    """Queue the booking for the carrier (a create, or an amendment of what it holds) and send what is queued."""
    link.outbox.submit("booking", booking_id, action=action)
    return link.sender.drain()


def follow(link: CarrierLink) -> tuple[DrainResult, int]:
    """Send what is queued, then read every followed booking at the carrier: (what was sent, drafts changed)."""
    return link.sender.drain(), link.sender.poll_events()


def carrier_of_booking(store: Store, booking_id: str) -> str:
    """The name of the carrier the booking was last filed with ('' when it went to no carrier)."""
    names = {p.environment: p.name for p in carrier_profiles(store)}
    for (environment,) in store.connection().execute(
            "SELECT environment FROM filing_links WHERE kind = 'booking' AND draft_id = ? ORDER BY updated_at DESC",
            (booking_id,)).fetchall():
        if str(environment) in names:
            return names[str(environment)]
    return ""


def cancel_booking(link: CarrierLink, booking_id: str, reason: str = "", *, actor: str = "") -> RailSeaBooking:
    """Cancel the booking at the carrier (or ask the carrier to cancel a confirmed one); the carrier's answer is
    on the returned booking's status and last receipt."""
    remote = link.outbox.remote_id("booking", booking_id)
    if not remote:
        raise CarrierError("carrier.not_submitted", id=booking_id)
    link.outbox.apply_remote("booking", booking_id, link.channel.cancel(remote, reason), source="cancel")
    link.outbox.store.audit(actor, "cancel", kind="booking", subject_id=booking_id)
    return stored_booking(link.outbox.store, booking_id)


def link_reference(link: CarrierLink, booking_id: str, reference: str, *, actor: str = "") -> RailSeaBooking:
    """Take the carrier's reference the user was given (after ``dcsa.outcome_unknown``) as this booking's, once the
    carrier's booking is checked to carry the booking's own reference."""
    booking = stored_booking(link.outbox.store, booking_id)
    filing = link.channel.link(reference, booking.client_seq_no, booking.company_id)
    link.outbox.apply_remote("booking", booking_id, filing, source="link")
    link.outbox.store.audit(actor, "link", kind="booking", subject_id=booking_id)
    return stored_booking(link.outbox.store, booking_id)
