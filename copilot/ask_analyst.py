"""An analyst's and a report writer's ways of asking for counts, ranks, columns and measures, rewritten into the
words the reading knows: "Rank everyone who performed rollbacks by their rollback count", "who are 2 people
deploying most", "what severity_text values show up in token-service log lines", "the p99 of alert durations",
"silences which comment has 'reindex' in it", "rows of resolutions where the number of links is greater than 1".
They are applied in :func:`.ask_common.common_forms`, in this order, among its own.

>>> import re
>>> text = "Rank everyone who performed rollbacks by their rollback count."
>>> for pattern, replacement in ANALYST_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
'how many rollbacks per person.'
"""

from __future__ import annotations

__all__ = ["ANALYST_RULES"]

_ACTS = {"deploying": "deploys", "silencing": "silences", "acking": "acks", "snoozing": "snoozes",
         "releasing": "releases", "rolling back": "rollbacks", "toggling flags": "flag changes"}

ANALYST_RULES = (
    (r"(?i)^rank (?:everyone|everybody|all (?:the )?people|(?:the )?people|all (?:the )?users|the users) who (?:\w+ )?"
     r"(rollbacks|deploys|deployments|silences|acks|snoozes|releases|flag changes|config changes|changes)\b.*?\bby "
     r"(?:their |the )?(?:\w+ )?(?:counts?|numbers?|totals?)\b", r"how many \1 per person"),
    (r"(?i)^((?:silenced|silence|snoozed|alert|incident|muted) (?:hours|minutes)) per (\w+),? (?:in )?totals?$",
     r"total \1 per \2"),  # "silenced hours per author, totals"
    (r"(?i)^who (?:are|were) (?:the )?(\d+|two|three|four|five|ten) (?:people|persons|engineers|folks|users) "
     r"(deploying|silencing|acking|snoozing|releasing|rolling back|toggling flags)(?: the)? most\b",
     lambda m: f"top {m[1]} people by {_ACTS[m[2].lower()]}"),  # "who are 2 people deploying most"
    (r"(?i)\b(deploys?|deployments?|releases?) (?:that )?(?:were |was |got |which were )?rolled back (within|in) ",
     r"\1 followed by a rollback \2 "),  # "deploys rolled back within the hr"
    (r"(?i)^(?:what|which) ([a-z_]+) values (?:show up|appear|occur|exist|are there|are used|do we have|are seen)"
     r"(?: in| among| for)? (.+?)\??(?:,? (?:a )?(?:unique|distinct) list| unique| distinct)?\??$",
     r"distinct values of \1 in \2"),  # "what severity_text values show up in token-service log_events?"
    (r"(?i)^which (service|project|team|environment|env)(?:'s|s'|s)? alerts (?:last|lasted|run|ran|stay|stayed) "
     r"(?:open |firing )?(?:the )?longest,? on average\b", r"which \1 has the longest average alert duration"),
    (r"(?i)^(distinct|unique|different) (.+?),? how many\??$", r"how many \1 \2"),  # "distinct alert names in stg
    # how many"
    (r"(?i)\b(\w+) (?:which|whose|where the|with a) (comment|summary|description|body|name) (?:has|contains|includes|"
     r"mentions) ('[^']+'|\"[^\"]+\"|\w+)(?: in it)?\b", r"\1 whose \2 mentions \3"),  # "silences which comment has
    # 'reindex' in it"
    (r"(?i)\b(?:which |that )?(?:have|has|with) (?:a |any )?matchers? (?:on|for|using) (?:the |a )?([\w.-]+) label\b",
     r"whose matchers include a \1 label"),  # "silences which have matcher on metric label"
    (r"(?i)\b(?:p(50|75|90|95|99)|(50|75|90|95|99)(?:th)? percentile)\b(?= (?:of )?(?:the )?(?:\w+ )?(?:durations?|"
     r"lengths?|time to resolve|resolution times?)\b)", lambda m: f"percentile {m[1] or m[2]}"),  # "the p99 of alert
    # durations": a percentile of how long they lasted, not the alerts named p99
    (r"(?i)\b(without|with no|missing|lacking|that lack|that have no) (?:a |an |any )?(description|summary|"
     r"runbook_url)\b(?! annotations?)", r"\1 the \2 annotation"),  # "alerts without a description": the annotation
    (r"(?i)^(?:which|what) metrics (?:(?:had|have|got|raised|triggered|fired|set off) (?:any )?(?:early )?warnings|"
     r"(?:have |had )?warned)\b", "distinct values of metric_key in warnings"),  # "which metrics had warnings",
    # "which metrics warned yesterday" (had been the names of every metric sampled then): the warnings' metrics
    (r"(?i)^who (?:was|is|were|has been) (?:the )?most active (?:in|with|on|at|creating|making) (?:the )?"
     r"(silences|deploys|deployments|acks|changes|snoozes|rollbacks|flag changes)\b", r"who made the most \1"),
    (r"(?i)\b(more|fewer|less|greater) than a single\b", r"\1 than 1"),  # "reference more than a single link"
    (r"(?i)^(?:the )?rows (?:of|from|in) (?:the )?", ""),  # "rows of resolutions where ...": the resolutions
    (r"(?i)\bwhere the (?:number|count) of (\w+) is (greater than|more than|over|above|at least|less than|fewer than|"
     r"under|below) (\d+)\b", r"with \2 \3 \1"),  # "where the number of links is greater than 1": a bound
    (r"(?i)\b(?:early[- ]warning )?heads?[- ]ups?\b", "early warnings"),  # "those early warning heads-ups"
    (r"(?i)\b(?:the )?most of (?:those|these|the|them|all) ", "the most "),  # "got the most of those warnings"
    (r"(?i)\b(?:in |with )?(?:the )?phase (?:=\s*)?'?live'?\b", "that went live"),  # "change reports in phase live"
    (r"(?i)\b(?:change )?reports of (live )?(changes|deploys|deployments)\b|\bchange reports\b",
     lambda m: f"{m[1] or ''}{m[2] or 'changes'}"),  # "4 actors with most reports of live changes"
)
"""(pattern, replacement) pairs, each read with :func:`re.sub`."""
