"""Desktop app figures: cold start vs. a bare PySide6 window, idle memory with 10 k stored filings, opening the
100 k-row list, and the longest event-loop stall while the outbox sends 1,000 filings. Reported, never asserted.

Cold start and memory run in fresh subprocesses (``python -m tests.benchmarks.bench_ui --child MODE``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"


def _rss_mb(pid: int = 0) -> float:
    """Resident memory of this process, or of ``pid`` (0 when it is gone)."""
    try:
        with open(f"/proc/{pid or 'self'}/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# ------------------------------------------------------------------------------------------- data


def prepare(data_dir: Path, shipments: int = 0, declarations: int = 0) -> str:
    """A workspace holding the sample company and many copies of its shipment / declaration rows."""
    from desktop.core.paths import AppPaths
    from desktop.core.services import drafts
    from desktop.core.store.store import Store

    store = Store.open_workspace(AppPaths.resolve(data_dir).ensure())
    result = drafts.import_file(store, SAMPLE, author="bench")
    sid = result.id
    conn = store.connection()
    with store.transaction() as tx:
        if shipments:
            tx.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO shipments (id, company_id, reference, contract_no, consignee, destination, "
                "port_of_discharge, revision, data, created_at, updated_at) "
                "SELECT s.id || '-' || n.i, s.company_id, 'REF-' || printf('%06d', n.i), s.contract_no, s.consignee,"
                " s.destination, s.port_of_discharge, 1, s.data, s.created_at, "
                "strftime('%Y-%m-%dT%H:%M:%fZ', s.updated_at, '-' || n.i || ' seconds') FROM n, shipments s "
                "WHERE s.id = ?",
                (shipments - 1, sid),
            )
        if declarations:
            tx.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
                "INSERT INTO declarations (id, company_id, shipment_id, part, status, client_seq_no, customs_no, "
                "contract_no, consignee, currency, total, revision, data, created_at, updated_at) "
                "SELECT d.id || '-' || n.i, d.company_id, d.shipment_id, d.part, "
                "CASE n.i % 3 WHEN 0 THEN 'released' WHEN 1 THEN 'accepted' ELSE 'draft' END, '', '', "
                "d.contract_no, d.consignee, d.currency, d.total, 1, json_set(d.data, '$.id', d.id || '-' || n.i),"
                " d.created_at, d.updated_at FROM n, declarations d WHERE d.shipment_id = ?",
                (declarations - 1, sid),
            )
    del conn
    store.close()
    return sid


# ------------------------------------------------------------------------------------------- children


def child(mode: str, data_dir: str) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if mode == "bare":
        from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

        app = QApplication([])
        window = QMainWindow()
        window.setCentralWidget(QLabel("ready"))
        window.show()
        app.processEvents()
        print("READY", flush=True)
        _idle(app)
        print(json.dumps({"rss_mb": _rss_mb()}), flush=True)
        return
    started = time.perf_counter()
    from desktop.cli import _wants_commands, build_parser  # what the entry point does before the GUI

    argv = ["--data-dir", data_dir, "--lang", "en"]
    build_parser(with_commands=_wants_commands(argv)).parse_args(argv)
    print(f"PARSER {time.perf_counter() - started:.4f}", flush=True)
    from desktop.ui.app import create_app

    extra = ["--platform", os.environ["BENCH_PLATFORM"]] if os.environ.get("BENCH_PLATFORM") else []
    ctx = create_app(["--data-dir", data_dir, "--lang", "en", *extra], excepthook=False)
    ctx.app.processEvents()
    print("READY", flush=True)
    _until(ctx.app, lambda: ctx.window.login_dialog is not None and ctx.window.login_dialog.isVisible())
    ctx.app.processEvents()  # its first paint
    print("LOGIN", flush=True)
    if mode == "memory":
        dialog = ctx.window.login_dialog
        dialog.username.setText("demo-exporter")
        dialog.password.setText("demo1234")
        dialog._on_ok()
        _until(ctx.app, lambda: bool(ctx.window.companies) and ctx.runner.pending == 0)
        for kind in ("declaration", "shipment"):
            ctx.window.show_section(kind + "s")
            _until(ctx.app, lambda k=kind: ctx.window.lists[k].row_count() > 0)
        _idle(ctx.app)
        rows = ctx.window.lists["declaration"].row_count()
        platform_pid = getattr(ctx.sandbox, "pid", 0)
        print(json.dumps({"rss_mb": _rss_mb(), "declarations": rows, "platform_rss_mb": _rss_mb(platform_pid)}),
              flush=True)
    ctx.close()


def _until(app: Any, cond: Any, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.005)


def _idle(app: Any, seconds: float = 1.5) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _run_child(mode: str, data_dir: str, platform: str = "") -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "BENCH_PLATFORM": platform}
    # compiled modules kept between runs, as an installed app or the frozen bundle has them (a machine that sets
    # PYTHONDONTWRITEBYTECODE would otherwise compile every module of the app, and few of the bare window's, anew)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "corridor-bench-pycache")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.benchmarks.bench_ui", "--child", mode, data_dir],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    out: dict[str, Any] = {}
    for line in proc.stdout:
        line = line.strip()
        if line == "READY":
            out["ready_s"] = time.perf_counter() - started
        elif line.startswith("PARSER "):
            out["parser_s"] = float(line.split()[1])
        elif line == "LOGIN":
            out["login_s"] = time.perf_counter() - started
        elif line.startswith("{"):
            out.update(json.loads(line))
    proc.wait(timeout=120)
    return out


# ------------------------------------------------------------------------------------------- in-process


def list_open(data_dir: Path, rows: int) -> tuple[float, float]:
    """Seconds from asking for the list to its count and first page shown, and to a far page."""
    from PySide6.QtWidgets import QApplication

    from desktop.core.paths import AppPaths
    from desktop.ui.backend import Backend
    from desktop.ui.lists import ListPage
    from desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    backend = Backend(AppPaths.resolve(data_dir), "")
    backend.open()
    runner = TaskRunner()
    page = ListPage("shipment", backend.source("shipment"), runner)
    page.resize(1200, 800)
    page.show()
    assert page.model is not None
    started = time.perf_counter()
    page.set_company("cq-jiangling")
    _until(app, lambda: page.row_count() == rows)
    app.processEvents()
    opened = time.perf_counter() - started
    started = time.perf_counter()
    page.view.scrollToBottom()
    _until(app, lambda: page.row_value(rows - 1, "id") is not None)
    far = time.perf_counter() - started
    runner.shutdown()
    page.deleteLater()
    backend.close()
    return opened, far


def external_sandbox() -> tuple[subprocess.Popen[bytes], str]:
    """The sandbox in a process of its own (as a classroom or the real platform would be)."""
    import socket
    import urllib.request

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    end = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(url + "/v1/health", timeout=1) as answer:
                answer.read()
            return proc, url
        except OSError:
            if time.monotonic() > end or proc.poll() is not None:
                proc.kill()
                raise
            time.sleep(0.1)


def outbox_stall(data_dir: Path, n: int, url: str = "", settle: bool = True) -> dict[str, float]:
    """The longest gap between GUI timer ticks while a worker sends ``n`` queued declarations."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop.core.paths import AppPaths
    from desktop.core.services import filing
    from desktop.sandbox.server import run_embedded
    from desktop.ui.backend import Backend
    from desktop.ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    sandbox = None if url else run_embedded()
    backend = Backend(AppPaths.resolve(data_dir), url or sandbox.url)
    backend.open()
    backend.login("demo-exporter", "demo1234")
    if settle:
        from desktop.ui.app import settle_heap

        settle_heap()  # what run_gui does once the window is ready
    else:
        import gc

        gc.unfreeze()  # an earlier run in this process froze the heap
    ids = [i for i in backend.store.declarations.ids() if i.count("-") > 2][:n]
    queued = time.perf_counter()
    for decl_id in ids:
        filing.submit_declaration(backend.platform, decl_id, actor="bench")
    queued = time.perf_counter() - queued
    runner = TaskRunner()
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    done: list[Any] = []
    started = time.perf_counter()
    runner.run(backend.sync, on_done=done.append, on_error=done.append)
    _until(app, lambda: bool(done), timeout=600)
    elapsed = time.perf_counter() - started
    timer.stop()
    runner.shutdown()
    sent = backend.store.declarations.count()
    backend.close()
    if sandbox is not None:
        sandbox.stop()
    return {
        "queued_s": queued,
        "send_s": elapsed,
        "max_stall_ms": max(gaps) * 1000 if gaps else 0.0,
        "ticks": len(gaps),
        "sent": float(len(ids)),
        "stored": float(sent),
    }


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        empty = base / "empty"
        bare = [_run_child("bare", str(empty)) for _ in range(3)]
        app = [_run_child("app", str(empty)) for _ in range(3)]
        bare_s = min(r["ready_s"] for r in bare)
        app_s = min(r["ready_s"] for r in app)
        print(f"cold start, bare PySide6 window:        {bare_s * 1000:7.0f} ms (best of 3)")
        print(
            f"cold start, Corridor Desk main window:  {app_s * 1000:7.0f} ms  ratio {app_s / bare_s:.2f}x (goal <= 2x)"
        )
        parser_s = min(r["parser_s"] for r in app)
        print(
            f"  ... of which the CLI parser (global options only on the GUI path): {parser_s * 1000:5.0f} ms;"
            f" without it {(app_s - parser_s) / bare_s:.2f}x"
        )
        print(f"  ... login dialog ready (sandbox up):  {min(r['login_s'] for r in app) * 1000:7.0f} ms")
        filings = base / "filings"
        started = time.perf_counter()
        prepare(filings, declarations=10_000)
        print(f"(prepared 10k declarations in {time.perf_counter() - started:.1f} s)")
        mem = _run_child("memory", str(filings))
        from desktop.sandbox.server import run_embedded

        outside = run_embedded()
        try:
            mem_remote = _run_child("memory", str(filings), outside.url)
        finally:
            outside.stop()
        bare_mem = min(r["rss_mb"] for r in bare)
        print(f"idle memory, bare window:               {bare_mem:7.1f} MB")
        print(
            f"idle memory, app, {mem.get('declarations', 0)} declarations, embedded sandbox: {mem['rss_mb']:7.1f} MB"
            f"  ratio {mem['rss_mb'] / bare_mem:.2f}x"
        )
        print(
            f"idle memory, app, same data, platform in another process: {mem_remote['rss_mb']:7.1f} MB  ratio "
            f"{mem_remote['rss_mb'] / bare_mem:.2f}x (goal <= 2.5x)"
        )
        big = base / "big"
        started = time.perf_counter()
        prepare(big, shipments=100_000)
        print(f"(prepared 100k shipments in {time.perf_counter() - started:.1f} s)")
        opened, far = list_open(big, 100_000)
        print(f"open the 100k-row shipment list:        {opened * 1000:7.0f} ms (goal <= 300 ms)")
        print(f"  ... jump to the last row:             {far * 1000:7.0f} ms")
        out = base / "outbox"
        prepare(out, declarations=1_000)
        stall = outbox_stall(out, 1_000)
        print(
            f"outbox, sandbox in this process: queue {int(stall['sent'])} filings {stall['queued_s']:.1f} s, "
            f"send {stall['send_s']:.1f} s; longest event-loop stall {stall['max_stall_ms']:.0f} ms (goal <= 50 ms)"
        )
        out3 = base / "outbox3"
        prepare(out3, declarations=1_000)
        stall = outbox_stall(out3, 1_000, settle=False)
        print(
            f"  ... the same without freezing the start-up heap: longest stall {stall['max_stall_ms']:.0f} ms"
        )
        out2 = base / "outbox2"
        prepare(out2, declarations=1_000)
        proc, url = external_sandbox()
        try:
            stall = outbox_stall(out2, 1_000, url)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        print(
            f"outbox, platform in another process: send {stall['send_s']:.1f} s; longest event-loop stall "
            f"{stall['max_stall_ms']:.0f} ms (goal <= 50 ms)"
        )


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3])
    else:
        main()
