"""The local SQLite store of one workspace: master data, drafts with revisions, audit log, search, backups.

Start with :meth:`Store.open` (or :meth:`Store.open_workspace` with :class:`desktop.core.paths.AppPaths`); see
``store/store.py`` for the API, ``store/db.py`` for threads and durable transactions, ``store/migrations/``
for how to add a schema step.
"""

from desktop.core.store.backup import check_backup, list_backups, restore_backup
from desktop.core.store.errors import (
    ConflictError,
    MigrationError,
    NewerDatabaseError,
    NotFoundError,
    StoreError,
)
from desktop.core.store.migrations import MIGRATIONS, Migration, latest_version, migrate, sql_step
from desktop.core.store.records import (
    KINDS,
    AuditEntry,
    BookingRow,
    Change,
    DeclarationRow,
    Filters,
    Kind,
    Revision,
    SearchHit,
    ShipmentRow,
)
from desktop.core.store.store import (
    BookingRepo,
    CompanyRepo,
    DeclarationRepo,
    DocumentRepo,
    PartyRepo,
    ProductRepo,
    ShipmentRepo,
    Store,
    new_id,
)

__all__ = [
    "KINDS",
    "MIGRATIONS",
    "AuditEntry",
    "BookingRepo",
    "BookingRow",
    "Change",
    "CompanyRepo",
    "ConflictError",
    "DeclarationRepo",
    "DeclarationRow",
    "DocumentRepo",
    "Filters",
    "Kind",
    "Migration",
    "MigrationError",
    "NewerDatabaseError",
    "NotFoundError",
    "PartyRepo",
    "ProductRepo",
    "Revision",
    "SearchHit",
    "ShipmentRepo",
    "ShipmentRow",
    "Store",
    "StoreError",
    "check_backup",
    "latest_version",
    "list_backups",
    "migrate",
    "new_id",
    "restore_backup",
    "sql_step",
]
