"""A real Alertmanager (Debian's ``prometheus-alertmanager`` 0.25) for the integration tests.

:class:`Alertmanager` starts one on a free loopback port (no clustering, storage under the
given folder, a minimal route to a webhook receiver nobody listens on), waits until
``GET /-/ready`` answers and stops it at the end. A missing binary or a failed start is a
test failure, never a skip (``make test`` installs the package when root). Silences go
in through the API or ``amtool``, alerts through ``POST /api/v2/alerts``.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.error import URLError

import pytest

from signalcraft.broker import end_process, free_port

CONFIG = """\
route:
  receiver: hook
  group_wait: 1s
  group_interval: 1s
receivers:
  - name: hook
    webhook_configs:
      - url: http://127.0.0.1:9/hook
        send_resolved: true
"""


def binary(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install Debian's 'prometheus-alertmanager' package (make test does as root)")
    return found


def rfc3339(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


class Alertmanager:
    """One Alertmanager process; a context manager."""

    def __init__(self, workdir: Path, port: int | None = None):
        self.workdir = workdir
        self.port = port or free_port()
        self._proc: subprocess.Popen[bytes] | None = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 20.0) -> Alertmanager:
        self.workdir.mkdir(parents=True, exist_ok=True)
        config = self.workdir / "alertmanager.yml"
        config.write_text(CONFIG)
        cmd = [
            binary("prometheus-alertmanager"),
            f"--config.file={config}",
            f"--web.listen-address=127.0.0.1:{self.port}",
            "--cluster.listen-address=",
            f"--storage.path={self.workdir / 'data'}",
            "--log.level=warn",
        ]
        self._log = open(self.workdir / "alertmanager.log", "wb")  # noqa: SIM115 - closed in stop()
        self._proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                self.stop()
                pytest.fail(f"Alertmanager exited with code {self._proc.returncode}: {self.log_text()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/-/ready", timeout=1) as resp:
                    if resp.status == 200:
                        return self
            except (URLError, OSError):
                time.sleep(0.05)
        self.stop()
        pytest.fail(f"Alertmanager did not get ready on {self.url} in {timeout_s:g} s: {self.log_text()[-2000:]}")

    def log_text(self) -> str:
        path = self.workdir / "alertmanager.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        end_process(self._proc)
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self) -> Alertmanager:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- the API ---

    def request(self, method: str, path: str, body: Any = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(f"{self.url}{path}", data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=10) as resp:
            text = resp.read()
        return json.loads(text) if text.strip() else None

    def add_silence(self, matchers: dict[str, str], *, starts: datetime | None = None, ends: datetime | None = None,
                    created_by: str = "alice", comment: str = "maintenance", silence_id: str | None = None) -> str:
        """``POST /api/v2/silences``; with ``silence_id``, an update (in place when Alertmanager allows)."""
        now = datetime.now(UTC)
        body: dict[str, Any] = {
            "matchers": [{"name": k, "value": v, "isRegex": False, "isEqual": True} for k, v in matchers.items()],
            "startsAt": rfc3339(starts or now),
            "endsAt": rfc3339(ends or now + timedelta(hours=1)),
            "createdBy": created_by,
            "comment": comment,
        }
        if silence_id is not None:
            body["id"] = silence_id
        return self.request("POST", "/api/v2/silences", body)["silenceID"]

    def silence(self, silence_id: str) -> dict[str, Any]:
        return self.request("GET", f"/api/v2/silence/{silence_id}")

    def silences(self) -> list[dict[str, Any]]:
        return self.request("GET", "/api/v2/silences")

    def expire(self, silence_id: str) -> None:
        self.request("DELETE", f"/api/v2/silence/{silence_id}")

    def post_alerts(self, *labels: dict[str, str]) -> None:
        self.request("POST", "/api/v2/alerts", [{"labels": dict(lab), "annotations": {"summary": "x"}}
                                                 for lab in labels])

    def alerts(self) -> list[dict[str, Any]]:
        return self.request("GET", "/api/v2/alerts?silenced=true&inhibited=true&active=true")

    def amtool(self, *args: str) -> str:
        """Run ``amtool ARGS --alertmanager.url=...``; its standard output."""
        done = subprocess.run([binary("amtool"), f"--alertmanager.url={self.url}", *args],
                              capture_output=True, text=True, timeout=30)
        assert done.returncode == 0, f"amtool {' '.join(args)}: {done.stderr}"
        return done.stdout.strip()
