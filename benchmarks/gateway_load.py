"""The load of ``benchmarks/gateway.py``: seeded request bodies, and an HTTP/1.1 client on raw asyncio
sockets (uvloop), run in a process of its own so it does not share the gateway's interpreter.

- ``webhooks(seed, n)``: Alertmanager webhooks (one to three alerts each, distinct fingerprints);
- ``write_requests(seed, n, samples)``: Prometheus-shaped remote-write bodies (every sample its own
  ``TimeSeries``, six labels each, as Prometheus sends them);
- ``closed_loop``: ``connections`` keep-alive connections, each sending its next request when the
  last is answered, for ``seconds``: the most the gateway answers;
- ``open_loop``: requests scheduled at ``rate`` per second, latency from the scheduled time to the
  answer (a request that waits for a busy connection counts its wait);
- ``until_acked``: each body retried (100 ms apart, as Alertmanager retries) until it gets a 2xx,
  at ``rate``; returns which were acknowledged.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from datetime import UTC, datetime, timedelta

from signalcraft.gateway.remote_write import snappy_block, write_request

SERVICES = [f"svc-{i:02d}" for i in range(40)]
NAMES = ["HighErrorRate", "HighLatencyP99", "PodCrashLooping", "DiskAlmostFull", "QueueBacklog"]
START = datetime(2026, 3, 2, tzinfo=UTC)


def webhooks(seed: int, n: int) -> list[bytes]:
    """``n`` Alertmanager webhooks; the ``i``-th carries fingerprint prefix ``i`` (its id in the fault run)."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        alerts = []
        for j in range(rng.randint(1, 3)):
            svc, name = rng.choice(SERVICES), rng.choice(NAMES)
            starts = START + timedelta(seconds=i)
            alerts.append({
                "status": "firing", "labels": {"alertname": name, "service": svc, "project": "checkout",
                                               "env": "production", "severity": rng.choice(["critical", "warning"])},
                "annotations": {"summary": f"{name} on {svc}", "runbook_url": f"https://runbooks/{name}"},
                "startsAt": starts.isoformat().replace("+00:00", "Z"), "endsAt": "0001-01-01T00:00:00Z",
                "generatorURL": f"http://prometheus:9090/graph?g0.expr={name}", "fingerprint": f"{i:08x}{j:08x}",
            })
        out.append(json.dumps({
            "receiver": "signalcraft", "status": "firing", "alerts": alerts, "groupLabels": {"alertname": name},
            "commonLabels": {"project": "checkout"}, "commonAnnotations": {}, "externalURL": "http://am:9093",
            "version": "4", "groupKey": f'{{}}:{{alertname="{name}"}}', "truncatedAlerts": 0,
        }).encode())
    return out


def write_requests(seed: int, n: int, samples: int, series: int = 10_000) -> list[bytes]:
    """``n`` snappy-compressed write requests of ``samples`` samples each over ``series`` series."""
    rng = random.Random(seed)
    labels = [{"__name__": rng.choice(["http_requests_total", "queue_depth", "cpu_seconds_total"]),
               "instance": f"10.0.{i // 250}.{i % 250}:9100", "job": rng.choice(SERVICES), "code": "200",
               "namespace": "shop-prod", "pod": f"pod-{i:05d}"} for i in range(series)]
    out = []
    for k in range(n):
        stamp = int(START.timestamp() * 1000) + k * 15_000
        picked = [labels[(k * samples + i) % series] for i in range(samples)]
        out.append(snappy_block(write_request([(lab, [(rng.random() * 100, stamp)]) for lab in picked])))
    return out


def request(path: str, body: bytes, token: str, remote_write: bool = False) -> bytes:
    kind = (b"Content-Type: application/x-protobuf\r\nContent-Encoding: snappy\r\n" if remote_write
            else b"Content-Type: application/json\r\n")
    return (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {token}\r\n".encode() + kind
            + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)


async def _answer(reader: asyncio.StreamReader) -> int:
    status = int((await reader.readline()).split(b" ", 2)[1])
    length = 0
    while (line := await reader.readline()) not in (b"\r\n", b""):
        if line[:15].lower() == b"content-length:":
            length = int(line[15:])
    if length:
        await reader.readexactly(length)
    return status


async def _closed(port: int, requests: list[bytes], connections: int, seconds: float) -> dict:
    codes: dict[int, int] = {}
    end = time.perf_counter() + seconds
    counter = iter(range(1 << 62))

    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        while time.perf_counter() < end:
            writer.write(requests[next(counter) % len(requests)])
            status = await _answer(reader)
            codes[status] = codes.get(status, 0) + 1
        writer.close()

    started = time.perf_counter()
    await asyncio.gather(*(one() for _ in range(connections)))
    return {"seconds": time.perf_counter() - started, "codes": codes}


async def _open(port: int, requests: list[bytes], connections: int, rate: float, seconds: float) -> dict:
    total = int(rate * seconds)
    latencies: list[float] = []
    codes: dict[int, int] = {}
    counter = iter(range(total))
    start = time.perf_counter() + 0.2

    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for i in counter:
            due = start + i / rate
            if (wait := due - time.perf_counter()) > 0:
                await asyncio.sleep(wait)
            writer.write(requests[i % len(requests)])
            status = await _answer(reader)
            latencies.append(time.perf_counter() - due)
            codes[status] = codes.get(status, 0) + 1
        writer.close()

    await asyncio.gather(*(one() for _ in range(connections)))
    return {"latencies": latencies, "codes": codes, "seconds": time.perf_counter() - start}


async def _until_acked(port: int, requests: list[bytes], connections: int, rate: float) -> dict:
    acked: list[int] = []
    refused = 0
    counter = iter(range(len(requests)))
    start = time.perf_counter()

    async def one() -> None:
        nonlocal refused
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        for i in counter:
            if (wait := start + i / rate - time.perf_counter()) > 0:
                await asyncio.sleep(wait)
            while True:
                writer.write(requests[i])
                if 200 <= await _answer(reader) < 300:
                    acked.append(i)
                    break
                refused += 1
                await asyncio.sleep(0.1)
        writer.close()

    await asyncio.gather(*(one() for _ in range(connections)))
    return {"acked": acked, "refused": refused, "seconds": time.perf_counter() - start}


def run(mode: str, port: int, requests: list[bytes], connections: int, out, **kwargs) -> None:
    """In the load process: one mode's result put on ``out``."""
    import uvloop

    coroutine = {"closed": _closed, "open": _open, "until_acked": _until_acked}[mode]
    out.put(uvloop.run(coroutine(port, requests, connections, **kwargs)))
