"""Parsing files other programs wrote: no DTD, no entities, no network, a size cap; one typed error for all failures."""

from __future__ import annotations

from typing import Any

from lxml import etree

from desktop.core.errors import CoreError

#: Messages and responses are a few kB; anything past this is refused unread.
MAX_XML_BYTES = 4 * 1024 * 1024


class MessageError(CoreError):
    """A message file cannot be used (``code`` says why; ``file`` and ``detail`` in the params)."""


def parse_xml(data: bytes, *, name: str = "") -> Any:
    """The root element of ``data``; refuses a DOCTYPE (entity expansion, XXE), oversize and malformed input."""
    if len(data) > MAX_XML_BYTES:
        raise MessageError("singlewindow.file_too_large", file=name, size=len(data), limit=MAX_XML_BYTES)
    head = data[:4096].lower()
    if b"<!doctype" in data.lower() or b"<!entity" in head:
        raise MessageError("singlewindow.doctype_refused", file=name)
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False,
        remove_comments=True, remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MessageError("singlewindow.malformed_xml", file=name, detail=str(exc)[:200]) from None
    if root is None:
        raise MessageError("singlewindow.malformed_xml", file=name, detail="empty")
    return root


def local(tag: Any) -> str:
    """The element name without its namespace."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def text_of(element: Any) -> str:
    return (element.text or "").strip() if element is not None else ""
