"""PagerDuty end to end: an Events v2 trigger opens a group, and the V3 webhooks of its
incident (resolved, and a resolution note) are stored attached to that group."""

from __future__ import annotations

from pathlib import Path

from signalcraft.config import Settings
from signalcraft.models import RawMessage
from tests.support import run_pipeline

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"


def test_v3_webhooks_attach_to_the_group_of_the_events_v2_alert_with_their_dedup_key():
    settings = Settings()

    def message(topic: str, offset: int, name: str) -> RawMessage:
        return RawMessage(topic, 0, offset, (EXAMPLES / name).read_bytes(), timestamp_ms=1_717_510_000_000 + offset)

    rows, dlq, _ = run_pipeline(settings, [
        [message(settings.topics.alerts, 0, "alerts/pagerduty-events-trigger.json")],
        [message(settings.topics.resolutions, 1, "resolutions/pagerduty-v3-webhook-incident-resolved.json"),
         message(settings.topics.resolutions, 2, "resolutions/pagerduty-v3-webhook-incident-annotated.json")],
    ])
    [group] = rows["alert_groups"]
    assert group["fingerprints"] == ["checkout-payments-timeouts"]
    assert [(r["group_id"], r["resolved_by"], r["fix"][:22])
            for r in sorted(rows["resolutions"], key=lambda r: r["resolved_at"])] == [
        (group["id"], "Sam Okafor", "Resolved in PagerDuty "),
        (group["id"], "Sam Okafor", "rolled checkout back t"),
    ]
    assert dlq == []


def test_a_resolution_read_before_its_alert_still_attaches_and_an_unmatched_one_is_stored_as_dead():
    # a backlog read across topics: the resolution's batch comes first
    settings = Settings()

    def message(topic: str, offset: int, name: str) -> RawMessage:
        return RawMessage(topic, 0, offset, (EXAMPLES / name).read_bytes(), timestamp_ms=1_717_510_000_000 + offset)

    rows, dlq, _ = run_pipeline(settings, [
        [message(settings.topics.resolutions, 1, "resolutions/pagerduty-v3-webhook-incident-resolved.json")],
        [message(settings.topics.alerts, 0, "alerts/pagerduty-events-trigger.json")],
    ])
    [group] = rows["alert_groups"]
    assert [r["group_id"] for r in rows["resolutions"]] == [group["id"]] and dlq == []

    rows, dlq, _ = run_pipeline(settings, [
        [message(settings.topics.resolutions, 1, "resolutions/pagerduty-v3-webhook-incident-resolved.json")],
    ])
    [dead] = rows["dlq"]
    assert dead["step"] == "attach" and "no alert group held fingerprint 'checkout-payments-timeouts'" in dead["reason"]
    assert len(dlq) == 1 and "resolutions" not in rows
