"""CLI over the Single Window client channel: ``single-window profile|submit|sync|client``.

``profile`` sets a company's ImpPath and operator card; ``submit`` queues a declaration for the client (refused
with its field errors when the DecMessage would be incomplete); ``sync`` writes OutBox files and reads InBox;
``client`` lets the sandbox play the Single Window client on an ImpPath (a classroom or ``make run`` without the
real client). Exit codes as everywhere: 0 fine, 1 refused (rule or field errors), 2 unreadable input.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, Console, data_dir
from desktop.core.errors import CoreError
from desktop.core.messages import error_message


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "single-window", help="file declarations through the China Single Window client's folders",
        description="Hand declarations to the Single Window desktop client through its ImpPath folders "
                    "(Deccus001\\OutBox, SentBox, FailBox, InBox) and follow its answers.",
    )
    sub = p.add_subparsers(dest="sw_command", metavar="ACTION", required=True)

    q = sub.add_parser("profile", help="show or set a company's ImpPath and operator card")
    q.add_argument("company", metavar="COMPANY")
    q.add_argument("--imp-path", metavar="DIR", help=r"the client's ImpPath, e.g. C:\ImpPath")
    q.add_argument("--operator-card", metavar="NO", help="the operator's IC card number")
    q.add_argument("--operator-name", metavar="NAME", help="the operator's name")
    q.add_argument("--entry-company-code", metavar="CODE", help="data-entry company, 10-character customs code")
    q.add_argument("--entry-company-name", metavar="NAME")
    q.add_argument("--entry-company-uscc", metavar="USCC")
    q.add_argument("--oper-type", choices=("G", "C"), help="G: store in the Single Window for review; C: declare")
    _workspace(q)
    q.set_defaults(func=cmd_profile)

    q = sub.add_parser("submit", help="queue a declaration for the Single Window client")
    q.add_argument("id", metavar="DECLARATION_ID")
    _workspace(q)
    q.set_defaults(func=cmd_submit)

    q = sub.add_parser("sync", help="write queued declarations into OutBox, follow FailBox, read InBox")
    _workspace(q)
    q.set_defaults(func=cmd_sync)

    q = sub.add_parser("client", help="the sandbox plays the Single Window client on an ImpPath (one pass)")
    q.add_argument("imp_path", metavar="IMP_PATH", type=Path)
    q.add_argument("--scenario", default="happy", help="happy, rejection, inspection, slow or upload-fail")
    q.add_argument("--advance", type=float, default=0.0, metavar="SECONDS",
                   help="move the simulated client's clock forward first (receipts come on this clock)")
    q.set_defaults(func=cmd_client)


def _workspace(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )


def _open_store(args: argparse.Namespace) -> Any:
    from desktop.core.paths import AppPaths
    from desktop.core.store import Store

    paths = AppPaths.resolve(data_dir(args)).ensure()
    return Store.open_workspace(paths, args.workspace)


def print_field_errors(console: Console, errors: list[dict[str, Any]] | list[Any]) -> None:
    for e in errors:
        field, code, params = (e["field"], e["code"], e.get("params", {})) if isinstance(e, dict) else (
            e.field, e.code, dict(e.params))
        print(f"  {field}: {error_message(code, params, console.lang)}", file=console.err)


def cmd_profile(args: argparse.Namespace, console: Console) -> int:
    from dataclasses import asdict, replace

    from desktop.core.services import single_window as sw

    with _open_store(args) as store:
        if store.companies.find(args.company) is None:
            console.error("store.not_found", kind="company", ident=args.company)
            return EXIT_INVALID
        profile = sw.get_profile(store, args.company)
        changes = {
            "imp_path": args.imp_path, "ic_code": args.operator_card, "operator_name": args.operator_name,
            "cop_code": args.entry_company_code, "cop_name": args.entry_company_name,
            "cop_scc": args.entry_company_uscc, "oper_type": args.oper_type,
        }
        changes = {k: v for k, v in changes.items() if v is not None}
        if changes:
            profile = replace(profile, **changes)
            sw.set_profile(store, args.company, profile)
        for key, value in asdict(profile).items():
            console.print(f"{key}: {value}")
    return EXIT_OK


def cmd_submit(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import single_window as sw

    with _open_store(args) as store:
        s = sw.open_single_window(store)
        try:
            row = sw.submit_declaration(s, args.id, actor="cli", send=True)
        except CoreError as exc:
            console.core_error(exc)
            print_field_errors(console, exc.params.get("errors", []))
            return EXIT_INVALID
        console.say("declaration {id} queued for the Single Window client as {file}.", id=args.id,
                    file=f"E_{row.client_seq_no}_t-1.zip")
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import single_window as sw

    with _open_store(args) as store:
        result = sw.sync(sw.open_single_window(store))
        for problem in result.problems:
            params = {"file": problem.file, "detail": problem.detail, "size": "", "limit": ""}
            console.print(error_message(problem.code, params, console.lang))
        for error in [*result.drain.errors, *result.errors]:
            console.core_error(error)
        console.say("{sent} written, {changed} changed, {pending} waiting.", sent=result.drain.sent,
                    changed=result.changed, pending=result.drain.pending)
    return EXIT_OK if not result.problems else EXIT_INVALID


def cmd_client(args: argparse.Namespace, console: Console) -> int:
    from desktop.sandbox.clock import SandboxClock
    from desktop.sandbox.single_window import SCENARIOS, SingleWindowClientSim

    if args.scenario not in SCENARIOS:
        console.error("singlewindow.unknown_scenario", scenario=args.scenario, scenarios=", ".join(SCENARIOS))
        return EXIT_UNREADABLE
    if not args.imp_path.is_dir():
        console.error("singlewindow.folder_unavailable", path=str(args.imp_path))
        return EXIT_UNREADABLE
    clock = SandboxClock(realtime=False)
    client = SingleWindowClientSim(args.imp_path, clock, args.scenario)  # goes on from its saved time
    clock.advance(args.advance)
    result = client.step()
    console.say("{imported} imported, {refused} refused, {failed} not sent, {receipts} receipts written.",
                imported=result.imported, refused=result.refused, failed=result.failed_upload,
                receipts=result.receipts)
    return EXIT_OK
