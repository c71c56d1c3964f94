"""Rules of the export declaration and the incremental checker the declaration editor keeps.

Header rules see the whole declaration; item rules see one item (and header fields they name in their
dependencies); container rules see one container. :class:`DeclarationChecker` keeps the issues of every rule
and field in slots so that a change to one field re-runs only what depends on it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from desktop.core.codes.tables import mode_combinations
from desktop.core.model.declaration import (
    MAX_ITEMS,
    Attachment,
    DeclarationContainer,
    DeclarationItem,
    ExportDeclaration,
)
from desktop.core.rules.engine import (
    NO_ISSUES,
    ZERO,
    FieldCheck,
    Issue,
    Severity,
    container_problem,
    field_checks,
    fmt,
    issue,
    money,
    register,
    register_generic,
    total_differs,
    uscc_problem,
)

PREFIX = "decl"
#: An export date this many days before the declaration is flagged.
EXPORT_DATE_MAX_AGE_DAYS = 14
USCC_FIELDS = ("trade_co_scc", "owner_code_scc", "agent_code_scc")
_POSITIVE_ITEM_FIELDS = ("quantity", "unit_price", "total", "legal_quantity_1", "legal_quantity_2")

register_generic(PREFIX, "declaration")


@dataclass(frozen=True, slots=True)
class Context:
    today: date
    modes: dict[str, Any]


HeaderFn = Callable[[ExportDeclaration, Context, list[Issue]], None]
ItemFn = Callable[[DeclarationItem, int, ExportDeclaration, Context, list[Issue]], None]
ContainerFn = Callable[[DeclarationContainer, int, ExportDeclaration, Context, list[Issue]], None]


@dataclass(frozen=True, slots=True)
class _Bound:
    id: str
    fn: Any
    header_deps: frozenset[str]  # header fields
    item_deps: frozenset[str]  # item fields (items.*.<name>)
    container_deps: frozenset[str]


HEADER: list[_Bound] = []
ITEM: list[_Bound] = []
CONTAINER: list[_Bound] = []


def _split(depends: Iterable[str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    header, items, boxes = set(), set(), set()
    for dep in depends:
        if dep.startswith("items.*."):
            items.add(dep[8:])
        elif dep.startswith("containers.*."):
            boxes.add(dep[13:])
        else:
            header.add(dep)
    return frozenset(header), frozenset(items), frozenset(boxes)


def _rule(
    target: list[_Bound], scope: str, rule_id: str, severity: Severity, depends: tuple[str, ...]
) -> Callable[[Any], Any]:
    def wrap(fn: Any) -> Any:
        register(rule_id, severity, scope, depends)
        target.append(_Bound(rule_id, fn, *_split(depends)))
        return fn

    return wrap


def header_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[HeaderFn], HeaderFn]:
    return _rule(HEADER, "declaration", rule_id, severity, depends)


def item_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[ItemFn], ItemFn]:
    return _rule(ITEM, "item", rule_id, severity, depends)


def container_rule(rule_id: str, severity: Severity, *depends: str) -> Callable[[ContainerFn], ContainerFn]:
    return _rule(CONTAINER, "container", rule_id, severity, depends)


E, W = Severity.ERROR, Severity.WARNING


# --- header rules ---


@header_rule("decl.no_items", E, "items")
def _no_items(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if not d.items:
        out.append(issue("decl.no_items", "items"))


@header_rule("decl.too_many_items", E, "items")
def _too_many_items(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if len(d.items) > MAX_ITEMS:
        out.append(issue("decl.too_many_items", "items", count=len(d.items), max=MAX_ITEMS))


def _transport(rule_id: str, mode: str, fields: tuple[str, ...]) -> HeaderFn:
    labels = field_checks(ExportDeclaration)

    def check(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
        if d.traf_mode != mode:
            return
        values = d.__dict__
        for name in fields:
            if not values.get(name):
                label = labels[name].label if name in labels else name
                out.append(issue(rule_id, name, field=label))

    return check


header_rule("decl.waterway_transport_details", E, "traf_mode", "traf_name", "voyage_no", "bill_no")(
    _transport("decl.waterway_transport_details", "2", ("traf_name", "voyage_no", "bill_no"))
)
header_rule("decl.rail_transport_details", E, "traf_mode", "traf_name", "bill_no")(
    _transport("decl.rail_transport_details", "3", ("traf_name", "bill_no"))
)


@header_rule("decl.uscc_format", E, *USCC_FIELDS)
def _uscc_format(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = d.__dict__
    for name in USCC_FIELDS:
        value = values.get(name)
        if value and uscc_problem(value) == "format":
            out.append(issue("decl.uscc_format", name, value=value[:40]))


@header_rule("decl.uscc_check_digit", W, *USCC_FIELDS)
def _uscc_check(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = d.__dict__
    for name in USCC_FIELDS:
        value = values.get(name)
        if value and uscc_problem(value) == "check_digit":
            out.append(issue("decl.uscc_check_digit", name, value=value))


@header_rule("decl.agent_incomplete", E, "agent_code_scc", "agent_name")
def _agent(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.agent_code_scc and not d.agent_name:
        out.append(issue("decl.agent_incomplete", "agent_name"))
    elif d.agent_name and not d.agent_code_scc:
        out.append(issue("decl.agent_incomplete", "agent_code_scc"))


def levy_nature_of(customs_code: str) -> str | None:
    """The levy nature general trade requires for a customs code (its 6th character), or None if not fixed."""
    return {"1": "101", "5": "101", "6": "101", "2": "602", "3": "601", "4": "603"}.get(customs_code[5:6])


def _allowed(ctx: Context, trade_mode: str, key: str) -> list[str] | None:
    mode = ctx.modes.get(trade_mode)
    if mode is None:
        return None
    allowed: list[str] = mode[key]
    return allowed


@header_rule("decl.mode_levy", E, "trade_mode", "cut_mode")
def _mode_levy(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    allowed = _allowed(ctx, d.trade_mode, "cut_modes")
    if allowed and d.cut_mode and d.cut_mode not in allowed:
        out.append(
            issue(
                "decl.mode_levy",
                "cut_mode",
                trade_mode=d.trade_mode,
                cut_mode=d.cut_mode,
                allowed=", ".join(allowed),
            )
        )


@header_rule("decl.customs_code_levy", E, "trade_code", "trade_mode", "cut_mode")
def _customs_code_levy(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.trade_mode != "0110" or len(d.trade_code) != 10 or not d.cut_mode:
        return
    expected = levy_nature_of(d.trade_code)
    allowed = _allowed(ctx, d.trade_mode, "cut_modes")
    if expected and d.cut_mode != expected and (not allowed or d.cut_mode in allowed):
        out.append(
            issue(
                "decl.customs_code_levy",
                "cut_mode",
                expected=expected,
                cut_mode=d.cut_mode,
                sixth=d.trade_code[5],
            )
        )


@header_rule("decl.manual_no", E, "trade_mode", "manual_no")
def _manual_no(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    mode = ctx.modes.get(d.trade_mode)
    if mode is None:
        return
    prefixes: list[str] = mode["manual_no_prefixes"]
    if not d.manual_no:
        if mode["manual_no_required"]:
            out.append(issue("decl.manual_no", "manual_no", trade_mode=d.trade_mode, prefixes="/".join(prefixes)))
    elif not prefixes or d.manual_no[0] not in prefixes:
        out.append(
            issue(
                "decl.manual_no_prefix",
                "manual_no",
                trade_mode=d.trade_mode,
                prefixes="/".join(prefixes) or "-",
            )
        )


register("decl.manual_no_prefix", E, "declaration", ("trade_mode", "manual_no"))


@header_rule("decl.not_positive", E, "pack_no", "gross_wt", "net_wt", "declared_total")
def _not_positive(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = d.__dict__
    for name in ("pack_no", "gross_wt", "net_wt", "declared_total"):
        value = values.get(name)
        if value is not None and value <= 0:
            out.append(issue("decl.not_positive", name, value=fmt(value)))


@header_rule("decl.net_over_gross", E, "net_wt", "gross_wt")
def _net_over_gross(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.net_wt is not None and d.gross_wt is not None and d.net_wt > d.gross_wt:
        out.append(issue("decl.net_over_gross", "net_wt", net=fmt(d.net_wt), gross=fmt(d.gross_wt)))


@header_rule("decl.weight_below_one", W, "gross_wt", "net_wt")
def _below_one(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    for name, value in (("gross_wt", d.gross_wt), ("net_wt", d.net_wt)):
        if value is not None and 0 < value < 1:
            out.append(issue("decl.weight_below_one", name, value=fmt(value)))


@header_rule("decl.single_package", E, "wrap_type", "pack_no")
def _single_package(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.wrap_type in ("00", "01") and d.pack_no is not None and d.pack_no != 1:
        out.append(issue("decl.single_package", "pack_no", wrap_type=d.wrap_type, count=d.pack_no))


@header_rule("decl.total_mismatch", E, "declared_total", "items.*.total")
def _total_mismatch(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.declared_total is None or not d.items:
        return
    total = Decimal(0)
    try:
        for item in d.items:
            if item.total is None:
                return
            total += item.total
    except ArithmeticError:  # absurd magnitudes: other rules report them
        return
    declared, summed = money(d.declared_total), money(total)
    if declared is not None and summed is not None and declared != summed:
        out.append(issue("decl.total_mismatch", "declared_total", declared=str(declared), sum=str(summed)))


@header_rule("decl.declaration_date_future", E, "d_date")
def _d_date(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.d_date is not None and d.d_date > ctx.today:
        out.append(issue("decl.declaration_date_future", "d_date", date=d.d_date.isoformat()))


@header_rule("decl.export_date_past", W, "ie_date", "d_date")
def _ie_date(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.ie_date is None:
        return
    reference = d.d_date if d.d_date is not None and d.d_date <= ctx.today else ctx.today
    if d.ie_date < reference - timedelta(days=EXPORT_DATE_MAX_AGE_DAYS):
        out.append(issue("decl.export_date_past", "ie_date", date=d.ie_date.isoformat(), days=EXPORT_DATE_MAX_AGE_DAYS))


_CHARGES = (
    ("fee_mark", "fee_rate", "fee_curr", ("1", "2", "3")),
    ("insur_mark", "insur_rate", "insur_curr", ("1", "3")),
    ("other_mark", "other_rate", "other_curr", ("1", "3")),
)


@header_rule("decl.charge_incomplete", E, *(n for c in _CHARGES for n in c[:3]))
def _charges(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = d.__dict__
    for mark_name, rate_name, curr_name, marks in _CHARGES:
        mark, rate, curr = values.get(mark_name), values.get(rate_name), values.get(curr_name)
        if rate is not None and not mark:
            out.append(issue("decl.charge_incomplete", mark_name))
        elif mark and mark not in marks:
            out.append(issue("decl.charge_mark_invalid", mark_name, mark=mark, allowed="/".join(marks)))
        elif mark and rate is None:
            out.append(issue("decl.charge_incomplete", rate_name))
        elif mark in ("2", "3") and rate is not None and not curr:
            out.append(issue("decl.charge_incomplete", curr_name))
        if rate is not None and rate < 0:
            out.append(issue("decl.not_positive", rate_name, value=fmt(rate)))


register("decl.charge_mark_invalid", E, "declaration", tuple(n for c in _CHARGES for n in c[:3]))
register("decl.not_positive", E, "declaration", tuple(c[1] for c in _CHARGES))


@header_rule("decl.charge_required", E, "trans_mode", "fee_rate", "insur_rate", "part")
def _charge_required(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.part != 1:
        return  # the charges are declared once, on the first declaration of a shipment
    if d.trans_mode in ("1", "2") and d.fee_rate is None:
        out.append(issue("decl.charge_required", "fee_rate", trans_mode=d.trans_mode))
    if d.trans_mode in ("1", "4") and d.insur_rate is None:
        out.append(issue("decl.charge_required", "insur_rate", trans_mode=d.trans_mode))


@header_rule("decl.charge_not_expected", W, "trans_mode", "fee_rate", "insur_rate")
def _charge_not_expected(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.trans_mode in ("3", "7"):
        if d.fee_rate is not None:
            out.append(issue("decl.charge_not_expected", "fee_rate", trans_mode=d.trans_mode))
        if d.insur_rate is not None:
            out.append(issue("decl.charge_not_expected", "insur_rate", trans_mode=d.trans_mode))
    elif d.trans_mode == "2" and d.insur_rate is not None:
        out.append(issue("decl.charge_not_expected", "insur_rate", trans_mode=d.trans_mode))


# --- item rules ---


@item_rule("item.sequence", E, "items.*.g_no")
def _sequence(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.g_no != i + 1:
        out.append(issue("item.sequence", f"items.{i}.g_no", g_no=it.g_no, expected=i + 1))


@item_rule(
    "item.not_positive",
    E,
    "items.*.quantity",
    "items.*.unit_price",
    "items.*.total",
    "items.*.legal_quantity_1",
    "items.*.legal_quantity_2",
)
def _item_not_positive(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    values = it.__dict__
    for name in _POSITIVE_ITEM_FIELDS:
        value = values[name]
        if value is not None and value <= ZERO:
            out.append(issue("item.not_positive", f"items.{i}.{name}", value=fmt(value)))


@item_rule("item.total_mismatch", E, "items.*.quantity", "items.*.unit_price", "items.*.total")
def _item_total(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    expected = total_differs(it.quantity, it.unit_price, it.total)
    if expected is not None:
        out.append(
            issue(
                "item.total_mismatch",
                f"items.{i}.total",
                total=fmt(it.total),
                expected=str(expected),
                quantity=fmt(it.quantity),
                unit_price=fmt(it.unit_price),
            )
        )


@item_rule("item.currency_mismatch", E, "items.*.currency", "currency")
def _item_currency(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.currency and d.currency and it.currency != d.currency:
        out.append(issue("item.currency_mismatch", f"items.{i}.currency", currency=it.currency, header=d.currency))


@item_rule("item.legal_unit_incomplete", E, "items.*.legal_unit_2", "items.*.legal_quantity_2")
def _legal_2(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if it.legal_unit_2 and it.legal_quantity_2 is None:
        out.append(issue("item.legal_unit_incomplete", f"items.{i}.legal_quantity_2"))
    elif it.legal_quantity_2 is not None and not it.legal_unit_2:
        out.append(issue("item.legal_unit_incomplete", f"items.{i}.legal_unit_2"))


@item_rule("decl.mode_duty", E, "items.*.duty_mode", "trade_mode")
def _mode_duty(it: DeclarationItem, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    allowed = _allowed(ctx, d.trade_mode, "duty_modes")
    if allowed and it.duty_mode and it.duty_mode not in allowed:
        out.append(
            issue(
                "decl.mode_duty",
                f"items.{i}.duty_mode",
                trade_mode=d.trade_mode,
                duty_mode=it.duty_mode,
                allowed=", ".join(allowed),
            )
        )


# --- container rules ---


@container_rule("container.check_digit", E, "containers.*.number")
def _box_number(box: DeclarationContainer, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if not box.number:
        return
    problem = container_problem(box.number)
    if problem == "format":
        out.append(issue("container.format", f"containers.{i}.number", value=box.number[:40]))
    elif problem:
        out.append(issue("container.check_digit", f"containers.{i}.number", value=box.number))


register("container.format", E, "container", ("containers.*.number",))


@container_rule("container.unknown_item", E, "containers.*.items", "items")
def _box_items(box: DeclarationContainer, i: int, d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    count = len(d.items)
    for n in box.items:
        if not 1 <= n <= count:
            out.append(issue("container.unknown_item", f"containers.{i}.items", item=n, count=count))
            return


# --- the checker ---

_ITEM_CHECKS: dict[str, FieldCheck] = {}
_HEADER_CHECKS: dict[str, FieldCheck] = {}
_BOX_CHECKS: dict[str, FieldCheck] = {}
_ATTACHMENT_CHECKS: dict[str, FieldCheck] = {}
#: header field -> header rules / item rules / container rules that read it
_HEADER_DEP: dict[str, tuple[list[_Bound], list[_Bound], list[_Bound]]] = {}
#: item field -> header rules / item rules that read it
_ITEM_DEP: dict[str, tuple[list[_Bound], list[_Bound]]] = {}
_ITEM_HEADER_RULES: list[_Bound] = []
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

    def _run_header(self, rule: _Bound, d: ExportDeclaration) -> None:
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
