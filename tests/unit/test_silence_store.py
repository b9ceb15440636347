"""Suggestions recomputed from a DuckDB file equal what the miner makes of the same records."""

from __future__ import annotations

import pytest

from signalcraft.copilot.silences import suggest_from_store
from signalcraft.copilot.store import StoreNotFound
from signalcraft.operators.silence_history import History
from signalcraft.operators.silence_suggest import suggest
from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.unit.test_silence_suggest import NOW, history


def test_the_store_gives_the_same_suggestions_as_the_records(tmp_path):
    records = history()
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(records)
        writer.flush()
    from_store = suggest_from_store(db, now=NOW)
    direct = suggest("w", History().add_all(sorted(records, key=lambda r: getattr(r, "timestamp", None)
                                                                          or r.starts_at)), NOW)
    assert [(s.id, s.kind, s.text) for s in from_store] == [(s.id, s.kind, s.text) for s in direct]
    assert sorted(s.kind for s in from_store) == ["inhibit_rule", "mute_time_interval", "route", "sensitivity"]
    assert suggest_from_store(db, workspace="someone-else", now=NOW) == []


def test_now_defaults_to_the_latest_event_in_the_file(tmp_path):
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(history())
        writer.flush()
    assert {s.kind for s in suggest_from_store(db)} == {"inhibit_rule", "mute_time_interval", "route", "sensitivity"}


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(StoreNotFound, match="no DuckDB file"):
        suggest_from_store(tmp_path / "nope.duckdb")
