"""Sending a round of filings from a process of its own, so the app's window never waits behind it.

A desktop process that sends a thousand filings from its own threads makes its window wait for the
interpreter behind every request, answer and commit; on a busy machine the thread holding it is often off the
CPU, and the window stalls for a tenth of a second. :class:`SendingProcess` runs the outbox's sender
(:class:`~desktop.core.outbox.OutboxSender`, several workers) in a spawned child process on the same workspace
file instead; the app's process only waits on a pipe.

Nothing about the outbox changes: the child claims the rows under leases of its own seat (its process), sends
each with its key and bytes and records the answers in the workspace, exactly as a sender thread would. When it
dies mid-round, its leases belong to a process that has ended, so the next sender takes the rows over at once
and looks each ClientSeqNo up before anything is sent again: every filing stays filed once
(desktop/core/outbox/leases.py). The child's commits count as this seat's (the same change-clock writer), so
the app does not take its own sending for another seat's edits.

Over the pipe: the app sends ``("sync", wait, access_token, base_url, user_name, seat)``; the child answers
with the outbox's events of each commit together (``("events", [("filing", FilingEvent), ..., ("outbox",
OutboxEvent)])``, re-emitted in the app's process to its listeners, in order), asks ``("refresh", stale)``
when the platform refused the token (the app's session refreshes: one refresh token, one owner), and ends with
``("done", SyncResult)`` or ``("failed", error)``. The child ends when the pipe closes. Only SQLite
workspaces are sent this way (a server workspace's password stays with the app).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.outbox.child import ChildProcess, requests
from desktop.core.outbox.events import emit_filing, emit_outbox
from desktop.core.platform.errors import NotLoggedIn, PlatformError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from desktop.core.services.filing import Platform, SyncResult
    from desktop.core.store.store import Store

log = logging.getLogger("desktop.core.outbox")
#: queued rows from which a round is worth a process (starting one costs about a second of CPU, once)
PROCESS_ROWS = 20


@dataclass(frozen=True)
class SendingConfig:
    """What the child needs to open the same outbox: the workspace file and this seat's identity in it."""

    path: str
    backups_dir: str
    environment: str
    base_url: str
    workers: int
    writer: str
    #: the app's client's timeouts, deadline, size cap and retries: the child's requests behave as its own would
    client_options: tuple[tuple[str, float], ...] = ()


#: what the child's platform client takes over from the app's
CLIENT_OPTIONS = (
    "connect_timeout", "read_timeout", "deadline", "max_response_bytes", "max_attempts", "retry_after_cap", "backoff"
)


def config_for(platform: Platform, workers: int) -> SendingConfig | None:
    """The child's configuration for ``platform``'s outbox, or None where the workspace cannot be shared so."""
    store = platform.store
    if store.dialect.name != "sqlite":
        return None
    return SendingConfig(
        path=str(store.path),
        backups_dir=str(store.backups_dir),
        environment=platform.outbox.environment,
        base_url=platform.client.base_url,
        workers=workers,
        writer=store.writer,
        client_options=tuple((name, getattr(platform.client, name)) for name in CLIENT_OPTIONS),
    )


class SendingProcess(ChildProcess):
    """The child process sending ``platform``'s outbox; :meth:`sync` is :func:`filing.sync` done there (one round
    at a time)."""

    name = "outbox-sending"

    def _serve(self) -> Any:
        return serve

    def sync(self, platform: Platform, wait: float = 0) -> SyncResult:
        """Send the outbox and apply the event feed in the child; the outbox's events reach this process's
        listeners as the child commits them. A child that dies mid-round is replaced by this process's own
        sender, which takes its rows over (see the module's docstring)."""
        from desktop.core.services import filing

        with self._lock:
            self.start()
            assert self._conn is not None
            try:
                store = platform.store
                self._conn.send(("sync", wait, platform.auth.access_token(), platform.client.base_url,
                                 store.user_name, store.seat))
                return self._answers(platform, self._conn)
            except (EOFError, OSError) as exc:
                log.warning("the sending process stopped (%s): the round goes on in the app's process", exc)
                self._reap()
        return filing.sync(platform, wait)

    def _answers(self, platform: Platform, conn: Connection) -> SyncResult:
        while True:
            kind, value = conn.recv()
            if kind == "events":
                for name, event in value:
                    (emit_filing if name == "filing" else emit_outbox)(event)
            elif kind == "refresh":
                answer_refresh(platform, conn, value)
            elif kind == "done":
                return value  # type: ignore[no-any-return]
            elif kind == "failed":
                raise value



def answer_refresh(platform: Platform, conn: Connection, stale: str | None) -> None:
    """A child's platform refused ``stale``: the app's session refreshes (one refresh token, one owner) and the
    child gets the new access token or the refusal."""
    try:
        token = platform.auth.refresh(stale)
    except Exception as exc:  # the child's request waits for an answer, whatever happened
        refused = exc if isinstance(exc, PlatformError) else NotLoggedIn("platform.not_logged_in")
        conn.send(("error", refused))
        if refused is not exc:
            raise
    else:
        conn.send(("token", token))


class ParentTokens:
    """The child's token provider: the access token the app sent with the round; a refresh is the app's."""

    def __init__(self, conn: Connection, send: Any) -> None:
        self._conn, self._send = conn, send
        self._lock = threading.Lock()
        self.token: str | None = None

    def access_token(self) -> str | None:
        return self.token

    def refresh(self, stale: str | None) -> str:
        with self._lock:
            if self.token is not None and self.token != stale:
                return self.token
            try:
                self._send(("refresh", stale))
                kind, value = self._conn.recv()
            except (EOFError, OSError):
                raise NotLoggedIn("platform.not_logged_in") from None
            if kind == "error":
                raise value
            self.token = str(value)
            return self.token


def open_store(config: SendingConfig) -> Store:
    from pathlib import Path

    from desktop.core.store.store import Store

    store = Store.open(config.path, backups_dir=Path(config.backups_dir))
    store.writer = config.writer  # its commits are this seat's, not another seat's edits
    return store


def serve(conn: Connection, config: SendingConfig) -> None:
    """The child: one round per ``sync`` message until ``stop`` or the pipe closes."""
    from desktop.core.channels.platform import PlatformChannel
    from desktop.core.outbox.events import subscribe_filings, subscribe_outbox
    from desktop.core.outbox.queue import Outbox
    from desktop.core.outbox.sender import OutboxSender
    from desktop.core.platform.client import PlatformClient
    from desktop.core.platform.environments import normalize_base_url, parse_environment
    from desktop.core.services.filing import sync_sender

    sending = threading.Lock()

    def send(message: tuple[Any, ...]) -> None:
        with sending:
            conn.send(message)

    store = open_store(config)
    options: dict[str, Any] = dict(config.client_options)
    client = PlatformClient(config.base_url, parse_environment(config.environment), **options)
    tokens = ParentTokens(conn, send)
    client.token_provider = tokens
    sender = OutboxSender(Outbox(store, config.environment), PlatformChannel(client), workers=config.workers)
    held: list[tuple[str, Any]] = []  # a batch's events, passed on together once its commit is announced

    def hold(kind: str, event: Any) -> None:
        with sending:
            held.append((kind, event))
            if kind == "outbox":  # the last event of a batch's commit (and of a queued or recorded row)
                conn.send(("events", held[:]))
                held.clear()

    def flush() -> None:
        with sending:
            if held:
                conn.send(("events", held[:]))
                held.clear()

    subscribe_filings(lambda event: hold("filing", event))
    subscribe_outbox(lambda event: hold("outbox", event))
    try:
        for message in requests(conn, "sync"):
            _, wait, tokens.token, base_url, store.user_name, store.seat = message
            client.base_url = normalize_base_url(base_url)
            try:
                result = sync_sender(sender, wait)
                flush()
            except Exception as exc:  # a bug or a closed store: the app hears it as the round's failure
                log.exception("sending round failed")
                flush()  # what was committed before it
                try:
                    send(("failed", exc))
                except Exception:  # one that cannot cross processes: its code, if it has one
                    send(("failed", RuntimeError(str(getattr(exc, "code", "")) or type(exc).__name__)))
            else:
                send(("done", result))
    finally:
        client.close()
        store.close()
