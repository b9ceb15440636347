"""The join's output records, built without validating again (:func:`trusted`), are the records the
models' constructors make of the same values: equal, field by field and type by type, every field set,
the same JSON; and the join emits what it emitted with every record validated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from signalcraft.models import AlertGroup, Correlation
from signalcraft.operators import correlation_rank, grouping
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.records import trusted
from tests.support import load_benchmark


def _emitted() -> list[AlertGroup | Correlation]:
    """What the grouped join emits over a seeded scenario, batch after batch, key by key."""
    bench = load_benchmark("correlation")
    scenario = load_benchmark("correlation_scenario").generate(seed=3, incidents=60)
    records = [r for rs in bench.decoded(scenario) for r in rs]
    join, states, out = GroupJoin(AlertGrouper(), Correlator()), {}, []
    for i in range(0, len(records), 40):
        for key, batch in join.by_key(records[i:i + 40]):
            states[key], found = join.step_many(states.get(key), batch)
            out += found
    return out


EMITTED = _emitted()


def _validated(record: AlertGroup | Correlation) -> AlertGroup | Correlation:
    return type(record)(**dict(record))


def test_the_scenario_emits_every_kind_of_record():
    statuses = {r.status for r in EMITTED if isinstance(r, AlertGroup)}
    corr = [r for r in EMITTED if isinstance(r, Correlation)]
    assert statuses == {"created", "updated", "resolved"} and any(r.resolved_at for r in EMITTED
                                                                 if isinstance(r, AlertGroup))
    assert {r.withdrawn for r in corr} == {True, False} and {r.suspect for r in corr} == {True, False}
    assert any(r.live_at is None for r in corr) and any(r.live_at for r in corr)


def test_each_record_is_the_one_its_model_makes_of_its_values():
    for record in EMITTED:
        made = _validated(record)
        assert record == made
        assert list(record.__dict__) == list(made.__dict__)
        assert [type(v) for v in record.__dict__.values()] == [type(v) for v in made.__dict__.values()]
        assert [getattr(v, "tzinfo", None) for v in record.__dict__.values()] == [
            getattr(v, "tzinfo", None) for v in made.__dict__.values()]
        assert record.model_fields_set == made.model_fields_set
        assert record.model_dump_json() == made.model_dump_json()
        assert hash(record.id) == hash(made.id) and record.model_copy() == made


def test_the_join_emits_what_it_emitted_with_every_record_validated(monkeypatch):
    validating = lambda cls, values: cls(**values)  # noqa: E731 - the constructor, field by field
    monkeypatch.setattr(correlation_rank, "trusted", validating)
    monkeypatch.setattr(grouping, "trusted", validating)
    again = _emitted()
    assert again == EMITTED and [type(r) for r in again] == [type(r) for r in EMITTED]


def test_a_record_is_frozen_and_its_datetimes_utc_as_the_model_makes_them():
    t = datetime(2024, 1, 1, 12, tzinfo=timezone(timedelta(hours=2)))
    values = {"id": "corr-1", "workspace_id": "w", "group_id": "g", "change_id": "c", "rank": 1, "score": 0.5,
              "lag_s": 60.0, "reasons": ("r",), "suspect": True, "version": 1, "requested_at": t, "live_at": None,
              "withdrawn": False}
    record = trusted(Correlation, dict(reversed(values.items())))
    assert record == Correlation(**values) and record.requested_at.tzinfo is UTC
    assert list(record.__dict__) == list(Correlation.model_fields)
    with pytest.raises(Exception, match="frozen"):
        record.rank = 2
    with pytest.raises(ValueError, match="no timezone"):
        trusted(Correlation, {**values, "requested_at": t.replace(tzinfo=None)})
    with pytest.raises(KeyError):
        trusted(Correlation, {k: v for k, v in values.items() if k != "rank"} | {"rnak": 1})
    with pytest.raises(TypeError, match="not its own"):
        trusted(Correlation, {**values, "extra": 1})
