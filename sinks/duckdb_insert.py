"""One table's rows going into the DuckDB store: the statement and the batch it reads.

:func:`insert_sql` is the idempotent ``INSERT`` of a batch into a table; :func:`insert_batch`
makes that batch from the Arrow tables added for the table: joined, one row per id as the
table's conflict rule picks it, in chunks DuckDB scans cheaply, a map column's repeated maps given once
(:func:`dictionary_maps`). The writer that runs them is :class:`~signalcraft.sinks.duckdb_writer.DuckDBWriter`.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from signalcraft.sinks.schema import Table

_CHUNK_ROWS = 16_384
"""Arrow chunk size handed to DuckDB; several chunks let it insert on several threads (if it has them)."""


def insert_sql(table: Table, source: str) -> str:
    """The idempotent insert of ``source`` (same columns) into ``table``.

    A time-column table takes the batch's time range as two parameters:

    >>> from signalcraft.sinks.schema import TABLES_BY_NAME
    >>> print(insert_sql(TABLES_BY_NAME["resolutions"], "batch"))  # doctest: +NORMALIZE_WHITESPACE
    INSERT INTO resolutions (id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source,
    fingerprint)
    SELECT id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source, fingerprint
    FROM batch AS b WHERE NOT EXISTS
    (SELECT 1 FROM resolutions AS s WHERE s.resolved_at BETWEEN ? AND ? AND s.id = b.id)
    """
    columns = ", ".join(table.column_names)
    if table.time_column is not None:
        t = table.time_column
        return (
            f"INSERT INTO {table.name} ({columns})\nSELECT {columns}\nFROM {source} AS b "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table.name} AS s WHERE s.{t} BETWEEN ? AND ? AND s.id = b.id)"
        )
    if table.on_conflict == "ignore":
        return f"INSERT INTO {table.name} ({columns})\nSELECT {columns} FROM {source}\nON CONFLICT (id) DO NOTHING"
    sql = f"INSERT INTO {table.name} ({columns})\nSELECT {columns} FROM {source}\nON CONFLICT (id) DO "
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in table.column_names if c != "id")
    sql += f"UPDATE SET {updates}"
    if table.version_column is not None:
        v = table.version_column
        sql += f"\nWHERE EXCLUDED.{v} > {table.name}.{v}"
    return sql


def insert_batch(table: Table, tables: list[pa.Table]) -> pa.Table:
    """``tables`` (rows of ``table``) as the one batch :func:`insert_sql` reads: joined, one row
    per id, in chunks of ``_CHUNK_ROWS`` rows.

    >>> from signalcraft.sinks.schema import TABLES_BY_NAME
    >>> rows = insert_batch(TABLES_BY_NAME["resolutions"], [pa.table({"id": ["a", "b"]}), pa.table({"id": ["a"]})])
    >>> rows["id"].to_pylist(), rows["id"].num_chunks
    (['a', 'b'], 1)
    """
    return _maps_once(_rechunked(_one_per_id(table, _joined(tables))))


def _one_per_id(table: Table, batch: pa.Table) -> pa.Table:
    """One row per id, as the table's conflict rule would pick it between batches: the first
    for a first-write-wins table, the highest version (the later row on a tie) for a
    versioned one, the last for one without a version. Cheap when ids are unique.

    Not left to DuckDB: a plain insert refuses a key met twice, and DuckDB 1.5's
    ``ON CONFLICT`` keeps an arbitrary one (for ``DO UPDATE`` too), not the latest.
    """
    if pc.count_distinct(batch["id"]).as_py() == batch.num_rows:
        return batch
    if table.on_conflict == "ignore":
        return _first_per_id(batch)
    ids = batch["id"].to_pylist()
    versions = batch[table.version_column].to_pylist() if table.version_column else [0] * len(ids)
    best: dict[str, int] = {}
    for i, (key, version) in enumerate(zip(ids, versions, strict=True)):
        held = best.get(key)
        if held is None or version >= versions[held]:
            best[key] = i
    return batch.take(sorted(best.values()))


def _joined(tables: list[pa.Table]) -> pa.Table:
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)


def _rechunked(batch: pa.Table) -> pa.Table:
    """``batch``, same rows in the same order, in chunks of ``_CHUNK_ROWS`` rows: the flow adds rows
    a few dozen at a time, and DuckDB's Arrow scan pays for every chunk (about twice the CPU).

    >>> t = pa.concat_tables([pa.table({"id": ["a", "b"]}), pa.table({"id": ["c"]})])
    >>> [len(c) for c in _rechunked(t)["id"].chunks], _rechunked(t).equals(t)
    ([3], True)
    """
    batch = batch.combine_chunks() if batch.column(0).num_chunks > 1 else batch
    if batch.num_rows <= _CHUNK_ROWS:
        return batch
    return pa.Table.from_batches(batch.to_batches(max_chunksize=_CHUNK_ROWS), schema=batch.schema)


def _first_per_id(batch: pa.Table) -> pa.Table:
    """Keep the first row of each id (rows of one id are one record)."""
    rows = pa.table({"id": batch["id"], "row": pa.array(range(batch.num_rows), pa.int64())})
    first = rows.group_by("id", use_threads=False).aggregate([("row", "min")])["row_min"]
    return batch.take(pc.take(first, pc.sort_indices(first)))


def _maps_once(batch: pa.Table) -> pa.Table:
    """``batch`` with each map column's chunks as :func:`dictionary_maps` gives them, when it gives
    each chunk of the column (a column's chunks are of one type); the same rows.

    >>> t = pa.table({"m": pa.array([{"a": "1"}, {"a": "1"}, {"a": "1"}], pa.map_(pa.string(), pa.string()))})
    >>> once = _maps_once(t)
    >>> once["m"].type.value_type == t["m"].type, once["m"].chunk(0).dictionary.to_pylist()
    (True, [[('a', '1')]])
    """
    for i, field in enumerate(batch.schema):
        if not pa.types.is_map(field.type):
            continue
        chunks = [dictionary_maps(chunk) for chunk in batch.column(i).chunks]
        if chunks and all(c is not None for c in chunks):
            batch = batch.set_column(i, pa.field(field.name, chunks[0].type, field.nullable), pa.chunked_array(chunks))
    return batch


_CODE_BITS = 62
"""A row's code (:func:`dictionary_maps`) is a number below 2**62: one digit a map entry."""


def dictionary_maps(maps: pa.Array) -> pa.DictionaryArray | None:
    """``maps`` (a map array) as a dictionary array of its distinct maps, each once, and an index a
    row, or ``None`` when that would not pay (more than half the maps distinct, or none with an
    entry, or a null map) or the rows' codes would not fit 62 bits.

    DuckDB checks every map it reads from Arrow for a null or repeated key, building a set of its
    keys (~0.2 µs an entry); of a dictionary array it reads (and checks) each distinct map once a
    chunk. The stored rows are the same: a dictionary array is its indices taken from its dictionary.

    Rows are equal when their entries are, key and value, in order: each entry becomes a digit (its
    distinct (key, value) pair's number, from 1), each row the number its digits make in that base,
    exact (different lengths differ too: no digit is 0).

    >>> ab, a, ba = {"a": "1", "b": "2"}, {"a": "1"}, {"b": "2", "a": "1"}
    >>> m = pa.array([ab, a, ba, ab, a, {}, a, ab], pa.map_(pa.string(), pa.string()))
    >>> d = dictionary_maps(m)
    >>> d.indices.to_pylist(), len(d.dictionary), d.dictionary.take(d.indices).equals(m)
    ([0, 1, 2, 0, 1, 3, 1, 0], 4, True)
    >>> dictionary_maps(m.slice(1, 3)) is None  # three distinct of three
    True
    >>> dictionary_maps(pa.array([[("a", None)]] * 3, pa.map_(pa.string(), pa.string()))) is None  # a null value
    True
    """
    n = len(maps)
    if n < 2 or maps.null_count or maps.items.null_count:  # (a null value has no dictionary number to be coded by)
        return None
    offsets = maps.offsets.to_numpy().astype(np.int64)
    lo, hi = int(offsets[0]), int(offsets[-1])
    if hi == lo:
        return None
    keys = pc.dictionary_encode(maps.keys.slice(lo, hi - lo))
    values = pc.dictionary_encode(maps.items.slice(lo, hi - lo))
    pairs = pc.dictionary_encode(pa.array(
        keys.indices.to_numpy().astype(np.int64) * len(values.dictionary) + values.indices.to_numpy()))
    base = len(pairs.dictionary) + 1
    lengths = np.diff(offsets)
    if int(lengths.max()) * np.log2(base) >= _CODE_BITS:
        return None
    starts = offsets[:-1] - lo
    place = np.arange(hi - lo, dtype=np.int64) - np.repeat(starts, lengths)
    digits = (pairs.indices.to_numpy().astype(np.int64) + 1) * base**place
    codes = np.zeros(n, np.int64)
    some = lengths > 0
    codes[some] = np.add.reduceat(digits, starts[some])
    rows = pc.dictionary_encode(pa.array(codes))
    if len(rows.dictionary) * 2 > n:
        return None
    index = rows.indices.to_numpy()
    first = np.flatnonzero(np.diff(np.maximum.accumulate(index), prepend=-1))  # codes are numbered as first met
    return pa.DictionaryArray.from_arrays(rows.indices, maps.take(pa.array(first)))
