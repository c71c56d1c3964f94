"""CLI commands that talk to the platform: login, logout, submit, status, sync, book (the sandbox and its
classroom controls: desktop/commands/sandbox.py).

The platform is ``--platform URL`` or, by default, the embedded sandbox (run in this process on a loopback port,
its data kept under the data directory). Passwords come from a prompt or ``CORRIDOR_PASSWORD``, never from the
command line. Exit codes (desktop/commands/common.py): 0 fine, 1 refused (rules, platform, login), 2 unreadable
input, 3 the platform could not be reached.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNAVAILABLE, EXIT_UNREADABLE, Console, data_dir
from desktop.core.errors import CoreError
from desktop.core.messages import error_message

PASSWORD_ENV = "CORRIDOR_PASSWORD"
USER_ENV = "CORRIDOR_USER"
SEAT_USER_ENV = "CORRIDOR_SEAT_USER"
CODE_ENV = "CORRIDOR_VERIFICATION_CODE"
LANG_CHOICES = ("zh_CN", "en", "vi")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("login", help="log in to the platform (unified login)")
    p.add_argument("username", nargs="?", help=f"account (default: ${USER_ENV} or the last one)")
    p.add_argument("--code", help="verification code, when the platform asks for one")
    p.add_argument("--no-remember", action="store_true", help="keep the login for this command only")
    _common(p)
    p.set_defaults(func=cmd_login)

    p = subparsers.add_parser("logout", help="log out and delete the stored login")
    _common(p)
    p.set_defaults(func=cmd_logout)

    p = subparsers.add_parser("submit", help="submit declarations (or a booking) through the outbox")
    p.add_argument("target", metavar="FILE|ID", help="an exchange file to import and submit, or a draft ID")
    p.add_argument("--no-send", action="store_true", help="only queue; send with `sync` later")
    _common(p)
    p.set_defaults(func=cmd_submit)

    p = subparsers.add_parser("status", help="status of a draft, or of the outbox and the session")
    p.add_argument("id", nargs="?", metavar="ID")
    p.add_argument("--refresh", action="store_true", help="ask the platform first")
    p.add_argument("--everyone", action="store_true", help="every user's queue (a supervisor's default)")
    p.add_argument("--mine", action="store_true", help="only the rows you queued (a broker's default)")
    p.add_argument("--by", metavar="USER", default="", help="only the rows USER queued (supervisors)")
    _common(p)
    p.set_defaults(func=cmd_status)

    p = subparsers.add_parser("users", help="the workspace's users and their roles (broker, supervisor)")
    p.add_argument("name", nargs="?", help="a user whose role to change (with --role)")
    p.add_argument("--role", choices=("broker", "supervisor"), help="the new role (supervisors only)")
    _common(p)
    p.set_defaults(func=cmd_users)

    p = subparsers.add_parser("sync", help="send queued filings and fetch receipts")
    p.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="long-poll for events (≤ 30)")
    _common(p)
    p.set_defaults(func=cmd_sync)

    p = subparsers.add_parser("book", help="search rail-sea schedules, submit or cancel a booking")
    p.add_argument("target", nargs="?", metavar="FILE|ID", help="a booking draft ID or an exchange file")
    p.add_argument("--schedules", action="store_true", help="list the services instead of booking")
    p.add_argument("--origin", default="CNCKG", help="rail origin (UN/LOCODE)")
    p.add_argument("--port-of-loading", default="CNQZH", metavar="LOCODE")
    p.add_argument("--port-of-discharge", default="", metavar="LOCODE")
    p.add_argument("--date", default="", metavar="YYYY-MM-DD")
    p.add_argument("--cancel", action="store_true", help="cancel the booking ID")
    p.add_argument("--no-send", action="store_true", help="only queue; send with `sync` later")
    _common(p)
    p.set_defaults(func=cmd_book)



def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )
    p.add_argument("--environment", choices=("sandbox", "production"), help="platform environment")
    p.add_argument("--json", action="store_true", help="print machine-readable output")
    p.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS, help="language of the output")
    p.add_argument(
        "--user", metavar="NAME", default=argparse.SUPPRESS,
        help=f"the workspace user working on this seat (default: ${SEAT_USER_ENV} or your login name)",
    )


# --- plumbing ---------------------------------------------------------------------------------------------


@contextmanager
def _platform(args: argparse.Namespace, console: Console, *, need_login: bool = True) -> Iterator[Any]:
    """The workspace store and a Platform for the chosen platform (embedded sandbox by default)."""
    from desktop.core.credentials import configure_keyring
    from desktop.core.paths import AppPaths
    from desktop.core.services import filing
    from desktop.core.store import Store

    configure_keyring()
    paths = AppPaths.resolve(data_dir(args)).ensure()
    store = Store.open_workspace(paths, getattr(args, "workspace", "default"))
    handle = owner = None
    try:
        _sign_in(store, args)
    except BaseException:
        store.close()
        raise
    p = None
    try:
        url = getattr(args, "platform", None)
        environment = getattr(args, "environment", None)
        if not url:
            handle, url, owner = _embedded(str(paths.data / "sandbox.sqlite3"))
            environment = environment or "sandbox"
        if environment is None:
            from desktop.core.platform.client import PlatformClient

            probe = PlatformClient(url, "production", deadline=10.0)
            try:
                environment = "sandbox" if probe.health().sandbox else "production"
            finally:
                probe.close()
        p = filing.open_platform(store, url, environment)
        if need_login and not filing.resume(p):
            last = store.settings.get(filing.LAST_USER_KEY.format(environment=p.environment.value))
            username = os.environ.get(USER_ENV) or last
            password = os.environ.get(PASSWORD_ENV)
            if username and password:
                filing.login(p, username, password, os.environ.get(CODE_ENV) or None, remember=False)
        yield p
    finally:
        if p is not None:
            p.close()
        if handle is not None:
            handle.stop()
        if owner is not None:
            owner.release()
        store.close()


def _embedded(db_path: str) -> tuple[Any, str, Any]:
    """The sandbox on the data folder's database: the one the app (or another command) already serves on it, else
    one started here, holding the file for as long as this command runs (desktop/sandbox/ownership.py)."""
    from desktop.sandbox.ownership import Ownership, find_owner

    owner = Ownership(db_path)
    try:
        found = find_owner(owner, timeout=20)
    except OSError:
        raise CoreError("sandbox.not_answering", file=db_path) from None
    if found is not None:
        return None, str(found["url"]), None
    from desktop.sandbox.server import run_embedded

    try:
        handle = run_embedded(db_path=db_path, realtime=True)
    except BaseException:
        owner.release()
        raise
    owner.announce(handle.url)
    return handle, handle.url, owner


def _sign_in(store: Any, args: argparse.Namespace) -> None:
    """The workspace user of this run: ``--user``, ``$CORRIDOR_SEAT_USER`` or the login name."""
    from desktop.core.services import seats

    name = getattr(args, "user", None) or os.environ.get(SEAT_USER_ENV)
    if not name:
        try:
            name = getpass.getuser()
        except (OSError, KeyError):
            name = "cli"
    seats.sign_in(store, name)


def _fail(console: Console, exc: CoreError) -> int:
    from desktop.core.model.exchange import ExchangeError
    from desktop.core.platform.errors import TransientError

    console.core_error(exc)
    for error in exc.params.get("errors", []) or []:
        if isinstance(error, dict) and error.get("field"):
            console.print(f"  {error.get('field')}: {error.get('code', '')}")
    if isinstance(exc, ExchangeError):
        return EXIT_UNREADABLE
    if isinstance(exc, TransientError):
        return EXIT_UNAVAILABLE
    return EXIT_INVALID


def _run(args: argparse.Namespace, console: Console, body: Any, *, need_login: bool = True) -> int:
    try:
        with _platform(args, console, need_login=need_login) as p:
            result: int = body(p)
            return result
    except CoreError as exc:
        return _fail(console, exc)


def _actor(p: Any) -> str:
    if p.auth.username:
        return str(p.auth.username)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cli"


def _require_login(p: Any) -> None:
    from desktop.core.platform.errors import NotLoggedIn

    if not p.auth.logged_in:
        raise NotLoggedIn("platform.not_logged_in", environment=p.environment.value)


# --- commands ---------------------------------------------------------------------------------------------


def cmd_login(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.credentials import STATUS_TEXT
    from desktop.core.platform.errors import VerificationRequired
    from desktop.core.services import filing

    def body(p: Any) -> int:
        last = p.store.settings.get(filing.LAST_USER_KEY.format(environment=p.environment.value))
        username = args.username or os.environ.get(USER_ENV) or last
        if not username:
            username = input(console.tr("Account: ")).strip()
        password = os.environ.get(PASSWORD_ENV) or getpass.getpass(console.tr("Password: "))
        code = args.code or os.environ.get(CODE_ENV) or None
        try:
            me = filing.login(p, username, password, code, remember=not args.no_remember)
        except VerificationRequired:
            if code or not sys.stdin.isatty():
                raise
            code = input(console.tr("Verification code: ")).strip()
            me = filing.login(p, username, password, code, remember=not args.no_remember)
        session = filing.current_session(p)
        if args.json:
            console.json({"username": me.username, "environment": session.environment,
                          "store": str(session.store_status), "companies": [c.id for c in me.companies]})
        else:
            console.say("Logged in to {environment} as {user}.",
                        environment=console.environment(session.environment), user=me.username)
            for company in me.companies:
                console.print(f"  {company.id}  {company.name_zh}  ({company.relation})")
            console.say(STATUS_TEXT[session.store_status], context="Credentials")
        return EXIT_OK

    return _run(args, console, body, need_login=False)


def cmd_logout(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import filing

    def body(p: Any) -> int:
        filing.logout(p)
        console.say("Logged out.")
        return EXIT_OK

    return _run(args, console, body, need_login=False)


def _targets(p: Any, target: str, want: str | None) -> list[tuple[str, str]]:
    """(kind, draft id) pairs named by ``target``: an exchange file to import, or a draft ID."""
    from desktop.core.services import drafts, filing

    path = Path(target)
    if path.suffix.lower() == ".json" or path.exists():
        result = drafts.import_file(p.store, path, author=_actor(p))
        if result.kind == "shipment" and result.derived is not None:
            if want == "booking":
                return [("booking", result.derived.booking.id)] if result.derived.booking else []
            return [("declaration", d.id) for d in result.derived.declarations]
        return [(result.kind, result.id)]
    kind, _ = filing.find_draft(p.store, target)
    return [(kind, target)]


def _report(console: Console, p: Any, pairs: list[tuple[str, str]], as_json: bool = False) -> int:
    from desktop.core.services import filing

    worst = EXIT_OK
    infos = [filing.status(p, kind, draft_id) for kind, draft_id in pairs]
    if as_json:
        console.json([i.to_json() for i in infos])
    for info in infos:
        if not as_json:
            console.say("{kind} {id}: {status}", kind=console.kind(info.kind), id=info.id,
                        status=console.status(info.status))
            if info.customs_no:
                console.say("  customs number {number}", number=info.customs_no)
        if info.status == "failed":
            worst = EXIT_INVALID
            last = info.receipts[-1] if info.receipts else {}
            if last:
                console.error(str(last.get("message_code", "")), count=len(last.get("errors", [])))
                for error in last.get("errors", []):
                    console.print(f"  {error.get('field')}: {_field_error_text(console, error)}")
        elif info.status == "queued":
            worst = max(worst, EXIT_UNAVAILABLE if info.outbox and info.outbox[-1]["last_error"] else EXIT_OK)
            last_error = info.outbox[-1]["last_error"] if info.outbox else ""
            if last_error:
                params = dict(info.outbox[-1].get("last_error_params") or {})
                print(error_message(last_error, params, console.lang), file=console.err)
    return worst


def _field_error_text(console: Console, error: dict[str, Any]) -> str:
    """A platform field error (a rule id or one of the platform's own codes) as a translated sentence."""
    return error_message(str(error.get("code", "")), dict(error.get("params") or {}), console.lang)


def _submit(args: argparse.Namespace, console: Console, want: str | None) -> int:
    from desktop.core.services import filing

    def body(p: Any) -> int:
        pairs = _targets(p, args.target, want)
        if not args.no_send:
            _require_login(p)
        for kind, draft_id in pairs:
            if kind == "booking":
                filing.submit_booking(p, draft_id, actor=_actor(p))
            else:
                filing.submit_declaration(p, draft_id, actor=_actor(p))
        if not args.no_send:
            filing.deliver(p)
        return _report(console, p, pairs, bool(args.json))

    return _run(args, console, body, need_login=not args.no_send)


def cmd_submit(args: argparse.Namespace, console: Console) -> int:
    return _submit(args, console, None)


def cmd_status(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.credentials import STATUS_TEXT
    from desktop.core.services import filing

    def body(p: Any) -> int:
        if args.id:
            info = filing.status(p, None, args.id, refresh=bool(args.refresh and p.auth.logged_in))
            if args.json:
                console.json(info.to_json())
                return EXIT_OK
            console.say("{kind} {id}: {status}", kind=console.kind(info.kind), id=info.id,
                        status=console.status(info.status))
            if info.customs_no:
                console.say("  customs number {number}", number=info.customs_no)
            for receipt in info.receipts:
                code, count = receipt["message_code"], len(receipt["errors"])
                note = error_message(code, {"count": count}, console.lang) if code else ""
                console.print(f"  {console.when(receipt['at'])}  {console.status(receipt['status'])}  {note}")
                for error in receipt["errors"]:
                    console.print(f"    {error.get('field')}: {_field_error_text(console, error)}")
            return EXIT_OK
        from desktop.core.services import seats

        session = filing.current_session(p)
        user = seats.current_user(p.store)
        everyone = True if args.everyone else (False if args.mine else None)
        pending = seats.queue(p.store, p.environment.value, user, everyone=everyone, of=args.by)
        shown = seats.queue_filter(user, everyone=everyone, of=args.by)
        if args.json:
            console.json({
                "environment": session.environment, "username": session.username, "logged_in": session.logged_in,
                "store": str(session.store_status),
                "user": user.name if user else "", "role": str(user.role) if user else "",
                "queue_of": shown.queued_by or "*",
                "pending": [{"kind": r.kind, "id": r.draft_id, "attempts": r.attempts, "last_error": r.last_error,
                             "queued_by": r.queued_by, "sending_seat": r.lease_owner} for r in pending],
            })
            return EXIT_OK
        if user is not None:
            console.say("Working as {user} ({role}).", user=user.name, role=_role_text(console, user.role))
        if session.logged_in:
            console.say("Logged in to {environment} as {user}.", environment=console.environment(session.environment),
                        user=session.username)
        else:
            console.say("Not logged in to {environment}.", environment=console.environment(session.environment))
        console.say(STATUS_TEXT[session.store_status], context="Credentials")
        if shown.queued_by and user is not None and shown.queued_by != user.name:
            console.say("{count} filing(s) queued by {user} waiting to be sent.", plural=len(pending),
                        count=len(pending), user=shown.queued_by)
        elif shown.queued_by:
            console.say("{count} filing(s) you queued waiting to be sent.", plural=len(pending), count=len(pending))
        else:
            console.say("{count} filing(s) waiting to be sent (every user's).", plural=len(pending), count=len(pending))
        for row in pending:
            reason = error_message(row.last_error, row.last_error_params, console.lang) if row.last_error else ""
            by = "" if shown.queued_by else f"  {row.queued_by or '-'}"
            console.print(f"  {console.kind(row.kind)} {row.draft_id}{by}  {row.attempts}  {reason}")
        return EXIT_OK

    return _run(args, console, body)


def _role_text(console: Console, role: str) -> str:
    return console.tr("supervisor") if role == "supervisor" else console.tr("broker")


def cmd_users(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import seats

    def body(p: Any) -> int:
        if args.name and args.role:
            seats.set_role(p.store, args.name, args.role)
        elif args.name or args.role:
            console.error("seats.name_and_role")
            return EXIT_UNREADABLE
        users = p.store.users.list()
        if args.json:
            console.json([{"name": u.name, "role": str(u.role), "last_seen_at": u.last_seen_at} for u in users])
            return EXIT_OK
        for u in users:
            console.print(f"{u.name}  {_role_text(console, u.role)}  {console.when(u.last_seen_at)}")
        return EXIT_OK

    return _run(args, console, body, need_login=False)


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import filing

    def body(p: Any) -> int:
        _require_login(p)
        result = filing.sync(p, wait=args.wait)
        drain = result.drain
        if args.json:
            console.json({"sent": drain.sent, "failed": drain.failed, "pending": drain.pending,
                          "changed": result.changed, "errors": [e.code for e in drain.errors + result.errors]})
        else:
            console.say("Sent {sent}, refused {failed}, still queued {pending}; {changed} status change(s).",
                        plural=result.changed,
                        sent=drain.sent, failed=drain.failed, pending=drain.pending, changed=result.changed)
            for error in drain.errors + result.errors:
                console.core_error(error)
        if drain.offline or result.errors:
            return EXIT_UNAVAILABLE
        return EXIT_INVALID if drain.failed else EXIT_OK

    return _run(args, console, body)


def cmd_book(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import filing

    if args.schedules:
        def schedules(p: Any) -> int:
            _require_login(p)
            found = filing.search_schedules(p, args.origin, args.port_of_loading, args.port_of_discharge, args.date)
            if args.json:
                console.json([s.model_dump() for s in found])
                return EXIT_OK
            for s in found:
                console.print(
                    f"{s.service_code}  {s.train_no}  {s.rail_departure}  cut-off {s.cutoff}  {s.vessel} {s.voyage}"
                    f"  ETD {s.etd}  ETA {s.eta}  {s.transit_days} d  {s.price.amount} {s.price.currency}"
                )
            return EXIT_OK

        return _run(args, console, schedules)
    if not args.target:
        console.error("platform.missing_target")
        return EXIT_UNREADABLE
    if args.cancel:
        def cancel(p: Any) -> int:
            _require_login(p)
            filing.cancel_booking(p, args.target, actor=_actor(p))
            return _report(console, p, [("booking", args.target)], bool(args.json))

        return _run(args, console, cancel)
    return _submit(args, console, "booking")
