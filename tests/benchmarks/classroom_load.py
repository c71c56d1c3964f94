"""A classroom's load on a sandbox, generated cheaply: ``clients`` keep-alive sessions (one connection each, as
one trainee's app has) spread over a few processes, each process one asyncio loop (aiohttp), so the generator
takes as little as it can of the CPU the server shares with it.

Each client signs in (not timed), all wait for one start, then every client runs ``rounds`` rounds of three
short calls: list its declarations, file one, read the event feed. ``think`` = (low, high) makes each client
wait a random time in that range before each call (a person at a desk); None never pauses. Reported: every
call's latency as the client saw it (request written to answer read), the server's own time per call (its
Server-Timing), the call rate, and the CPU per call of the server (from /proc, Linux) and of the generator.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import random
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

USERS = ("demo-exporter", "demo-forwarder", "trainer")
PASSWORDS = {"demo-exporter": "demo1234", "demo-forwarder": "demo1234", "trainer": "trainer1234"}
COMPANY = {"demo-exporter": "cq-jiangling", "demo-forwarder": "km-yunling-produce", "trainer": "nn-lvyuan-trading"}


@dataclass
class Load:
    """What one load run measured."""

    latencies: list[float] = field(default_factory=list)  # seconds, every timed call
    server_side: list[float] = field(default_factory=list)  # seconds, the server's own time (Server-Timing)
    statuses: dict[int, int] = field(default_factory=dict)
    wall_s: float = 0.0
    generator_cpu_s: float = 0.0
    server_cpu_s: float | None = None

    @property
    def calls(self) -> int:
        return len(self.latencies)

    @property
    def rate(self) -> float:
        return self.calls / max(self.wall_s, 1e-9)

    def per_call_ms(self, seconds: float | None) -> float | None:
        return None if seconds is None else seconds * 1000 / max(self.calls, 1)


def cpu_s(pid: int) -> float | None:
    """CPU seconds (user + system) a process has used so far, where /proc tells (Linux)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _declaration() -> dict[str, Any]:
    from tests.sandbox.conftest import declaration

    return declaration()


async def _client(
    url: str, index: int, rounds: int, think: tuple[float, float] | None, declaration: dict[str, Any],
    signed_in: asyncio.Event, start: asyncio.Event, out: dict[str, Any],
) -> None:
    import aiohttp

    user = USERS[index % len(USERS)]
    company = COMPANY[user]
    rng = random.Random(index)
    connector = aiohttp.TCPConnector(limit=1, force_close=False)
    async with aiohttp.ClientSession(url, connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        async with session.post("/v1/auth/token", json={
                "grant_type": "password", "username": user, "password": PASSWORDS[user]}) as answer:
            token = (await answer.json())["access_token"]
        auth = {"Authorization": f"Bearer {token}"}
        out["signed_in"] += 1
        if out["signed_in"] == out["clients"]:
            signed_in.set()
        await start.wait()

        async def timed(method: str, path: str, **kwargs: Any) -> bytes:
            if think is not None:
                await asyncio.sleep(rng.uniform(*think))
            t0 = time.perf_counter()
            async with session.request(method, path, **kwargs) as answer:
                body = await answer.read()
            out["latencies"].append(time.perf_counter() - t0)
            out["statuses"][answer.status] = out["statuses"].get(answer.status, 0) + 1
            spent = answer.headers.get("Server-Timing", "")
            if "dur=" in spent:
                out["server_side"].append(float(spent.rsplit("dur=", 1)[1]) / 1000)
            return body if answer.status == 200 else b""

        cursor = 0
        for _ in range(rounds):
            await timed("GET", "/v1/declarations", params={"limit": "20"}, headers=auth)
            body = {"company_id": company, "client_seq_no": uuid.uuid4().hex[:20], "declaration": declaration}
            await timed("POST", "/v1/declarations", data=json.dumps(body),
                        headers={**auth, "Idempotency-Key": str(uuid.uuid4()), "Content-Type": "application/json"})
            page = await timed("GET", "/v1/events", params={"cursor": str(cursor), "limit": "50"}, headers=auth)
            if page:
                cursor = json.loads(page)["next_cursor"]


async def _process_main(url: str, indices: list[int], rounds: int, think: tuple[float, float] | None,
                        barrier: Any) -> dict[str, Any]:
    declaration = _declaration()
    out: dict[str, Any] = {"latencies": [], "server_side": [], "statuses": {}, "signed_in": 0,
                           "clients": len(indices)}
    signed_in, start = asyncio.Event(), asyncio.Event()
    tasks = [asyncio.create_task(_client(url, i, rounds, think, declaration, signed_in, start, out))
             for i in indices]
    await signed_in.wait()
    await asyncio.get_running_loop().run_in_executor(None, barrier.wait)  # every process signed in
    out["cpu_start"] = time.process_time()
    out["wall_start"] = time.monotonic()
    start.set()
    await asyncio.gather(*tasks)
    out["wall_end"] = time.monotonic()
    out["cpu_end"] = time.process_time()
    return out


def _process(url: str, indices: list[int], rounds: int, think: tuple[float, float] | None, barrier: Any,
             results: Any) -> None:
    try:
        results.put(asyncio.run(_process_main(url, indices, rounds, think, barrier)))
    except BaseException as exc:
        barrier.abort()
        results.put({"error": f"{type(exc).__name__}: {exc}"})
        raise


def run(url: str, clients: int, rounds: int = 6, think: tuple[float, float] | None = None,
        processes: int = 2, server_pid: int = 0, timeout: float = 300.0) -> Load:
    """One load run against the sandbox at ``url`` (see the module docstring)."""
    processes = max(1, min(processes, clients))
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Barrier(processes + 1)
    results = ctx.Queue()
    workers = [ctx.Process(target=_process, args=(url, list(range(p, clients, processes)), rounds, think,
                                                    barrier, results), daemon=True)
               for p in range(processes)]
    for w in workers:
        w.start()
    load = Load()
    try:
        barrier.wait(timeout=timeout)
        server_start = cpu_s(server_pid) if server_pid else None
        parts = [results.get(timeout=timeout) for _ in workers]
        server_end = cpu_s(server_pid) if server_pid else None
    finally:
        for w in workers:
            w.join(timeout=10)
            if w.is_alive():
                w.kill()
    errors = [p["error"] for p in parts if "error" in p]
    if errors:
        raise RuntimeError(f"the load generator failed: {errors[0]}")
    for part in parts:
        load.latencies += part["latencies"]
        load.server_side += part["server_side"]
        for status, n in part["statuses"].items():
            load.statuses[status] = load.statuses.get(status, 0) + n
        load.generator_cpu_s += part["cpu_end"] - part["cpu_start"]
    load.wall_s = max(p["wall_end"] for p in parts) - min(p["wall_start"] for p in parts)
    if server_start is not None and server_end is not None:
        load.server_cpu_s = server_end - server_start
    return load
