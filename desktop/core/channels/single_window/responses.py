"""What the Single Window client writes back: file names, import responses (DecImportResponse) and customs
receipts (DEC_RESULT, possibly inside DEC_DATA), each mapped onto the app's filing statuses.

The CHANNEL codes and their statuses are in resources/single_window/channel_codes.csv; a code not listed there is
kept as it came (the receipt says "received" with the code and note attached) and never dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from typing import Any

from desktop.core.channels.single_window.xmlsafe import MessageError, local, parse_xml, text_of
from desktop.core.model.filing import FilingStatus
from desktop.core.resources import resource_path

CHINA = timezone(timedelta(hours=8))

#: ``E_<ClientSeqNo>_t-<n>.zip`` (or .xml) — what we put in OutBox; the ClientSeqNo never holds ``_``.
OUTGOING = re.compile(r"(?P<ie>[IE])_(?P<seq>[0-9A-Za-z-]{1,36})_t-(?P<n>\d{1,3})\.(?P<ext>zip|xml)", re.IGNORECASE)
#: ``Successed_E_<seq>_t-<n>_<timestamp>.xml`` / ``Failed_...``
RESPONSE = re.compile(
    r"(?P<result>Successed|Failed)_(?P<ie>[IE])_(?P<seq>[0-9A-Za-z-]{1,36})_t-(?P<n>\d{1,3})_(?P<stamp>\d{14,23})\.xml",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Outgoing:
    ie_flag: str
    client_seq_no: str
    attempt: int
    ext: str

    @property
    def name(self) -> str:
        return outgoing_name(self.client_seq_no, self.attempt, self.ext, self.ie_flag)


def outgoing_name(client_seq_no: str, attempt: int = 1, ext: str = "zip", ie_flag: str = "E") -> str:
    return f"{ie_flag}_{client_seq_no}_t-{attempt}.{ext}"


def parse_outgoing(name: str) -> Outgoing | None:
    m = OUTGOING.fullmatch(name)
    if m is None:
        return None
    return Outgoing(m["ie"].upper(), m["seq"], int(m["n"]), m["ext"].lower())


@dataclass(frozen=True, slots=True)
class ImportResponse:
    """The client's answer to one outgoing file: imported (``ok``, with the data-centre SeqNo) or refused."""

    ok: bool
    client_seq_no: str
    attempt: int
    at: datetime | None
    response_code: str
    error_message: str
    seq_no: str
    file: str


@dataclass(frozen=True, slots=True)
class CustomsReceipt:
    """One DEC_RESULT: a status change from customs, keyed by the data-centre number (CUS_CIQ_NO = SeqNo)."""

    seq_no: str
    entry_id: str
    at: datetime | None
    channel: str
    note: str
    custom_master: str
    d_date: str
    client_seq_no: str
    file: str

    @property
    def status(self) -> FilingStatus | None:
        """The filing status this receipt means, None for a code the table does not know (kept as it came)."""
        entry = channel_codes().get(self.channel)
        return None if entry is None else entry[0]


@cache
def channel_codes() -> dict[str, tuple[FilingStatus, str, str]]:
    """CHANNEL code → (status, Chinese meaning, English meaning)."""
    with resource_path("single_window", "channel_codes.csv").open(encoding="utf-8", newline="") as fh:
        return {r["code"]: (FilingStatus(r["status"]), r["zh"], r["en"]) for r in csv.DictReader(fh)}


def _stamp(stamp: str) -> datetime | None:
    try:
        return datetime.strptime(stamp[:14], "%Y%m%d%H%M%S").replace(tzinfo=CHINA)
    except ValueError:
        return None


def _notice(text: str) -> datetime | None:
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M:%S", "%Y%m%d%H%M%S"):
        try:
            return datetime.strptime(text[:19] if "-" in text else text[:14], fmt).replace(tzinfo=CHINA)
        except ValueError:
            continue
    return None


def _child(element: Any, name: str) -> str:
    for child in element:
        if isinstance(child.tag, str) and local(child.tag).upper() == name.upper():
            return text_of(child)
    return ""


def _find(root: Any, name: str) -> Any:
    if local(root.tag) == name:
        return root
    for element in root.iter():
        if isinstance(element.tag, str) and local(element.tag) == name:
            return element
    return None


def parse_inbox_file(name: str, data: bytes) -> ImportResponse | CustomsReceipt:
    """Read one InBox file; raises :class:`MessageError` for anything that cannot be used."""
    m = RESPONSE.fullmatch(name)
    root = parse_xml(data, name=name)
    if m is not None:
        response = _find(root, "DecImportResponse")
        if response is None:
            if m["result"].lower() == "failed":  # a parse error text instead of a response
                return ImportResponse(False, m["seq"], int(m["n"]), _stamp(m["stamp"]), "", text_of(root)[:500],
                                      "", name)
            raise MessageError("singlewindow.not_a_response", file=name, detail=local(root.tag))
        seq = _child(response, "ClientSeqNo") or m["seq"]
        if seq != m["seq"]:
            raise MessageError("singlewindow.response_mismatch", file=name, detail=seq)
        code = _child(response, "ResponseCode")
        ok = m["result"].lower() == "successed" and code in ("0", "")
        return ImportResponse(ok, seq, int(m["n"]), _stamp(m["stamp"]), code, _child(response, "ErrorMessage")[:500],
                              _child(response, "SeqNo"), name)
    result = _find(root, "DEC_RESULT")
    if result is None:
        raise MessageError("singlewindow.unknown_file", file=name, detail=local(root.tag))
    seq_no = _child(result, "CUS_CIQ_NO") or _child(result, "SEQ_NO")
    channel = _child(result, "CHANNEL")
    if not seq_no or not channel:
        raise MessageError("singlewindow.receipt_incomplete", file=name)
    return CustomsReceipt(
        seq_no=seq_no, entry_id=_child(result, "ENTRY_ID"), at=_notice(_child(result, "NOTICE_DATE")),
        channel=channel[:8], note=(_child(result, "NOTE") or _child(root, "RESULT_INFO"))[:500],
        custom_master=_child(result, "CUSTOM_MASTER"), d_date=_child(result, "D_DATE"),
        client_seq_no=_child(result, "CLIENTSEQ_NO"), file=name,
    )
