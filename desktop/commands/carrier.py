"""CLI commands for DCSA carriers: add / list carriers of the workspace, submit, sync, amend and cancel bookings,
and link the reference a carrier gave for a booking whose answer was lost.

The API key comes from ``CORRIDOR_CARRIER_KEY`` or a prompt, never from the command line, and is kept in the OS
keyring. Exit codes: 0 fine, 1 refused, 2 unreadable input or an unknown carrier, 3 the carrier is unreachable.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNAVAILABLE, EXIT_UNREADABLE, Console
from desktop.commands.drafts import _common, _open_store, _workspace
from desktop.core.errors import CoreError

KEY_ENV = "CORRIDOR_CARRIER_KEY"


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("carrier", help="DCSA carriers: add, list, submit, sync, amend and cancel bookings",
                              description="Bookings sent to a carrier's DCSA Booking 2.0 API.")
    commands = p.add_subparsers(dest="carrier_command", metavar="ACTION", required=True)
    add = commands.add_parser("add", help="add or change a carrier (API key from CORRIDOR_CARRIER_KEY or a prompt)")
    add.add_argument("name", metavar="NAME")
    add.add_argument("url", metavar="URL", help="the carrier's DCSA base URL (before /v2)")
    add.add_argument("--code", default="", help="the carrier's SMDG or SCAC code")
    add.add_argument("--code-list", choices=("SMDG", "NMFTA"), default="SMDG")
    add.add_argument("--contract", default="", help="default service contract reference")
    add.add_argument("--quotation", default="", help="default quotation reference (instead of a contract)")
    add.set_defaults(func=cmd_add)
    listing = commands.add_parser("list", help="the carriers of the workspace")
    listing.set_defaults(func=cmd_list)
    for name, help_text in (("submit", "send a booking to the carrier"),
                            ("amend", "send the edited booking to the carrier as an amendment"),
                            ("cancel", "cancel a booking at the carrier")):
        q = commands.add_parser(name, help=help_text)
        q.add_argument("booking", metavar="BOOKING_ID")
        q.add_argument("--carrier", required=True, metavar="NAME")
        if name == "cancel":
            q.add_argument("--reason", default="")
        q.set_defaults(func=cmd_booking, action=name)
    linking = commands.add_parser("link", help="take the reference the carrier gave as the booking's (checked at the "
                                  "carrier) after its answer was lost")
    linking.add_argument("booking", metavar="BOOKING_ID")
    linking.add_argument("reference", metavar="REFERENCE",
                         help="the carrier's booking request reference or booking reference")
    linking.add_argument("--carrier", required=True, metavar="NAME")
    linking.set_defaults(func=cmd_booking, action="link")
    sync = commands.add_parser("sync", help="send what is queued and bring back the carrier's answers")
    sync.add_argument("--carrier", required=True, metavar="NAME")
    sync.set_defaults(func=cmd_sync)
    for sub in (add, listing, sync, linking, *[commands.choices[n] for n in ("submit", "amend", "cancel")]):
        _workspace(sub)
        _common(sub)


def _api_key(console: Console) -> str:
    key = os.environ.get(KEY_ENV, "")
    if not key and sys.stdin.isatty():
        key = getpass.getpass(console.tr("API key: "))
    return key.strip()


def cmd_add(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.channels.dcsa import CarrierProfile
    from desktop.core.services import carrier

    profile = CarrierProfile(args.name, args.url, args.code, args.code_list, args.contract, args.quotation)
    with _open_store(args) as store:
        try:
            carrier.save_carrier(store, profile, _api_key(console) or None)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNREADABLE
    console.say("Carrier {name} saved.", name=args.name)
    return EXIT_OK


def cmd_list(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import carrier

    with _open_store(args) as store:
        for p in carrier.carrier_profiles(store):
            console.print(f"{p.name}\t{p.base_url}\t{p.carrier_code}\t{p.service_contract_reference}")
    return EXIT_OK


def _status(console: Console, store: Any, booking_id: str) -> None:
    from desktop.core import choices

    booking = store.bookings.get(booking_id)
    console.say("booking {id}: {status} {reference}", id=booking_id,
                status=choices.status_name(str(booking.status), console.lang),
                reference=booking.carrier_booking_reference)


def _exit_for(console: Console, errors: list[Any], failed: int, offline: bool) -> int:
    for error in errors:
        console.core_error(error)
    if offline:
        return EXIT_UNAVAILABLE
    return EXIT_INVALID if failed or errors else EXIT_OK


def cmd_booking(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import carrier

    with _open_store(args) as store:
        try:
            link = carrier.open_carrier(store, args.carrier, api_key=os.environ.get(KEY_ENV) or None)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNREADABLE
        try:
            if args.action in ("cancel", "link"):
                if args.action == "cancel":
                    booking = carrier.cancel_booking(link, args.booking, args.reason, actor="cli")
                else:
                    booking = carrier.link_reference(link, args.booking, args.reference, actor="cli")
                _status(console, store, args.booking)
                if booking.receipts:  # the carrier's answer
                    from desktop.core.messages import error_message

                    console.print(error_message(booking.receipts[-1].message_code, {}, console.lang))
                return EXIT_OK
            result = carrier.submit_booking(link, args.booking, action="amend" if args.action == "amend" else "create")
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNAVAILABLE if not getattr(exc, "final", True) else EXIT_INVALID
        finally:
            link.close()
        _status(console, store, args.booking)
        return _exit_for(console, result.errors, result.failed, result.offline)


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import carrier

    with _open_store(args) as store:
        try:
            link = carrier.open_carrier(store, args.carrier, api_key=os.environ.get(KEY_ENV) or None)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNREADABLE
        try:
            drain, changed = carrier.follow(link)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNAVAILABLE if not getattr(exc, "final", True) else EXIT_INVALID
        finally:
            link.close()
        console.say("Sent {sent}, refused {failed}, still queued {pending}; {changed} status change(s).",
                    plural=changed, sent=drain.sent, failed=drain.failed, pending=drain.pending, changed=changed)
        return _exit_for(console, drain.errors, drain.failed, drain.offline)
