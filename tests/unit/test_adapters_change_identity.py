"""What each change adapter says about a report's phase and the change's identifiers: the
facts :func:`~signalcraft.operators.change_identity.fold_reports` folds reports by."""

from __future__ import annotations

import copy
import json
from datetime import timedelta
from pathlib import Path

from signalcraft.models import ChangeEvent
from signalcraft.operators.change_identity import fold_reports
from tests.support import github_deployment_webhooks, parse, parse_changes

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "changes"
SHA = "4f2d8a61c9b3e07d5a1f8c2e6b4d9a3c7e1f0b28"
EVENT_TIME = {"sc-event-time": "2026-03-02T13:50:00Z"}


def example(name: str) -> dict:
    return json.loads((EXAMPLES / name).read_text())


def one(doc: dict, headers: dict[str, str] | None = None) -> ChangeEvent:
    _fmt, [record] = parse(doc, "changes", headers)
    return record


def test_github_deployment_and_statuses_share_identifiers_and_say_their_phase():
    reports = parse_changes(github_deployment_webhooks(
        7, SHA, -5, [("queued", -4.9), ("in_progress", -4), ("success", -1), ("inactive", 30)]))
    assert [(r.source, r.phase) for r in reports] == [
        ("github-deployment", "requested"), ("github-deployment-status", "requested"),
        ("github-deployment-status", "in_progress"), ("github-deployment-status", "live"),
        ("github-deployment-status", "inactive"),
    ]
    assert {json.dumps(r.identifiers, sort_keys=True) for r in reports} == {
        json.dumps({"github_deployment": "acme/payments-api#7", "revision": SHA}, sort_keys=True)
    }
    assert {r.type for r in reports} == {"deployment"}


def test_github_release_is_identified_by_its_tag():
    doc = example("github-release-prerelease.json")
    record = one(doc, {"x-github-event": "release"})
    assert record.identifiers == {"version": doc["release"]["tag_name"]} and record.phase == "live"


def test_argocd_sync_phases_and_the_operation_that_ties_them():
    succeeded = example("argocd-app-succeeded.json")
    running = copy.deepcopy(succeeded)
    op = running["app"]["status"]["operationState"]
    op["phase"] = "Running"
    del op["finishedAt"]
    live, in_progress = one(succeeded), one(running, EVENT_TIME)
    failed = one(example("argocd-app-failed.json"))
    assert (live.phase, in_progress.phase, failed.phase) == ("live", "in_progress", "failed")
    assert live.identifiers == in_progress.identifiers
    assert set(live.identifiers) == {"revision", "argocd_operation"}
    assert live.identifiers["argocd_operation"].startswith(succeeded["app"]["metadata"]["name"] + "@")
    folded = fold_reports([in_progress, live], timedelta(minutes=5), timedelta(minutes=30))
    assert [len(c.reports) for c in folded] == [2]


def test_kubernetes_rollout_events_carry_the_pod_template_and_the_rollout_revision():
    events = example("kubernetes-event-list.json")
    _fmt, records = parse(events, "changes", {"sc-project": "shop"})
    scaled_up = next(r for r in records if r.details.get("reason") == "ScalingReplicaSet")
    assert (scaled_up.type, scaled_up.phase, scaled_up.identifiers) == (
        "deployment", "in_progress", {"pod_template": "5d8f7c9b6d"})
    item = events["items"][0]

    def rollout_event(reason: str, message: str) -> ChangeEvent:
        event = copy.deepcopy(item) | {"reason": reason, "message": message}
        event["involvedObject"] = event["involvedObject"] | {"apiVersion": "argoproj.io/v1alpha1", "kind": "Rollout"}
        event["metadata"] = event["metadata"] | {"uid": f"uid-{reason}"}
        return one(event)

    updated = rollout_event("RolloutUpdated", "Rollout updated to revision 7")
    completed = rollout_event("RolloutCompleted",
                              "Rollout completed update to revision 7 (5d8f7c9b6d): Rollout is Healthy")
    aborted = rollout_event("RolloutAborted", "Rollout aborted update to revision 8")
    rs = rollout_event("ScalingReplicaSet", "Scaled up ReplicaSet payments-api-5d8f7c9b6d (revision 7) from 0 to 1")
    assert [(r.type, r.phase) for r in (updated, completed, aborted, rs)] == [
        ("deployment", "in_progress"), ("deployment", "live"), ("deployment", "failed"), ("deployment", "in_progress")]
    assert updated.identifiers == {"rollout_revision": "payments-api#7"}
    assert completed.identifiers == rs.identifiers == {
        "pod_template": "5d8f7c9b6d", "rollout_revision": "payments-api#7"
    }
    assert aborted.identifiers == {"rollout_revision": "payments-api#8"}


def test_launchdarkly_flag_key_and_version():
    doc = example("launchdarkly-flag-turned-on.json")
    record = one(doc)
    assert record.identifiers["flag"] == record.details["flag_key"]
    assert record.identifiers["flag_version"] == str(doc["currentVersion"]["_version"])
    assert record.identifiers["launchdarkly_entry"] == doc["_id"] and record.phase == "live"


def test_pagerduty_version_and_nested_commit_sha():
    record = one(example("pagerduty-change-deploy.json"))
    assert record.identifiers == {"version": "v2.4.1", "revision": SHA} and record.phase == "live"


def test_native_change_identifiers_from_its_version_and_details_unless_given():
    doc = example("signalcraft-change-config-update.json")
    assert one(doc).identifiers == {"version": "cfg-118"}
    with_sha = doc | {"version": SHA[:10].upper(), "details": {"deployment_id": "d-9"}}
    assert one(with_sha).identifiers == {"revision": SHA[:10], "deployment": "d-9"}
    given = doc | {"identifiers": {"pipeline_run": "812"}, "phase": "requested"}
    record = one(given)
    assert (record.identifiers, record.phase) == ({"pipeline_run": "812"}, "requested")


def test_every_example_report_is_folded_without_error():
    reports = []
    for path in sorted(EXAMPLES.glob("*.json")):
        if path.name.startswith("github-push-"):
            continue  # commits, not change reports
        _fmt, records = parse(path.read_bytes(), "changes", {**EVENT_TIME, "x-github-event": (
            "deployment_status" if "status" in path.stem else "release" if "release" in path.stem else "deployment")})
        reports.extend(records)
    folded = fold_reports(reports, timedelta(minutes=5), timedelta(minutes=30))
    assert sum(len(c.reports) for c in folded) == sum(r.phase != "inactive" for r in reports) > 10
