"""Questions of the kinds the eighty-eighth and eighty-ninth development halves (product developers' code habits; an
auditor's and a change manager's evidence requests) showed misread: dates written day first ("01/02/2025–28/02/2025",
"11/03/2025 14:30"), "Q1 FY25", automation said as "automatic accounts", an order after a name ("mas, can you mark …
as resolved"), samples that are "not finite", where the asker looks ("our grafana panel") taken for a source, "when did
X last start", "since my oncall start monday", a day after "since" followed by what the rows are."""

from __future__ import annotations

import re
from datetime import date

import pytest

from signalcraft.copilot.ask import Refused
from signalcraft.copilot.ask_items import ITEMS
from signalcraft.copilot.ask_zones import dates_said
from signalcraft.models import MetricPoint
from tests.support import alert, asking, at, audit, change

NOW = at(200)  # Tuesday 5 March 2024, 13:20 UTC
TODAY = date(2025, 3, 17)


@pytest.mark.parametrize(("said", "read"), [
    ("changes between 11/03/2025 14:30 and 11/03/2025 15:00", "changes between 2025-03-11 14:30 and 2025-03-11 15:00"),
    # (the other reading, 3 November, is still to come)
    ("silences in effect on 01/02/2025? It was Saturday", "silences in effect on 2025-02-01? It was Saturday"),
    ("silences in effect on 01/02/2025, a Thursday", "silences in effect on 2025-01-02, a Thursday"),
    ("silences created in the period 01/02/2025–28/02/2025", "silences created in the period from 2025-02-01 to "
                                                              "2025-02-28"),  # a day over 12: every date day first
    ("deploys between 02/01/2025 and 02/28/2025", "deploys between 2025-02-01 and 2025-02-28"),  # month first
    ("changes in the period 01/01/2025-12/03/2025", "changes in the period from 2025-01-01 to 2025-03-12"),
    ("alerts on 02/03/2025", "alerts on 2025-02-03"),  # nothing says which: month first, as the US writes it
    ("alerts from 13/02/2025 to 02/13/2025", "alerts from 13/02/2025 to 02/13/2025"),  # the two ways at once
])
def test_dates_written_day_first_when_the_question_says_so(said, read):
    assert dates_said(said, TODAY) == read


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    def deploy(key, actor, minutes, service="cart"):
        return change(key, "deployment", "argocd", minutes, actor=actor, service=service, summary=f"deploy {key}",
                      phase="live", version=f"v1.{int(minutes)}")

    def sample(minutes, value):
        labels = {"service": "indexer", "queue": "reindex"}
        return MetricPoint(id=f"m-{minutes}", workspace_id="acme", metric_key="queue_drain_seconds{queue=\"reindex\"}",
                           name="queue_drain_seconds", labels=labels, value=value, timestamp=at(minutes),
                           source="prometheus-kafka-adapter")

    yield from asking(tmp_path_factory.mktemp("evidence") / "e.duckdb", [
        deploy("b1", "argocd (automated)", 10), deploy("b2", "deployment-controller", 20), deploy("p1", "kenji", 30),
        deploy("p2", "kenji", 40), deploy("p3", "ana", 50),
        alert("QueueBacklog", "indexer", "firing", 5), alert("QueueBacklog", "indexer", "resolved", 5, 25),
        alert("QueueBacklog", "indexer", "firing", 90), alert("QueueBacklog", "indexer", "resolved", 90, 95),
        alert("CartErrors", "cart", "firing", 60).model_copy(update={"source": "grafana"}),
        sample(1, 3.0), sample(2, float("inf")), sample(3, float("nan")), sample(4, 4.5),
        audit("sil-1", "silence", 80, source="alertmanager-silence", actor="lucie", target="sil-1", starts_at=at(80),
              ends_at=at(200), state="expired", comment="CHG-2291: indexer reindex window", matchers=(
                  {"name": "service", "value": "indexer", "is_equal": True, "is_regex": False},)),
        audit("sil-2", "silence", 120, source="alertmanager-silence", actor="kenji", target="sil-2", starts_at=at(120),
              ends_at=at(150), state="expired", comment="cart noise", matchers=(
                  {"name": "service", "value": "cart", "is_equal": True, "is_regex": False},)),
        audit("ack-1", "ack", 70, actor="kenji", matchers=(
            {"name": "alertname", "value": "CartErrors", "is_equal": True, "is_regex": False},
            {"name": "service", "value": "cart", "is_equal": True, "is_regex": False})),
    ])


def _column(answer, column: str) -> list:
    return sorted(row[answer.columns.index(column)] for row in answer.rows)


def test_the_automatic_account_named(asker):
    answer = asker.ask("Please, list the deployments that were executed by the automatic account argocd (automated) "
                       "and not by a person. Complete registers.", NOW)
    assert _column(answer, "actor") == ["argocd (automated)"]


def test_the_automatic_accounts_left_out(asker):
    answer = asker.ask("the two persons with the highest number of deployments, excluding the automatic accounts. "
                       "Person and number.", NOW)
    assert answer.rows == [("kenji", 2), ("ana", 1)]


def test_a_share_made_by_automatic_accounts_listed_in_brackets(asker):
    answer = asker.ask("Please, indicate the percentage of the deployments that were executed by the automatic "
                       "accounts (argocd (automated) and deployment-controller).", NOW)
    assert answer.rows == [(40.0,)]  # 2 of 5; the list in brackets (one name bracketed itself) narrows nothing


def test_a_fiscal_year_as_its_calendar_year(asker):
    sql = asker.sql("how many deployments in Q1 FY24", NOW)[0]
    assert "'2024-01-01 00:00:00+00'" in sql


@pytest.mark.parametrize("question", [
    "mas, can you mark the CartErrors incident on cart as resolved? it is ok already now",
    "bro, please mark the cart alerts as resolved",
])
def test_an_order_after_a_name_is_refused(asker, question):
    with pytest.raises(Refused) as refused:
        asker.ask(question, NOW)
    assert refused.value.kind == "asks_to_change_data"


@pytest.mark.parametrize("question", [
    "give me the queue_drain_seconds samples where value is NaN or inf (not finite)",
    "Moien, queue_drain_seconds samples that are not finite, our grafana panel breaks on them",
])
def test_samples_that_are_not_finite(asker, question):
    answer = asker.ask(question, NOW)
    assert "source" not in answer.sql  # where the asker looks, not where the samples came from
    assert len(answer.rows) == 2


def test_alerts_on_the_grafana_dashboard_are_grafanas(asker):
    assert _column(asker.ask("alerts on the grafana dashboard", NOW), "name") == ["CartErrors"]


@pytest.mark.parametrize("question", [
    "when did the QueueBacklog alert start the last time? only the timestamp",
    "when did QueueBacklog last start",
])
def test_when_an_alert_last_started(asker, question):
    answer = asker.ask(question, NOW)
    assert len(answer.rows) == 1 and at(90) in answer.rows[0]


def test_since_my_oncall_started(asker):
    sql = asker.sql("since my oncall start tuesday 5 march, what time the first alert came? just the time", NOW)[0]
    assert "starts_at >= CAST('2024-03-05 00:00:00+00' AS TIMESTAMPTZ)" in sql
    assert "starts_at < CAST('2024-03-06" not in sql  # since that day, not on it alone


@pytest.mark.parametrize(("question", "acked"), [
    ("incidents since monday that were acked", True),
    ("incidents since monday (my oncall) that nobody acked while they were open", False),
])
def test_a_day_after_since_then_what_the_rows_are(asker, question, acked):
    sql = asker.sql(question, NOW)[0]
    assert "opened_at >= CAST('2024-03-04 00:00:00+00' AS TIMESTAMPTZ)" in sql  # a window from monday, not the
    assert ("NOT EXISTS" in sql) is not acked and "k.action = 'ack'" in sql  # time of monday's first ack


@pytest.mark.parametrize(("item", "name"), [
    ("who did the suspect change", "who"),
    ("who made the suspect deploy", "who"),
    ("who resolve", "resolver"),  # "opened, root cause, fix, who resolve"
    ("who resolved it", "resolver"),
    ("the incident service", "service"),
])
def test_list_items_of_suspects_and_fixes(item, name):
    assert next(found for found, pattern in ITEMS if re.fullmatch(pattern, item)) == name


def test_which_of_two_has_more(asker):
    answer = asker.ask("which service has more alerts, indexer or cart?", NOW)
    assert answer.rows == [("indexer", 2)]  # the one with more, not every row of the two (had been the rows)


def test_a_silence_named_by_the_ticket_in_its_comment(asker):
    for question in ("Who created the silence for the indexer reindex (CHG-2291), and what comment he wrote?",
                     "who created the CHG-2291 silence"):
        assert asker.ask(question, NOW).rows[0][0] == "lucie"  # had been refused: the ticket names nothing stored


def test_a_silences_listing_with_its_attributes(asker):
    answer = asker.ask("Please, provide the listing of silences created in the period 05/03/2024–05/03/2024 with: "
                       "silence identifier, author, creation date, scheduled length in minutes and comment.", NOW)
    assert answer.columns[1:] == ["created_by", "created_at", "minutes", "comment"] and len(answer.rows) == 2


def test_a_silence_which_was_created_is_no_order(asker):
    answer = asker.ask("silence which was created while alert on same service still firing - show silence id, who "
                       "made it, alert name", NOW)
    assert "JOIN" in answer.sql and [row[1] for row in answer.rows] == ["kenji"]  # during CartErrors on cart


def test_the_total_hours_silences_were_really_in_place(asker):
    answer = asker.ask("What is the total hours the silences on indexer was really in place? I mean until it ended "
                       "or somebody expire it.", NOW)
    assert answer.rows == [(2.0,)]  # not the silences in effect now (none)


def test_actors_persons_or_automatic_accounts_who_realised_changes(asker):
    sql = asker.sql("Which two actors (persons or automatic accounts) realised the changes that were designated as "
                    "suspect for the highest number of incidents?", NOW)[0]
    assert "GROUP BY change_actor" in sql and "LIMIT 2" in sql  # had been refused


def test_changes_of_a_type_written_as_stored_with_a_date_column(asker):
    answer = asker.ask("changes of type deployment made by kenji: date, service, actor", NOW)
    assert answer.columns == ["timestamp", "service", "actor"] and len(answer.rows) == 2
    assert "type = 'config_update'" in asker.sql("changes of type config_update this year", NOW)[0]


def test_a_question_said_again_as_a_top_n(asker):
    sql = asker.sql("whose deploys set off alerts the most? top 3 deployers by deploys that got an alert on the same "
                    "service within 15 min", NOW)[0]
    assert "LIMIT 3" in sql and "INTERVAL '15' MINUTE" in sql  # had been refused ("within 15 min")
