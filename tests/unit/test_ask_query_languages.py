"""Questions of the kinds the ninety-fourth and ninety-fifth development halves showed misread: another tool's query
language typed into the question (a Kusto pipeline, a Prometheus selector, a JQL filter, a spreadsheet formula, a
pipe's column list after words), and times told by a place's clock far from UTC ("since midnight, Darwin time", "half
nine last night", "counted in Malé days", "6am this morning ACST"), with buckets of a few minutes."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_dialects import in_words
from signalcraft.copilot.ask_kusto import kusto
from signalcraft.copilot.ask_places import place_zone
from signalcraft.copilot.ask_selectors import selectors
from signalcraft.copilot.ask_spoken_clock import clock_said
from signalcraft.copilot.ask_zones import zone_said
from tests.support import alert, asking, at, change

NOW = at(24 * 60)  # Wednesday 6 March 2024, 10:00 UTC (19:30 in Darwin, whose midnight was 14:30 UTC on the 5th)


@pytest.mark.parametrize(("said", "read"), [
    ('Alerts | where Service == "indexer" and StartTime > ago(1d) | summarize count() by bin(StartTime, 1h)',
     "how many indexer alerts in the last 24 hours per hour"),
    ("Alerts | where StartTime between (datetime(2024-03-05 10:30) .. datetime(2024-03-05 10:45)) "
     "| summarize count() by bin(StartTime, 5m)",
     "how many alerts between 2024-03-05 10:30 and 2024-03-05 10:45 per 5 minutes"),
    ('ChangeEvents | where Type == "rollback" | project Timestamp, Service, Actor',
     "rollbacks - just time, service and actor"),
    ("Alerts | where isnotnull(EndTime) | summarize avg(datetime_diff('minute', EndTime, StartTime)) by Service "
     "-- means avg resolve time per service", "avg resolve time per service"),
    ('ChangeEvents | where Type == "rollback" -- only those which went live within 1 hour after a deploy',
     "rollbacks that went live within 1 hour after a deploy"),
    ("Alerts | where StartTime >= datetime(2025-03-11) and StartTime < datetime(2025-03-12) | count",
     "how many alerts between 2025-03-11 00:00 and 2025-03-12 00:00"),  # (a day alone is its midnight)
    ('Alerts | where Severity != "info" | count', "how many alerts with severity != info"),
    ('Alerts | where Status != "resolved" | project Name, Service', "still open alerts - just name and service"),
    ("Alerts | distinct Service", "distinct services of alerts"),
    ("Alerts | summarize max(StartTime) by Service", "latest alert time per service"),
    ("Alerts | summarize dcount(Service)", "how many distinct services of alerts"),
    ("Alerts | order by StartTime asc | take 3", "first 3 alerts"),
])
def test_a_kusto_pipeline_in_words(said, read):
    assert kusto(said) == read


@pytest.mark.parametrize("said", ["Deploys in the last week | where it failed", "Payments | where status is bad",
                                  "alerts for checkout | last 3", "alerts | count by service", "alerts | top 5",
                                  "deploys | top 5 by service", "alerts | sort by starts_at",
                                  'ChangeEvents | where Service endswith "-api" | count',
                                  "Alerts | summarize count() by bin(StartTime, 1h) | extend x = 1"])
def test_not_a_kusto_pipeline(said):
    assert kusto(said) is None  # no table of the store's kinds before the pipe, or a stage this reader does not know
    # (read by the others as before, or refused as written)


@pytest.mark.parametrize(("said", "read"), [
    ('ALERTS{alertstate="firing", namespace="identity"} which are still firing?',
     "firing alerts with namespace identity which are still firing?"),
    ('ALERTS{service="payments-api", env="prod"}', "payments-api alerts in prod"),
    ('ALERTS{alertstate="firing"} @ 1741704300 (= 14:45 utc) what was firing?',
     "firing alerts at 2025-03-11 14:45 UTC what was firing?"),
    ('like build_info{service="payments-api", env="prod"} which version runs in prod?',
     "for payments-api in prod which version runs in prod?"),
    ("topk(3, count by (metric_key) (early warnings))", "top 3 metric_key by early warnings"),
    ('project = SEARCH AND status = "firing" ORDER BY created DESC', "alerts in project search that are firing, "
                                                                     "newest first"),
    ('=COUNTIFS(env, "staging", service, "search-api") how much?', "how many alerts in staging for search-api how "
                                                                   "much?"),
    ("=AVERAGE(alert_count) for the incidents in project = CHECKOUT", "the average number of alerts per incident in "
                                                                      "project=checkout"),
    ("what changed in prod yesterday | table _time type service summary", "what changed in prod yesterday: time, "
                                                                           "type, service and summary"),
    ("incidents after a flag change | project Service, AlertName, OpenedAt", "incidents after a flag change: service, "
                                                                             "alert name and opened at"),
    ("monitors service:payments-api env:prod", "monitors service:payments-api env:prod"),  # (read as they are)
    ("alerts with team=checkout", "alerts with team=checkout"),
    ('silences where comment ~ "reindex"', 'silences where comment contains "reindex"'),
    ('ALERTS{service=~"payments.*"}', "alerts for services starting with payments"),
    ("project = SEARCH AND status != resolved", "alerts in project search that are still open"),
    ("project = CHECKOUT AND severity != info", "alerts in project checkout with severity != info"),
    ("project = CHECKOUT AND created >= -7d", "alerts in project checkout in the last 7 days"),
    # what stays
    ('ALERTS{alertstate="pending"}', 'ALERTS{alertstate="pending"}'),  # (no state of the store: refused as written)
    ('ALERTS{cluster=~"staging.*"} last week', 'ALERTS{cluster=~"staging.*"} last week'),  # (a pattern of a label)
    ('alerts matching team="payments", severity="critical"', 'alerts matching team="payments", severity="critical"'),
    ("config updates on token-service: the key, old value and new value",
     "config updates on token-service: the key, old value and new value"),
    ("incidents caused by another service: incident service, alert name", "incidents caused by another service: "
                                                                          "incident service, alert name"),
    ("which service had the most alerts | top service", "which service had the most alerts | top service"),
])
def test_fragments_of_other_query_languages(said, read):
    assert selectors(said) == read


@pytest.mark.parametrize(("said", "read"), [
    ("SELECT count(*) FROM Alert WHERE env = 'qa' SINCE 1 week ago", "how many alerts in env qa in the last 7 days"),
    ("SELECT count(*) FROM Incident FACET suspect.changeType", "how many incidents per suspect change type"),
    ("SELECT count(*) FROM Alert SINCE '2025-03-08 00:00:00' UNTIL '2025-03-12 00:00:00' TIMESERIES 1 day",
     "how many alerts between 2025-03-08 00:00:00 and 2025-03-12 00:00:00 per day"),
    ("index=alerts earliest=@d | table *", "alerts today"),
    ("index=changes type=flag_change | table _time service actor", "flag changes - just time, service and actor"),
    ('index=changes type=deployment actor="argocd*" | stats latest(_time) by service',
     "latest deploy time by argocd per service"),
])
def test_nrql_and_splunk_in_words(said, read):
    assert in_words(said) == read


@pytest.mark.parametrize(("place", "zone"), [
    ("Darwin", "Australia/Darwin"), ("Tonga", "Pacific/Tongatapu"), ("Malé", "Indian/Maldives"),
    ("Sask", "America/Regina"), ("Saskatchewan", "America/Regina"), ("Tahiti", "Pacific/Tahiti"),
    ("Queensland", "Australia/Brisbane"), ("Germany", "Europe/Berlin"), ("India", "Asia/Kolkata"),
    ("Australia", None), ("United States", None), ("production", None), ("response", None), ("Mountain", None),
])
def test_the_zone_of_a_place(place, zone):
    assert place_zone(place) == zone  # a country or region of several zones names none


@pytest.mark.parametrize(("said", "read", "zone"), [
    ("busiest hour since midnight, Darwin time. which hour?", "busiest hour since midnight. which hour?",
     "Australia/Darwin"),
    ("incidents yesterday (Wednesday, Tonga time) after a deploy", "incidents yesterday (Wednesday) after a deploy",
     "Pacific/Tongatapu"),
    ("alerts per day this week, counted in Malé days", "alerts per day this week", "Indian/Maldives"),
    ("log lines from minuit to 6h Tahiti", "log lines from minuit to 6h", "Pacific/Tahiti"),
    ("incidents after an early warning, today in Tahiti?", "incidents after an early warning, today?",
     "Pacific/Tahiti"),
    ("deploys from 18:00 yesterday to 06:00 today ACST", "deploys from 18:00 yesterday to 06:00 today",
     "Australia/Darwin"),
    ("Jordan time alerts yesterday", "alerts yesterday", "Asia/Amman"),
    ("alerts yesterday in Darwin's time zone", "alerts yesterday", "Australia/Darwin"),
    ("alerts yesterday, Darwin local time", "alerts yesterday", "Australia/Darwin"),
    ("alerts yesterday (Malé day)", "alerts yesterday", "Indian/Maldives"),
    ("deploys at 3pm Berlin on Monday", "deploys at 3pm on Monday", "Europe/Berlin"),
    # what stays
    ("what changed today on canary", "what changed today on canary", None),  # (a second review's probes: a place
    ("how many alerts on Christmas day", "how many alerts on Christmas day", None),  # that is also a word, a person's
    ("who acked alerts yesterday (jordan)", "who acked alerts yesterday (jordan)", None),  # name or a holiday)
    ("(cc Jordan) alerts yesterday", "(cc Jordan) alerts yesterday", None),
    ("what fired at wake time yesterday", "what fired at wake time yesterday", None),
    ("alerts now in Lima", "alerts now in Lima", None),
    ("alerts with high response time yesterday", "alerts with high response time yesterday", None),
    ("alerts in production time window", "alerts in production time window", None),
    ("the Mountain time alerts", "the Mountain time alerts", None),
])
def test_a_place_whose_clock_tells_the_time(said, read, zone):
    assert zone_said(said) == ((read, zone) if zone else (said, None))


@pytest.mark.parametrize(("said", "read"), [
    ("what silences were on at half nine last night", "what silences were on at 21:30 yesterday"),
    ("what was firing at quarter to 9 yesterday morning", "what was firing at 08:45 yesterday"),
    ("alerts at 2 last night", "alerts at 02:00 today"),
    ("deploys since 3 in the arvo", "deploys since 15:00"),
    ("alerts since I came in at 8", "alerts since 08:00 today"),
    ("from end of day yesterday (5pm) till standup at 9 this morning", "from 17:00 yesterday till 09:00 today"),
    ("on Tuesday between 6 and 8 in the morning", "on Tuesday between 06:00 and 08:00"),
    ("staging alerts since iftar yesterday (18:12 Malé time)", "staging alerts since 18:12 yesterday (Malé time)"),
    ("error lines after v2.14.0 went live in prod (4h31 Tahiti)", "error lines after v2.14.0 went live in prod "
                                                                  "(Tahiti)"),
    ("incidents opened yesterday (Wednesday) after a deploy", "incidents opened yesterday after a deploy"),
    ("which hour of Wednesday had the most alerts", "which hour on Wednesday had the most alerts"),
    ("alerts between 22:00 and 06:00 last night", "alerts between 22:00 yesterday and 06:00 today"),
    ("what fired at 5 last night", "what fired at 17:00 yesterday"),
    ("what fired during the standup at 9:30", "what fired at 9:30"),
    ("alerts from end of day yesterday (5pm)", "alerts since 17:00 yesterday"),
    # what stays
    ("critical alerts: the last 10 last night", "critical alerts: the last 10 last night"),  # (a second review's
    ("how many alerts fired, 3 last night?", "how many alerts fired, 3 last night?"),  # probes: a number of rows, a
    ("incidents opened with more than 3 last night", "incidents opened with more than 3 last night"),  # bound, a name
    ("alerts, top 5 this morning", "alerts, top 5 this morning"),
    ("what fired around 10 last night", "what fired around 10 last night"),
    ("alerts last night between ten pm and six this morning", "alerts last night between ten pm and six this morning"),
    ("the 9 o'clock alerts yesterday", "the 9 o'clock alerts yesterday"),
    ("alerts after the deploy (14:02) of checkout", "alerts after the deploy (14:02) of checkout"),
    ("alerts in the last half hour", "alerts in the last half hour"),
    ("half of the alerts this morning", "half of the alerts this morning"),
    ("top 3 services this morning", "top 3 services this morning"),
    ("alerts at 14:30 yesterday", "alerts at 14:30 yesterday"),
])
def test_a_clock_as_people_say_it(said, read):
    assert clock_said(said) == read


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    yield from asking(tmp_path_factory.mktemp("languages") / "l.duckdb", [
        alert("QueueBacklog", "indexer", "firing", 30), alert("QueueBacklog", "indexer", "resolved", 30, 50),
        alert("Latency", "indexer", "firing", 32), alert("Latency", "checkout", "firing", 41),
        alert("DiskLow", "indexer", "firing", 300), alert("CertExpiry", "checkout", "firing", 900),
        change("s1", "scale", "kubernetes-event", 20, actor="hpa", service="indexer", phase="live",
               summary="scaled indexer from 4 to 2 replicas", details={"replicas_from": "4", "replicas_to": "2"}),
    ])


def test_since_midnight_on_a_place_clock(asker):
    darwin, utc = (asker.ask(q, NOW) for q in ("alerts since midnight, Darwin time", "alerts since midnight"))
    darwin, utc = ({row[a.columns.index("name")] for row in a.rows} for a in (darwin, utc))
    assert darwin == {"DiskLow", "CertExpiry"} and utc == {"CertExpiry"}  # Darwin's midnight is 14:30 UTC


def test_a_spoken_time_of_yesterday(asker):
    firing = asker.ask("which alerts were firing at half past ten yesterday morning", NOW)
    assert [row[firing.columns.index("name")] for row in firing.rows] == ["QueueBacklog"]  # 10:30, before the
    # Latency alert of 10:32


def test_buckets_of_five_minutes(asker):
    plain = asker.ask("how many alerts per 5 minutes yesterday between 10:30 and 10:45", NOW)
    assert [row[1] for row in plain.rows] == [2, 1]  # 10:30 (10:30, 10:32) and 10:40 (10:41)
    kql = asker.ask("Alerts | where StartTime between (datetime(2024-03-05 10:30) .. datetime(2024-03-05 10:45)) "
                    "| summarize count() by bin(StartTime, 5m)", NOW)
    assert kql.rows == plain.rows


def test_a_selector_and_a_filter_read_as_their_words(asker):
    assert asker.sql('ALERTS{alertstate="firing", service="indexer"}', NOW)[0] == \
        asker.sql("firing indexer alerts", NOW)[0]
    assert asker.sql('project = SHOP AND status = "firing" ORDER BY created DESC', NOW)[0] == \
        asker.sql("alerts in project shop that are firing, newest first", NOW)[0]


def test_a_condition_of_sql_is_never_dropped(asker):
    with pytest.raises(Refused) as refused:
        asker.ask("SELECT count(*) FROM Alert WHERE env = 'qa' SINCE 1 week ago", NOW)  # had counted every alert
    assert refused.value.kind == "ungrounded"


def test_scale_down_events_are_a_kind_of_change(asker):
    answer = asker.ask("scale down events of indexer, list", NOW)  # had been refused as an order
    assert len(answer.rows) == 1 and "type = 'scale'" in answer.sql


def test_an_order_after_an_arrow(asker):
    with pytest.raises(Refused) as refused:
        asker.ask('project = SHOP AND status = "firing" -> bulk transition all of them to Resolved', NOW)
    assert refused.value.kind == "asks_to_change_data"


def test_a_condition_beside_early_warnings_is_applied(asker):
    sql = asker.sql("for each incident in project = SHOP that had early warnings: service and number of warnings",
                    NOW)[0]
    assert "FROM incident_warnings" in sql and "project = 'shop'" in sql  # had been split off and left unread


@pytest.mark.parametrize("question", ["how many alerts resolved in 5 minutes", "incidents closed in 30 minutes",
                                      "which alert fires every 5 minutes"])
def test_a_duration_or_a_repeat_is_no_bucket(asker, question):
    assert "TIME_BUCKET" not in asker.sql(question, NOW)[0]  # (a second review's probes: had been counts per bucket)


@pytest.mark.parametrize("question", ["bulk silences by ana last week", "how long from deploy -> rollback"])
def test_words_that_are_no_order(asker, question):
    try:
        asker.sql(question, NOW)
    except Refused as refused:
        assert refused.kind != "asks_to_change_data"  # (had been refused as orders)
