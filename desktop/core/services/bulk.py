"""Bulk work over many shipments or drafts: check, derive, submit, with a result per row, cancel and retry.

A :class:`BulkRun` takes targets (``("shipment" | "declaration" | "booking", id)``) and one operation; ``run``
goes through them in order, calling ``progress`` after each, and stops early when :meth:`BulkRun.cancel` is
called (from any thread): the rows not reached are ``cancelled``. :meth:`BulkRun.retry` gives a new run over
the rows that failed or were cancelled. The GUI runs it in a worker; the CLI runs it in place.

- ``check``: the shipment with its derived drafts (or one draft) against the rules; errors fail the row.
- ``derive``: save the shipment again so every derived draft not yet submitted follows it.
- ``submit``: check, then queue the row's editable declarations (and booking with ``with_booking``) in the
  outbox; rows with rule errors are not queued. The outbox sender delivers them (``filing.deliver``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from desktop.core.errors import CoreError
from desktop.core.model.filing import EDITABLE
from desktop.core.services import drafts

if TYPE_CHECKING:
    from desktop.core.services.filing import Platform
    from desktop.core.store import Store

log = logging.getLogger("desktop.core.services.bulk")
OPERATIONS = ("check", "derive", "submit")
Target = tuple[str, str]


class RowState(StrEnum):
    PENDING = "pending"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"  # nothing to do (already submitted)
    CANCELLED = "cancelled"


@dataclass
class RowResult:
    kind: str
    id: str
    state: RowState = RowState.PENDING
    code: str = ""  # an Error / Rule message code saying why (failed, skipped) or what was done
    params: dict[str, Any] = field(default_factory=dict)
    queued: list[str] = field(default_factory=list)  # draft ids put in the outbox

    @property
    def ok(self) -> bool:
        return self.state in (RowState.DONE, RowState.SKIPPED)


@dataclass
class BulkRun:
    operation: str
    targets: list[Target]
    store: Store
    platform: Platform | None = None
    actor: str = ""
    with_booking: bool = False
    today: date | None = None
    results: list[RowResult] = field(default_factory=list)
    #: rows before this index are finished (a GUI polls it instead of being called from the worker)
    position: int = 0
    _cancel: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        if self.operation not in OPERATIONS:
            raise drafts.DraftsError("bulk.unknown_operation", operation=self.operation)
        if self.operation == "submit" and self.platform is None:
            raise drafts.DraftsError("bulk.no_platform")
        self.results = [RowResult(kind, ident) for kind, ident in self.targets]

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self, progress: Callable[[int, RowResult], None] | None = None) -> list[RowResult]:
        for index, result in enumerate(self.results):
            if self._cancel.is_set():
                for rest in self.results[index:]:
                    if rest.state is RowState.PENDING:
                        rest.state = RowState.CANCELLED
                break
            if result.state is RowState.PENDING:
                self._one(result)
            self.position = index + 1
            if progress is not None:
                progress(index, result)
        self.position = len(self.results)
        return self.results

    def retry(self) -> BulkRun:
        """A new run of the same operation over the rows that failed or were cancelled."""
        again = [(r.kind, r.id) for r in self.results if r.state in (RowState.FAILED, RowState.CANCELLED)]
        return BulkRun(self.operation, again, self.store, self.platform, self.actor, self.with_booking, self.today)

    def counts(self) -> dict[str, int]:
        out = {state.value: 0 for state in RowState}
        for r in self.results:
            out[r.state.value] += 1
        return out

    # --- one row

    def _one(self, result: RowResult) -> None:
        try:
            if self.operation == "check":
                self._check(result)
            elif self.operation == "derive":
                self._derive(result)
            else:
                self._submit(result)
        except CoreError as exc:
            result.state, result.code, result.params = RowState.FAILED, exc.code, _plain(exc.params)
        except Exception as exc:  # one broken row must not stop the batch: it is logged and reported
            log.exception("bulk %s of %s %s", self.operation, result.kind, result.id)
            result.state, result.code, result.params = RowState.FAILED, "bulk.crashed", {"detail": repr(exc)}

    def _errors(self, result: RowResult) -> int:
        if result.kind == "shipment":
            doc = drafts.export_document(self.store, "shipment", result.id)
            report = drafts.validate_document(doc, today=self.today)
            problems = report.errors
        else:
            draft = self.store.documents(result.kind).find(result.id)
            if draft is None:
                raise drafts.DraftsError("drafts.not_found", kind=result.kind, id=result.id)
            problems = [p for p in drafts.check_draft(draft, today=self.today) if p.is_error]
        if problems:
            first = problems[0]
            result.code, result.params = "bulk.rule_errors", {"count": len(problems), "rule": first.rule_id,
                                                              "field": first.field_path}
        return len(problems)

    def _check(self, result: RowResult) -> None:
        result.state = RowState.FAILED if self._errors(result) else RowState.DONE

    def _derive(self, result: RowResult) -> None:
        shipment_id = result.id if result.kind == "shipment" else self._shipment_of(result)
        saved = drafts.refresh_drafts(self.store, shipment_id, self.actor or "bulk", today=self.today)
        result.state = RowState.DONE
        result.params = {"updated": len(saved.updated), "kept": len(saved.kept)}

    def _shipment_of(self, result: RowResult) -> str:
        draft = self.store.documents(result.kind).find(result.id)
        if draft is None:
            raise drafts.DraftsError("drafts.not_found", kind=result.kind, id=result.id)
        return str(getattr(draft, "shipment_id", ""))

    def _submit(self, result: RowResult) -> None:
        from desktop.core.services import filing

        assert self.platform is not None
        if self._errors(result):
            result.state = RowState.FAILED
            return
        if result.kind == "shipment":
            wanted: list[Target] = [("declaration", d.id)
                                    for d in self.store.declarations.by_shipment(result.id)]
            if self.with_booking:
                wanted += [("booking", b.id) for b in self.store.bookings.by_shipment(result.id)]
        else:
            wanted = [(result.kind, result.id)]
        for kind, ident in wanted:
            draft = self.store.documents(kind).find(ident)
            if draft is None or draft.status not in EDITABLE:
                continue
            if kind == "booking":
                filing.submit_booking(self.platform, ident, actor=self.actor)
            else:
                filing.submit_declaration(self.platform, ident, actor=self.actor)
            result.queued.append(ident)
        if result.queued:
            result.state, result.code = RowState.DONE, ""
        else:
            result.state, result.code = RowState.SKIPPED, "bulk.nothing_to_submit"


def _plain(params: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in params.items() if k != "errors"}


def shipment_targets(store: Store, ids: Sequence[str]) -> list[Target]:
    """Targets for ids that may name shipments, declarations or bookings (unknown ids stay shipments and
    fail with ``drafts.not_found``)."""
    out: list[Target] = []
    for ident in ids:
        kind = "shipment"
        for candidate in ("shipment", "declaration", "booking"):
            if store.documents(candidate).exists(ident):
                kind = candidate
                break
        out.append((kind, ident))
    return out
