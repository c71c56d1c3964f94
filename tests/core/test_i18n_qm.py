"""The installed app ships only the compiled catalogues: the Qt-free translation reads them exactly like the
.ts sources (CLI output, PDFs and rule messages stay translated in the bundle)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop.core import i18n
from desktop.core.resources import i18n_path


def _lrelease(ts: Path, qm: Path) -> None:
    tool = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(tool if tool.exists() else "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)


@pytest.mark.parametrize("lang", ["zh_CN", "vi", "en"])
def test_the_compiled_catalogue_reads_like_its_source(lang: str, tmp_path: Path) -> None:
    qm = tmp_path / f"corridor_{lang}.qm"
    _lrelease(i18n_path(f"corridor_{lang}.ts"), qm)
    compiled = i18n.read_qm(qm.read_bytes())
    i18n.reload()
    source = i18n._catalogue(lang)
    assert len(source) > 500
    assert compiled == source


def test_without_the_sources_the_compiled_catalogue_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.core.i18n as module

    (tmp_path / "i18n").mkdir()
    _lrelease(i18n_path("corridor_zh_CN.ts"), tmp_path / "i18n" / "corridor_zh_CN.qm")
    monkeypatch.setattr(module, "i18n_path", lambda *parts: tmp_path.joinpath("i18n", *parts))
    i18n.reload()
    try:
        assert i18n.translate("Field", "Supervision mode", "zh_CN") == "监管方式"
        assert i18n.translate("Field", "Supervision mode", "vi") == "Supervision mode"  # neither file: English
    finally:
        monkeypatch.undo()
        i18n.reload()


def test_a_file_that_is_not_a_catalogue_is_refused() -> None:
    with pytest.raises(ValueError):
        i18n.read_qm(b"not a catalogue at all")
