"""Integration tier: a real Kafka-protocol broker (bundled tansu), started once per session.

``broker`` is the shared in-memory one; ``persistent_broker`` is a broker of the test's own whose
data lives in a local S3 API (tansu's ``s3://`` storage, see ``s3server.py``), so the test may
``stop()`` and ``start()`` it (same port, same data) to play a broker outage or restart.
"""

from __future__ import annotations

import fcntl
import itertools
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from urllib.error import URLError

import pytest
from confluent_kafka import Consumer, KafkaError, TopicPartition

from signalcraft.broker import EmbeddedBroker, create_topics, end_process, free_port, produce_all
from signalcraft.config import BrokerSettings, Settings, StoreSettings, TopicSettings
from tests.integration.s3server import S3Server
from tests.integration.s3server import persistent_broker as make_persistent_broker

_counter = itertools.count()
_ON_S3: set[str] = set()
"""Bootstrap addresses of the brokers ``persistent_broker`` started (S3 storage): :func:`consume_all` waits
longer there for the end of a topic."""


@pytest.fixture(scope="session")
def broker(tmp_path_factory):
    """The bundled broker; a failure to start is a test failure, never a skip."""
    log_path = tmp_path_factory.mktemp("broker") / "tansu.log"
    with EmbeddedBroker(log_path=log_path) as b:
        yield b


@pytest.fixture(scope="session")
def s3_server(tmp_path_factory):
    """A local S3 API (moto, in its own process), started the first time a test asks for it."""
    with S3Server(log_path=tmp_path_factory.mktemp("s3") / "moto.log") as s3:
        yield s3


@pytest.fixture
def persistent_broker(s3_server, tmp_path):
    """A tansu broker of this test's own on a new bucket: ``stop()`` / ``start()`` keep its port and data.

    Started; stopped at the end whatever state the test left it in. A failure to start is a
    test failure, never a skip. Its log (appended across restarts) is ``tmp_path / "tansu.log"``.
    """
    b = make_persistent_broker(s3_server, log_path=tmp_path / "tansu.log")
    b.start()
    _ON_S3.add(b.bootstrap_servers)  # the same address after each restart
    try:
        yield b
    finally:
        b.stop(kill=True)  # SIGTERM would keep serving the test's leftover clients for 5 s


def unique_topics(prefix: str | None = None) -> TopicSettings:
    tag = prefix or f"t{next(_counter)}-{uuid.uuid4().hex[:6]}"
    names = {k: f"{tag}.{k}" for k in TopicSettings.model_fields}
    return TopicSettings(**names)


@pytest.fixture
def settings(broker, tmp_path) -> Settings:
    """Settings with unique topic names (created, 2 partitions each) and a DuckDB file under tmp_path."""
    topics = unique_topics()
    config = {"bootstrap.servers": broker.bootstrap_servers}
    create_topics(config, [*topics.inputs(), *topics.outputs()], partitions=2)
    return Settings(
        broker=BrokerSettings(bootstrap_servers=broker.bootstrap_servers),
        topics=topics,
        store=StoreSettings(db_path=tmp_path / "store.duckdb"),
    )


def produce(bootstrap: str, topic: str, messages: Iterable[tuple[bytes | None, bytes, dict[str, str]]]) -> int:
    """Produce ``(key, value, headers)`` messages and wait for delivery; returns the count."""
    return produce_all({"bootstrap.servers": bootstrap, "linger.ms": "5"},
                       ((topic, k, v, h, None) for k, v, h in messages))


def consume_all(bootstrap: str, topic: str, timeout_s: float = 20.0, quiet_s: float | None = None) -> list:
    """Every message now in ``topic`` (all partitions), read by assignment.

    Read to the end offsets, then on until nothing more comes for ``quiet_s``: the bundled broker lists (and may
    report in fetch responses) the first offset of the last batch written, plus one (in memory too, not only after
    a restart), so a tail of several batches would be cut short at the listed end. The rest of that batch comes
    in the fetch response that brings its first record, so in memory a short quiet (0.5 s) reads it all (250
    topics of 1 to 6 batches of 1 to 4,000 records read with no quiet at all, 100 of them beside three busy
    processes on two cores: every record); a broker on S3 storage (``persistent_broker``) may stall a fetch just
    after its restart, which reads as an empty tail: 2 s there, unless ``quiet_s`` is given."""
    import time

    from confluent_kafka.admin import AdminClient

    if quiet_s is None:
        quiet_s = 2.0 if bootstrap in _ON_S3 else 0.5

    md = AdminClient({"bootstrap.servers": bootstrap}).list_topics(topic, timeout=10)
    parts = list(md.topics[topic].partitions)
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "test-reader", "enable.auto.commit": "false",
                         "fetch.wait.max.ms": "200", "auto.offset.reset": "earliest"})  # a shorter fetch wait
    # stalls the broker on S3 storage; an offset the restarted broker calls out of range is read from its start
    ends = {p: consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)[1] for p in parts}
    consumer.assign([TopicPartition(topic, p, 0) for p in parts])
    out = []
    deadline = time.monotonic() + timeout_s
    seen = dict.fromkeys(parts, 0)
    last = time.monotonic()
    errors: set[str] = set()
    while time.monotonic() < deadline:
        batch = consumer.consume(1000, 0.2)
        errors.update(m.error().str() for m in batch
                      if m.error() is not None and m.error().code() != KafkaError._PARTITION_EOF)
        got = [m for m in batch if m.error() is None]
        for msg in got:
            out.append(msg)
            seen[msg.partition()] = msg.offset() + 1
        if got:
            last = time.monotonic()
        elif all(seen[p] >= ends[p] for p in parts) and time.monotonic() - last >= quiet_s:
            break
    consumer.close()
    if errors:
        print(f"consume_all({topic!r}): {sorted(errors)}", file=sys.stderr)  # shown with a failing test's output
    return out


def consume_each(bootstrap: str, topics: Iterable[str]) -> dict[str, list]:
    """:func:`consume_all` of each topic, all read at once (each on a consumer of its own): a test reading
    several topics waits their quiet seconds once, not once a topic."""
    topics = list(dict.fromkeys(topics))
    with ThreadPoolExecutor(len(topics)) as pool:
        return dict(zip(topics, pool.map(lambda t: consume_all(bootstrap, t), topics), strict=True))


@pytest.fixture(scope="session")
def demo_run(tmp_path_factory):
    """``signalcraft demo`` run once for the whole test run: its stdout and the DuckDB file it left. Under
    pytest-xdist the first worker to ask runs it and the others wait on a lock and read the same files (tests only
    read them)."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent  # the run's folder, above each worker's own
    folder = root / "demo-shared"
    folder.mkdir(exist_ok=True)
    db, said = folder / "demo.duckdb", folder / "stdout.txt"
    with (folder / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not said.exists():
            done = subprocess.run([sys.executable, "-m", "signalcraft", "demo", "--db", str(db)],
                                  capture_output=True, text=True, timeout=180)
            assert done.returncode == 0, done.stderr[-3000:]
            said.write_text(done.stdout)
    return said.read_text(), db


@pytest.fixture(scope="session")
def server(demo_run):
    """``signalcraft serve`` as a real process (uvicorn) on the demo's store; its base URL."""
    _, db = demo_run
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("SIGNALCRAFT_SERVE_")}
    proc = subprocess.Popen([sys.executable, "-m", "signalcraft", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/api/incidents?limit=1", timeout=2).close()
            break
        except (URLError, ConnectionError, TimeoutError):
            if proc.poll() is not None or time.monotonic() > deadline:
                end_process(proc)
                pytest.fail(f"signalcraft serve did not answer on {base}: {proc.stdout.read()[-3000:]}")
            time.sleep(0.2)
    yield base
    end_process(proc)
