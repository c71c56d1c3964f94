"""Header rules of the export declaration: they see the whole declaration (identifiers, modes, weights,
totals, dates, freight and insurance charges).
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from desktop.core.model.declaration import (
    MAX_ITEMS,
    ExportDeclaration,
)
from desktop.core.rules.decl_registry import (
    USCC_FIELDS,
    Context,
    E,
    HeaderFn,
    W,
    allowed_codes,
    header_rule,
)
from desktop.core.rules.engine import (
    Issue,
    field_checks,
    fmt,
    fmt_day,
    issue,
    money,
    register,
    uscc_problem,
)

#: An export date this many days before the declaration is flagged.
EXPORT_DATE_MAX_AGE_DAYS = 14

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


@header_rule("decl.mode_levy", E, "trade_mode", "cut_mode")
def _mode_levy(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    allowed = allowed_codes(ctx, d.trade_mode, "cut_modes")
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
    allowed = allowed_codes(ctx, d.trade_mode, "cut_modes")
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
        out.append(issue("decl.total_mismatch", "declared_total", declared=fmt(declared), sum=fmt(summed)))


@header_rule("decl.declaration_date_future", E, "d_date")
def _d_date(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.d_date is not None and d.d_date > ctx.today:
        out.append(issue("decl.declaration_date_future", "d_date", date=fmt_day(d.d_date)))


@header_rule("decl.export_date_past", W, "ie_date", "d_date")
def _ie_date(d: ExportDeclaration, ctx: Context, out: list[Issue]) -> None:
    if d.ie_date is None:
        return
    reference = d.d_date if d.d_date is not None and d.d_date <= ctx.today else ctx.today
    if d.ie_date < reference - timedelta(days=EXPORT_DATE_MAX_AGE_DAYS):
        out.append(issue("decl.export_date_past", "ie_date", date=fmt_day(d.ie_date), days=EXPORT_DATE_MAX_AGE_DAYS))


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
