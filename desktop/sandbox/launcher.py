"""Start the embedded platform as a child process (:mod:`desktop.sandbox.child`) and keep it alive for exactly
as long as the app: the app reaches it over HTTP like any platform and never imports the server itself.

No orphan: the child stops when its stdin pipe closes (the OS closes it when the app exits in any way) and
watches the app's pid; on Windows it also sits in a job object that kills it when the app's last handle goes.
A child that dies on its own is started again on the same port and database; ``on_event`` hears
``("crashed", detail)``, then ``("restarted", url)`` or ``("failed", detail)``.
A second app on the same data folder gets no second server on the same database: its child points it at the
first app's (``owner_pid``), and serves the file itself once that one has gone (desktop/sandbox/ownership.py).
Stdlib only: importing this module loads neither FastAPI nor uvicorn.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger("desktop.sandbox.launcher")
CHILD_FLAG = "--sandbox-child"  # the same as desktop.sandbox.child.CHILD_FLAG (not imported: keep this light)
OnEvent = Callable[[str, Any], None]
START_TIMEOUT = 60.0
MAX_RESTARTS = 5  # within RESTART_WINDOW seconds; past that the app says the platform failed
RESTART_WINDOW = 60.0


class SandboxProcessError(RuntimeError):
    """The child did not start, or a command to it failed."""


def child_command() -> list[str]:
    """How to run the child: the frozen executable with its flag, or this interpreter with the module."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_FLAG]
    return [sys.executable, "-m", "desktop.sandbox.child"]


def _last_error() -> int:
    import ctypes

    return int(ctypes.get_last_error())  # type: ignore[attr-defined,unused-ignore]


class _WindowsJob:
    """A job object that kills its processes when the last handle to it closes (the app's, at exit)."""

    def __init__(self) -> None:
        import ctypes
        from ctypes import wintypes

        class IoCounters(ctypes.Structure):
            _fields_ = [(n, ctypes.c_ulonglong) for n in (
                "ReadOperationCount", "WriteOperationCount", "OtherOperationCount",
                "ReadTransferCount", "WriteTransferCount", "OtherTransferCount",
            )]

        class BasicLimits(ctypes.Structure):
            _fields_ = [
                ("PerProcessUserTimeLimit", ctypes.c_int64),
                ("PerJobUserTimeLimit", ctypes.c_int64),
                ("LimitFlags", wintypes.DWORD),
                ("MinimumWorkingSetSize", ctypes.c_size_t),
                ("MaximumWorkingSetSize", ctypes.c_size_t),
                ("ActiveProcessLimit", wintypes.DWORD),
                ("Affinity", ctypes.c_size_t),
                ("PriorityClass", wintypes.DWORD),
                ("SchedulingClass", wintypes.DWORD),
            ]

        class ExtendedLimits(ctypes.Structure):
            _fields_ = [
                ("BasicLimitInformation", BasicLimits),
                ("IoInfo", IoCounters),
                ("ProcessMemoryLimit", ctypes.c_size_t),
                ("JobMemoryLimit", ctypes.c_size_t),
                ("PeakProcessMemoryUsed", ctypes.c_size_t),
                ("PeakJobMemoryUsed", ctypes.c_size_t),
            ]

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]
        kernel32.CreateJobObjectW.restype = wintypes.HANDLE
        self._kernel32 = kernel32
        self.handle = kernel32.CreateJobObjectW(None, None)
        if not self.handle:
            raise OSError(_last_error(), "CreateJobObjectW failed")
        info = ExtendedLimits()
        info.BasicLimitInformation.LimitFlags = 0x2000  # JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
        if not kernel32.SetInformationJobObject(
            wintypes.HANDLE(self.handle), 9, ctypes.byref(info), ctypes.sizeof(info)  # ExtendedLimitInformation
        ):
            raise OSError(_last_error(), "SetInformationJobObject failed")

    def assign(self, process: subprocess.Popen[str]) -> None:
        from ctypes import wintypes

        handle = wintypes.HANDLE(int(process._handle))  # type: ignore[attr-defined]
        if not self._kernel32.AssignProcessToJobObject(wintypes.HANDLE(self.handle), handle):
            log.warning("the sandbox process could not join the job object")


def _free_port(host: str) -> int:
    """A port nobody listens on now (the child binds it a moment later; if it was taken, start() moves on)."""
    import socket

    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def _close_pipes(process: subprocess.Popen[str]) -> None:
    for pipe in (process.stdin, process.stdout):
        with contextlib.suppress(OSError, ValueError):
            if pipe is not None:
                pipe.close()


class ChildSandbox:
    """The embedded sandbox in a child process; the controls mirror the in-process server's handle."""

    def __init__(
        self,
        db_path: str | None = None,
        realtime: bool = False,
        log_path: str | Path | None = None,
        on_event: OnEvent | None = None,
        host: str = "127.0.0.1",
        imp_path: str | Path | None = None,
    ) -> None:
        self.db_path, self.realtime, self.host = db_path, realtime, host
        #: the ImpPath the sandbox plays the Single Window client on ("" for none)
        self.imp_path = str(imp_path) if imp_path else ""
        self.log_path = str(log_path) if log_path else ""
        self.on_event: OnEvent = on_event or (lambda name, detail: None)
        self.url = ""
        self.owner_pid = 0
        self.restarts = 0
        self._port = 0
        self._process: subprocess.Popen[str] | None = None
        self._lock = threading.Lock()  # one command written at a time; state changes
        self._answers: dict[int, queue.Queue[dict[str, Any]]] = {}
        self._next_id = 0
        self._stopping = threading.Event()
        self._restart_times: list[float] = []
        self._launched: subprocess.Popen[str] | None = None  # started, not yet known to serve
        self._starting = threading.Lock()
        self._job: _WindowsJob | None = None
        if sys.platform == "win32":
            try:
                self._job = _WindowsJob()
            except OSError:
                log.warning("no job object for the sandbox process", exc_info=True)

    # --- lifecycle
    @property
    def pid(self) -> int:
        process = self._process or self._launched
        return process.pid if process is not None else 0

    @property
    def port(self) -> int:
        return self._port

    def launch(self) -> ChildSandbox:
        """Start the child's process without waiting for it (the app does this first thing, so the platform
        loads while Qt, the window and the login dialog do); its ``url`` is known at once (a free port chosen
        here); :meth:`start` waits until it serves."""
        with self._starting:
            if self._launched is None and self._process is None:
                if not self._port:
                    self._port = _free_port(self.host)
                    self.url = f"http://{self.host}:{self._port}"
                self._launched = self._popen()
        return self

    def start(self, timeout: float = START_TIMEOUT) -> ChildSandbox:
        """Start the child (unless launched) and return once it serves (its health answered before it says so).
        Any thread may call it, any number of times; if the chosen port was taken meanwhile, the child serves on
        another and ``on_event`` hears ``("moved", url)``."""
        with self._starting:
            if self._process is None and not self._stopping.is_set():
                chosen = self.url
                try:
                    self._spawn(timeout)
                except SandboxProcessError:
                    if not chosen:
                        raise
                    self._port = 0
                    self._spawn(timeout)
                threading.Thread(target=self._watch, name="sandbox-watch", daemon=True).start()
                if chosen and self.url != chosen:
                    self.on_event("moved", self.url)
        if self._process is None:
            raise SandboxProcessError("the sandbox process was stopped")
        return self

    def _popen(self) -> subprocess.Popen[str]:
        args = [*child_command(), "--host", self.host, "--port", str(self._port), "--parent", str(os.getpid())]
        if self.db_path:
            args += ["--db", self.db_path]
        if self.realtime:
            args.append("--realtime")
        if self.log_path:
            args += ["--log", self.log_path]
        if self.imp_path:
            args += ["--imp-path", self.imp_path]
        flags = 0x08000000 if sys.platform == "win32" else 0  # CREATE_NO_WINDOW: no console flashes up
        process = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL if self.log_path else None,
            text=True,
            encoding="utf-8",
            bufsize=1,
            creationflags=flags,
            close_fds=True,
        )
        if self._job is not None:
            self._job.assign(process)
        return process

    def _spawn(self, timeout: float) -> None:
        process = self._launched = self._launched or self._popen()  # stop() reaches it while it starts
        first: queue.Queue[str] = queue.Queue()

        def hello_line() -> None:
            line = ""
            with contextlib.suppress(OSError, ValueError):  # ValueError: stop() closed the pipe meanwhile
                line = process.stdout.readline() if process.stdout else ""
            first.put(line)

        threading.Thread(target=hello_line, name="sandbox-hello", daemon=True).start()
        try:
            line = first.get(timeout=timeout)
        except queue.Empty:
            process.kill()
            process.wait()
            _close_pipes(process)
            self._launched = None
            raise SandboxProcessError(f"the sandbox process did not start within {timeout:.0f} s") from None
        hello = json.loads(line) if line.strip().startswith("{") else {}
        if "url" not in hello:
            process.wait(timeout=10)
            _close_pipes(process)
            self._launched = None
            raise SandboxProcessError(hello.get("error") or f"the sandbox process exited ({process.returncode})")
        with self._lock:
            self._process, self._launched = process, None
            #: another app's sandbox process that serves this database file (0: this app's child serves it)
            self.owner_pid = int(hello.get("owner_pid") or 0)
            self.url = str(hello["url"])
            self._port = int(self.url.rsplit(":", 1)[1])
        threading.Thread(target=self._read_answers, args=(process,), name="sandbox-answers", daemon=True).start()
        log.info("embedded sandbox process %s at %s", process.pid, self.url)

    def _read_answers(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        with contextlib.suppress(OSError, ValueError):  # ValueError: the pipe was closed under the loop
            for line in process.stdout:
                try:
                    answer = json.loads(line)
                except ValueError:
                    continue
                if answer.get("event") == "serving":  # it took over from the process that served the file
                    self._took_over(str(answer["url"]))
                    continue
                waiting = self._answers.get(answer.get("id"))
                if waiting is not None:
                    waiting.put(answer)
        lost = {"ok": False, "error": "the sandbox process ended"}
        for waiting in list(self._answers.values()):
            waiting.put(lost)

    def _took_over(self, url: str) -> None:
        with self._lock:
            moved, self.owner_pid = url != self.url, 0
            self.url, self._port = url, int(url.rsplit(":", 1)[1])
        log.info("the embedded sandbox now serves from this app's own process at %s", url)
        if moved:
            self.on_event("moved", url)

    def _watch(self) -> None:
        """Wait on the child; start it again when it dies while the app still wants it."""
        while not self._stopping.is_set():
            process = self._process
            if process is None:
                return
            code = process.wait()
            if self._stopping.is_set():
                return
            _close_pipes(process)
            log.error("the sandbox process %s ended on its own (exit %s)", process.pid, code)
            self.on_event("crashed", code)
            now = time.monotonic()
            self._restart_times = [t for t in self._restart_times if now - t < RESTART_WINDOW] + [now]
            if len(self._restart_times) > MAX_RESTARTS:
                self.on_event("failed", code)
                return
            try:
                try:
                    self._spawn(START_TIMEOUT)
                except SandboxProcessError:  # the old port was taken meanwhile: any free one
                    self._port = 0
                    self._spawn(START_TIMEOUT)
            except (OSError, SandboxProcessError, ValueError) as exc:
                log.exception("the sandbox process could not be started again")
                self.on_event("failed", str(exc))
                return
            self.restarts += 1
            self.on_event("restarted", self.url)

    def stop(self, timeout: float = 15) -> None:
        """Close the child's pipe (it stops serving and exits); kill it if it does not within ``timeout``."""
        self._stopping.set()
        process = self._process or self._launched
        if process is None:
            return
        with contextlib.suppress(OSError, ValueError):
            if process.stdin is not None:
                process.stdin.close()
        try:
            process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _close_pipes(process)

    def __enter__(self) -> ChildSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- controls (the embedded sandbox's clock, scenarios and faults)
    def call(self, op: str, timeout: float = 30, **args: Any) -> Any:
        """Run one control in the child (launched but not yet serving: waits for it first)."""
        if self._process is None and self._launched is not None:
            self.start()
        with self._lock:
            process = self._process
            if process is None or process.stdin is None or process.poll() is not None:
                raise SandboxProcessError("the sandbox process is not running")
            self._next_id += 1
            ident = self._next_id
            waiting: queue.Queue[dict[str, Any]] = queue.Queue()
            self._answers[ident] = waiting
            try:
                process.stdin.write(json.dumps({"id": ident, "op": op, "args": args}) + "\n")
                process.stdin.flush()
            except (OSError, ValueError) as exc:
                self._answers.pop(ident, None)
                raise SandboxProcessError(f"the sandbox process is not listening: {exc}") from exc
        try:
            answer = waiting.get(timeout=timeout)
        except queue.Empty:
            raise SandboxProcessError(f"no answer to {op} within {timeout:.0f} s") from None
        finally:
            self._answers.pop(ident, None)
        if not answer.get("ok"):
            raise SandboxProcessError(str(answer.get("error")))
        return answer.get("result")

    def now(self) -> str:
        return str(self.call("now"))

    def advance(self, seconds: float) -> int:
        """Move the sandbox clock and run every processing step now due; returns how many ran."""
        return int(self.call("advance", seconds=seconds))

    def set_scenario(self, username: str, name: str, **params: Any) -> None:
        self.call("scenario", username=username, name=name, params=params)

    def set_verification(self, username: str, required: bool = True) -> None:
        self.call("verification", username=username, required=required)

    def verification_code(self, username: str) -> str | None:
        found = self.call("code", username=username)
        return None if found is None else str(found)

    def add_fault(self, kind: str, username: str = "", seconds: float = 0.0, count: int = 1) -> None:
        self.call("fault", kind=kind, username=username, seconds=seconds, count=count)

    def clear_faults(self) -> None:
        self.call("clear_faults")

    def query(self, sql: str, params: tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """Rows of a SELECT on the sandbox's database (tests and diagnostics)."""
        rows = self.call("query", sql=sql, params=list(params))
        return [
            {k: base64.b64decode(v["base64"]) if isinstance(v, dict) and "base64" in v else v for k, v in row.items()}
            for row in rows
        ]


def sandbox_imp_path(data_dir: str | Path) -> Path:
    """The ImpPath the embedded sandbox plays the Single Window client on: ``sandbox-ImpPath`` in the data dir."""
    return Path(data_dir) / "sandbox-ImpPath"


def start_child_sandbox(
    db_path: str | None = None,
    realtime: bool = False,
    log_path: str | Path | None = None,
    on_event: OnEvent | None = None,
) -> ChildSandbox:
    """A started :class:`ChildSandbox` (see the module docstring)."""
    return ChildSandbox(db_path, realtime, log_path, on_event).start()
