"""What every subcommand shares: exit codes, the data directory, and translated output on stdout/stderr."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from desktop.core import formats, i18n
from desktop.core.errors import CoreError
from desktop.core.messages import error_message, localise_params

EXIT_OK = 0
EXIT_INVALID = 1  # the input was read but breaks rules, or the platform refused it
EXIT_UNREADABLE = 2  # the input could not be read at all (missing file, malformed JSON, wrong types)
EXIT_UNAVAILABLE = 3  # the platform could not be reached


@dataclass
class Console:
    """Translated output for one CLI run."""

    lang: str
    out: TextIO = field(default_factory=lambda: sys.stdout)  # the stream current when the console is made
    err: TextIO = field(default_factory=lambda: sys.stderr)

    @classmethod
    def for_args(cls, args: argparse.Namespace) -> Console:
        return cls(lang=language(getattr(args, "lang", None), getattr(args, "data_dir", None)))

    def tr(self, source: str, context: str = "Cli", plural: int | None = None, **params: Any) -> str:
        """``source`` in the run's language; ``plural`` is the count that picks a plural form."""
        text = i18n.translate(context, source, self.lang, plural)
        if not params:
            return text
        counts = {k: formats.number(v, self.lang) for k, v in params.items()
                  if isinstance(v, int) and not isinstance(v, bool) and not k.endswith("id")}
        return text.format(**localise_params({**params, **counts}, self.lang))

    def when(self, value: object, *, seconds: bool = False, utc: bool = False) -> str:
        """A stored timestamp (ISO text or datetime) in the run's language, in the computer's time (``utc``: in
        UTC, said so)."""
        if value is None or value == "":
            return "-"
        text = formats.moment(value if isinstance(value, (str, datetime)) else str(value), self.lang,
                              seconds=seconds, local=not utc)
        return f"{text} UTC" if utc else text

    def kind(self, kind: str) -> str:
        """A document kind (``declaration``, ``booking`` ...) as the user calls it."""
        names = {
            "shipment": self.tr("shipment"), "declaration": self.tr("declaration"), "booking": self.tr("booking"),
            "company": self.tr("company"), "agent": self.tr("agent"),
        }
        return names.get(kind, kind)

    def status(self, status: object) -> str:
        """A filing status (``draft``, ``queued`` ...) as the user reads it."""
        from desktop.core import choices

        return choices.status_name(str(status), self.lang)

    def environment(self, environment: object) -> str:
        """A platform environment (``sandbox``) as the user calls it."""
        from desktop.core.platform.environments import environment_name

        return environment_name(str(environment), self.lang)

    def say(self, source: str, plural: int | None = None, **params: Any) -> None:
        print(self.tr(source, plural=plural, **params), file=self.out)

    def print(self, text: str) -> None:
        print(text, file=self.out)

    def json(self, data: Any) -> None:
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str), file=self.out)

    def error(self, code: str, **params: Any) -> None:
        print(error_message(code, params, self.lang), file=self.err)

    def core_error(self, exc: CoreError) -> None:
        self.error(exc.code, **exc.params)


def language(lang: str | None, data_dir: str | Path | None = None) -> str:
    """The language of a CLI run: ``--lang``, else the one chosen in the app (its settings), else the OS's."""
    if lang:
        return i18n.normalize_language(lang)
    from desktop.core.paths import AppPaths
    from desktop.core.settings import load_settings, settings_path

    try:
        chosen = load_settings(settings_path(AppPaths.resolve(Path(data_dir) if data_dir else None).data)).language
    except (OSError, ValueError):
        chosen = ""
    return i18n.normalize_language(chosen) if chosen else i18n.system_language()


def data_dir(args: argparse.Namespace) -> Path | None:
    value = getattr(args, "data_dir", None)
    return Path(value) if value else None
