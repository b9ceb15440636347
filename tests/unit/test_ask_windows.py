"""Windows placed by one named thing: the alerts that started while a named alert fired (other than it), a metric's
samples before, after or either side of each occurrence of an event, a quoted text before "lines", "your" alert
(the one the person talks about), the warnings' kinds and series, and a count for each event with its columns. The
store is :mod:`tests.unit.test_ask`'s (Tuesday 2024-03-05, now 12:00 UTC): LatencyP99High fires on checkout from
11:30, HighErrorRate on search (staging) from 11:40, the new-checkout flag changed at 11:25 and db_pool_pending was
sampled at 11:40, 11:41 and 11:42 (2, 9, 4)."""

from __future__ import annotations

import duckdb
import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from tests.support import alert, asking, at, change
from tests.unit.test_ask import NOW, _store


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("windows") / "s.duckdb", base=(_store,))


def names(answer):
    return sorted(row[answer.columns.index("name")] for row in answer.rows)


def test_alerts_that_started_while_a_named_alert_fired(asker):
    """Any service's alerts that started inside the named alert's firing ("which service had the most other alerts
    start while your pool alert was firing" had been refused as a relation of alerts to themselves)."""
    assert names(asker.ask("alerts that started while the LatencyP99High alert was firing", NOW)) == \
        ["HighErrorRate", "LatencyP99High"]
    assert names(asker.ask("other alerts that started while your LatencyP99High alert was firing", NOW)) == \
        ["HighErrorRate"]
    top = asker.ask("which service had the most other alerts start while the LatencyP99High alert was firing", NOW)
    assert top.rows == [("search", 1)], top.sql


def test_a_metric_around_each_occurrence_of_an_event(asker):
    """Samples after, or either side of, an event that is not singled out: each occurrence's window (the metric's
    samples had been refused as not read); a sample counts once."""
    assert asker.ask("max db_pool_pending in the 15 minutes after a flag change", NOW).rows == [(2.0,)]
    assert asker.ask("avg db_pool_pending in the 20m after the flag change", NOW).rows == [(5.0,)]
    assert asker.ask("avg db_pool_pending, post window = 20m after the flag change", NOW).rows == [(5.0,)]
    around = asker.ask("db_pool_pending samples 15m either side of the new-checkout flag change", NOW)
    assert [row[around.columns.index("value")] for row in around.rows] == [2.0], around.sql
    before = asker.ask("db_pool_pending samples in the 10 minutes before the flag change", NOW)
    assert before.rows == [], before.sql


def test_a_quoted_text_before_lines_is_searched(asker):
    """ "'Connection is not available' lines": the lines with that text (its "not" had been read as a negation and
    refused)."""
    sql = asker.ask("how many 'Connection is not available' error lines yesterday", NOW).sql
    assert "body ILIKE '%connection is not available%'" in sql and "is_error" in sql, sql
    sql = asker.ask('number of "Connection is not available" lines per hour yesterday', NOW).sql
    assert "body ILIKE '%connection is not available%'" in sql and "GROUP BY" in sql, sql


@pytest.fixture(scope="module")
def warned(tmp_path_factory):
    """The store with four warnings on checkout: three MetricAnomaly on two series (two on the pool's, at 11:35 and
    11:41; one at 11:20, ten minutes before LatencyP99High fired), one HighLogErrorRate (11:12)."""
    path = tmp_path_factory.mktemp("warned") / "s.duckdb"
    _store(path)
    con = duckdb.connect(str(path))
    for wid, kind, key, minute in (("w1", "MetricAnomaly", "metric:acme/db_pool_pending", 95),
                                   ("w2", "MetricAnomaly", "metric:acme/db_pool_pending", 101),
                                   ("w3", "MetricAnomaly", "metric:acme/cpu", 80),
                                   ("w4", "HighLogErrorRate", "logs:acme/checkout", 72)):
        con.execute("INSERT INTO warnings VALUES (?, 'acme', MAP {'alertname': ?, 'service': 'checkout', 'project': "
                    "'shop', 'environment': 'production'}, MAP {}, ?, NULL, '', ?, 2.0, 1.0, [0.5, 1.5], 4.0, "
                    "'detector', 'firing', 1)", [wid, kind, at(minute), key])
    con.close()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def test_the_kind_of_a_warning_is_its_alertname(warned):
    """ "which kind of warning fires the most" had been refused (warnings are not recorded per type); "warnings per
    kind" had listed every warning."""
    assert warned.ask("which kind of warning (alertname) fires the most", NOW).rows == [("MetricAnomaly", 3)]
    assert sorted(warned.ask("warnings per kind", NOW).rows) == [("HighLogErrorRate", 1), ("MetricAnomaly", 3)]


def test_the_series_that_raised_the_most_warnings(warned):
    """ "metric keys" and "series" beside warnings are the warnings' own series (they had counted metric samples per
    metric name, or narrowed the warnings to MetricAnomaly by the word "metric")."""
    for question in ("Which two warning series (metric keys) raised the most early warnings?",
                     "which 2 metric keys have the most warnings"):
        answer = warned.ask(question, NOW)
        assert answer.rows == [("metric:acme/db_pool_pending", 2), ("logs:acme/checkout", 1)], answer.sql
    answer = warned.ask("metric anomaly warnings", NOW)  # had been every metric sample
    assert sorted(row[0] for row in answer.rows) == ["w1", "w2", "w3"], answer.sql


def test_a_count_for_each_warning_lists_what_is_asked(warned):
    """ "warning id + how many": the id and the count (the warning's service and start had been added); a list
    written as a last sentence after a period is the columns too."""
    answer = warned.ask("for every early warning, warning id + how many alerts on its service in the 15 min after it "
                        "(0s incl.)", NOW)
    assert answer.columns == ["id", "alerts"] and sorted(answer.rows) == [("w1", 0), ("w2", 0), ("w3", 1), ("w4", 0)]
    answer = warned.ask("for every early warning: its id, its service and how many alerts on its service in the "
                        "15 min after it", NOW)  # a service shown by its label's value
    assert answer.columns == ["id", "service", "alerts"] and ("w3", "checkout", 1) in answer.rows, answer.sql
    answer = warned.ask("for every deploy, how many alerts of the same service started in the hour after? zeros too. "
                        "service, time of the deploy and the count", NOW)
    assert answer.columns == ["service", "timestamp", "alerts"] and answer.rows == [("checkout", at(-10), 1)]


@pytest.fixture(scope="module")
def burning(tmp_path_factory):
    """The store with an SLO alert whose label short_window is "30m"."""
    rows = [alert("ErrorBudgetBurn", "checkout", "firing", 110, labels={"short_window": "30m"})]
    yield from asking(tmp_path_factory.mktemp("burning") / "s.duckdb", rows, base=(_store,))


def test_a_span_written_short_is_a_span(burning):
    """ "in the 30m after": thirty minutes, even where a label's value is "30m" (it had been read as that label and
    refused); a label named with its key is still read."""
    sql = burning.ask("how many alerts in the 30m after the new-checkout flag change", NOW).sql
    assert "INTERVAL '30' MINUTE" in sql and "short_window" not in sql, sql
    assert burning.ask("alerts with short_window 30m", NOW).rows[0][6] == "ErrorBudgetBurn"


def test_a_day_named_beside_its_nickname_and_syncs(asker):
    """ "on release day (march 5)": that day (had been refused: 'release' read as changes of that type); an Argo CD
    sync is a deployment (each sync had been refused as a breakdown not read)."""
    answer = asker.ask("for each deploy on release day (march 5): service, version and how many alerts in the 60 min "
                       "after", NOW)
    assert answer.rows == [("checkout", "v2.0.1", 1)], answer.sql
    assert "type = 'deployment'" in asker.ask("how many syncs today", NOW).sql
    assert asker.ask("for every sync, how many alerts of the same service started in the hour after", NOW).rows[0][-1] \
        == 1


@pytest.fixture(scope="module")
def tagged(tmp_path_factory):
    """The store with two more checkout deploys of v2.1.0: one by GitHub (the commit, its tag as the ref), one by a
    tool that names the tag."""
    rows = [change("t0", "deployment", "github-deployment-status", 20, version="abc123", phase="live",
                   details={"ref": "v2.1.0"}, summary="deploy v2.1.0"),
            change("t1", "deployment", "argocd", 40, version="v2.1.0", phase="live", summary="sync v2.1.0")]
    yield from asking(tmp_path_factory.mktemp("tagged") / "s.duckdb", rows, base=(_store,))


def test_a_version_counted_as_it_is_listed(tagged):
    """ "how many different versions": the versions as listed, the tag where a deploy has one (the commit had been
    counted, which a tag and its commit count twice when another deploy carries only its tag)."""
    answer = tagged.ask("How many different versions of checkout have been deployed ?", NOW)
    assert answer.rows == [(2,)], answer.sql  # v2.0.1 and v2.1.0 (the commit and its tag had been 3)


def test_the_order_of_a_speaker_of_another_language(asker):
    """ "deploys which had after them critical alert": the deploys an alert followed (the direction had been read
    the other way: alerts before deploys); "X deploy after, inside 30 minute, which alert started?": the alerts in
    the 30 minutes after it (had listed the deploy)."""
    answer = asker.ask("deploys on prod today which had after them critical alert on same service in one hour", NOW)
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v2.0.1"], answer.sql
    answer = asker.ask("checkout v2.0.1 deploy after, inside 30 minute, which checkout alert started?", NOW)
    assert sorted({row[answer.columns.index("name")] for row in answer.rows}) == ["HighErrorRate"], answer.sql


def test_the_minutes_between_two_events_asked_with_a_day_first_and_a_remark_after(asker):
    """ "on march 5, how many min between …? thats the number ppl keep quoting": "min" is minutes (had been read as
    the minimum and refused), the leading day goes with both events, and the remark after the question leaves every
    shape of reading open (only a plain reading had been tried without it)."""
    for question in ("on march 5, how many min between the first checkout deploy and the first checkout alert? thats "
                     "the number ppl keep quoting", "how many min between the first checkout deploy and the first "
                                                    "checkout alert"):
        answer = asker.ask(question, NOW)
        assert answer.columns == ["minutes"] and answer.rows == [(10.0,)], answer.sql


def test_rows_between_a_version_going_live_and_another_event(asker):
    """ "between v2.0.1 going live and the flag change": from that version's deploy (a version written without "the"
    had been refused), whatever purpose follows the question ("for the failed-payments reconciliation" had been read
    for names)."""
    for question in ("how many alerts fired between v2.0.1 going live and the flag change",
                     "how many alerts fired between the v2.0.1 deploy and the flag change, for the failed-payments "
                     "reconciliation"):
        answer = asker.ask(question, NOW)
        assert answer.rows == [(3,)], answer.sql  # checkout's at 10:00, billing's at 10:50, inventory's at 11:00


def test_the_latest_few_before_an_event(asker):
    """ "the 2 latest alerts before the flag change": the last two before it, any service (the alerts in the 15
    minutes before it on its service had been listed); "the 5 latest changes before the flag change": other changes
    than it (refused as a relation of changes to themselves)."""
    answer = asker.ask("the 2 latest alerts before the flag change", NOW)
    assert [row[answer.columns.index("name")] for row in answer.rows] == ["DiskSpaceLow", "BillingExportFailed"]
    answer = asker.ask("the 5 latest changes before the new-checkout flag change", NOW)
    assert [row[answer.columns.index("version")] for row in answer.rows] == ["v2.0.1"], answer.sql


def test_what_was_firing_at_the_moment_of_one_event(asker):
    """ "what was still firing at the moment the new-checkout flag change went live": the alerts firing then (an
    event without "first" or a day had been refused, and "what" alone read as nothing); "bo flipped the flag" is
    the flag change bo made."""
    for question in ("what was still firing at the moment the new-checkout flag change went live",
                     "what was still firing at the moment bo flipped the new-checkout flag"):
        answer = asker.ask(question, NOW)
        assert sorted(row[answer.columns.index("name")] for row in answer.rows) == \
            ["BillingExportFailed", "DiskSpaceLow"], answer.sql  # HighErrorRate on checkout had resolved at 10:30


def test_an_exception_said_with_the_ones_and_a_name_corrected(asker):
    """ "alerts except the ones on checkout": every alert but checkout's (the negation had been dropped: only
    checkout's); "alerts on checkout, I mean inventory": the name typed again replaces the last one (had been
    refused)."""
    for question in ("alerts except the ones on checkout", "alerts excluding those on checkout"):
        assert set(names(asker.ask(question, NOW))) == {"BillingExportFailed", "DiskSpaceLow", "HighErrorRate"}
    assert names(asker.ask("alerts on checkout, I mean inventory", NOW)) == ["DiskSpaceLow"]
    assert set(names(asker.ask("alerts on checkout, i mean it", NOW))) == {"HighErrorRate", "LatencyP99High"}


def test_when_the_first_alert_after_an_event_fired(asker):
    """ "when did the first inventory alert fire after the v2.0.1 deploy": its start, however long after (the
    alerts within 15 minutes of it on its service had been listed)."""
    answer = asker.ask("when did the first inventory alert fire after the v2.0.1 deploy", NOW)
    assert answer.rows == [(at(60),)], answer.sql


def test_incidents_counted_by_their_alert_name_their_suspects_type_and_its_author(incidents_asker):
    """On the incidents' store (HighErrorRate blamed on ana's deploy, LatencyP99High without a suspect): "which alert
    name has the most incidents" counts incidents (had been refused as alerts related to incidents); "per suspect
    change type" is per type (had been one row per change); "which persons caused more incidents with their
    changes" ranks the authors (had listed every suspect)."""
    answer = incidents_asker.ask("which alert name has the most incidents?", NOW)
    assert answer.rows == [("HighErrorRate", 1)], answer.sql  # a tie of one each: the first by name
    assert incidents_asker.ask("how many incidents per suspect change type", NOW).rows == [("deployment", 1)]
    answer = incidents_asker.ask("which persons caused more incidents with their changes?", NOW)
    assert answer.rows == [("ana.lopez@acme.io", 1)], answer.sql


def test_a_count_compared_with_another_period_is_refused(asker):
    """ "which service had more alerts than yesterday" had been answered with yesterday's alerts; "more alerts after
    them than before" with the deploys: a comparison with another period is refused, never answered with one side."""
    for question in ("which service had more alerts than yesterday", "deploys with more alerts after them than before"):
        with pytest.raises(Refused) as refused:
            asker.ask(question, NOW)
        assert "comparison with another period" in str(refused.value)
    assert asker.ask("which services had more than 1 alert today", NOW).rows  # a bound is no comparison
