"""``corridor-desk --self-test`` from source: passes on a complete tree, fails loudly (and only where it should)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop import selftest
from tests.conftest import ROOT

TITLES = [title for _key, title, _fn in selftest.CHECKS]


def _link(link: Path, target: Path) -> None:
    """A symlink where the OS allows it (Windows may not), else a copy."""
    try:
        link.symlink_to(target, target_is_directory=target.is_dir())
    except OSError:
        if target.is_dir():
            shutil.copytree(target, link)
        else:
            shutil.copy(target, link)


def _compiled_root(tmp_path: Path) -> Path:
    """The real tree when its catalogues are compiled (make test does that), else a copy with them compiled."""
    if all((ROOT / "i18n" / f"corridor_{lang}.qm").is_file() for lang in selftest.CATALOGUES):
        return ROOT
    root = tmp_path / "root"
    (root / "i18n").mkdir(parents=True)
    _link(root / "resources", ROOT / "resources")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or "pyside6-lrelease"
    for lang in selftest.CATALOGUES:
        ts = ROOT / "i18n" / f"corridor_{lang}.ts"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(root / "i18n" / f"corridor_{lang}.qm")], check=True)
    return root


def _run(root: Path | None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop(selftest.ROOT_ENV, None)
    if root is not None:
        env[selftest.ROOT_ENV] = str(root)
    return subprocess.run(
        [sys.executable, "-m", "desktop", "--lang", "en", "--self-test"],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False,
    )


def _line(output: str, title: str) -> str:
    found = [line for line in output.splitlines() if line[5:].startswith(title)]
    assert len(found) == 1, f"no single line for {title!r} in:\n{output}"
    return found[0]


def test_self_test_from_source_passes_and_names_every_check(tmp_path: Path) -> None:
    root = _compiled_root(tmp_path)
    proc = _run(None if root == ROOT else root)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for title in TITLES:
        assert _line(proc.stdout, title).startswith("OK   ")
    assert "qtbase_zh_CN" in _line(proc.stdout, "Translation catalogues")
    assert "FontFile2" not in proc.stdout  # the detail speaks of embedded subsets, not PDF internals
    assert "/v1/health answered 200" in _line(proc.stdout, "Embedded sandbox")
    assert f"All {len(TITLES)} checks passed" in proc.stdout


def _root_without(tmp_path: Path, missing_font: str) -> Path:
    """A bundle root whose resources are the real ones except one font file."""
    root = tmp_path / "broken"
    resources = root / "resources"
    resources.mkdir(parents=True)
    for item in (ROOT / "resources").iterdir():
        if item.name != "fonts":
            _link(resources / item.name, item)
    (resources / "fonts").mkdir()
    for font in (ROOT / "resources" / "fonts").iterdir():
        if font.name != missing_font:
            _link(resources / "fonts" / font.name, font)
    _link(root / "i18n", _compiled_root(tmp_path) / "i18n")
    return root


def test_a_missing_font_fails_loudly_and_the_other_checks_still_run(tmp_path: Path) -> None:
    proc = _run(_root_without(tmp_path, "wqy-microhei.ttc"))
    assert proc.returncode == 1, proc.stdout + proc.stderr
    fonts = _line(proc.stdout, "PDF fonts embed")
    assert fonts.startswith("FAIL ") and "wqy-microhei.ttc" in fonts and "missing" in fonts
    for title in ("SQLite", "TLS trust", "Qt platform plugin", "Bundled resources"):
        assert _line(proc.stdout, title).startswith("OK   ")
    assert f"1 of {len(TITLES)} checks failed" in proc.stdout


def test_an_empty_bundle_root_fails_every_resource_check(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "resources").mkdir(parents=True)
    proc = _run(empty)
    assert proc.returncode == 1
    assert len([line for line in proc.stdout.splitlines() if line[:5] in ("OK   ", "FAIL ")]) == len(TITLES)
    resources = _line(proc.stdout, "Bundled resources")
    assert resources.startswith("FAIL ") and "resources/fonts/" in resources and "resources/hs2022/" in resources
    assert _line(proc.stdout, "PDF fonts embed").startswith("FAIL ")
    catalogues = _line(proc.stdout, "Translation catalogues")
    assert catalogues.startswith("FAIL ") and "corridor_zh_CN" in catalogues and "corridor_vi" in catalogues
    assert _line(proc.stdout, "SQLite").startswith("OK   ")


def test_a_font_file_that_is_not_truetype_fails(tmp_path: Path) -> None:
    fonts = tmp_path / "resources" / "fonts"
    fonts.mkdir(parents=True)
    for name in selftest.FONTS + selftest.FONT_LICENCES:
        shutil.copy(ROOT / "resources" / "fonts" / name, fonts / name)
    (fonts / "DejaVuSans-Bold.ttf").write_bytes(b"not a font")
    [result] = selftest.run_checks(tmp_path, only=["fonts"])
    assert not result.ok and result.title == "PDF fonts embed"


def test_a_hanging_check_is_reported_and_does_not_hold_up_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    release = threading.Event()

    def hangs(ctx: selftest.Context) -> str:
        release.wait(30)
        return "late"

    def raises(ctx: selftest.Context) -> str:
        raise RuntimeError("boom")

    checks = (("hang", "Hangs", hangs), ("raise", "Raises", raises), ("sqlite", "SQLite", selftest.check_sqlite))
    monkeypatch.setattr(selftest, "CHECKS", checks)
    try:
        results = selftest.run_checks(ROOT, timeout=0.5)
    finally:
        release.set()
    by_key = {r.key: r for r in results}
    assert [r.key for r in results] == ["hang", "raise", "sqlite"]
    assert not by_key["hang"].ok and "no answer within" in by_key["hang"].detail
    assert not by_key["raise"].ok and by_key["raise"].detail == "RuntimeError: boom"
    assert by_key["sqlite"].ok and "FTS5 trigram" in by_key["sqlite"].detail


def test_the_qt_child_is_the_interpreter_from_source_and_the_executable_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    source = selftest.child_command("qt-platform", tmp_path, tmp_path / "out.json")
    assert source[:2] == [sys.executable, "-c"]
    assert source[-3:] == ["qt-platform", str(tmp_path), str(tmp_path / "out.json")]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    frozen = selftest.child_command("catalogues", tmp_path, tmp_path / "out.json")
    assert frozen == [sys.executable, selftest.CHILD_FLAG, "catalogues", str(tmp_path), str(tmp_path / "out.json")]


def test_importing_the_self_test_does_not_import_qt() -> None:
    code = "import sys, desktop.selftest; print(any(m.startswith('PySide6') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
