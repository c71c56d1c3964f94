"""PDFs made in worker processes: the same bytes as made here, side by side, errors with their parameters, and
a killed worker costs the documents it had in hand only."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from desktop.core.documents import DocumentError
from desktop.core.documents.pool import RenderPool
from desktop.core.paths import AppPaths
from desktop.core.services import documents as service
from desktop.core.services.drafts import import_file
from desktop.core.store import Store
from tests.core.documents.helpers import SAMPLE, page_texts


@pytest.fixture
def source(data_dir: Path) -> service.DocumentSource:
    with Store.open_workspace(AppPaths.resolve(data_dir).ensure()) as store:
        import_file(store, SAMPLE, author="test")
        return service.source_from_store(store, "SH-2026-0001")


def test_the_pool_makes_the_documents_in_other_processes_and_ends_them(source: service.DocumentSource) -> None:
    pool = RenderPool(workers=2)
    try:
        invoice, packing = pool.render([("invoice", source, "zh-en"), ("packing-list", source, "vi-en")])
        assert pool.pids and os.getpid() not in pool.pids and pool.running
        assert "".join(page_texts(invoice)) == "".join(page_texts(service.document_bytes("invoice", source, "zh-en")))
        assert "".join(page_texts(packing)) == "".join(
            page_texts(service.document_bytes("packing-list", source, "vi-en"))
        )
        with pytest.raises(DocumentError) as info:  # a document error crosses with its code and parameters
            pool.render([("invoice", source, "xx")])
        assert info.value.code == "documents.unknown_language" and info.value.params["lang"] == "xx"
    finally:
        pool.release()
    assert not pool.running


def test_a_killed_worker_fails_its_documents_and_the_next_ones_are_made(source: service.DocumentSource) -> None:
    pool = RenderPool(workers=1)
    try:
        pool.render([("invoice", source, "en")])
        (worker,) = pool.pids
        os.kill(worker, signal.SIGKILL)
        with pytest.raises(DocumentError) as info:
            pool.render([("invoice", source, "en")])
        assert info.value.code == "documents.worker_stopped"
        (data,) = pool.render([("invoice", source, "en")])
        assert data.startswith(b"%PDF") and len(pool.pids) == 2
    finally:
        pool.release()


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="POSIX process priorities")
def test_the_workers_run_at_a_lower_priority_than_the_app(source: service.DocumentSource) -> None:
    from desktop.core.documents.pool import NICE_INCREMENT

    pool = RenderPool(workers=1)
    try:
        (data,) = pool.render([("invoice", source, "en")])
        (worker,) = pool.pids
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        assert data.startswith(b"%PDF")
        assert os.getpriority(os.PRIO_PROCESS, worker) == min(19, ours + NICE_INCREMENT)  # the window goes first
        assert os.getpriority(os.PRIO_PROCESS, 0) == ours  # the app's own priority is untouched
    finally:
        pool.release()
