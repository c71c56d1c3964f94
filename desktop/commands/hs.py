"""CLI ``hs``: HS classification help on the same core search as the GUI's HS lookup.

``corridor-desk hs QUERY [--lang zh_CN|en|vi] [--json]`` prints the candidates best first;
``corridor-desk hs -`` reads one query per line from standard input and prints one JSON list per line.
With ``--company ID`` (and ``--data-dir``/``--workspace``) the company's own products and earlier declarations
come first.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop.commands.common import EXIT_OK, EXIT_UNREADABLE, Console, data_dir
from desktop.core.errors import CoreError

LANG_CHOICES = ("zh_CN", "en", "vi")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "hs", help="find the commodity code of goods by name (Chinese, English or Vietnamese) or code",
        description="Search the company's own history, the Chinese tariff (Chinese and English names), HS 2022 "
                    "and the Vietnamese tariff. QUERY '-' reads one query per line from standard input and "
                    "prints one JSON list per line.",
    )
    p.add_argument("query", metavar="QUERY", help="goods name or code; - for one query per line on stdin")
    p.add_argument("--lang", choices=LANG_CHOICES, default=argparse.SUPPRESS,
                   help="language of the names shown (default: the OS language)")
    p.add_argument("--json", action="store_true", help="print a JSON list")
    p.add_argument("--limit", type=int, default=10, metavar="N", help="at most N candidates (default 10)")
    p.add_argument("--company", metavar="ID", default="", help="search this company's history first")
    p.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="keep all data under DIR")
    p.add_argument(
        "--workspace", metavar="NAME", default="default", help="workspace name or postgresql:// URL (default: default)"
    )
    p.set_defaults(func=cmd_hs)


def cmd_hs(args: argparse.Namespace, console: Console) -> int:
    from desktop.core.services import classify

    store = None
    if args.company:
        from desktop.core.paths import AppPaths
        from desktop.core.store import Store

        try:
            store = Store.open_workspace(AppPaths.resolve(data_dir(args)).ensure(), args.workspace)
        except CoreError as exc:
            console.core_error(exc)
            return EXIT_UNREADABLE
    limit = max(1, args.limit)
    try:
        if args.query == "-":
            for line in sys.stdin:
                found = classify.classify(line.strip(), console.lang, store, args.company, limit)
                console.print(json.dumps([c.as_dict(console.lang) for c in found], ensure_ascii=False))
                console.out.flush()
            return EXIT_OK
        found = classify.classify(args.query, console.lang, store, args.company, limit)
    finally:
        if store is not None:
            store.close()
    if args.json:
        console.json([c.as_dict(console.lang) for c in found])
        return EXIT_OK
    if not found:
        console.say("No candidates for {query}.", query=args.query)
        return EXIT_OK
    note = nearest_note(console, found)
    if note:
        console.print(note)
    for c in found:
        units = " / ".join(f"{code} {name}" for code, name in c.units(console.lang))
        console.print(f"{c.code:<10}  {c.name(console.lang)}")
        if console.lang != "zh_CN" and c.name_zh:
            console.print(f"{'':10}  {c.name_zh}")
        if console.lang == "vi" and c.name_vi_match == "nearest":
            console.say("    (the Vietnamese name of the nearest Vietnamese tariff line of this subheading, {line})",
                        line=c.name_vi_line)
        elif console.lang == "vi" and c.name_vi_match == "subheading":
            console.say("    (the first Vietnamese tariff lines of this subheading: none of them is this line)")
        elif console.lang == "vi" and c.name_vi_match == "missing":
            console.say("    (no line of the Vietnamese tariff names these goods: the English and Chinese names)")
        console.say("    legal units: {units} · matched: {why}", units=units or "-", why=_why(console, c))
    return EXIT_OK


def nearest_note(console: Console, found: Any) -> str:
    """Why a code query lists other lines: the code typed has none in the tariff (empty when it has)."""
    from desktop.core.hsearch import nearest_code

    reason = nearest_code(found)
    if reason is None:
        return ""
    if len(reason.note) == 6:
        return console.tr(
            "The Chinese tariff (2023) has no line {code}: the lines of subheading {prefix} follow, the nearest "
            "first.", code=reason.text, prefix=f"{reason.note[:4]}.{reason.note[4:]}",
        )
    return console.tr(
        "The Chinese tariff (2023) has no line under {code}: the lines of heading {prefix} follow, the nearest "
        "first.", code=reason.text, prefix=reason.note,
    )


def _why(console: Console, candidate: Any) -> str:
    labels = {
        "history": console.tr("own history"), "synonym": console.tr("synonym"),
        "cn_zh": console.tr("Chinese tariff"), "cn_en": console.tr("Chinese tariff (English)"),
        "hs2022": console.tr("HS 2022"), "vn": console.tr("Vietnamese tariff"),
        "vn_example": console.tr("Vietnamese declared goods"), "code": console.tr("code"),
        "code_nearest": console.tr("nearest line to the code"),
    }
    return ", ".join(labels.get(r.source, r.source) for r in candidate.reasons[:3])
