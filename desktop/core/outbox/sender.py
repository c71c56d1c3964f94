"""Delivering queued outbox rows through a channel, one pass at a time or from a background thread."""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime

from desktop.core.channels.base import Channel
from desktop.core.channels.platform import PlatformChannel
from desktop.core.outbox.events import OutboxEvent, emit_outbox
from desktop.core.outbox.leases import LEASE_SECONDS, claim_rows, new_owner, renew_leases
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
from desktop.core.platform.models import Filing

log = logging.getLogger("desktop.core.outbox")
#: the most requests a worker makes per claimed batch (one claim, one short write transaction, per batch)
GROUP_ROUNDS = 16
#: the requests a worker makes per batch until the platform's pace is known, and the fewest ever
MIN_ROUNDS = 2
#: about how long one batch should take: while the platform answers quickly the batches grow (doubling) up to
#: GROUP_ROUNDS, so claims cost little per filing; when it is slow they shrink, so answers are recorded and
#: shown without waiting long behind the rest of their batch
BATCH_SECONDS = 0.25
#: how many answers are gathered (over claimed batches) before they are recorded in one durable commit
GROUP_ANSWERS = 16
#: how many claimed batches are handed to the network at once: the one in flight and the next
AHEAD = 2
#: the longest one request may take (the platform client's overall deadline)
REQUEST_SECONDS = 60.0


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


#: a batch's delivery: what happened, the answers to record, and whether the rest of the queue may go on
_Delivered = tuple["DrainResult", list[tuple[OutboxRow, Filing]], bool]


def _add(result: DrainResult, own: DrainResult) -> None:
    result.sent += own.sent
    result.replayed += own.replayed
    result.failed += own.failed
    result.looked_up += own.looked_up
    result.errors.extend(own.errors)


class OutboxSender:
    """Delivers the queued rows of one outbox through one channel; ``drain()`` for tests/CLI, ``start()`` for a
    background thread that drains whenever woken (after a submit) and every ``interval`` seconds.

    ``channel`` is any :class:`~desktop.core.channels.base.Channel`; a :class:`PlatformClient` is wrapped in the
    platform channel."""

    def __init__(
        self,
        outbox: Outbox,
        channel: Channel | PlatformClient,
        *,
        workers: int = 1,
        owner: str = "",
        lease_seconds: float = LEASE_SECONDS,
    ) -> None:
        if isinstance(channel, PlatformClient):
            channel = PlatformChannel(channel)
        if outbox.environment != channel.environment:
            raise ValueError("the outbox and the channel belong to different environments")
        self.outbox = outbox
        self.channel = channel
        self.workers = max(1, workers)
        #: the seat this sender claims rows for (several senders on one workspace each claim their own rows)
        self.owner = owner or new_owner()
        self.lease_seconds = lease_seconds
        #: requests each worker makes in the next claimed batch (from MIN_ROUNDS to GROUP_ROUNDS, by the pace
        #: of the batches before). While a batch is out its leases are renewed every quarter lease for as long
        #: as its requests may take at their whole deadline, so a batch may hold more requests than one lease
        #: would cover (were a lease to run out all the same, the seat taking the row over looks its
        #: ClientSeqNo up first and the same key replays: still filed once)
        self.rounds = MIN_ROUNDS
        self._drain_lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_result = DrainResult()

    # -- one pass

    def drain(self, max_rows: int | None = None) -> DrainResult:
        """Send every queued row once (oldest first) until done or offline; returns what happened.

        Rows are claimed ``workers`` × ``rounds`` at a time (desktop/core/outbox/leases.py): a row another seat
        is sending is left to it, one whose seat died is taken over once its lease has expired.

        The requests go out on a thread of their own while this one does the local work: the batch after the
        one in flight is claimed, and the answers gathered are recorded (a group commit), while the network is
        busy, so the disk hides behind it. A claim renews the leases of every batch handed over and not done,
        so each batch's leases run from about the moment its first request leaves; while a batch is out they
        are renewed as well (``_await``), for as long as its requests may take."""
        result = DrainResult()
        with self._drain_lock:
            after, left, last = 0, max_rows, self.outbox.last_queued_id()  # rows queued meanwhile wait for the next
            pool = ThreadPoolExecutor(self.workers, thread_name_prefix="outbox") if self.workers > 1 else None
            network = ThreadPoolExecutor(1, thread_name_prefix="outbox-send")
            stop = threading.Event()
            answered: list[tuple[OutboxRow, Filing]] = []  # answers not recorded yet (their rows still leased)
            handed: deque[tuple[list[OutboxRow], Future[_Delivered]]] = deque()  # in flight, or next in line
            more = True
            try:
                while True:
                    while more and len(handed) < AHEAD and (left is None or left > 0):
                        size = self.workers * self.rounds
                        renew = [r.id for r, _filing in answered] + [r.id for b, _f in handed for r in b]
                        batch = self.claim(size if left is None else min(size, left), after, last, renew)
                        if not batch:
                            more = False
                            break
                        after = batch[-1].id
                        left = None if left is None else left - len(batch)
                        handed.append((batch, network.submit(self._send_batch, batch, pool, stop)))
                    if not handed:
                        break
                    batch, sending = handed[0]
                    delivered = self._await(batch, sending, answered, handed)
                    handed.popleft()
                    going = self._gather(delivered, result, answered)
                    if not going:
                        break
                    if len(answered) >= GROUP_ANSWERS:
                        self._record(answered)  # while the next batch is in flight
            finally:
                stop.set()  # a batch not started yet gives its rows back
                try:
                    for _batch, sending in handed:  # what was in flight is answered: it is recorded below
                        try:
                            self._gather(sending.result(), result, answered)
                        except Exception:
                            log.exception("a batch in flight failed")
                    network.shutdown(wait=True)
                    self._record(answered)
                finally:
                    if pool is not None:
                        pool.shutdown(wait=True)
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

    def _send_batch(self, batch: list[OutboxRow], pool: ThreadPoolExecutor | None, stop: threading.Event) -> _Delivered:
        """Deliver one claimed batch (on the network thread); a batch whose turn comes after the pass stopped
        gives its rows back."""
        own, mine = DrainResult(), list[tuple[OutboxRow, Filing]]()
        if stop.is_set():
            self._release(batch)
            return own, mine, False
        started = time.monotonic()
        going = self._deliver_batch(batch, own, pool, mine)
        if not going:
            stop.set()
        elif mine:
            self._pace(time.monotonic() - started, len(batch))
        return own, mine, going

    def _pace(self, seconds: float, rows: int) -> None:
        """Size the next batches by how long this one took: about BATCH_SECONDS each, growing by doubling."""
        per_round = seconds / max(1, -(-rows // self.workers))
        fit = int(BATCH_SECONDS / max(per_round, 1e-6))
        self.rounds = max(MIN_ROUNDS, min(GROUP_ROUNDS, fit, 2 * self.rounds))

    def _await(
        self,
        batch: list[OutboxRow],
        sending: Future[_Delivered],
        answered: list[tuple[OutboxRow, Filing]],
        handed: deque[tuple[list[OutboxRow], Future[_Delivered]]],
    ) -> _Delivered:
        """Wait for a batch's delivery; meanwhile, every quarter lease, renew this seat's leases on the rows handed
        over and on the answers not recorded yet, for as long as the batch's requests may take at their whole
        deadline (beyond that the seat counts as stuck, and its leases run out for another seat to take over)."""
        if self.lease_seconds <= 0:
            return sending.result()
        every = self.lease_seconds / 4
        until = time.monotonic() + len(batch) * REQUEST_SECONDS
        while True:
            try:
                return sending.result(timeout=every if time.monotonic() < until else None)
            except TimeoutError:
                if time.monotonic() < until:
                    ids = [r.id for r, _filing in answered] + [r.id for b, _f in handed for r in b]
                    renew_leases(self.outbox.store, self.owner, ids, lease_seconds=self.lease_seconds)

    @staticmethod
    def _gather(delivered: _Delivered, result: DrainResult, answered: list[tuple[OutboxRow, Filing]]) -> bool:
        own, mine, going = delivered
        answered.extend(mine)
        _add(result, own)
        return going

    def claim(
        self, limit: int = 1, after_id: int = 0, up_to_id: int | None = None, renew: Sequence[int] = ()
    ) -> list[OutboxRow]:
        """Claim up to ``limit`` queued rows above ``after_id`` (and up to ``up_to_id``) for this seat, renewing
        its leases on the rows ``renew`` (answered, not recorded yet)."""
        return claim_rows(
            self.outbox.store,
            self.outbox.environment,
            self.owner,
            limit=limit,
            after_id=after_id,
            up_to_id=up_to_id,
            lease_seconds=self.lease_seconds,
            renew=renew,
        )

    def _record(self, answered: list[tuple[OutboxRow, Filing]]) -> None:
        """Record the answers gathered so far in one durable transaction (a group commit), then forget them."""
        if answered:
            taken = answered[:]
            answered.clear()
            self.outbox.record_sent_many(taken)

    def _deliver_batch(
        self,
        batch: list[OutboxRow],
        result: DrainResult,
        pool: ThreadPoolExecutor | None,
        answered: list[tuple[OutboxRow, Filing]],
    ) -> bool:
        """Deliver claimed rows (in parallel with a pool); False when the rest of the queue should wait.

        The platform's answers go to ``answered``, which the caller records together in one durable transaction
        once it holds :data:`GROUP_ANSWERS` of them or the pass ends (a group commit), and only then announces;
        until that commit the rows are still queued under their keys and leased by this seat (each claim renews
        those leases), so a crash meanwhile makes the next run send them again and the platform replays its
        answers."""
        if pool is None or len(batch) < 2:
            for index, row in enumerate(batch):
                if not self._deliver(row, result, answered):
                    self._release(batch[index + 1 :])
                    return False
            return True
        stop = threading.Event()

        def work(row: OutboxRow) -> tuple[DrainResult, list[tuple[OutboxRow, Filing]]]:
            own, mine = DrainResult(), list[tuple[OutboxRow, Filing]]()  # per row: nothing shared
            if stop.is_set():
                self._release([row])
            elif not self._deliver(row, own, mine):
                stop.set()
            return own, mine

        for own, mine in pool.map(work, batch):
            answered.extend(mine)
            _add(result, own)
        return not stop.is_set()

    def _release(self, rows: list[OutboxRow]) -> None:
        for row in rows:
            self.outbox.release(row)

    def _deliver(
        self, row: OutboxRow, result: DrainResult, answered: list[tuple[OutboxRow, Filing]] | None = None
    ) -> bool:
        """Deliver one claimed row; False when the rest of the queue should wait (offline, logged out). The
        platform's answer goes to ``answered`` for the caller to record with others' (else it is recorded now)."""
        outbox = self.outbox
        if row.state != RowState.QUEUED:
            return True  # superseded by an edit, or delivered by another sender meanwhile
        resolving = row.action == "create" and outbox.has_superseded_sibling(row)
        try:
            if row.lease_taken_from and row.action == "create" and not resolving:
                # the seat that held it stopped answering mid-send: what became of the ClientSeqNo?
                found = self.channel.find(row)
                if found is not None:
                    result.looked_up += 1
                    outbox.record_sent(row, found, source="lookup")
                    result.sent += 1
                    return True
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
        if answered is None:
            outbox.record_sent(row, delivery.filing)
        else:
            answered.append((row, delivery.filing))
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
