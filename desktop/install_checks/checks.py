"""The installation checks, one function each (runtime, resources, Qt, catalogues, fonts, documents, SQLite,
keyring, TLS, sandbox), and :data:`CHECKS`, their keys and titles in the order they are printed.
"""

from __future__ import annotations

import json
import os
import platform
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import __version__
from desktop.install_checks.base import (
    CJK_SAMPLE,
    FONT_LICENCES,
    FONTS,
    IMAGE_FORMATS,
    RESOURCE_DIRS,
    S_,
    VI_SAMPLE,
    CheckFailed,
    Context,
    Detail,
    Joined,
    is_frozen,
    run_child,
)

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
    if mode == "frozen":
        template = S_(
            "corridor-desk {version}, Python {python}, {system} {machine}, bundled at {root}; commands: {commands}"
        )
    else:
        template = S_(
            "corridor-desk {version}, Python {python}, {system} {machine}, from source at {root}; commands: {commands}"
        )
    return Detail(
        template,
        version=__version__,
        python=platform.python_version(),
        system=platform.system(),
        machine=platform.machine(),
        root=ctx.root,
        commands=" ".join(sorted(commands)),
    )


def check_resources(ctx: Context) -> str:
    missing = [d for d in RESOURCE_DIRS if not ctx.resource(d).is_dir()]
    empty = [d for d in RESOURCE_DIRS if d not in missing and not any(ctx.resource(d).iterdir())]
    if missing or empty:
        parts = []
        if missing:
            parts.append(Detail(S_("missing {folders}"), folders=", ".join(f"resources/{d}/" for d in missing)))
        if empty:
            parts.append(Detail(S_("empty {folders}"), folders=", ".join(f"resources/{d}/" for d in empty)))
        raise CheckFailed(Detail(S_("{problems} under {root}"), problems=Joined(parts), root=ctx.root))
    counts = [f"{d} {sum(1 for p in ctx.resource(d).rglob('*') if p.is_file())}" for d in RESOURCE_DIRS]
    return Detail(S_("files: {counts}"), counts=", ".join(counts))


def _text_services_failure(text: dict[str, Any]) -> Joined | None:
    """Why the collation, code pages or time-zone names Qt takes from ICU are wrong, or None."""
    wrong = []
    if text["zh_order"] != ["阿里", "波浪", "中国"]:
        wrong.append(Detail(S_("Chinese sorts as {order}"), order=" ".join(text["zh_order"])))
    if text["vi_order"] != ["an", "ăn", "ân", "bê"]:
        wrong.append(Detail(S_("Vietnamese sorts as {order}"), order=" ".join(text["vi_order"])))
    missing = [name for name, valid in text["codecs"].items() if not valid]
    if missing:
        wrong.append(Detail(S_("no codec {names}"), names=", ".join(missing)))
    if not text["zone_zh"] or text["zone_zh"].isascii():
        wrong.append(Detail(S_("Asia/Shanghai in Chinese is {name}"), name=repr(text["zone_zh"])))
    return Joined(wrong) if wrong else None


def check_qt_platform(ctx: Context) -> str:
    data = run_child("qt-platform", ctx)
    formats = set(data["formats"])
    lacking = [f for f in IMAGE_FORMATS if f not in formats and not (f == "jpeg" and "jpg" in formats)]
    name = data["platform"]
    if lacking:
        raise CheckFailed(
            Detail(
                S_("platform {name} loaded but image formats missing: {formats}"), name=name, formats=", ".join(lacking)
            )
        )
    if not data["icon"]:
        raise CheckFailed(
            Detail(
                S_("platform {name} loaded but the app icon does not render ({path})"),
                name=name,
                path=data["icon_path"],
            )
        )
    text = _text_services_failure(data["text"]) if sys.platform.startswith("linux") else None
    if text:
        raise CheckFailed(
            Detail(
                S_("platform {name} loaded but Qt's text services (ICU) are incomplete: {text}"), name=name, text=text
            )
        )
    if data["ui_failed"]:
        broken = "; ".join(f"{mod}: {why}" for mod, why in sorted(data["ui_failed"].items()))
        raise CheckFailed(
            Detail(S_("platform {name} loaded but UI modules do not import: {broken}"), name=name, broken=broken)
        )
    if sys.platform.startswith("linux"):
        template = S_(
            "platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules "
            "import, Chinese and Vietnamese collation and code pages"
        )
    else:
        template = S_(
            "platform '{name}', Qt {qt}, image formats {formats}, icon renders, {modules} desktop.ui modules import"
        )
    return Detail(template, name=name, qt=data["qt"], formats=" ".join(IMAGE_FORMATS), modules=data["ui_modules"])


def check_catalogues(ctx: Context) -> str:
    data = run_child("catalogues", ctx)
    found: dict[str, str] = data["catalogues"]
    bad = {name: why for name, why in found.items() if not why.startswith("ok")}
    if bad:
        reasons: dict[str, Any] = data.get("why", {})

        def reason(name: str, why: str) -> Any:
            template, params = reasons.get(name, (None, {}))
            return Detail(template, **params) if template else why

        raise CheckFailed(
            Detail(
                S_("{problems}"),
                problems=Joined(
                    Detail(S_("{name}: {why}"), name=name, why=reason(name, why)) for name, why in bad.items()
                ),
            )
        )
    return Detail(S_("{catalogues} load"), catalogues=", ".join(f"{name}.qm{why[2:]}" for name, why in found.items()))


def check_fonts(ctx: Context) -> str:
    import io

    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    fonts_dir = ctx.resource("fonts")
    missing = [name for name in FONTS + FONT_LICENCES if not (fonts_dir / name).is_file()]
    if missing:
        raise CheckFailed(Detail(S_("missing in {folder}: {files}"), folder=fonts_dir, files=", ".join(missing)))
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
            raise CheckFailed(Detail(S_("{name} has no glyph for {chars}"), name=name, chars=repr("".join(absent))))
        pdf.setFont(face, 12)
        pdf.drawString(40, y, sample)
        y -= 20
    pdf.showPage()
    pdf.save()
    embedded = buffer.getvalue().count(b"/FontFile2")
    if embedded < len(FONTS):
        raise CheckFailed(
            Detail(
                S_("only {embedded} of {total} fonts embedded (FontFile2) in the test PDF"),
                embedded=embedded,
                total=len(FONTS),
            )
        )
    import pypdfium2  # the preview and print renderer: its native PDFium library must be in the bundle

    document = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        width = document[0].render(scale=0.25).width
    finally:
        document.close()
    return Detail(
        S_("{embedded} TrueType subsets embedded ({fonts}), licences present, PDFium renders ({width} px)"),
        embedded=embedded,
        fonts=", ".join(FONTS),
        width=width,
    )


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
        raise CheckFailed(Detail(S_("missing {path}"), path=sample))
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
        raise CheckFailed(
            Detail(S_("the worker gave {size} bytes from processes {pids}"), size=len(data), pids=sorted(pool.pids))
        )
    return Detail(S_("invoice of {size} bytes made in worker process {pid}"), size=len(data), pid=min(pool.pids))


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
    return Detail(S_("SQLite {version}, FTS5 trigram, WAL"), version=version)


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
    how: Any = Detail(S_("keyring default"))
    try:
        credentials: Any = importlib.import_module("desktop.core.credentials")
    except ModuleNotFoundError:
        credentials = None
    configure = getattr(credentials, "configure_keyring", None)
    if configure is not None:
        status = configure()
        how = Detail(S_("configure_keyring() -> {status}"), status=getattr(status, "value", status))
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    expected = _EXPECTED_KEYRING.get(sys.platform)
    if expected and not name.startswith(expected):
        raise CheckFailed(Detail(S_("{name} via {how}; expected {expected}"), name=name, how=how, expected=expected))
    if name.startswith("keyring.backends.fail"):
        return Detail(
            S_("none ({name} via {how}): no OS keyring here, the app asks for the password each session"),
            name=name,
            how=how,
        )
    if "keyrings.alt" in name or "PlaintextKeyring" in name:
        raise CheckFailed(Detail(S_("{name} via {how} stores secrets in plain text"), name=name, how=how))
    return Detail(S_("{name} via {how}"), name=name, how=how)


def check_tls(ctx: Context) -> str:
    import ssl

    try:
        import truststore
    except ImportError as exc:
        raise CheckFailed(
            Detail(S_("truststore missing ({error}); the OS certificate store cannot be used"), error=exc)
        ) from exc
    truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    source = Detail(S_("OS store via truststore {version}"), version=truststore.__version__)
    try:
        import certifi
    except ImportError:
        return Detail(S_("{source}; no certifi bundle; {openssl}"), source=source, openssl=ssl.OPENSSL_VERSION)
    bundle = Path(certifi.where())
    if not bundle.is_file():
        raise CheckFailed(Detail(S_("{source}; certifi bundle missing at {bundle}"), source=source, bundle=bundle))
    return Detail(
        S_("{source}; certifi bundle {bundle} ({size} KiB); {openssl}"),
        source=source,
        bundle=bundle,
        size=bundle.stat().st_size // 1024,
        openssl=ssl.OPENSSL_VERSION,
    )


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
        raise CheckFailed(Detail(S_("{url} answered HTTP {status}"), url=url, status=status))
    summary = {k: body[k] for k in ("status", "version") if k in body} if isinstance(body, dict) else body
    return Detail(
        S_("{url} answered 200 {summary} (process {pid}, started in {seconds} s)"),
        url=url,
        summary=json.dumps(summary, ensure_ascii=False)[:60],
        pid=handle.pid,
        seconds=f"{startup:.2f}",
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
