"""A received declaration's documents go up once: a process killed between an upload and its note in the
workspace leaves the platform holding a document the draft does not name, and the next round notes it instead
of sending another (a PDF made again differs in its creation time, so the platform would keep both)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from desktop.core.documents.attaching import AttachingProcess
from desktop.core.errors import CoreError
from desktop.core.outbox.process import config_for
from desktop.core.services import attach, documents, filing
from desktop.core.services.drafts import ImportResult
from desktop.core.store.store import Store
from tests.core.platform.conftest import declaration_id, sample_drafts


def _received(platform: filing.Platform, shipment: ImportResult) -> str:
    filing.login(platform, "demo-exporter", "demo1234")
    decl = declaration_id(shipment)
    filing.submit_declaration(platform, decl, send=True)
    assert platform.store.declarations.get(decl).status == "received"
    return decl


def _held(sandbox: Any, platform: filing.Platform, decl: str) -> list[tuple[str, str]]:
    remote = platform.outbox.remote_id("declaration", decl)
    rows = sandbox.sandbox.query("SELECT edoc_code, sha256 FROM attachments WHERE filing_id = ?", (remote,))
    return sorted((r[0], r[1]) for r in rows)


def test_a_document_uploaded_before_a_crash_is_noted_not_sent_again(
    platform: filing.Platform, sandbox: Any, shipment: ImportResult
) -> None:
    decl = _received(platform, shipment)
    source = documents.source_from_store(platform.store, decl)
    invoice = documents.document_bytes("invoice", source, "zh-en")
    # what a process killed right after the upload leaves: the platform has it, the draft does not say so
    platform.client.attach(platform.outbox.remote_id("declaration", decl), "00000001", "invoice.pdf", invoice)
    assert attach.due(platform.store, lambda i: platform.outbox.remote_id("declaration", i)) == [decl]
    got = attach.attach_received(platform, decl, actor="test")
    held = _held(sandbox, platform, decl)
    assert [code for code, _sha in held] == ["00000001", "00000002"]  # the invoice once, not made and sent again
    assert ("00000001", hashlib.sha256(invoice).hexdigest()) in held
    assert sorted((a.edoc_code, a.sha256) for a in got.attachments) == held  # the draft names what the platform has
    assert attach.due(platform.store, lambda i: platform.outbox.remote_id("declaration", i)) == []
    again = attach.attach_received(platform, decl, actor="test")  # a repeat adds nothing anywhere
    assert len(again.attachments) == 2 and _held(sandbox, platform, decl) == held


def test_the_documents_process_attaches_and_reports_a_refusal_with_its_code(
    platform: filing.Platform, sandbox: Any, shipment: ImportResult, store: Store
) -> None:
    [other] = sample_drafts(store, 1, "copy")
    withdrawn = _received(platform, shipment)
    filing.submit_declaration(platform, other, send=True)
    filing.withdraw_declaration(platform, withdrawn)
    config = config_for(platform, 1)
    assert config is not None
    child = AttachingProcess(config)
    try:
        with pytest.raises(CoreError) as refused:  # a withdrawn declaration takes no documents
            child.attach(platform, withdrawn, actor="test")
        assert refused.value.code == "platform.invalid_state", refused.value
        assert not store.declarations.get(withdrawn).attachments and not _held(sandbox, platform, withdrawn)
        pid = child.pid
        child.attach(platform, other, actor="test")  # the same process goes on after a refusal
        assert child.pid == pid
        assert {a.edoc_code for a in store.declarations.get(other).attachments} == {"00000001", "00000002"}
        assert len(_held(sandbox, platform, other)) == 2
    finally:
        child.close()
    assert not child.running
