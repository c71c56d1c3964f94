"""ImpPath rules of the Single Window client's Windows PC, as path logic (PureWindowsPath) on any system: drives,
other drives, shares, reserved device names, characters Windows refuses, case-insensitive folder names and the
260-character limit of the files kept under the folder."""

from __future__ import annotations

from pathlib import PureWindowsPath

import pytest

from desktop.core.channels.single_window.folders import BUSINESS, OWN, OWN_BOXES
from desktop.core.channels.single_window.messages import MESSAGES
from desktop.core.channels.single_window.winpath import MAX_PATH, longest_path, windows_problem


@pytest.mark.parametrize("path", [
    "C:\\ImpPath", "D:\\ImpPath\\", "d:/Single Window/ImpPath", '"E:\\报关\\ImpPath"', "\\\\fileserver\\sw\\ImpPath",
    "\\\\fileserver\\sw", "C:\\Console\\ImpPath", "C:\\ImpPath\\COM10", "C:\\Deccus001-backup",
])
def test_folders_that_work_on_windows(path: str) -> None:
    assert windows_problem(path) is None


@pytest.mark.parametrize(("path", "code", "param"), [
    ("ImpPath", "singlewindow.path_not_absolute", "ImpPath"),
    ("C:ImpPath", "singlewindow.path_not_absolute", "C:ImpPath"),  # relative to drive C's current folder
    ("/home/me/ImpPath", "singlewindow.path_not_absolute", "/home/me/ImpPath"),
    ("\\\\fileserver", "singlewindow.path_unc_incomplete", "\\\\fileserver"),
    ("\\\\fileserver\\", "singlewindow.path_unc_incomplete", "\\\\fileserver\\"),
    ("C:\\ImpPath\\CON", "singlewindow.path_reserved_name", "CON"),
    ("C:\\nul.txt\\ImpPath", "singlewindow.path_reserved_name", "nul.txt"),
    ("D:\\com1\\ImpPath", "singlewindow.path_reserved_name", "com1"),
    ("C:\\LPT9 \\ImpPath", "singlewindow.path_trailing_dot", "LPT9 "),
    ("C:\\Imp|Path", "singlewindow.path_bad_character", "Imp|Path"),
    ("C:\\ImpPath.", "singlewindow.path_trailing_dot", "ImpPath."),
    ("C:\\ImpPath\\deccus001", "singlewindow.path_is_subfolder", "deccus001"),  # Windows names ignore case
    ("c:\\ImpPath\\DECCUS001\\OUTBOX", "singlewindow.path_is_subfolder", "OUTBOX"),
])
def test_folders_that_do_not_work_say_why(path: str, code: str, param: str) -> None:
    problem = windows_problem(path)
    assert problem is not None and problem.code == code
    assert param in problem.params.values()
    assert code in MESSAGES and MESSAGES[code].format(**problem.params)  # a message with every placeholder


def test_the_subfolder_problem_names_the_imp_path_to_choose() -> None:
    problem = windows_problem("C:\\Program Files\\ImpPath\\Deccus001\\InBox")
    assert problem is not None and problem.params["parent"] == "C:\\Program Files\\ImpPath"


def test_a_folder_is_too_long_when_a_file_kept_under_it_would_pass_max_path() -> None:
    tail = PureWindowsPath(BUSINESS, OWN, max(OWN_BOXES, key=len))
    for n in range(100, 260):
        path = "C:\\" + "a" * n
        fits = longest_path(path) < MAX_PATH
        problem = windows_problem(path)
        assert (problem is None) == fits, n
        if problem is not None:
            assert problem.code == "singlewindow.path_too_long" and problem.params["length"] == len(path)
            assert problem.params["limit"] < len(path)
    limit = max(n for n in range(100, 260) if windows_problem("C:\\" + "a" * n) is None) + 3
    assert limit + len(str(tail)) < MAX_PATH  # room for the folders and the longest file name under them
    assert windows_problem("\\\\server\\share\\" + "b" * 300) is not None  # a path past 260 on a share too
