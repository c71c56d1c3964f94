"""Several seats on one workspace: signing in as a workspace user, roles, and whose queue a seat sees.

::

    user = sign_in(store, "li")            # the first user of a workspace becomes its supervisor
    queue(store, "sandbox", user)          # a broker: their own queued rows; a supervisor: everyone's
    queue(store, "sandbox", user, everyone=False)
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.outbox import Outbox, OutboxRow, RowState
from desktop.core.store.store import Store
from desktop.core.store.users import Role, User, seat_id

__all__ = ["QueueFilter", "Role", "User", "current_user", "queue", "queue_filter", "set_role", "sign_in"]


def sign_in(store: Store, name: str, display_name: str = "") -> User:
    """``name`` works on this seat from now on: registered if new, written into every audit entry."""
    user = store.users.sign_in(name, display_name)
    store.user_name = user.name
    store.seat = seat_id()
    store.audit(user.name, "sign_in", details={"role": str(user.role)})
    return user


def current_user(store: Store) -> User | None:
    return store.users.find(store.user_name) if store.user_name else None


def set_role(store: Store, name: str, role: Role | str) -> User:
    """Change ``name``'s role as the signed-in user (a supervisor)."""
    by = current_user(store)
    if by is None:
        from desktop.core.store.errors import StoreError

        raise StoreError("store.user_required")
    return store.users.set_role(name, Role(role), by=by)


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which outbox rows a seat lists: ``queued_by`` one user ("" = everyone), ``states`` (empty = all)."""

    queued_by: str = ""
    states: tuple[str, ...] = (RowState.QUEUED,)


def queue_filter(user: User | None, *, everyone: bool | None = None, of: str = "") -> QueueFilter:
    """A broker sees their own rows by default, a supervisor everyone's; ``everyone`` overrides for a
    supervisor, who may also pick one user's queue with ``of`` (a broker asking for everyone's, or another
    user's, still gets their own)."""
    if user is None:
        return QueueFilter()
    if of and user.supervisor:
        return QueueFilter(queued_by=of)
    see_all = user.supervisor if everyone is None else (everyone and user.supervisor)
    return QueueFilter(queued_by="" if see_all else user.name)


def queue(
    store: Store, environment: str, user: User | None, *, everyone: bool | None = None, of: str = ""
) -> list[OutboxRow]:
    """The queued rows ``user`` sees on this seat (see :func:`queue_filter`), oldest first."""
    wanted = queue_filter(user, everyone=everyone, of=of)
    return Outbox(store, environment).rows(queued_by=wanted.queued_by or None, states=wanted.states)
