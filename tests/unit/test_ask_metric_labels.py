"""A metric's aggregate broken down by a label of its samples: "max p99 per service", "which service hit the
highest p99". Before, the label was dropped and one value of all services came back (or, for "which service hit
…", the verb was taken for a service's name and the question refused)."""

from __future__ import annotations

import pytest

from signalcraft.copilot.ask import Asker, Refused
from signalcraft.copilot.store import open_read_only
from signalcraft.models import MetricPoint
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at

NOW = at(120)
SAMPLES = {("checkout", "pool-a"): (0.2, 0.9, 0.4), ("search", "pool-b"): (0.3, 0.5, 0.1), ("cart", None): (0.7,)}


@pytest.fixture(scope="module")
def asker(tmp_path_factory):
    path = tmp_path_factory.mktemp("ask_metric") / "s.duckdb"
    points = [
        MetricPoint(id=f"{service}-{i}", workspace_id="acme", metric_key=f"latency_p99{{service={service}}}",
                    name="latency_p99", labels={"service": service} | ({"pool": pool} if pool else {}), value=v,
                    timestamp=at(100 + i), source="prometheus-kafka-adapter")
        for (service, pool), values in SAMPLES.items() for i, v in enumerate(values)]
    pool = [alert("PoolSaturated", "checkout", "firing", 101.5), alert("PoolSaturated", "checkout", "resolved", 101.5,
                                                                       end=102.5)]
    with DuckDBWriter(path) as writer:
        writer.add([*points, *pool])
        writer.flush()
    con = open_read_only(path)
    yield Asker(con)
    con.close()


def rows(asker, question):
    return asker.ask(question, NOW).rows


def test_an_aggregate_per_label_value(asker):
    assert sorted(rows(asker, "max latency_p99 per service")) == [("cart", 0.7), ("checkout", 0.9), ("search", 0.5)]
    assert sorted(rows(asker, "average p99 latency by service")) == [("cart", 0.7), ("checkout", 0.5),
                                                                     ("search", 0.3)]  # averages: one decimal
    assert sorted(rows(asker, "lowest latency_p99 for each pool")) == [("pool-a", 0.2), ("pool-b", 0.1)]


def test_which_label_value_is_first(asker):
    assert rows(asker, "which service hit the highest p99") == [("checkout", 0.9)]
    assert rows(asker, "which svc had the lowest latency_p99") == [("search", 0.1)]
    assert rows(asker, "which 2 services had the highest p99") == [("checkout", 0.9), ("cart", 0.7)]
    assert rows(asker, "which services had the highest p99") == [("checkout", 0.9), ("cart", 0.7), ("search", 0.5)]


def test_one_value_when_no_label_is_asked(asker):
    assert rows(asker, "peak latency_p99") == [(0.9,)]
    assert rows(asker, "max latency_p99 in the last 19 minutes") == [(0.4,)]  # after at(101)


def test_samples_while_an_alert_fired(asker):
    """Only the samples at(102) fall inside PoolSaturated's firing: 0.4 and 0.1. The plural ("the … alerts were
    firing") and the bare name had dropped the metric and listed the alerts."""
    for question in ("peak latency_p99 while the PoolSaturated alerts were firing",
                     "peak latency_p99 while PoolSaturated was firing", "max latency_p99 while the PoolSaturated alert "
                                                                        "was firing"):
        assert rows(asker, question) == [(0.4,)], question
    with pytest.raises(Refused, match="latency_p99 is named but the answer would not read its samples"):
        asker.ask("peak latency_p99 when PoolSaturated alerts fired", NOW)
