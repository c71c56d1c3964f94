"""Rules of the export declaration and the incremental checker the declaration editor keeps.

Header rules see the whole declaration; item rules see one item (and header fields they name in their
dependencies); container rules see one container. :class:`DeclarationChecker` keeps the issues of every rule
and field in slots so that a change to one field re-runs only what depends on it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date

from desktop.core.codes.tables import mode_combinations
from desktop.core.model.declaration import (
    Attachment,
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
)
from desktop.core.rules import decl_header as _decl_header  # noqa: F401  (registers the header rules)
from desktop.core.rules import decl_lines as _decl_lines  # noqa: F401  (registers the item and container rules)
from desktop.core.rules.decl_registry import (
    CONTAINER,
    HEADER,
    ITEM,
    PREFIX,
    USCC_FIELDS,
    Bound,
    Context,
)
from desktop.core.rules.engine import (
    NO_ISSUES,
    FieldCheck,
    Issue,
    field_checks,
)

# --- the checker ---

_ITEM_CHECKS: dict[str, FieldCheck] = {}
_HEADER_CHECKS: dict[str, FieldCheck] = {}
_BOX_CHECKS: dict[str, FieldCheck] = {}
_ATTACHMENT_CHECKS: dict[str, FieldCheck] = {}
#: header field -> header rules / item rules / container rules that read it
_HEADER_DEP: dict[str, tuple[list[Bound], list[Bound], list[Bound]]] = {}
#: item field -> header rules / item rules that read it
_ITEM_DEP: dict[str, tuple[list[Bound], list[Bound]]] = {}
_ITEM_HEADER_RULES: list[Bound] = []
_ready = False
_prepare_lock = threading.Lock()


def _prepare() -> None:
    if not _ready:
        with _prepare_lock:
            _prepare_locked()


def _prepare_locked() -> None:
    global _ready
    if _ready:
        return
    _HEADER_CHECKS.update(field_checks(ExportDeclaration, frozenset(USCC_FIELDS)))
    _ITEM_CHECKS.update(field_checks(DeclarationItem))
    _BOX_CHECKS.update(field_checks(DeclarationContainer))
    _ATTACHMENT_CHECKS.update(field_checks(Attachment))
    for name in ExportDeclaration.model_fields:
        _HEADER_DEP[name] = (
            [r for r in HEADER if name in r.header_deps],
            [r for r in ITEM if name in r.header_deps],
            [r for r in CONTAINER if name in r.header_deps],
        )
    for name in DeclarationItem.model_fields:
        _ITEM_DEP[name] = (
            [r for r in HEADER if name in r.item_deps],
            [r for r in ITEM if name in r.item_deps],
        )
    _ITEM_HEADER_RULES.extend(r for r in HEADER if r.item_deps)
    _ready = True


def _context(today: date | None) -> Context:
    return Context(today=today or date.today(), modes=mode_combinations()["modes"])


class DeclarationChecker:
    """Issues of one declaration, kept up to date field by field (the editor keeps one per open declaration).

    ``update(decl, "items.3.total")`` re-runs only the checks of that field and the rules that depend on it;
    a path it cannot narrow down (a list grown or shrunk, an unknown path) re-checks everything.
    """

    __slots__ = ("_attachments", "_boxes", "_ctx", "_flat", "_header", "_item_flat", "_items")

    def __init__(self, decl: ExportDeclaration, today: date | None = None) -> None:
        _prepare()
        self._ctx = _context(today)
        self._header: dict[str, Sequence[Issue]] = {}
        self._items: list[dict[str, Sequence[Issue]]] = []
        self._item_flat: list[Sequence[Issue]] = []
        self._boxes: list[list[Issue]] = []
        self._attachments: list[Issue] = []
        self._flat: list[Issue] | None = None
        self._full(decl)

    @property
    def issues(self) -> list[Issue]:
        if self._flat is None:
            flat: list[Issue] = []
            for found in self._header.values():
                if found:
                    flat.extend(found)
            for item_issues in self._item_flat:
                flat.extend(item_issues)
            for box_issues in self._boxes:
                flat.extend(box_issues)
            flat.extend(self._attachments)
            self._flat = flat
        return list(self._flat)

    # -- running pieces --
    # Slots map a field name (generic checks) or a rule id (ids always hold a dot) to its issues. A dict keeps the
    # order of first insertion, so flattening the slots gives the same order however they were recomputed.
    def _full(self, d: ExportDeclaration) -> None:
        header: dict[str, Sequence[Issue]] = {}
        self._header = header
        values = d.__dict__
        for name, check in _HEADER_CHECKS.items():
            header[name] = check.check(values.get(name), "", PREFIX)
        for rule in HEADER:
            self._run_header(rule, d)
        self._items = [{} for _ in d.items]
        self._item_flat = [NO_ISSUES] * len(d.items)
        for index, item in enumerate(d.items):
            self._item_all(item, index, d)
        self._boxes = [self._box(box, index, d) for index, box in enumerate(d.containers)]
        self._attachments = self._attachment_issues(d)
        self._flat = None

    def _run_header(self, rule: Bound, d: ExportDeclaration) -> None:
        out: list[Issue] = []
        rule.fn(d, self._ctx, out)
        self._header[rule.id] = out or NO_ISSUES

    def _item_all(self, item: DeclarationItem, index: int, d: ExportDeclaration) -> None:
        slots = self._items[index]
        values = item.__dict__
        where = f"items.{index}."
        found = False
        for name, check in _ITEM_CHECKS.items():
            result = slots[name] = check.check(values.get(name), where, PREFIX)
            found = found or bool(result)
        ctx = self._ctx
        out: list[Issue] = []
        for rule in ITEM:
            rule.fn(item, index, d, ctx, out)
            if out:
                slots[rule.id] = out
                out = []
                found = True
            else:
                slots[rule.id] = NO_ISSUES
        self._item_flat[index] = self._flatten_item(slots) if found else NO_ISSUES

    @staticmethod
    def _flatten_item(slots: dict[str, Sequence[Issue]]) -> Sequence[Issue]:
        flat: list[Issue] = []
        for found in slots.values():
            if found:
                flat.extend(found)
        return flat

    def _box(self, box: DeclarationContainer, index: int, d: ExportDeclaration) -> list[Issue]:
        out: list[Issue] = []
        values = box.__dict__
        prefix = f"containers.{index}."
        for name, check in _BOX_CHECKS.items():
            check.run(values.get(name), prefix + name, PREFIX, out)
        for rule in CONTAINER:
            rule.fn(box, index, d, self._ctx, out)
        return out

    def _attachment_issues(self, d: ExportDeclaration) -> list[Issue]:
        out: list[Issue] = []
        for index, att in enumerate(d.attachments):
            values = att.__dict__
            for name, check in _ATTACHMENT_CHECKS.items():
                check.run(values.get(name), f"attachments.{index}.{name}", PREFIX, out)
        return out

    # -- incremental --
    def update(self, decl: ExportDeclaration, changed_path: str) -> list[Issue]:
        """Re-check after ``changed_path`` (``"traf_mode"``, ``"items.3.total"``) changed; the new issues."""
        self._flat = None
        if len(decl.items) != len(self._items) or len(decl.containers) != len(self._boxes):
            self._full(decl)
            return self.issues
        parts = changed_path.split(".")
        head = parts[0]
        if head == "items" and len(parts) >= 2 and parts[1].isdigit():
            index = int(parts[1])
            if index >= len(decl.items):
                self._full(decl)
            elif len(parts) == 3 and parts[2] in _ITEM_DEP:
                self._item_field(decl, index, parts[2])
            else:
                self._item_all(decl.items[index], index, decl)
                for rule in _ITEM_HEADER_RULES:
                    self._run_header(rule, decl)
        elif head == "containers" and len(parts) >= 2 and parts[1].isdigit():
            index = int(parts[1])
            if index >= len(decl.containers):
                self._full(decl)
            else:
                self._boxes[index] = self._box(decl.containers[index], index, decl)
        elif head == "attachments":
            self._attachments = self._attachment_issues(decl)
        elif len(parts) == 1 and head in _HEADER_DEP and head not in ("items", "containers"):
            self._header_field(decl, head)
        else:
            self._full(decl)
        return self.issues

    def _header_field(self, d: ExportDeclaration, name: str) -> None:
        check = _HEADER_CHECKS.get(name)
        if check is not None:
            self._header[name] = check.check(d.__dict__.get(name), "", PREFIX)
        header_rules, item_rules, box_rules = _HEADER_DEP[name]
        for rule in header_rules:
            self._run_header(rule, d)
        if item_rules:
            ctx = self._ctx
            for index, item in enumerate(d.items):
                slots = self._items[index]
                changed = False
                for rule in item_rules:
                    out: list[Issue] = []
                    rule.fn(item, index, d, ctx, out)
                    if out or slots[rule.id]:
                        slots[rule.id] = out or NO_ISSUES
                        changed = True
                if changed:
                    self._item_flat[index] = self._flatten_item(slots)
        if box_rules:
            self._boxes = [self._box(box, index, d) for index, box in enumerate(d.containers)]

    def _item_field(self, d: ExportDeclaration, index: int, name: str) -> None:
        item = d.items[index]
        slots = self._items[index]
        check = _ITEM_CHECKS.get(name)
        if check is not None:
            slots[name] = check.check(item.__dict__.get(name), f"items.{index}.", PREFIX)
        header_rules, item_rules = _ITEM_DEP[name]
        for rule in item_rules:
            out: list[Issue] = []
            rule.fn(item, index, d, self._ctx, out)
            slots[rule.id] = out or NO_ISSUES
        self._item_flat[index] = self._flatten_item(slots)
        for rule in header_rules:
            self._run_header(rule, d)


def check_declaration(decl: ExportDeclaration, today: date | None = None) -> list[Issue]:
    """Every issue of the declaration: errors block submission, warnings do not."""
    return DeclarationChecker(decl, today).issues
