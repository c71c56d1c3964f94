"""The Single Window channel from the command line, run as a user runs it: derive / export --format decmessage,
single-window profile, submit, sync and the sandbox playing the client on a real ImpPath folder."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from desktop.core.channels.single_window import decmessage
from desktop.core.codes.tables import is_known
from desktop.core.model.filing import FilingStatus
from desktop.core.store.store import Store
from tests.cli.test_drafts_cli import ASOF, no_traceback, run
from tests.conftest import SAMPLES

MOTO = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"
DECL = "SH-2026-0001-D1"


def test_derive_decmessage_reports_what_is_missing_at_its_fields_and_writes_nothing(tmp_path: Path) -> None:
    result = run("derive", MOTO, "--format", "decmessage", "-o", tmp_path, *ASOF)  # no operator card given
    no_traceback(result)
    assert result.returncode == 1
    assert "single_window.ic_code: DecSign/ICCode is needed on an export declaration." in result.stderr
    assert list(tmp_path.iterdir()) == []


def _shipment_samples() -> list[Path]:
    import json

    out = []
    for path in sorted(SAMPLES.glob("*.json")):
        if path.name.startswith("invalid-"):
            continue
        if json.loads(path.read_text(encoding="utf-8")).get("kind") == "shipment":
            out.append(path)
    return out


def test_every_shipment_sample_derives_to_decmessages_that_pass_the_field_table(tmp_path: Path) -> None:
    samples = _shipment_samples()
    assert len(samples) >= 7
    for sample in samples:
        out = tmp_path / sample.stem
        result = run("derive", sample, "--format", "decmessage", "-o", out, "--operator-card", "8100000012345",
                     "--operator-name", "Zhang", *ASOF)
        no_traceback(result)
        assert result.returncode == 0, f"{sample.name}: {result.stderr}"
        files = sorted(out.glob("*.decmessage.xml"))
        assert files, sample.name
        for file in files:
            data = file.read_bytes()
            message = decmessage.read(data, name=file.name)
            assert decmessage.check(message) == [], (file.name, decmessage.check(message))
            assert decmessage.write(message) == data  # the file round-trips through the reader
            head = message.head
            # customs port codes from the port tables, never the route's UN/LOCODEs; a subordinate exit office
            assert is_known("port_domestic", head["EntyPortCode"]), file.name
            assert is_known("port_foreign", head["DistinatePort"]), file.name
            assert head["IEPort"] != "7200", file.name


def test_profile_export_submit_and_the_sandbox_client_from_the_command_line(tmp_path: Path) -> None:
    data, imp = tmp_path / "data", tmp_path / "ImpPath"
    imp.mkdir()
    assert run("import", MOTO, "--data-dir", data, *ASOF).returncode == 0
    result = run("single-window", "profile", "cq-jiangling", "--imp-path", imp, "--operator-card", "8100000012345",
                 "--operator-name", "Zhang Xiao", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    assert f"imp_path: {imp}" in result.stdout
    # the customs port codes are entered on the declaration (as in the editor)
    with Store.open(next(data.rglob("*.sqlite3"))) as store:
        decl = store.declarations.get(DECL)
        decl.enty_port_customs, decl.distinate_port_customs = "450701", "VNM052"
        store.declarations.save(decl, "li")
    out = tmp_path / "decl.xml"
    result = run("export", "declaration", DECL, "--format", "decmessage", "-o", out, "--data-dir", data)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    message = decmessage.read(out.read_bytes())
    assert decmessage.check(message) == [] and message.head["TypistNo"] == "8100000012345"
    assert etree.fromstring(out.read_bytes()).findtext(f"{{{decmessage.NS}}}DecHead/{{{decmessage.NS}}}IEFlag") == "E"

    result = run("single-window", "submit", DECL, "--data-dir", data)
    no_traceback(result)
    assert result.returncode == 0, result.stderr
    assert len(list((imp / "Deccus001" / "OutBox").glob("E_*_t-1.zip"))) == 1
    result = run("single-window", "client", imp)
    assert result.returncode == 0 and "1 imported" in result.stdout, result.stderr
    assert run("single-window", "sync", "--data-dir", data).returncode == 0
    assert run("single-window", "client", imp, "--advance", "600").returncode == 0
    result = run("single-window", "sync", "--data-dir", data)
    assert result.returncode == 0, result.stderr
    with Store.open(next(data.rglob("*.sqlite3"))) as store:
        draft = store.declarations.get(DECL)
    assert draft.status is FilingStatus.ACCEPTED and len(draft.customs_no) == 18
