"""The store's Arrow tables read each record's columns from its ``__dict__`` when they are plain
fields of its model (``Table._fields_getter``): the same tables as reading them as attributes, for
every stored model (every field given, and only the required ones) and for the records the decode
paths make; a column that is not a plain field, or a record that lacks one in its ``__dict__``,
is read as an attribute, as before."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pyarrow as pa
import pytest
from pydantic import BaseModel

from signalcraft.models import Resolution
from signalcraft.sinks.columns import TIMESTAMPTZ, VARCHAR, Column, Table
from signalcraft.sinks.schema import TABLES, to_arrow
from tests.unit.test_record_pickling import EXAMPLES, _decoded_examples


def by_attributes(table: Table, records: list) -> pa.Table:
    """The table as the code before made it: attributes read with ``getattr``, one array a column."""
    columns = list(zip(*(tuple(getattr(r, c.source) for c in table.columns) for r in records), strict=True))
    arrays = [c.type.array(list(values)) for c, values in zip(table.columns, columns, strict=True)]
    return pa.Table.from_arrays(arrays, schema=table.arrow_schema)


STORED = [t for t in TABLES if t.record in EXAMPLES]


def assert_same(got: pa.Table, want: pa.Table) -> None:
    """Same schema and the same values row by row (``repr``: a NaN equals a NaN, which ``equals`` denies)."""
    assert got.schema.equals(want.schema)
    assert got.num_rows == want.num_rows and repr(got.to_pylist()) == repr(want.to_pylist())


def test_every_model_with_a_table_has_examples_and_reads_from_its_dict():
    assert {t.record for t in TABLES} <= set(EXAMPLES)
    assert all(t._fields_getter is not None for t in TABLES)  # every table's columns are plain fields today


@pytest.mark.parametrize("table", STORED, ids=lambda t: t.name)
def test_each_table_is_the_one_attributes_make(table):
    records = EXAMPLES[table.record] * 3  # every field given, only the required ones; repeated
    assert_same(to_arrow(table, records), by_attributes(table, records))


def test_the_decode_paths_records_make_the_same_tables():
    decoded = _decoded_examples()
    kinds = {type(r) for r in decoded}
    assert len(kinds) >= 4
    for table in TABLES:
        records = [r for r in decoded if type(r) is table.record]
        if records:
            assert_same(to_arrow(table, records), by_attributes(table, records))


class _Shadowed(BaseModel):
    id: str
    when: datetime

    @property
    def label(self) -> str:
        return self.id.upper()


def test_a_column_that_is_not_a_plain_field_is_read_as_an_attribute():
    table = Table("shadowed", _Shadowed, "test", (Column("id", VARCHAR, ""), Column("label", VARCHAR, "")))
    assert table._fields_getter is None
    got = to_arrow(table, [_Shadowed(id="a", when=datetime(2026, 1, 1, tzinfo=UTC))])
    assert got.to_pylist() == [{"id": "a", "label": "A"}]


def test_a_record_without_a_field_in_its_dict_fails_as_an_attribute_read_does():
    table = next(t for t in TABLES if t.record is Resolution)
    partial = Resolution.model_construct(id="r", workspace_id="w")  # no group_id, fix, resolved_at, source
    assert "fix" not in partial.__dict__
    with pytest.raises(AttributeError):
        to_arrow(table, [partial])


def test_shared_and_equal_time_objects_each_become_their_instant():
    t = datetime(2026, 3, 2, 10, 0, 0, 5, tzinfo=UTC)
    same_instant = t.astimezone(timezone(timedelta(hours=2)))
    later = t + timedelta(microseconds=1)
    values = [t, same_instant, None, t, later, same_instant, later]
    assert TIMESTAMPTZ.array(values).equals(pa.array(values, pa.timestamp("us", tz="UTC")))
    with pytest.raises(TypeError):
        TIMESTAMPTZ.build([t, datetime(2026, 1, 1)])


def test_records_by_table_the_same_for_one_type_mixed_and_an_iterator():
    from signalcraft.sinks.duckdb_writer import group_by_table

    by_type = {t.record: t for t in TABLES}
    kinds = sorted((k for k in EXAMPLES if k in by_type), key=lambda k: k.__name__)
    one = EXAMPLES[kinds[0]] * 2
    mixed = [r for k in kinds for r in EXAMPLES[k]] + EXAMPLES[kinds[0]]
    for records in (one, mixed):
        got = group_by_table(records, by_type)
        want = group_by_table(iter(records), by_type)  # an iterator is looked at record by record
        assert {t.name: rows for t, rows in got.items()} == {t.name: rows for t, rows in want.items()}
    assert list(group_by_table(one, by_type)) == [by_type[kinds[0]]]
    with pytest.raises(TypeError):
        group_by_table(["not a record", "nor this"], by_type)
    with pytest.raises(TypeError):
        group_by_table(iter(["not a record"]), by_type)
