"""Recurring silence windows: when people mute the same alerts again and again (no Bytewax).

:func:`find_recurrences` takes the muted windows of ONE matcher set (each silence once,
at its latest version) and finds the schedules they follow, in the first location
where they line up best:

1. **Location.** Each window's start is read as local time in every candidate location
   (the workspace's own zones that observe DST first, then UTC, then its other zones,
   then common ones). Of the locations where the most windows start within
   ``tolerance`` of one another, the one whose schedules (below) account for the most
   silences wins, the earlier on a tie: a team silencing at 08:30 America/Chicago
   across a DST change starts at two UTC times an hour apart, but at one local time; and
   a team that said where it works keeps its zone even when the history crosses no DST
   change (for a zone without DST the instants are the same either way: UTC is named).
2. **Time of day.** Windows are clustered by local start minute (within ``tolerance``:
   the jitter of people doing the same thing by hand).
3. **Schedule.** Per cluster, the most frequent structure that holds: *weekly* (per
   weekday; the weekdays that hold at the same time merge into one schedule, Monday to
   Friday for a working-day habit), *daily* when every weekday holds (or, failing that per
   weekday, on most days of at least ``min_weekdays`` weekdays), *monthly* on a day of
   the month, or on the nth weekday (the 2nd Tuesday). A schedule holds when it was seen in at least
   ``min_support`` periods and in at least ``min_share`` of the periods from its first
   occurrence to now (at most ``horizon``): "10 of the last 12 weeks".
4. **Recency.** A schedule not seen in its last ``stale_periods`` periods stopped; it is
   not returned (the caller withdraws a suggestion made of it).

The window a schedule mutes runs from the 10th percentile of the local starts (rounded
down to 5 minutes) to the 90th percentile of the ends (rounded up): what people muted,
but for the odd outlier.

>>> from datetime import datetime, timedelta, timezone
>>> t0 = datetime(2026, 1, 1, 22, 0, tzinfo=timezone.utc)  # a Thursday
>>> ws = [Window(t0 + timedelta(weeks=w, minutes=(w % 3) * 4), t0 + timedelta(weeks=w, minutes=90),
...              t0 + timedelta(weeks=w), f"s{w}") for w in range(12) if w not in (3, 7)]
>>> [r.describe() for r in find_recurrences(ws, t0 + timedelta(weeks=11, days=2))]
['weekly on thursday 22:00-23:30 UTC, 10 of the last 12 weeks']
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import cache
from typing import Literal
from zoneinfo import ZoneInfo

from signalcraft.params import WindowParams

__all__ = ["COMMON_LOCATIONS", "WEEKDAYS", "Recurrence", "Window", "WindowParams", "find_recurrences"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
COMMON_LOCATIONS = (
    "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles", "America/Sao_Paulo",
    "Europe/London", "Europe/Berlin", "Europe/Helsinki", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
    "Australia/Sydney",
)
"""Candidate locations after UTC and the workspace's own, one per distinct set of DST rules
that many teams share."""

ScheduleKind = Literal["daily", "weekly", "monthly_day", "monthly_nth_weekday"]


@dataclass(frozen=True, slots=True)
class Window:
    """One silence's muted window (UTC), when it was made, and its id."""

    start: datetime
    end: datetime
    made: datetime
    silence: str | None = None


@dataclass(frozen=True)
class Recurrence:
    """A schedule a set of silences follows."""

    kind: ScheduleKind
    location: str
    start_minute: int
    """Local start, minutes after midnight."""
    end_minute: int
    """Local end, minutes after midnight; below ``start_minute`` when it ends the next day."""
    weekdays: tuple[int, ...] = ()
    """Weekly: 0 is Monday. Monthly on the nth weekday: the weekday."""
    days_of_month: tuple[int, ...] = ()
    nth: int = 0
    """Monthly on the nth weekday: 1 to 4."""
    support: int = 0
    periods: int = 0
    first: datetime | None = None
    last: datetime | None = None
    silences: tuple[str, ...] = field(default=(), repr=False)

    @property
    def unit(self) -> str:
        return {"daily": "days", "weekly": "weeks"}.get(self.kind, "months")

    def describe(self) -> str:
        """The schedule in words, e.g. ``weekly on thursday 22:00-23:30 Europe/Berlin, 10 of the last 12 weeks``."""
        span = f"{_hhmm(self.start_minute)}-{_hhmm(self.end_minute)} {self.location}"
        if self.kind == "daily":
            when = "daily"
        elif self.kind == "weekly":
            when = "weekly on " + " and ".join(WEEKDAYS[d] for d in self.weekdays)
        elif self.kind == "monthly_day":
            when = "monthly on day " + ", ".join(str(d) for d in self.days_of_month)
        else:
            when = f"monthly on the {_ordinal(self.nth)} {WEEKDAYS[self.weekdays[0]]}"
        return f"{when} {span}, {self.support} of the last {self.periods} {self.unit}"

    def time_intervals(self) -> list[dict]:
        """Alertmanager 0.25 time interval specs (``times``, ``weekdays``, ``days_of_month``,
        ``location``); a window past midnight is two specs, the second on the next day."""
        first = {"times": [{"start_time": _hhmm(self.start_minute),
                            "end_time": _hhmm(self.end_minute if self.end_minute > self.start_minute else 1440)}]}
        specs = [first]
        if self.end_minute < self.start_minute and self.end_minute > 0:
            specs.append({"times": [{"start_time": "00:00", "end_time": _hhmm(self.end_minute)}]})
        for i, spec in enumerate(specs):
            shift = i  # the second spec is the next day
            if self.kind == "weekly":
                spec["weekdays"] = [WEEKDAYS[(d + shift) % 7] for d in self.weekdays]
            elif self.kind == "monthly_day":
                spec["days_of_month"] = [str(d + shift) for d in self.days_of_month]
            elif self.kind == "monthly_nth_weekday":
                low = 7 * (self.nth - 1) + 1 + shift
                spec["weekdays"] = [WEEKDAYS[(self.weekdays[0] + shift) % 7]]
                spec["days_of_month"] = [f"{low}:{low + 6}"]
            spec["location"] = self.location
        return specs


def find_recurrences(
    windows: Iterable[Window],
    now: datetime,
    params: WindowParams | None = None,
    locations: Iterable[str] = (),
) -> list[Recurrence]:
    """The schedules the windows of one matcher set follow (see the module docstring)."""
    p = params or WindowParams()
    horizon_start = now - timedelta(weeks=p.horizon_weeks)
    recent = [w for w in windows if horizon_start <= w.start <= now]
    if len(recent) < 3:
        return []
    own = [z for z in locations if _has_dst(z)]  # a team's own zone wins a tie with UTC where that matters
    zone_names = list(dict.fromkeys([*own, "UTC", *locations, *COMMON_LOCATIONS]))
    tol = int(p.tolerance.total_seconds() // 60)
    sized = []
    for name in zone_names:
        local = [(w, w.start.astimezone(_zone(name)), w.end.astimezone(_zone(name))) for w in recent]
        sized.append((_largest_cluster(sorted(_minute(s) for _, s, _ in local), tol), name, local))
    best_size = max(size for size, _, _ in sized)
    if best_size < 3:  # no schedule has fewer than three occurrences at one time of day
        return []
    best: tuple[int, list[Recurrence]] = (-1, [])
    for size, name, local in sized:  # the zones that line the starts up best: judge their schedules
        if size < best_size:
            continue
        now_local = now.astimezone(_zone(name))
        found = [r for cluster in _clusters(local, tol) for r in _schedules(cluster, name, now_local, p)]
        covered = sum(len(r.silences) for r in found)
        if covered > best[0]:
            best = (covered, found)
    return best[1]


# -- schedules of one time-of-day cluster ----------------------------------------------------

Local = tuple[Window, datetime, datetime]


def _schedules(cluster: list[Local], location: str, now: datetime, p: WindowParams) -> list[Recurrence]:
    weekly = _weekly(cluster, location, now, p)
    if weekly is not None and len(weekly.weekdays) < 7:  # some weekdays only (Monday to Friday): weekly
        return [weekly]
    daily = _daily(cluster, location, now, p)
    if daily is not None:
        return [daily]
    if weekly is not None:
        return [weekly]
    monthly = [r for r in (_monthly_day(cluster, location, now, p), _monthly_nth(cluster, location, now, p)) if r]
    return monthly[:1]


def _daily(cluster: list[Local], location: str, now: datetime, p: WindowParams) -> Recurrence | None:
    days = {s.date() for _, s, _ in cluster}
    if len({d.weekday() for d in days}) < p.min_weekdays:
        return None
    return _judge("daily", cluster, location, now, p, days, lambda d: d.toordinal(), max(p.min_support, 5))


def _weekly(cluster: list[Local], location: str, now: datetime, p: WindowParams) -> Recurrence | None:
    by_day: dict[int, list[Local]] = defaultdict(list)
    for item in cluster:
        by_day[item[1].weekday()].append(item)
    held = []
    for day in sorted(by_day):
        r = _judge("weekly", by_day[day], location, now, p, {s.date() for _, s, _ in by_day[day]},
                   _week, p.min_support, weekdays=(day,))
        if r is not None:
            held.append(r)
    if not held:
        return None
    if len(held) == 1:
        return held[0]
    members = [item for day in (r.weekdays[0] for r in held) for item in by_day[day]]
    merged = _window(members, location)
    return Recurrence(
        "weekly", location, *merged, weekdays=tuple(r.weekdays[0] for r in held),
        support=min(r.support for r in held), periods=max(r.periods for r in held),
        first=min(r.first for r in held), last=max(r.last for r in held),
        silences=tuple(s for r in held for s in r.silences),
    )


def _monthly_day(cluster: list[Local], location: str, now: datetime, p: WindowParams) -> Recurrence | None:
    by_day: dict[int, list[Local]] = defaultdict(list)
    for item in cluster:
        by_day[item[1].day].append(item)
    day, items = max(by_day.items(), key=lambda kv: (len(kv[1]), -kv[0]))
    return _judge("monthly_day", items, location, now, p, {s.date() for _, s, _ in items}, _month, 3,
                  days_of_month=(day,))


def _monthly_nth(cluster: list[Local], location: str, now: datetime, p: WindowParams) -> Recurrence | None:
    by_nth: dict[tuple[int, int], list[Local]] = defaultdict(list)
    for item in cluster:
        s = item[1]
        if s.day <= 28:
            by_nth[(s.weekday(), (s.day - 1) // 7 + 1)].append(item)
    if not by_nth:
        return None
    (weekday, nth), items = max(by_nth.items(), key=lambda kv: (len(kv[1]), kv[0]))
    return _judge("monthly_nth_weekday", items, location, now, p, {s.date() for _, s, _ in items}, _month, 3,
                  weekdays=(weekday,), nth=nth)


def _judge(
    kind: ScheduleKind, items: list[Local], location: str, now: datetime, p: WindowParams, days: set[date],
    period_of, least: int, **shape,
) -> Recurrence | None:
    """A schedule of ``items`` if it holds: enough periods, a large enough share, and recent."""
    seen = {period_of(d) for d in days}
    first, last, current = min(seen), max(seen), period_of(now.date())
    horizon = {"daily": 7 * p.horizon_weeks, "weekly": p.horizon_weeks}.get(kind, max(1, p.horizon_weeks // 4))
    until = current if current in seen else current - 1  # the current period counts once it has happened
    periods = min(until - first + 1, horizon)
    support = len({s for s in seen if until - periods < s <= until})
    if support < least or support < p.min_share * periods or current - last > p.stale_periods:
        return None
    start, end = _window(items, location)
    return Recurrence(
        kind, location, start, end, support=support, periods=periods,
        first=min(w.start for w, _, _ in items), last=max(w.start for w, _, _ in items),
        silences=tuple(w.silence for w, _, _ in items if w.silence), **shape,
    )


def _window(items: list[Local], location: str) -> tuple[int, int]:
    """The local window that covers most of ``items``: from the 10th percentile of their
    starts (rounded down to 5 minutes) to the 90th percentile of their ends (rounded up)."""
    starts = sorted(_minute(s) for _, s, _ in items)
    ends = sorted(_minute(s) + max(5, int((e - s).total_seconds() // 60)) for _, s, e in items)
    start = starts[int(0.1 * (len(starts) - 1))] // 5 * 5
    end = -(-ends[round(0.9 * (len(ends) - 1))] // 5) * 5
    end = min(end, start + 1435)
    return start, end % 1440 if end != 1440 else 1440


# -- clustering ---------------------------------------------------------------------------------------


def _clusters(local: list[Local], tol: int) -> list[list[Local]]:
    """Windows grouped by local start minute: a new group where the gap to the previous
    start exceeds ``tol`` (so a cluster may drift, but each step is within the jitter)."""
    ordered = sorted(local, key=lambda item: _minute(item[1]))
    groups: list[list[Local]] = []
    for item in ordered:
        if groups and _minute(item[1]) - _minute(groups[-1][-1][1]) <= tol:
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _largest_cluster(minutes: list[int], tol: int) -> int:
    """The most starts within ``tol`` of one another (a sliding window over sorted minutes)."""
    best, lo = 0, 0
    for hi, m in enumerate(minutes):
        while m - minutes[lo] > tol:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def _minute(t: datetime) -> int:
    return t.hour * 60 + t.minute


def _week(d: date) -> int:
    return (d.toordinal() - 1) // 7  # ordinal 1 is a Monday: weeks run Monday to Sunday


def _month(d: date) -> int:
    return d.year * 12 + d.month


@cache
def _has_dst(name: str) -> bool:
    """Whether a zone's offset changes over the year (else it is UTC plus a constant, and
    the same instants read in UTC say the same)."""
    zone = _zone(name)
    offsets = {datetime(2026, month, 1, 12, tzinfo=zone).utcoffset() for month in (1, 7)}
    return len(offsets) > 1


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _hhmm(minute: int) -> str:
    return "24:00" if minute == 1440 else f"{minute // 60:02d}:{minute % 60:02d}"


def _ordinal(n: int) -> str:
    return {1: "1st", 2: "2nd", 3: "3rd"}.get(n, f"{n}th")
