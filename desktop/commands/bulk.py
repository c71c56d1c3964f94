"""CLI bulk work: ``bulk check|derive|submit [ID...]`` over many shipments or drafts, and ``overview``.

Without IDs a bulk command takes every shipment of the workspace (or of ``--company``). One line per row, then
a summary. ``submit`` checks each row, queues the clean ones and sends them (unless ``--no-send``). Exit 0 when
every row is done or had nothing to do, 1 when a row failed, 3 when the platform could not be reached.
"""

from __future__ import annotations

import argparse
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, Console, data_dir
from desktop.core.errors import CoreError
from desktop.core.messages import error_message

LANG_CHOICES = ("zh_CN", "en", "vi")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "bulk", help="check, derive or submit many shipments or drafts at once",
        description="Run one operation over many shipments (or declaration / booking drafts): check them "
                    "against the rules, derive their drafts again, or submit them through the outbox.",
    )
    p.add_argument("operation", choices=("check", "derive", "submit"))
    p.add_argument("ids", nargs="*", metavar="ID", help="shipment or draft IDs (default: every shipment)")
    p.add_argument("--company", metavar="ID", help="only this client company's shipments")
    p.add_argument("--with-booking", action="store_true", help="submit the bookings too")
    p.add_argument("--no-send", action="store_true", help="only queue; send with `sync` later")
    _options(p)
    p.set_defaults(func=cmd_bulk)

    p = subparsers.add_parser("overview", help="per client: drafts, queued, rejected and waiting filings")
    _options(p)
    p.set_defaults(func=cmd_overview)


def _options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )
    p.add_argument("--environment", choices=("sandbox", "production"), help="platform environment")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", dest="as_of", help="check dates as of this day")
    p.add_argument("--json", action="store_true", help="print machine-readable output")
    p.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS, help="language of the output")


def _today(args: argparse.Namespace) -> Any:
    from datetime import date

    return date.fromisoformat(args.as_of) if getattr(args, "as_of", None) else None


def _targets(store: Any, args: argparse.Namespace) -> list[tuple[str, str]]:
    from desktop.core.services.bulk import shipment_targets
    from desktop.core.store.records import Filters

    if args.ids:
        return shipment_targets(store, args.ids)
    filters = Filters(company_id=args.company) if args.company else None
    rows = store.shipments.page(0, 1_000_000, sort="updated_at", filters=filters)
    return [("shipment", r.id) for r in rows]


def _print(console: Console, run: Any, as_json: bool) -> int:
    state_names = {"done": console.tr("done"), "failed": console.tr("failed"), "skipped": console.tr("skipped"),
                   "cancelled": console.tr("cancelled"), "pending": console.tr("pending")}
    rows = []
    for r in run.results:
        message = error_message(r.code, r.params, console.lang) if r.code else ""
        rows.append({"kind": r.kind, "id": r.id, "state": r.state.value, "code": r.code, "message": message,
                     "queued": r.queued})
        if not as_json:
            line = f"{r.id}: {state_names[r.state.value]}"
            console.print(f"{line}: {message}" if message else line)
    counts = run.counts()
    if as_json:
        console.json({"operation": run.operation, "counts": counts, "rows": rows})
    else:
        console.say("{total} row(s): {done} done, {failed} failed, {skipped} with nothing to do.",
                    plural=len(run.results),
                    total=len(run.results), done=counts["done"], failed=counts["failed"],
                    skipped=counts["skipped"])
    return EXIT_INVALID if counts["failed"] else EXIT_OK


def cmd_bulk(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services.bulk import BulkRun

    if args.operation != "submit":
        from desktop.core.paths import AppPaths
        from desktop.core.store import Store

        try:
            store = Store.open_workspace(AppPaths.resolve(data_dir(args)).ensure(), args.workspace)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_INVALID
        with store:
            run = BulkRun(args.operation, _targets(store, args), store, actor="cli", today=_today(args))
            run.run()
            return _print(console, run, args.json)

    from desktop.commands import platform as plat
    from desktop.core.services import filing

    def body(p: Any) -> int:
        if not args.no_send:
            plat._require_login(p)
        run = BulkRun("submit", _targets(p.store, args), p.store, platform=p, actor=plat._actor(p),
                      with_booking=args.with_booking, today=_today(args))
        run.run()
        if not args.no_send:
            filing.deliver(p)
        return _print(console, run, args.json)

    return plat._run(args, console, body, need_login=not args.no_send)


def cmd_overview(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.paths import AppPaths
    from desktop.core.services.overview import client_overview
    from desktop.core.store import Store

    try:
        store = Store.open_workspace(AppPaths.resolve(data_dir(args)).ensure(), args.workspace)
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_INVALID
    with store:
        rows = client_overview(store)
    if args.json:
        console.json([{"company_id": r.company_id, "name": r.name, "oldest": r.oldest,
                       **{k: {"count": b.count, "oldest": b.oldest} for k, b in r.buckets.items()}} for r in rows])
        return EXIT_OK
    for r in rows:
        b = r.buckets
        console.say("{name} ({id}): {draft} draft, {queued} queued, {rejected} rejected, {waiting} waiting; "
                    "oldest {oldest}", name=r.name, id=r.company_id, draft=b["draft"].count,
                    queued=b["queued"].count, rejected=b["rejected"].count, waiting=b["waiting"].count,
                    oldest=console.when(r.oldest))
    return EXIT_OK
