"""The words of other tools' query languages that more than one of their readers knows: a table's or an index's
name as the kind of record it holds, a change type's plural, a time unit's letter, a window back from now."""

from __future__ import annotations

__all__ = ["INDEX", "TYPES", "UNITS", "last", "unquote"]

INDEX = {"alerts": "alerts", "alert": "alerts", "changes": "changes", "change_events": "changes",
         "deploys": "deploys", "deployments": "deploys", "incidents": "incidents", "alert_groups": "incidents",
         "silences": "silences", "logs": "log lines", "log_events": "log lines", "logpatterns": "log templates",
         "log_patterns": "log templates", "log_pattern_counts": "log templates", "templates": "log templates",
         "warnings": "warnings", "audit": "audit entries", "audit_log": "audit entries"}
TYPES = {"deployment": "deploys", "rollback": "rollbacks", "flag_change": "flag changes", "config_update":
         "config changes", "config_change": "config changes", "release": "releases", "scale": "scale events"}
UNITS = {"s": "seconds", "m": "minutes", "min": "minutes", "h": "hours", "d": "days", "w": "weeks", "mon": "months",
         "y": "years"}


def unquote(value: str) -> str:
    """``value`` without the quotes around it ("'prod'": prod)."""
    return value[1:-1] if value[:1] in "\"'" and value[-1:] == value[:1] else value


def last(n: int, unit: str) -> str:
    """A window back from now: one week is its seven days, one month the month up to now (not the calendar week or
    month before this one)."""
    n, unit = (7, "days") if (n, unit) == (1, "weeks") else (24, "hours") if (n, unit) == (1, "days") else (n, unit)
    if unit == "months":  # a month back from now, not the calendar month before this one
        return "in the past month" if n == 1 else f"in the last {n} months"
    return f"in the last {unit[:-1]}" if n == 1 else f"in the last {n} {unit}"
