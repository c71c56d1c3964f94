"""DecMessage: the export declaration as the Single Window client imports it — built from a declaration, written
with lxml, read back safely and checked against the field table.

:class:`DecMessage` holds every section as tag → text (the exact strings of the file), so a message read from a
file and one built from a declaration compare equal when they say the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from lxml import etree

from desktop.core.channels.single_window.fields import TagDef, section_tags
from desktop.core.channels.single_window.profile import SingleWindowProfile
from desktop.core.channels.single_window.xmlsafe import MessageError, local, parse_xml, text_of
from desktop.core.codes.tables import is_known
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.filing import FieldError

NS = "http://www.chinaport.gov.cn/dec"
VERSION = "4.8"

Row = dict[str, str]

#: section → (wrapper element or "" when the rows sit at the root, attribute of DecMessage holding the rows)
_LISTS = {
    "DecList": ("DecLists", "items"),
    "Container": ("DecContainers", "containers"),
    "LicenseDocu": ("DecLicenseDocus", "licences"),
    "DecRequestCert": ("DecRequestCerts", "request_certs"),
    "EdocRealation": ("", "edocs"),
}


@dataclass
class DecMessage:
    head: Row = field(default_factory=dict)
    items: list[Row] = field(default_factory=list)
    containers: list[Row] = field(default_factory=list)
    licences: list[Row] = field(default_factory=list)
    request_certs: list[Row] = field(default_factory=list)
    free_txt: Row = field(default_factory=dict)
    sign: Row = field(default_factory=dict)
    edocs: list[Row] = field(default_factory=list)
    version: str = VERSION
    #: sections of a read file this app does not use (DecOtherPacks, DecCopPromises ...), by name
    other_sections: list[str] = field(default_factory=list)

    @property
    def client_seq_no(self) -> str:
        return self.sign.get("ClientSeqNo", "")

    def significant(self) -> DecMessage:
        """The same message without empty tags (an empty tag and a missing one mean the same)."""

        def clean(row: Row) -> Row:
            return {k: v for k, v in row.items() if v != ""}

        return DecMessage(
            clean(self.head), [clean(r) for r in self.items], [clean(r) for r in self.containers],
            [clean(r) for r in self.licences], [clean(r) for r in self.request_certs], clean(self.free_txt),
            clean(self.sign),
            [clean(r) for r in self.edocs], self.version, list(self.other_sections),
        )


# --- from a declaration --------------------------------------------------------------------------------------


def _text(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, date):
        return value.strftime("%Y%m%d")
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return str(value).strip()


def _value(source: str, objects: dict[str, Any], kind: str) -> str:
    if not source:
        return ""
    if source.startswith("const:"):
        return source[len("const:"):]
    prefix, _, name = source.partition(".")
    obj = objects.get(prefix)
    if obj is None:
        return ""
    if isinstance(obj, dict):
        return _text(obj.get(name), kind)
    return _text(getattr(obj, name), kind)


def _row(section: str, objects: dict[str, Any]) -> Row:
    return {t.tag: _value(t.source, objects, t.kind) for t in section_tags(section)}


def from_declaration(decl: ExportDeclaration, profile: SingleWindowProfile, client_seq_no: str) -> DecMessage:
    """The DecMessage of ``decl``, with the operator and data-entry company from the company's profile (the
    data-entry company is the declaring agent when the profile names none)."""
    ctx = {"client_seq_no": client_seq_no}
    if not (profile.cop_code or profile.cop_name or profile.cop_scc):  # data entry by the declaring agent itself
        profile = replace(profile, cop_code=decl.agent_code, cop_name=decl.agent_name, cop_scc=decl.agent_code_scc)
    base: dict[str, Any] = {"decl": decl, "profile": profile, "ctx": ctx}
    return DecMessage(
        head=_row("DecHead", base),
        items=[_row("DecList", {**base, "item": it}) for it in decl.items],
        containers=[_row("Container", {**base, "container": c}) for c in decl.containers],
        licences=[_row("LicenseDocu", {**base, "licence": lic}) for lic in decl.licences],
        request_certs=[_row("DecRequestCert", {**base, "request_cert": rc}) for rc in decl.request_certs],
        free_txt=_row("DecFreeTxt", base),
        sign=_row("DecSign", base),
        edocs=[_row("EdocRealation", {**base, "attachment": a}) for a in decl.attachments],
    )


# --- writing ---------------------------------------------------------------------------------------------------


def _emit(parent: Any, tag: str, row: Row, section: str) -> Any:
    element = etree.SubElement(parent, f"{{{NS}}}{tag}")
    known = section_tags(section)
    for t in known:
        value = row.get(t.tag, "")
        if value or t.export != "N":
            etree.SubElement(element, f"{{{NS}}}{t.tag}").text = value
    names = {t.tag for t in known}
    for extra, value in row.items():  # tags read from a file that the table does not list are kept
        if extra not in names:
            etree.SubElement(element, f"{{{NS}}}{extra}").text = value
    return element


def write(message: DecMessage) -> bytes:
    """The UTF-8 DecMessage file (sections in the order of the Single Window samples)."""
    root = etree.Element(f"{{{NS}}}DecMessage", nsmap={None: NS})  # type: ignore[dict-item]
    root.set("Version", message.version or VERSION)
    _emit(root, "DecHead", message.head, "DecHead")
    for section, (wrapper, attr) in _LISTS.items():
        rows: list[Row] = getattr(message, attr)
        if section == "EdocRealation":
            continue
        if section == "DecList" or rows:
            holder = etree.SubElement(root, f"{{{NS}}}{wrapper}")
            for row in rows:
                _emit(holder, section, row, section)
    _emit(root, "DecFreeTxt", message.free_txt, "DecFreeTxt")
    _emit(root, "DecSign", message.sign, "DecSign")
    for row in message.edocs:
        _emit(root, "EdocRealation", row, "EdocRealation")
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return out


# --- reading ---------------------------------------------------------------------------------------------------


def _read_row(element: Any) -> Row:
    return {local(child.tag): text_of(child) for child in element if isinstance(child.tag, str)}


def read(data: bytes, *, name: str = "") -> DecMessage:
    """Parse a DecMessage file (any section order; unknown sections noted, not lost)."""
    root = parse_xml(data, name=name)
    if local(root.tag) != "DecMessage":
        raise MessageError("singlewindow.not_a_decmessage", file=name, detail=local(root.tag))
    message = DecMessage(version=root.get("Version") or root.get("version") or "")
    wrappers = {wrapper: (section, attr) for section, (wrapper, attr) in _LISTS.items() if wrapper}
    for child in root:
        if not isinstance(child.tag, str):
            continue
        tag = local(child.tag)
        if tag == "DecHead":
            message.head = _read_row(child)
        elif tag == "DecFreeTxt":
            message.free_txt = _read_row(child)
        elif tag == "DecSign":
            message.sign = _read_row(child)
        elif tag == "EdocRealation":
            message.edocs.append(_read_row(child))
        elif tag in wrappers:
            section, attr = wrappers[tag]
            rows: list[Row] = getattr(message, attr)
            rows.extend(_read_row(e) for e in child if isinstance(e.tag, str) and local(e.tag) == section)
        else:
            message.other_sections.append(tag)
    return message


# --- checking --------------------------------------------------------------------------------------------------


def _field_path(t: TagDef, index: int | None) -> str:
    prefix, _, name = t.source.partition(".")
    if prefix == "decl":
        return name
    if prefix in ("item", "container", "licence", "request_cert", "attachment") and index is not None:
        plural = {"item": "items", "container": "containers", "licence": "licences", "request_cert": "request_certs",
                  "attachment": "attachments"}
        return f"{plural[prefix]}.{index}.{name}"
    if prefix == "profile":
        return f"single_window.{name}"
    return t.tag


def _check_row(section: str, row: Row, index: int | None, out: list[FieldError]) -> None:
    for t in section_tags(section):
        value = row.get(t.tag, "")
        params: dict[str, str | int | float] = {"tag": t.tag, "section": section}
        path = _field_path(t, index)
        if not value:
            if t.required:
                out.append(FieldError(field=path, code="singlewindow.tag_required", params=params))
            continue
        if not t.length_ok(value):
            params["max_length"] = t.max_length
            code = "singlewindow.tag_length" if t.exact else "singlewindow.tag_too_long"
            out.append(FieldError(field=path, code=code, params=params))
        elif not t.format_ok(value):
            params["kind"] = t.kind
            out.append(FieldError(field=path, code="singlewindow.tag_format", params=params))
        elif t.code and not is_known(t.code, value):
            params["table"] = t.code
            params["value"] = value
            out.append(FieldError(field=path, code="singlewindow.tag_unknown_code", params=params))


#: DecHead tags goods under inspection need (the items carry a CiqCode), with the declaration field each comes from
INSPECTION_HEAD = ("OrgCode", "InspOrgCode", "VsaOrgCode")


def _check_inspection(message: DecMessage, out: list[FieldError]) -> None:
    """Goods inspected before export: the inspection offices are needed, and licence document B (电子底账)."""
    if not any(row.get("CiqCode") for row in message.items):
        return
    tags = {t.tag: t for t in section_tags("DecHead")}
    for tag in INSPECTION_HEAD:
        if not message.head.get(tag):
            out.append(FieldError(field=_field_path(tags[tag], None), code="singlewindow.tag_required",
                                  params={"tag": tag, "section": "DecHead"}))
    if not any(row.get("DocuCode") == "B" for row in message.licences):
        out.append(FieldError(field="licences", code="singlewindow.tag_required",
                              params={"tag": "DocuCode B", "section": "LicenseDocu"}))


def check(message: DecMessage) -> list[FieldError]:
    """Every problem the field table finds: a needed tag empty, a wrong length or format, an unknown code."""
    out: list[FieldError] = []
    _check_row("DecHead", message.head, None, out)
    if not message.items:
        out.append(FieldError(field="items", code="singlewindow.no_items", params={"section": "DecList"}))
    for attr, section in (("items", "DecList"), ("containers", "Container"), ("licences", "LicenseDocu"),
                          ("request_certs", "DecRequestCert"), ("edocs", "EdocRealation")):
        for i, row in enumerate(getattr(message, attr)):
            _check_row(section, row, i, out)
    _check_row("DecFreeTxt", message.free_txt, None, out)
    _check_row("DecSign", message.sign, None, out)
    _check_inspection(message, out)
    if message.head.get("IEFlag", "E") != "E":
        out.append(FieldError(field="IEFlag", code="singlewindow.not_export", params={"value": message.head["IEFlag"]}))
    return out
