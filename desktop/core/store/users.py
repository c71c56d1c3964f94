"""Who works on a shared workspace: its users with their roles, and the seat (process) each one signs in on.

A workspace is shared by the seats of an office (several app windows or CLI runs on one workspace file or
database server). Each seat signs in as a workspace user; the first user of a workspace becomes its supervisor,
later ones brokers. A supervisor sees every broker's queue and may change roles; a broker sees their own by
default. The signed-in user and the seat are written into every audit entry (``Store.user_name``,
``Store.seat``) and the user into every outbox row they queue.
"""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from desktop.core.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.core.store.store import Store

_SEAT = f"{socket.gethostname()}/{os.getpid()}/{uuid.uuid4().hex[:8]}"


def seat_id() -> str:
    """This process's seat: host, process id and a random part (a restarted app is a new seat)."""
    return _SEAT


def seat_gone(seat: str) -> bool:
    """Whether ``seat`` (a :func:`seat_id`, perhaps with a suffix) was a process on this computer that has
    ended. Seats of other computers, and every seat where that cannot be told, count as alive."""
    host, _, rest = seat.partition("/")
    pid_text = rest.partition("/")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or os.name != "posix":
        return False  # on Windows os.kill would end the process; its leases simply expire
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # it exists (another user's process, say)
        return False
    return False


class Role(StrEnum):
    BROKER = "broker"
    SUPERVISOR = "supervisor"


@dataclass(frozen=True, slots=True)
class User:
    name: str
    role: Role
    display_name: str = ""
    created_at: str = ""
    last_seen_at: str = ""

    @property
    def supervisor(self) -> bool:
        return self.role is Role.SUPERVISOR


def _user(row: tuple[str, str, str, str, str]) -> User:
    return User(row[0], Role(row[1]), row[2], row[3], row[4])


class UserRepo:
    """The ``users`` table of one workspace."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def find(self, name: str) -> User | None:
        row = (
            self._store.connection()
            .execute("SELECT name, role, display_name, created_at, last_seen_at FROM users WHERE name = ?", (name,))
            .fetchone()
        )
        return None if row is None else _user(row)

    def list(self) -> list[User]:
        rows = (
            self._store.connection()
            .execute("SELECT name, role, display_name, created_at, last_seen_at FROM users ORDER BY name")
            .fetchall()
        )
        return [_user(r) for r in rows]

    def sign_in(self, name: str, display_name: str = "") -> User:
        """Register ``name`` if new (the first user of the workspace as supervisor) and note it was seen.

        Both in one write transaction, so two seats signing in at once on a new workspace make one supervisor.
        """
        name = name.strip()
        if not name:
            raise StoreError("store.user_required")
        store = self._store
        with store.transaction() as conn:
            now = store.now()
            first = conn.execute("SELECT COUNT(*) FROM users").fetchone()[0] == 0
            role = Role.SUPERVISOR if first else Role.BROKER
            conn.execute(
                "INSERT INTO users (name, role, display_name, created_at, last_seen_at) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT(name) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
                " display_name = CASE WHEN excluded.display_name != '' THEN excluded.display_name"
                " ELSE users.display_name END",
                (name, role, display_name, now, now),
            )
        user = self.find(name)
        assert user is not None
        return user

    def set_role(self, name: str, role: Role, *, by: User) -> User:
        """Change a user's role; only a supervisor may, and the workspace keeps at least one supervisor."""
        if not by.supervisor:
            raise StoreError("store.not_supervisor", user=by.name)
        store = self._store
        with store.transaction() as conn:
            if conn.execute("SELECT 1 FROM users WHERE name = ?", (name,)).fetchone() is None:
                raise StoreError("store.not_found", kind="user", id=name)
            conn.execute("UPDATE users SET role = ? WHERE name = ?", (Role(role), name))
            left = conn.execute("SELECT COUNT(*) FROM users WHERE role = ?", (Role.SUPERVISOR,)).fetchone()[0]
            if not left:
                raise StoreError("store.last_supervisor", user=name)
            store._audit(conn, by.name, "set_role", "user", name, "", {"role": str(role)}, store.now())
        user = self.find(name)
        assert user is not None
        return user
