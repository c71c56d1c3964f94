"""The error the document builders raise: a stable code with parameters (see ``messages.py``)."""

from __future__ import annotations

from desktop.core.errors import CoreError


class DocumentError(CoreError):
    """A document could not be made: unknown kind or language, missing data, or an unwritable file."""
