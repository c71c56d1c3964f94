"""The rule engine's building blocks: issues, the rule registry, generic field checks compiled from FieldSpec.

Every rule has a stable id, a severity, the fields it depends on (paths with ``*`` for list indices, e.g.
``items.*.total``) and an English source message in :mod:`desktop.core.rules.messages`. Checks are plain
functions over the pydantic models that append :class:`Issue` objects; nothing here formats text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache, lru_cache
from typing import Any

from pydantic import BaseModel
from stdnum import iso6346
from stdnum.cn import uscc as _uscc

from desktop.core.codes import hs
from desktop.core.codes.tables import table
from desktop.core.model.fields import field_specs

ParamValue = str | int | float
CENT = Decimal("0.01")
ZERO = Decimal(0)
CONTAINER_NO = re.compile(r"[A-Z]{3}[UJZ]\d{7}")
USCC_FORMAT = re.compile(r"[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}")


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem found by a rule, pinned to a field path relative to the checked document (0-based)."""

    rule_id: str
    field_path: str
    severity: Severity
    params: Mapping[str, ParamValue]

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: stable id, severity, scope (which document part it checks) and its dependencies."""

    id: str
    severity: Severity
    scope: str
    depends: tuple[str, ...]

    @property
    def message(self) -> str:
        """The English source message (with ``{named}`` placeholders)."""
        from desktop.core.rules.messages import MESSAGES

        return MESSAGES.get(self.id, self.id)


#: The shared empty result of a check that found nothing (never mutated).
NO_ISSUES: Sequence[Issue] = ()

#: Every rule, by id. Documentation, the UI and tests read it; messages live in rules/messages.py.
RULES: dict[str, Rule] = {}


def register(rule_id: str, severity: Severity, scope: str, depends: tuple[str, ...]) -> Rule:
    existing = RULES.get(rule_id)
    if existing is not None:
        merged = tuple(dict.fromkeys(existing.depends + depends))
        rule = Rule(rule_id, existing.severity, existing.scope, merged)
    else:
        rule = Rule(rule_id, severity, scope, depends)
    RULES[rule_id] = rule
    return rule


def issue(rule_id: str, path: str, **params: ParamValue) -> Issue:
    return Issue(rule_id, path, RULES[rule_id].severity, params)


# --- generic checks from the field definitions ---

GENERIC = ("required", "max_length", "pattern", "unknown_code", "hs_unknown", "hs_length")
#: The pattern of a full 10-digit commodity code (商品编号); a shorter run of digits there gets ``hs_length``.
TEN_DIGITS = r"^\d{10}$"


def register_generic(prefix: str, scope: str, kinds: tuple[str, ...] = GENERIC) -> None:
    for kind in kinds:
        register(f"{prefix}.{kind}", Severity.ERROR, scope, ("*",))


@dataclass(frozen=True, slots=True)
class FieldCheck:
    """The generic checks of one field, precompiled: required, maximum length, pattern, code table."""

    name: str
    label: str
    required: bool
    max_length: int | None
    match: Callable[[str], Any] | None
    codes: frozenset[str] | None
    table: str
    is_hs: bool
    ten_digits: bool = False  # a 10-digit commodity code: a digits-only value of another length says so

    def check(self, value: Any, where: str, prefix: str) -> Sequence[Issue]:
        """The issues of ``value`` (at ``where + name``): :data:`NO_ISSUES` or one issue. The hot path."""
        if value is None or value == "":
            if self.required:
                return [issue(prefix + ".required", where + self.name, field=self.label)]
            return NO_ISSUES
        if value.__class__ is not str:
            return NO_ISSUES
        max_length = self.max_length
        if max_length is not None and len(value) > max_length:
            return [
                issue(prefix + ".max_length", where + self.name, field=self.label, max=max_length, length=len(value))
            ]
        match = self.match
        if match is not None and match(value) is None:
            if self.ten_digits and value.isdigit():
                return [issue(prefix + ".hs_length", where + self.name, field=self.label, value=value[:40],
                              length=len(value))]
            return [issue(prefix + ".pattern", where + self.name, field=self.label, value=value[:40])]
        codes = self.codes
        if codes is not None:
            if value not in codes:
                return [
                    issue(
                        prefix + ".unknown_code",
                        where + self.name,
                        field=self.label,
                        value=value[:40],
                        table=self.table,
                    )
                ]
        elif self.is_hs and value.isdigit() and len(value) >= 6 and not hs.exists(value):
            return [issue(prefix + ".hs_unknown", where + self.name, field=self.label, value=value[:6])]
        return NO_ISSUES

    def run(self, value: Any, path: str, prefix: str, out: list[Issue]) -> None:
        if value is None or value == "":
            if self.required:
                out.append(issue(prefix + ".required", path, field=self.label))
            return
        if not isinstance(value, str):
            return
        if self.max_length is not None and len(value) > self.max_length:
            out.append(issue(prefix + ".max_length", path, field=self.label, max=self.max_length, length=len(value)))
            return
        if self.match is not None and self.match(value) is None:
            if self.ten_digits and value.isdigit():
                out.append(issue(prefix + ".hs_length", path, field=self.label, value=value[:40], length=len(value)))
            else:
                out.append(issue(prefix + ".pattern", path, field=self.label, value=value[:40]))
            return
        if self.is_hs:
            if value.isdigit() and len(value) >= 6 and not hs.exists(value):
                out.append(issue(prefix + ".hs_unknown", path, field=self.label, value=value[:6]))
        elif self.codes is not None and value not in self.codes:
            out.append(issue(prefix + ".unknown_code", path, field=self.label, value=value[:40], table=self.table))


@cache
def field_checks(model: type[BaseModel], skip_pattern: frozenset[str] = frozenset()) -> dict[str, FieldCheck]:
    """The generic checks of every field of ``model`` that has one (nested models and lists excluded)."""
    checks: dict[str, FieldCheck] = {}
    for name, spec in field_specs(model).items():
        if spec.is_list:
            continue
        if not (spec.required or spec.max_length or spec.pattern or spec.code_table):
            continue
        pattern = None if name in skip_pattern or not spec.pattern else re.compile(spec.pattern).match
        codes = None
        if spec.code_table and spec.code_table != "hs":
            codes = table(spec.code_table).codes
        checks[name] = FieldCheck(
            name=name,
            label=spec.label,
            required=spec.required,
            max_length=spec.max_length,
            match=pattern,
            codes=codes,
            table=spec.code_table or "",
            is_hs=spec.code_table == "hs",
            ten_digits=spec.code_table == "hs" and spec.pattern == TEN_DIGITS,
        )
    return checks


def walk(
    model: BaseModel,
    path: str,
    prefix: str,
    out: list[Issue],
    skip_pattern: Mapping[type[BaseModel], frozenset[str]] | None = None,
) -> None:
    """Run the generic checks over ``model`` and every model nested in it (lists included)."""
    cls = type(model)
    skip = skip_pattern.get(cls, frozenset()) if skip_pattern else frozenset()
    checks = field_checks(cls, skip)
    values = model.__dict__
    for name, check in checks.items():
        check.run(values.get(name), path + name, prefix, out)
    for name in cls.model_fields:
        value = values.get(name)
        if isinstance(value, BaseModel):
            walk(value, f"{path}{name}.", prefix, out, skip_pattern)
        elif isinstance(value, list) and value and isinstance(value[0], BaseModel):
            for index, element in enumerate(value):
                if isinstance(element, BaseModel):
                    walk(element, f"{path}{name}.{index}.", prefix, out, skip_pattern)


# --- shared helpers ---


def money(value: Decimal) -> Decimal | None:
    """``value`` rounded half-up to cents, or None when it cannot be (too large, not finite)."""
    try:
        return value.quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ArithmeticError):
        return None


def line_total(quantity: Decimal | None, unit_price: Decimal | None) -> Decimal | None:
    if quantity is None or unit_price is None:
        return None
    try:
        return money(quantity * unit_price)
    except (InvalidOperation, ArithmeticError):
        return None


def total_differs(quantity: Decimal | None, unit_price: Decimal | None, total: Decimal | None) -> Decimal | None:
    """The expected total when ``total`` differs from quantity × unit price at 2 decimals, else None."""
    if total is None or quantity is None or unit_price is None:
        return None
    try:
        expected = (quantity * unit_price).quantize(CENT, rounding=ROUND_HALF_UP)
        if total == expected:  # the common case: no second rounding needed
            return None
        declared = total.quantize(CENT, rounding=ROUND_HALF_UP)
    except (InvalidOperation, ArithmeticError):
        return None
    return None if declared == expected else expected


@lru_cache(maxsize=4096)
def uscc_problem(value: str) -> str:
    """``""`` if fine, ``"format"`` if not 18 characters of the GB 32100 alphabet, else ``"check_digit"``."""
    if USCC_FORMAT.fullmatch(value) is None:
        return "format"
    if _uscc.calc_check_digit(value[:17]) != value[17]:
        return "check_digit"
    return ""


@lru_cache(maxsize=4096)
def container_problem(value: str) -> str:
    """``""`` if fine, ``"format"`` if not 4 letters (category U/J/Z) + 7 digits, else ``"check_digit"``."""
    if CONTAINER_NO.fullmatch(value) is None:
        return "format"
    if iso6346.calc_check_digit(value[:10]) != value[10]:
        return "check_digit"
    return ""


class Number(str):
    """A number in a rule's parameters, canonical (``42240.5``); :func:`desktop.core.rules.message` writes it the
    way the message's language does (42,240.5; 42.240,5 in Vietnamese). Codes and references stay plain ``str``."""

    __slots__ = ()


class Day(str):
    """A date in a rule's parameters, ISO (``2026-12-02``); :func:`desktop.core.rules.message` writes it the way
    the message's language does (02/12/2026 in Vietnamese)."""

    __slots__ = ()


def fmt(value: Decimal | int | None) -> str:
    return "" if value is None else Number(value)


def fmt_day(value: date) -> str:
    return Day(value.isoformat())


def is_reefer(iso_code: str) -> bool:
    """An ISO 6346 size-type of a reefer (type group R: 22R1, 45R1 ...)."""
    return len(iso_code) >= 3 and iso_code[2] == "R"
