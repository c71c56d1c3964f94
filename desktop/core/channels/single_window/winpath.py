"""Whether an ImpPath can work on the Windows PC of the Single Window client: an absolute folder (a drive such as
``D:\\ImpPath`` or a share such as ``\\\\server\\share\\ImpPath``), no reserved device name (CON, NUL, COM1 ...),
no character Windows refuses, and short enough that the longest file this app and the client keep under it stays
within the 260 characters of MAX_PATH (the client is not long-path aware).

The rules are pure path logic (:class:`pathlib.PureWindowsPath`), so they are tested on any system.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PureWindowsPath

from desktop.core.channels.single_window.folders import BOXES, BUSINESS, OWN, OWN_BOXES

#: MAX_PATH, the terminating NUL included.
MAX_PATH = 260
#: The longest name kept under the ImpPath: a response to a 36-character ClientSeqNo on its third attempt,
#: set aside in CorridorDesk\CannotParse (Successed_E_<seq>_t-3_<23-digit stamp>.xml).
LONGEST_TAIL = "\\".join((BUSINESS, OWN, max(OWN_BOXES, key=len), "Successed_E_" + "X" * 36 + "_t-3_" + "9" * 23
                          + ".xml"))
_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$", re.IGNORECASE)
_BAD_CHARS = set('<>:"|?*') | {chr(c) for c in range(32)}


@dataclass(frozen=True, slots=True)
class PathProblem:
    """Why an ImpPath cannot work: an error code of the channel's messages and its parameters."""

    code: str
    params: dict[str, str | int] = field(default_factory=dict)


def longest_path(imp_path: str) -> int:
    """Characters in the longest full path kept under ``imp_path`` (the NUL not counted)."""
    return len(str(PureWindowsPath(imp_path) / LONGEST_TAIL))


def windows_problem(text: str) -> PathProblem | None:
    """The first reason ``text`` cannot be the ImpPath of a Windows PC, or None when it can."""
    raw = text.strip().strip('"').strip("'").strip()
    if not raw:
        return None
    path = PureWindowsPath(raw.replace("/", "\\"))
    if raw.startswith(("\\\\", "//")) and (not path.drive or path.drive.count("\\") < 3 or path.drive.endswith("\\")):
        return PathProblem("singlewindow.path_unc_incomplete", {"path": raw})  # \\server without its share
    if not path.is_absolute():
        return PathProblem("singlewindow.path_not_absolute", {"path": raw})
    for part in path.parts[1:]:
        bad = sorted({ch for ch in part if ch in _BAD_CHARS})
        if bad:
            return PathProblem("singlewindow.path_bad_character", {"name": part, "char": " ".join(bad)})
        if part != part.rstrip(" ."):
            return PathProblem("singlewindow.path_trailing_dot", {"name": part})
        if _RESERVED.match(part.split(".")[0].rstrip(" ")):
            return PathProblem("singlewindow.path_reserved_name", {"name": part})
    last = path.name.casefold()
    if last == BUSINESS.casefold() or last in {b.casefold() for b in BOXES}:
        parent = path.parent.parent if last != BUSINESS.casefold() else path.parent
        return PathProblem("singlewindow.path_is_subfolder", {"name": path.name, "parent": str(parent)})
    length = longest_path(str(path))
    if length >= MAX_PATH:
        return PathProblem("singlewindow.path_too_long", {"length": len(str(path)),
                                                          "limit": MAX_PATH - 1 - (length - len(str(path)))})
    return None
