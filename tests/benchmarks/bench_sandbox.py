"""Load on the sandbox: 50 concurrent clients (threads with their own requests sessions, loopback only) log in,
list, file with an Idempotency-Key and read the event feed; some also long-poll. Prints throughput and latency
percentiles per call, and checks every filing arrived exactly once. Bounded in count and in time."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections import defaultdict

import requests

from desktop.sandbox.server import run_embedded
from tests.sandbox.conftest import PASSWORDS, declaration_body

CLIENTS = 50
ROUNDS = 6  # per client: list + create + events
POLLERS = 10  # of the clients, this many also park a 1 s long poll each round
DEADLINE = 120.0  # seconds, whatever happens
USERS = ("demo-exporter", "demo-forwarder", "trainer")
COMPANY = {"demo-exporter": "cq-jiangling", "demo-forwarder": "km-yunling-produce", "trainer": "nn-lvyuan-trading"}


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    handle = run_embedded()
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    created: list[str] = []
    lock = threading.Lock()
    start_gate = threading.Barrier(CLIENTS)
    stop_at = time.monotonic() + DEADLINE

    def timed(name: str, call: object) -> requests.Response | None:
        assert callable(call)
        t0 = time.perf_counter()
        try:
            answer: requests.Response = call()
        except requests.RequestException:
            with lock:
                errors[name] += 1
            return None
        elapsed = time.perf_counter() - t0
        with lock:
            timings[name].append(elapsed)
            if answer.status_code >= 400 and not (name == "long poll" and answer.status_code == 200):
                errors[f"{name} {answer.status_code}"] += 1
        return answer

    def client(index: int) -> None:
        user = USERS[index % len(USERS)]
        session = requests.Session()
        start_gate.wait()
        answer = timed("login", lambda: session.post(f"{handle.url}/v1/auth/token", timeout=30, json={
            "grant_type": "password", "username": user, "password": PASSWORDS[user]}))
        if answer is None or answer.status_code != 200:
            return
        session.headers["Authorization"] = f"Bearer {answer.json()['access_token']}"
        cursor = 0
        for _ in range(ROUNDS):
            if time.monotonic() > stop_at:
                return
            timed("list", lambda: session.get(f"{handle.url}/v1/declarations", params={"limit": 20}, timeout=30))
            body = declaration_body(COMPANY[user])
            key = str(uuid.uuid4())
            made = timed("create", lambda b=body, k=key: session.post(  # type: ignore[misc]
                f"{handle.url}/v1/declarations", json=b, headers={"Idempotency-Key": k}, timeout=30))
            if made is not None and made.status_code == 201:
                with lock:
                    created.append(body["client_seq_no"])
            wait = 1.0 if index < POLLERS else 0.0
            page = timed("long poll" if wait else "events", lambda c=cursor, w=wait: session.get(  # type: ignore[misc]
                f"{handle.url}/v1/events", params={"cursor": c, "wait": w, "limit": 50}, timeout=30))
            if page is not None and page.status_code == 200:
                cursor = page.json()["next_cursor"]

    threads = [threading.Thread(target=client, args=(i,)) for i in range(CLIENTS)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=DEADLINE + 30)
    elapsed = time.perf_counter() - started
    stored = handle.sandbox.query("SELECT client_seq_no, COUNT(*) AS n FROM filings GROUP BY client_seq_no")
    handle.stop()

    total = sum(len(v) for v in timings.values())
    quick = sum(len(v) for k, v in timings.items() if k != "long poll")
    print(f"clients: {CLIENTS} concurrent threads ({POLLERS} also long-polling), {ROUNDS} rounds each")
    print(f"requests: {total} in {elapsed:.2f} s -> {total / elapsed:.1f} req/s "
          f"({quick / elapsed:.1f} req/s without long polls)")
    print(f"{'call':<10} {'count':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for name in ("login", "list", "create", "events", "long poll"):
        values = timings.get(name, [])
        if values:
            print(f"{name:<10} {len(values):>6} {statistics.median(values) * 1000:>8.1f} "
                  f"{_percentile(values, 95) * 1000:>8.1f} {_percentile(values, 99) * 1000:>8.1f} "
                  f"{max(values) * 1000:>8.1f}")
    all_quick = [v for k, vs in timings.items() if k != "long poll" for v in vs]
    if all_quick:
        print(f"p95 over all short calls: {_percentile(all_quick, 95) * 1000:.1f} ms")
    counts = {row["client_seq_no"]: row["n"] for row in stored}
    lost = sum(1 for seq in created if seq not in counts)
    doubled = sum(1 for n in counts.values() if n > 1)
    print(f"filings: {len(created)} created, {lost} lost, {doubled} doubled; errors: {dict(errors) or 'none'}")


if __name__ == "__main__":
    main()
