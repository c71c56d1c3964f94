"""The bundle's contents as the spec declares them: data lists, hidden imports, the Qt filter, the Windows files."""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest

from tests.conftest import ROOT

PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


bundle: Any = _load("bundle", PACKAGING / "bundle.py")


class _Recorder:
    """Stands in for one PyInstaller build class while the spec runs: records its arguments."""

    calls: ClassVar[dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]]] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.calls.setdefault(type(self).__name__, []).append((args, kwargs))
        self.args, self.kwargs = args, kwargs
        self.binaries: list[tuple[str, str, str]] = []
        self.datas: list[tuple[str, str, str]] = []
        self.pure: list[Any] = []
        self.scripts: list[Any] = []


def _run_spec(tmp_path: Path) -> dict[str, list[tuple[tuple[Any, ...], dict[str, Any]]]]:
    _Recorder.calls = {}
    names = {name: type(name, (_Recorder,), {}) for name in ("Analysis", "PYZ", "EXE", "COLLECT")}
    namespace: dict[str, Any] = {
        **names, "SPEC": str(PACKAGING / "corridor-desk.spec"), "workpath": str(tmp_path), "__name__": "spec",
        "DISTPATH": str(tmp_path / "dist"),
    }
    code = (PACKAGING / "corridor-desk.spec").read_text(encoding="utf-8")
    if not sys.platform.startswith("linux"):
        pytest.skip("the spec's library pruning runs ldd on Linux only")
    exec(compile(code, "corridor-desk.spec", "exec"), namespace)
    return _Recorder.calls


def test_every_resource_directory_is_bundled_as_data() -> None:
    dirs = sorted(p.name for p in (ROOT / "resources").iterdir() if p.is_dir())
    assert {"codes", "fonts", "hs2022", "icons", "samples", "schemas", "api"} <= set(dirs)
    pairs = bundle.datas()
    for name in dirs:
        assert (str(ROOT / "resources" / name), f"resources/{name}") in pairs, name


def test_compiled_catalogues_are_bundled_under_i18n(tmp_path: Path) -> None:
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    (tmp_path / "i18n").mkdir()
    for name in ("corridor_zh_CN.qm", "corridor_vi.qm", "corridor_zh_CN.ts"):
        (tmp_path / "i18n" / name).write_bytes(b"x")
    pairs = bundle.datas(tmp_path)
    assert (str(tmp_path / "i18n" / "corridor_zh_CN.qm"), "i18n") in pairs
    assert (str(tmp_path / "i18n" / "corridor_vi.qm"), "i18n") in pairs
    assert not any(src.endswith(".ts") for src, _ in pairs)
    assert (str(tmp_path / "resources" / "fonts"), "resources/fonts") in pairs


def test_the_spec_builds_the_app_and_its_debug_twin_from_one_analysis_into_one_onedir_bundle(
    tmp_path: Path,
) -> None:
    calls = _run_spec(tmp_path)
    [(_args, analysis)] = calls["Analysis"]
    assert analysis["datas"] == bundle.datas() + bundle.compressed_datas(tmp_path / "compressed")
    assert analysis["hiddenimports"] == bundle.hidden_imports()
    assert analysis["excludes"] == bundle.excludes()
    exes = {kwargs["name"]: kwargs for _args, kwargs in calls["EXE"]}
    assert all(kwargs["exclude_binaries"] for kwargs in exes.values())  # onedir: binaries go to COLLECT
    assert exes["corridor-desk"]["icon"].endswith("corridor-desk.ico")
    assert exes["corridor-desk"]["console"] is True  # Linux: the app itself has the console
    assert set(exes) == {"corridor-desk"}  # the debug twin is a link, not the same 11 MB again
    [(collect_args, collect)] = calls["COLLECT"]
    assert collect["name"] == "corridor-desk" and len(collect_args) == 3


def test_windows_builds_a_separate_console_executable_and_the_others_link_it(tmp_path: Path) -> None:
    assert bundle.separate_debug_executable("win32")
    assert bundle.link_debug_executable(tmp_path, "win32") is None
    assert not bundle.separate_debug_executable("linux") and not bundle.separate_debug_executable("darwin")
    assert bundle.link_debug_executable(tmp_path, "linux") is None  # nothing built yet: nothing to link
    app = tmp_path / "corridor-desk"
    app.write_bytes(b"\x7fELF app")
    (tmp_path / "corridor-desk-debug").write_bytes(b"an older build's copy")
    link = bundle.link_debug_executable(tmp_path, "linux")
    assert link == tmp_path / "corridor-desk-debug" and link.is_symlink()
    assert link.readlink() == Path("corridor-desk")  # relative: the bundle can move
    assert link.read_bytes() == b"\x7fELF app"
    assert bundle.link_debug_executable(tmp_path, "darwin") == link and link.is_symlink()  # again: replaced


def test_each_os_leaves_out_the_keyring_backends_of_the_others_and_keeps_its_own() -> None:
    windows, linux, mac = bundle.excludes("win32"), bundle.excludes("linux"), bundle.excludes("darwin")
    for name in ("secretstorage", "jeepney", "cryptography"):
        assert name in windows and name in mac and name not in linux
    assert "win32ctypes" in linux and "win32ctypes" in mac and "win32ctypes" not in windows
    assert "keyring.backends.Windows" not in windows and "keyring.backends.macOS" not in mac
    for platform, excluded in (("win32", windows), ("linux", linux), ("darwin", mac)):
        own = bundle.hidden_imports(platform)
        assert not [name for name in excluded if name in own], platform  # never exclude what is hidden-imported
        assert {"yaml", "pytest", "hypothesis", "lxml.objectify", "uvloop"} <= set(excluded)
        assert "lxml.etree" not in excluded and "lxml" not in excluded


def test_excluded_packages_are_never_imported_by_the_app() -> None:
    app_imports: set[str] = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                app_imports.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                app_imports.add(node.module)
                app_imports.update(f"{node.module}.{alias.name}" for alias in node.names)
    always = set(bundle.EXCLUDES) - {"uvloop"}  # the sandbox uses uvloop where installed, never in the bundle
    assert not {name for name in app_imports if name in always or name.split(".")[0] in always}


def test_every_module_of_the_app_is_a_hidden_import() -> None:
    # the CLI imports its subcommands by name and the UI imports lazily: the scan alone would miss them
    hidden = bundle.hidden_imports()
    for name in ("desktop.cli", "desktop.selftest", "desktop.commands.drafts", "desktop.sandbox.server",
                 "desktop.ui.app", "desktop.core"):
        assert name in hidden
    assert not any(name.endswith("__main__") for name in hidden)


def test_hidden_imports_exist_here() -> None:
    missing = [name for name in bundle.hidden_imports() if importlib.util.find_spec(name) is None]
    assert missing == []
    windows = bundle.hidden_imports("win32")
    assert "keyring.backends.Windows" in windows and "keyring.backends.SecretService" not in windows
    assert "uvicorn.protocols.http.auto" in windows and "truststore" in windows and "certifi" in windows


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/lib/libQt6Core.so.6", True),
        ("libQt6Widgets.so.6", True),
        ("PySide6/Qt6PrintSupport.dll", True),
        ("PySide6/Qt6Svg.dll", True),
        ("PySide6/opengl32sw.dll", False),
        ("PySide6/MSVCP140.dll", True),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt6Qml.dll", False),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", False),
        ("PySide6/Qt/lib/libQt6WaylandClient.so.6", False),
        ("PySide6/QtWidgets.abi3.so", True),
        ("PySide6/QtQuick.pyd", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/plugins/imageformats/qico.dll", True),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqwebp.so", False),
        ("PySide6/plugins/imageformats/qtiff.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qtdeclarative_zh_CN.qm", False),
        ("pycountry/locales/zh_CN/LC_MESSAGES/iso3166-1.mo", True),
        ("pycountry/locales/vi/LC_MESSAGES/iso4217.mo", True),
        ("pycountry/locales/de/LC_MESSAGES/iso3166-1.mo", False),
        ("pycountry/databases/iso3166-1.json", True),
        ("pycountry/databases/iso4217.json", True),
        ("pycountry/databases/iso639-3.json", False),
        ("pycountry/databases/iso3166-2.json", False),
        ("pycountry/locales/vi/LC_MESSAGES/iso639-3.mo", False),
        ("pycountry/__init__.py", True),
        ("PIL/_imaging.cpython-311-x86_64-linux-gnu.so", True),
        ("PIL/_avif.cpython-311-x86_64-linux-gnu.so", False),
        ("resources/fonts/wqy-microhei.ttc", True),
        ("stdnum/oui.dat", False),
        ("stdnum/cn/loc.dat", True),
        ("python3.11/lib-dynload/_codecs_cn.cpython-311-x86_64-linux-gnu.so", True),
        ("python3.11/lib-dynload/_codecs_jp.cpython-311-x86_64-linux-gnu.so", False),
        ("python3.11/lib-dynload/readline.cpython-311-x86_64-linux-gnu.so", False),
        ("_codecs_kr.pyd", False),
        ("_sqlite3.pyd", True),
        ("i18n/corridor_vi.qm", True),
        ("pypdfium2_raw/libpdfium.so", True),
        ("pypdfium2_raw/pdfium.dll", True),
        ("PySide6/plugins/printsupport/windowsprintersupport.dll", True),
    ],
)
def test_the_filter_keeps_what_the_app_uses(dest: str, kept: bool) -> None:
    assert bundle.keep(dest) is kept


def test_unreferenced_shared_libraries_are_pruned() -> None:
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/q/libqxcb.so", "BINARY"),
        ("libxcb-shape.so.0", "/usr/lib/libxcb-shape.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
        ("pillow.libs/libavif-1.so", "/p/libavif-1.so", "BINARY"),
    ]
    links = {"/q/libqxcb.so": ["/usr/lib/libxcb-shape.so.0"]}
    kept = [dest for dest, _src, _type in bundle.prune_libraries(binaries, lambda src: links.get(src, []))]
    assert kept == ["PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb-shape.so.0", "libpython3.11.so.1.0"]


def test_symlinks_to_dropped_files_are_dropped() -> None:
    binaries = [("pillow.libs/libjpeg.so", "/p/libjpeg.so", "BINARY")]
    datas = [
        ("libjpeg.so", "pillow.libs/libjpeg.so", "SYMLINK"),
        ("libavif.so", "pillow.libs/libavif.so", "SYMLINK"),
        ("PySide6/Qt/lib/x/liby.so", "../../liby.so", "SYMLINK"),
    ]
    _bins, kept = bundle.drop_dangling_symlinks(binaries, datas)
    assert kept == [("libjpeg.so", "pillow.libs/libjpeg.so", "SYMLINK")]


def test_version_comes_from_the_package_and_fills_the_windows_version_resource() -> None:
    from desktop import __version__

    assert bundle.version() == __version__
    assert bundle.version_tuple("1.2.3") == (1, 2, 3, 0)
    assert bundle.version_tuple("0.2.0rc1") == (0, 2, 0, 0)
    text = bundle.render_version_info()
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    tree = ast.parse(body, mode="eval")  # PyInstaller evaluates this text as a Python expression
    assert isinstance(tree.body, ast.Call) and getattr(tree.body.func, "id", "") == "VSVersionInfo"
    assert f"filevers={bundle.version_tuple(__version__)!r}" in text
    assert f"StringStruct('ProductVersion', '{__version__}')" in text and "{VERSION" not in text


def test_the_installer_is_per_user_and_upgrades_in_place() -> None:
    iss = (PACKAGING / "windows" / "corridor-desk.iss").read_text(encoding="utf-8")
    settings = dict(re.findall(r"^(\w+)=(.*)$", iss, re.MULTILINE))
    assert settings["PrivilegesRequired"] == "lowest"
    assert settings["DefaultDirName"] == r"{localappdata}\Programs\Corridor Desk"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", settings["AppId"])
    assert settings["UsePreviousAppDir"] == "yes"
    assert "corridor-desk.exe" in iss and "corridor-desk-debug.exe" in iss
    assert "{userstartmenu}" in iss or "{autoprograms}" in iss
    assert "desktopicon" in iss
    assert "ChineseSimplified.isl" in iss
    # user data (platformdirs) and credentials (Credential Manager) are never touched by (un)install
    assert "{userappdata}" not in iss and "{localappdata}\\CorridorDesk" not in iss


def test_pdfium_survives_the_pruning_though_nothing_links_to_it() -> None:
    """The preview loads PDFium with ctypes: no kept binary links to it, and it must stay all the same."""
    assert {"pypdfium2", "pypdfium2_raw"} <= set(bundle.hidden_imports("linux"))
    binaries = [
        ("pypdfium2_raw/libpdfium.so", "/s/pypdfium2_raw/libpdfium.so", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
    ]
    kept = [dest for dest, _src, _type in bundle.prune_libraries(binaries, lambda src: [])]
    assert kept == ["pypdfium2_raw/libpdfium.so"]
