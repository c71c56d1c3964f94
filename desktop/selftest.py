"""``corridor-desk --self-test``: prove that this installation (from source or frozen) has what the app needs.

One line per check, ``OK`` or ``FAIL`` plus a technical detail for support; exit 0 when every check
passed, else 1. Each check runs on its own thread with a deadline, so one failing or hanging check never stops
the others. The Qt checks run in a child process (a missing platform plugin aborts the process that loads it):
from source the child is ``python -c``, frozen it is the executable itself with :data:`CHILD_FLAG` (handled by
the bundle's entry script, packaging/corridor_desk_main.py).

Nothing here imports Qt at module level; ``CORRIDOR_DESK_SELFTEST_ROOT`` points the checks at another bundle
root (a directory holding ``resources/`` and ``i18n/``), which is how the tests make a check fail on purpose.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop import __version__

if TYPE_CHECKING:
    from desktop.commands.common import Console

ROOT_ENV = "CORRIDOR_DESK_SELFTEST_ROOT"
CHILD_FLAG = "--self-test-child"
DEFAULT_TIMEOUT = 45.0

#: Directories under resources/ that every installation must carry (the spec bundles all of resources/).
RESOURCE_DIRS = ("api", "codes", "fonts", "hs2022", "icons", "samples", "schemas")
#: The PDF fonts (TrueType outlines, so reportlab embeds subsets) and the licences that travel with them.
FONTS = ("wqy-microhei.ttc", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FONT_LICENCES = ("wqy-microhei.COPYRIGHT", "DejaVu.COPYRIGHT")
#: The app's own catalogues (English is the source language and needs none) and Qt's own dialog strings.
CATALOGUES = ("zh_CN", "vi")
QT_CATALOGUES = ("qtbase_zh_CN",)
#: Image formats the app's icons and pictures need; the spec drops every other imageformats plugin.
IMAGE_FORMATS = ("ico", "jpeg", "png", "svg")
#: Text every PDF font must draw: CJK for the WQY font, Vietnamese letters for all of them.
CJK_SAMPLE = "西部陆海新通道单一窗口"
VI_SAMPLE = "Tờ khai hải quan xuất khẩu"


class CheckFailed(Exception):
    """A check found something wrong; the message is the detail printed after FAIL."""


@dataclass
class Context:
    """What every check may use: the bundle root, a scratch directory and the per-check deadline."""

    root: Path
    scratch: Path
    timeout: float = DEFAULT_TIMEOUT

    def resource(self, *parts: str) -> Path:
        return self.root.joinpath("resources", *parts)


@dataclass
class Result:
    key: str
    title: str
    ok: bool
    detail: str
    seconds: float = 0.0


@dataclass
class Check:
    key: str
    title: str
    run: Callable[[Context], str]
    result: list[Result] = field(default_factory=list)


def default_root() -> Path:
    """The bundle root: ``$CORRIDOR_DESK_SELFTEST_ROOT`` if set, else where the app finds its resources."""
    override = os.environ.get(ROOT_ENV)
    if override:
        return Path(override)
    from desktop.core.resources import root

    return root()


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


# ---------------------------------------------------------------------------------------------- checks


def check_runtime(ctx: Context) -> str:
    import argparse

    from desktop import cli

    mode = "frozen" if is_frozen() else "source"
    parser = cli.build_parser()
    commands: list[str] = []
    for action in parser._actions:  # argparse keeps its subparsers here; there is no public accessor
        if isinstance(action, argparse._SubParsersAction):
            commands.extend(action.choices)
    if cli.COMMAND_MODULES and not commands:
        raise CheckFailed(f"no CLI command loads (desktop.commands.{{{','.join(cli.COMMAND_MODULES)}}} missing)")
    return (
        f"corridor-desk {__version__}, Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, {mode} at {ctx.root}; commands: {' '.join(sorted(commands))}"
    )


def check_resources(ctx: Context) -> str:
    missing = [d for d in RESOURCE_DIRS if not ctx.resource(d).is_dir()]
    empty = [d for d in RESOURCE_DIRS if d not in missing and not any(ctx.resource(d).iterdir())]
    if missing or empty:
        parts = []
        if missing:
            parts.append("missing " + ", ".join(f"resources/{d}/" for d in missing))
        if empty:
            parts.append("empty " + ", ".join(f"resources/{d}/" for d in empty))
        raise CheckFailed("; ".join(parts) + f" under {ctx.root}")
    counts = [f"{d} {sum(1 for p in ctx.resource(d).rglob('*') if p.is_file())}" for d in RESOURCE_DIRS]
    return "files: " + ", ".join(counts)


def check_qt_platform(ctx: Context) -> str:
    data = run_child("qt-platform", ctx)
    formats = set(data["formats"])
    lacking = [f for f in IMAGE_FORMATS if f not in formats and not (f == "jpeg" and "jpg" in formats)]
    name = data["platform"]
    if lacking:
        raise CheckFailed(f"platform {name} loaded but image formats missing: {', '.join(lacking)}")
    if not data["icon"]:
        raise CheckFailed(f"platform {name} loaded but the app icon does not render ({data['icon_path']})")
    if data["ui_failed"]:
        broken = "; ".join(f"{mod}: {why}" for mod, why in sorted(data["ui_failed"].items()))
        raise CheckFailed(f"platform {name} loaded but UI modules do not import: {broken}")
    return (
        f"platform '{name}', Qt {data['qt']}, image formats {' '.join(IMAGE_FORMATS)}, icon renders, "
        f"{data['ui_modules']} desktop.ui modules import"
    )


def check_catalogues(ctx: Context) -> str:
    data = run_child("catalogues", ctx)
    found: dict[str, str] = data["catalogues"]
    bad = {name: why for name, why in found.items() if not why.startswith("ok")}
    if bad:
        raise CheckFailed("; ".join(f"{name}: {why}" for name, why in bad.items()))
    return ", ".join(f"{name}.qm{why[2:]}" for name, why in found.items()) + " load"


def check_fonts(ctx: Context) -> str:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts_dir = ctx.resource("fonts")
    missing = [name for name in FONTS + FONT_LICENCES if not (fonts_dir / name).is_file()]
    if missing:
        raise CheckFailed(f"missing in {fonts_dir}: {', '.join(missing)}")
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    y = 800.0
    for index, name in enumerate(FONTS):
        face = f"SelfTest{index}-{name.split('.')[0]}"
        path = str(fonts_dir / name)
        font = TTFont(face, path, subfontIndex=0) if name.endswith(".ttc") else TTFont(face, path)
        pdfmetrics.registerFont(font)
        sample = VI_SAMPLE + (" " + CJK_SAMPLE if name.startswith("wqy") else "")
        absent = [ch for ch in sample if ch != " " and ord(ch) not in font.face.charToGlyph]
        if absent:
            raise CheckFailed(f"{name} has no glyph for {''.join(absent)!r}")
        pdf.setFont(face, 12)
        pdf.drawString(40, y, sample)
        y -= 20
    pdf.showPage()
    pdf.save()
    embedded = buffer.getvalue().count(b"/FontFile2")
    if embedded < len(FONTS):
        raise CheckFailed(f"only {embedded} of {len(FONTS)} fonts embedded (FontFile2) in the test PDF")
    import pypdfium2  # the preview and print renderer: its native PDFium library must be in the bundle

    document = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        width = document[0].render(scale=0.25).width
    finally:
        document.close()
    return f"{embedded} TrueType subsets embedded ({', '.join(FONTS)}), licences present, PDFium renders ({width} px)"


def check_documents(ctx: Context) -> str:
    """A PDF made in a worker process, as the app makes the documents of received declarations: the spawned child
    must start from this installation (frozen: the executable with multiprocessing's own arguments)."""
    from desktop.core.documents.pool import RenderPool
    from desktop.core.paths import AppPaths
    from desktop.core.services import documents
    from desktop.core.services.drafts import import_file
    from desktop.core.store import Store

    sample = ctx.resource("samples", "motorcycle-parts-chongqing-haiphong.json")
    if not sample.is_file():
        raise CheckFailed(f"missing {sample}")
    with Store.open_workspace(AppPaths.resolve(ctx.scratch / "documents").ensure()) as store:
        import_file(store, sample, author="self-test")
        (shipment,) = store.shipments.ids()
        source = documents.source_from_store(store, shipment)
    pool = RenderPool(workers=1)
    try:
        (data,) = pool.render([("invoice", source, "zh-en")])
    finally:
        pool.release()
    if not data.startswith(b"%PDF") or os.getpid() in pool.pids:
        raise CheckFailed(f"the worker gave {len(data)} bytes from processes {sorted(pool.pids)}")
    return f"invoice of {len(data)} bytes made in worker process {min(pool.pids)}"


def check_sqlite(ctx: Context) -> str:
    version = sqlite3.sqlite_version
    memory = sqlite3.connect(":memory:")
    try:
        try:
            memory.execute("CREATE VIRTUAL TABLE t USING fts5(body, tokenize='trigram')")
        except sqlite3.OperationalError as exc:
            raise CheckFailed(f"SQLite {version}: FTS5 trigram unavailable ({exc})") from exc
        memory.execute("INSERT INTO t(body) VALUES (?)", ("摩托车零件 motorcycle parts",))
        hits = memory.execute("SELECT count(*) FROM t WHERE t MATCH ?", ("托车零",)).fetchone()[0]
        if hits != 1:
            raise CheckFailed(f"SQLite {version}: trigram search found {hits} rows, expected 1")
    finally:
        memory.close()
    path = ctx.scratch / "selftest.sqlite3"
    conn = sqlite3.connect(path)
    try:
        mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise CheckFailed(f"SQLite {version}: journal_mode=WAL gave {mode!r}")
        with conn:
            conn.execute("CREATE TABLE x(v)")
            conn.execute("INSERT INTO x VALUES (1)")
        if conn.execute("SELECT v FROM x").fetchone()[0] != 1:
            raise CheckFailed(f"SQLite {version}: WAL write not read back")
    finally:
        conn.close()
    return f"SQLite {version}, FTS5 trigram, WAL"


#: The keyring backend each OS must end up with; on Linux the Secret Service may legitimately be absent.
_EXPECTED_KEYRING = {"win32": "keyring.backends.Windows", "darwin": "keyring.backends.macOS"}
_OS_KEYRING_MODULES = {
    "win32": ("keyring.backends.Windows",),
    "darwin": ("keyring.backends.macOS",),
    "linux": ("keyring.backends.SecretService", "keyring.backends.kwallet"),
}


def check_keyring(ctx: Context) -> str:
    import importlib

    import keyring

    for module in _OS_KEYRING_MODULES.get(sys.platform, ()):
        importlib.import_module(module)  # a bundle without the hidden import fails here
    how = "keyring default"
    try:
        credentials: Any = importlib.import_module("desktop.core.credentials")
    except ModuleNotFoundError:
        credentials = None
    configure = getattr(credentials, "configure_keyring", None)
    if configure is not None:
        status = configure()
        how = f"configure_keyring() -> {getattr(status, 'value', status)}"
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    expected = _EXPECTED_KEYRING.get(sys.platform)
    if expected and not name.startswith(expected):
        raise CheckFailed(f"{name} via {how}; expected {expected}")
    if name.startswith("keyring.backends.fail"):
        return f"none ({name} via {how}): no OS keyring here, the app asks for the password each session"
    if "keyrings.alt" in name or "PlaintextKeyring" in name:
        raise CheckFailed(f"{name} via {how} stores secrets in plain text")
    return f"{name} via {how}"


def check_tls(ctx: Context) -> str:
    import ssl

    try:
        import truststore
    except ImportError as exc:
        raise CheckFailed(f"truststore missing ({exc}); the OS certificate store cannot be used") from exc
    truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    source = f"OS store via truststore {truststore.__version__}"
    try:
        import certifi
    except ImportError:
        return f"{source}; no certifi bundle; {ssl.OPENSSL_VERSION}"
    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise CheckFailed(f"{source}; certifi bundle missing at {bundle}")
    return f"{source}; certifi bundle {bundle} ({bundle.stat().st_size // 1024} KiB); {ssl.OPENSSL_VERSION}"


def check_sandbox(ctx: Context) -> str:
    """The embedded platform as the app runs it: a child process (in a bundle, this executable with
    ``--sandbox-child``) answering on a loopback port."""
    import urllib.request

    from desktop.sandbox.launcher import ChildSandbox

    started = time.perf_counter()
    handle = ChildSandbox(db_path=str(ctx.scratch / "sandbox.sqlite3")).start(timeout=max(ctx.timeout, 30))
    try:
        startup = time.perf_counter() - started
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        url = str(handle.url).rstrip("/") + "/v1/health"
        with opener.open(url, timeout=ctx.timeout) as response:
            status = response.status
            body = json.loads(response.read().decode("utf-8") or "null")
    finally:
        handle.stop()
    if status != 200:
        raise CheckFailed(f"{url} answered HTTP {status}")
    summary = {k: body[k] for k in ("status", "version") if k in body} if isinstance(body, dict) else body
    return (
        f"{url} answered 200 {json.dumps(summary, ensure_ascii=False)[:60]} "
        f"(process {handle.pid}, started in {startup:.2f} s)"
    )


def N_(context: str, source: str) -> str:
    """Marks ``source`` for the translation catalogues (context ``Cli``); translated when printed."""
    return source


CHECKS: tuple[tuple[str, str, Callable[[Context], str]], ...] = (
    ("runtime", N_("Cli", "Runtime"), check_runtime),
    ("resources", N_("Cli", "Bundled resources"), check_resources),
    ("qt", N_("Cli", "Qt platform plugin"), check_qt_platform),
    ("catalogues", N_("Cli", "Translation catalogues"), check_catalogues),
    ("fonts", N_("Cli", "PDF fonts embed"), check_fonts),
    ("documents", N_("Cli", "Documents in worker processes"), check_documents),
    ("sqlite", N_("Cli", "SQLite"), check_sqlite),
    ("keyring", N_("Cli", "Keyring backend"), check_keyring),
    ("tls", N_("Cli", "TLS trust"), check_tls),
    ("sandbox", N_("Cli", "Embedded sandbox"), check_sandbox),
)


# ------------------------------------------------------------------------------------ Qt in a child


def child_command(job: str, root: Path, out: Path) -> list[str]:
    """The command running one Qt job: the frozen executable itself, or this interpreter from source."""
    if is_frozen():
        return [sys.executable, CHILD_FLAG, job, str(root), str(out)]
    code = "import sys; from desktop.selftest import child_main; sys.exit(child_main(sys.argv[1:]))"
    return [sys.executable, "-c", code, job, str(root), str(out)]


def run_child(job: str, ctx: Context) -> dict[str, Any]:
    out = ctx.scratch / f"child-{job}.json"
    env = dict(os.environ)
    if not is_frozen():
        source_root = str(Path(__file__).resolve().parents[1])
        env["PYTHONPATH"] = os.pathsep.join(p for p in (source_root, env.get("PYTHONPATH", "")) if p)
    try:
        proc = subprocess.run(
            child_command(job, ctx.root, out),
            capture_output=True,
            text=True,
            errors="replace",
            timeout=ctx.timeout,
            env=env,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired as exc:
        raise CheckFailed(f"child process did not finish in {ctx.timeout:.0f} s") from exc
    if proc.returncode != 0 or not out.is_file():
        tail = " | ".join(line for line in (proc.stderr or "").strip().splitlines()[-4:])
        raise CheckFailed(f"child process exited {proc.returncode}: {tail or 'no output'}")
    data: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return data


def _child_qt_platform(root: Path) -> dict[str, Any]:
    from PySide6.QtCore import qVersion
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication(["corridor-desk-selftest"])
    widget = QWidget()
    widget.resize(64, 48)
    shot = widget.grab()
    formats = sorted(bytes(f.data()).decode("ascii", "replace") for f in QImageReader.supportedImageFormats())
    icon_path = root / "resources" / "icons" / "corridor-desk.svg"
    icon = QIcon(str(icon_path))
    renders = icon_path.is_file() and not icon.pixmap(32, 32).isNull()
    ui_modules, ui_failed = _import_ui_modules()
    result = {
        "ui_modules": ui_modules,
        "ui_failed": ui_failed,
        "platform": app.platformName(),
        "qt": qVersion(),
        "formats": formats,
        "grab": [shot.width(), shot.height()],
        "icon": renders,
        "icon_path": str(icon_path),
    }
    widget.deleteLater()
    del app
    return result


def _import_ui_modules() -> tuple[int, dict[str, str]]:
    """Import every module of desktop.ui present here (frozen: those the analysis bundled)."""
    import importlib
    import pkgutil

    try:
        package = importlib.import_module("desktop.ui")
    except ImportError as exc:
        return 0, {"desktop.ui": f"{type(exc).__name__}: {exc}"}
    names = [m.name for m in pkgutil.iter_modules(package.__path__, "desktop.ui.") if not m.name.endswith("__main__")]
    failed: dict[str, str] = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # reported by the parent as one failing check
            failed[name] = f"{type(exc).__name__}: {exc}"
    return len(names) - len(failed), failed


def _child_catalogues(root: Path) -> dict[str, Any]:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    status: dict[str, str] = {}
    for lang in CATALOGUES:
        qm = root / "i18n" / f"corridor_{lang}.qm"
        if not qm.is_file():
            ts = qm.with_suffix(".ts")
            source = "exists" if ts.is_file() else "missing"
            status[qm.stem] = f"not compiled yet (run make i18n; {ts.name} {source})"
            continue
        translator = QTranslator()
        if not translator.load(str(qm)):
            status[qm.stem] = f"{qm} does not load"
        else:  # an empty catalogue is valid (nothing translated yet): said in the detail, not a failure
            status[qm.stem] = "ok" if not translator.isEmpty() else "ok (empty)"
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in QT_CATALOGUES:
        translator = QTranslator()
        status[name] = "ok" if translator.load(name, str(qt_dir)) else f"not found in {qt_dir}"
    return {"catalogues": status}


def _child_startup(root: Path) -> dict[str, Any]:
    """Not a check: open the main window (scratch data dir, no login) and note when it is on screen.

    ``packaging/build.py`` runs it in the frozen app to measure the time from launch to the main window.
    """
    from PySide6.QtWidgets import QApplication

    from desktop.ui.app import create_app

    with tempfile.TemporaryDirectory(prefix="corridor-startup-", ignore_cleanup_errors=True) as data:
        ctx = create_app(["--data-dir", data, "--lang", "en"], show=True, login=False, excepthook=False)
        QApplication.processEvents()
        shown_at = time.time()
        visible = bool(ctx.window is not None and ctx.window.isVisible())
        ctx.close()
    return {"shown_at": shown_at, "visible": visible}


_CHILD_JOBS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "qt-platform": _child_qt_platform,
    "catalogues": _child_catalogues,
    "startup": _child_startup,
}


def child_main(argv: Sequence[str]) -> int:
    """Entry of the child process: ``JOB ROOT OUT.json``; writes the job's findings as JSON to OUT."""
    job, root, out = argv[0], Path(argv[1]), Path(argv[2])
    result = _CHILD_JOBS[job](root)
    Path(out).write_text(json.dumps(result), encoding="utf-8")
    return 0


# ----------------------------------------------------------------------------------------- running


def _run_one(check: Check, ctx: Context) -> None:
    started = time.perf_counter()
    try:
        detail = check.run(ctx)
        ok = True
    except CheckFailed as exc:
        ok, detail = False, str(exc)
    except Exception as exc:  # every failure is reported, never raised: the other checks go on
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    check.result.append(Result(check.key, check.title, ok, detail, time.perf_counter() - started))


#: Packages several checks import: loaded once on the calling thread before the checks start, because first
#: imports of one package from several threads at once can meet a partially initialised module (seen frozen).
SHARED_IMPORTS = ("pydantic", "desktop.core.model", "desktop.cli", "requests", "fastapi", "reportlab.pdfgen.canvas")


def _warm_imports() -> None:
    import importlib

    for name in SHARED_IMPORTS:
        try:
            importlib.import_module(name)
        except Exception:  # the check that needs the package reports why it is missing
            continue


def run_checks(
    root: Path | None = None, *, only: Sequence[str] | None = None, timeout: float = DEFAULT_TIMEOUT
) -> list[Result]:
    """Run the checks (all, or the keys in ``only``) concurrently, each with ``timeout`` seconds; in order."""
    selected = [Check(key, title, fn) for key, title, fn in CHECKS if only is None or key in only]
    with tempfile.TemporaryDirectory(prefix="corridor-selftest-", ignore_cleanup_errors=True) as scratch:
        ctx = Context(root=root or default_root(), scratch=Path(scratch), timeout=timeout)
        _warm_imports()
        threads = []
        for check in selected:
            thread = threading.Thread(
                target=_run_one, args=(check, ctx), name=f"selftest-{check.key}", daemon=True
            )
            thread.start()
            threads.append(thread)
        deadline = time.monotonic() + timeout + min(timeout, 5.0)  # a child process has its own timeout
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        results = []
        for check in selected:
            if check.result:
                results.append(check.result[0])
            else:
                detail = f"no answer within {timeout:.0f} s"
                results.append(Result(check.key, check.title, False, detail, timeout))
    return results


def run_self_test(console: Console, root: Path | None = None, timeout: float = DEFAULT_TIMEOUT) -> int:
    """Print one line per check (``OK``/``FAIL``, title, detail) and a summary; 0 if all passed, else 1."""
    started = time.perf_counter()
    console.print(console.tr("Corridor Desk self-test") + f" — corridor-desk {__version__}")
    results = run_checks(root, timeout=timeout)
    width = max(len(console.tr(r.title)) for r in results)
    for r in results:
        status = "OK  " if r.ok else "FAIL"
        console.print(f"{status} {console.tr(r.title):<{width}}  {r.detail}")
    failed = sum(1 for r in results if not r.ok)
    elapsed = time.perf_counter() - started
    if failed:
        console.print(console.tr("{failed} of {total} checks failed", failed=failed, total=len(results))
                      + f" ({elapsed:.1f} s)")
        return 1
    console.print(console.tr("All {total} checks passed", total=len(results)) + f" ({elapsed:.1f} s)")
    return 0
