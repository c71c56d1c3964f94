"""Where the bundled resources (code tables, fonts, schemas, samples, translations) are, from source or frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The project root holding ``resources/`` and ``i18n/`` (the bundle directory when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return root().joinpath("i18n", *parts)
