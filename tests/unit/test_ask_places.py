"""A region named inside a place label's values ("alerts in eu-west-1": the clusters prod-eu-west-1 and
staging-eu-west-1), and labels named for what has none (a deploy carries no labels: refused, not dropped).

The store: three alerts in clusters prod-eu-west-1, staging-eu-west-1 and prod-us-east-1, one with no cluster, and a
synthetic check whose name holds "eu-west-1" but whose labels do not; a deploy of checkout."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import alert, asking, at, change

NOW = at(120)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("places") / "s.duckdb"
    rows = [alert(f"Kube{i}Down", "checkout", "firing", i, labels={"cluster": cluster, "team": "shop"})
            for i, cluster in enumerate(("prod-eu-west-1", "staging-eu-west-1", "prod-us-east-1"))]
    rows += [alert("PodRestarts", "checkout", "firing", 5),
             alert("Probe failing (eu-west-1)", "checkout", "firing", 6),
             change("d1", "deployment", "argocd", 10, summary="deploy v1", version="v1")]
    yield from asking(path, rows)


@pytest.mark.parametrize(("question", "names"), [
    ("alerts in eu-west-1", ["Kube0Down", "Kube1Down"]),  # the clusters of that region, not the probe's name
    ("which alerts fired in us-east-1", ["Kube2Down"]),
    ("alerts not in eu-west-1", ["Kube2Down", "PodRestarts", "Probe failing (eu-west-1)"]),  # none: not in it
])
def test_a_region_names_the_place_labels_that_hold_it(asker, question, names):
    answer = asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == names, answer.sql


def test_a_count_in_a_region(asker):
    assert asker.ask("how many alerts in eu-west-1", NOW).rows == [(2,)]


@pytest.mark.parametrize("question", ["deploys in eu-west-1", "deploys in prod-eu-west-1", "deploys on team shop"])
def test_a_label_of_what_carries_none_is_refused_not_dropped(asker, question):
    with pytest.raises(Refused, match="to narrow by"):
        asker.ask(question, NOW)


def test_a_region_no_label_holds_names_nothing(asker):
    with pytest.raises(Refused):
        asker.ask("alerts in ap-south-1", NOW)


@pytest.mark.parametrize("question", ["shop-team alerts", "alerts that carry team=shop", "which alerts bear team=shop"])
def test_a_label_written_before_the_kind_or_after_carry(asker, question):
    answer = asker.ask(question, NOW)
    assert "labels['team'] = 'shop'" in answer.sql and len(answer.rows) == 3, answer.sql


@pytest.fixture(scope="module")
def db_asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("family") / "f.duckdb"
    rows = [alert(name, "payments", "firing", i) for i, name in enumerate(
        ("PostgresqlTooManyConnections", "HikariPoolPendingConnections", "DBPoolPendingAcquiresHigh", "HighErrorRate",
         "KubePodCrashLooping"))]
    yield from asking(path, rows)


@pytest.mark.parametrize(("question", "names"), [
    ("db alerts", ["DBPoolPendingAcquiresHigh", "HikariPoolPendingConnections", "PostgresqlTooManyConnections"]),
    ("database alerts today", ["DBPoolPendingAcquiresHigh", "HikariPoolPendingConnections",
                               "PostgresqlTooManyConnections"]),
    ("db pool alerts", ["DBPoolPendingAcquiresHigh"]),  # the words of one name
])
def test_a_family_of_alerts_named_in_their_own_words(db_asker, question, names):
    answer = db_asker.ask(question, NOW)
    assert sorted(row[answer.columns.index("name")] for row in answer.rows) == names, answer.sql


def test_a_region_after_a_text_cue_is_not_a_place(asker):
    """"whose name mentions eu-west-1" asks for the words in the name: answered with the probe, or refused; never
    with the clusters of the region."""
    try:
        answer = asker.ask("alerts whose name mentions eu-west-1", NOW)
    except Refused:
        return
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["Probe failing (eu-west-1)"]
