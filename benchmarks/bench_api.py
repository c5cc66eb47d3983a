"""POST /screen over HTTP against ``listwatch serve`` on 127.0.0.1: the most requests per second
(wrk, closed loop) and the latency at a fixed 200 requests per second (open loop, latency counted
from each request's scheduled start, so a stalled server cannot hide its queue). Then, for
comparison, wrk with one name only and on ``GET /healthz`` (no screening at all). Each wrk run also
reports the CPU time the server's processes spent per request, a figure that other jobs on a shared
machine disturb far less than requests per second.

.venv/bin/python benchmarks/bench_api.py [--workers 2] [--duration 20] [--rate 200]

Queries are synthetic customers with a share of perturbed listed names (generate_customers.py),
sent in turn. The load generator runs on the same machine and takes part of its cores.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._measure import LISTWATCH, _tree, machine
from benchmarks.generate_customers import generate

_LUA = """
local bodies, n = {}, 0
for line in io.lines("%s") do n = n + 1; bodies[n] = line end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i %% n + 1
  return wrk.format(nil, "/screen", nil, bodies[i])
end
"""
_ONE_NAME = """
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name": "Nicolas Maduro"}'
request = function() return wrk.format(nil, "/screen") end
"""


def _bodies(count: int, home: str | None) -> list[str]:
    sample = Path(f"/tmp/listwatch-bench-api-{count}.csv")
    generate(count, sample, seed=11, home=home)
    with sample.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for row in rows:
        body = {"name": row["name"]}
        for key in ("schema", "birth_date", "country"):
            if row.get(key):
                body[key] = row[key]
        out.append(json.dumps(body, ensure_ascii=False))
    return out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start(port: int, workers: int, home: str | None) -> subprocess.Popen[bytes]:
    env = dict(os.environ)
    if home:
        env["LISTWATCH_HOME"] = home
    cmd = [LISTWATCH, "serve", "--port", str(port), "--workers", str(workers)]
    print(f"$ {' '.join(cmd)}", flush=True)
    server = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    ready: set[int] = set()  # every worker loads the lists itself: wait for all of them
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit("listwatch serve exited before it was ready")
        try:
            response = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
            if response.status_code == 200:
                ready.add(response.json()["worker"])
                if len(ready) >= workers:
                    return server
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    server.terminate()
    raise SystemExit("listwatch serve was not ready within 600 s")


def _cpu_seconds(pid: int) -> float:
    """User and system CPU time of ``pid`` and its descendants (Linux /proc)."""
    ticks = 0
    for p in _tree(pid):
        try:
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        ticks += int(fields[11]) + int(fields[12])  # utime, stime
    return ticks / os.sysconf("SC_CLK_TCK")


def _wrk(
    url: str, what: str, duration: int, connections: int, server: int, lua: str | None = None
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        cmd = ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency"]
        if lua is not None:
            script = Path(tmp) / "script.lua"
            script.write_text(lua, encoding="utf-8")
            cmd += ["-s", str(script)]
        print(f"$ {' '.join(cmd)} {url}", flush=True)
        cpu = _cpu_seconds(server)
        out = subprocess.run([*cmd, url], capture_output=True, text=True, check=True).stdout
        cpu = _cpu_seconds(server) - cpu
    done = re.search(r"(\d+) requests in", out)
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    print(
        f"max throughput, {what}: {float(rps.group(1)) if rps else 0:.0f} requests/s "
        f"({connections} connections, {duration} s; p99 {p99.group(1) if p99 else '?'} "
        f"under that load; non-2xx: {errors.group(1) if errors else 0}; "
        f"server CPU {cpu / int(done.group(1)) * 1e6 if done else 0:.0f} µs per request)"
    )


def _max_throughput(
    url: str, bodies: list[str], duration: int, connections: int, server: int
) -> None:
    """wrk: the mixed queries in turn, then one name only, then GET /healthz."""
    with tempfile.TemporaryDirectory() as tmp:
        lines = Path(tmp) / "bodies.jsonl"
        lines.write_text("\n".join(bodies) + "\n", encoding="utf-8")
        _wrk(url, "mixed queries", duration, connections, server, _LUA % lines)
    short = min(duration, 10)
    _wrk(url, "one name", short, connections, server, _ONE_NAME)
    _wrk(f"{url}/healthz", "GET /healthz", short, connections, server)


async def _post(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> int:
    """One POST /screen on a kept-alive connection; the response status."""
    writer.write(
        b"POST /screen HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = re.search(rb"(?i)content-length: *(\d+)", head)
    await reader.readexactly(int(length.group(1)) if length else 0)
    return status


async def _fixed_rate(port: int, bodies: list[str], rate: float, duration: int) -> None:
    """Open loop: requests are queued at their scheduled times and sent by 32 kept-alive
    connections (a small asyncio client: an httpx AsyncClient fell behind this pace here)."""
    count = int(rate * duration)
    latencies: list[float] = []
    failures = 0
    queue: asyncio.Queue[tuple[bytes, float] | None] = asyncio.Queue()

    async def connection() -> None:
        nonlocal failures
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while (item := await queue.get()) is not None:
            body, scheduled = item
            failures += await _post(reader, writer, body) != 200
            latencies.append((time.perf_counter() - scheduled) * 1000)
        writer.close()

    encoded = [b.encode() for b in bodies]
    workers = [asyncio.create_task(connection()) for _ in range(32)]
    for body in encoded[:200]:  # warm up
        queue.put_nowait((body, time.perf_counter()))
    while not queue.empty():
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    latencies.clear()
    start = time.perf_counter()
    for i in range(count):
        scheduled = start + i / rate
        delay = scheduled - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        queue.put_nowait((encoded[i % len(encoded)], scheduled))
    for _ in workers:
        queue.put_nowait(None)
    await asyncio.gather(*workers)
    cuts = statistics.quantiles(latencies, n=100)
    print(
        f"at {rate:g} requests/s for {duration} s ({count} requests, {failures} failed): "
        f"p50 {cuts[49]:.1f} ms, p90 {cuts[89]:.1f} ms, p99 {cuts[98]:.1f} ms, "
        f"max {max(latencies):.1f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--duration", type=int, default=20)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rate", type=float, default=200)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--home")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    bodies = _bodies(args.queries, args.home)
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    server = _start(port, args.workers, args.home)
    try:
        asyncio.run(_fixed_rate(port, bodies, args.rate, args.duration))
        if shutil.which("wrk"):
            _max_throughput(url, bodies, args.duration, args.connections, server.pid)
        else:
            print("wrk not installed (apt-get install wrk): no max-throughput figure")
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
