"""The ``alerts`` view counts alerts, not notifications, and answers "what was firing at T"."""

from __future__ import annotations

import duckdb

from signalcraft.sinks.duckdb_writer import DuckDBWriter
from tests.support import alert, at


def test_one_row_per_alert_with_its_end_and_the_state_at_any_time(tmp_path):
    rows = [
        alert("HighErrorRate", "checkout", "firing", 0, severity="warning"),
        alert("HighErrorRate", "checkout", "firing", 0, severity="critical"),  # a re-notification, escalated
        alert("HighErrorRate", "checkout", "resolved", 0, end=30, severity="critical"),
        alert("HighErrorRate", "checkout", "firing", 60),  # the same fingerprint firing again: a second alert
        alert("DiskFull", "db", "firing", 10),
    ]
    rows[1] = rows[1].model_copy(update={"id": "renotified"})
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(rows)
        writer.flush()
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM alert_events").fetchone()[0] == 5
        got = con.execute("SELECT name, starts_at, ends_at, status, severity, notifications FROM alerts "
                          "ORDER BY starts_at").fetchall()
        assert [(n, s, e, st, sev, k) for n, s, e, st, sev, k in got] == [
            ("HighErrorRate", at(0), at(30), "resolved", "critical", 3),
            ("DiskFull", at(10), None, "firing", "critical", 1),
            ("HighErrorRate", at(60), None, "firing", "critical", 1),
        ]

        def firing_at(minutes: float) -> list[str]:
            return [r[0] for r in con.execute(
                "SELECT name FROM alerts WHERE starts_at <= ? AND (ends_at IS NULL OR ends_at > ?) ORDER BY name",
                [at(minutes), at(minutes)]).fetchall()]

        assert firing_at(5) == ["HighErrorRate"]
        assert firing_at(20) == ["DiskFull", "HighErrorRate"]
        assert firing_at(40) == ["DiskFull"]  # resolved at 30, not yet fired again
        assert firing_at(70) == ["DiskFull", "HighErrorRate"]
