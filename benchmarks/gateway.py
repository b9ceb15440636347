"""``signalcraft gateway`` under load: webhooks and remote-write samples to an acknowledged Kafka write,
beside producing the same messages to Kafka directly, in the same run; then a broker restart under load.

The gateway runs as a real process (``python -m signalcraft gateway``, uvicorn, one process) against the
bundled broker (in memory); the load comes from another process (``gateway_load.py``: raw HTTP/1.1 on
asyncio sockets, keep-alive). Scenario ``gateway-v1``, seeded:

1. webhooks/s: Alertmanager webhooks (1-3 alerts) on ``--connections`` connections, each sending its
   next request once the last is answered (200 = Kafka acknowledged), for ``--seconds``;
2. latency at ``--rate`` (1,000) requests/s, open loop: from the scheduled send to the answer;
3. remote-write samples/s: Prometheus-shaped requests of ``--samples`` samples (every sample its own
   series entry, as Prometheus sends them) on 4 connections; each sample one Kafka message;
4. the naive baseline, in the same run: the same webhook bodies and the same sample messages produced
   straight to Kafka with the gateway's producer settings (idempotent, ``acks=all``, lz4, linger 5 ms),
   and the latency of one message at the same rate, produce to delivery report;
5. the fault run (``--outage`` > 0): a broker whose data survives a restart (tansu on a local S3 API),
   the gateway in front, webhooks at ``--fault-rate`` requests/s each retried until acknowledged (as
   Alertmanager does); the broker is killed (SIGKILL) after a third of the load and started again
   ``--outage`` seconds later; then every acknowledged request must be in the topic.

    python benchmarks/gateway.py --seed 1
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from confluent_kafka import Consumer, Producer, TopicPartition
from gateway_load import request, run, webhooks, write_requests

from signalcraft.broker import EmbeddedBroker, create_topics, end_process, free_port
from signalcraft.gateway.producer import DEFAULTS, GUARANTEES
from signalcraft.gateway.remote_write import decode, messages

TOKEN = "bench-token"
SCENARIO = "gateway-v1"


def start_gateway(bootstrap: str, topic_prefix: str, log: Path, *options: str) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "SIGNALCRAFT_GATEWAY_TOKENS": json.dumps({TOKEN: "bench"}),
           **{f"SIGNALCRAFT_TOPIC_{k.upper()}": f"{topic_prefix}.{k}" for k in ("alerts", "metrics", "dlq")}}
    cmd = [sys.executable, "-m", "signalcraft", "gateway", "--bootstrap-servers", bootstrap, "--port", str(port)]
    for option in options:
        cmd += ["--kafka-option", option]
    proc = subprocess.Popen(cmd, env=env, stdout=open(log, "wb"), stderr=subprocess.STDOUT)  # noqa: SIM115
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1).read()
            return proc, port
        except OSError:
            time.sleep(0.1)
    end_process(proc)
    raise RuntimeError(f"the gateway did not get ready: {log.read_text()[-2000:]}")


def load(mode: str, port: int, requests: list[bytes], connections: int, **kwargs) -> dict:
    """One load run in a process of its own."""
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    proc = ctx.Process(target=run, args=(mode, port, requests, connections, out), kwargs=kwargs)
    proc.start()
    result = out.get()
    proc.join()
    return result


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def percentiles(latencies: list[float]) -> dict:
    ordered = sorted(latencies)
    return {"p50_ms": round(statistics.median(ordered) * 1000, 2),
            "p99_ms": round(ordered[int(0.99 * (len(ordered) - 1))] * 1000, 2)}


def producer_config(bootstrap: str) -> dict[str, str]:
    return {"bootstrap.servers": bootstrap, **DEFAULTS, **GUARANTEES, "message.timeout.ms": "10000"}


def warm(bootstrap: str, topic: str, values: list[bytes]) -> Producer:
    """A producer that has its producer id and its connections (as the gateway's has after a warm-up)."""
    producer = Producer(producer_config(bootstrap))
    for value in values[:100]:
        producer.produce(topic, value)
    assert producer.flush(30) == 0
    return producer


def direct_throughput(bootstrap: str, topic: str, values: list[bytes], n: int) -> float:
    """Messages/s producing ``n`` of ``values`` straight to Kafka until every one is delivered."""
    producer = warm(bootstrap, topic, values)
    headers = [("sc-format", b"alertmanager"), ("sc-workspace", b"bench"), ("sc-event-time", b"0")]
    started = time.perf_counter()
    for i in range(n):
        while True:
            try:
                producer.produce(topic, values[i % len(values)], headers=headers)
                break
            except BufferError:
                producer.poll(0.01)
        if i % 1000 == 0:
            producer.poll(0)
    assert producer.flush(60) == 0
    return n / (time.perf_counter() - started)


def direct_latency(bootstrap: str, topic: str, values: list[bytes], rate: float, seconds: float) -> dict:
    """One message every 1/``rate`` s; produce to delivery report, from the scheduled time."""
    producer = warm(bootstrap, topic, values)
    latencies: list[float] = []
    start = time.perf_counter() + 0.2
    for i in range(int(rate * seconds)):
        due = start + i / rate
        while (now := time.perf_counter()) < due:
            producer.poll(min(due - now, 0.001))
        producer.produce(topic, values[i % len(values)], on_delivery=lambda err, msg, due=due:
                         latencies.append(time.perf_counter() - due))
        producer.poll(0)
    producer.flush(30)
    return percentiles(latencies)


def gateway_runs(args: argparse.Namespace, tmp: Path) -> dict:
    bodies = webhooks(args.seed, 5_000)
    remote = write_requests(args.seed, 40, args.samples)
    with EmbeddedBroker(log_path=tmp / "tansu.log") as broker:
        config = {"bootstrap.servers": broker.bootstrap_servers}
        create_topics(config, ["bench.alerts", "bench.metrics", "bench.dlq", "direct.alerts", "direct.metrics"],
                      partitions=2)
        gateway, port = start_gateway(broker.bootstrap_servers, "bench", tmp / "gateway.log")
        try:
            hooks = [request("/hooks/alertmanager", b, TOKEN) for b in bodies]
            load("closed", port, hooks[:200], 8, seconds=2.0)  # warm-up
            cpu = cpu_seconds(gateway.pid)
            closed = load("closed", port, hooks, args.connections, seconds=args.seconds)
            cpu = cpu_seconds(gateway.pid) - cpu
            opened = load("open", port, hooks, 32, rate=args.rate, seconds=args.seconds)
            writes = [request("/api/v1/write", b, TOKEN, remote_write=True) for b in remote]
            rw_cpu = cpu_seconds(gateway.pid)
            remote_run = load("closed", port, writes, 4, seconds=args.seconds)
            rw_cpu = cpu_seconds(gateway.pid) - rw_cpu
        finally:
            end_process(gateway)
        samples = [v for body in remote for _, v in messages(decode(body, 1 << 26))]
        direct = {
            "webhooks_per_s": round(direct_throughput(broker.bootstrap_servers, "direct.alerts", bodies,
                                                      max(20_000, closed["codes"].get(200, 0)))),
            "latency_at_rate": direct_latency(broker.bootstrap_servers, "direct.alerts", bodies, args.rate,
                                              args.seconds),
            "samples_per_s": round(direct_throughput(broker.bootstrap_servers, "direct.metrics", samples,
                                                     len(samples))),
        }
    acked = closed["codes"].get(200, 0)
    return {
        "webhooks": {"connections": args.connections, "seconds": round(closed["seconds"], 2), "acked": acked,
                     "codes": closed["codes"], "per_s": round(acked / closed["seconds"]),
                     "gateway_cpu_ms_per_request": round(cpu * 1000 / max(acked, 1), 3)},
        "latency": {"rate": args.rate, "requests": len(opened["latencies"]), "codes": opened["codes"],
                    **percentiles(opened["latencies"])},
        "remote_write": {"samples_per_request": args.samples, "requests": remote_run["codes"].get(204, 0),
                         "codes": remote_run["codes"],
                         "samples_per_s": round(remote_run["codes"].get(204, 0) * args.samples
                                                / remote_run["seconds"]),
                         "gateway_cpu_us_per_sample": round(rw_cpu * 1e6 / max(1, remote_run["codes"].get(204, 0)
                                                                              * args.samples), 2)},
        "direct": direct,
    }


def fault_run(args: argparse.Namespace, tmp: Path) -> dict:
    from tests.integration.s3server import S3Server, persistent_broker

    total = int(args.fault_rate * args.fault_seconds)
    bodies = webhooks(args.seed + 1000, total)
    with S3Server(log_path=tmp / "moto.log") as s3:
        broker = persistent_broker(s3, log_path=tmp / "tansu-s3.log").start()
        try:
            create_topics({"bootstrap.servers": broker.bootstrap_servers}, ["fault.alerts", "fault.dlq"],
                          partitions=2)
            gateway, port = start_gateway(broker.bootstrap_servers, "fault", tmp / "gateway-fault.log",
                                          "linger.ms=50")
            try:
                def outage() -> None:
                    time.sleep(args.fault_seconds / 3)
                    broker.stop(kill=True)
                    time.sleep(args.outage)
                    broker.start()

                killer = threading.Thread(target=outage)
                killer.start()
                result = load("until_acked", port, [request("/hooks/alertmanager", b, TOKEN) for b in bodies], 16,
                              rate=args.fault_rate)
                killer.join()
            finally:
                end_process(gateway)
            in_topic = topic_ids(broker.bootstrap_servers, "fault.alerts")
            replaced = (tmp / "gateway-fault.log").read_text(errors="replace").count("Kafka producer replaced")
        finally:
            broker.stop(kill=True)
    acked = set(result["acked"])
    return {"requests": total, "outage_s": args.outage, "acknowledged": len(acked), "refused_503": result["refused"],
            "messages_in_topic": sum(in_topic.values()), "distinct_in_topic": len(in_topic),
            "acknowledged_and_lost": len(acked - set(in_topic)),
            "in_topic_twice": sum(n > 1 for n in in_topic.values()), "producer_replaced": replaced,
            "seconds": round(result["seconds"], 1)}


def topic_ids(bootstrap: str, topic: str, quiet_s: float = 10.0) -> dict[int, int]:
    """Request number -> how many times it is in ``topic`` (the webhook's first fingerprint says which).

    Read to the high watermarks, then on until nothing more comes for ``quiet_s``: the bundled
    broker can report its watermarks low after a restart, and the tail past them is still there."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "bench", "enable.auto.commit": "false",
                         "fetch.wait.max.ms": "2000"})
    parts = [TopicPartition(topic, p, 0) for p in (0, 1)]
    ends = {p.partition: consumer.get_watermark_offsets(p, timeout=30)[1] for p in parts}
    consumer.assign(parts)
    seen: dict[int, int] = {}
    at = dict.fromkeys(ends, 0)
    deadline = time.monotonic() + 300
    last = time.monotonic()
    while time.monotonic() < deadline and (any(at[p] < ends[p] for p in ends) or time.monotonic() - last < quiet_s):
        for msg in consumer.consume(1000, 1.0):
            if msg.error() is None:
                i = int(json.loads(msg.value())["alerts"][0]["fingerprint"][:8], 16)
                seen[i] = seen.get(i, 0) + 1
                at[msg.partition()] = msg.offset() + 1
                last = time.monotonic()
    consumer.close()
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--seconds", type=float, default=8.0, help="length of each load run")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--rate", type=float, default=1000.0, help="requests/s of the latency run")
    parser.add_argument("--samples", type=int, default=2000, help="samples per remote-write request")
    parser.add_argument("--outage", type=float, default=10.0, help="seconds the broker is down (0: no fault run)")
    parser.add_argument("--fault-rate", type=float, default=200.0)
    parser.add_argument("--fault-seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gateway-bench-") as tmp:
        result = {"benchmark": "gateway", "scenario": SCENARIO, "seed": args.seed, **gateway_runs(args, Path(tmp))}
        if args.outage > 0:
            result["fault"] = fault_run(args, Path(tmp))
    w, lat, rw, d = result["webhooks"], result["latency"], result["remote_write"], result["direct"]
    print(f"webhooks: {w['per_s']:,}/s acknowledged ({w['connections']} connections; {w['codes']}), "
          f"{w['gateway_cpu_ms_per_request']} ms gateway CPU each; direct produce {d['webhooks_per_s']:,}/s",
          file=sys.stderr)
    print(f"latency at {lat['rate']:g}/s: p50 {lat['p50_ms']} ms, p99 {lat['p99_ms']} ms ({lat['codes']}); "
          f"direct p50 {d['latency_at_rate']['p50_ms']} ms, p99 {d['latency_at_rate']['p99_ms']} ms", file=sys.stderr)
    print(f"remote write: {rw['samples_per_s']:,} samples/s ({rw['codes']}); direct {d['samples_per_s']:,}/s",
          file=sys.stderr)
    if "fault" in result:
        f = result["fault"]
        print(f"fault: {f['acknowledged']} acknowledged of {f['requests']}, {f['distinct_in_topic']} in the topic "
              f"({f['messages_in_topic']} messages), {f['acknowledged_and_lost']} acknowledged and lost, "
              f"{f['refused_503']} answers 503", file=sys.stderr)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
