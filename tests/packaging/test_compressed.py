"""The text tables the bundle carries compressed: the build writes them, the filter drops the plain copies, and the
HS search, the HS nomenclature, the declaration elements and the lexicon read the same rows from the .xz form."""

from __future__ import annotations

import lzma
import shutil
from pathlib import Path
from typing import Any

import pytest

from desktop.core import resources
from tests.conftest import ROOT
from tests.packaging.test_bundle import _load

bundle: Any = _load("bundle", ROOT / "packaging" / "bundle.py")


def test_the_compressed_tables_exist_and_come_back_byte_for_byte(tmp_path: Path) -> None:
    pairs = bundle.compressed_datas(tmp_path)
    assert len(pairs) == len(bundle.COMPRESSED_RESOURCES)
    plain = packed = 0
    for (source, dest_dir), name in zip(pairs, bundle.COMPRESSED_RESOURCES, strict=True):
        original = (ROOT / "resources" / name).read_bytes()
        assert source.endswith(name + ".xz") and dest_dir == "resources/" + name.rpartition("/")[0]
        with lzma.open(source) as fh:
            assert fh.read() == original, name
        plain, packed = plain + len(original), packed + Path(source).stat().st_size
    assert packed < plain / 4
    assert bundle.COMPRESSED_SUFFIX == resources.COMPRESSED_SUFFIX


def test_the_filter_drops_the_plain_copies_and_keeps_the_compressed_ones() -> None:
    for name in bundle.COMPRESSED_RESOURCES:
        assert not bundle.keep(f"resources/{name}")
        assert bundle.keep(f"resources/{name}.xz")
    assert bundle.keep("resources/cn-tariff/gacc_units.csv")


@pytest.fixture
def compressed_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A root like the bundle's: resources/ with the compressed tables only in their .xz form."""
    shutil.copytree(ROOT / "resources", tmp_path / "resources")
    for name in bundle.COMPRESSED_RESOURCES:
        (tmp_path / "resources" / name).unlink()
    bundle.compressed_datas(tmp_path / "resources")
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    return tmp_path


def _read_all() -> dict[str, Any]:
    from desktop.core.codes import hs
    from desktop.core.hsearch import elements, lexicon, sources

    table = elements._Table()
    return {
        "cn_tariff": sources.cn_tariff(),
        "hs2022": sources.hs2022(),
        "vn_tariff": sources.vn_tariff(),
        "vn_examples": sources.vn_examples(),
        "synonyms": sources.synonyms(),
        "lexicon": vars(lexicon.Lexicon()),
        "elements": (table.default, table.headings),
        "nomenclature": hs._Nomenclature().entries,
    }


def test_every_reader_gets_the_same_rows_from_the_compressed_tables(compressed_root: Path) -> None:
    compressed = _read_all()
    for name in bundle.COMPRESSED_RESOURCES:
        assert not resources.resource_path(name).exists()  # truly read from the .xz
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(resources, "root", lambda: ROOT)
        plain = _read_all()
    for key, value in plain.items():
        assert compressed[key] == value, key
    assert len(compressed["cn_tariff"]) > 8000 and len(compressed["synonyms"]) > 1000


def test_a_source_checkout_reads_the_plain_file_even_beside_a_compressed_one(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "resources" / "t").mkdir(parents=True)
    (tmp_path / "resources" / "t" / "a.csv").write_text("new\n", encoding="utf-8")
    (tmp_path / "resources" / "t" / "a.csv.xz").write_bytes(lzma.compress(b"stale\n"))
    (tmp_path / "resources" / "t" / "b.csv.xz").write_bytes(lzma.compress("Đà Nẵng,冻虾\n".encode()))
    monkeypatch.setattr(resources, "root", lambda: tmp_path)
    with resources.open_text("t", "a.csv") as fh:
        assert fh.read() == "new\n"
    with resources.open_text("t", "b.csv") as fh:
        assert fh.read() == "Đà Nẵng,冻虾\n"
    with pytest.raises(FileNotFoundError):
        resources.open_text("t", "c.csv")
