"""A local S3 API for the persistent broker: moto in server mode, in its own process.

tansu's ``s3://<bucket>/`` storage engine keeps a broker's data across restarts; moto
(``moto[server]``, a dev dependency) answers the S3 calls on a free loopback port. It runs as
a subprocess, not a thread of the test process, so the tests' own work does not slow the
broker's storage down (they share no GIL), and a test can stop or pause it on its own.
Everything lives in moto's memory: it outlives broker restarts, not its own.

What tansu does with it: one object per produced record batch (plus a ``watermark.json`` per
partition), and on every fetch a LIST of all the partition's batch objects (moto: about 0.2 ms
per object). A fetch whose LIST takes longer than the consumer's ``fetch.wait.max.ms`` comes
back empty, every time: the consumer stalls for good, silently. Tests keep the batch count
low (produce with some linger) and the fetch wait well above it.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

from signalcraft.broker import BrokerError, EmbeddedBroker, end_process, free_port, s3_env

ACCESS_KEY_ID = "signalcraft-test"
SECRET_ACCESS_KEY = "signalcraft-test-secret"
REGION = "us-east-1"


class S3Server:
    """moto's S3 API on ``127.0.0.1:<free port>``; use as a context manager."""

    def __init__(self, port: int | None = None, log_path: Path | None = None):
        self.port = port or free_port()
        self.log_path = log_path
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file = None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """The environment tansu needs to use this server."""
        return s3_env(self.endpoint, ACCESS_KEY_ID, SECRET_ACCESS_KEY, REGION)

    def client(self):
        import boto3

        return boto3.client("s3", endpoint_url=self.endpoint, aws_access_key_id=ACCESS_KEY_ID,
                            aws_secret_access_key=SECRET_ACCESS_KEY, region_name=REGION)

    def start(self, timeout_s: float = 30.0) -> S3Server:
        out = subprocess.DEVNULL
        if self.log_path is not None:
            self._log_file = open(self.log_path, "wb")  # noqa: SIM115 - closed in stop()
            out = self._log_file
        self._proc = subprocess.Popen([sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
                                      stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                raise BrokerError(f"the S3 server (moto) exited with code {self._proc.returncode}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                self.client().list_buckets()
                return self
            except Exception:  # noqa: BLE001 - not up yet; retried until the deadline
                time.sleep(0.1)
        self.stop()
        raise BrokerError(f"the S3 server (moto) did not answer on {self.endpoint} in {timeout_s}s")

    def create_bucket(self, name: str | None = None) -> str:
        name = name or f"tansu-{uuid.uuid4().hex[:12]}"
        self.client().create_bucket(Bucket=name)
        return name

    def object_keys(self, bucket: str) -> list[str]:
        pages = self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket)
        return [o["Key"] for page in pages for o in page.get("Contents", [])]

    def stop(self) -> None:
        end_process(self._proc)
        self._proc = None
        if self._log_file is not None:
            self._log_file.close()
            self._log_file = None

    def __enter__(self) -> S3Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def persistent_broker(s3: S3Server, bucket: str | None = None, port: int | None = None,
                      log_path: Path | None = None) -> EmbeddedBroker:
    """A (not yet started) tansu broker whose storage is a bucket of ``s3``, new unless named."""
    bucket = bucket or s3.create_bucket()
    return EmbeddedBroker(port=port, log_path=log_path, storage=f"s3://{bucket}/", env=s3.env())
