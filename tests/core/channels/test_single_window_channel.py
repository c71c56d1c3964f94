"""The Single Window folder channel end to end: the outbox writes DecMessage zips into a real ImpPath, the sandbox
plays the client (SentBox, FailBox, Successed_/Failed_, receipts on its clock), the receipts come back into the
same statuses and timeline; crashes (kill -9) and hostile InBox files lose nothing and file nothing twice."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.channels.single_window.channel import ENVIRONMENT, SingleWindowChannel
from desktop.core.channels.single_window.folders import ImpFolders
from desktop.core.channels.single_window.profile import SingleWindowProfile
from desktop.core.errors import CoreError
from desktop.core.model.filing import FilingStatus
from desktop.core.services import drafts
from desktop.core.services import single_window as sw
from desktop.core.store.store import Store
from desktop.sandbox.clock import SandboxClock
from desktop.sandbox.single_window import SingleWindowClientSim
from tests.conftest import SAMPLES
from tests.core.channels.sw_helpers import complete, profile

MOTO = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store.open(tmp_path / "workspace.sqlite3")
    try:
        yield s
    finally:
        s.close()


@pytest.fixture
def imp(tmp_path: Path) -> Path:
    root = tmp_path / "ImpPath"
    root.mkdir()
    return root


def _prepare(store: Store, imp: Path, path: Path = MOTO) -> str:
    result = drafts.import_file(store, path, author="test")
    assert result.derived is not None
    decl = result.derived.declarations[0]
    draft = complete(store.declarations.get(decl.id))
    store.declarations.save(draft, "li")
    sw.set_profile(store, draft.company_id, profile(imp))
    return decl.id


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def test_declaration_goes_through_the_folders_to_release(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    clock = SandboxClock()
    client = SingleWindowClientSim(imp, clock)
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl, actor="li")
    assert store.declarations.get(decl).status is FilingStatus.QUEUED
    assert row.payload.startswith(b"<?xml") and b"<DecMessage" in row.payload
    assert sw.sync(s).drain.sent == 1
    folders = ImpFolders(imp)
    name = f"E_{row.client_seq_no}_t-1.zip"
    assert _files(folders.box("OutBox")) == [name]
    with zipfile.ZipFile(folders.box("OutBox") / name) as zf:
        assert zf.namelist() == [f"E_{row.client_seq_no}_t-1.xml"]
        assert zf.read(zf.namelist()[0]) == row.payload  # the same bytes as queued
    assert sw.sync(s).drain.sent == 0  # a second pass writes nothing more

    assert client.step().imported == 1
    assert _files(folders.box("SentBox")) == [name] and _files(folders.box("OutBox")) == []
    sw.sync(s)
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.RECEIVED
    clock.advance(600)
    client.step()
    sw.sync(s)
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.ACCEPTED and len(draft.customs_no) == 18
    clock.advance(3600)
    client.step()
    sw.sync(s)
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.RELEASED
    codes = [r.message_code for r in draft.receipts]
    assert codes == ["singlewindow.imported", "singlewindow.channel.L", "singlewindow.channel.P"]
    assert draft.receipts[1].note.startswith("L ")
    timeline = s.outbox.receipts("declaration", decl)
    assert [r["status"] for r in timeline] == ["received", "accepted", "released"]
    assert _files(folders.box("InBox")) == []  # every response and receipt handled ...
    assert len(_files(folders.own("Handled"))) == 3  # ... and kept


def test_message_with_missing_tags_is_not_queued_and_says_where(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    draft = store.declarations.get(decl)
    draft.enty_port_customs = ""
    store.declarations.save(draft, "li")
    s = sw.open_single_window(store)
    with pytest.raises(CoreError) as info:
        sw.submit_declaration(s, decl)
    assert info.value.code == "singlewindow.message_invalid"
    assert "enty_port_customs" in {e["field"] for e in info.value.params["errors"]}
    assert store.declarations.get(decl).status is FilingStatus.DRAFT and s.outbox.pending_count() == 0
    assert _files(ImpFolders(imp).box("OutBox")) == []


def test_refused_import_fails_the_draft_with_the_clients_words(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    sw.set_profile(store, store.declarations.get(decl).company_id,
                   SingleWindowProfile(imp_path=str(imp), ic_code="8100000012345", operator_name="张晓",
                                       cop_code="5001961234", cop_name="x", cop_scc="91500112MA60ABCD0D"))
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl)
    sw.sync(s)
    # the client refuses it (a data error its own check finds): Failed_ + the file in SentBox
    client = SingleWindowClientSim(imp, SandboxClock())
    folders = ImpFolders(imp)
    body = (folders.box("OutBox") / f"E_{row.client_seq_no}_t-1.zip").read_bytes()
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as zf:
        zf.writestr(f"E_{row.client_seq_no}_t-1.xml", b"<DecMessage xmlns='http://www.chinaport.gov.cn/dec'/>")
    (folders.box("OutBox") / f"E_{row.client_seq_no}_t-1.zip").write_bytes(broken.getvalue())
    assert client.step().refused == 1
    sw.sync(s)
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.FAILED
    assert draft.receipts[-1].message_code == "singlewindow.import_failed"
    assert "singlewindow." in draft.receipts[-1].note
    assert body  # the original stays untouched in our row
    assert s.outbox.rows_for("declaration", decl)[-1].payload != broken.getvalue()


def test_failbox_is_retried_as_the_next_attempt_then_given_up(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl)
    sw.sync(s)
    folders = ImpFolders(imp)
    client = SingleWindowClientSim(imp, SandboxClock(), scenario="upload-fail")
    assert client.step().failed_upload == 1
    assert _files(folders.box("FailBox")) == [f"E_{row.client_seq_no}_t-1.zip"]
    sw.sync(s)  # moved back as attempt 2, one file in flight
    assert _files(folders.box("FailBox")) == []
    assert _files(folders.box("OutBox")) == [f"E_{row.client_seq_no}_t-2.zip"]
    assert client.step().imported == 1  # later attempts go through in this scenario
    sw.sync(s)
    assert store.declarations.get(decl).status is FilingStatus.RECEIVED
    # a file that fails three times goes to CannotUpload and the draft fails with a message
    for n in (1, 2, 3):
        (folders.box("FailBox") / f"E_ZZZ{n}_t-3.zip").write_bytes(b"x")
    sw.sync(s)
    assert len(_files(folders.own("CannotUpload"))) == 3


def test_hostile_and_broken_inbox_files_are_set_aside_and_the_watcher_goes_on(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl)
    sw.sync(s)
    client = SingleWindowClientSim(imp, SandboxClock())
    folders = ImpFolders(imp)
    inbox = folders.box("InBox")
    hostile = {
        "Receipt_xxe.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                           b"<DEC_RESULT><CHANNEL>&x;</CHANNEL></DEC_RESULT>",
        "Receipt_bomb.xml": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaaaaaaaa">'
                            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                            b"<DEC_RESULT><NOTE>&c;</NOTE></DEC_RESULT>",
        "Receipt_gbk.xml": "<?xml version='1.0' encoding='UTF-8'?><DEC_RESULT><NOTE>放行</NOTE></DEC_RESULT>"
                           .encode("gbk"),
        "Successed_garbage.xml": b"<DecImportResponse/>",
        "Receipt_truncated.zip": b"PK\x03\x04\x14\x00\x00",
        "Successed_E_ABC_t-1_2025.xml": b"<DecImportResponse><ResponseCode>0</Respo",
    }
    for name, data in hostile.items():
        (inbox / name).write_bytes(data)
    with open(inbox / "Receipt_huge.xml", "wb") as fh:  # 100 MB, sparse: refused without being read
        fh.truncate(100 * 1024 * 1024)
    (inbox / "Receipt_writing.xml.tmp").write_bytes(b"<DEC_RESULT>")  # still being written: left alone
    client.step()  # and the real answer arrives among them
    result = sw.sync(s)
    assert store.declarations.get(decl).status is FilingStatus.RECEIVED
    assert {p.file for p in result.problems} == set(hostile) | {"Receipt_huge.xml"}
    assert all(p.code.startswith("singlewindow.") for p in result.problems)
    aside = _files(folders.own("CannotParse"))
    assert len([n for n in aside if n.endswith(".reason.txt")]) == len(hostile) + 1
    assert _files(inbox) == ["Receipt_writing.xml.tmp"]
    assert not (imp / "etc").exists()
    assert s.outbox.rows_for("declaration", decl)[-1].client_seq_no == row.client_seq_no


def test_unknown_channel_code_is_kept_as_it_came(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    s = sw.open_single_window(store)
    sw.submit_declaration(s, decl)
    sw.sync(s)
    clock = SandboxClock()
    client = SingleWindowClientSim(imp, clock)
    client.step()
    sw.sync(s)
    seq_no = next(r.note for r in store.declarations.get(decl).receipts if r.message_code == "singlewindow.imported")
    (ImpFolders(imp).box("InBox") / "Receipt_odd.xml").write_text(
        f"<DEC_RESULT><CUS_CIQ_NO>{seq_no}</CUS_CIQ_NO><CHANNEL>Q7</CHANNEL><NOTE>新回执类型</NOTE>"
        "<NOTICE_DATE>2026-12-10T09:00:00</NOTICE_DATE></DEC_RESULT>", encoding="utf-8")
    sw.sync(s)
    last = store.declarations.get(decl).receipts[-1]
    assert last.message_code == "singlewindow.channel_unknown" and last.note == "Q7 新回执类型"
    assert store.declarations.get(decl).status is FilingStatus.RECEIVED


def test_receipt_before_its_import_response_waits_in_inbox(store: Store, imp: Path) -> None:
    _prepare(store, imp)
    inbox = ImpFolders(imp)
    inbox.ensure()
    (inbox.box("InBox") / "Receipt_early.xml").write_text(
        "<DEC_RESULT><CUS_CIQ_NO>202600000000000099</CUS_CIQ_NO><CHANNEL>L</CHANNEL></DEC_RESULT>", encoding="utf-8")
    s = sw.open_single_window(store)
    sw.sync(s)
    assert _files(inbox.box("InBox")) == ["Receipt_early.xml"]
    late = SingleWindowChannel(store, now=lambda: 10**12)  # a week later it is set aside with its reason
    assert late.receipts(0).events == []
    assert [p.code for p in late.problems] == ["singlewindow.receipt_unmatched"]


def test_folders_are_found_whatever_their_case_and_the_path_as_typed(store: Store, tmp_path: Path) -> None:
    root = tmp_path / "D_drive" / "ImpPath"
    for box in ("OUTBOX", "sentbox", "FailBox", "inbox"):
        (root / "DecCus001" / box).mkdir(parents=True)
    decl = _prepare(store, root)
    company = store.declarations.get(decl).company_id
    sw.set_profile(store, company, profile(f'  "{root}{os.sep}"  '))
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl)
    sw.sync(s)
    assert _files(root / "DecCus001" / "OUTBOX") == [f"E_{row.client_seq_no}_t-1.zip"]
    assert not (root / "Deccus001").exists() or (root / "Deccus001").samefile(root / "DecCus001")


def test_unmounted_imp_path_keeps_the_row_queued(store: Store, imp: Path) -> None:
    decl = _prepare(store, imp)
    company = store.declarations.get(decl).company_id
    sw.set_profile(store, company, profile(imp / "not-mounted"))
    s = sw.open_single_window(store)
    sw.submit_declaration(s, decl)
    result = sw.sync(s)
    assert result.drain.sent == 0 and result.drain.offline
    assert s.outbox.pending_count() == 1
    sw.set_profile(store, company, profile(imp))
    assert sw.sync(s).drain.sent == 1


# --- kill -9 ---------------------------------------------------------------------------------------------------

_CHILD = r"""
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {root!r})
from desktop.core.store.store import Store
from desktop.core.services import single_window as sw
from desktop.core.channels.single_window import folders, channel
from desktop.core import outbox

where = {where!r}
if where == "after-zip":
    original = folders.ImpFolders.write_outgoing
    def write_then_die(self, seq, message):
        path = original(self, seq, message)
        os.kill(os.getpid(), signal.SIGKILL)
    folders.ImpFolders.write_outgoing = write_then_die
elif where == "reading-response":
    original_apply = outbox.Outbox.apply_events
    def die_while_applying(self, events, cursor, fetch):
        conn = self.store.connection()
        conn.execute("BEGIN IMMEDIATE")
        self._insert_receipt(conn, "declaration", "x", "x", events[0].receipt.to_model(), "event")
        os.kill(os.getpid(), signal.SIGKILL)
    outbox.Outbox.apply_events = die_while_applying
elif where == "after-apply":
    original_apply = outbox.Outbox.apply_events
    def apply_then_die(self, events, cursor, fetch):
        original_apply(self, events, cursor, fetch)
        os.kill(os.getpid(), signal.SIGKILL)
    outbox.Outbox.apply_events = apply_then_die
store = Store.open(Path({db!r}))
s = sw.open_single_window(store)
sw.sync(s)
print("survived")
"""


def _run_child(db: Path, where: str) -> int:
    code = _CHILD.format(root=str(ROOT), db=str(db), where=where)
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    return proc.returncode


@pytest.mark.parametrize("where", ["after-zip"])
def test_killed_after_the_zip_is_written_before_the_row_is_marked_files_once(
    store: Store, imp: Path, where: str
) -> None:
    decl = _prepare(store, imp)
    s = sw.open_single_window(store)
    row = sw.submit_declaration(s, decl)
    assert _run_child(store.path, where) == -9
    folders = ImpFolders(imp)
    assert _files(folders.box("OutBox")) == [f"E_{row.client_seq_no}_t-1.zip"]
    assert s.outbox.pending_count() == 1  # the row was never marked
    client = SingleWindowClientSim(imp, SandboxClock())
    client.step()  # the client already took the file
    result = sw.sync(s)  # after the restart the folders are searched first: nothing is written again
    # the killed process's lease is taken over at once (it was a process of this computer): looked up, found
    assert result.drain.sent == 1 and result.drain.looked_up == 1
    assert _files(folders.box("OutBox")) == [] and _files(folders.box("SentBox")) == [f"E_{row.client_seq_no}_t-1.zip"]
    assert store.declarations.get(decl).status is FilingStatus.RECEIVED
    assert s.outbox.pending_count() == 0


@pytest.mark.parametrize("where", ["reading-response", "after-apply"])
def test_killed_while_a_response_is_read_loses_no_receipt_and_applies_it_once(
    store: Store, imp: Path, where: str
) -> None:
    decl = _prepare(store, imp)
    s = sw.open_single_window(store)
    sw.submit_declaration(s, decl)
    sw.sync(s)
    clock = SandboxClock()
    client = SingleWindowClientSim(imp, clock)
    client.step()
    clock.advance(600)
    client.step()  # Successed_ and the L receipt wait in InBox
    assert _run_child(store.path, where) == -9
    sw.sync(sw.open_single_window(store))
    draft = store.declarations.get(decl)
    assert draft.status is FilingStatus.ACCEPTED and draft.customs_no
    assert [r.message_code for r in draft.receipts] == ["singlewindow.imported", "singlewindow.channel.L"]
    assert len(sw.open_single_window(store).outbox.receipts("declaration", decl)) == 2
    assert _files(ImpFolders(imp).box("InBox")) == []
    assert store.connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_channel_serves_its_own_environment(store: Store) -> None:
    assert sw.open_single_window(store).sender.channel.environment == ENVIRONMENT


def test_deliveries_scan_the_imp_path_once_per_cycle_and_a_file_already_there_is_not_written_again(
    store: Store, imp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = []
    for n in range(3):
        decl = _prepare(store, imp)
        draft = store.declarations.get(decl)
        draft.id = f"SCAN-{n}"
        store.declarations.save(draft, "li")
        ids.append(draft.id)
    scans: list[Path] = []
    real = ImpFolders.seqs_present

    def counted(self: ImpFolders) -> set[str]:
        scans.append(self.root)
        return real(self)

    monkeypatch.setattr(ImpFolders, "seqs_present", counted)
    s = sw.open_single_window(store)
    rows = [sw.submit_declaration(s, d, actor="li") for d in ids]
    # an earlier process wrote the first one's file and died before marking its row
    ImpFolders(imp).write_outgoing(rows[0].client_seq_no, rows[0].payload)
    result = sw.sync(s)
    assert result.drain.sent == len(rows)
    assert len(scans) == 1  # one scan for every delivery of the cycle, not one per delivery
    names = _files(ImpFolders(imp).box("OutBox"))
    assert names == sorted(f"E_{r.client_seq_no}_t-1.zip" for r in rows)  # the first one was not written twice
