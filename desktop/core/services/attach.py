"""Use case "attach the documents of a received declaration": its commercial invoice (EdocCode 00000001), its
packing list (00000002) and, once a rail-sea booking of the shipment is confirmed, its through bill (00000003),
each once.

Once means once across a crash: before anything is made or sent, the platform's copy of the declaration is read,
and a document it already holds (uploaded by a process killed before it noted the upload in the workspace) is
noted on the draft instead of being sent again. Noting is itself idempotent (the same type and file are noted
once), so a round taken over after a kill of either process never doubles a document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop.core.model.declaration import Attachment, ExportDeclaration
from desktop.core.model.filing import FilingStatus

if TYPE_CHECKING:
    from desktop.core.documents import DocumentSource
    from desktop.core.services.filing import Platform
    from desktop.core.store.store import Store

#: makes the PDFs of (kind, source, language) jobs, in order: in this process or in worker processes
Render = Callable[[list[tuple[str, "DocumentSource", str]]], list[bytes]]
#: the documents every received declaration carries (the through bill only with a confirmed booking)
ALWAYS = ("invoice", "packing-list")


def render_here(jobs: list[tuple[str, DocumentSource, str]]) -> list[bytes]:
    """The PDFs made one after the other in this process (a background process of its own)."""
    from desktop.core.services import documents

    return [documents.document_bytes(kind, source, lang) for kind, source, lang in jobs]


def attach_received(
    p: Platform, decl_id: str, render: Render = render_here, *, lang: str = "zh-en", actor: str = ""
) -> ExportDeclaration:
    """Upload the documents of a submitted declaration that the platform does not hold yet and note each on the
    draft; a repeat (or a round taken over after a crash) adds nothing. Returns the stored declaration."""
    from desktop.core.documents import kind_of
    from desktop.core.services import documents, filing

    source = documents.source_from_store(p.store, decl_id)
    kinds = list(ALWAYS)
    if source.booking is not None and source.booking.status == FilingStatus.CONFIRMED:
        kinds.append("bill")
    draft = p.store.declarations.get(decl_id)
    have = {a.edoc_code for a in draft.attachments}
    wanted = [(edoc, kind) for kind in kinds if (edoc := documents.EDOC_CODES[kind_of(kind)]) not in have]
    if not wanted:
        return draft
    remote = p.client.get_filing("declaration", filing.remote_id(p, "declaration", decl_id))
    held = {a.edoc_code: a for a in remote.attachments}
    actor = actor or p.auth.username or ""
    for edoc, _kind in wanted:
        if edoc in held:  # uploaded before a crash, never noted here: noted now, not sent again
            got = held[edoc]
            note = Attachment(edoc_code=edoc, file_name=got.file_name, sha256=got.sha256)
            filing.note_attachment(p.store, decl_id, note, actor)
    missing = [(edoc, kind) for edoc, kind in wanted if edoc not in held]
    pdfs = render([(kind, source, lang) for _edoc, kind in missing])
    for (edoc, kind), data in zip(missing, pdfs, strict=True):
        name = documents.file_name(kind, source, lang)
        filing.attach_document(p, decl_id, edoc, data=data, file_name=name, actor=actor)
    return p.store.declarations.get(decl_id)


def due(store: Store, remote_id: Callable[[str], str]) -> list[str]:
    """Declarations the platform has received whose invoice or packing list is not noted yet: what a round
    killed with the app still owed (``remote_id`` gives a declaration's platform ID, empty when it has none)."""
    from desktop.core.documents import kind_of
    from desktop.core.services.documents import EDOC_CODES

    always = sorted({EDOC_CODES[kind_of(kind)] for kind in ALWAYS})
    lacking = store.declarations.lacking_attachments(FilingStatus.RECEIVED.value, always)
    return [decl_id for decl_id in lacking if remote_id(decl_id)]
