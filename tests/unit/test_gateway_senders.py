"""The paths of Datadog, Opsgenie, Sentry and CloudWatch (through SNS) through the app: each produces
to the alerts topic with its ``sc-format`` and the token's workspace; Sentry's signature and its
other resources; SNS's signature on every message (a key and a self-signed certificate made here,
served by the fetch the app is given), its subscription handshake, and the production fetch against
a local HTTPS server."""

from __future__ import annotations

import json
import logging
import ssl
import threading
import urllib.error
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from signalcraft.config.gateway import GatewaySettings
from signalcraft.gateway.app import create_app
from signalcraft.gateway.signatures import hex_hmac
from signalcraft.gateway.sns import https_get
from signalcraft.models import AlertEvent, AuditEntry
from signalcraft.params import Identity
from signalcraft.sources.decode import parse_payload
from tests.unit.test_gateway_app import (
    ACME,
    NOW,
    RecordingProducer,
    SnsFetch,
    make_client,
    sns_certificate,
    sns_signed,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
GLOBEX = {"Authorization": "Bearer tok-globex"}
TOPIC = "arn:aws:sns:eu-west-1:123456789012:signalcraft-alarms"
CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-60eadc530605d63b8e62a523676ef735.pem"
SUBSCRIBE_URL = f"https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}&Token=2336412f37fb"
SNS_TYPE = {"content-type": "text/plain; charset=UTF-8"}  # what SNS sends
SENTRY_SECRET = "sentry-client-s3cr3t"


def example(name: str) -> bytes:
    return (EXAMPLES / f"{name}.json").read_bytes()


def records(producer: RecordingProducer) -> list:
    [(messages, headers)] = producer.on("signalcraft.alerts")
    return parse_payload(messages[0][1], "alerts", headers, Identity())[1]


@pytest.fixture
def producer() -> RecordingProducer:
    return RecordingProducer()


# --- Datadog and Opsgenie: plain paths ---------------------------------------------------------------------


@pytest.mark.parametrize("path, name, status", [
    ("/hooks/datadog", "datadog-monitor-triggered", "firing"),
    ("/hooks/datadog", "datadog-default-triggered", "firing"),
    ("/hooks/datadog", "datadog-monitor-recovered", "resolved"),
    ("/hooks/opsgenie", "opsgenie-alert-create", "firing"),
    ("/hooks/opsgenie", "opsgenie-alert-close", "resolved"),
])
def test_datadog_and_opsgenie_alerts_reach_the_alerts_topic_in_the_tokens_workspace(producer, path, name, status):
    body = example(name)
    with make_client(producer) as c:
        r = c.post(path, content=body, headers=GLOBEX)
    assert r.status_code == 200 and r.json() == {"accepted": 1, "topic": "signalcraft.alerts", "records": 1}
    [(messages, headers)] = producer.on("signalcraft.alerts")
    assert messages[0][1] == body and headers["sc-format"] == path.rsplit("/", 1)[1]
    assert headers["sc-workspace"] == "globex"
    [alert] = records(producer)
    assert isinstance(alert, AlertEvent) and alert.workspace_id == "globex" and alert.status == status


def test_an_opsgenie_acknowledgement_arrives_on_the_alerts_topic_and_becomes_an_ack(producer):
    with make_client(producer) as c:
        r = c.post("/hooks/opsgenie?token=tok-acme", content=example("opsgenie-alert-acknowledge"))
    assert r.status_code == 200 and r.json()["records"] == 1
    assert producer.on("signalcraft.alerts")[0][1]["sc-format"] == "opsgenie" and producer.on("signalcraft.audit") == []
    [ack] = records(producer)
    assert isinstance(ack, AuditEntry) and (ack.action, ack.workspace_id) == ("ack", "acme")


def test_a_body_of_another_tool_on_these_paths_is_refused_and_dead_lettered(producer):
    with make_client(producer) as c:
        datadog = c.post("/hooks/datadog", content=example("opsgenie-alert-create"), headers=ACME)
        opsgenie = c.post("/hooks/opsgenie", content=example("datadog-monitor-triggered"), headers=ACME)
    assert datadog.status_code == opsgenie.status_code == 400
    assert "not a datadog payload" in datadog.json()["error"] and "not a opsgenie payload" in opsgenie.json()["error"]
    assert producer.on("signalcraft.alerts") == [] and len(producer.on("signalcraft.dlq")) == 2


# --- Sentry ------------------------------------------------------------------------------------------------


def sentry_client(producer: RecordingProducer):
    return make_client(producer, sentry_secrets=json.dumps({"acme": SENTRY_SECRET}))


def sentry_headers(body: bytes, resource: str | None, secret: str = SENTRY_SECRET) -> dict[str, str]:
    headers = {**ACME, "sentry-hook-signature": hex_hmac(secret.encode(), body), "sentry-hook-timestamp": "1717510092"}
    return headers if resource is None else {**headers, "sentry-hook-resource": resource}


@pytest.mark.parametrize("name, resource, status", [
    ("sentry-issue-alert", "event_alert", "firing"),
    ("sentry-issue-resolved", "issue", "resolved"),
])
def test_a_signed_sentry_webhook_is_produced_with_its_resource(producer, name, resource, status):
    body = example(name)
    with sentry_client(producer) as c:
        r = c.post("/hooks/sentry", content=body, headers=sentry_headers(body, resource))
    assert r.status_code == 200 and r.json()["records"] == 1, r.text
    [(messages, headers)] = producer.on("signalcraft.alerts")
    assert messages[0][1] == body and headers["sentry-hook-resource"] == resource
    assert (headers["sc-format"], headers["sc-workspace"]) == ("sentry", "acme")
    assert "sentry-hook-signature" not in headers and "sentry-hook-timestamp" not in headers
    [alert] = records(producer)
    assert (alert.workspace_id, alert.status) == ("acme", status)


@pytest.mark.parametrize("case", ["forged", "missing", "tampered", "other-secret"])
def test_a_sentry_webhook_without_a_valid_signature_is_401_and_not_produced(producer, case):
    body = example("sentry-issue-alert")
    headers = sentry_headers(body, "event_alert")
    if case == "forged":
        headers["sentry-hook-signature"] = "0" * 64
    elif case == "missing":
        del headers["sentry-hook-signature"]
    elif case == "other-secret":
        headers = sentry_headers(body, "event_alert", secret="someone-elses")
    sent = body.replace(b'"level": "error"', b'"level": "info"') if case == "tampered" else body
    assert sent != body or case != "tampered"
    with sentry_client(producer) as c:
        r = c.post("/hooks/sentry", content=sent, headers=headers)
    assert r.status_code == 401 and "Sentry-Hook-Signature" in r.json()["error"]
    assert producer.sent == []


@pytest.mark.parametrize("resource", ["installation", "metric_alert", "error", "comment"])
def test_sentrys_other_resources_are_accepted_and_not_produced(producer, resource):
    body = json.dumps({"action": "created", "data": {}, "installation": {"uuid": "u-1"}}).encode()
    with sentry_client(producer) as c:
        r = c.post("/hooks/sentry", content=body, headers=sentry_headers(body, resource))
        unsigned = c.post("/hooks/sentry", content=body, headers={**ACME, "sentry-hook-resource": resource})
    assert r.status_code == 202 and f"{resource!r} is not read" in r.json()["ignored"]
    assert unsigned.status_code == 401  # the signature is checked first, whatever the resource
    assert producer.sent == []


def test_sentry_without_a_secret_for_the_workspace_takes_the_token_alone_and_the_plugin_body(producer):
    plugin = example("sentry-plugin-alert")
    with sentry_client(producer) as c:  # the secret is acme's; globex has none
        r = c.post("/hooks/sentry", content=plugin, headers=GLOBEX)
    assert r.status_code == 200 and r.json()["records"] == 1
    [(_, headers)] = producer.on("signalcraft.alerts")
    assert headers["sc-workspace"] == "globex" and "sentry-hook-resource" not in headers


# --- CloudWatch through SNS ------------------------------------------------------------------------------


def alarm(name: str = "cloudwatch-sns-alarm", **changes) -> dict:
    return {**json.loads(example(name)), **changes}


def confirmation(kind: str = "SubscriptionConfirmation") -> dict:
    return {"Type": kind, "MessageId": "165545c9-2a5c-472c-8df2-7ff2be2b3b1b", "Token": "2336412f37fb",
            "TopicArn": TOPIC, "Message": f"You have chosen to subscribe to the topic {TOPIC}.",
            "SubscribeURL": SUBSCRIBE_URL, "Timestamp": "2024-06-04T13:58:01.751Z", "SigningCertURL": CERT_URL}


def post_sns(message: dict, producer: RecordingProducer, fetch: SnsFetch, clock=lambda: NOW, **settings):
    with make_client(producer, clock=clock, fetch=fetch, **settings) as c:
        return c.post("/hooks/cloudwatch", content=json.dumps(message).encode(), headers={**ACME, **SNS_TYPE})


@pytest.mark.parametrize("version", ["1", "2"])
@pytest.mark.parametrize("name, status", [("cloudwatch-sns-alarm", "firing"), ("cloudwatch-sns-ok", "resolved")])
def test_a_verified_notification_is_produced_as_it_came(producer, version, name, status):
    fetch = SnsFetch()
    message = sns_signed(alarm(name), version)
    r = post_sns(message, producer, fetch)
    assert r.status_code == 200 and r.json()["records"] == 1, r.text
    [(messages, headers)] = producer.on("signalcraft.alerts")
    assert json.loads(messages[0][1]) == message
    assert (headers["sc-format"], headers["sc-workspace"]) == ("cloudwatch-sns", "acme")
    [alert] = records(producer)
    assert (alert.workspace_id, alert.status) == ("acme", status)
    assert fetch.asked == [CERT_URL] and fetch.on_loop == [False]  # fetched in a thread, not on the event loop


def test_the_certificate_is_fetched_once_per_app(producer):
    fetch = SnsFetch()
    with make_client(producer, fetch=fetch) as c:
        for name in ("cloudwatch-sns-alarm", "cloudwatch-sns-ok", "cloudwatch-sns-alarm"):
            body = json.dumps(sns_signed(alarm(name))).encode()
            assert c.post("/hooks/cloudwatch", content=body, headers={**ACME, **SNS_TYPE}).status_code == 200
    assert fetch.asked == [CERT_URL] and len(producer.on("signalcraft.alerts")) == 3


@pytest.mark.parametrize("change", ["message", "subject", "topic", "signature", "other-key"])
def test_a_message_that_does_not_verify_is_401_logged_and_not_produced(producer, caplog, change):
    from cryptography.hazmat.primitives.asymmetric import rsa

    message = sns_signed(alarm())
    if change == "message":
        message["Message"] = message["Message"].replace('"ALARM"', '"OK"')
    elif change == "subject":
        message["Subject"] = "OK: all is well"
    elif change == "topic":
        message["TopicArn"] = TOPIC.replace("alarms", "other")
    elif change == "signature":
        message["Signature"] = message["Signature"][:-8] + "AAAAAAA="
    else:
        message = sns_signed(alarm(), key=rsa.generate_private_key(public_exponent=65537, key_size=2048))
    with caplog.at_level(logging.WARNING, logger="signalcraft.gateway"):
        r = post_sns(message, producer, SnsFetch())
    assert r.status_code == 401 and "does not match the message" in r.json()["error"]
    assert producer.sent == []  # not to the alerts topic, not to the DLQ
    [line] = [rec.getMessage() for rec in caplog.records if rec.name == "signalcraft.gateway.app"]
    assert "refused a request of workspace acme" in line and "does not match" in line
    assert "AlarmName" not in line and message["Signature"] not in line  # never the payload or the signature


@pytest.mark.parametrize("url, said", [
    ("https://sns.eu-west-1.amazonaws.com.evil.example/SimpleNotificationService-x.pem", "is not an SNS host"),
    ("https://evil.example/SimpleNotificationService-x.pem", "is not an SNS host"),
    ("http://sns.eu-west-1.amazonaws.com/SimpleNotificationService-x.pem", "is not https"),
    ("https://sns.eu-west-1.amazonaws.com:8443/SimpleNotificationService-x.pem", "a port other than 443"),
])
def test_a_certificate_url_off_sns_is_refused_without_being_fetched(producer, url, said):
    fetch = SnsFetch()
    r = post_sns(sns_signed(alarm(SigningCertURL=url)), producer, fetch)
    assert r.status_code == 401 and said in r.json()["error"]
    assert fetch.asked == [] and producer.sent == []


def test_a_subscription_confirmation_visits_its_subscribe_url_once_and_produces_nothing(producer, caplog):
    fetch = SnsFetch()
    with caplog.at_level(logging.INFO, logger="signalcraft.gateway"):
        r = post_sns(sns_signed(confirmation()), producer, fetch)
    assert r.status_code == 200 and r.json() == {"subscribed": TOPIC}
    assert fetch.asked == [CERT_URL, SUBSCRIBE_URL] and fetch.on_loop == [False, False]
    assert producer.sent == []
    assert f"subscribed to SNS topic {TOPIC}" in caplog.text and "Token=" not in caplog.text


def test_a_forged_subscription_confirmation_visits_nothing(producer):
    fetch = SnsFetch()
    forged = sns_signed(confirmation())
    forged["SubscribeURL"] = SUBSCRIBE_URL.replace("Token=2336412f37fb", "Token=attacker")
    r = post_sns(forged, producer, fetch)
    assert r.status_code == 401 and fetch.asked == [CERT_URL] and producer.sent == []


def test_an_unsubscribe_confirmation_is_answered_and_produces_nothing(producer):
    fetch = SnsFetch()
    r = post_sns(sns_signed(confirmation("UnsubscribeConfirmation")), producer, fetch)
    assert r.status_code == 200 and r.json() == {"unsubscribed": TOPIC}
    assert fetch.asked == [CERT_URL] and producer.sent == []
    unsigned = confirmation("UnsubscribeConfirmation") | {"SignatureVersion": "1", "Signature": "AAAA"}
    assert post_sns(unsigned, producer, fetch).status_code == 401


def test_only_the_listed_topics_are_taken_and_another_is_refused_before_any_fetch(producer):
    fetch = SnsFetch()
    listed = post_sns(sns_signed(alarm()), producer, fetch, sns_topics=[TOPIC])
    other_topic = TOPIC.replace("alarms", "other")
    other = post_sns(sns_signed(confirmation() | {"TopicArn": other_topic}), producer, fetch, sns_topics=[TOPIC])
    assert listed.status_code == 200 and other.status_code == 401 and "not an accepted topic" in other.json()["error"]
    assert fetch.asked == [CERT_URL] and len(producer.sent) == 1  # the other topic's handshake: nothing fetched


@pytest.mark.parametrize("body, said", [
    (b"Action=Publish&Message=hi", "not JSON"),
    (json.dumps(["Notification"]).encode(), "expected a JSON object"),
    (json.loads(example("cloudwatch-sns-alarm"))["Message"].encode(), "raw message delivery"),
    (json.dumps({"Type": "Publish", "TopicArn": TOPIC, "MessageId": "m"}).encode(), "Type 'Publish'"),
], ids=["form", "array", "raw-delivery", "unknown-type"])
def test_a_body_that_is_no_sns_message_is_400_and_not_produced(producer, body, said):
    fetch = SnsFetch()
    with make_client(producer, fetch=fetch) as c:
        r = c.post("/hooks/cloudwatch", content=body, headers={**ACME, **SNS_TYPE})
    assert r.status_code == 400 and said in r.json()["error"]
    assert fetch.asked == [] and producer.sent == []


def test_a_certificate_outside_its_validity_at_the_gateways_clock_is_refused(producer):
    later = (datetime(2024, 1, 1, tzinfo=UTC) + timedelta(days=400)).timestamp()
    r = post_sns(sns_signed(alarm()), producer, SnsFetch(), clock=lambda: later)
    assert r.status_code == 401 and "not at" in r.json()["error"] and producer.sent == []


def test_when_aws_cannot_be_reached_sns_gets_503_to_retry_and_nothing_is_kept_as_fetched(producer):
    fetch = SnsFetch()
    fetch.fail = urllib.error.URLError("timed out")
    with make_client(producer, fetch=fetch, retry_after_s=9) as c:
        body = json.dumps(sns_signed(alarm())).encode()
        down = c.post("/hooks/cloudwatch", content=body, headers={**ACME, **SNS_TYPE})
        handshake = c.post("/hooks/cloudwatch", content=json.dumps(sns_signed(confirmation())).encode(), headers=ACME)
        fetch.fail = None
        up = c.post("/hooks/cloudwatch", content=body, headers={**ACME, **SNS_TYPE})
    assert down.status_code == handshake.status_code == 503 and down.headers["retry-after"] == "9"
    assert "fetching the signing certificate" in down.json()["error"]
    assert up.status_code == 200 and fetch.asked == [CERT_URL, CERT_URL, CERT_URL]  # a failure is not cached
    assert len(producer.sent) == 1


def test_a_confirmation_whose_visit_fails_is_503(producer):
    fetch = SnsFetch()
    with make_client(producer, fetch=fetch) as c:
        c.post("/hooks/cloudwatch", content=json.dumps(sns_signed(alarm())).encode(), headers=ACME)  # cert kept
        fetch.fail = urllib.error.HTTPError(SUBSCRIBE_URL, 403, "Forbidden", None, None)
        r = c.post("/hooks/cloudwatch", content=json.dumps(sns_signed(confirmation())).encode(), headers=ACME)
    assert r.status_code == 503 and "SNS did not confirm the subscription" in r.json()["error"]
    assert "Token=" not in r.json()["error"] and fetch.asked == [CERT_URL, SUBSCRIBE_URL]


def test_sns_without_a_credential_is_refused_before_anything_is_fetched(producer):
    fetch = SnsFetch()
    with make_client(producer, fetch=fetch) as c:
        r = c.post("/hooks/cloudwatch", content=json.dumps(sns_signed(confirmation())).encode(), headers=SNS_TYPE)
    assert r.status_code == 401 and fetch.asked == []


def test_the_app_fetches_with_https_get_unless_told_otherwise():
    app = create_app(GatewaySettings(tokens='{"t": "acme"}'), RecordingProducer())
    assert app.state.gateway.services.sns.fetch is https_get


def test_sns_topics_must_be_sns_topic_arns():
    assert GatewaySettings(sns_topics=[TOPIC]).sns_topics == (TOPIC,)
    with pytest.raises(ValueError, match="entry 2 'arn:aws:sqs:eu-west-1:1:q' is not an SNS topic ARN"):
        GatewaySettings(sns_topics=[TOPIC, "arn:aws:sqs:eu-west-1:1:q"])
    with pytest.raises(ValueError, match="leave it unset"):
        GatewaySettings(sns_topics=[])


# --- the production fetch, against a local HTTPS server ------------------------------------------------------


@pytest.fixture(scope="module")
def https_server(tmp_path_factory):
    """A local HTTPS server (its own CA-less self-signed certificate for 127.0.0.1): ``/cert.pem`` a PEM,
    ``/moved`` a redirect to it, ``/big`` 70 kB; yields ``(base URL, a context that trusts it, paths hit)``."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                       serialization.NoEncryption()))
    hits: list[str] = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            if self.path == "/moved":
                self.send_response(302)
                self.send_header("Location", "/cert.pem")
                self.end_headers()
                return
            body = b"x" * 70_000 if self.path == "/big" else sns_certificate()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    trusting = ssl.create_default_context(cafile=str(folder / "cert.pem"))
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}", trusting, hits
    finally:
        server.shutdown()
        server.server_close()


def test_https_get_reads_the_body_and_follows_no_redirect(https_server):
    base, trusting, hits = https_server
    assert https_get(f"{base}/cert.pem", context=trusting) == sns_certificate()
    hits.clear()
    with pytest.raises(urllib.error.HTTPError) as moved:
        https_get(f"{base}/moved", context=trusting)
    assert moved.value.code == 302 and hits == ["/moved"]  # the redirect's target was not asked
    with pytest.raises(ValueError, match="over 65536 bytes"):
        https_get(f"{base}/big", context=trusting)


def test_https_get_checks_the_servers_certificate(https_server):
    base, _, _ = https_server
    with pytest.raises(urllib.error.URLError, match="CERTIFICATE_VERIFY_FAILED"):
        https_get(f"{base}/cert.pem")  # the system's CAs do not know the local server's certificate
