"""The correlation branch in real Bytewax executions: groups, suspects, late and shuffled
input, lateness, the dependency map, two workers, recovery, and the whole flow from raw
messages.

The scenario: payments-api is deployed 6 min before its alerts (HighErrorRate, three
fingerprints at T0; HighLatency, two fingerprints a minute later), with decoys: the same
deploy in staging 2 min before, a deploy of another project, a config change of cart
3 min after the first alert and a rollback 10 min after it.

A group's *final set* is what a sink keeping the highest version per correlation id,
then the rows of the highest version per group that are not withdrawn, holds.

Most tests turn the alert-rate evidence off (``RATE_OFF``) to keep their exact values
about timing, scope and type; ``test_final_set_carries_the_alert_rate_evidence_of_every_alert``
and the shuffled-input test check the evidence itself.
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import bytewax.operators as op
import pytest
from bytewax.dataflow import Dataflow
from bytewax.recovery import RecoveryConfig, init_db_dir
from bytewax.testing import TestingSink, TestingSource, cluster_main, run_main

from signalcraft.config import CorrelationSettings, Settings
from signalcraft.flows.correlation import correlate
from signalcraft.models import AlertEvent, AlertGroup, ChangeEvent, Correlation, RawMessage, make_id
from signalcraft.models.correlation_row import CorrelationRow
from signalcraft.operators.batching import as_batch
from tests.support import T0, alert, at, run_pipeline

RATE_OFF = CorrelationSettings(alert_rate=False)
ERRORS_KEY = '{alertname="HighErrorRate",environment="prod",project="shop",service="payments-api",workspace="acme"}'
LATENCY_KEY = '{alertname="HighLatency",environment="prod",project="shop",service="payments-api",workspace="acme"}'
ERRORS_GROUP = make_id("group", "acme", ERRORS_KEY, at(0).isoformat())
LATENCY_GROUP = make_id("group", "acme", LATENCY_KEY, at(1).isoformat())


def change(
    key: str,
    type_: str,
    minutes: float,
    service: str = "payments-api",
    version: str | None = None,
    project: str = "shop",
    environment: str = "prod",
) -> ChangeEvent:
    """A change of workspace ``acme``, ``minutes`` after T0, id from ``key``."""
    return ChangeEvent(
        id=make_id("change", key),
        workspace_id="acme",
        type=type_,
        source="github-deployment",
        project=project,
        environment=environment,
        service=service,
        version=version,
        summary=f"{type_} of {service}",
        timestamp=at(minutes),
    )


DEPLOY = change("deploy", "deployment", -6, version="v2.4.0")
STAGING = change("staging", "deployment", -2, version="v2.4.0", environment="staging")
OTHER_PROJECT = change("billing", "deployment", -1, version="v9.1", project="billing")
CONFIG = change("config", "config_update", 3, service="cart", version="cfg-7")
ROLLBACK = change("rollback", "rollback", 10, version="v2.3.9")
RESTART = change("restart", "restart", -10, service="cart")
"""A weak change before the alerts: a candidate, never the suspect (0.29 and 0.274)."""
ALERTS = [
    *(alert("HighErrorRate", "payments-api", "firing", 0, fingerprint=f"e{i:015x}") for i in range(3)),
    *(alert("HighLatency", "payments-api", "firing", 1, fingerprint=f"l{i:015x}") for i in range(2)),
]
DECOYS = [STAGING, OTHER_PROJECT, CONFIG, ROLLBACK]
SCENARIO = [DEPLOY, STAGING, OTHER_PROJECT, *ALERTS, CONFIG, ROLLBACK]
"""The scenario in event-time order."""


def run(
    records: list[Any], settings: CorrelationSettings = RATE_OFF, **run_kw: Any
) -> tuple[list[AlertGroup], list[Correlation]]:
    """Run the correlation flow over ``records``; return every group and correlation emitted."""
    groups: list[AlertGroup] = []
    found: list[Correlation] = []
    run_main(correlate_flow(settings, records, groups, found), **run_kw)
    return groups, found


def correlate_flow(
    settings: CorrelationSettings, records: list[Any], groups: list[AlertGroup], found: list[Correlation]
) -> Dataflow:
    """The correlation branch alone on a source of records: the ``correlate`` operator of the whole flow."""
    flow = Dataflow("correlation-branch")
    batches = op.map("as-batches", op.input("input", flow, TestingSource(records)), as_batch)
    out = correlate("correlation", batches, settings.grouping(), settings.params())
    op.output("groups", out.groups, TestingSink(groups))
    op.output("correlations", out.correlations, TestingSink(found))
    return flow


def latest_per_id(correlations: list[Correlation]) -> dict[str, Correlation]:
    """What a sink keeping the highest version per correlation id holds."""
    latest: dict[str, Correlation] = {}
    for c in correlations:
        if c.id not in latest or c.version > latest[c.id].version:
            latest[c.id] = c
    return latest


def final_sets(correlations: list[Correlation]) -> dict[str, list[Correlation]]:
    """Per group, the rows of its highest version that are not withdrawn, by rank."""
    latest = latest_per_id(correlations).values()
    top: dict[str, int] = {}
    for c in latest:
        top[c.group_id] = max(top.get(c.group_id, 0), c.version)
    sets: dict[str, list[Correlation]] = {}
    for c in sorted(latest, key=lambda c: (c.group_id, c.rank)):
        if c.version == top[c.group_id] and not c.withdrawn:
            sets.setdefault(c.group_id, []).append(c)
    return sets


def unversioned(sets: dict[str, list[Correlation]]) -> dict[str, list[dict[str, Any]]]:
    """The sets' records as dicts without their versions (the flow's rows as their records)."""
    return {gid: [_record(c).model_dump(exclude={"version"}) for c in rows] for gid, rows in sets.items()}


def _record(c: Correlation | CorrelationRow) -> Correlation:
    return c.record() if isinstance(c, CorrelationRow) else c


def summary(sets: dict[str, list[Correlation]]) -> dict[str, list[tuple]]:
    """Per group: (change id, rank, suspect, score, lag_s, the timing and scope reasons)."""
    return {
        gid: [(c.change_id, c.rank, c.suspect, c.score, c.lag_s, c.reasons[:2]) for c in rows]
        for gid, rows in sets.items()
    }


def deploy_row(group_minutes: int, score: float) -> tuple:
    lag = (group_minutes + 6) * 60.0
    reason = f"deployed payments-api v2.4.0 {group_minutes + 6} min before the first alert"
    return (DEPLOY.id, 1, True, score, lag, (reason, "same service"))


CONFIG_ROW = (
    CONFIG.id, 2, False, 0.0945, -120.0,
    ("updated the config of cart cfg-7; changed 2 min after the first alert (clock skew tolerance)",
     "same project, other service (cart)"),
)
# HighErrorRate: 0.5 * (1 - 0.8 * 360/900) + 0.5 * 1.0 = 0.84; HighLatency (lag 420 s): 0.8133.
# The config change, 2 min after HighLatency opened: 0.6 * (0.5 * 0 + 0.5 * 0.9) * 0.35 = 0.0945.
EXPECTED = {
    ERRORS_GROUP: [deploy_row(0, 0.84)],
    LATENCY_GROUP: [deploy_row(1, 0.8133), CONFIG_ROW],
}


# -- 1. the bad deploy among decoys ---------------------------------------------------


@pytest.mark.parametrize("alert_rate", [False, True], ids=["rate-off", "rate-on"])
def test_bad_deploy_is_the_suspect_of_every_group_and_decoys_never_are(alert_rate: bool) -> None:
    groups, found = run(SCENARIO, CorrelationSettings(alert_rate=alert_rate))

    assert [(g.id, g.group_key, g.status, g.version, g.opened_at, g.alert_count) for g in groups] == [
        (ERRORS_GROUP, ERRORS_KEY, "created", 1, at(0), 1),
        (LATENCY_GROUP, LATENCY_KEY, "created", 1, at(1), 1),
    ]
    sets = final_sets(found)
    assert sorted(sets) == sorted([ERRORS_GROUP, LATENCY_GROUP])
    for rows in sets.values():
        top = rows[0]
        assert (top.change_id, top.rank, top.suspect) == (DEPLOY.id, 1, True)
        assert "same service" in top.reasons
        assert [c.rank for c in rows] == list(range(1, len(rows) + 1))
        assert [c.suspect for c in rows[1:]] == [False] * (len(rows) - 1)
    assert [c.lag_s for c in (sets[ERRORS_GROUP][0], sets[LATENCY_GROUP][0])] == [360.0, 420.0]
    # other environment, other project, and a rollback outside every window: never a candidate
    assert {c.change_id for c in found} == {DEPLOY.id, CONFIG.id}
    assert {c.group_id for c in found} == {ERRORS_GROUP, LATENCY_GROUP}
    assert all(c.id == make_id("corr", c.group_id, c.change_id) for c in found)
    if not alert_rate:
        assert summary(sets) == EXPECTED
        assert [(c.group_id, c.change_id, c.version) for c in found] == [
            (ERRORS_GROUP, DEPLOY.id, 1),
            (LATENCY_GROUP, DEPLOY.id, 1),
            (LATENCY_GROUP, DEPLOY.id, 2),  # the config change, in the window's tolerance, joins
            (LATENCY_GROUP, CONFIG.id, 2),
        ]


def test_final_set_carries_the_alert_rate_evidence_of_every_alert() -> None:
    _, found = run(SCENARIO, CorrelationSettings())
    # the service's 5 alerts from the deploy (6 min before the errors group opened) to the end of the
    # group's window (CorrelationParams.rate_end: 2 min after it opened), none in the 10 min before: 5 in
    # 8 min (errors) and in 9 min (latency, opened a minute later) against at least 0.1 a minute, ratios
    # 6.25 and 5.6, factor 1 + 0.1 * log2(ratio) >= 1.24, 0.84 times it clamped to 1.0
    sets = final_sets(found)
    top = {gid: (rows[0].change_id, rows[0].score, rows[0].reasons[-1]) for gid, rows in sets.items()}
    rate = "alert rate of payments-api rose {}× after the change"
    assert top[LATENCY_GROUP] == (DEPLOY.id, 1.0, rate.format(5.6))  # scored again when the config change came
    assert top[ERRORS_GROUP] == (DEPLOY.id, 1.0, rate.format(6.2))  # scored again as its alerts were counted


# -- 2. a late change ----------------------------------------------------------------


def test_deploy_arriving_after_the_groups_upgrades_their_sets() -> None:
    groups, found = run([RESTART, *ALERTS, DEPLOY], epoch_interval=timedelta(0))

    assert [(g.id, g.status) for g in groups] == [(ERRORS_GROUP, "created"), (LATENCY_GROUP, "created")]
    # before the deploy: the restart alone, below the suspect threshold
    first = [(c.group_id, c.change_id, c.rank, c.suspect, c.score, c.version) for c in found if c.version == 1]
    assert first == [
        (ERRORS_GROUP, RESTART.id, 1, False, 0.29, 1),  # 0.6 * (0.5 * (1 - 0.8 * 600/900) + 0.5 * 0.5)
        (LATENCY_GROUP, RESTART.id, 1, False, 0.274, 1),
    ]
    sets = final_sets(found)
    for gid, minutes in ((ERRORS_GROUP, 0), (LATENCY_GROUP, 1)):
        top, weak = sets[gid]
        assert (top.id, top.change_id, top.version) == (make_id("corr", gid, DEPLOY.id), DEPLOY.id, 2)
        assert summary({gid: [top]})[gid] == [deploy_row(minutes, EXPECTED[gid][0][3])]
        # the restart stays a candidate, one rank down, in the same version
        assert (weak.id, weak.rank, weak.suspect, weak.version) == (make_id("corr", gid, RESTART.id), 2, False, 2)


# -- 3. out-of-order input -----------------------------------------------------------


def shuffled(records: list[Any], seed: int) -> list[Any]:
    """``records`` in a seeded random order within ``allowed_lateness``: the changes kept in
    event-time order among themselves and the rollback (10 min after the alerts) last, since
    anything arriving after it would be later than the lateness allows (see the lateness test)."""
    out = [r for r in records if r is not ROLLBACK]
    random.Random(seed).shuffle(out)
    slots = [i for i, r in enumerate(out) if isinstance(r, ChangeEvent)]
    changes = sorted((r for r in out if isinstance(r, ChangeEvent)), key=lambda c: c.timestamp)
    for i, c in zip(slots, changes, strict=True):
        out[i] = c
    return [*out, ROLLBACK]


SEEDS = (1, 2, 3, 7, 11)


@pytest.mark.parametrize("alert_rate", [False, True], ids=["rate-off", "rate-on"])
def test_shuffled_input_gives_the_same_final_sets(alert_rate: bool) -> None:
    settings = CorrelationSettings(alert_rate=alert_rate)
    orders = [shuffled(SCENARIO, seed) for seed in SEEDS]
    assert len({tuple(r.id for r in order) for order in [SCENARIO, *orders]}) == len(SEEDS) + 1
    _, in_order = run(SCENARIO, settings)
    expected = unversioned(final_sets(in_order))
    for seed, order in zip(SEEDS, orders, strict=True):
        groups, found = run(order, settings)
        assert sorted({g.id for g in groups}) == sorted([ERRORS_GROUP, LATENCY_GROUP]), seed
        assert unversioned(final_sets(found)) == expected, seed
    if not alert_rate:
        assert summary(final_sets(in_order)) == EXPECTED


# -- 4. beyond lateness --------------------------------------------------------------

ERRORS = ALERTS[:3]


@pytest.mark.parametrize(
    ("clock_seconds", "joins"),
    [(300, False), (299, True)],
    ids=["clock-at-deadline", "clock-1s-before-deadline"],
)
def test_a_change_clock_past_the_deadline_closes_the_group(clock_seconds: int, joins: bool) -> None:
    # the group opened at T0: its window closes when the change clock reaches
    # T0 + tolerance_after (2 min) + allowed_lateness (3 min) = T0 + 300 s
    later = change("scale", "scale", clock_seconds / 60, service="cart")
    assert later.timestamp == T0 + timedelta(seconds=clock_seconds)

    _, closed_first = run([*ERRORS, later, DEPLOY], epoch_interval=timedelta(0))
    _, deploy_first = run([*ERRORS, DEPLOY, later], epoch_interval=timedelta(0))

    expected = {ERRORS_GROUP: [deploy_row(0, 0.84)]}
    assert summary(final_sets(deploy_first)) == expected
    assert summary(final_sets(closed_first)) == (expected if joins else {})


# -- 5. the dependency map -----------------------------------------------------------


def test_upstream_deploy_is_the_suspect_of_a_dependent_service() -> None:
    records = [change("pay", "deployment", -4, version="v2.4.0"), alert("CheckoutErrors", "checkout-web", "firing", 0)]
    mapped = RATE_OFF.model_copy(update={"dependencies": {"checkout-web": ("payments-api",)}})
    assert mapped.params().dependencies == {"checkout-web": ("payments-api",)}

    [group], with_map = run(records, mapped)
    _, without = run(records)

    assert group.service == "checkout-web"
    timing = "deployed payments-api v2.4.0 4 min before the first alert"
    # scope 0.8 (upstream) or 0.6 (same project) times 0.5 * (1 - 0.8 * 240/900) + 0.5 * 1.0
    assert summary(final_sets(with_map)) == {
        group.id: [(records[0].id, 1, True, 0.7147, 240.0, (timing, "upstream dependency of checkout-web"))]
    }
    assert summary(final_sets(without)) == {
        group.id: [(records[0].id, 1, True, 0.536, 240.0, (timing, "same project, other service (payments-api)"))]
    }


def test_dependency_map_from_json_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIGNALCRAFT_CORRELATION_DEPENDENCIES", '{"checkout-web": ["payments-api"]}')
    assert CorrelationSettings().params().dependencies == {"checkout-web": ("payments-api",)}


# -- 6. two workers ------------------------------------------------------------------


def test_two_workers_give_the_same_final_sets_as_one() -> None:
    _, single = run(SCENARIO)
    groups: list[AlertGroup] = []
    found: list[Correlation] = []
    flow = correlate_flow(RATE_OFF, SCENARIO, groups, found)
    cluster_main(flow, addresses=[], proc_id=0, worker_count_per_proc=2)

    assert sorted((g.id, g.version) for g in groups) == [(ERRORS_GROUP, 1), (LATENCY_GROUP, 1)]
    assert unversioned(final_sets(found)) == unversioned(final_sets(single))
    assert summary(final_sets(found)) == EXPECTED


# -- 7. recovery ---------------------------------------------------------------------


def test_correlator_state_survives_an_abort_and_the_late_deploy_still_upgrades(tmp_path: Path) -> None:
    init_db_dir(tmp_path, 1)
    recovery = RecoveryConfig(str(tmp_path), backup_interval=timedelta(0))
    records: list[Any] = [RESTART, *ALERTS, TestingSource.ABORT(), DEPLOY, CONFIG]
    runs: list[tuple[list[AlertGroup], list[Correlation]]] = []

    def execute() -> None:
        groups: list[AlertGroup] = []
        found: list[Correlation] = []
        runs.append((groups, found))
        flow = correlate_flow(RATE_OFF, records, groups, found)
        run_main(flow, epoch_interval=timedelta(0), recovery_config=recovery)

    execute()  # stops at the ABORT, as a crash would (run_main returns)
    execute()  # resumes from the last snapshot; the ABORT has triggered and is skipped
    (groups_before, before), (groups_after, after) = runs

    assert [(g.id, g.version) for g in groups_before] == [(ERRORS_GROUP, 1), (LATENCY_GROUP, 1)]
    assert [(c.group_id, c.change_id, c.version) for c in before] == [
        (ERRORS_GROUP, RESTART.id, 1),
        (LATENCY_GROUP, RESTART.id, 1),
    ]
    # resumed after the alerts: the grouper remembers its groups, nothing is re-emitted
    assert groups_after == []
    # the deploy raises each group's version to 2: the correlator remembered the v1 sets
    assert [(c.group_id, c.change_id, c.rank, c.suspect, c.version) for c in after] == [
        (ERRORS_GROUP, DEPLOY.id, 1, True, 2),
        (ERRORS_GROUP, RESTART.id, 2, False, 2),
        (LATENCY_GROUP, DEPLOY.id, 1, True, 2),
        (LATENCY_GROUP, RESTART.id, 2, False, 2),
        (LATENCY_GROUP, DEPLOY.id, 1, True, 3),  # the config change joins the latency window
        (LATENCY_GROUP, RESTART.id, 2, False, 3),
        (LATENCY_GROUP, CONFIG.id, 3, False, 3),
    ]
    _, uninterrupted = run([r for r in records if isinstance(r, (AlertEvent, ChangeEvent))])
    assert latest_per_id(before + after) == latest_per_id(uninterrupted)
    assert summary(final_sets(before + after))[ERRORS_GROUP][0] == deploy_row(0, 0.84)


# -- 8. the whole flow from raw messages ---------------------------------------------


def native_alert(name: str, fingerprint: str, minutes: int) -> dict[str, Any]:
    return {
        "workspace_id": "acme", "project": "shop", "environment": "prod", "service": "payments-api",
        "name": name, "severity": "critical", "status": "firing",
        "labels": {"alertname": name, "service": "payments-api"},
        "fingerprint": fingerprint, "starts_at": at(minutes).isoformat().replace("+00:00", "Z"),
    }


NATIVE_DEPLOY = {
    "workspace_id": "acme", "type": "deployment", "project": "shop", "environment": "prod",
    "service": "payments-api", "version": "v2.4.0", "summary": "deploy payments-api v2.4.0",
    "actor": "ci-bot", "timestamp": "2024-03-05T10:54:00+01:00",  # T0 - 6 min, in another offset
}


def test_whole_flow_from_raw_native_messages_to_store_and_correlation_topic() -> None:
    settings = Settings(correlation=RATE_OFF)
    alerts_topic, changes_topic = settings.topics.alerts, settings.topics.changes

    def msg(topic: str, offset: int, doc: dict[str, Any], fmt: str) -> RawMessage:
        return RawMessage(topic, 0, offset, json.dumps(doc).encode(), headers={"sc-format": fmt}, timestamp_ms=offset)

    batches = [
        [msg(changes_topic, 0, NATIVE_DEPLOY, "signalcraft-change")],
        [msg(alerts_topic, 0, native_alert("HighErrorRate", "e1", 0), "signalcraft-alert"),
         msg(alerts_topic, 1, native_alert("HighErrorRate", "e2", 0), "signalcraft-alert")],
        [msg(alerts_topic, 2, native_alert("HighLatency", "l1", 1), "signalcraft-alert")],
    ]
    rows, dlq, messages = run_pipeline(settings, batches)

    assert dlq == []
    assert set(rows) == {"alert_events", "change_events", "alert_groups", "correlations"}
    [deploy] = rows["change_events"]
    assert (deploy["source"], deploy["timestamp"]) == ("signalcraft-change", at(-6))
    assert [(r["fingerprint"], r["source"]) for r in rows["alert_events"]] == [
        ("e1", "signalcraft-alert"), ("e2", "signalcraft-alert"), ("l1", "signalcraft-alert"),
    ]
    assert [(g["id"], g["status"], g["version"], g["opened_at"]) for g in rows["alert_groups"]] == [
        (ERRORS_GROUP, "created", 1, at(0)),
        (LATENCY_GROUP, "created", 1, at(1)),
    ]
    # every correlation version goes to the correlations topic (key = group id, value = the
    # record) and to the store
    correlations = [Correlation.model_validate_json(m.value) for m in messages]
    expected = {gid: [(deploy["id"], *row[1:])] for gid, [row, *_] in EXPECTED.items()}
    assert summary(final_sets(correlations)) == expected
    assert len(messages) == 2
    for message, correlation in zip(messages, correlations, strict=True):
        assert message.key == correlation.group_id.encode()
        assert dict(message.headers) == {"sc-format": b"signalcraft-correlation", "sc-workspace": b"acme"}
    assert [(r["id"], r["version"], r["suspect"]) for r in rows["correlations"]] == [
        (c.id, c.version, c.suspect) for c in correlations
    ]


def test_a_resolution_named_by_fingerprint_is_stored_with_its_group():
    import json as _json

    from signalcraft.config import Settings
    from signalcraft.models import RawMessage
    from tests.support import run_pipeline

    settings = Settings()
    alert = native_alert("HighErrorRate", "e1", 0)
    fp = alert["fingerprint"]
    resolved = (datetime.fromisoformat(alert["starts_at"]) + timedelta(hours=2)).isoformat()

    def msg(topic: str, offset: int, doc: dict, fmt: str) -> RawMessage:
        return RawMessage(topic, 0, offset, _json.dumps(doc).encode(), headers={"sc-format": fmt}, timestamp_ms=offset)

    batches = [
        [msg(settings.topics.alerts, 0, alert, "signalcraft-alert")],
        [msg(settings.topics.alerts, 1, native_alert("Other", "o1", 200), "signalcraft-alert")],  # moves time on
        [msg(settings.topics.resolutions, 0, {"workspace_id": alert["workspace_id"], "fingerprint": fp,
                                              "resolved_at": resolved, "fix": "rolled back"}, "signalcraft-resolution"),
         msg(settings.topics.resolutions, 1, {"workspace_id": alert["workspace_id"], "fingerprint": "nobody",
                                              "resolved_at": resolved, "fix": "?"}, "signalcraft-resolution")],
    ]
    rows, dlq, _ = run_pipeline(settings, batches)
    group = next(g for g in rows["alert_groups"] if fp in g["fingerprints"])
    [stored] = rows["resolutions"]
    assert (stored["group_id"], stored["fingerprint"]) == (group["id"], fp)
    [dead] = [m for m in dlq if dict(m.headers).get("sc-dlq-step") == b"attach"]
    assert b"no alert group held fingerprint 'nobody'" in dict(dead.headers)["sc-dlq-reason"]
