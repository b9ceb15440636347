"""Vendor signatures: GitHub, LaunchDarkly, PagerDuty V3, Grafana (with its timestamp) and Sentry, each
valid, forged, missing and, where the vendor signs a time, replayed; per workspace; through the app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.config.gateway import GatewaySettings
from signalcraft.gateway.auth import Signatures
from signalcraft.gateway.signatures import (
    GITHUB,
    GRAFANA,
    LAUNCHDARKLY,
    PAGERDUTY,
    SCHEMES,
    SENTRY,
    Scheme,
    Unsigned,
    Window,
    hex_hmac,
)
from tests.unit.test_gateway_app import ACME, NOW, RecordingProducer, make_client

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"
BODY = b'{"action": "created", "n": 1}'
SECRET = b"s3cr3t-value"
WINDOW = Window(NOW, 300)


def test_github_documents_this_signature():
    # the example in GitHub's "Validating webhook deliveries"
    assert hex_hmac(b"It's a Secret to Everybody", b"Hello, World!") == \
        "757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17"


def signed(scheme: Scheme, secret: bytes, body: bytes, stamp: int = int(NOW)) -> dict[str, str]:
    digest = hex_hmac(secret, body)
    if scheme is GITHUB:
        return {"x-hub-signature-256": f"sha256={digest}"}
    if scheme is LAUNCHDARKLY:
        return {"x-ld-signature": digest}
    if scheme is PAGERDUTY:
        return {"x-pagerduty-signature": f"v1={digest}"}
    if scheme is SENTRY:
        return {"sentry-hook-signature": digest}
    return {"x-grafana-alerting-signature": hex_hmac(secret, f"{stamp}:".encode() + body),
            "x-grafana-alerting-timestamp": str(stamp)}


SIGNED = [GITHUB, LAUNCHDARKLY, PAGERDUTY, GRAFANA, SENTRY]


def test_every_scheme_is_tested_and_has_its_setting():
    assert set(SCHEMES) == {s.name for s in SIGNED}
    assert all(s.secret_setting in GatewaySettings.model_fields for s in SIGNED)


@pytest.mark.parametrize("scheme", SIGNED, ids=lambda s: s.name)
def test_a_valid_signature_passes(scheme):
    scheme.check(SECRET, signed(scheme, SECRET, BODY), BODY, WINDOW)


@pytest.mark.parametrize("scheme", SIGNED, ids=lambda s: s.name)
def test_a_signature_with_another_secret_or_of_another_body_fails(scheme):
    with pytest.raises(Unsigned, match=r"does not match|no v1 signature matches"):
        scheme.check(SECRET, signed(scheme, b"guessed", BODY), BODY, WINDOW)
    with pytest.raises(Unsigned):
        scheme.check(SECRET, signed(scheme, SECRET, BODY), BODY + b" ", WINDOW)


@pytest.mark.parametrize("scheme", SIGNED, ids=lambda s: s.name)
def test_a_missing_signature_fails_and_says_which_header(scheme):
    with pytest.raises(Unsigned, match="is missing") as info:
        scheme.check(SECRET, {}, BODY, WINDOW)
    header = {"github": "X-Hub-Signature-256", "launchdarkly": "X-LD-Signature", "pagerduty": "X-PagerDuty-Signature",
              "grafana": "X-Grafana-Alerting-Signature", "sentry": "Sentry-Hook-Signature"}[scheme.name]
    assert header in str(info.value)


@pytest.mark.parametrize("scheme", SIGNED, ids=lambda s: s.name)
def test_a_signature_that_is_not_ascii_is_refused_not_an_error(scheme):
    headers = {k: v[:-1] + "\u00e9" if "signature" in k else v for k, v in signed(scheme, SECRET, BODY).items()}
    with pytest.raises(Unsigned):
        scheme.check(SECRET, headers, BODY, WINDOW)


def test_sentry_signs_the_raw_body_with_the_client_secret():
    # Sentry's integration platform: Sentry-Hook-Signature is the hex HMAC-SHA256 of the body under the client
    # secret, compared as sent (the case of the hex does not matter)
    digest = hex_hmac(SECRET, BODY)
    SENTRY.check(SECRET, {"sentry-hook-signature": digest.upper()}, BODY, WINDOW)
    with pytest.raises(Unsigned, match="Sentry client secret"):
        SENTRY.check(SECRET, {"sentry-hook-signature": "sha256=" + digest}, BODY, WINDOW)


@pytest.mark.parametrize("header", ["sha1=" + "0" * 40, "sha256=", "garbage"])
def test_github_wants_sha256(header):
    with pytest.raises(Unsigned, match="sha256=<hex digest>"):
        GITHUB.check(SECRET, {"x-hub-signature-256": header}, BODY, WINDOW)


def test_pagerduty_accepts_any_of_several_signatures_while_a_secret_rotates():
    both = f"v1={hex_hmac(b'old-secret', BODY)},v1={hex_hmac(SECRET, BODY)}"
    PAGERDUTY.check(SECRET, {"x-pagerduty-signature": both}, BODY, WINDOW)
    with pytest.raises(Unsigned, match="no v1="):
        PAGERDUTY.check(SECRET, {"x-pagerduty-signature": f"v0={hex_hmac(SECRET, BODY)}"}, BODY, WINDOW)


@pytest.mark.parametrize("offset, ok", [(0, True), (-300, True), (299, True), (-301, False), (301, False),
                                        (-86_400, False)])
def test_grafana_refuses_a_timestamp_outside_the_replay_window(offset, ok):
    stamp = int(NOW) + offset
    headers = signed(GRAFANA, SECRET, BODY, stamp)
    if ok:
        GRAFANA.check(SECRET, headers, BODY, WINDOW)
    else:
        with pytest.raises(Unsigned, match="a replay or a wrong clock"):
            GRAFANA.check(SECRET, headers, BODY, WINDOW)


def test_grafana_signs_the_timestamp_too():
    headers = signed(GRAFANA, SECRET, BODY, int(NOW) - 100)
    headers["x-grafana-alerting-timestamp"] = str(int(NOW))  # a replay with a fresh time and the old signature
    with pytest.raises(Unsigned, match="does not match the timestamp and body"):
        GRAFANA.check(SECRET, headers, BODY, WINDOW)
    with pytest.raises(Unsigned, match="is missing"):
        GRAFANA.check(SECRET, {"x-grafana-alerting-signature": headers["x-grafana-alerting-signature"]}, BODY,
                      WINDOW)
    with pytest.raises(Unsigned, match="not Unix seconds"):
        GRAFANA.check(SECRET, {**headers, "x-grafana-alerting-timestamp": "2024-06-04T14:07:00Z"}, BODY, WINDOW)


def test_secrets_apply_per_workspace_with_a_default():
    settings = GatewaySettings(tokens='{"t": "acme"}', github_secrets='{"acme": "a-secret", "*": "any-secret"}',
                               launchdarkly_secrets='{"acme": "ld"}')
    sigs = Signatures(settings)
    assert sigs.check("github", "acme", signed(GITHUB, b"a-secret", BODY), BODY, NOW)
    assert sigs.check("github", "globex", signed(GITHUB, b"any-secret", BODY), BODY, NOW)
    with pytest.raises(Unsigned):
        sigs.check("github", "globex", signed(GITHUB, b"a-secret", BODY), BODY, NOW)  # acme's secret is acme's
    assert sigs.check("launchdarkly", "globex", {}, BODY, NOW) is False  # no secret for globex: not checked
    assert sigs.check(None, "acme", {}, BODY, NOW) is False
    assert sigs.required("github") == ["*", "acme"] and sigs.required("pagerduty") == []


def test_a_scheme_without_a_secret_is_checked_always():
    calls = []

    def check(secret, headers, body, window):
        calls.append(secret)
        if headers.get("x-cert") != "ok":
            raise Unsigned("certificate signature does not verify")

    sigs = Signatures(GatewaySettings(tokens='{"t": "acme"}'), {"sns": Scheme("sns", check)})
    assert sigs.check("sns", "acme", {"x-cert": "ok"}, BODY, NOW) and calls == [b""]
    with pytest.raises(Unsigned):
        sigs.check("sns", "acme", {}, BODY, NOW)
    assert sigs.required("sns") == ["*"]


# --- through the app ----------------------------------------------------------------------------------------

HOOK_BODIES = {
    "github": ("/hooks/github", (EXAMPLES / "changes" / "github-deployment-rollback.json").read_bytes(),
               {"x-github-event": "deployment"}),
    "launchdarkly": ("/hooks/launchdarkly", (EXAMPLES / "changes" / "launchdarkly-flag-turned-on.json").read_bytes(),
                     {}),
    "pagerduty": ("/hooks/pagerduty",
                  (EXAMPLES / "resolutions" / "pagerduty-v3-webhook-incident-resolved.json").read_bytes(), {}),
    "grafana": ("/hooks/grafana", (EXAMPLES / "alerts" / "grafana-firing.json").read_bytes(), {}),
    "sentry": ("/hooks/sentry", (EXAMPLES / "alerts" / "sentry-issue-alert.json").read_bytes(),
               {"sentry-hook-resource": "event_alert"}),
}
BY_NAME = {s.name: s for s in SIGNED}


@pytest.mark.parametrize("name", sorted(HOOK_BODIES))
def test_a_signed_path_takes_the_signed_body_and_refuses_the_rest(name):
    path, body, extra = HOOK_BODIES[name]
    scheme = BY_NAME[name]
    producer = RecordingProducer()
    with make_client(producer, **{f"{name}_secrets": json.dumps({"acme": SECRET.decode()})}) as c:
        good = c.post(path, content=body, headers={**ACME, **extra, **signed(scheme, SECRET, body)})
        forged = c.post(path, content=body, headers={**ACME, **extra, **signed(scheme, b"guess", body)})
        missing = c.post(path, content=body, headers={**ACME, **extra})
        tampered = c.post(path, content=body.replace(b"{", b"{ ", 1),
                          headers={**ACME, **extra, **signed(scheme, SECRET, body)})
        other = c.post(path, content=body, headers={"Authorization": "Bearer tok-globex", **extra})
    assert good.status_code == 200, good.text
    assert forged.status_code == missing.status_code == tampered.status_code == 401
    assert missing.json()["error"].startswith("signature: ") and "is missing" in missing.json()["error"]
    assert other.status_code == 200  # globex has no secret set: its token alone lets it in
    assert [h["sc-workspace"] for _, _, h in producer.sent] == ["acme", "globex"]


def test_grafana_replayed_after_the_window_is_refused_through_the_app():
    path, body, _ = HOOK_BODIES["grafana"]
    with make_client(grafana_secrets=json.dumps({"*": SECRET.decode()}), clock=lambda: NOW + 301) as c:
        r = c.post(path, content=body, headers={**ACME, **signed(GRAFANA, SECRET, body)})
    assert r.status_code == 401 and "replay" in r.json()["error"]


def test_the_timestamp_header_is_the_one_grafana_is_told_to_send():
    path, body, _ = HOOK_BODIES["grafana"]
    headers = signed(GRAFANA, SECRET, body)
    headers["x-sent-at"] = headers.pop("x-grafana-alerting-timestamp")
    with make_client(grafana_secrets=json.dumps({"*": SECRET.decode()}), grafana_timestamp_header="X-Sent-At") as c:
        assert c.post(path, content=body, headers={**ACME, **headers}).status_code == 200
