"""CLI command ``pdf``: print one of the five trade documents of a shipment to a PDF file.

    corridor-desk pdf FILE|ID --doc declaration|invoice|packing-list|booking|bill \
        --lang zh-en|en|vi-en -o OUT.pdf

FILE is an exchange file (a shipment derives the document); ID is a shipment, declaration or booking of the
workspace. Exit codes: 0 written, 1 the document cannot be made from this input or not written, 2 unreadable
input or unknown ID.
"""

from __future__ import annotations

import argparse
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.commands.common import EXIT_INVALID, EXIT_OK, EXIT_UNREADABLE, Console, data_dir
from desktop.core.documents import LANGS, DocumentError, DocumentKind, DocumentSource
from desktop.core.errors import CoreError

#: Errors about the input itself (exit 2); every other document error is exit 1.
UNREADABLE_CODES = frozenset({"documents.not_found", "documents.store_unavailable"})


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "pdf", help="print a declaration, invoice, packing list, booking or through bill as PDF",
        description="Make one of the trade documents of a shipment as a PDF with embedded fonts. FILE is "
                    "an exchange file (a shipment derives the document), ID a shipment, declaration or "
                    "booking of the workspace. Exit 0 written, 1 cannot be made or written, 2 unreadable "
                    "input.",
    )
    p.add_argument("source", metavar="FILE|ID")
    p.add_argument("--doc", required=True, choices=[k.value for k in DocumentKind], help="which document")
    p.add_argument("--lang", dest="doc_lang", choices=LANGS, default="zh-en",
                   help="document language: zh-en (Chinese and English, default), en, vi-en")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT.pdf", help="the PDF to write")
    p.add_argument("--created", metavar="ISO-TIME", type=_timestamp,
                   help="fixed creation time (e.g. 2026-12-02T08:00:00+08:00): same input, same bytes")
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )
    p.set_defaults(func=cmd_pdf)


def _timestamp(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def _looks_like_file(value: str) -> bool:
    return value.lower().endswith(".json") or "/" in value or "\\" in value


def _source(args: argparse.Namespace) -> DocumentSource:
    from desktop.core.services import documents as service

    path = Path(args.source)
    if path.is_file() or _looks_like_file(args.source):
        return service.source_from_file(path)
    from desktop.core.paths import AppPaths
    from desktop.core.store import Store, StoreError

    paths = AppPaths.resolve(data_dir(args))
    try:
        workspace = paths.workspace_path(args.workspace)
    except ValueError as exc:
        raise DocumentError("documents.store_unavailable", detail=str(exc)) from exc
    if not workspace.exists():
        raise DocumentError("documents.not_found", id=args.source)
    try:
        with Store.open_workspace(paths, args.workspace) as store:
            return service.source_from_store(store, args.source)
    except StoreError as exc:
        raise DocumentError("documents.store_unavailable", detail=str(exc)) from exc


def cmd_pdf(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import documents as service

    try:
        source = _source(args)
        service.make_document(args.doc, source, args.doc_lang, args.output, created=args.created)
    except DocumentError as exc:
        console.core_error(exc)
        return EXIT_UNREADABLE if exc.code in UNREADABLE_CODES else EXIT_INVALID
    except CoreError as exc:
        console.core_error(exc)
        return EXIT_UNREADABLE
    console.say("Wrote {file}.", file=str(args.output))
    return EXIT_OK
