"""English source messages of the store's error codes (translated through the ``Error`` context)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "store.newer_database": (
        "{path}: this workspace was written by a newer version of Corridor Desk (database version {found}, "
        "this version understands up to {supported}). Update Corridor Desk to open it."
    ),
    "store.migration_failed": (
        "{path}: upgrading the workspace to database version {version} failed ({detail}); nothing was changed."
    ),
    "store.unreadable": "{path}: not a Corridor Desk workspace or damaged: {detail}",
    "store.busy": "The workspace is busy in another window or program; try again in a moment.",
    "store.closed": "The workspace has been closed.",
    "store.not_found": "No {kind} with ID {id} in this workspace.",
    "store.revision_not_found": "{kind} {id} has no revision {revision}.",
    "store.unknown_company": "No company with ID {company_id} in this workspace; add the company first.",
    "store.company_in_use": "Company {company_id} still has shipments, declarations or bookings; delete them first.",
    "store.company_mismatch": "{kind} {id} belongs to company {actual}, not {expected}.",
    "store.conflict": (
        "{kind} {id} was changed elsewhere (now at revision {actual}, you edited revision {expected}); "
        "reload it and apply your change again."
    ),
    "store.changed_elsewhere": (
        "{kind} {id} was changed elsewhere since you opened it; reload it and apply your change again."
    ),
    "store.user_required": "Sign in with a user name to work on this workspace.",
    "store.not_supervisor": "{user} is a broker; only a supervisor of this workspace can change roles.",
    "store.last_supervisor": "{user} is the last supervisor of this workspace; make someone else supervisor first.",
    "store.backup_failed": "Backing up the workspace to {path} failed: {detail}",
    "store.restore_failed": "Restoring the workspace from {path} failed: {detail}",
    "store.pg_auth": "The database server {url} refused the user name or password. Check them and try again.",
    "store.pg_unreachable": (
        "No database server answers at {url} ({detail}). Check the host and port, and that the server is running."
    ),
    "store.pg_tls": (
        "The secure connection to {url} failed ({detail}). Check the server's certificate and the CA file in the "
        "workspace settings."
    ),
    "store.pg_no_database": "The database server {url} has no such database ({detail}).",
    "store.server_backup": (
        "A workspace on the database server {url} is backed up on the server (pg_dump), not by Corridor Desk."
    ),
}
