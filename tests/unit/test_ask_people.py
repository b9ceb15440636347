"""People named by two kinds of what they did ("who silenced something but never acked", "who deployed and also
silenced"), rows made by people another kind of act names ("silences created by people who never acked anything"),
and a share within each group ("percentage of alerts that are critical per service")."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker
from signalcraft.copilot.store import open_read_only
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at, audit, change

NOW = at(120)


def _silence(sid: str, actor: str, minutes: float):
    return audit(sid, "silence", minutes, source="alertmanager-silence", actor=actor, target=sid,
                 starts_at=at(minutes), ends_at=at(minutes + 60), state="active")


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "p.duckdb"
    with DuckDBWriter(path) as writer:
        writer.add([
            _silence("sil-a", "ana", 0), _silence("sil-b", "bo", 10), _silence("sil-c", "bo", 20),
            _silence("sil-d", "cy", 30),
            audit("k1", "ack", 5, actor="ana", target="fp1"), audit("k2", "ack", 6, actor="dee", target="fp2"),
            audit("z1", "snooze", 7, actor="dee", target="fp2", duration_s=600),
            audit("k3", "ack", 20, actor="eve", target="fp3", matchers=(
                {"name": "alertname", "value": "HighErrorRate", "is_equal": True, "is_regex": False},
                {"name": "service", "value": "checkout", "is_equal": True, "is_regex": False})),
            audit("k4", "ack", 200, actor="fay", target="fp4", matchers=(
                {"name": "alertname", "value": "DiskFull", "is_equal": True, "is_regex": False},
                {"name": "service", "value": "cart", "is_equal": True, "is_regex": False})),
            change("d1", "deployment", "github-deployment-status", 0, actor="cy", summary="s", phase="live"),
            change("d2", "deployment", "github-deployment-status", 9, actor="dee", summary="s", phase="live"),
            alert("HighErrorRate", "checkout", "firing", 1),
            alert("LatencyHigh", "checkout", "firing", 2, severity="warning"),
            alert("DiskFull", "cart", "firing", 3, severity="warning"),
        ])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


@pytest.mark.parametrize(("question", "people"), [
    ("people who silenced something but never acked", ["bo", "cy"]),
    ("who silenced alerts and also acked one", ["ana"]),
    ("who deployed but never silenced anything", ["dee"]),
    ("who deployed and also silenced something", ["cy"]),
    ("who acked alerts but never snoozed any", ["ana", "eve", "fay"]),
])
def test_people_of_two_kinds_of_act(asker, question, people):
    assert [row[0] for row in asker.ask(question, NOW).rows] == people


def test_rows_by_people_another_act_names(asker):
    answer = asker.ask("silences created by people who never acked anything", NOW)
    assert sorted(row[answer.columns.index("silence_id")] for row in answer.rows) == ["sil-b", "sil-c", "sil-d"]
    also = asker.ask("silences created by people who also acked", NOW)
    assert [row[also.columns.index("silence_id")] for row in also.rows] == ["sil-a"]
    deploys = asker.ask("deploys by people who never silenced anything", NOW)
    assert [row[deploys.columns.index("actor")] for row in deploys.rows] == ["dee"]


def test_a_share_within_each_group_and_a_share_across_groups(asker):
    within = asker.ask("percentage of alerts that are critical per service", NOW)
    assert sorted(within.rows) == [("cart", 0.0), ("checkout", 50.0)]  # of each service's own alerts
    across = asker.ask("what share of alerts does each service have", NOW)
    assert sorted(across.rows) == [("cart", 33.3), ("checkout", 66.7)]  # of all alerts


def test_acks_after_a_deploy_of_their_service_and_the_people_who_acked_alerts_while_they_fired(asker):
    after = asker.ask("who acked an alert on a service within an hour after that service got deployed?", NOW)
    assert after.rows == [("eve",)]  # checkout deployed at 10:00 and 10:09, eve acked its alert at 10:20; fay's
    # ack of a cart alert came hours after any cart deploy (none)
    firing = asker.ask("who acked checkout alerts while they were still firing", NOW)
    assert firing.rows == [("eve",)]
    racked = asker.sql("which service racked up the most alerts within 30 minutes after one of its own deploys", NOW)
    assert "audit_log" not in racked[0]  # a word corrected into "acked" is not an ack


def test_never_is_at_any_time_and_also_is_in_the_same_window(asker):
    never = asker.sql("people who silenced something today but never acked", NOW)[0]
    assert never.count("2024-03-05 00:00:00") == 1  # the window on the silences only
