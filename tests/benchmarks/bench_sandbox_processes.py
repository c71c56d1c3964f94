"""Would more server processes serve a classroom faster? The classroom load (50 clients that never pause,
tests/benchmarks/classroom_load.py) against one sandbox server process, then against ``N`` processes that share
one listening socket (handed to each, as uvicorn's own worker processes share theirs) and one SQLite file (WAL),
in alternating pairs so a machine's changing load hits both.

Only the classroom load's calls are safe to spread so (sign in, list, file, read the event feed, on a clock that
stands still): the sandbox keeps faults, scenario counters and long-poll wake-ups in its process, so this is a
measurement of the idea, not a way to serve. Printed per run: p95 and median as the clients saw them, the p95 of
the server's own time per call (Server-Timing), calls/s, the CPU each server process used, and the machine's load.
CPU figures where /proc tells (Linux). ``... bench_sandbox_processes [N] [pairs]``.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from tests.benchmarks import classroom_load
from tests.benchmarks.bench_fast_light import CLIENTS, ROUNDS, _load, _percentile

START = 1.9e9  # one fixed sandbox time for every process: their clocks agree and stand still


def _serve(db: str, sock: object) -> None:
    """One server process: the sandbox on ``db``, serving ``sock`` until interrupted."""
    import uvicorn

    from desktop.sandbox.child import settle_heap
    from desktop.sandbox.clock import SandboxClock
    from desktop.sandbox.server import _config, create_app

    app = create_app(db, SandboxClock(START))
    settle_heap()
    port = sock.getsockname()[1]  # type: ignore[attr-defined]
    try:
        uvicorn.Server(_config(app, "127.0.0.1", port, quiet=True)).run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        app.state.sandbox.close()


def _run(processes: int, base: Path) -> str:
    from desktop.sandbox.clock import SandboxClock
    from desktop.sandbox.server import _listen, create_app

    db = str(base / f"classroom-{processes}-{time.monotonic_ns()}.sqlite3")
    create_app(db, SandboxClock(START)).state.sandbox.close()  # schema and seed once, before any server starts
    sock = _listen("127.0.0.1", 0)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    ctx = multiprocessing.get_context("spawn")
    servers = [ctx.Process(target=_serve, args=(db, sock), daemon=True) for _ in range(processes)]
    try:
        for server in servers:
            server.start()
        pids = [int(server.pid or 0) for server in servers]
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{url}/v1/health", timeout=2) as answer:
                    answer.read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        time.sleep(0.5)  # every process past its start
        alone = classroom_load.run(url, 1, ROUNDS, processes=1)
        before = [classroom_load.cpu_s(p) for p in pids]
        crowd = classroom_load.run(url, CLIENTS, ROUNDS)
        used = [(classroom_load.cpu_s(p) or 0.0) - (b or 0.0) for p, b in zip(pids, before, strict=True)]
    finally:
        for server in servers:
            if server.pid is not None:
                os.kill(server.pid, signal.SIGINT)
        for server in servers:
            server.join(timeout=15)
            if server.is_alive():
                server.kill()
        sock.close()
    return (
        f"{processes} process{'es' if processes > 1 else ''}: p95 {_percentile(crowd.latencies, 95) * 1000:.0f} ms "
        f"(1 client alone {_percentile(alone.latencies, 95) * 1000:.0f} ms), median "
        f"{statistics.median(crowd.latencies) * 1000:.0f} ms, {crowd.rate:.0f} calls/s, server's own p95 "
        f"{_percentile(crowd.server_side, 95) * 1000:.0f} ms, server CPU "
        f"{' + '.join(f'{s:.2f}' for s in used)} s = {sum(used) * 1000 / max(crowd.calls, 1):.2f} ms a call; "
        f"answers {dict(sorted(crowd.statuses.items()))}  [{_load()}]"
    )


def main() -> None:
    args = [a for a in sys.argv[1:] if a.isdigit()]
    processes = int(args[0]) if args else 2
    pairs = int(args[1]) if len(args) > 1 else 3
    print(f"sandbox under {CLIENTS} clients that never pause: 1 server process vs {processes}, {pairs} pairs; "
          f"machine: {_load()}", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(pairs):
            for n in (1, processes):
                print("  " + _run(n, Path(tmp)), flush=True)


if __name__ == "__main__":
    main()
