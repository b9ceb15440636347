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


def test_a_silence_is_scoped_through_the_identity_labels_and_names_who_made_and_who_expired_it(tmp_path):
    from signalcraft.models import AuditEntry, Matcher
    from signalcraft.params import Identity

    def version(action: str, minutes: float, actor: str, *matchers: Matcher) -> AuditEntry:
        return AuditEntry(id=f"a-{action}-{minutes}", workspace_id="acme", action=action, actor=actor,
                          target="sil-1", matchers=matchers, timestamp=at(minutes), source="alertmanager-silence",
                          starts_at=at(0), ends_at=at(120))

    pins = (Matcher(name="team", value="checkout"), Matcher(name="env", value="prod"),
            Matcher(name="app", value="payments-api"), Matcher(name="service", value="pay.*", is_regex=True),
            Matcher(name="severity", value="critical"))
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db, identity=Identity()) as writer:
        writer.add([version("silence", 0, "ana", *pins), version("silence", 10, "cy", *pins),
                    version("unsilence", 30, "bo", *pins)])
        writer.flush()
    with duckdb.connect(str(db), read_only=True) as con:
        row = con.execute("SELECT project, environment, environment_canonical, service, created_by, expired_by, "
                          "expired_at, versions, expired_early FROM silences").fetchone()
        (rows, cols), (rows2, cols2) = [(c.fetchall(), [d[0] for d in c.description]) for c in
                                        (con.execute(f"SELECT * FROM {v}") for v in ("silences", "silence_scopes"))]
    # team is a project label, env an environment label; the regex matcher on service pins nothing; the
    # author is who made the first version (cy only edited it), the expirer who unsilenced it
    assert row == ("checkout", "prod", "production", "payments-api", "ana", "bo", at(30), 3, True)
    assert (rows, cols) == (rows2, cols2) and len(rows) == 1  # one view of silences under both names


def test_a_resolve_without_a_start_of_its_own_closes_the_alert_it_follows(tmp_path):
    """PagerDuty Events resolves carry only a dedup key: their start is the resolve time. Such a
    resolve ends the latest alert of its fingerprint that started before it, instead of standing
    as a zero-length alert of its own while the real one stays firing forever."""
    fp = {"fingerprint": "pd-dedup-1"}
    rows = [
        alert("CheckoutProbe", "checkout", "firing", 0, severity="critical", **fp),
        alert("CheckoutProbe", "checkout", "resolved", 25, end=25, severity="none", **fp),
        alert("CheckoutProbe", "checkout", "firing", 40, severity="critical", **fp),  # fires again, still on
        alert("HighErrorRate", "cart", "firing", 5),
        alert("HighErrorRate", "cart", "resolved", 5, end=20),  # Alertmanager's resolve: its own start
    ]
    db = tmp_path / "s.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(rows)
        writer.flush()
    with duckdb.connect(str(db), read_only=True) as con:
        got = con.execute("SELECT name, starts_at, ends_at, status, severity, notifications FROM alerts "
                          "ORDER BY starts_at").fetchall()
    assert got == [
        ("CheckoutProbe", at(0), at(25), "resolved", "critical", 2),
        ("HighErrorRate", at(5), at(20), "resolved", "critical", 2),
        ("CheckoutProbe", at(40), None, "firing", "critical", 1),
    ]
