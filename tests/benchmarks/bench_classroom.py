"""A class on one classroom sandbox: 30 simulated trainees (threads, each its own requests session and seat)
file declarations, list them and read the event feed with a little think time, while the real trainer panel
(offscreen Qt, the trainer logged in) follows the class. The sandbox runs in a process of its own, as
``corridor-desk sandbox --seats 30`` does in a classroom. Prints request latency per call and how soon the
trainer's panel shows each filing after the trainee's POST was answered. Bounded in count and in time."""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import requests

from tests.conftest import ROOT
from tests.sandbox.conftest import declaration_body

TRAINEES = 30
ROUNDS = 4  # per trainee: create + list + events
THINK = (0.3, 1.5)  # seconds between rounds
DEADLINE = 150.0
SEAT_PASSWORD = "bench-seat"


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _classroom_server() -> tuple[subprocess.Popen[bytes], str]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "CORRIDOR_SEAT_PASSWORD": SEAT_PASSWORD}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop", "sandbox", "--port", str(port), "--seats", str(TRAINEES)],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
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


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.core.services import filing
    from desktop.core.store.store import Store
    from desktop.ui.tasks import TaskRunner
    from desktop.ui.trainer.panel import TrainerPanel

    app = QApplication.instance() or QApplication([])
    proc, url = _classroom_server()
    tmp = tempfile.TemporaryDirectory()
    store = Store.open(Path(tmp.name) / "trainer.sqlite3")
    p = filing.open_platform(store, url, "sandbox")
    filing.login(p, "trainer", "trainer1234", remember=False)
    runner = TaskRunner()
    ctx: Any = SimpleNamespace(backend=SimpleNamespace(platform=p), runner=runner, closed=False)
    panel = TrainerPanel(ctx)
    panel.resize(1000, 700)
    panel.show()

    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    answered: dict[str, float] = {}  # filing id -> when the trainee had its 201
    seen: dict[str, float] = {}  # filing id -> when the panel first showed it
    lock = threading.Lock()
    gate = threading.Barrier(TRAINEES)
    stop_at = time.monotonic() + DEADLINE

    def timed(name: str, call: Any) -> requests.Response | None:
        t0 = time.perf_counter()
        try:
            answer: requests.Response = call()
        except requests.RequestException:
            with lock:
                errors[name] += 1
            return None
        with lock:
            timings[name].append(time.perf_counter() - t0)
            if answer.status_code >= 400:
                errors[f"{name} {answer.status_code}"] += 1
        return answer

    def trainee(number: int) -> None:
        seat = f"seat-{number:02d}"
        rnd = random.Random(number)
        session = requests.Session()
        gate.wait()
        answer = timed("login", lambda: session.post(f"{url}/v1/auth/token", timeout=30, json={
            "grant_type": "password", "username": seat, "password": SEAT_PASSWORD}))
        if answer is None or answer.status_code != 200:
            return
        session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
        cursor = 0
        for _ in range(ROUNDS):
            if time.monotonic() > stop_at:
                return
            body = declaration_body(seat)
            created = timed("create declaration", lambda b=body: session.post(
                f"{url}/v1/declarations", json=b, timeout=30, headers={"Idempotency-Key": os.urandom(16).hex()}))
            if created is not None and created.status_code == 201:
                with lock:
                    answered[created.json()["id"]] = time.monotonic()
            timed("list declarations", lambda: session.get(f"{url}/v1/declarations", timeout=30))
            events = timed("events", lambda c=cursor: session.get(f"{url}/v1/events", params={"cursor": c},
                                                                  timeout=30))
            if events is not None and events.status_code == 200:
                cursor = events.json()["next_cursor"]
            time.sleep(rnd.uniform(*THINK))

    reloads = [0]

    def on_refreshed() -> None:
        reloads[0] += 1
        now = time.monotonic()
        for f in panel.filing_model.rows:
            seen.setdefault(f.id, now)

    panel.refreshed.connect(on_refreshed)
    panel.start()
    threads = [threading.Thread(target=trainee, args=(n,), daemon=True) for n in range(1, TRAINEES + 1)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    while any(t.is_alive() for t in threads) and time.monotonic() < stop_at:
        app.processEvents()
        time.sleep(0.005)
    elapsed = time.perf_counter() - started
    settle_until = time.monotonic() + 10
    while time.monotonic() < settle_until and not set(answered) <= set(seen):
        app.processEvents()
        time.sleep(0.005)
    panel.stop()
    runner.shutdown()
    p.close()
    store.close()
    proc.terminate()
    proc.wait(timeout=20)
    tmp.cleanup()

    print(f"classroom: {TRAINEES} trainees on one sandbox process, trainer panel open, {elapsed:.1f} s")
    for name, values in sorted(timings.items()):
        ms = [v * 1000 for v in values]
        print(f"  {name:<20} n={len(ms):4d}  p50 {statistics.median(ms):7.1f} ms  p95 {_percentile(ms, 95):7.1f} ms"
              f"  max {max(ms):7.1f} ms")
    lags = [(seen[i] - answered[i]) * 1000 for i in answered if i in seen]
    missing = len(set(answered) - set(seen))
    if lags:
        print(f"  trainer sees a filing after the trainee's 201: n={len(lags)}  p50 {statistics.median(lags):.0f} ms"
              f"  p95 {_percentile(lags, 95):.0f} ms  max {max(lags):.0f} ms  (not seen within 10 s: {missing})")
    print(f"  filings {len(answered)}, shown on the panel {len(set(answered) & set(seen))}, panel reloads "
          f"{reloads[0]}, errors {dict(errors) or 0}")


if __name__ == "__main__":
    main()
