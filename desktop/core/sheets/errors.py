"""The typed error of spreadsheet import and export (codes in :mod:`.messages`)."""

from __future__ import annotations

from desktop.core.errors import CoreError


class SheetError(CoreError):
    """A spreadsheet that cannot be read safely, or an import that is not clean."""
