"""Partition alignment across processes, without a broker: the frontiers another process published."""

from __future__ import annotations

from signalcraft.sources.alignment import UNKNOWN
from signalcraft.sources.cluster_alignment import FREE, ClusterAlignment, pack, unpack


def aligned(foreign: dict[str, int], in_flight: int = 2) -> ClusterAlignment:
    a = ClusterAlignment(1_000, {"bootstrap.servers": "unused:1"}, "g", in_flight=in_flight)
    a._all = ["alerts@0", "alerts@1", "metrics@0", "metrics@1"]
    a.register("alerts@0")
    a.register("metrics@0")
    a._foreign = foreign  # as the exchange thread leaves it
    return a


def test_packing_keeps_a_lower_bound_and_the_wall_second():
    for frontier in (0, 999, 1_000, 1_741_759_188_123):
        back, wall = unpack(pack(frontier, 1_800_000_000))
        assert back <= frontier < back + 1_000 and wall == 1_800_000_000
    assert unpack(pack(UNKNOWN, 1_800_000_000))[0] == UNKNOWN
    assert unpack(pack(FREE, 1_800_000_000))[0] == FREE


def test_another_process_s_partition_holds_this_one_to_its_frontier_plus_the_skew():
    a = aligned({"alerts@1": 50_000, "metrics@1": 20_000})
    a.set("metrics@0", 90_000)
    assert a.limit("alerts@0") == 21_000  # metrics@1, the least of all, plus 1 s


def test_one_not_heard_from_holds_everything_and_a_free_one_nothing():
    assert aligned({"alerts@1": UNKNOWN, "metrics@1": FREE}).limit("alerts@0") == UNKNOWN
    a = aligned({"alerts@1": FREE, "metrics@1": FREE})
    a.set("metrics@0", 5_000)
    assert a.limit("alerts@0") == 6_000  # only this process's own partition holds it


def test_the_published_frontier_lags_by_the_batch_in_flight():
    a = aligned({}, in_flight=2)
    a.set("alerts@0", 10_000)
    a.set("alerts@0", 70_000)  # emitted a batch from 10 s up to 70 s: it may still be on its way
    assert a._local()["alerts@0"] == 10_000
    a.set("alerts@0", 70_000)  # the next call: that batch went on
    assert a._local()["alerts@0"] == 70_000
    a.caught_up("alerts@0", as_of=a.ticket(), last=70_000)
    a.caught_up("alerts@0", as_of=a.ticket(), last=70_000)
    assert a._local()["alerts@0"] == FREE


def test_the_cluster_source_aligns_through_a_group_of_its_own():
    from signalcraft.sources.cluster_alignment import ClusterKafkaSource

    source = ClusterKafkaSource({"bootstrap.servers": "unused:1", "group.id": "prod"}, ["a", "b"], align_ms=5_000)
    alignment = source._alignment
    assert isinstance(alignment, ClusterAlignment) and alignment.max_skew_ms == 5_000
    assert alignment._config["group.id"] == "prod.alignment"
    assert ClusterKafkaSource({"bootstrap.servers": "unused:1"}, ["a"], align_ms=None)._alignment is None
