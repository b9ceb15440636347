"""``signalcraft gateway`` as a real process against the bundled broker: what it acknowledged is in the
topics with the headers the flow reads; before Kafka is there it answers 503 with Retry-After and not
ready, and 200 once Kafka is up. (Real tools as senders: test_gateway_tools.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from signalcraft.broker import EmbeddedBroker, create_topics, end_process, free_port
from signalcraft.config import TopicSettings
from signalcraft.gateway.remote_write import snappy_block, write_request
from signalcraft.params import Identity
from signalcraft.sources.decode import parse_payload
from tests.integration.conftest import consume_all, consume_each, unique_topics
from tests.integration.test_recovery import webhook

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
TOKENS = '{"tok-acme": "acme", "tok-globex": "globex"}'
ACME = {"Authorization": "Bearer tok-acme", "Content-Type": "application/json"}


class GatewayProcess:
    """``python -m signalcraft gateway`` on a free port, its output in ``log``; a context manager."""

    def __init__(self, bootstrap: str, topics: TopicSettings, log: Path, env: dict[str, str] | None = None,
                 port: int | None = None):
        self.bootstrap, self.topics, self.log_path = bootstrap, topics, log
        self.port = port or free_port()
        self.env = {**{k: v for k, v in os.environ.items() if not k.startswith("SIGNALCRAFT_GATEWAY_")},
                    **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in topics.model_dump().items()},
                    "SIGNALCRAFT_GATEWAY_TOKENS": TOKENS, **(env or {})}
        self._proc: subprocess.Popen | None = None
        self._log = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> GatewayProcess:
        self._log = open(self.log_path, "wb")
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "signalcraft", "gateway", "--bootstrap-servers", self.bootstrap,
             "--port", str(self.port)], env=self.env, stdout=self._log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while self.get("/healthz")[0] != 200:
            assert self._proc.poll() is None, f"the gateway exited: {self.log()[-3000:]}"
            assert time.monotonic() < deadline, f"the gateway did not answer: {self.log()[-3000:]}"
            time.sleep(0.1)
        return self

    def __exit__(self, *exc: object) -> None:
        end_process(self._proc)
        if self._log is not None:
            self._log.close()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def request(self, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
        except urllib.error.HTTPError as e:
            return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()
        except OSError:
            return 0, {}, b""

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        return self.request("GET", path)

    def post(self, path: str, body: bytes, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        return self.request("POST", path, body, headers)

    def metric(self, name: str, **labels: str) -> float:
        text = self.get("/metrics")[2].decode()
        return sum(s.value for f in text_string_to_metric_families(text) for s in f.samples
                   if s.name == name and all(s.labels.get(k) == v for k, v in labels.items()))


def headers_of(message) -> dict[str, str]:
    return {k: v.decode() for k, v in message.headers() or []}


def test_what_the_gateway_acknowledged_is_in_kafka_with_its_headers(settings, tmp_path):
    bootstrap, topics = settings.broker.bootstrap_servers, settings.topics
    deployment = (EXAMPLES / "changes" / "github-deployment-rollback.json").read_bytes()
    samples = write_request([({"__name__": "queue_depth", "service": f"svc-{i}"}, [(float(i), 1_717_510_020_000)])
                             for i in range(30)])
    started_ms = int(time.time() * 1000)
    with GatewayProcess(bootstrap, topics, tmp_path / "gateway.log") as gw:
        alerts = [gw.post("/hooks/alertmanager", webhook(i), ACME)[0] for i in range(40)]
        github = gw.post("/hooks/github", deployment, {**ACME, "X-GitHub-Event": "deployment",
                                                       "X-GitHub-Delivery": "72d3162e-cc78-11e3-81ab-4c9367dc0958"})
        remote = gw.post("/api/v1/write", snappy_block(samples), {"Authorization": "Bearer tok-globex",
                         "Content-Type": "application/x-protobuf", "Content-Encoding": "snappy"})
        broken = gw.post("/hooks/alertmanager", b'{"alerts": [', ACME)
        acked = gw.metric("signalcraft_gateway_messages_total")
    ended_ms = int(time.time() * 1000)
    assert alerts == [200] * 40 and github[0] == 200 and remote[0] == 204 and broken[0] == 400
    assert acked == 40 + 1 + 30

    read = consume_each(bootstrap, [topics.alerts, topics.changes, topics.metrics, topics.dlq])
    in_alerts = read[topics.alerts]
    assert sorted(m.value() for m in in_alerts) == sorted(webhook(i) for i in range(40))
    for m in in_alerts:
        h = headers_of(m)
        assert (h["sc-format"], h["sc-workspace"]) == ("alertmanager", "acme")
        assert started_ms <= int(h["sc-event-time"]) <= ended_ms
    [change] = read[topics.changes]
    h = headers_of(change)
    assert change.value() == deployment and h["sc-format"] == "github-deployment"
    assert h["x-github-event"] == "deployment" and h["x-github-delivery"].startswith("72d3162e")
    metrics = read[topics.metrics]
    points = [parse_payload(m.value(), "metrics", headers_of(m), Identity())[1][0] for m in metrics]
    assert sorted((p.workspace_id, p.metric_key, p.value) for p in points) == sorted(
        ("globex", f'queue_depth{{service="svc-{i}"}}', float(i)) for i in range(30))
    [dead] = read[topics.dlq]
    h = headers_of(dead)
    assert dead.value() == b'{"alerts": [' and h["sc-dlq-step"] == "json" and h["sc-dlq-topic"] == topics.alerts
    assert "not valid JSON" in h["sc-dlq-reason"] == json.loads(broken[2])["error"]


def test_before_kafka_is_there_it_answers_503_then_200_once_it_is(tmp_path):
    port = free_port()
    topics = unique_topics()
    env = {"SIGNALCRAFT_GATEWAY_PROBE_EVERY_S": "0.5", "SIGNALCRAFT_GATEWAY_RETRY_AFTER_S": "3"}
    with GatewayProcess(f"127.0.0.1:{port}", topics, tmp_path / "gateway.log", env=env) as gw:
        deadline = time.monotonic() + 20
        while gw.get("/readyz")[0] != 503:
            assert time.monotonic() < deadline, "the gateway never found Kafka missing"
            time.sleep(0.1)
        asked = time.monotonic()
        status, headers, body = gw.post("/hooks/alertmanager", webhook(1), ACME)
        assert status == 503 and headers["retry-after"] == "3" and b"unreachable" in body
        assert time.monotonic() - asked < 2, "refused at once, not after the ack timeout"

        broker = EmbeddedBroker(port=port, log_path=tmp_path / "tansu.log").start()
        try:
            create_topics({"bootstrap.servers": broker.bootstrap_servers}, [*topics.inputs(), topics.dlq])
            deadline = time.monotonic() + 20
            while gw.get("/readyz")[0] != 200:
                assert time.monotonic() < deadline, f"the gateway never saw Kafka come: {gw.log()[-2000:]}"
                time.sleep(0.2)
            assert gw.post("/hooks/alertmanager", webhook(2), ACME)[0] == 200
            assert [m.value() for m in consume_all(broker.bootstrap_servers, topics.alerts)] == [webhook(2)]
            log = gw.log()
        finally:
            broker.stop(kill=True)  # SIGTERM would serve the gateway's connection for 5 s more
    assert "Kafka unreachable since" in log and "Kafka reachable again after" in log
    assert "tok-acme" not in log
