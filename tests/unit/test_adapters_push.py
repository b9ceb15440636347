"""GitHub push webhooks: one Commit per commit, with its files; an empty push is refused with
its reason; detection with and without the event header."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from signalcraft.models import Commit
from signalcraft.params import Identity
from signalcraft.sources.decode import DecodeError, parse_payload

EXAMPLE = Path(__file__).resolve().parents[2] / "sources" / "examples" / "changes" / "github-push-two-commits.json"


def parse(doc: dict, headers: dict[str, str] | None = None) -> list[Commit]:
    fmt, records = parse_payload(json.dumps(doc).encode(), "changes", headers or {}, Identity())
    assert fmt == "github-push"
    return records


def test_each_commit_is_a_record_with_its_files_and_times():
    doc = json.loads(EXAMPLE.read_bytes())
    first, second = parse(doc, {"x-github-event": "push"})
    assert (first.repository, first.project, first.service, first.ref) == (
        "acme-corp/payments-api", "acme-corp/payments-api", "payments-api", "refs/heads/main")
    assert first.message.startswith("Lower Hikari maximumPoolSize to 4")
    assert first.modified == ("src/main/resources/application.yaml", "deploy/helm/values-production.yaml")
    assert first.timestamp == datetime(2025, 3, 11, 13, 52, 11, tzinfo=UTC)  # +02:00 in the payload
    assert first.pushed_at == datetime.fromtimestamp(1741702000, UTC)
    assert second.author == "truiz"
    assert second.added == ("src/main/java/com/acme/payments/client/RetryBudgetMetrics.java",)
    assert second.compare_url == doc["compare"]


def test_a_commit_is_one_row_however_often_and_wherever_it_is_pushed():
    doc = json.loads(EXAMPLE.read_bytes())
    other_branch = parse(doc | {"ref": "refs/heads/release-2.14"})
    assert [c.id for c in parse(doc)] == [c.id for c in other_branch]
    assert len({c.id for c in parse(doc)}) == 2


def test_headers_name_the_service_and_workspace():
    doc = json.loads(EXAMPLE.read_bytes())
    [c, _] = parse(doc, {"sc-service": "payments", "sc-workspace": "acme"})
    assert (c.service, c.workspace_id) == ("payments", "acme")


@pytest.mark.parametrize(("change", "reason"), [
    ({"commits": [], "deleted": True}, "refs/heads/main was deleted without commits; nothing to keep"),
    ({"commits": [{"id": "x", "message": "m"}]}, "'timestamp'"),
    ({"commits": [{"id": "x", "message": "m", "timestamp": "2025-03-11T10:00:00Z", "added": "a.txt"}]},
     "'added' is not a list of paths"),
])
def test_a_push_that_cannot_become_commits_is_refused_with_its_reason(change, reason):
    doc = json.loads(EXAMPLE.read_bytes()) | change
    with pytest.raises(DecodeError) as e:
        parse_payload(json.dumps(doc).encode(), "changes", {"x-github-event": "push"}, Identity())
    assert reason in e.value.reason
