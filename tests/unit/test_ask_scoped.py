"""Rows of one kind on the services that had rows of another ("alerts on services that had a flag change"). The
store (tests/unit/conftest.py): checkout had deploys and a flag change and alerted; search, inventory and billing-api
alerted and had no change. Before, each of these was refused ("relates alerts and changes in a way that is not read
yet")."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker
from tests.unit.test_ask import NOW


@pytest.fixture(scope="module")
def asker(incidents_asker):
    return incidents_asker


def services(asker, question):
    answer = asker.ask(question, NOW)
    return {row[answer.columns.index("service")] for row in answer.rows}


def test_rows_on_the_services_that_had_another_kind(asker):
    assert services(asker, "alerts on services that had a flag change") == {"checkout"}
    assert services(asker, "alerts for services with a deploy") == {"checkout"}
    assert services(asker, "alerts on services that never had a deploy") == {"search", "inventory", "billing-api"}


def test_the_first_of_the_services_chosen_so(asker):
    for question in ("of the services that ever had a flag flipped, which one had the most alerts?",
                     "which of the services with a deploy had the most alerts"):
        assert asker.ask(question, NOW).rows[0][0] == "checkout", question
    top = asker.ask("which of the services with no deploys had the most alerts", NOW).rows
    assert len(top) == 1 and top[0][0] != "checkout"


def test_a_count_on_those_services(asker):
    assert asker.ask("how many alerts on services that had a flag change", NOW).rows == \
        asker.ask("how many alerts on checkout", NOW).rows


def test_a_relation_in_time_is_not_read_so(asker):
    sql = asker.ask("alerts on services that had a deploy within 15 minutes before", NOW).sql
    assert " IN (SELECT" not in sql  # a relation in time: ask_relate's, or refused


def test_both_parts_stay_in_the_workspace(asker):
    scoped = Asker(asker.con, workspace="acme")  # billing-api is globex's
    answer = scoped.ask("alerts on services that never had a deploy", NOW)
    assert {row[answer.columns.index("service")] for row in answer.rows} == {"search", "inventory"}
    assert answer.sql.count("workspace_id = 'acme'") == 2  # the asked rows and the services' rows
