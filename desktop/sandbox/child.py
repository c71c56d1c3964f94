"""The embedded platform as a child process of the app (``python -m desktop.sandbox.child`` or the frozen
executable with :data:`CHILD_FLAG`): a real sandbox server on a loopback port, whose life hangs on its parent.

Protocol with the parent (:mod:`desktop.sandbox.launcher`), over the child's stdin and stdout:
- once serving, the child writes one JSON line ``{"url": ...}``;
- the parent may write JSON commands ``{"id": n, "op": ..., "args": {...}}`` (the controls a trainer or a test
  has over the embedded sandbox: clock, scenarios, faults, verification codes); each gets one answer line
  ``{"id": n, "ok": true, "result": ...}`` or ``{"id": n, "ok": false, "error": "..."}``;
- end of stdin means the parent is gone (closed, crashed or killed: the OS closes its end of the pipe), and the
  child stops at once; a watch on the parent's pid covers a pipe some grandchild kept open.
"""

from __future__ import annotations

import argparse
import base64
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

CHILD_FLAG = "--sandbox-child"
log = logging.getLogger("desktop.sandbox.child")


def _parent_alive(ppid: int) -> bool:
    if os.getppid() != ppid:  # POSIX: an orphan is re-parented to init or a subreaper
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x00100000, False, ppid)  # SYNCHRONIZE
        if not handle:
            return False
        try:
            return bool(kernel32.WaitForSingleObject(handle, 0) != 0)  # WAIT_OBJECT_0: it has exited
        finally:
            kernel32.CloseHandle(handle)
    return True


def _watch_parent(ppid: int, stop: Callable[[], None], interval: float = 0.5) -> None:
    while _parent_alive(ppid):
        time.sleep(interval)
    log.info("parent %s is gone: stopping", ppid)
    stop()


def commands(handle: Any) -> dict[str, Callable[..., Any]]:
    """The operations the parent may ask for, by name (JSON in, JSON out)."""
    from desktop.sandbox.state import Fault

    sb = handle.sandbox

    def query(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        if not sql.lstrip().lower().startswith("select"):
            raise ValueError("only SELECT queries")
        return [
            {k: {"base64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v for k, v in dict(row).items()}
            for row in sb.query(sql, tuple(params))
        ]

    return {
        "now": handle.now,
        "advance": lambda seconds: handle.advance(float(seconds)),
        "scenario": lambda username, name, params=None: handle.set_scenario(username, name, **(params or {})),
        "verification": lambda username, required=True: handle.set_verification(username, bool(required)),
        "code": handle.verification_code,
        "fault": lambda kind, username="", seconds=0.0, count=1: sb.add_fault(
            Fault(kind, username, float(seconds), int(count))
        ),
        "clear_faults": handle.clear_faults,
        "query": query,
        "pid": os.getpid,
    }


def serve_commands(handle: Any, stdin: TextIO, stdout: TextIO, lock: threading.Lock) -> None:
    """Answer the parent's commands until its end of the pipe closes."""
    table = commands(handle)
    for line in stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            op, args, ident = request["op"], request.get("args") or {}, request.get("id")
        except (ValueError, KeyError, TypeError):
            continue
        try:
            answer = {"id": ident, "ok": True, "result": table[op](**args)}
        except Exception as exc:  # the parent gets the failure; the server keeps serving
            log.exception("sandbox command %s failed", op)
            answer = {"id": ident, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
        with lock:
            stdout.write(json.dumps(answer, ensure_ascii=False, default=str) + "\n")
            stdout.flush()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="corridor-desk " + CHILD_FLAG)
    parser.add_argument("--db", default=None, help="sandbox database file (default: in memory)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--realtime", action="store_true", help="the sandbox clock follows the wall clock")
    parser.add_argument("--log", default="", help="log file (default: stderr)")
    parser.add_argument("--parent", type=int, default=0, help="the parent's pid, watched")
    parser.add_argument("--imp-path", default="", help="play the Single Window client on this ImpPath folder")
    args = parser.parse_args(argv)
    # the protocol keeps the real stdout; anything a library prints goes to stderr (the log) instead
    proto = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="utf-8", buffering=1)
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    logging.basicConfig(
        level=logging.INFO,
        filename=args.log or None,
        format="%(asctime)s %(levelname)s %(name)s [sandbox %(process)d] %(message)s",
    )
    from desktop.sandbox.server import run_embedded

    try:
        handle = run_embedded(
            host=args.host, port=args.port, db_path=args.db, realtime=args.realtime, imp_path=args.imp_path or None
        )
    except OSError as exc:  # the port is taken: the parent retries on another one
        proto.write(json.dumps({"error": f"bind: {exc}"}) + "\n")
        proto.flush()
        return 3
    stopping = threading.Event()

    def stop() -> None:
        if stopping.is_set():
            return
        stopping.set()
        try:
            handle.stop()
        finally:
            logging.shutdown()
            os._exit(0)  # threads blocked in reads must not hold the process up

    lock = threading.Lock()
    if args.parent:
        threading.Thread(target=_watch_parent, args=(args.parent, stop), name="parent-watch", daemon=True).start()
    with lock:
        proto.write(json.dumps({"url": handle.url, "pid": os.getpid()}) + "\n")
        proto.flush()
    log.info("embedded sandbox serving at %s", handle.url)
    try:
        serve_commands(handle, sys.stdin, proto, lock)
    finally:
        log.info("parent closed the pipe: stopping")
        stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
