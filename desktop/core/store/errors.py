"""Errors the store raises: :class:`StoreError` with a stable code (messages in ``store/messages.py``)."""

from __future__ import annotations

from desktop.core.errors import CoreError


class StoreError(CoreError):
    """A store failure the user can act on; ``code`` is one of ``store.*``."""


class NotFoundError(StoreError):
    """``store.not_found`` / ``store.revision_not_found``."""


class ConflictError(StoreError):
    """``store.conflict``: the record moved on since the caller loaded it."""


class NewerDatabaseError(StoreError):
    """``store.newer_database``: written by a newer app; never touched."""


class MigrationError(StoreError):
    """``store.migration_failed``: the step was rolled back, ``user_version`` is unchanged."""
