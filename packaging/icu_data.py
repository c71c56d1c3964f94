"""Linux: the ICU data library of PySide6's Qt (libicudata.so.NN, 32 MB) rebuilt with only what Qt reads from it.

Qt Core links ICU for collation (QCollator, locale-aware sorting), text codecs beyond the UTF ones
(QStringConverter: GB18030, GBK, Big5, the single-byte code pages) and time-zone display names (QTimeZone). Its
QLocale, text boundaries, IDNA and normalisation use Qt's own tables, so ICU's break-iterator dictionaries,
transliterators, number spellout and the locale display names for currencies, languages, regions and units are
never read. What stays: the core data files (.icu, .nrm), the supplemental tables, the main, collation and
time-zone bundles of root, English, Chinese and Vietnamese (the app's languages), every single-byte code page and
the Chinese multi-byte ones.

The data comes out of the wheel's library (the ``icudtNN_dat`` symbol), goes through ICU's own ``icupkg`` (which
refuses a package whose items lack what they depend on) and back into a shared library with the same soname and
symbol (``cc -shared``). Windows and macOS builds of Qt use the system's ICU or none: nothing to do there.
Without ``icupkg`` or a C compiler the build keeps the library as it is and says so.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from pathlib import Path

#: The app's languages (desktop.core.i18n): their bundles stay in the kept trees, with the root they inherit from.
LANGUAGES_KEPT = {"root", "en", "zh", "vi"}
#: Item trees Qt reads: the main locale bundles (no prefix), collation, time-zone names. Every other tree goes.
TREES_KEPT = {"", "coll", "zone"}
#: Multi-byte code pages kept: GB18030, GBK (cp936), GB 2312 (EUC-CN and raw), Big5 (cp950 and the table it
#: extends). A multi-byte table is one over ``SINGLE_BYTE_MAX`` bytes; the single-byte ones (154 of them, 0.5 MB in
#: all) stay, except the few that only extend a dropped multi-byte table (Japanese, Korean, EBCDIC DBCS).
CONVERTERS_KEPT = {
    "gb18030", "windows-936-2000", "ibm-1386_P100-2001", "ibm-1383_P110-1999", "ibm-5478_P100-1995",
    "windows-950-2000", "ibm-950_P110-1999", "ibm-1373_P100-2002",
}
SINGLE_BYTE_MAX = 32_000
#: Data the kept trees' bundles need whatever the language: each tree's string pool and index.
TREE_FILES = {"pool.res", "res_index.res"}
#: Data files of ICU services Qt never calls: StringPrep profiles and the spoof checker's confusables.
SUFFIXES_DROPPED = (".spp", ".cfu")

_LOCALE = re.compile(r"^[a-z]{2,3}(?:_[A-Za-z0-9]*)*$")  # zh, zh_Hans_CN, de_ (a collation variant)
_MISSING = re.compile(r"^Item (\S+) depends on missing item (\S+)$", re.MULTILINE)
_LIBRARY = re.compile(r"^libicudata\.so\.(\d+)$")


def keep_item(name: str, size: int) -> bool:
    """Whether one item of the ICU data package (``coll/zh.res``, ``gb18030.cnv`` ...) stays."""
    tree, _, file = name.rpartition("/")
    if tree not in TREES_KEPT:
        return False
    stem, dot, suffix = file.rpartition(".")
    if file.endswith(SUFFIXES_DROPPED):
        return False
    if suffix == "cnv":
        return size <= SINGLE_BYTE_MAX or stem in CONVERTERS_KEPT
    if suffix != "res" or file in TREE_FILES or stem == "root":
        return bool(dot)
    if not _LOCALE.match(stem):
        return True  # supplemental data: supplementalData, likelySubtags, metaZones, zoneinfo64, plurals ...
    return stem.split("_")[0] in LANGUAGES_KEPT


def data_symbol(library: bytes) -> tuple[str, int, int]:
    """``(symbol, file offset, size)`` of the ICU data blob ``icudtNN_dat`` in an ELF64 little-endian library."""
    if library[:4] != b"\x7fELF" or library[4] != 2 or library[5] != 1:
        raise ValueError("not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", library, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", library, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", library, shoff + i * shentsize) for i in range(shnum)]
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 11:  # SHT_DYNSYM
            continue
        strtab = sections[link]
        for pos in range(offset, offset + size, entsize):
            st_name, _st_info, _other, shndx, value, st_size = struct.unpack_from("<IBBHQQ", library, pos)
            start = strtab[4] + st_name
            symbol = library[start:library.index(b"\0", start)].decode("ascii")
            if re.fullmatch(r"icudt\d+_dat", symbol) and st_size:
                home = sections[shndx]  # the section holding the blob: its address maps to its file offset
                return symbol, value - home[3] + home[4], st_size
    raise ValueError("no icudtNN_dat symbol")


def _item_sizes(dat: Path, scratch: Path, icupkg: str) -> dict[str, int]:
    extracted = scratch / "items"
    extracted.mkdir()
    subprocess.run([icupkg, "-d", str(extracted), "-x", "*", str(dat)], check=True, capture_output=True)
    return {
        p.relative_to(extracted).as_posix(): p.stat().st_size for p in extracted.rglob("*") if p.is_file()
    }


def _package(scratch: Path, prefix: str, kept: list[str], icupkg: str) -> tuple[Path, int]:
    """A new package of the ``kept`` items. icupkg refuses one where an item needs one left out: such an item
    goes too (a code page extending a dropped table), unless the rules asked for it by name, then the build fails."""
    (scratch / "trimmed").mkdir()
    trimmed, names = scratch / "trimmed" / f"{prefix}.dat", list(kept)  # items are named after the package file
    for _attempt in range(5):
        (scratch / "kept.txt").write_text("\n".join(names) + "\n", encoding="ascii")
        proc = subprocess.run(
            [icupkg, "-tl", "-s", str(scratch / "items"), "-a", str(scratch / "kept.txt"), "new", str(trimmed)],
            check=False, capture_output=True, text=True,
        )
        if proc.returncode == 0:
            return trimmed, len(names)
        dependents = {item for item, _missing in _MISSING.findall(proc.stderr)}
        wanted = {item for item in dependents if item.removesuffix(".cnv") in CONVERTERS_KEPT}
        if not dependents or wanted:
            raise RuntimeError(f"icupkg failed: {proc.stderr.strip()[-800:]}")
        names = [name for name in names if name not in dependents]
    raise RuntimeError("icupkg: dependencies still missing after 5 rounds")


def trim_library(library: Path, out_dir: Path) -> tuple[Path, int, int] | str:
    """Build the trimmed ``libicudata.so.NN`` into ``out_dir``: ``(path, items kept, items in all)``, or why not."""
    match = _LIBRARY.match(library.name)
    if not match:
        return f"{library.name} is not an ICU data library"
    icupkg, cc = shutil.which("icupkg"), shutil.which("cc") or shutil.which("gcc")
    if not icupkg or not cc:
        return "icupkg (Debian: icu-devtools) or a C compiler missing: ICU data kept whole"
    raw = library.read_bytes()
    symbol, offset, size = data_symbol(raw)
    prefix = f"icudt{match.group(1)}l"
    with tempfile.TemporaryDirectory(prefix="corridor-icu-") as tmp:
        scratch = Path(tmp)
        full = scratch / f"{prefix}.dat"
        full.write_bytes(raw[offset:offset + size])
        sizes = _item_sizes(full, scratch, icupkg)
        kept = sorted(name for name, item_size in sizes.items() if keep_item(name, item_size))
        trimmed, count = _package(scratch, prefix, kept, icupkg)
        source = scratch / "icudata.S"
        source.write_text(
            f'\t.section .rodata\n\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign 16\n{symbol}:\n'
            f'\t.incbin "{trimmed}"\n\t.size {symbol}, . - {symbol}\n\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        out_dir.mkdir(parents=True, exist_ok=True)
        out = out_dir / library.name
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(out), str(source)],
            check=True, capture_output=True,
        )
    return out, count, len(sizes)


def replace_in_toc(
    binaries: list[tuple[str, str, str]], out_dir: Path
) -> tuple[list[tuple[str, str, str]], str]:
    """Point the ICU data library's entry in ``a.binaries`` at the trimmed build; a line saying what was done."""
    result, note = [], "no ICU data library in the bundle"
    for dest, src, typecode in binaries:
        if typecode != "SYMLINK" and _LIBRARY.match(Path(dest).name):
            built = trim_library(Path(src), out_dir)
            if isinstance(built, str):
                note = built
            else:
                path, kept, total = built
                before, after = Path(src).stat().st_size / 1e6, path.stat().st_size / 1e6
                note = f"{Path(dest).name}: {kept} of {total} ICU data items kept, {before:.1f} MB -> {after:.1f} MB"
                src = str(path)
        result.append((dest, src, typecode))
    return result, note
