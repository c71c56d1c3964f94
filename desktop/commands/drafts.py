"""CLI commands over exchange files and the workspace: ``validate``, ``derive``, ``import``, ``export``.

Exit codes (desktop/commands/common.py): 0 fine (warnings do not fail), 1 rule errors or refused by the
workspace, 2 unreadable input (missing file, malformed JSON, wrong types, not an exchange document).
Unreadable input is reported as one message naming the file, the field and what is wrong, never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
from datetime import date
from pathlib import Path
from typing import Any

from desktop.commands import sheets
from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, Console, data_dir
from desktop.core.errors import CoreError
from desktop.core.messages import error_message
from desktop.core.model import exchange
from desktop.core.model.exchange import ExchangeDocument, ExchangeError, Kind

LANG_CHOICES = ("zh_CN", "en", "vi")
FORMATS = ("exchange", "dcsa", "decmessage")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "validate", help="check an exchange file (a shipment is checked with what derives from it)",
        description="Check a shipment, declaration or booking exchange file against the customs and booking "
                    "rules. Exit 0 valid (warnings allowed), 1 rule errors, 2 unreadable input.",
    )
    p.add_argument("files", nargs="+", metavar="FILE.json", type=Path)
    p.add_argument("--json", action="store_true", help="print a machine-readable report")
    _common(p)
    p.set_defaults(func=cmd_validate)

    p = subparsers.add_parser(
        "derive", help="print the declaration(s) and booking derived from a shipment",
        description="Derive the export declaration(s) (one per 50 goods lines) and the rail-sea booking from "
                    "a shipment exchange file and print them as a JSON array of exchange documents.",
    )
    p.add_argument("file", metavar="SHIPMENT.json", type=Path)
    p.add_argument("-o", "--output-dir", metavar="DIR", type=Path,
                   help="write one exchange file per derived document into DIR instead of printing")
    p.add_argument("--format", choices=FORMATS, default="exchange",
                   help="exchange (default); dcsa: the booking as DCSA Booking 2.0 CreateBooking JSON; "
                        "decmessage: one Single Window DecMessage XML per declaration")
    _operator(p)
    _common(p)
    p.set_defaults(func=cmd_derive)

    p = subparsers.add_parser(
        "import", help="import exchange files or spreadsheets (XLSX, CSV) into the workspace",
        description="Import shipment, declaration or booking exchange files into the workspace (see "
                    "--data-dir). A shipment brings its company along and gets its drafts derived. An XLSX or "
                    "CSV invoice / packing list gives a shipment's goods lines (see the spreadsheet options).",
    )
    p.add_argument("files", nargs="+", metavar="FILE", type=Path)
    _workspace(p)
    _common(p)
    sheets.add_import_options(p)
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser(
        "export", help="write a shipment, declaration or booking of the workspace as an exchange file",
    )
    p.add_argument("kind", choices=[k.value for k in Kind], metavar="KIND",
                   help="shipment, declaration or booking")
    p.add_argument("id", metavar="ID")
    p.add_argument("-o", "--output", metavar="FILE", type=Path, required=True)
    p.add_argument("--format", choices=FORMATS, default="exchange",
                   help="exchange (default); dcsa: a booking as DCSA Booking 2.0 CreateBooking JSON; "
                        "decmessage: a declaration as a Single Window DecMessage XML")
    _operator(p)
    _workspace(p)
    _common(p)
    p.set_defaults(func=cmd_export)


def _operator(p: argparse.ArgumentParser) -> None:
    p.add_argument("--operator-card", metavar="NO", help="decmessage: the operator's IC card number "
                   "(default: the company's Single Window settings in the workspace)")
    p.add_argument("--operator-name", metavar="NAME", help="decmessage: the operator's name")


def _profile(args: argparse.Namespace, base: Any = None) -> Any:
    from dataclasses import replace

    from desktop.core.channels.single_window.profile import SingleWindowProfile

    profile = base or SingleWindowProfile()
    if args.operator_card:
        profile = replace(profile, ic_code=args.operator_card)
    if args.operator_name:
        profile = replace(profile, operator_name=args.operator_name)
    return profile


def _write_decmessage(console: Console, decl: Any, profile: Any, target: Path | None) -> int:
    """Write (or print) the DecMessage of ``decl``; when the field table refuses it, nothing is written and each
    error is reported at its field (exit 1)."""
    from desktop.commands.single_window import print_field_errors
    from desktop.core.services import single_window as sw

    data, errors = sw.decmessage_of(decl, profile)
    if data is None:
        console.error("singlewindow.message_invalid", count=len(errors))
        print_field_errors(console, errors)
        return EXIT_INVALID
    if target is None:
        console.print(data.decode("utf-8"))
        return EXIT_OK
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    except OSError as exc:
        console.error("exchange.file_unreadable", file=str(target), detail=exc.strerror or str(exc))
        return EXIT_UNREADABLE
    console.print(str(target))
    return EXIT_OK


def _common(p: argparse.ArgumentParser) -> None:
    # SUPPRESS: when not given here, the value given before the command (corridor-desk --lang vi ...) stays.
    p.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS,
                   help="language of the output (default: the OS language)")
    p.add_argument("--as-of", metavar="YYYY-MM-DD", type=_iso_date, dest="as_of",
                   help="check dates as of this day instead of today (training, old files)")


def _workspace(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                   help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )
    p.add_argument("--author", metavar="NAME", help="name recorded in the audit log (default: the OS user)")


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _author(args: argparse.Namespace) -> str:
    if getattr(args, "author", None):
        return str(args.author)
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "cli"


def unreadable(console: Console, exc: CoreError) -> None:
    """Report unreadable input: the main message, then every further field error pydantic found."""
    console.core_error(exc)
    errors = exc.params.get("errors")
    if isinstance(errors, list) and len(errors) > 1:
        for extra in errors[1:]:
            if isinstance(extra, dict):
                console.error("exchange.invalid_value", **{**extra, "file": exc.params.get("file", "")})


def _error_json(exc: CoreError, lang: str) -> dict[str, Any]:
    params = {k: v for k, v in exc.params.items() if k != "errors"}
    out: dict[str, Any] = {"code": exc.code, "message": error_message(exc.code, exc.params, lang),
                           "params": params}
    if isinstance(exc.params.get("errors"), list):
        out["fields"] = exc.params["errors"]
    return out


# --- validate -----------------------------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import drafts

    worst = EXIT_OK
    reports: list[dict[str, Any]] = []
    for path in args.files:
        try:
            report = drafts.validate_file(path, today=args.as_of)
        except ExchangeError as exc:
            worst = max(worst, EXIT_UNREADABLE)
            if args.json:
                reports.append({"file": str(path), "readable": False, "valid": False,
                                "error": _error_json(exc, console.lang)})
            else:
                unreadable(console, exc)
            continue
        if not report.valid:
            worst = max(worst, EXIT_INVALID)
        if args.json:
            reports.append({"readable": True, **report.to_json(console.lang)})
        else:
            _print_report(console, report)
    if args.json:
        console.json(reports[0] if len(reports) == 1 else reports)
    return worst


def _print_report(console: Console, report: Any) -> None:
    """The file and its verdict first, then one indented line per problem."""
    lang = console.lang
    errors, warnings = len(report.errors), len(report.warnings)
    if errors:
        console.say("{file}: {errors}, {warnings}.", file=report.source,
                    errors=console.tr("{count} error(s)", plural=errors, count=errors),
                    warnings=console.tr("{count} warning(s)", plural=warnings, count=warnings))
    elif warnings:
        console.say("{file}: valid, with {warnings} warning(s).", plural=warnings, file=report.source,
                    warnings=warnings)
    else:
        console.say("{file}: valid.", file=report.source)
    for problem in report.problems:
        severity = console.tr("error") if problem.is_error else console.tr("warning")
        label = problem.label(lang)
        where = console.kind(problem.document)
        if problem.parts > 1:
            where = f"{where} {problem.part}/{problem.parts}"
        field = (console.tr("{path} ({label})", path=problem.field_path, label=label) if label
                 else problem.field_path or "-")
        console.print("  " + console.tr("{severity}: {where}: {field}: {message} [{rule}]", severity=severity,
                                        where=where, field=field, message=problem.message(lang),
                                        rule=problem.rule_id))


# --- derive -------------------------------------------------------------------------------------------------


def cmd_derive(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import drafts

    try:
        doc = drafts.read_file(args.file)
    except ExchangeError as exc:
        unreadable(console, exc)
        return EXIT_UNREADABLE
    if doc.kind is not Kind.SHIPMENT:
        console.error("drafts.not_a_shipment", file=str(args.file), kind=doc.kind.value)
        return EXIT_UNREADABLE
    derived = drafts.derive(doc, today=args.as_of)
    if args.format == "dcsa":
        return _write_dcsa(console, derived.booking, args.output_dir / f"{args.file.stem}.dcsa-booking.json"
                           if args.output_dir is not None else None)
    if args.format == "decmessage":
        worst = EXIT_OK
        for decl in derived.declarations:
            target = (args.output_dir / f"{args.file.stem}.declaration-{decl.part}.decmessage.xml"
                      if args.output_dir is not None else None)
            worst = max(worst, _write_decmessage(console, decl, _profile(args), target))
        return worst
    docs = [ExchangeDocument(kind=Kind.DECLARATION, declaration=d) for d in derived.declarations]
    docs.append(ExchangeDocument(kind=Kind.BOOKING, booking=derived.booking))
    if args.output_dir is None:
        console.print("[\n" + ",\n".join(exchange.dumps(d) for d in docs) + "\n]")
        return EXIT_OK
    stem = args.file.stem
    for d in docs:
        part = d.declaration.part if d.declaration is not None else 0
        name = f"{stem}.declaration-{part}.json" if part else f"{stem}.booking.json"
        target = args.output_dir / name
        try:
            drafts.write_document(d, target)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNREADABLE
        console.print(str(target))
    return EXIT_OK


# --- import / export ----------------------------------------------------------------------------------------


def _open_store(args: argparse.Namespace) -> Any:
    from desktop.core.paths import AppPaths
    from desktop.core.store import Store

    paths = AppPaths.resolve(data_dir(args)).ensure()
    return Store.open_workspace(paths, args.workspace)


def cmd_import(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import drafts

    worst = EXIT_OK
    try:
        store = _open_store(args)
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_INVALID
    except ValueError:
        console.error("drafts.bad_workspace", name=args.workspace)
        return EXIT_UNREADABLE
    author = _author(args)
    with store:
        for path in args.files:
            if sheets.is_sheet(path):
                worst = max(worst, sheets.import_sheet_file(args, console, store, path, author))
                continue
            try:
                result = drafts.import_file(store, path, author=author, today=args.as_of)
            except ExchangeError as exc:
                unreadable(console, exc)
                worst = max(worst, EXIT_UNREADABLE)
                continue
            except CoreError as exc:
                print(f"{path}: {error_message(exc.code, exc.params, console.lang)}", file=console.err)
                worst = max(worst, EXIT_INVALID)
                continue
            console.say("{file}: imported {kind} {id}.", file=str(path), kind=result.kind, id=result.id)
            if result.derived is not None:
                for decl in result.derived.declarations:
                    console.say("  declaration {id} (part {part} of {parts})", id=decl.id, part=decl.part,
                                parts=decl.parts)
                if result.derived.booking is not None:
                    console.say("  booking {id}", id=result.derived.booking.id)
    return worst


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import drafts

    try:
        store = _open_store(args)
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_INVALID
    except ValueError:
        console.error("drafts.bad_workspace", name=args.workspace)
        return EXIT_UNREADABLE
    with store:
        if args.format == "decmessage":
            from desktop.core.services import single_window as sw

            if args.kind != Kind.DECLARATION.value:
                console.error("drafts.decmessage_needs_declaration", kind=args.kind)
                return EXIT_UNREADABLE
            decl = store.declarations.find(args.id)
            if decl is None:
                console.error("outbox.draft_not_found", ident=args.id)
                return EXIT_INVALID
            code = _write_decmessage(console, decl, _profile(args, sw.get_profile(store, decl.company_id)),
                                     args.output)
            if code == EXIT_OK:
                store.audit(_author(args), "export", kind="declaration", subject_id=args.id,
                            company_id=decl.company_id, details={"file": args.output.name, "format": "decmessage"})
            return code
        if args.format == "dcsa":
            from desktop.core.services import carrier

            if args.kind != Kind.BOOKING.value:
                console.error("drafts.dcsa_needs_booking", kind=args.kind)
                return EXIT_UNREADABLE
            try:
                booking = carrier.stored_booking(store, args.id)
            except CoreError as exc:
                console.core_error(exc)
                return EXIT_INVALID
            code = _write_dcsa(console, booking, args.output)
            if code == EXIT_OK:
                store.audit(_author(args), "export", kind="booking", subject_id=args.id,
                            company_id=booking.company_id, details={"file": args.output.name, "format": "dcsa"})
            return code
        try:
            if args.kind == "shipment" and args.output.suffix.lower() == ".xlsx":
                from desktop.core.services.sheets import export_goods

                export_goods(store, args.id, args.output, console.lang, author=_author(args))
            else:
                drafts.export_file(store, args.kind, args.id, args.output, author=_author(args))
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_INVALID
    console.say("{kind} {id} written to {file}.", kind=args.kind, id=args.id, file=str(args.output))
    return EXIT_OK


def _write_dcsa(console: Console, booking: Any, target: Path | None) -> int:
    """Write (or print) the DCSA CreateBooking of ``booking``; the unmet written conditions go to stderr."""
    from desktop.core.services import carrier
    from desktop.core.services.exchange_files import write_text

    export = carrier.dcsa_export(booking)
    for code in export.unmet:
        console.error(code)
    if target is None:
        console.print(export.text().rstrip("\n"))
        return EXIT_OK
    try:
        write_text(export.text(), target)
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_UNREADABLE
    console.print(str(target))
    return EXIT_OK
