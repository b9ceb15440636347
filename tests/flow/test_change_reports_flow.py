"""GitHub's full webhook sequence through the whole flow (raw messages -> decode -> grouping ->
join -> store rows and the correlations topic): one candidate per deployment, timed from
when it went live, the rollback that went live after the alerts a remedy, the failed
deploy never the suspect; and the times travel in the stored rows and on the topic."""

from __future__ import annotations

import json
from typing import Any

from signalcraft.config import CorrelationSettings, Settings
from signalcraft.models import Correlation, RawMessage
from tests.support import at, github_deployment_webhooks, run_pipeline

BAD = "4f2d8a61c9b3e07d5a1f8c2e6b4d9a3c7e1f0b28"
FAILED = "9e1c0b7a5d3f2e8c6a4b1d9f7e5c3a1b8d6f4e20"
OLD = "1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e"


def native_alert(fingerprint: str, minutes: float) -> dict[str, Any]:
    return {
        "workspace_id": "acme", "project": "shop", "environment": "prod", "service": "payments-api",
        "name": "HighErrorRate", "severity": "critical", "status": "firing",
        "labels": {"alertname": "HighErrorRate", "service": "payments-api"}, "annotations": {},
        "fingerprint": fingerprint, "starts_at": at(minutes).isoformat(), "source": "synthetic-checks",
    }


def test_github_sequence_end_to_end() -> None:
    settings = Settings(correlation=CorrelationSettings(alert_rate=False))
    changes_topic, alerts_topic = settings.topics.changes, settings.topics.alerts
    webhooks = [
        # the bad deploy: requested 13 min before the alerts, live 11 min before
        *github_deployment_webhooks(11, BAD, -13, [("queued", -12.9), ("in_progress", -12.5), ("success", -11)]),
        # a deploy that failed 1 min before the alerts: it never went live
        *github_deployment_webhooks(12, FAILED, -3, [("queued", -2.9), ("in_progress", -2.5), ("failure", -1)]),
        # the rollback: requested 23 s before the first alert, live 4 min after it
        *github_deployment_webhooks(13, OLD, -23 / 60, [("queued", -0.3), ("in_progress", 0.5), ("success", 4)],
                                    rollback=True),
    ]
    changes = [RawMessage(changes_topic, 0, i, body, headers=headers, timestamp_ms=i)
               for i, (headers, body) in enumerate(webhooks)]
    alerts = [RawMessage(alerts_topic, 0, i, json.dumps(native_alert(f"e{i}", 0)).encode(),
                         headers={"sc-format": "signalcraft-alert"}, timestamp_ms=i) for i in range(3)]
    *before, rollback_live = changes  # the rollback's success arrives after the alerts
    rows, dlq, messages = run_pipeline(settings, [before, alerts, [rollback_live]])

    assert dlq == []
    stored = rows["change_events"]
    assert len(stored) == 12
    assert sorted(r["phase"] for r in stored) == sorted(
        ["requested"] * 6 + ["in_progress"] * 3 + ["live"] * 2 + ["failed"])
    assert {r["type"] for r in stored} == {"deployment", "rollback"}  # no status is typed "other"
    by_id = {r["id"]: r for r in stored}

    correlations = [Correlation.model_validate_json(m.value) for m in messages]
    assert {r["id"] for r in rows["correlations"]} == {c.id for c in correlations}
    top = max(c.version for c in correlations)
    final = sorted((c for c in correlations if c.version == top and not c.withdrawn), key=lambda c: c.rank)
    # the rollback's request report, the suspect until its success came, left with it: withdrawn
    [gone] = [c for c in correlations if c.version == top and c.withdrawn]
    assert by_id[gone.change_id]["version"] == OLD and not gone.suspect
    assert [(by_id[c.change_id]["version"], c.suspect) for c in final] == [(BAD, True), (FAILED, False), (OLD, False)]
    assert [(c.requested_at, c.live_at) for c in final] == [(at(-13), at(-11)), (at(-3), None), (at(-23 / 60), at(4))]
    assert "failed and never went live" in final[1].reasons[0]
    assert final[2].reasons[0].endswith("(requested 23 s before the first alert): a remedy, not a cause")
    # before the rollback's success arrived, it was timed by its request and named the suspect
    first = [c for c in correlations if c.version == 1]
    assert by_id[first[0].change_id]["version"] == OLD and first[0].live_at is None

    # every version went to the topic with both times, and the stored rows carry them
    for message in messages:
        assert {"requested_at", "live_at"} <= json.loads(message.value).keys()
    stored = {(r["id"], r["version"]): (r["requested_at"], r["live_at"]) for r in rows["correlations"]}
    assert all(stored[(c.id, c.version)] == (c.requested_at, c.live_at) for c in correlations)
