"""The CLI on a shared workspace: ``--workspace postgresql://...`` imports into the server and exports back."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.model import exchange
from tests.cli.test_drafts_cli import ASOF, no_traceback, run
from tests.conftest import SAMPLES
from tests.pg import SKIPPED, fresh_schema, server_url

pytestmark = pytest.mark.postgresql


@pytest.fixture
def workspace() -> Iterator[str]:
    url = server_url()
    if url is None:
        pytest.skip(f"PostgreSQL tests skipped: {SKIPPED[0]}")
    with fresh_schema(url) as schema_url:
        yield schema_url


def test_import_and_export_through_a_server_workspace(workspace: str, tmp_path: Path) -> None:
    sample = SAMPLES / "cq-jiangling-cross-border-rail-pingxiang-hanoi.json"
    result = run("import", sample, *ASOF, "--data-dir", tmp_path / "data", "--workspace", workspace)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert not (tmp_path / "data" / "workspaces").exists() or not any((tmp_path / "data" / "workspaces").iterdir())
    out = tmp_path / "back.json"
    shipment_id = exchange.read(sample).shipment.id  # type: ignore[union-attr]
    # another data directory (another seat): the shipment is on the server, not in a local file
    seat2 = tmp_path / "seat2"
    result = run("export", "shipment", shipment_id, "-o", out, "--data-dir", seat2, "--workspace", workspace)
    assert result.returncode == 0, result.stderr
    assert exchange.read(out).shipment == exchange.read(sample).shipment
