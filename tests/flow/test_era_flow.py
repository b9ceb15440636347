"""Records dated at times no tool sends go to the dead letters and the flow goes on.

A native alert and a change dated in the first minutes of year 1 once made the correlation
join's window arithmetic overflow (``OverflowError``) and stopped the whole flow; dates from
9000 on would have done the same at the other end. Decode now refuses both, so the incident
around them is still correlated as if they had never come.
"""

from __future__ import annotations

import json
from typing import Any

from signalcraft.config import Settings
from signalcraft.models import Correlation, RawMessage
from tests.flow.test_correlation_flow import NATIVE_DEPLOY, RATE_OFF, native_alert
from tests.support import run_pipeline

REASON = b"is not between 1970-01-01 and 9000-01-01 UTC (no tool sends such a time)"


def test_records_dated_in_year_1_or_after_9000_are_dead_letters_and_the_join_goes_on() -> None:
    settings = Settings(correlation=RATE_OFF)
    alerts, changes = settings.topics.alerts, settings.topics.changes

    def msg(topic: str, offset: int, doc: dict[str, Any], fmt: str | None) -> RawMessage:
        return RawMessage(topic, 0, offset, json.dumps(doc).encode(), headers={"sc-format": fmt} if fmt else {},
                          timestamp_ms=1_709_632_800_000)

    early_alert = native_alert("HighErrorRate", "y1", 0) | {"starts_at": "0001-01-01T00:05:00Z"}
    late_alert = native_alert("HighErrorRate", "y9", 0) | {"starts_at": "9999-12-31T23:55:00Z"}
    early_change = NATIVE_DEPLOY | {"timestamp": "0001-01-01T00:10:00Z", "version": "v0"}
    webhook = {"version": "4", "groupKey": "{}", "status": "firing", "alerts": [
        {"status": "firing", "labels": {"alertname": "Ancient", "service": "payments-api"},
         "startsAt": "0001-01-01T00:01:00Z", "endsAt": "0001-01-01T00:00:00Z", "fingerprint": "a000000000000001"}]}
    batches = [
        [msg(changes, 0, early_change, "signalcraft-change"), msg(changes, 1, NATIVE_DEPLOY, "signalcraft-change")],
        [msg(alerts, 0, early_alert, "signalcraft-alert"), msg(alerts, 1, webhook, None),
         msg(alerts, 2, native_alert("HighErrorRate", "e1", 0), "signalcraft-alert"),
         msg(alerts, 3, late_alert, None), msg(alerts, 4, native_alert("HighErrorRate", "e2", 0), None)],
    ]
    rows, dlq, messages = run_pipeline(settings, batches)

    dead = sorted((h["sc-dlq-topic"].decode(), int(h["sc-dlq-offset"]), h["sc-dlq-reason"])
                  for h in (dict(m.headers) for m in dlq))
    assert [(topic, offset) for topic, offset, _ in dead] == [(alerts, 0), (alerts, 1), (alerts, 3), (changes, 0)]
    assert all(REASON in reason for _, _, reason in dead)
    assert [r["fingerprint"] for r in rows["alert_events"]] == ["e1", "e2"]
    [deploy] = rows["change_events"]
    correlations = [Correlation.model_validate_json(m.value) for m in messages]
    assert correlations and {c.change_id for c in correlations} == {deploy["id"]}
    assert all(c.suspect for c in correlations)


def test_a_snooze_lasting_past_the_last_time_a_record_may_carry_is_mined_and_the_flow_goes_on() -> None:
    """A snooze's end is its time plus its ``duration_s``: 3e11 s (~9,500 years) from 2024 once overflowed silence
    mining and stopped the flow; such a snooze does not end. A negative or non-finite duration is a dead letter."""
    settings = Settings()

    def snooze(offset: int, duration: Any, named: bool = True) -> RawMessage:
        doc = {"workspace_id": "acme", "action": "snooze", "actor": "sam", "target": f"0f3b6a9d12c4e58{offset}",
               "timestamp": "2024-06-04T14:10:05Z", "matchers": [{"name": "alertname", "value": "DiskFull"}]}
        body = json.dumps(doc).encode()[:-1] + f', "duration_s": {duration}}}'.encode()  # NaN as a bare literal
        if named:
            body = body[:-1] + f', "id": "audit-{offset}", "source": "signalcraft-audit"}}'.encode()
        return RawMessage(settings.topics.audit, 0, offset, body, b"k", {"sc-format": "signalcraft-audit"},
                          timestamp_ms=1_717_510_000_123)

    batches = [[snooze(0, 3e11), snooze(1, 1800), snooze(2, -1e11), snooze(3, "NaN"), snooze(4, "Infinity"),
                snooze(5, 1e300, named=False)]]
    rows, dlq, _ = run_pipeline(settings, batches)
    assert sorted(r["duration_s"] for r in rows["audit_log"]) == [1800, 3e11, 1e300]
    dead = {int(dict(m.headers)["sc-dlq-offset"]): dict(m.headers)["sc-dlq-reason"] for m in dlq}
    assert sorted(dead) == [2, 3, 4]
    assert b"duration_s" in dead[2] and b"greater than or equal to 0" in dead[2]
