"""The tables of silence intelligence: what Alertmanager muted, and the rules suggested.

Made like every table (:mod:`signalcraft.sinks.schema`: one column list gives the DDL,
the Arrow schema and the column comments); kept apart so ``schema.py`` stays readable.
"""

from __future__ import annotations

from signalcraft.models import AlertMute, SilenceSuggestion
from signalcraft.sinks.columns import (
    BIGINT,
    DOUBLE,
    ID,
    INTEGER,
    JSON_TEXT,
    SOURCE,
    STRING_MAP,
    TIMESTAMPTZ,
    VARCHAR,
    VARCHAR_LIST,
    WORKSPACE,
    Column,
    Table,
)

ALERT_MUTES = Table(
    "alert_mutes",
    AlertMute,
    "Alerts Alertmanager held back (silenced or inhibited) as its API showed them: what a silence or an "
    "inhibition actually muted, which its webhooks never say.",
    (
        ID,
        WORKSPACE,
        Column("fingerprint", VARCHAR, "Alertmanager's fingerprint of the alert."),
        Column("name", VARCHAR, "Alert name (alertname)."),
        Column("labels", STRING_MAP, "The alert's labels."),
        Column("starts_at", TIMESTAMPTZ, "When the alert started firing (UTC)."),
        Column("observed_at", TIMESTAMPTZ, "When the collector first saw it muted (UTC)."),
        Column("silenced_by", VARCHAR_LIST, "Ids of the silences muting it."),
        Column("inhibited_by", VARCHAR_LIST, "Fingerprints of the alerts inhibiting it."),
        SOURCE,
    ),
    time_column="observed_at",
)

SILENCE_SUGGESTIONS = Table(
    "silence_suggestions",
    SilenceSuggestion,
    "Rules suggested from how people silence alerts (mute time intervals, inhibit rules, routes, watch "
    "sensitivity), as Alertmanager config, with evidence and a backtest. Latest version per id.",
    (
        ID,
        WORKSPACE,
        Column("kind", VARCHAR, "mute_time_interval, inhibit_rule, route or sensitivity."),
        Column("status", VARCHAR, "suggested, or withdrawn once its pattern stopped."),
        Column("text", VARCHAR, "The suggestion in one sentence."),
        Column("matchers", VARCHAR_LIST, "Alertmanager matchers of the alerts it is about, e.g. service=\"x\"."),
        Column("time_intervals", JSON_TEXT, "mute_time_interval: Alertmanager time interval specs as JSON."),
        Column("source_matchers", VARCHAR_LIST, "inhibit_rule: matchers of the alerts that mute."),
        Column("target_matchers", VARCHAR_LIST, "inhibit_rule: matchers of the alerts muted."),
        Column("equal", VARCHAR_LIST, "inhibit_rule: labels that must be equal."),
        Column("settings", STRING_MAP, "route and sensitivity: what to set, e.g. group_wait or raise_sigma."),
        Column("evidence", JSON_TEXT, "What it was mined from, as JSON: silence ids, periods seen of periods."),
        Column("backtest", JSON_TEXT, "Over the stored history, as JSON: would mute, silenced anyway, collateral."),
        Column("support", INTEGER, "Periods or occurrences the pattern was seen in."),
        Column("confidence", DOUBLE, "0 to 1."),
        Column("yaml", VARCHAR, "The Alertmanager configuration fragment."),
        Column("first_seen", TIMESTAMPTZ, "First evidence (UTC)."),
        Column("last_seen", TIMESTAMPTZ, "Latest evidence (UTC)."),
        Column("updated_at", TIMESTAMPTZ, "Event time of this version (UTC)."),
        Column("version", BIGINT, "Raised at every change; the row keeps the highest."),
    ),
    on_conflict="update",
    version_column="version",
)
