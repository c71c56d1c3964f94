"""``corridor-desk --help`` and argparse's own messages in the user's language.

Every ``help=`` and ``description=`` of the parser is an English source in the "CliHelp" context (``i18n/build.py``
collects them by building the parser, so a new subcommand's help is extracted without marking it); argparse's own
texts ("usage: ", "the following arguments are required: %s") are listed here in the "Argparse" context and reach
argparse through the gettext hook it calls.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

from desktop.core import i18n

HELP_CONTEXT = "CliHelp"
ARGPARSE_CONTEXT = "Argparse"


def N_(context: str, source: str) -> str:
    del context
    return source


#: argparse's messages a user can meet (the ones about programming mistakes are left out).
ARGPARSE_MESSAGES = (
    N_("Argparse", "usage: "),
    N_("Argparse", "positional arguments"),
    N_("Argparse", "options"),
    N_("Argparse", "show this help message and exit"),
    N_("Argparse", "%(prog)s: error: %(message)s\n"),
    N_("Argparse", "argument %(argument_name)s: %(message)s"),
    N_("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    N_("Argparse", "expected one argument"),
    N_("Argparse", "expected at least one argument"),
    N_("Argparse", "expected at most one argument"),
    N_("Argparse", "expected %s argument"),
    N_("Argparse", "expected %s arguments"),
    N_("Argparse", "invalid %(type)s value: %(value)r"),
    N_("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    N_("Argparse", "not allowed with argument %s"),
    N_("Argparse", "one of the arguments %s is required"),
    N_("Argparse", "the following arguments are required: %s"),
    N_("Argparse", "unrecognized arguments: %s"),
    N_("Argparse", "ignored explicit argument %r"),
    N_("Argparse", "can't open '%(filename)s': %(error)s"),
)


#: The group titles argparse gives itself (translated in the Argparse context).
ARGPARSE_TITLES = frozenset({"positional arguments", "options"})


def help_texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every description, epilog and help text of ``parser`` and its subcommands."""
    seen: set[int] = set()
    stack = [parser]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        for text in (current.description, current.epilog):
            if text:
                yield text
        for group in current._action_groups:
            if group.title and group.title not in ARGPARSE_TITLES:
                yield group.title
        for action in current._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                yield action.help
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        yield choice.help
                stack.extend(action.choices.values())


class FullWidthHeadings(argparse.HelpFormatter):
    """Help whose section headings end in the full-width colon Chinese writes ("选项：", not "选项:")."""

    class _Section(argparse.HelpFormatter._Section):
        def format_help(self) -> str:
            text: str = super().format_help()
            if self.heading and self.heading is not argparse.SUPPRESS:
                text = text.replace(f"{self.heading}:\n", f"{self.heading}：\n", 1)
            return text


def translate_parser(parser: argparse.ArgumentParser, lang: str) -> None:
    """Put ``parser``'s help texts into ``lang`` (in place); :func:`install` the same language first."""
    seen: set[int] = set()
    stack = [parser]
    while stack:
        current = stack.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.description:
            current.description = i18n.translate(HELP_CONTEXT, current.description, lang)
        if current.epilog:
            current.epilog = i18n.translate(HELP_CONTEXT, current.epilog, lang)
        for action in current._actions:
            if action.help and action.help is not argparse.SUPPRESS:
                action.help = i18n.translate(HELP_CONTEXT, action.help, lang)
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    if choice.help:
                        choice.help = i18n.translate(HELP_CONTEXT, choice.help, lang)
                stack.extend(action.choices.values())
        for group in current._action_groups:
            if group.title:
                context = ARGPARSE_CONTEXT if group.title in ARGPARSE_TITLES else HELP_CONTEXT
                group.title = i18n.translate(context, group.title, lang)
        if i18n.normalize_language(lang) == "zh_CN":
            current.formatter_class = FullWidthHeadings


def install(lang: str) -> None:
    """Make argparse's own texts speak ``lang``: it looks them up through the ``gettext`` / ``ngettext`` it bound
    at import, both when a parser is built ("options") and when it formats help or errors ("usage: ").
    Call it before building the parser."""

    def gettext(text: str) -> str:
        return i18n.translate(ARGPARSE_CONTEXT, text, lang)

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
