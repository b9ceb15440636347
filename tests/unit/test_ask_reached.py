"""A release met by a deployment of its version: "which releases reached production within an hour", "releases
that never made it to production", "releases deployed to staging".

The store is :mod:`tests.unit.test_ask`'s with three releases of checkout: v3.0 published at 10:00 and deployed to
production 30 minutes later, v3.1 published at 11:00 and deployed to production 100 minutes later (and to staging
at once), v3.2 published at 12:00 and deployed nowhere; v3.2's tag went out to production *before* as v3.20."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Refused
from tests.support import asking, at, change
from tests.unit.test_ask import _store

NOW = at(600)


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("reached") / "s.duckdb"
    rows = [change(f"rel-{v}", "release", "github", t, version=v, summary=f"release {v}")
            for v, t in (("v3.0", 0), ("v3.1", 60), ("v3.2", 120))]
    rows += [change(f"dep-{v}-{env}", "deployment", "argocd", t, version=v, summary=f"deploy {v}").model_copy(
                 update={"environment": env})
             for v, t, env in (("v3.0", 30, "prod"), ("v3.1", 160, "production"), ("v3.1", 61, "staging"),
                               ("v3.20", 100, "prod"))]
    yield from asking(path, rows, base=(_store,))


def _versions(answer) -> list[str]:
    return sorted(row[answer.columns.index("version")] for row in answer.rows)


@pytest.mark.parametrize(("question", "versions"), [
    ("Which of our releases reached production within an hour of being published?", ["v3.0"]),
    ("which releases made it to a prod deploy within 2 hours", ["v3.0", "v3.1"]),  # prod and production alike
    ("releases that got to production in under 20 minutes", []),
    ("which releases were live in production less than an hour after they were published", ["v3.0"]),
    ("which releases was deployed on production inside one hour?", ["v3.0"]),
    ("which releases were deployed to production", ["v3.0", "v3.1"]),  # no span: at any time
    ("releases that never made it to production", ["v3.2"]),  # v3.20 is another version
    ("which releases have not been deployed to staging", ["v3.0", "v3.2"]),
    ("which releases have not reached production yet", ["v3.2"]),  # the releases are reported in prod themselves
    ("which releases reached production within 2 days of being published", ["v3.0", "v3.1"]),
    ("releases that made it to prod within the hour", ["v3.0"]),
])
def test_a_release_met_by_a_deployment_of_its_version(asker, question, versions):
    answer = asker.ask(question, NOW)
    assert "c.type = 'release'" in answer.sql and _versions(answer) == versions, answer.sql


def test_an_environment_the_store_lacks_is_not_read_as_one(asker):
    with pytest.raises(Refused):
        asker.ask("which releases reached qa-eu-9 within an hour", NOW)


@pytest.mark.parametrize("question", ["releases that took longer than an hour to reach production",
                                      "releases that reached production but not staging"])
def test_a_bound_after_or_a_second_environment_is_refused_not_dropped(asker, question):
    with pytest.raises(Refused):
        asker.ask(question, NOW)
