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


def test_the_silences_view_is_one_row_per_silence_at_its_latest_version(tmp_path):
    from datetime import UTC, datetime, timedelta

    from signalcraft.models import AuditEntry, Matcher

    t = datetime(2026, 3, 2, 9, tzinfo=UTC)
    m = (Matcher(name="service", value="search-indexer"),)

    def version(i, action, state, made, ends):
        return AuditEntry(id=f"a{i}", workspace_id="w", action=action, actor="ana", matchers=m, target="sil-1",
                          timestamp=made, starts_at=t, ends_at=ends, updated_at=made, state=state,
                          source="alertmanager-silence")

    rows = [version(1, "silence", "pending", t - timedelta(days=1), t + timedelta(hours=2)),
            version(2, "silence", "active", t + timedelta(minutes=30), t + timedelta(hours=4)),  # extended
            version(3, "unsilence", "expired", t + timedelta(hours=1), t + timedelta(hours=1))]
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(rows)
        writer.flush()
    import duckdb

    with duckdb.connect(str(db), read_only=True) as con:
        got = con.execute("SELECT silence_id, created_at, ends_at, state, versions, expired_early FROM silences"
                          ).fetchall()
    assert got == [("sil-1", t - timedelta(days=1), t + timedelta(hours=1), "expired", 3, True)]
