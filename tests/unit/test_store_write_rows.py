"""An epoch's commit reports every row the store took in that epoch (``signalcraft_store_rows_written_total``):
the rows of the writes behind (every ``flush_rows``) as well as those of the last write at the epoch's end."""

from __future__ import annotations

from signalcraft.health import ServiceHealth
from signalcraft.sinks.duckdb_sink import DuckDBSink
from tests.support import log_line_tables


def _written(health: ServiceHealth) -> float | None:
    return health.registry.get_sample_value("signalcraft_store_rows_written_total")


def test_the_rows_written_behind_are_counted_at_the_commit(tmp_path):
    health = ServiceHealth()
    sink = DuckDBSink(tmp_path / "s.duckdb", read_copy=None, flush_rows=100, health=health)
    part = sink.build_part("store", "duckdb", None)
    part.write_batch([log_line_tables(600)])  # past flush_rows: written behind
    part.snapshot()
    assert _written(health) == 600
    part.write_batch([log_line_tables(900)])  # 300 new lines, the 600 replayed write nothing
    part.snapshot()
    assert _written(health) == 900
    part.close()


def test_a_commit_with_no_write_behind_counts_its_last_write(tmp_path):
    health = ServiceHealth()
    part = DuckDBSink(tmp_path / "s.duckdb", read_copy=None, health=health).build_part("store", "duckdb", None)
    part.write_batch([log_line_tables(600)])  # under flush_rows (20,000): written at the commit
    part.snapshot()
    assert _written(health) == 600
    part.close()
