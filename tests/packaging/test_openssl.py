"""The Linux bundle's one OpenSSL: psycopg's vendored copy becomes links to the one Python's ssl module brings,
which holds only while every library of the wheel that uses it calls functions that copy defines."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.packaging.test_bundle import _load

bundle: Any = _load("bundle", ROOT / "packaging" / "bundle.py")


def test_vendored_openssl_and_the_links_to_it_point_at_the_bundles_own() -> None:
    toc = [
        ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "/v/libcrypto-3a0647ea.so.3", "BINARY"),
        ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "/v/libssl-6a9b88ec.so.3", "BINARY"),
        ("libcrypto-3a0647ea.so.3", "psycopg_binary.libs/libcrypto-3a0647ea.so.3", "SYMLINK"),
        ("psycopg_binary.libs/libpq-e9b5c9ac.so.5.18", "/v/libpq-e9b5c9ac.so.5.18", "BINARY"),
        ("libcrypto.so.3", "/lib/libcrypto.so.3", "BINARY"),
        ("libssl.so.3", "/lib/libssl.so.3", "BINARY"),
        ("otherwheel.libs/libcrypto-0123abcd.so.3", "/w/libcrypto-0123abcd.so.3", "BINARY"),
    ]
    shared = bundle.share_openssl(toc)
    assert shared[0] == ("psycopg_binary.libs/libcrypto-3a0647ea.so.3", "../libcrypto.so.3", "SYMLINK")
    assert shared[1] == ("psycopg_binary.libs/libssl-6a9b88ec.so.3", "../libssl.so.3", "SYMLINK")
    assert shared[2] == ("libcrypto-3a0647ea.so.3", "libcrypto.so.3", "SYMLINK")
    assert shared[3:] == toc[3:]  # libpq itself, the bundle's OpenSSL and other wheels' copies stay
    binaries, _datas = bundle.drop_dangling_symlinks(shared, [])
    assert binaries == shared


def test_without_an_openssl_of_its_own_the_bundle_keeps_the_vendored_copy() -> None:
    toc = [("psycopg_binary.libs/libssl-6a9b88ec.so.3", "/v/libssl-6a9b88ec.so.3", "BINARY")]
    assert bundle.share_openssl(toc) == toc


def _versions(library: Path, *, defined: bool) -> set[str]:
    """Symbol versions (OPENSSL_3.0.0 ...) a library defines, or those its undefined symbols ask for."""
    out = subprocess.run(["objdump", "-T", str(library)], capture_output=True, text=True, check=True).stdout
    found = set()
    for line in out.splitlines():
        match = re.search(r"\(?(OPENSSL_[0-9.]+)\)?\s+\S+$", line)
        if match and ("*UND*" in line) != defined:
            found.add(match.group(1))
    return found


def _pythons_openssl() -> dict[str, Path]:
    """libssl.so.3 and libcrypto.so.3 as Python's _ssl module links them (what the bundle carries)."""
    import _ssl

    out = subprocess.run(["ldd", _ssl.__file__], capture_output=True, text=True, check=True).stdout
    paths = dict(re.findall(r"^\s*(lib(?:ssl|crypto)\.so\.3) => (\S+)", out, re.MULTILINE))
    return {name.split(".")[0]: Path(path) for name, path in paths.items()}


def test_psycopgs_libraries_need_only_what_the_bundles_openssl_defines() -> None:
    if not sys.platform.startswith("linux") or not shutil.which("objdump"):
        pytest.skip("Linux with binutils only")
    spec = importlib.util.find_spec("psycopg_binary")  # found, not imported (it refuses a direct import)
    assert spec and spec.origin
    libs = Path(spec.origin).parent.parent / "psycopg_binary.libs"
    vendored = {m.group(1): p for p in libs.glob("*.so*") if (m := bundle._VENDORED.match(p.name))}
    assert set(bundle.OPENSSL_SHARED["psycopg_binary.libs"]) <= set(vendored), sorted(vendored)
    ours = _pythons_openssl()
    provided = _versions(ours["libssl"], defined=True) | _versions(ours["libcrypto"], defined=True)
    users = [p for p in libs.glob("*.so*") if p not in vendored.values()]
    needed = {p.name: _versions(p, defined=False) for p in users}
    assert any(needed.values()), "no library of the wheel uses OpenSSL: the test looks at the wrong thing"
    lacking = {name: sorted(v - provided) for name, v in needed.items() if v - provided}
    assert lacking == {}
