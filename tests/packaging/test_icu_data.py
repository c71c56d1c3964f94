"""The trimmed ICU data library of the Linux bundle: what it keeps, and that Qt's text services still work on it."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.packaging.test_bundle import _load

icu_data: Any = _load("icu_data", ROOT / "packaging" / "icu_data.py")


def _wheel_icu() -> Path:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    if not sys.platform.startswith("linux") or not found:
        pytest.skip("PySide6 carries its own ICU data library on Linux only")
    return found[0]


@pytest.mark.parametrize(
    ("item", "size", "kept"),
    [
        ("coll/zh.res", 712_800, True),
        ("coll/vi.res", 37_104, True),
        ("coll/ucadata.icu", 570_256, True),
        ("coll/ko.res", 289_472, False),
        ("coll/de_.res", 1_000, False),  # a collation variant of German
        ("zh_Hans_CN.res", 80, True),
        ("en_GB.res", 2_000, True),
        ("fr.res", 50_000, False),
        ("pool.res", 159_280, True),
        ("supplementalData.res", 300_000, True),
        ("zone/tzdbNames.res", 10_000, True),
        ("zone/vi.res", 40_000, True),
        ("zone/pool.res", 90_000, True),
        ("zone/ja.res", 40_000, False),
        ("curr/zh.res", 60_000, False),
        ("brkitr/cjdict.dict", 2_000_000, False),
        ("translit/root.res", 50_000, False),
        ("gb18030.cnv", 232_816, True),
        ("ibm-5354_P100-1998.cnv", 1_500, True),  # windows-1258, single-byte
        ("euc-tw-2014.cnv", 545_632, False),
        ("cnvalias.icu", 63_984, True),
        ("nfkc.nrm", 60_000, True),
        ("rfc3491.spp", 20_000, False),
    ],
)
def test_the_rules_keep_what_qt_reads_for_the_apps_languages(item: str, size: int, kept: bool) -> None:
    assert icu_data.keep_item(item, size) is kept


def test_the_data_blob_is_found_in_the_wheels_library() -> None:
    library = _wheel_icu()
    symbol, offset, size = icu_data.data_symbol(library.read_bytes())
    assert symbol == f"icudt{library.name.rsplit('.', 1)[1]}_dat"
    blob = library.read_bytes()[offset:offset + size]
    assert blob[2:4] == b"\xda\x27" and blob[12:16] == b"CmnD"  # an ICU common data package
    with pytest.raises(ValueError):
        icu_data.data_symbol(b"not an ELF file")


_PROBE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtCore import QStringDecoder
from desktop.install_checks.qt_child import _text_services
from desktop.install_checks.checks import _text_services_failure
text = _text_services()
text["failure"] = _text_services_failure(text)
text["shift_jis"] = QStringDecoder("Shift_JIS").isValid()
print(json.dumps(text))
"""


def _probe(library_dir: Path) -> dict[str, Any]:
    env = dict(os.environ, LD_LIBRARY_PATH=str(library_dir))  # ahead of the Qt libraries' own RUNPATH
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(ROOT)], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def test_qt_collates_decodes_and_names_zones_with_the_trimmed_data(tmp_path: Path) -> None:
    library = _wheel_icu()
    if not shutil.which("icupkg") or not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("icupkg (icu-devtools) or a C compiler missing")
    built = icu_data.trim_library(library, tmp_path / "icu")
    assert not isinstance(built, str), built
    path, kept, total = built
    assert path.name == library.name and path.stat().st_size < library.stat().st_size / 4
    assert 300 < kept < total / 4
    text = _probe(path.parent)
    assert text["failure"] is None, text
    assert text["zh_order"] == ["阿里", "波浪", "中国"] and text["zone_zh"] == "中国标准时间"
    assert text["shift_jis"] is False  # Japanese code pages are among what went


def test_the_self_test_notices_an_icu_without_data(tmp_path: Path) -> None:
    library = _wheel_icu()
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        pytest.skip("no C compiler")
    symbol = f"icudt{library.name.rsplit('.', 1)[1]}_dat"
    source = tmp_path / "empty.S"
    source.write_text(f"\t.section .rodata\n\t.globl {symbol}\n{symbol}:\n\t.long 0\n", encoding="ascii")
    subprocess.run(
        [compiler, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(tmp_path / library.name),
         str(source)], check=True,
    )
    failure = _probe(tmp_path)["failure"]
    assert failure and "Chinese sorts as" in failure and "no codec GB18030" in failure
