"""One table's rows going into the DuckDB store: the statement and the batch it reads.

:func:`insert_sql` is the idempotent ``INSERT`` of a batch into a table; :func:`insert_batch`
makes that batch from the Arrow tables added for the table: joined, one row per id as the
table's conflict rule picks it, in chunks DuckDB scans cheaply. The writer that runs them is
:class:`~signalcraft.sinks.duckdb_writer.DuckDBWriter`.
"""

from __future__ import annotations

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
    return _rechunked(_one_per_id(table, _joined(tables)))


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
