"""CLI over spreadsheets: ``import FILE.xlsx|FILE.csv`` (called by the ``import`` command for such files),
``template`` (an empty goods sheet per language) and goods export to XLSX.

An import prints the header mapping and every cell error (sheet, cell, field, message); it saves nothing
while a row has errors unless ``--skip-bad-rows`` is given. Exit 0 imported, 1 errors in rows (nothing saved),
2 unreadable or refused file.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, Console
from desktop.core import i18n
from desktop.core.errors import CoreError
from desktop.core.model.fields import LABEL_CONTEXT, field_specs
from desktop.core.model.shipment import GoodsLine, Shipment

SHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt", ".xls")
LANG_CHOICES = ("zh_CN", "en", "vi")


def is_sheet(path: Path) -> bool:
    return path.suffix.lower() in SHEET_SUFFIXES


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "template", help="write an empty goods sheet (XLSX) with the headers in a language",
        description="Write the goods import template: one header per goods line field, in the language given "
                    "(--lang), and a sheet saying what each column holds.",
    )
    p.add_argument("-o", "--output", metavar="FILE.xlsx", type=Path, required=True)
    p.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS,
                   help="language of the headers (default: the OS language)")
    p.set_defaults(func=cmd_template)


def add_import_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("spreadsheets (XLSX, CSV)")
    g.add_argument("--shipment", metavar="ID", help="put the goods into this shipment (replacing its lines)")
    g.add_argument("--company", metavar="ID", help="make a new shipment for this client company")
    g.add_argument("--template", metavar="ID", help="make a new shipment copied from this one")
    g.add_argument("--append", action="store_true", help="keep the shipment's lines and add the imported ones")
    g.add_argument("--skip-bad-rows", action="store_true", dest="skip_bad",
                   help="import the clean rows and leave out the rows with errors")
    g.add_argument("--dry-run", action="store_true", help="show the mapping and the errors, save nothing")


def _field_label(console: Console, model: type, name: str) -> str:
    spec = field_specs(model).get(name.split(".")[0])
    return i18n.translate(LABEL_CONTEXT, spec.label, console.lang) if spec else name


def print_preview(console: Console, preview: Any) -> None:
    for mapping in preview.sheets:
        if mapping.header_row is None:
            console.say("  sheet {sheet}: no goods table", sheet=mapping.sheet)
            continue
        console.say("  sheet {sheet}: header row {row}", sheet=mapping.sheet, row=mapping.header_row)
        for column in mapping.columns:
            if column.field is None:
                target = console.tr("(not imported)")
            elif column.field.startswith("#"):
                target = console.tr("(item number)")
            else:
                target = _field_label(console, GoodsLine, column.field)
            console.print(f"    {column.letter} {column.header} → {target}")
    for name, cell in preview.field_cells.items():
        console.print(f"  {cell}: {_field_label(console, Shipment, name)} = {preview.fields[name]}")
    for error in preview.errors:
        model = Shipment if error.field in preview.fields or error in preview.field_errors else GoodsLine
        console.print(f"  {error.sheet}!{error.cell}: {_field_label(console, model, error.field)}: "
                      f"{error.message(console.lang)}")
    console.say("  {rows} goods line(s), {bad} with errors.", plural=len(preview.rows), rows=len(preview.rows),
                bad=len(preview.bad_rows))


def import_sheet_file(args: argparse.Namespace, console: Console, store: Any, path: Path, author: str) -> int:
    from desktop.core.services import sheets

    try:
        result = sheets.import_sheet(
            store, path, author=author, shipment_id=args.shipment, company_id=args.company,
            template_id=args.template, skip_bad=args.skip_bad, append=args.append, dry_run=args.dry_run,
            today=getattr(args, "as_of", None),
        )
    except CoreError as exc:
        if exc.code == "sheet.not_clean":
            console.say("{file}:", file=str(path))
            print_preview(console, sheets.preview(path))
            console.core_error(exc)
            return EXIT_INVALID
        console.core_error(exc)
        return EXIT_UNREADABLE if exc.code.startswith(("sheet.", "exchange.")) else EXIT_INVALID
    console.say("{file}:", file=str(path))
    print_preview(console, result.preview)
    if result.saved is None:
        console.say("Dry run: nothing saved.")
        return EXIT_OK
    console.say("{file}: imported {kind} {id}.", file=str(path), kind="shipment", id=result.shipment.id)
    for decl in result.saved.declarations:
        console.say("  declaration {id} (part {part} of {parts})", id=decl.id, part=decl.part, parts=decl.parts)
    if result.saved.booking is not None:
        console.say("  booking {id}", id=result.saved.booking.id)
    return EXIT_OK


def cmd_template(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.sheets.writing import write_template

    try:
        write_template(args.output, console.lang)
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_INVALID
    console.print(str(args.output))
    return EXIT_OK
