"""Alertmanager webhooks on the fast path (``sources/fast_webhooks.py``) read what a stream repeats
once a text: the group's maps are checked as JSON, not made into dicts, and an alert's label set gives
its labels, workspace, project, environment, service, ``alertname`` and severity from what was read
of the same text before. Each case runs both paths (``check`` of ``test_fast_alerts``: the same records,
Arrow rows, dead letters and ``parse_payload`` answer)."""

from __future__ import annotations

import json

import pytest

from signalcraft.params import Identity
from signalcraft.sources import fast_webhooks
from signalcraft.sources.fast_webhooks import Places
from tests.unit.test_fast_alerts import ALERT_SEEDS, IDENTITIES, check, header_sets

WEBHOOK = next(d for d in ALERT_SEEDS if "groupKey" in d)
GROUP = ("groupLabels", "commonLabels", "commonAnnotations")
# What skipping a value does not check and the body's decoder refuses, each beside a text of its length it takes
# (a cache keyed by anything but the bytes, or not asked, takes the second after the first).
PAIRS = [('{"a": 1e300}', '{"a": 1e400}'), ('{"a": "x"}', '{"a": "\udcff"}'),
         ('[1, {"b": -1e308}]', '[1, {"b": -1e309}]'), ('"ab"', '"\udcff\udcfe"')]


def body(**group: str) -> bytes:
    """The seed webhook with the group's fields as the JSON texts given; lone ``\\udcXX`` as raw bytes."""
    doc = {k: v for k, v in WEBHOOK.items() if k not in group}
    text = json.dumps(doc)[:-1] + "".join(f', "{k}": {v}' for k, v in group.items()) + "}"
    return text.encode("utf-8", "surrogateescape")


@pytest.mark.parametrize("field", GROUP)
@pytest.mark.parametrize("fmt", [None, "alertmanager"])
def test_group_maps_are_checked_as_the_body_would_be(field, fmt):
    fast_webhooks._CHECKED.clear()
    for good, bad in PAIRS:
        for text in (good, bad, good, bad):  # refused each time, whatever was read before
            took = check(body(**{field: text}), header_sets(fmt))
            assert took == (text == good), (field, text)
    for text in ("null", "{}", '{"a": [1, 2, {"b": null}]}', "123456789012345678901234567890", "[" * 60 + "]" * 60):
        assert check(body(**{field: text}), header_sets(fmt))
    assert not check(body(**{field: "1e999"}), header_sets(fmt))


def test_every_group_field_is_checked():
    good, bad = PAIRS[0]
    for field in GROUP:
        others = {f: good for f in GROUP if f != field}
        assert not check(body(**others, **{field: bad}))
        assert check(body(**others, **{field: good}))


def test_checked_texts_are_bounded():
    fast_webhooks._CHECKED.clear()
    for i in range(5000):
        fast_webhooks.checked(fast_webhooks.Raw(b'{"n": "%d"}' % i))
    assert 0 < len(fast_webhooks._CHECKED) <= 4096
    fast_webhooks.checked(fast_webhooks.Raw(b'{"long": "' + b"x" * 2000 + b'"}'))
    assert not any(len(t) > 1024 for t in fast_webhooks._CHECKED)


def test_one_label_text_under_other_identities_and_headers():
    """The same label set's text, alternately under each identity and with and without identity headers:
    what one identity read of it is never another's, and a header still goes before the labels."""
    alert = WEBHOOK["alerts"][0]
    labels = {"alertname": "Down", "tenant": "t1", "team": "red", "cluster": "eu", "job": "api", "instance": "i:1",
              "severity": "page"}
    value = json.dumps({**WEBHOOK, "alerts": [{**alert, "labels": labels}]}).encode()
    grid = [*IDENTITIES, Identity(service_keys=("instance",), default_workspace="w2")]
    for _ in range(2):
        for identity in grid:
            for extra in ({}, {"sc-workspace": "globex", "sc-service": "", "sc-environment": "qa"}):
                assert check(value, header_sets("alertmanager", extra), identity=identity)


def test_label_facts_are_those_of_the_text_and_bounded():
    places = Places(Identity(environment_keys=("env", "cluster"), default_service="s0"))
    text = b'{"alertname": "", "env": "", "cluster": "eu", "severity": "warn"}'
    first = places.facts_of(text)
    assert first == ({"alertname": "", "env": "", "cluster": "eu", "severity": "warn"}, "default", "unknown", "eu",
                     "s0", "", "warning")
    assert places.facts[text] is first and places.facts_of(text) == first
    for i in range(5000):
        places.facts_of(b'{"n": "%d"}' % i)
    assert 0 < len(places.facts) <= 4096
    long = b'{"a": "' + b"x" * 2000 + b'"}'
    assert places.facts_of(long)[0] == {"a": "x" * 2000} and long not in places.facts
