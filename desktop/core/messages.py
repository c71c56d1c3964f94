"""English source messages for every error code the core raises; translated through the ``Error`` context.

One place maps codes to text: the CLI and the UI both call :func:`error_message`. Areas add their codes to
:data:`ERROR_MESSAGES` (a test checks every code raised has a message in every language).
"""

from __future__ import annotations

from typing import Any

from desktop.core import i18n

ERROR_CONTEXT = "Error"

ERROR_MESSAGES: dict[str, str] = {
    "cli.interrupted": "Interrupted.",
    "exchange.malformed_json": "{file}: not valid JSON (line {line}, column {column}): {reason}",
    "exchange.not_an_object": "{file}: the file must hold a JSON object.",
    "exchange.unknown_format": "{file}: not a Corridor Desk exchange file (format {detail}).",
    "exchange.invalid_value": "{file}: field {field}: {reason}",
    "exchange.file_not_found": "{file}: no such file.",
    "exchange.file_unreadable": "{file}: cannot be read: {detail}",
    "exchange.too_large": "{file}: the file is larger than {limit_mb} MB; it was not read.",
    "exchange.too_deep": "{file}: the data is nested more than {limit} levels deep; this is not an exchange file.",
    "exchange.number_too_long": "{file}: a number is {length} characters long (at most {limit}).",
    "exchange.not_a_number": "{file}: {value} is not a number JSON allows.",
    "exchange.text_too_long": "{file}: field {field} is {length} characters long (at most {limit}).",
    "exchange.control_character": "{file}: field {field} contains a control character (U+{codepoint}).",
}


#: Areas keep their own ``MESSAGES`` dict in a module of their own; they are merged here on first use.
AREA_MODULES = (
    "desktop.core.rules.messages",
    "desktop.core.model.input_errors",
    "desktop.core.store.messages",
    "desktop.core.platform.messages",
    "desktop.core.documents.messages",
    "desktop.core.services.messages",
    "desktop.core.sheets.messages",
    "desktop.core.dcsa.messages",
    "desktop.core.channels.single_window.messages",
)
_merged = False


def all_messages() -> dict[str, str]:
    """Every error code with its English source message."""
    global _merged
    if not _merged:
        import importlib

        for name in AREA_MODULES:
            try:
                module = importlib.import_module(name)
            except ModuleNotFoundError as exc:
                if exc.name is None or not name.startswith(exc.name):
                    raise
                continue
            messages: dict[str, str] = dict(getattr(module, "MESSAGES", {}))
            if name == RULES_MODULE:  # rule ids speak through the Rule context, not here
                rule_ids = _rule_ids()
                messages = {k: v for k, v in messages.items() if k not in rule_ids}
            ERROR_MESSAGES.update(messages)
        _merged = True
    return ERROR_MESSAGES


RULES_MODULE = "desktop.core.rules.messages"


def _rule_ids() -> frozenset[str]:
    try:
        from desktop.core.rules import RULES
    except ModuleNotFoundError:
        return frozenset()
    return frozenset(RULES)


def error_message(code: str, params: dict[str, Any], lang: str) -> str:
    """The translated message for ``code`` with ``params`` filled in; unknown codes still say something useful."""
    source = all_messages().get(code)
    if source is None and code in _rule_ids():
        from desktop.core.rules import Issue, Severity, message

        return message(Issue(code, str(params.get("field_path", "")), Severity.ERROR, params), lang)
    if source is None and "." in code:  # a family message: ``request.*`` speaks for every ``request.<type>``
        source = all_messages().get(code.rsplit(".", 1)[0] + ".*")
    if source is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items() if k != "errors")
        return f"{code}: {detail}" if detail else code
    n = source.number(params) if isinstance(source, i18n.Plural) else None
    text = i18n.translate(ERROR_CONTEXT, source, lang, n)
    return i18n.fill(text, source, localise_params(params, lang))


#: Document kinds a message may name by id; shown as the user calls them (context "Cli").
KINDS = frozenset({"shipment", "declaration", "booking", "company", "agent"})


def localise_params(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """``label`` (a field label source), ``environment``, ``kind`` and ``doc`` (a document kind) translated, and
    ``reason`` said from ``reason_code`` / ``reason_params`` (a message inside a message: "file: field: <why>")."""
    if not {"label", "reason_code", "environment", "kind", "doc", "detail"} & params.keys():
        return params
    out = dict(params)
    if "detail" in out and "reason_code" not in out and "reason" not in out:  # stored before reasons had codes
        out["reason"] = out["detail"]
    if out.get("kind") in KINDS:
        out["kind"] = i18n.translate("Cli", str(out["kind"]), lang)
    if isinstance(out.get("doc"), str):
        from desktop.core.documents.messages import DOC_NAMES

        if out["doc"] in DOC_NAMES:
            out["doc"] = i18n.translate("Documents", DOC_NAMES[out["doc"]], lang)
    if isinstance(out.get("environment"), str):
        from desktop.core.platform.environments import environment_name

        out["environment"] = environment_name(out["environment"], lang)
    if isinstance(out.get("label"), str) and out["label"]:
        out["label"] = i18n.translate("Field", out["label"], lang)
    code = out.get("reason_code")
    if isinstance(code, str) and code:
        inner = {"label": params.get("label", ""), **dict(params.get("reason_params") or {})}
        out["reason"] = error_message(code, inner, lang)
    return out
