"""The gateway's app through Starlette's TestClient, with a producer that records what it is given
(the real producer against a real broker: tests/integration/test_gateway.py): credentials and
workspaces, sizes, bodies that are not what their path expects and their dead letters, GitHub's
events, Kafka's failures as 503 and 413, the probes and metrics, and logs free of secrets. Also the
SNS test kit the sender tests share: a key, its self-signed certificate served by an injected fetch,
and messages signed with it (tests/unit/test_gateway_senders.py)."""

from __future__ import annotations

import asyncio
import base64
import functools
import json
import logging
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.testclient import TestClient

from signalcraft.config import TopicSettings
from signalcraft.config.gateway import GatewaySettings
from signalcraft.gateway.app import create_app
from signalcraft.gateway.bodies import dead_letter, dead_letter_headers
from signalcraft.gateway.producer import Rejected, Unavailable
from signalcraft.gateway.routes import HOOKS
from signalcraft.params import Identity
from signalcraft.sources.adapters.sns import string_to_sign
from signalcraft.sources.decode import parse_payload
from signalcraft.sources.kafka_client import BrokerWatch

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
TOKENS = '{"tok-acme": "acme", "tok-globex": "globex"}'
ACME = {"Authorization": "Bearer tok-acme"}
ALERTMANAGER = (EXAMPLES / "alerts" / "alertmanager-firing.json").read_bytes()
NOW = 1_717_510_020.0


class RecordingProducer:
    """What the app hands to Kafka, kept; ``fail`` makes every delivery raise it."""

    def __init__(self) -> None:
        self.watch = BrokerWatch()
        self.sent: list[tuple[str, list[tuple[bytes | None, bytes]], dict[str, str]]] = []
        self.fail: Exception | None = None
        self.started = self.closed = False

    def start(self, loop) -> None:
        self.started = True

    def close(self, timeout_s: float = 10.0) -> int:
        self.closed = True
        return 0

    async def deliver(self, topic, messages, headers) -> None:
        if self.fail is not None:
            raise self.fail
        self.sent.append((topic, list(messages), {k: v.decode() for k, v in headers}))

    def on(self, topic: str) -> list[tuple[list[tuple[bytes | None, bytes]], dict[str, str]]]:
        return [(m, h) for t, m, h in self.sent if t == topic]


# --- SNS: a key, its self-signed certificate served by an injected fetch, messages signed with it ----------


@functools.cache
def sns_key():
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@functools.cache
def sns_certificate(days: int = 365) -> bytes:
    """A self-signed certificate of :func:`sns_key`, valid from 2024-01-01 (NOW is 2024-06-04) for ``days``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "sns.amazonaws.com")])
    start = datetime(2024, 1, 1, tzinfo=UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(sns_key().public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(start)
            .not_valid_after(start + timedelta(days=days)).sign(sns_key(), hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM)


def sns_signed(message: dict, version: str = "1", key=None) -> dict:
    """``message`` signed as SNS signs it (its ``SigningCertURL`` kept), with ``key`` or the test key."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    out = {**message, "SignatureVersion": version}
    digest = hashes.SHA1() if version == "1" else hashes.SHA256()
    out["Signature"] = base64.b64encode((key or sns_key()).sign(string_to_sign(out), padding.PKCS1v15(), digest)
                                        ).decode()
    return out


class SnsFetch:
    """The app's HTTPS GET: the test certificate for a ``.pem`` URL, SNS's answer for a confirmation; records
    each URL asked and whether it was asked off the event loop. ``fail`` makes every GET raise it."""

    def __init__(self, pem: bytes | None = None):
        self.pem = pem
        self.asked: list[str] = []
        self.on_loop: list[bool] = []
        self.fail: Exception | None = None

    def __call__(self, url: str) -> bytes:
        self.asked.append(url)
        try:
            asyncio.get_running_loop()
            self.on_loop.append(True)
        except RuntimeError:
            self.on_loop.append(False)
        if self.fail is not None:
            raise self.fail
        if "Action=ConfirmSubscription" in url:
            return b"<ConfirmSubscriptionResponse><ConfirmSubscriptionResult><SubscriptionArn>arn</SubscriptionArn>"
        return self.pem or sns_certificate()


def make_client(producer: RecordingProducer | None = None, clock=lambda: NOW, fetch=None, **settings) -> TestClient:
    producer = producer or RecordingProducer()
    app = create_app(GatewaySettings(tokens=TOKENS, **settings), producer, TopicSettings(), Identity(), clock,
                     fetch or SnsFetch())
    return TestClient(app)


@pytest.fixture
def producer() -> RecordingProducer:
    return RecordingProducer()


@pytest.fixture
def client(producer):
    with make_client(producer) as c:
        yield c


def records_of(value: bytes, headers: dict[str, str], kind: str = "alerts"):
    return parse_payload(value, kind, headers, Identity())[1]


# --- who may write ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("headers, query", [
    ({}, ""),
    ({"Authorization": "Bearer tok-nobody"}, ""),
    ({"Authorization": "Bearer "}, ""),
    ({"Authorization": "Token tok-acme"}, ""),
    ({"Authorization": "Basic " + base64.b64encode(b"am:tok-nobody").decode()}, ""),
    ({"Authorization": "Basic not-base64!"}, ""),
    ({}, "?token=tok-nobody"),
    ({"Authorization": "Bearer tok-nobody"}, "?token=tok-acme"),  # a wrong credential is not rescued
], ids=["none", "unknown-bearer", "empty-bearer", "other-scheme", "unknown-basic", "bad-basic", "unknown-query",
        "header-wins"])
def test_a_request_without_a_known_credential_gets_401_and_produces_nothing(client, producer, headers, query):
    r = client.post(f"/hooks/alertmanager{query}", content=ALERTMANAGER, headers=headers)
    assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
    assert "Bearer" in r.json()["error"] and producer.sent == []


@pytest.mark.parametrize("headers, query", [
    ({"Authorization": "Bearer tok-globex"}, ""),
    ({"Authorization": "Basic " + base64.b64encode(b"alertmanager:tok-globex").decode()}, ""),
    ({}, "?token=tok-globex"),
], ids=["bearer", "basic", "query"])
def test_each_way_of_sending_a_token_writes_into_its_workspace(client, producer, headers, query):
    r = client.post(f"/hooks/alertmanager{query}", content=ALERTMANAGER, headers=headers)
    assert r.status_code == 200, r.text
    [(messages, sent_headers)] = producer.on("signalcraft.alerts")
    assert sent_headers["sc-workspace"] == "globex" and messages == [(b"globex/shop/production/checkout", ALERTMANAGER)]


def test_query_tokens_can_be_turned_off():
    with make_client(query_tokens=False) as c:
        assert c.post("/hooks/alertmanager?token=tok-acme", content=ALERTMANAGER).status_code == 401


def test_the_workspace_is_the_tokens_whatever_the_headers_and_labels_say(client, producer):
    body = json.loads(ALERTMANAGER)
    body["alerts"][0]["labels"]["workspace"] = "globex"
    raw = json.dumps(body).encode()
    r = client.post("/hooks/alertmanager", content=raw, headers={**ACME, "sc-workspace": "globex"})
    assert r.status_code == 200 and r.json() == {"accepted": 1, "topic": "signalcraft.alerts", "records": 1}
    [(messages, headers)] = producer.on("signalcraft.alerts")
    assert headers["sc-workspace"] == "acme"
    # what the flow makes of the message: acme's record, though the labels name globex
    assert [r.workspace_id for r in records_of(messages[0][1], headers)] == ["acme"]


def test_one_tenant_cannot_write_records_of_another_in_native_json(client, producer):
    alert = json.loads((EXAMPLES / "alerts" / "signalcraft-alert-firing.json").read_bytes())
    mine, theirs = {**alert, "workspace_id": "acme"}, {**alert, "workspace_id": "globex", "fingerprint": "x"}
    r = client.post("/hooks/signalcraft/alerts", json=[mine, theirs], headers=ACME)
    assert r.status_code == 403 and "globex" in r.json()["error"] and producer.sent == []
    r = client.post("/hooks/signalcraft/alerts", json=theirs, headers={"Authorization": "Bearer tok-globex"})
    assert r.status_code == 200 and producer.on("signalcraft.alerts")[0][1]["sc-workspace"] == "globex"
    r = client.post("/hooks/signalcraft/alerts", json=mine, headers=ACME)
    assert r.status_code == 200 and len(producer.sent) == 2


def test_native_json_without_a_workspace_takes_the_tokens(client, producer):
    change = json.loads((EXAMPLES / "changes" / "signalcraft-change-config-update.json").read_bytes())
    change.pop("workspace_id", None)
    assert client.post("/hooks/signalcraft/changes", json=change, headers=ACME).status_code == 200
    [(messages, headers)] = producer.on("signalcraft.changes")
    assert [r.workspace_id for r in records_of(messages[0][1], headers, "changes")] == ["acme"]


def test_an_anonymous_workspace_takes_requests_without_credentials_only():
    producer = RecordingProducer()
    with make_client(producer, anonymous_workspace="team") as c:
        assert c.post("/hooks/alertmanager", content=ALERTMANAGER).status_code == 200
        assert c.post("/hooks/alertmanager", content=ALERTMANAGER, headers={"Authorization": "Bearer x"}
                      ).status_code == 401
    assert [h["sc-workspace"] for _, _, h in producer.sent] == ["team"]


def test_an_app_that_nobody_could_write_to_is_not_made():
    with pytest.raises(ValueError, match="SIGNALCRAFT_GATEWAY_TOKENS"):
        create_app(GatewaySettings(), RecordingProducer())


def test_a_bad_token_map_is_refused_without_echoing_it():
    with pytest.raises(ValueError) as info:
        GatewaySettings(tokens='{"tok-s3cr3t": ""}')
    assert "tok-s3cr3t" not in str(info.value) and "entry 1" in str(info.value)


# --- what a path takes ---------------------------------------------------------------------------------------


def test_the_headers_carry_format_workspace_arrival_and_the_senders_hints(client, producer):
    r = client.post("/hooks/argocd?environment=staging", content=(EXAMPLES / "changes" / "argocd-app-failed.json")
                    .read_bytes(), headers={**ACME, "sc-service": "payments-api", "x-unrelated": "no"})
    assert r.status_code == 200, r.text
    [(_, headers)] = producer.on("signalcraft.changes")
    assert headers == {"sc-format": "argocd", "sc-workspace": "acme", "sc-event-time": "1717510020000",
                       "sc-environment": "staging", "sc-service": "payments-api"}


NOT_SERVED = {
    "alertmanager-alerts": "an Alertmanager API answer, polled by signalcraft collect-silences; no tool posts it",
    "signalcraft-silence-suggestion": "the flow's own output, read back from its topic",
}
"""Formats the pipeline reads that no path takes, each with its reason. A new format fails the test
below until it gets a path in gateway/routes.py or a line here."""
GITHUB = {"github-deployment": "deployment", "github-deployment-status": "deployment_status",
          "github-release": "release", "github-push": "push"}


def test_every_format_the_pipeline_reads_has_a_path_or_a_reason():
    from signalcraft.sources.adapters import REGISTRY

    served = {h.format for h in HOOKS if isinstance(h.format, str)} | set(GITHUB)
    assert set(REGISTRY) - served == set(NOT_SERVED)
    assert len({h.path for h in HOOKS}) == len(HOOKS)


def test_every_example_payload_is_taken_on_its_path(client, producer):
    """Each bundled example posted to the path of its format is produced to its stream's topic. The
    CloudWatch examples carry placeholder signatures: they are signed with the test key, whose
    certificate the app fetches through the injected fetch, and posted as SNS posts them."""
    by_format = {h.format: h for h in HOOKS if isinstance(h.format, str)}
    names = sorted({*by_format, *GITHUB, *NOT_SERVED}, key=len, reverse=True)
    taken = 0
    for example in sorted(EXAMPLES.glob("*/*.json")):
        fmt = next((f for f in names if example.stem.startswith(f)), None)
        assert fmt is not None, f"no format named by {example.name}"
        if fmt in NOT_SERVED or fmt == "prometheus-kafka-adapter":  # the latter: what /api/v1/write produces
            continue
        path, extra = ("/hooks/github", {"x-github-event": GITHUB[fmt]}) if fmt in GITHUB else (by_format[fmt].path, {})
        body = example.read_bytes()
        if fmt == "cloudwatch-sns":
            body = json.dumps(sns_signed(json.loads(body))).encode()
            extra = {"content-type": "text/plain; charset=UTF-8"}
        r = client.post(path, content=body, headers={**ACME, **extra})
        assert r.status_code == 200 and r.json()["records"] >= 1, (example.name, r.text)
        assert producer.sent[-1][0] == f"signalcraft.{example.parent.name}"
        taken += 1
    assert taken >= 25 and len(producer.sent) == taken


@pytest.mark.parametrize("path, body, content_type, status, step", [
    ("/hooks/alertmanager", b'{"alerts": [', "application/json", 400, "json"),
    ("/hooks/alertmanager", (EXAMPLES / "alerts" / "grafana-firing.json").read_bytes(), "application/json", 400,
     "format"),
    ("/hooks/launchdarkly", b'["not", "an", "object"]', "application/json", 400, "format"),
    ("/hooks/alertmanager", b"payload=%7B%7D", "application/x-www-form-urlencoded", 415, "format"),
    ("/v1/logs", b"\x0a\x00", "application/x-protobuf", 415, "format"),
], ids=["broken-json", "grafana-on-alertmanager", "array-on-launchdarkly", "form", "otlp-protobuf"])
def test_a_body_that_is_not_what_its_path_expects_is_refused_and_dead_lettered(client, producer, path, body,
                                                                                content_type, status, step):
    r = client.post(path, content=body, headers={**ACME, "content-type": content_type})
    assert r.status_code == status, r.text
    [(messages, headers)] = producer.on("signalcraft.dlq")
    assert messages == [(None, body)] and producer.on("signalcraft.alerts") == []
    assert headers["sc-dlq-step"] == step and headers["sc-dlq-reason"] == r.json()["error"]
    assert headers["sc-workspace"] == "acme" and headers["sc-dlq-offset"] == "-1"
    assert headers["sc-dlq-topic"] == {"/hooks/launchdarkly": "signalcraft.changes", "/v1/logs": "signalcraft.logs"
                                       }.get(path, "signalcraft.alerts")


def test_a_dead_letter_of_the_gateway_has_the_shape_of_the_flows():
    from signalcraft.sinks.kafka import dead_letter_message

    dead = dead_letter("signalcraft.alerts", "/hooks/alertmanager", "alertmanager",
                       {"sc-format": "alertmanager", "sc-workspace": "acme"}, b"{", "json", "not JSON")
    assert dead_letter_headers(dead) == dead_letter_message(dead).headers
    again = dead_letter("signalcraft.alerts", "/hooks/alertmanager", "alertmanager", {"sc-workspace": "acme"}, b"{",
                        "json", "not JSON")
    other = dead_letter("signalcraft.alerts", "/hooks/alertmanager", "alertmanager", {"sc-workspace": "acme"}, b"[",
                        "json", "not JSON")
    assert dead.id == again.id != other.id  # the same body refused twice is one dead letter


def test_a_body_the_adapter_refuses_is_produced_for_the_flow_to_dead_letter(client, producer):
    push = json.loads((EXAMPLES / "changes" / "github-push-two-commits.json").read_bytes())
    push["commits"] = []  # a branch created: nothing to keep, and the flow says so
    r = client.post("/hooks/github", json=push, headers={**ACME, "x-github-event": "push"})
    assert r.status_code == 200 and r.json()["records"] == 0 and "without commits" in r.json()["dead_letter"]
    [(messages, headers)] = producer.on("signalcraft.changes")
    assert messages[0][0] is None and headers["x-github-event"] == "push" and producer.on("signalcraft.dlq") == []


def test_gzip_bodies_are_read_and_produced_decompressed(client, producer):
    import gzip

    logs = (EXAMPLES / "logs" / "otlp-logs-checkout-errors.json").read_bytes()
    r = client.post("/v1/logs", content=gzip.compress(logs), headers={**ACME, "content-encoding": "gzip",
                                                                        "content-type": "application/json"})
    assert r.status_code == 200, r.text
    assert producer.on("signalcraft.logs")[0][0][0][1] == logs
    r = client.post("/v1/logs", content=logs, headers={**ACME, "content-encoding": "br"})
    assert r.status_code == 415


@pytest.mark.parametrize("declared", [True, False], ids=["content-length", "streamed"])
def test_a_body_over_the_limit_gets_413(producer, declared):
    with make_client(producer, max_body_bytes=1000) as c:
        body = b"x" * 1001
        content = body if declared else iter([body[:600], body[600:]])
        r = c.post("/hooks/alertmanager", content=content, headers=ACME)
        assert r.status_code == 413 and "1000" in r.json()["error"]
        assert c.post("/hooks/alertmanager", content=ALERTMANAGER[:1000], headers=ACME).status_code == 400
    assert [t for t, _, _ in producer.sent] == ["signalcraft.dlq"]  # the 400 is dead-lettered, the 413 not


def test_a_gzip_body_that_inflates_over_the_limit_gets_413(producer):
    import gzip

    with make_client(producer, max_body_bytes=2000) as c:
        r = c.post("/v1/logs", content=gzip.compress(b" " * 5000), headers={**ACME, "content-encoding": "gzip"})
    assert r.status_code == 413 and producer.sent == []


def test_github_ping_is_answered_other_events_are_accepted_and_not_kept(client, producer):
    assert client.post("/hooks/github", json={"zen": "x"}, headers={**ACME, "x-github-event": "ping"}).json() == \
        {"pong": True}
    r = client.post("/hooks/github", json={"action": "opened"}, headers={**ACME, "x-github-event": "issues"})
    assert r.status_code == 202 and "'issues' is not read" in r.json()["ignored"]
    r = client.post("/hooks/github", json={"action": "opened"}, headers=ACME)
    assert r.status_code == 400 and "X-GitHub-Event" in r.json()["error"]
    assert [t for t, _, _ in producer.sent] == ["signalcraft.dlq"]


def test_a_dead_letter_claims_no_format_the_headers_did_not_name(client, producer):
    assert client.post("/hooks/github", json={"action": "opened"}, headers=ACME).status_code == 400
    [(_, headers)] = producer.on("signalcraft.dlq")
    assert "sc-format" not in headers and "sc-dlq-format" not in headers and headers["sc-dlq-step"] == "format"


def test_a_sender_that_keeps_failing_is_one_warning_not_one_per_request(client, caplog):
    with caplog.at_level(logging.WARNING, logger="signalcraft.gateway"):
        for _ in range(50):
            client.post("/hooks/alertmanager", content=ALERTMANAGER, headers={"Authorization": "Bearer wrong"})
        client.post("/hooks/grafana", content=ALERTMANAGER, headers={"Authorization": "Bearer wrong"})
    lines = [r.getMessage() for r in caplog.records if r.name == "signalcraft.gateway.app"]
    assert lines == ["/hooks/alertmanager: refused a request without a known credential",
                     "/hooks/grafana: refused a request without a known credential"]


def test_only_post_and_put_reach_a_hook(client, producer):
    assert client.get("/hooks/alertmanager", headers=ACME).status_code == 405
    assert client.put("/hooks/grafana", content=(EXAMPLES / "alerts" / "grafana-firing.json").read_bytes(),
                      headers=ACME).status_code == 200
    assert client.post("/hooks/nothing", headers=ACME).status_code == 404


# --- Kafka's answers ----------------------------------------------------------------------------------------


def test_kafka_unavailable_is_503_with_retry_after(producer):
    producer.fail = Unavailable("Kafka is unreachable")
    with make_client(producer, retry_after_s=7) as c:
        r = c.post("/hooks/alertmanager", content=ALERTMANAGER, headers=ACME)
    assert r.status_code == 503 and r.headers["retry-after"] == "7" and "unreachable" in r.json()["error"]


def test_a_message_kafka_refuses_as_too_large_is_413(client, producer):
    producer.fail = Rejected(413, "Kafka refused the message as too large")
    assert client.post("/hooks/alertmanager", content=ALERTMANAGER, headers=ACME).status_code == 413


def test_a_failure_to_write_a_dead_letter_keeps_the_400(client, producer, caplog):
    producer.fail = Unavailable("Kafka is unreachable")
    with caplog.at_level(logging.WARNING, logger="signalcraft.gateway"):
        r = client.post("/hooks/alertmanager", content=b"{", headers=ACME)
    assert r.status_code == 400
    assert any("was not written to signalcraft.dlq" in rec.getMessage() for rec in caplog.records)


def test_probes_and_metrics(producer):
    with make_client(producer) as c:
        assert producer.started
        c.post("/hooks/alertmanager", content=ALERTMANAGER, headers=ACME)
        c.post("/hooks/alertmanager", content=b"{", headers=ACME)
        c.post("/hooks/alertmanager", content=ALERTMANAGER)
        assert c.get("/healthz").text == "ok\n" and c.get("/readyz").status_code == 200
        from confluent_kafka import KafkaError

        producer.watch.error(KafkaError(KafkaError._ALL_BROKERS_DOWN))
        assert c.get("/readyz").status_code == 503 and c.get("/healthz").status_code == 200
        text = c.get("/metrics").text
    assert producer.closed
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for f in text_string_to_metric_families(text) for s in f.samples}
    path = ("path", "/hooks/alertmanager")
    assert samples[("signalcraft_gateway_requests_total", (("code", "200"), path))] == 1
    assert samples[("signalcraft_gateway_requests_total", (("code", "400"), path))] == 1
    assert samples[("signalcraft_gateway_requests_total", (("code", "401"), path))] == 1
    assert samples[("signalcraft_gateway_messages_total", (("topic", "signalcraft.alerts"),))] == 1
    assert samples[("signalcraft_gateway_dead_letters_total", (("step", "json"),))] == 1
    assert samples[("signalcraft_gateway_ack_seconds_count", ())] == 1
    assert samples[("signalcraft_gateway_broker_reachable", ())] == 0


# --- secrets ------------------------------------------------------------------------------------------------


def test_no_token_secret_or_signature_reaches_the_log(producer, caplog):
    from signalcraft.gateway.signatures import hex_hmac

    secret = "gh-hook-s3cr3t"
    caplog.set_level(logging.DEBUG)
    with make_client(producer, github_secrets=json.dumps({"acme": secret})) as c:
        push = (EXAMPLES / "changes" / "github-push-two-commits.json").read_bytes()
        good = "sha256=" + hex_hmac(secret.encode(), push)
        forged = "sha256=" + hex_hmac(b"guess", push)
        for headers, query in (({**ACME, "x-hub-signature-256": forged}, ""), ({"x-hub-signature-256": good},
                               "?token=tok-acme"), ({"Authorization": "Bearer tok-wrong-guess"}, "")):
            c.post(f"/hooks/github{query}", content=push, headers={**headers, "x-github-event": "push"})
        c.post("/hooks/alertmanager?token=tok-acme", content=b"{broken")
    text = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith(("httpx", "httpcore")))
    assert "refused a request of workspace acme" in text  # the forged signature was logged, without itself
    for leak in ("tok-acme", "tok-wrong-guess", secret, good[7:], forged[7:], "token="):
        assert leak not in text, leak


# --- the command ------------------------------------------------------------------------------------------


def test_the_command_serves_with_tls_and_without_an_access_log(monkeypatch):
    import uvicorn

    from signalcraft.cli import main

    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: ran.update(kwargs, app=app))
    monkeypatch.setenv("SIGNALCRAFT_GATEWAY_TOKENS", TOKENS)
    assert main(["gateway", "--bootstrap-servers", "127.0.0.1:9", "--port", "8443", "--ssl-keyfile", "key.pem",
                 "--ssl-certfile", "cert.pem"]) == 0
    assert (ran["port"], ran["ssl_keyfile"], ran["ssl_certfile"]) == (8443, "key.pem", "cert.pem")
    assert ran["access_log"] is False and ran["log_config"] is None  # an access log would print ?token=
    assert any(getattr(r, "path", None) == "/api/v1/write" for r in ran["app"].routes)


@pytest.mark.parametrize("env, args, said", [
    ({"SIGNALCRAFT_GATEWAY_TOKENS": TOKENS}, ["--ssl-keyfile", "key.pem"], "both --ssl-keyfile and --ssl-certfile"),
    ({}, [], "no credentials: set SIGNALCRAFT_GATEWAY_TOKENS"),
], ids=["half-tls", "no-tokens"])
def test_the_command_refuses_to_start_in_one_line(monkeypatch, capsys, env, args, said):
    import uvicorn

    from signalcraft.cli import main

    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: pytest.fail("must not serve"))
    monkeypatch.delenv("SIGNALCRAFT_GATEWAY_TOKENS", raising=False)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    assert main(["gateway", "--bootstrap-servers", "127.0.0.1:9", *args]) == 1
    assert said in capsys.readouterr().err


def test_a_query_token_when_query_tokens_are_off_is_refused_even_with_an_anonymous_workspace():
    with make_client(query_tokens=False, anonymous_workspace="team") as c:
        assert c.post("/hooks/alertmanager?token=tok-acme", content=ALERTMANAGER).status_code == 401
