"""The embedded platform as a child process of the app (``python -m desktop.sandbox.child`` or the frozen
executable with :data:`CHILD_FLAG`): a real sandbox server on a loopback port, whose life hangs on its parent.

Protocol with the parent (:mod:`desktop.sandbox.launcher`), over the child's stdin and stdout:
- once serving, the child writes one JSON line ``{"url": ...}``;
- the parent may write JSON commands ``{"id": n, "op": ..., "args": {...}}`` (the controls a trainer or a test
  has over the embedded sandbox: clock, scenarios, faults, verification codes); each gets one answer line
  ``{"id": n, "ok": true, "result": ...}`` or ``{"id": n, "ok": false, "error": "..."}``;
- end of stdin means the parent is gone (closed, crashed or killed: the OS closes its end of the pipe), and the
  child stops at once; a watch on the parent's pid covers a pipe some grandchild kept open.

One database file, one server (:mod:`desktop.sandbox.ownership`): when another process already serves the
database (a second app window on the same data folder), the child serves nothing itself; its first line gives that
server's URL (with ``"owner_pid"``), it answers reads of the file and refuses the controls, and once that process
has gone it serves the database itself (on the same port when it can) and writes ``{"event": "serving", "url": ...}``.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any, TextIO

from desktop.sandbox.ownership import Ownership, find_owner, shareable

CHILD_FLAG = "--sandbox-child"
OWNER_WAIT = 50.0  # seconds a child waits for another process that holds its database to say where it serves
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


def settle_heap() -> None:
    """Once a serving process has started (routes, code tables, rules, the seeded store), take what it loaded out
    of the garbage collector's sight (``gc.freeze``): a full collection then scans only later objects and pauses
    the event loop, and every call waiting on it, for a few milliseconds instead of about a tenth of a second.
    Only the processes that serve do this (tests start many sandboxes in one process; frozen objects stay)."""
    import gc

    gc.collect()
    gc.freeze()


class ServedElsewhere(RuntimeError):
    """A control asked of a stand-by child: another process serves the database and has the controls."""


def standby_commands(db_path: str, owner_pid: int) -> dict[str, Callable[..., Any]]:
    """The operations a stand-by child answers while another process serves its database: reads of the file;
    every control names the process that has them."""
    import sqlite3

    def query(sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        if not sql.lstrip().lower().startswith("select"):
            raise ValueError("only SELECT queries")
        with contextlib.closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(sql, tuple(params)).fetchall()
        return [
            {k: {"base64": base64.b64encode(v).decode()} if isinstance(v, bytes) else v for k, v in dict(r).items()}
            for r in rows
        ]

    def elsewhere(**_args: Any) -> None:
        raise ServedElsewhere(f"this sandbox database is served by another Corridor Desk (process {owner_pid})")

    table: dict[str, Callable[..., Any]] = {
        op: elsewhere for op in ("now", "advance", "scenario", "verification", "code", "fault", "clear_faults")
    }
    table.update(query=query, pid=os.getpid)
    return table


def serve_commands(table: Callable[[], dict[str, Callable[..., Any]]], stdin: TextIO, stdout: TextIO,
                   lock: threading.Lock) -> None:
    """Answer the parent's commands (from the table the child has at the time) until its end of the pipe closes."""
    for line in stdin:
        if not line.strip():
            continue
        try:
            request = json.loads(line)
            op, args, ident = request["op"], request.get("args") or {}, request.get("id")
        except (ValueError, KeyError, TypeError):
            continue
        try:
            answer = {"id": ident, "ok": True, "result": table()[op](**args)}
        except ServedElsewhere as exc:
            log.info("sandbox command %s refused: %s", op, exc)
            answer = {"id": ident, "ok": False, "error": str(exc)}
        except Exception as exc:  # the parent gets the failure; the server keeps serving
            log.exception("sandbox command %s failed", op)
            answer = {"id": ident, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
        _say(stdout, lock, answer)


def _say(stdout: TextIO, lock: threading.Lock, message: dict[str, Any]) -> None:
    with lock:
        stdout.write(json.dumps(message, ensure_ascii=False, default=str) + "\n")
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
    lock = threading.Lock()
    owner = Ownership(args.db) if shareable(args.db) else None
    found = None
    try:
        found = find_owner(owner, OWNER_WAIT) if owner is not None else None
    except OSError as exc:
        _say(proto, lock, {"error": str(exc)})
        return 4
    current: dict[str, Any] = {}
    stopping = threading.Event()

    def start_serving(port: int) -> Any:
        from desktop.sandbox.server import run_embedded

        handle = run_embedded(
            host=args.host, port=port, db_path=args.db, realtime=args.realtime, imp_path=args.imp_path or None
        )
        if owner is not None:
            owner.announce(handle.url)
        current.update(handle=handle, table=commands(handle))
        settle_heap()
        return handle

    def stop() -> None:
        if stopping.is_set():
            return
        stopping.set()
        try:
            if "handle" in current:
                current["handle"].stop()
        finally:
            if owner is not None:
                owner.release()
            logging.shutdown()
            os._exit(0)  # threads blocked in reads must not hold the process up

    if found is None:
        try:
            url = start_serving(args.port).url
        except OSError as exc:  # the port is taken: the parent retries on another one
            if owner is not None:
                owner.release()
            _say(proto, lock, {"error": f"bind: {exc}"})
            return 3
        log.info("embedded sandbox serving at %s", url)
        _say(proto, lock, {"url": url, "pid": os.getpid()})
    else:
        url = str(found["url"])
        log.info("the sandbox on %s is served by process %s at %s: using it", args.db, found.get("pid"), url)
        current["table"] = standby_commands(args.db, int(found.get("pid") or 0))
        _say(proto, lock, {"url": url, "pid": os.getpid(), "owner_pid": found.get("pid")})
        assert owner is not None
        threading.Thread(
            target=_take_over, args=(owner, url, start_serving, proto, lock, stopping), name="sandbox-standby",
            daemon=True,
        ).start()
    if args.parent:
        threading.Thread(target=_watch_parent, args=(args.parent, stop), name="parent-watch", daemon=True).start()
    try:
        serve_commands(lambda: current["table"], sys.stdin, proto, lock)
    finally:
        log.info("parent closed the pipe: stopping")
        stop()
    return 0


def _take_over(owner: Ownership, url: str, start_serving: Callable[[int], Any], proto: TextIO,
               lock: threading.Lock, stopping: threading.Event) -> None:
    """Once the serving process has gone (its lock is free), serve the database from here: on its port when it
    can (the parent's URL stays right), else on any; the parent hears ``{"event": "serving", "url": ...}``."""
    while not stopping.wait(0.5):
        if not owner.try_take():
            continue
        port = int(url.rsplit(":", 1)[1])
        for attempt in (port, 0):
            try:
                handle = start_serving(attempt)
            except OSError:
                continue
            log.info("the process that served this sandbox is gone: serving it here at %s", handle.url)
            _say(proto, lock, {"event": "serving", "url": handle.url})
            return
        log.error("could not take over serving the sandbox")
        owner.release()


if __name__ == "__main__":
    raise SystemExit(main())
