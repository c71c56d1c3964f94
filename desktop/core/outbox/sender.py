"""Delivering queued outbox rows through a channel, one pass at a time or from a background thread."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.core.channels.base import Channel
from desktop.core.channels.platform import PlatformChannel
from desktop.core.outbox.events import OutboxEvent, emit_outbox
from desktop.core.outbox.queue import Outbox
from desktop.core.outbox.rows import KEY_TTL_SECONDS, OutboxRow, RowState, parse_iso
from desktop.core.platform.client import PlatformClient
from desktop.core.platform.errors import (
    AuthError,
    DuplicateClientSeqNo,
    IdempotencyMismatch,
    InvalidState,
    NotLoggedIn,
    PlatformError,
    Unreachable,
)

log = logging.getLogger("desktop.core.outbox")


@dataclass
class DrainResult:
    sent: int = 0
    replayed: int = 0
    failed: int = 0
    pending: int = 0
    looked_up: int = 0
    errors: list[PlatformError] = field(default_factory=list)

    @property
    def offline(self) -> bool:
        return any(isinstance(e, Unreachable) for e in self.errors)


class OutboxSender:
    """Delivers the queued rows of one outbox through one channel; ``drain()`` for tests/CLI, ``start()`` for a
    background thread that drains whenever woken (after a submit) and every ``interval`` seconds.

    ``channel`` is any :class:`~desktop.core.channels.base.Channel`; a :class:`PlatformClient` is wrapped in the
    platform channel."""

    def __init__(self, outbox: Outbox, channel: Channel | PlatformClient, *, workers: int = 1) -> None:
        if isinstance(channel, PlatformClient):
            channel = PlatformChannel(channel)
        if outbox.environment != channel.environment:
            raise ValueError("the outbox and the channel belong to different environments")
        self.outbox = outbox
        self.channel = channel
        self.workers = max(1, workers)
        self._drain_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_result = DrainResult()

    # -- one pass

    def drain(self, max_rows: int | None = None) -> DrainResult:
        """Send every queued row once (oldest first) until done or offline; returns what happened."""
        result = DrainResult()
        with self._drain_lock:
            rows = self.outbox.pending(max_rows)
            if self.workers == 1 or len(rows) < 2:
                for row in rows:
                    if not self._deliver(row, result):
                        break
            else:
                stop = threading.Event()

                def work(row: OutboxRow) -> DrainResult:
                    own = DrainResult()  # one per row, merged below: no shared counters between threads
                    if not stop.is_set() and not self._deliver(row, own):
                        stop.set()
                    return own

                with ThreadPoolExecutor(self.workers, thread_name_prefix="outbox") as pool:
                    for own in pool.map(work, rows):
                        result.sent += own.sent
                        result.replayed += own.replayed
                        result.failed += own.failed
                        result.looked_up += own.looked_up
                        result.errors.extend(own.errors)
            result.pending = self.outbox.pending_count()
        self.last_result = result
        emit_outbox(
            OutboxEvent(
                result.pending,
                self.outbox.environment,
                online=not result.offline,
                session_expired=any(isinstance(e, NotLoggedIn | AuthError) for e in result.errors),
            ),
        )
        return result

    def _deliver(self, row: OutboxRow, result: DrainResult) -> bool:
        """Deliver one row; False when the rest of the queue should wait (offline, logged out)."""
        outbox = self.outbox
        current = outbox.row(row.id)
        if current is None or current.state != RowState.QUEUED:
            return True  # superseded by an edit, or delivered by another sender meanwhile
        row = current
        resolving = row.action == "create" and outbox.has_superseded_sibling(row)
        try:
            if resolving and not row.first_attempt_at:
                # it replaced a row that may have reached the platform: what became of the ClientSeqNo?
                found = self.channel.find(row)
                if found is not None:  # the earlier version was filed (this row never left)
                    result.looked_up += 1
                    outbox.record_earlier_version(row, found)
                    return True
                outbox.record_sending(row)
            elif row.action == "create" and self._key_may_be_forgotten(row):
                found = self.channel.find(row)
                if found is not None:
                    result.looked_up += 1
                    outbox.record_sent(row, found, source="lookup")
                    result.sent += 1
                    return True
            delivery = self.channel.deliver(row)
        except (IdempotencyMismatch, InvalidState, DuplicateClientSeqNo) as exc:
            # the key came back with "another body" or the ClientSeqNo is taken: was it filed after all?
            found = None
            if row.action == "create":
                try:
                    found = self.channel.find(row)
                except PlatformError as lookup_error:
                    outbox.record_attempt(row, lookup_error)
                    result.errors.append(lookup_error)
                    return lookup_error.final
            if found is not None:
                result.looked_up += 1
                if resolving and isinstance(exc, DuplicateClientSeqNo):
                    # this row's own key would have been replayed: an earlier version holds the ClientSeqNo
                    outbox.record_earlier_version(row, found)
                    return True
                outbox.record_sent(row, found, source="lookup")
                result.sent += 1
                return True
            outbox.record_failed(row, exc)
            result.failed += 1
            result.errors.append(exc)
            return True
        except (NotLoggedIn, AuthError) as exc:
            outbox.record_attempt(row, exc)
            result.errors.append(exc)
            return False
        except PlatformError as exc:
            result.errors.append(exc)
            if exc.final:
                outbox.record_failed(row, exc)
                result.failed += 1
                return True
            outbox.record_attempt(row, exc)
            return not isinstance(exc, Unreachable)
        outbox.record_sent(row, delivery.filing)
        result.sent += 1
        result.replayed += int(delivery.replayed)
        return True

    @staticmethod
    def _key_may_be_forgotten(row: OutboxRow) -> bool:
        if not row.first_attempt_at:
            return False
        first = parse_iso(row.first_attempt_at)
        return first is not None and (datetime.now(UTC) - first).total_seconds() > KEY_TTL_SECONDS

    # -- event feed

    def poll_events(self, wait: float = 0, max_pages: int = 50) -> int:
        """Fetch events after the saved cursor and apply them; returns how many drafts changed."""
        changed = 0
        for _ in range(max_pages):
            cursor = self.outbox.cursor()
            page = self.channel.receipts(cursor, wait=wait)
            if not page.events and page.next_cursor == cursor:
                break
            changed += self.outbox.apply_events(page.events, page.next_cursor, self.channel.fetch)
            if not page.events:
                break
            wait = 0
        return changed

    # -- background thread

    def start(self, interval: float = 15.0) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(
            target=self._run, args=(interval,), name=f"outbox-{self.outbox.environment}", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 10.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self, interval: float) -> None:
        delay = interval
        while not self._stop.is_set():
            try:
                result = self.drain()
                self.poll_events()
                delay = min(delay * 2, 300.0) if result.offline else interval
            except PlatformError as exc:
                log.info("outbox pass stopped: %s", exc.code)
                delay = min(delay * 2, 300.0)
            except Exception:
                log.exception("outbox pass failed")
                delay = min(delay * 2, 300.0)
            self._wake.wait(delay)
            self._wake.clear()
