"""Command line: headless commands over ``desktop.core.services``; with no command it starts the desktop app.

Never imports PySide6 itself: the GUI is imported lazily only when no subcommand is given. Each group of
subcommands lives in ``desktop/commands/`` and registers itself on the parser.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands import helptext
from desktop.commands.common import EXIT_UNREADABLE, Console, language

#: Modules under desktop/commands that contribute subcommands (each has ``register(subparsers)``).
COMMAND_MODULES = ("drafts", "platform", "documents", "sheets", "sandbox", "hs", "bulk", "carrier", "single_window")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The parser; ``with_commands=False`` gives the global options only and loads no subcommand module
    (the GUI path uses it, so starting the app never imports the PDF or platform stacks)."""
    parser = argparse.ArgumentParser(
        prog="corridor-desk",
        description="Corridor Desk — filing client for the New Western Land-Sea Corridor single window.",
    )
    parser.add_argument("--version", action="version", version=f"corridor-desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep all data (workspace, logs, cache) under DIR")
    parser.add_argument("--lang", metavar="LANG",
                        help="zh_CN, en or vi (default: the language chosen in the app, else the OS language)")
    parser.add_argument("--platform", metavar="URL", help="platform base URL (default: the embedded sandbox)")
    parser.add_argument("--self-test", action="store_true", help="check this installation and exit")
    if not with_commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"desktop.commands.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop.commands.{name}":
                raise
            continue
        module.register(subparsers)
    return parser


def _wants_commands(args_list: Sequence[str]) -> bool:
    """True when argv names a subcommand or asks for help: only then are the command modules loaded."""
    if any(a in ("-h", "--help") for a in args_list):
        return True
    _, rest = build_parser(with_commands=False).parse_known_args(list(args_list))
    return bool(rest)


def _language_of(args_list: Sequence[str]) -> str:
    """The language of this run from ``--lang`` / ``--data-dir`` alone, before the parser speaks (help, errors)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    known, _ = early.parse_known_args(list(args_list))
    return language(known.lang, known.data_dir)


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    lang = _language_of(args_list)
    helptext.install(lang)
    parser = build_parser(with_commands=_wants_commands(args_list))
    helptext.translate_parser(parser, lang)
    args = parser.parse_args(args_list)
    console = Console.for_args(args)
    if args.self_test:
        from desktop.selftest import run_self_test

        return run_self_test(console)
    if getattr(args, "command", None) is None:
        from desktop.ui.app import run_gui  # lazy: the only place the CLI reaches Qt

        return run_gui(args_list)
    try:
        result: int = args.func(args, console)
    except KeyboardInterrupt:
        console.error("cli.interrupted")
        return 130
    except BrokenPipeError:
        return EXIT_UNREADABLE
    return result


if __name__ == "__main__":
    raise SystemExit(main())
