"""What the vendor webhook adapters share: epoch times of any unit, tags, ids that stay the
same for a redelivery and differ between workspaces; and bytes that are not UTF-8 inside a
JSON string end as a ``json`` dead letter for every format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.models import RawMessage
from signalcraft.params import Identity
from signalcraft.sources.adapters.base import AdaptError
from signalcraft.sources.adapters.webhooks import epoch_time, split_tags, tag_labels
from signalcraft.sources.decode import FORMAT_HEADER, decode
from tests.support import parse, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
SENDERS = ("datadog", "opsgenie", "cloudwatch-sns", "sentry")
OWN_EXAMPLES = sorted(p for p in EXAMPLES.glob("*.json") if p.name.startswith(("datadog-", "opsgenie-",
                                                                              "cloudwatch-sns-", "sentry-")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1717509735, utc(2024, 6, 4, 14, 2, 15)),
        ("1717509735000", utc(2024, 6, 4, 14, 2, 15)),
        (1717509735000123, utc(2024, 6, 4, 14, 2, 15, 123)),
        (1717509735000123456, utc(2024, 6, 4, 14, 2, 15, 123)),
        (1717509735.25, utc(2024, 6, 4, 14, 2, 15, 250000)),
    ],
    ids=["seconds", "ms-text", "micros", "nanos", "float-seconds"],
)
def test_epoch_time_tells_the_unit_by_size(value, expected):
    assert epoch_time(value, "t") == expected


@pytest.mark.parametrize("value", [True, None, "12:00", "-5", 0, -1, float("nan"), float("inf"), [1], 10**40])
def test_epoch_time_refuses_what_is_no_time(value):
    with pytest.raises(AdaptError, match=r"^t "):
        epoch_time(value, "t")


def test_tags():
    assert split_tags(" a:1, b ,,c:x:y", "tags") == ["a:1", "b", "c:x:y"]
    assert tag_labels(["a:1", "b", "c:x:y", "a:2", ":v", "k:"]) == {"a": "1", "c": "x:y"}
    with pytest.raises(AdaptError, match="tags is dict, expected a comma-separated string or a list"):
        split_tags({"a": 1}, "tags")


@pytest.mark.parametrize("path", OWN_EXAMPLES, ids=lambda p: p.name)
def test_a_redelivery_is_the_same_record_and_another_workspace_another(path):
    body = path.read_bytes()
    [a], [again] = parse(body, "alerts")[1], parse(json.dumps(json.loads(body)).encode(), "alerts")[1]
    [other] = parse(body, "alerts", {"sc-workspace": "globex"})[1]
    assert a == again
    assert other.workspace_id == "globex" and other.id != a.id


@pytest.mark.parametrize("fmt", SENDERS)
def test_bad_utf8_inside_a_json_string_is_a_json_dead_letter(fmt):
    raw = RawMessage("signalcraft.alerts", 0, 3, b'{"title": "\x80"}', headers={FORMAT_HEADER: fmt})
    records, letter = decode(raw, "alerts", Identity())
    assert records == [] and (letter.step, letter.format) == ("json", fmt)
    assert "not valid JSON" in letter.reason
