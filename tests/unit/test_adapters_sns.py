"""SNS message signatures, checked with a key and a self-signed certificate made here: a
signature made with the certificate's key over SNS's canonical text passes (versions 1 and
2, all three message types); a changed message, a certificate from anywhere but an SNS
host over https, an unknown version and a wrong signature are refused. And the URL that
confirms a subscription."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from signalcraft.sources.adapters.sns import (
    CertificateCache,
    SnsError,
    check_sns_url,
    string_to_sign,
    subscribe_url,
    verify_sns_message,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
CERT_URL = "https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-60eadc530605d63b8e62a523676ef735.pem"
TOPIC = "arn:aws:sns:eu-west-1:123456789012:signalcraft-alarms"
NOT_BEFORE = datetime(2024, 1, 1, tzinfo=UTC)


def _certificate(key, name: str = "sns.amazonaws.com") -> bytes:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOT_BEFORE)
        .not_valid_after(NOT_BEFORE + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)


@pytest.fixture(scope="module")
def key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def pem(key) -> bytes:
    return _certificate(key)


class Fetcher:
    """Hands out one PEM for the certificate URL and records what was asked."""

    def __init__(self, pem: bytes):
        self.pem, self.asked = pem, []

    def __call__(self, url: str) -> bytes:
        self.asked.append(url)
        return self.pem


def signed(message: dict, key, version: str = "1") -> dict:
    """``message`` with SignatureVersion, SigningCertURL and the signature SNS would give it."""
    out = {**message, "SignatureVersion": version, "SigningCertURL": message.get("SigningCertURL", CERT_URL)}
    digest = hashes.SHA1() if version == "1" else hashes.SHA256()  # version 1 is SHA1withRSA
    out["Signature"] = base64.b64encode(key.sign(string_to_sign(out), padding.PKCS1v15(), digest)).decode()
    return out


def notification(**extra) -> dict:
    return {"Type": "Notification", "MessageId": "b1f0c8a2-5d3e-5f7a-9c4b-2e6d8f0a1b3c", "TopicArn": TOPIC,
            "Subject": 'ALARM: "checkout-alb-5xx-high" in EU (Ireland)', "Message": '{"AlarmName":"x"}',
            "Timestamp": "2024-06-04T14:02:07.902Z", **extra}


def confirmation(kind: str = "SubscriptionConfirmation") -> dict:
    return {
        "Type": kind, "MessageId": "165545c9-2a5c-472c-8df2-7ff2be2b3b1b", "Token": "2336412f37fb687f5d51e6e2425c",
        "TopicArn": TOPIC,
        "Message": f"You have chosen to subscribe to the topic {TOPIC}.\nTo confirm the subscription, visit the "
                   "SubscribeURL included in this message.",
        "SubscribeURL": f"https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription&TopicArn={TOPIC}"
                        "&Token=2336412f37fb687f5d51e6e2425c",
        "Timestamp": "2024-06-04T13:58:01.751Z",
    }


def refused(message: dict, fetch, **kw) -> str:
    with pytest.raises(SnsError) as e:
        verify_sns_message(message, fetch, **kw)
    return str(e.value)


# --- the canonical text ---------------------------------------------------------------------


def test_a_notification_signs_its_keys_in_order_and_subject_only_when_present():
    text = string_to_sign(notification()).decode()
    assert text == (
        "Message\n{\"AlarmName\":\"x\"}\nMessageId\nb1f0c8a2-5d3e-5f7a-9c4b-2e6d8f0a1b3c\n"
        "Subject\nALARM: \"checkout-alb-5xx-high\" in EU (Ireland)\nTimestamp\n2024-06-04T14:02:07.902Z\n"
        f"TopicArn\n{TOPIC}\nType\nNotification\n"
    )
    without = notification()
    del without["Subject"]
    assert "Subject" not in string_to_sign(without).decode()


def test_a_confirmation_signs_subscribe_url_and_token():
    keys = string_to_sign(confirmation() | {"Message": "m"}).decode().split("\n")[0::2]
    assert keys == ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type", ""]


def test_a_missing_signed_key_is_refused():
    message = notification()
    del message["MessageId"]
    with pytest.raises(SnsError, match="sns message \\(Notification\\): signed key 'MessageId' is missing"):
        string_to_sign(message)


# --- signatures that pass -------------------------------------------------------------------


@pytest.mark.parametrize("version", ["1", "2"])
@pytest.mark.parametrize("message", [notification(), {k: v for k, v in notification().items() if k != "Subject"},
                                     confirmation(), confirmation("UnsubscribeConfirmation")],
                         ids=["notification", "without-subject", "subscription", "unsubscribe"])
def test_a_message_signed_with_the_certificate_key_passes(key, pem, version, message):
    fetch = Fetcher(pem)
    assert verify_sns_message(signed(message, key, version), fetch) is None
    assert fetch.asked == [CERT_URL]


def test_the_bundled_cloudwatch_notification_passes_once_signed(key, pem):
    message = json.loads((EXAMPLES / "cloudwatch-sns-alarm.json").read_bytes())
    verify_sns_message(signed(message, key, "2"), Fetcher(pem), topics={TOPIC}, now=datetime(2024, 6, 4, tzinfo=UTC))


def test_a_china_region_certificate_host_is_accepted(key, pem):
    url = "https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-abc.pem"
    verify_sns_message(signed(notification(SigningCertURL=url), key), Fetcher(pem))


# --- what is refused ------------------------------------------------------------------------


@pytest.mark.parametrize(("key_", "value"), [("Message", '{"AlarmName":"y"}'), ("Subject", "OK"),
                                            ("Timestamp", "2024-06-04T14:02:08.902Z"), ("TopicArn", TOPIC + "2")])
def test_a_changed_message_is_refused(key, pem, key_, value):
    message = signed(notification(), key) | {key_: value}
    reason = refused(message, Fetcher(pem))
    assert "the signature (SHA1withRSA) does not match the message and the certificate at " + CERT_URL in reason


def test_a_signature_of_another_key_is_refused(key, pem):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert "does not match the message" in refused(signed(notification(), other, "2"), Fetcher(pem))


def test_a_signature_made_for_the_other_version_is_refused(key, pem):
    message = signed(notification(), key, "1") | {"SignatureVersion": "2"}
    assert "the signature (SHA256withRSA) does not match" in refused(message, Fetcher(pem))


@pytest.mark.parametrize("version", ["3", "", None, 1])
def test_an_unknown_signature_version_is_refused_before_any_fetch(key, pem, version):
    fetch = Fetcher(pem)
    message = signed(notification(), key) | {"SignatureVersion": version}
    assert f"SignatureVersion {version!r} is not supported; expected '1' (SHA1withRSA) or '2' (SHA256withRSA)" in \
        refused(message, fetch)
    assert fetch.asked == []


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://sns.eu-west-1.amazonaws.com/cert.pem", "is not https; only an https URL is trusted"),
        ("https://evil.example/SimpleNotificationService-x.pem", "host 'evil.example' is not an SNS host"),
        ("https://sns.eu-west-1.amazonaws.com.evil.example/x.pem", "is not an SNS host"),
        ("https://s3.eu-west-1.amazonaws.com/x.pem", "host 's3.eu-west-1.amazonaws.com' is not an SNS host"),
        ("https://sns.amazonaws.com/x.pem", "is not an SNS host"),
        ("https://sns.eu-west-1.amazonaws.com@evil.example/x.pem", "carries credentials"),
        ("https://sns.eu-west-1.amazonaws.com:8443/x.pem", "carries credentials or a port other than 443"),
        ("https://sns.eu-west-1.amazonaws.com\\@evil.example/x.pem", "holds whitespace or a backslash"),
        ("", "SigningCertURL is empty, expected an https URL"),
        (None, "SigningCertURL is NoneType, expected an https URL"),
    ],
)
def test_a_certificate_from_anywhere_but_an_sns_host_over_https_is_refused_unfetched(key, pem, url, expected):
    fetch = Fetcher(pem)
    message = signed(notification(), key) | {"SigningCertURL": url}
    assert expected in refused(message, fetch)
    assert fetch.asked == []


@pytest.mark.parametrize(("signature", "expected"), [("not base64!", "'Signature' is not base64"),
                                                     (None, "'Signature' is missing or not a string"),
                                                     (base64.b64encode(b"\0" * 256).decode(), "does not match")])
def test_a_bad_signature_is_refused(key, pem, signature, expected):
    message = signed(notification(), key) | {"Signature": signature}
    assert expected in refused(message, Fetcher(pem))


def test_an_unexpected_topic_is_refused_when_topics_are_listed(key, pem):
    message = signed(notification(), key)
    assert f"TopicArn {TOPIC!r} is not an accepted topic" in refused(message, Fetcher(pem), topics={TOPIC + "-other"})


def test_a_certificate_not_valid_now_is_refused(key, pem):
    later = datetime(2026, 1, 1, tzinfo=UTC)
    reason = refused(signed(notification(), key), Fetcher(pem), now=later)
    assert "valid from 2024-01-01T00:00:00+00:00 to 2024-12-31T00:00:00+00:00, not at 2026-01-01" in reason


def test_what_the_fetcher_returns_must_be_an_rsa_certificate(key):
    message = signed(notification(), key)
    assert "is not a PEM X.509 certificate" in refused(message, Fetcher(b"<html>not found</html>"))
    assert "expected PEM bytes" in refused(message, Fetcher("-----BEGIN CERTIFICATE-----"))
    ec_pem = _certificate(ec.generate_private_key(ec.SECP256R1()))
    assert "ECPublicKey, expected an RSA key" in refused(message, Fetcher(ec_pem))


def test_a_failing_fetch_is_an_sns_error_with_its_cause(key):
    def broken(url: str) -> bytes:
        raise TimeoutError("timed out")

    with pytest.raises(SnsError) as e:
        verify_sns_message(signed(notification(), key), broken)
    assert f"fetching the signing certificate {CERT_URL} failed: timed out" in str(e.value)
    assert isinstance(e.value.__cause__, TimeoutError)


@pytest.mark.parametrize("message", [{"Type": "Note"}, {}, [1]], ids=["type", "no-type", "list"])
def test_what_is_no_sns_message_is_refused(pem, message):
    with pytest.raises(SnsError, match="sns message: "):
        verify_sns_message(message, Fetcher(pem))


# --- the certificate cache --------------------------------------------------------------------


def test_the_cache_fetches_each_url_once_keeps_the_latest_and_retries_failures():
    calls: list[str] = []
    failures = {"https://c"}

    def fetch(url: str) -> bytes:
        calls.append(url)
        if url in failures:
            raise OSError("unreachable")
        return url.encode()

    cache = CertificateCache(fetch, size=2)
    assert [cache(u) for u in ("https://a", "https://b", "https://a")] == [b"https://a", b"https://b", b"https://a"]
    assert calls == ["https://a", "https://b"]
    for _ in range(2):
        with pytest.raises(OSError):
            cache("https://c")
    assert calls.count("https://c") == 2  # a failure is not kept
    cache("https://d")  # evicts b, the least recently used
    cache("https://a")
    cache("https://b")
    assert calls[-2:] == ["https://d", "https://b"]
    with pytest.raises(ValueError, match="size 0 is not positive"):
        CertificateCache(fetch, size=0)


def test_verify_with_a_cache_fetches_the_certificate_once(key, pem):
    fetch = Fetcher(pem)
    cache = CertificateCache(fetch)
    for message in (notification(), confirmation()):
        verify_sns_message(signed(message, key, "2"), cache)
    assert fetch.asked == [CERT_URL]


# --- confirming a subscription ------------------------------------------------------------------


def test_a_subscription_confirmation_gives_its_subscribe_url():
    assert subscribe_url(confirmation()) == confirmation()["SubscribeURL"]


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (notification(), "a Notification confirms no subscription; expected a SubscriptionConfirmation"),
        (confirmation("UnsubscribeConfirmation"), "a UnsubscribeConfirmation confirms no subscription"),
        (confirmation() | {"SubscribeURL": "http://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription"},
         "SubscribeURL 'http://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription' is not https"),
        (confirmation() | {"SubscribeURL": "https://attacker.example/?Action=ConfirmSubscription"},
         "SubscribeURL host 'attacker.example' is not an SNS host"),
        (confirmation() | {"SubscribeURL": None}, "SubscribeURL is NoneType, expected an https URL"),
    ],
)
def test_subscribe_url_refusals(message, expected):
    with pytest.raises(SnsError) as e:
        subscribe_url(message)
    assert expected in str(e.value)


def test_check_sns_url_keeps_the_url_as_given():
    url = "https://SNS.us-gov-west-1.amazonaws.com/SimpleNotificationService-x.pem"
    assert check_sns_url(url, "SigningCertURL") == url
