"""Attaching the documents of received declarations from a process of its own, so the app's window never waits
behind them.

Making a declaration's PDFs (reportlab is pure Python), reading its shipment, uploading the files and noting them
in the workspace all hold an interpreter; done from a thread of the app's process they stall its window for a
tenth of a second at a time. :class:`AttachingProcess` does all of it in a spawned child process on the same
workspace file, at a lower CPU priority than the app (nice 10; below normal on Windows); the app's process only
waits on a pipe, one declaration at a time.

Every guarantee stays: the child runs :func:`desktop.core.services.attach.attach_received`, which reads the
platform's copy of the declaration before anything is sent, so a child killed between an upload and its note in
the workspace leaves nothing to double; the next child notes what the platform holds and makes the rest. The
child's commits count as this seat's (the same change-clock writer).

Over the pipe: the app sends ``("attach", decl_id, lang, actor, access_token, base_url, user_name, seat)``; the
child asks ``("refresh", stale)`` when the platform refused the token (the app's session refreshes: one refresh
token, one owner) and ends with ``("done", None)`` or ``("failed", error)``. The child ends when the pipe closes.
A child that dies mid-declaration is reported as ``documents.worker_stopped``; the next declaration starts another.
Only SQLite workspaces are attached this way (a server workspace's password stays with the app).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from desktop.core.documents.errors import DocumentError
from desktop.core.outbox.child import ChildProcess, requests

if TYPE_CHECKING:
    from multiprocessing.connection import Connection

    from desktop.core.outbox.process import SendingConfig
    from desktop.core.services.filing import Platform

log = logging.getLogger(__name__)


class AttachingProcess(ChildProcess):
    """The child process attaching documents for ``platform``'s workspace; :meth:`attach` is
    :func:`~desktop.core.services.attach.attach_received` done there (one declaration at a time)."""

    name = "documents-attach"

    def _serve(self) -> Any:
        return serve

    def attach(self, platform: Platform, decl_id: str, lang: str = "zh-en", actor: str = "") -> None:
        """Attach ``decl_id``'s documents in the child; raises what the child raised (``documents.worker_stopped``
        when it died first: nothing is lost, the platform's copy tells the next child what went up)."""
        from desktop.core.outbox.process import answer_refresh

        with self._lock:
            self.start()
            assert self._conn is not None
            conn = self._conn
            try:
                store = platform.store
                conn.send(
                    (
                        "attach",
                        decl_id,
                        lang,
                        actor,
                        platform.auth.access_token(),
                        platform.client.base_url,
                        store.user_name,
                        store.seat,
                    )
                )
                while True:
                    kind, value = conn.recv()
                    if kind == "refresh":
                        answer_refresh(platform, conn, value)
                    elif kind == "done":
                        return
                    elif kind == "failed":
                        raise value
            except (EOFError, OSError) as exc:
                log.warning("the documents process stopped (%s)", exc)
                self._reap()
                raise DocumentError("documents.worker_stopped") from exc



def serve(conn: Connection, config: SendingConfig) -> None:
    """The child: one declaration per ``attach`` message until ``stop`` or the pipe closes."""
    from desktop.core.documents.pool import lower_priority
    from desktop.core.outbox.process import ParentTokens, open_store
    from desktop.core.platform.environments import normalize_base_url
    from desktop.core.services import attach
    from desktop.core.services.filing import open_platform

    lower_priority()  # the window's process goes first
    store = open_store(config)
    options: dict[str, Any] = dict(config.client_options)  # the app's client's timeouts and retries
    platform = open_platform(store, config.base_url, config.environment, **options)
    client = platform.client
    tokens = ParentTokens(conn, conn.send)
    client.token_provider = tokens  # the app's session owns the refresh token
    try:
        for message in requests(conn, "attach"):
            _, decl_id, lang, actor, tokens.token, base_url, store.user_name, store.seat = message
            client.base_url = normalize_base_url(base_url)
            try:
                attach.attach_received(platform, decl_id, lang=lang, actor=actor)
            except Exception as exc:  # a refusal, offline, or a bug: the app hears it as this declaration's
                if not getattr(exc, "code", ""):
                    log.exception("attaching the documents of %s failed", decl_id)
                answer: tuple[str, Any] = ("failed", exc)
            else:
                answer = ("done", None)
            try:
                _answer(conn, answer)
            except OSError:  # the app is gone: what was attached is noted, the rest is found again by its next run
                return
    finally:
        platform.close()
        store.close()


def _answer(conn: Connection, answer: tuple[str, Any]) -> None:
    try:
        conn.send(answer)
    except OSError:
        raise
    except Exception:  # an error that cannot cross processes: its code, if it has one
        exc = answer[1]
        conn.send(("failed", RuntimeError(str(getattr(exc, "code", "")) or type(exc).__name__)))
