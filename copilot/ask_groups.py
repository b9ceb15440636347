"""Answers per group: counts, measures and buckets by a dimension; groups whose count passes a
bound ("services with more than 5 alerts"); the mean of counts per day or hour."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import BUCKETS, COLUMNS, DIMENSIONS, Select, lit
from signalcraft.copilot.ask_words import SUBJECTS

__all__ = ["average_per_bucket", "counted_at_least", "dim_cols", "group"]


_COUNT_WORDS = {"once": 1, "twice": 2, "thrice": 3, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}


_AT_LEAST = {"more than": ">", "over": ">", "above": ">", "at least": ">=", "fewer than": "<", "less than": "<",
             "under": "<", "at most": "<=", "exactly": "="}


def counted_at_least(q: Select, r: Reading, rel: str, dims: list[str], measure: str, name: str) -> str | None:
    """ "services with more than 5 alerts", "who deployed more than twice": the groups whose count
    passes the bound (HAVING), most first."""
    m = r.phrase(r"\b(more than|over|above|at least|fewer than|less than|under|at most|exactly) "
                 r"(\d+|once|twice|thrice|one|two|three|four|five|ten)\b(?: (\w+))?") or \
        r.phrase(r"\b(fired|alerted|paged|deployed|silenced|snoozed|acked|changed|released|toggled|rolled back) ()"
                 r"(?:only |just )?(once|twice|thrice|\d+ times)\b")  # "alerts that fired twice": exactly so many times
    if m is None or r.phrase(r"\b(?:values?|readings?|measurements?)\b(?: \w+){0,2} (?:more than|over|above|at least|"
                             r"fewer than|less than|under|at most|exactly) \d"):
        return None  # "alerts where the value went above 3": a measured value, not how many there were
    if m[2]:
        bound, times, unit, anchor = m[1], m[2], m[3], m[1].split()[0]
    else:  # "fired twice": exactly, unless the words after say otherwise
        bound, times, unit, anchor = "exactly", m[3].split()[0], "times", m[1].split()[0]
        after = " ".join(r.words)[m.end():]
        if re.match(r"\s*(or more|or above|or over|plus)\b", after):
            bound = "at least"
        elif re.match(r"\s*(or less|or fewer|or under)\b", after):
            bound = "at most"
        elif re.match(r"\s*(in an? |in one |on the same |in a row|as often|as many|within|per |a day|an hour|a week|"
                      r"each day|every day)", after):
            raise Refused("not_about_this_data", f"{m[0]}{after[:30]!r}: a count within a span of its own is not "
                                                 "read yet; ask for the count per day or per hour")
    if not measure.lower().startswith("count(") or not (
            times in ("once", "twice", "thrice") or unit in ("times", "firings", "occurrences", None)
            or any(unit in keys for keys in SUBJECTS.values() if unit not in ("notification", "notifications"))):
        return None
    dim = dims[:1]
    if not dim and (same := r.phrase(r"\b(?:on|with|for|from|of|by) (?:the )?same (\w+)\b")) and \
            DIMENSIONS.get(same[1]) in COLUMNS[rel] and not COLUMNS[rel][DIMENSIONS[same[1]]].startswith("*"):
        dim = [DIMENSIONS[same[1]]]  # "alerts that fired more than 10 times on the same fingerprint"
    if not dim:
        named = next((DIMENSIONS[w] for w in r.words[:r.words.index(anchor)] if w in DIMENSIONS
                      and DIMENSIONS[w] in COLUMNS[rel] and not COLUMNS[rel][DIMENSIONS[w]].startswith("*")), None)
        if named is None and rel == "alerts" and r.phrase(r"^(which |what )?alerts?\b"):
            named = "name"  # "which alerts fired more than 3 times today": alert names
        if named is None or named == "time":
            return None
        dim = [named]
    n = int(times) if times.isdigit() else _COUNT_WORDS[times]
    group(q, dim, rel, measure, name, r.zone)
    q.having = f"{measure} {_AT_LEAST[bound]} {n}"
    return q.sql()


def average_per_bucket(q: Select, r: Reading, rel: str, dims: list[str], measure: str, name: str) -> str | None:
    """ "average alerts per day this week", "avg alerts per service": the mean of the counts per day
    (days with none are not counted: the store has no row for them) or per value."""
    how = _of_counts(r)
    if how is None or not measure.lower().startswith("count("):
        return None
    if len(dims) == 2 and sum(d in BUCKETS for d in dims) == 1:  # "avg alerts per service per day": per service
        bucket, value = sorted(dims, key=lambda d: d not in BUCKETS)
        group(q, [value, bucket], rel, measure, name, r.zone)
        key = dim_cols([value], rel, r.zone)[0].split(" AS ")[-1]
        q.order = []
        return (f"SELECT {key}, {_of(how, name)} AS {name}_per_{bucket} FROM ({q.sql()}) AS per_{bucket} "
                f"GROUP BY {key} ORDER BY {name}_per_{bucket} DESC, {key}")
    if len(dims) != 1:
        return None
    if dims[0] not in BUCKETS and (how != "avg" or not r.phrase(r"\b(avg|average|mean)( number of| count of| no "
                                                                 r"of)? \w+ (per|by|for each) ")):
        return None  # "average alerts per service": the mean of the per-service counts
    group(q, dims, rel, measure, name, r.zone)
    q.order = []
    return f"SELECT {_of(how, name)} AS {'' if how == 'avg' else how + '_'}{name}_per_{dims[0]} FROM ({q.sql()}) " \
           f"AS per_{dims[0]}"


def _of_counts(r: Reading) -> str | None:
    """What of the counts per bucket is asked: their mean ("average alerts per day"), median, or the largest or
    smallest ("max alerts per hour", "the peak number of deploys in one day")."""
    if r.phrase(r"\b(avg|average|mean|typical|typically)\b"):
        return "avg"
    if r.phrase(r"\bmedian\b"):
        return "median"
    if m := r.phrase(r"\b(max|maximum|peak|highest|min|minimum|lowest)( number of| count of)? \w+ per (hour|day|week|"
                     r"month)\b"):  # "the most alerts in a single hour" is the busiest hour, with its count
        return "min" if m[1] in ("min", "minimum", "lowest") else "max"
    return None


def _of(how: str, name: str) -> str:
    return f"round({how}({name}), 1)" if how in ("avg", "median") else f"{how}({name})"


def group(q: Select, dims: list[str], rel: str, measure: str, name: str, zone: str = "UTC") -> None:
    shown = dim_cols(dims, rel, zone)
    keys = [c.split(" AS ")[-1] for c in shown]
    q.columns = [*shown, f"{measure} AS {name}"]
    q.group = [c.split(" AS ")[0] if re.fullmatch(r"\w+ AS (environment|service|project)", c) else k  # by the column
               for c, k in zip(shown, keys, strict=True)]  # where its name is another column's (incident patterns'
    # group_service AS service: the view has the lines' service too)
    buckets = [k for d, k in zip(dims, keys, strict=True) if d in BUCKETS or d == "month"]
    q.order = buckets + [k for k in keys if k not in buckets] if buckets else [f"{name} DESC", *keys]


CYCLES = {"hour_of_day": "hour", "weekday": "dayname"}
"""Breakdowns by a place in a cycle rather than a bucket of time."""


def dim_cols(dims: list[str], rel: str, zone: str = "UTC") -> list[str]:
    cols = COLUMNS[rel]
    out = []
    for d in dims:
        if d.startswith("col:"):
            out.append(d[4:])
            continue
        if d.startswith("label:"):
            out.append(f"labels[{lit(d[6:])}] AS {d[6:]}")
            continue
        if d.startswith("attr:"):  # a log line's attribute: "per route", "top 3 status codes"
            out.append(f"attributes[{lit(d[5:])}] AS {d[5:].split('.')[-1]}")
            continue
        if d.startswith("detail:"):
            out.append(f"details[{lit(d[7:])}] AS {d[7:].split('_')[0]}")
            continue
        if d in BUCKETS and zone != "UTC":  # buckets of the zone's wall clock, shown as its local times
            out.append(f"time_bucket({BUCKETS[d]}, timezone({lit(zone)}, {cols['time']})) AS {d}")
        elif d in BUCKETS:
            out.append(f"time_bucket({BUCKETS[d]}, {cols['time']}) AS {d}")
        elif d in CYCLES:  # "which hour of the day": the hour on the clock, whatever the day
            at = f"timezone({lit(zone)}, {cols['time']})" if zone != "UTC" else cols["time"]
            out.append(f"{CYCLES[d]}({at}) AS {d}")
        elif d == "month":
            month = f"timezone({lit(zone)}, {cols['time']})" if zone != "UTC" else cols["time"]
            out.append(f"date_trunc('month', {month}) AS month")
        elif cols.get(d, d) == "*raw":
            out.append("environment")
        elif cols.get(d, d) != d:
            out.append(f"{cols[d]} AS {'alertname' if d == 'name' and rel == 'warnings' else d}")
        else:
            out.append(d)
    return out
