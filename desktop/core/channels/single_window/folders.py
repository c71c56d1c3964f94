"""The ImpPath folders of one Single Window client: where our files go, what the client did with them, and the
private folders this app keeps beside them (all on the same drive, so every move is an atomic rename).

Layout (names matched case-insensitively, as Windows does)::

    {ImpPath}\\Deccus001\\OutBox     we write E_<ClientSeqNo>_t-<n>.zip (written elsewhere, then renamed in)
    {ImpPath}\\Deccus001\\SentBox    the client moved it here: handed over
    {ImpPath}\\Deccus001\\FailBox    the client could not send it: we move it back as t-<n+1>, at most 3 tries
    {ImpPath}\\Deccus001\\InBox      responses (Successed_/Failed_) and customs receipts
    {ImpPath}\\Deccus001\\CorridorDesk\\{Work,Handled,CannotParse,CannotUpload}   this app's own
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from desktop.core.channels.single_window.responses import Outgoing, outgoing_name, parse_outgoing

BUSINESS = "Deccus001"
BOXES = ("OutBox", "SentBox", "FailBox", "InBox")
OWN = "CorridorDesk"
OWN_BOXES = ("Work", "Handled", "CannotParse", "CannotUpload")
MAX_ATTEMPTS = 3


def normalise_imp_path(text: str) -> Path:
    """The folder a user typed or pasted: quotes, surrounding blanks and trailing separators removed, ``%VAR%`` and
    ``~`` expanded; backslashes are separators on Windows (``C:\\ImpPath``, ``D:\\ImpPath\\``)."""
    raw = os.path.expandvars(os.path.expanduser(text.strip().strip('"').strip("'").strip()))
    if os.name == "nt":
        raw = raw.replace("/", "\\")
    raw = raw.rstrip("\\/") or raw
    return Path(raw)


def _entries(folder: Path) -> list[os.DirEntry[str]]:
    """The entries of ``folder`` (none when it cannot be read), the directory handle closed at once."""
    try:
        with os.scandir(folder) as it:
            return list(it)
    except OSError:
        return []


def _child(parent: Path, name: str, create: bool) -> Path:
    """``parent/name`` matching an existing entry case-insensitively (``DecCus001``, ``outbox`` ...)."""
    exact = parent / name
    if exact.is_dir():
        return exact
    for entry in _entries(parent):
        if entry.is_dir() and entry.name.casefold() == name.casefold():
            return parent / entry.name
    if create:
        exact.mkdir(parents=True, exist_ok=True)
    return exact


@dataclass(frozen=True)
class Located:
    """Where the file of one ClientSeqNo is now (``box`` is OutBox, SentBox, FailBox or CannotUpload)."""

    box: str
    path: Path
    outgoing: Outgoing


class ImpFolders:
    """The folders under one ImpPath; ``ensure()`` creates what is missing (the root itself must exist)."""

    def __init__(self, imp_path: str | Path) -> None:
        self.root = normalise_imp_path(str(imp_path))

    def available(self) -> bool:
        return self.root.is_dir()

    @property
    def business(self) -> Path:
        return _child(self.root, BUSINESS, create=False)

    def box(self, name: str) -> Path:
        return _child(self.business, name, create=False)

    def own(self, name: str) -> Path:
        return _child(_child(self.business, OWN, create=False), name, create=False)

    def ensure(self) -> None:
        business = _child(self.root, BUSINESS, create=True)
        for name in BOXES:
            _child(business, name, create=True)
        own = _child(business, OWN, create=True)
        for name in OWN_BOXES:
            _child(own, name, create=True)

    # -- our outgoing files

    def locate(self, client_seq_no: str) -> Located | None:
        """The newest attempt of ``client_seq_no`` in OutBox, SentBox, FailBox or CannotUpload, if any."""
        best: Located | None = None
        for box in ("OutBox", "SentBox", "FailBox"):
            for path, out in self._outgoing(self.box(box)):
                if out.client_seq_no == client_seq_no and (best is None or out.attempt > best.outgoing.attempt):
                    best = Located(box, path, out)
        for path, out in self._outgoing(self.own("CannotUpload")):
            if out.client_seq_no == client_seq_no and (best is None or out.attempt >= best.outgoing.attempt):
                best = Located("CannotUpload", path, out)
        return best

    def outgoing_in(self, box: str) -> Iterator[tuple[Path, Outgoing]]:
        yield from self._outgoing(self.box(box))

    @staticmethod
    def _outgoing(folder: Path) -> Iterator[tuple[Path, Outgoing]]:
        for entry in _entries(folder):
            out = parse_outgoing(entry.name)
            if out is not None and entry.is_file():
                yield folder / entry.name, out

    def write_outgoing(self, client_seq_no: str, message: bytes) -> Path:
        """Put ``E_<seq>_t-1.zip`` (holding ``E_<seq>_t-1.xml``) into OutBox atomically: written and synced in
        our Work folder, then renamed into OutBox; an existing file of that name is never replaced."""
        self.ensure()
        name = outgoing_name(client_seq_no, 1, "zip")
        target = self.box("OutBox") / name
        work = self.own("Work") / (name + ".tmp")
        with open(work, "wb") as fh:
            with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_DEFLATED) as zf:
                info = zipfile.ZipInfo(outgoing_name(client_seq_no, 1, "xml"), date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                zf.writestr(info, message)
            fh.flush()
            os.fsync(fh.fileno())
        if target.exists():
            work.unlink()
            raise FileExistsError(str(target))
        os.replace(work, target)
        _sync_dir(target.parent)
        return target

    def resend(self, located: Located) -> Path:
        """Move a file from FailBox back into OutBox as the next attempt (the same bytes, a new ``t-n``)."""
        nxt = outgoing_name(located.outgoing.client_seq_no, located.outgoing.attempt + 1, located.outgoing.ext,
                            located.outgoing.ie_flag)
        target = self.box("OutBox") / nxt
        os.replace(located.path, target)
        _sync_dir(target.parent)
        return target

    def give_up(self, located: Located) -> Path:
        target = self.own("CannotUpload") / located.path.name
        os.replace(located.path, target)
        return target

    # -- InBox

    def inbox(self) -> list[Path]:
        """Complete files in InBox, oldest first (``.tmp`` and dot files are still being written)."""
        folder = self.box("InBox")
        entries = [e for e in _entries(folder) if e.is_file()]
        out = []
        for e in entries:
            if e.name.startswith(".") or e.name.lower().endswith((".tmp", ".part")):
                continue
            out.append((e.stat().st_mtime, e.name))
        return [folder / name for _, name in sorted(out)]

    def handled(self, path: Path) -> Path:
        target = self.own("Handled") / path.name
        if target.exists():
            target = target.with_name(f"{target.stem}.{os.getpid()}.{id(path)}{target.suffix}")
        os.replace(path, target)
        return target

    def set_aside(self, path: Path, reason: str) -> Path:
        """Move an unusable InBox file to CannotParse with a ``.reason.txt`` beside it."""
        folder = self.own("CannotParse")
        target = folder / _safe_name(path.name)
        if target.exists():
            target = target.with_name(f"{target.name}.{os.getpid()}.{id(path)}")
        os.replace(path, target)
        (folder / (target.name + ".reason.txt")).write_text(reason + "\n", encoding="utf-8")
        return target

    def seqs_present(self) -> set[str]:
        """Every ClientSeqNo with a file anywhere under this ImpPath (an outgoing file in OutBox, SentBox, FailBox
        or CannotUpload, or a response in InBox or Handled), from one scan of each folder."""
        found: set[str] = set()
        for folder in (self.box("OutBox"), self.box("SentBox"), self.box("FailBox"), self.own("CannotUpload")):
            found.update(out.client_seq_no for _, out in self._outgoing(folder))
        for folder in (self.box("InBox"), self.own("Handled")):
            for entry in _entries(folder):
                match = _RESPONSE.fullmatch(entry.name)
                if match:
                    found.add(match.group(1))
        return found

    def handled_responses(self, client_seq_no: str) -> list[Path]:
        """Responses to ``client_seq_no`` already handled (InBox and Handled), to find what became of a filing."""
        pattern = re.compile(rf"(Successed|Failed)_[IE]_{re.escape(client_seq_no)}_t-\d+_\d+\.xml", re.IGNORECASE)
        found = []
        for folder in (self.box("InBox"), self.own("Handled")):
            found += [folder / e.name for e in _entries(folder) if pattern.fullmatch(e.name)]
        return sorted(found)


_RESPONSE = re.compile(r"(?:Successed|Failed)_[IE]_([^_]+)_t-\d+_\d+\.xml", re.IGNORECASE)


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\-]", "_", name)[:150]
    return cleaned or "unnamed"


def _sync_dir(folder: Path) -> None:
    if os.name == "nt":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
