"""The sandbox plays the Single Window desktop client on an ImpPath folder, offline, on the sandbox clock.

Each :meth:`SingleWindowClientSim.step` does what the real client does with our files:

* takes every ``E_<seq>_t-<n>.zip`` from OutBox, unpacks its DecMessage and checks it against the same field
  table the app writes with (needed tags, lengths, formats, code tables);
* refused: moves the zip to SentBox and writes ``Failed_<name>_<stamp>.xml`` (DecImportResponse with the reasons);
  accepted: moves it to SentBox, writes ``Successed_...`` with a new 18-digit data-centre number (SeqNo), and
  schedules the customs receipts (DEC_RESULT) on the sandbox clock;
* scenario ``happy``: L (accepted, customs number) after 10 min, P (released) after 1 h;
  ``rejection``: the trainer's rejection receipt code (Z returned for correction, E not accepted, H held, Y
  declaration failed, D deleted) after 10 min; ``inspection``: L, then C (inspection) after 30 min,
  then P after 4 h; ``slow``: the happy timings ten times longer; ``upload-fail``: the first attempt of every file
  goes to FailBox (the client could not send it), later attempts as ``happy``.

Responses and receipts are written atomically (a ``.tmp`` name, then renamed), like the real client. Scheduled
receipts are kept in ``{ImpPath}/Deccus001/.sandbox-state.json`` so a restarted sandbox continues.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from lxml import etree

from desktop.core.channels.single_window import decmessage
from desktop.core.channels.single_window.folders import ImpFolders
from desktop.core.channels.single_window.responses import channel_codes
from desktop.core.channels.single_window.xmlsafe import MessageError
from desktop.sandbox.clock import SandboxClock

CHINA = timezone(timedelta(hours=8))
SCENARIOS = ("happy", "rejection", "inspection", "slow", "upload-fail")
#: The CHANNEL codes a rejection can come back with (status "rejected" in channel_codes.csv).
REJECT_CODES = ("Z", "E", "H", "Y", "D")
STATE = ".sandbox-state.json"

_PLANS: dict[str, list[tuple[float, str]]] = {
    "happy": [(600, "L"), (3600, "P")],
    "rejection": [(600, "Z")],
    "inspection": [(600, "L"), (1800, "C"), (4 * 3600, "P")],
    "slow": [(6000, "L"), (36000, "P")],
    "upload-fail": [(600, "L"), (3600, "P")],
}
_NOTES = {
    "Z": "退回修改：规格型号申报要素不全，请补充后重新申报（沙盒）",
    "C": "出口查验通知：请于指定时间到现场配合查验（沙盒）",
}


@dataclass
class StepResult:
    imported: int = 0
    refused: int = 0
    failed_upload: int = 0
    receipts: int = 0


class SingleWindowClientSim:
    """One simulated Single Window client watching one ImpPath."""

    def __init__(self, imp_path: str | Path, clock: SandboxClock | None = None, scenario: str = "happy") -> None:
        if scenario not in SCENARIOS:
            raise ValueError(f"unknown scenario {scenario!r}; one of {SCENARIOS}")
        self.folders = ImpFolders(imp_path)
        self.folders.ensure()
        self.clock = clock or SandboxClock(realtime=True)
        self.scenario = scenario
        self.reject_code = "Z"
        self._state_path = self.folders.business / STATE
        self._state = self._load()
        self.clock.set_at_least(float(self._state.get("clock", 0)))  # a restarted client goes on from its time

    # -- state

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self._state_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if not isinstance(data, dict):
            data = {}
        state: dict[str, Any] = data
        state.setdefault("serial", 0)
        state.setdefault("scheduled", [])
        return state

    def _save(self) -> None:
        self._state["clock"] = self.clock.now()
        tmp = self._state_path.with_name(STATE + ".tmp")
        tmp.write_text(json.dumps(self._state, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, self._state_path)

    # -- one pass

    def step(self) -> StepResult:
        result = StepResult()
        for path, out in sorted(self.folders.outgoing_in("OutBox"), key=lambda p: p[0].name):
            self._take(path, out.client_seq_no, out.attempt, result)
        now = self.clock.now()
        due = [s for s in self._state["scheduled"] if s["at"] <= now]
        self._state["scheduled"] = [s for s in self._state["scheduled"] if s["at"] > now]
        for s in sorted(due, key=lambda s: (s["at"], s["n"])):
            self._receipt(s)
            result.receipts += 1
        self._save()
        return result

    def _take(self, path: Path, seq: str, attempt: int, result: StepResult) -> None:
        if self.scenario == "upload-fail" and attempt == 1:
            os.replace(path, self.folders.box("FailBox") / path.name)
            result.failed_upload += 1
            return
        errors: list[str] = []
        message = None
        try:
            with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
                names = zf.namelist()
                if len(names) != 1:
                    raise MessageError("singlewindow.zip_entries", file=path.name, detail=str(len(names)))
                message = decmessage.read(zf.read(names[0]), name=names[0])
        except (zipfile.BadZipFile, MessageError, KeyError) as exc:
            errors.append(f"报文无法解析: {exc}")
        if message is not None:
            if message.client_seq_no != seq:
                errors.append(f"表体[ClientSeqNo]与文件名不一致: {message.client_seq_no}")
            for e in decmessage.check(message):
                errors.append(f"[{e.params.get('section', '')}/{e.params.get('tag', '')}] {e.code}")
        os.replace(path, self.folders.box("SentBox") / path.name)
        stem = path.name.rsplit(".", 1)[0]
        stamp = datetime.fromtimestamp(self.clock.now(), CHINA).strftime("%Y%m%d%H%M%S") + "000000000"
        if errors:
            self._write(f"Failed_{stem}_{stamp}.xml", _response("1", "；".join(errors[:10]), seq, ""))
            result.refused += 1
            return
        self._state["serial"] += 1
        now = datetime.fromtimestamp(self.clock.now(), CHINA)
        seq_no = f"{now:%Y}{self._state['serial']:014d}"
        self._write(f"Successed_{stem}_{stamp}.xml", _response("0", "导入成功", seq, seq_no))
        customs = (message.head.get("CustomMaster") or "8000") if message else "8000"
        entry_id = f"{customs[:4]:0>4}{now:%Y}0{self._state['serial']:09d}"
        plan = [(600.0, self.reject_code)] if self.scenario == "rejection" else _PLANS[self.scenario]
        for n, (delay, channel) in enumerate(plan):
            self._state["scheduled"].append({
                "at": self.clock.now() + delay, "n": n, "seq_no": seq_no, "entry_id": entry_id,
                "channel": channel, "customs": customs, "d_date": f"{now:%Y%m%d}",
            })
        result.imported += 1

    def _receipt(self, s: dict[str, Any]) -> None:
        at = datetime.fromtimestamp(s["at"], CHINA)
        root = etree.Element("DEC_RESULT")
        fields = {
            "CUS_CIQ_NO": s["seq_no"],
            "ENTRY_ID": s["entry_id"] if s["channel"] not in ("Z", "E") else "",
            "NOTICE_DATE": at.strftime("%Y-%m-%dT%H:%M:%S"),
            "CHANNEL": s["channel"],
            "NOTE": _NOTES.get(s["channel"]) or channel_codes()[s["channel"]][1],
            "CUSTOM_MASTER": s["customs"],
            "I_E_DATE": at.strftime("%Y%m%d") if s["channel"] == "P" else "",
            "D_DATE": s["d_date"],
        }
        for tag, value in fields.items():
            etree.SubElement(root, tag).text = value
        data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True, pretty_print=True)
        self._write(f"Receipt_{s['seq_no']}_{s['channel']}_{at:%Y%m%d%H%M%S}.xml", data)

    def _write(self, name: str, data: bytes) -> None:
        inbox = self.folders.box("InBox")
        tmp = inbox / (name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, inbox / name)

    def pending_receipts(self) -> int:
        return len(self._state["scheduled"])


def _response(code: str, message: str, seq: str, seq_no: str) -> bytes:
    ns = decmessage.NS
    root = etree.Element(f"{{{ns}}}DecImportResponse", nsmap={None: ns})  # type: ignore[dict-item]
    for tag, value in (("ResponseCode", code), ("ErrorMessage", message), ("ClientSeqNo", seq),
                       ("SeqNo", seq_no), ("TrnPreId", "")):
        etree.SubElement(root, f"{{{ns}}}{tag}").text = value
    out: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True, pretty_print=True)
    return out
