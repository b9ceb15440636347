"""The twenty-eighth ask question set: ids zi001..zi120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (to wire the set in), the module docstrings
of the earlier sets (to choose people who had not spoken before and to keep their conventions), the first rows of
``ask_questions_twentyseventh`` (for the file's format; the print meant for ten rows also showed its eleventh, and a
``tail`` of the file showed its last two refusals in passing, none of them reused here), and the demo store itself,
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person,
environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- a NOC operator finishing the night watch of the wall screens at 06:15 on Wednesday 12 March: what is "lit up on
  the board", what fired or went off overnight, in the last hour or since the reindex silence went on, what is muted
  and what runs out soon; short, lower-case, plain words ("anything fire", "noisiest", "what changed after 4pm");
- a technical programme manager tracking the payments remediation programme at 11:30 on Wednesday: formal full
  sentences with explicit dates ("on 11 March", "since 1 January 2025", "the week commencing 3 March 2025"), suspect
  changes, incidents and how they were fixed, rollbacks, mean time to resolve, who did what;
- a scrum master preparing the checkout team's sprint retrospective at 12:00 on Thursday 13 March, who counts in
  sprints and states them ("this sprint (3-14 March)", "the last two sprints (17 Feb - 14 Mar)"): the checkout
  project's deploys, flag flips, alerts, incidents, suspects, the cart-service silence; casual lower case;
- an operations manager in the UK office at 09:45 on Wednesday, writing British English with day-first dates and
  the 24-hour clock ("Tuesday 11th", "Monday 10th", "the past fortnight", "whilst", "please", "written up");
- a machine-learning engineer who owns search ranking and query-suggest, at 13:30 on Wednesday: the search
  project's alerts, logs, p99, flags (semantic ranking), argo deploys and indexer silences; types fast, with slips
  and shorthand ("alrets", "yday", "svc", "err logs", "w/o", "shd", "feb").

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys and the alerts,
incidents or error logs after them or none after them; alerts on services that had a configuration change; alerts
after a flag was switched off; changes and deploys before a named alert; alerts between a deploy and its rollback;
incidents and their suspects, early warnings, log patterns and resolutions; acks while an alert was firing; silences
in effect while alerts fired or incidents opened, created while an incident was open, and the silences that muted
something): five in each of filters, time, top_n and silences, six in aggregates, three in changes (its deploys
rolled back within the hour relate two kinds of change, not counted), and all fifteen joins. Phrasing runs from
lower-case fragments with slips to formal full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are returned as stored. Each person asks at one ``now``: the NOC operator at
  2025-03-12 06:15, the UK operations manager at 09:45, the programme manager at 11:30, the ML engineer at 13:30 (all
  Wednesday, after every record) and the scrum master at Thursday 2025-03-13 12:00. "Overnight" is last night,
  ``[2025-03-11 18:00, 2025-03-12 06:00)``; "yesterday", "yday", "Tuesday 11th" and "on 11 March" are ``[2025-03-11,
  2025-03-12)`` (the scrum master's "yesterday" is ``[2025-03-12, 2025-03-13)``); "this week" and "since Monday" run
  from 2025-03-10 00:00 to now; "the last hour", "past 24h" and "the past fortnight" are ``(now - N, now]``; "this
  sprint (3-14 March)" runs from 2025-03-03 00:00 to now, "the last two sprints (17 Feb - 14 Mar)" from 2025-02-17 to
  now; "since 1 February" / "since 1 January 2025" / "this year" from that day to now; "in February" / "in feb"
  ``[2025-02-01, 2025-03-01)``; "the week commencing 3 March 2025" ``[2025-03-03, 2025-03-10)``; "between 01:00 and
  03:00" (today), "between 14:30 and 15:30 UTC on 11 March", "between 14:00 and 16:00 UTC" and "between 20:00
  yesterday and 06:00 this morning" include their start and exclude their end; "after 4pm yesterday" runs from that
  moment to now; "at 22:00 on Monday 10th" is that instant. A thing is in a window by its own time (an alert's or
  warning's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log
  line's ``timestamp``); days are ``time_bucket(INTERVAL 1 DAY, ...)`` in UTC.
- Alerts are the ``alerts`` view's rows (every column for a list; "lit up" / "still firing" at now by the view's
  rule), incidents ``alert_groups``' rows, silences the ``silences`` view's rows, early warnings the ``warnings``
  table's, log lines ``log_events``' rows ("error logs" / "err logs" ``is_error``), acks and snoozes the audit log's
  rows. Changes are their ``phase = 'live'`` reports, "deploys" ``type = 'deployment'``, "rollbacks" / "rolled back"
  ``type = 'rollback'``, "releases" ``type = 'release'``, "flag flips" / "flag changes" ``type = 'flag_change'`` (a
  named flag by ``details['flag_key']``, "switched off" a summary starting "turned off"), "configuration changes"
  ``type = 'config_update'``, "what changed" every live report, scale events included; "argo" deploys have ``source =
  'argocd'``. A version is ``coalesce(details['ref'], version)``; "live in prod" is that of the last live deployment
  or rollback there. "Checkout services" and "the search project" are ``project = 'checkout'`` / ``'search'``;
  "maria's" silence is the one ``created_by ILIKE '%maria%'``; people are answered as stored, bots included.
- Named events: "the first checkout-web alert on 11 March" and "the first LoginSuccessRateLow alert on 11 March" are
  the earliest such alert that day; "the 16:58 indexer disk alert yday" / "the 18:26 disk alert yday" the indexer
  DiskSpaceLow alert that started in that minute; "the reindex silence last night" the silence with "reindex" in its
  comment created overnight (kenji.tanaka's, 01:55:38 on the 12th); "the payments-api v2.14.0 production deploy" its
  live production deployment (14:31:22 on the 11th) and "the rollback" payments-api's first live production rollback
  at or after it (14:56:37); "semantic ranking got switched off" the live flag change of ``semantic-ranking`` turned
  off (16:50:19 on the 11th). Changes before a named alert are those of its environment (production, or staging where
  the alert is staging's), in ``[t - N, t]``; error logs before the named indexer alert are the indexer's production
  lines in ``[t - 90 min, t]``; alerts after the flag was switched off are the search project's production alerts in
  ``[t, t + 2 h]``; alerts between the deploy and the rollback are the checkout project's in ``[deploy, rollback]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``): an alert "within N after" a deploy starts in ``[t, t + N]``; a deploy "followed by an alert within N"
  has one there, "had no alerts after them" / "with zero alerts in the hour after" none (15 minutes unless said);
  "checkout services paged within 10 minutes after a payments-api deploy" are the checkout project's alerts in the
  10 minutes after a payments-api deploy of their environment, their services once each; "checkout-web alerts within
  10 minutes after a payments-api alert" meet on the environment. An incident is open from ``opened_at`` to
  ``resolved_at`` (now while unresolved); a deploy "to a service that had an incident open at the time" lies in that
  span. A silence is in effect from ``starts_at`` to its end or its expiry, whichever came first, and meets the other
  kind on its service and, when it pins one, its environment (a silence that pins no service meets nothing): alerts
  "while a silence on their service was in effect" / "while it was silenced" share a moment with that span (an alert
  still firing runs until now); an incident "opened whilst a silence was in effect" opened inside it; a silence was
  "created while an incident on the same service was open" when ``created_at`` lies in the incident's span. An ack
  names its alert by its ``alertname`` and ``service`` equality matchers and counts when it came while the alert was
  firing; a snooze of an alert name is one whose matchers carry ``alertname=`` that name. "Suspect change" and
  "blamed" mean ``incident_suspects``; "the changes identified as the suspect for critical incidents" are the
  ``change_events`` rows those rows name; "early warnings in the hour before each incident" are
  ``incident_warnings``' rows; "without any log patterns before them" an anti-join on ``incident_log_patterns``; "no
  resolution written up" no row of ``resolutions``; "actually muted something" named in ``alert_mutes.silenced_by``.
  "Production alerts on any service that had a configuration change on Tuesday 11th" is read as a question of its
  own (``service IN (...)``, the Tuesday the change's). "For each X: a, b and how many Y" is one row per X with those
  columns and a count, zeros included; "avg number of alerts in the hour after each deploy" is the mean of those
  counts.
- Aggregates: durations in minutes to one decimal (hours when asked); "time to resolve" of alerts runs from start to
  end of the resolved ones, "mean time to resolve" of incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones; a silence's length is ``starts_at`` to ``ends_at``; a suspect's lag is ``lag_s`` in minutes; percentages are
  ``round(100.0 * part / whole, 1)``; averages and medians to one decimal (a metric's median of its samples). Counts
  per value are ``value, count``, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most",
  "noisiest" and "whose ... the most" ask for one row; "the five longest resolved incidents" are whole rows ranked by
  duration; error templates are ``log_pattern_counts`` summed per template text; "which service's incidents were
  preceded by the most early warnings" counts ``incident_warnings`` rows per incident service.
- Refusals: the services "ranking-worker" and "ledger-reconciler", the person tom.baker, the environment "qa" and the
  cluster prod-us-west-2 are ungrounded; the weather, a programme budget, story points, how to run a post-mortem and
  which embedding model to use are not about this data; paging someone, resolving an incident, deleting alerts,
  extending a silence and turning a flag back on ask to change the data.
"""

from __future__ import annotations

_O = "2025-03-12T06:15:00Z"
_U = "2025-03-12T09:45:00Z"
_T = "2025-03-12T11:30:00Z"
_M = "2025-03-12T13:30:00Z"
_S = "2025-03-13T12:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "zi001",
        "filters",
        "what's still lit up on the board right now?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:15:00+00')""",
        _O,
    ),
    (
        "zi002",
        "filters",
        "indexer alerts overnight",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _O,
    ),
    (
        "zi003",
        "filters",
        "anything fire on the indexer while it was silenced?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:15:00+00') > s.starts_at)""",
        _O,
    ),
    (
        "zi004",
        "filters",
        "Please list every critical payments-api alert raised between 14:30 and 15:30 UTC on 11 March.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        _T,
    ),
    (
        "zi005",
        "filters",
        "Which production incidents opened on 11 March have a suspect change recorded against them?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects)""",
        _T,
    ),
    (
        "zi006",
        "filters",
        "Provide the rollbacks that went live in production since 1 February.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 11:30:00+00'""",
        _T,
    ),
    (
        "zi007",
        "filters",
        "checkout project alerts this sprint (3-14 March)",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi008",
        "filters",
        "checkout deploys this sprint (3-14 March) that were followed by an alert on the same service "
        "within half an hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        _S,
    ),
    (
        "zi009",
        "filters",
        "critical alerts for checkout-web",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical'",
        _S,
    ),
    (
        "zi010",
        "filters",
        "Show me the early warnings raised on Tuesday 11th.",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _U,
    ),
    (
        "zi011",
        "filters",
        "Could I see the staging alerts from the past fortnight?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at > TIMESTAMPTZ '2025-02-26 09:45:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'""",
        _U,
    ),
    (
        "zi012",
        "filters",
        "Production alerts on any service that had a configuration change on Tuesday 11th",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND service IN (
                 SELECT service FROM change_events
                 WHERE type = 'config_update' AND phase = 'live'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _U,
    ),
    (
        "zi013",
        "filters",
        "query-suggest alrets in staging",
        "SELECT * FROM alerts WHERE service = 'query-suggest' AND environment_canonical = 'staging'",
        _M,
    ),
    (
        "zi014",
        "filters",
        "search-api err logs from prod yday",
        """SELECT * FROM log_events
           WHERE service = 'search-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zi015",
        "filters",
        "any search project alerts within 2 hours after semantic ranking got switched off?",
        """SELECT * FROM alerts
           WHERE project = 'search' AND environment_canonical = 'production'
             AND starts_at BETWEEN (
                     SELECT min(timestamp) FROM change_events
                     WHERE type = 'flag_change' AND phase = 'live' AND details['flag_key'] = 'semantic-ranking'
                       AND summary ILIKE 'turned off%')
                 AND (
                     SELECT min(timestamp) FROM change_events
                     WHERE type = 'flag_change' AND phase = 'live' AND details['flag_key'] = 'semantic-ranking'
                       AND summary ILIKE 'turned off%') + INTERVAL 2 HOUR""",
        _M,
    ),
    # --------------------------------------------------------------------- time
    (
        "zi016",
        "time",
        "anything fire in the last hour?",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 05:15:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""",
        _O,
    ),
    (
        "zi017",
        "time",
        "what fired between 01:00 and 03:00",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 03:00:00+00'""",
        _O,
    ),
    (
        "zi018",
        "time",
        "what went off since the reindex silence went on last night",
        """SELECT * FROM alerts
           WHERE starts_at >= (
                   SELECT min(created_at) FROM silences
                   WHERE comment ILIKE '%reindex%'
                     AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                     AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""",
        _O,
    ),
    (
        "zi019",
        "time",
        "How many alerts fired on 11 March between 14:00 and 16:00 UTC?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        _T,
    ),
    (
        "zi020",
        "time",
        "List the incidents opened in the week commencing 3 March 2025.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        _T,
    ),
    (
        "zi021",
        "time",
        "Which changes went live in the hour before the first checkout-web alert on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _T,
    ),
    (
        "zi022",
        "time",
        "how many checkout deploys went out this sprint so far (3-14 March)?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi023",
        "time",
        "what alerted yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        _S,
    ),
    (
        "zi024",
        "time",
        "checkout alerts between the payments-api v2.14.0 production deploy and the rollback",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                       AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback'
                       AND phase = 'live'
                       AND timestamp >= (
                           SELECT min(timestamp) FROM change_events
                           WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                             AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0'))""",
        _S,
    ),
    (
        "zi025",
        "time",
        "How many alerts have we had since Monday?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'""",
        _U,
    ),
    (
        "zi026",
        "time",
        "Alerts between 20:00 yesterday and 06:00 this morning, please.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _U,
    ),
    (
        "zi027",
        "time",
        "What was deployed to staging in the 20 minutes before the first LoginSuccessRateLow alert on 11 March?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'LoginSuccessRateLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 20 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'LoginSuccessRateLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _U,
    ),
    (
        "zi028",
        "time",
        "search project alerts past 24h",
        """SELECT * FROM alerts
           WHERE project = 'search'
             AND starts_at > TIMESTAMPTZ '2025-03-11 13:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:30:00+00'""",
        _M,
    ),
    (
        "zi029",
        "time",
        "query-suggest stuff that fired in feb",
        """SELECT * FROM alerts
           WHERE service = 'query-suggest'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _M,
    ),
    (
        "zi030",
        "time",
        "indexer error logs in the 90 min before the 18:26 disk alert yday",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND environment = 'production' AND is_error
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'indexer' AND name = 'DiskSpaceLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 18:26:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-11 18:27:00+00') - INTERVAL 90 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'indexer' AND name = 'DiskSpaceLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 18:26:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-11 18:27:00+00')""",
        _M,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "zi031",
        "aggregates",
        "how many alerts overnight?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _O,
    ),
    (
        "zi032",
        "aggregates",
        "avg time to resolve on the indexer DiskSpaceLow alerts",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow' AND status = 'resolved'""",
        _O,
    ),
    (
        "zi033",
        "aggregates",
        "how many alerts fired while a silence was on for their service?",
        """SELECT count(*) FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                 AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:15:00+00') > s.starts_at)""",
        _O,
    ),
    (
        "zi034",
        "aggregates",
        "What is the mean time to resolve, in minutes, for critical production incidents since 1 January 2025?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE max_severity = 'critical' AND environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 11:30:00+00'""",
        _T,
    ),
    (
        "zi035",
        "aggregates",
        "What percentage of the incidents opened on 11 March had a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _T,
    ),
    (
        "zi036",
        "aggregates",
        "What is the median lag, in minutes, between a suspect change going live and its incident opening?",
        "SELECT round(median(lag_s) / 60, 1) FROM incident_suspects",
        _T,
    ),
    (
        "zi037",
        "aggregates",
        "alerts per day this sprint (3-14 March)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        _S,
    ),
    (
        "zi038",
        "aggregates",
        "on average how many alerts are there per checkout incident?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups WHERE project = 'checkout'",
        _S,
    ),
    (
        "zi039",
        "aggregates",
        "for each checkout deploy this sprint: service, version, when it went out, and how many alerts in the hour "
        "after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version, c.timestamp""",
        _S,
    ),
    (
        "zi040",
        "aggregates",
        "What share of the alerts over the past fortnight were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-02-26 09:45:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'""",
        _U,
    ),
    (
        "zi041",
        "aggregates",
        "Average silence length in hours, please.",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences",
        _U,
    ),
    (
        "zi042",
        "aggregates",
        "How many deployments on Tuesday 11th were followed by an alert on the same service within 15 minutes?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _U,
    ),
    (
        "zi043",
        "aggregates",
        "median p99 latency for search-api yday",
        """SELECT round(median(value), 1) FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99' AND labels['service'] = 'search-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zi044",
        "aggregates",
        "how many error log lines did query-suggest write in staging yday",
        """SELECT count(*) FROM log_events
           WHERE service = 'query-suggest' AND environment = 'staging' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zi045",
        "aggregates",
        "avg number of search-api alerts in the hour after each search-api deploy",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
               GROUP BY c.id)""",
        _M,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "zi046",
        "top_n",
        "which service was noisiest overnight",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        _O,
    ),
    (
        "zi047",
        "top_n",
        "top 3 services by alerts this week",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        _O,
    ),
    (
        "zi048",
        "top_n",
        "who acked the most alerts while they were still firing",
        """SELECT k.actor, count(*) AS acks FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name)
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service)
                   AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))
           GROUP BY k.actor ORDER BY acks DESC, k.actor LIMIT 1""",
        _O,
    ),
    (
        "zi049",
        "top_n",
        "Which three services had the most incidents in February 2025?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 3""",
        _T,
    ),
    (
        "zi050",
        "top_n",
        "Identify the five longest resolved incidents since 1 January 2025.",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 11:30:00+00'
           ORDER BY resolved_at - opened_at DESC LIMIT 5""",
        _T,
    ),
    (
        "zi051",
        "top_n",
        "Whose changes were blamed for the most incidents?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        _T,
    ),
    (
        "zi052",
        "top_n",
        "top 2 alert names this sprint (3-14 Mar)",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        _S,
    ),
    (
        "zi053",
        "top_n",
        "who deployed the most this sprint (3-14 March)?",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        _S,
    ),
    (
        "zi054",
        "top_n",
        "which checkout service had the most alerts within an hour after one of its own deploys?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE a.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        _S,
    ),
    (
        "zi055",
        "top_n",
        "Which three days in the past fortnight had the most alerts?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-02-26 09:45:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'
           GROUP BY day ORDER BY alerts DESC, day LIMIT 3""",
        _U,
    ),
    (
        "zi056",
        "top_n",
        "Who has put on the most silences this year?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        _U,
    ),
    (
        "zi057",
        "top_n",
        "Which service's incidents were preceded by the most early warnings?",
        """SELECT service, count(*) AS warnings FROM incident_warnings
           GROUP BY service ORDER BY warnings DESC, service LIMIT 1""",
        _U,
    ),
    (
        "zi058",
        "top_n",
        "top 5 error templates for payments-api",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template ORDER BY errors DESC, template LIMIT 5""",
        _M,
    ),
    (
        "zi059",
        "top_n",
        "which search svc logged the most errors yday",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE project = 'search' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC, service LIMIT 1""",
        _M,
    ),
    (
        "zi060",
        "top_n",
        "who has the most deploys that got followed by an alert within 30 min",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 1""",
        _M,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zi061",
        "changes",
        "what changed after 4pm yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:15:00+00'""",
        _O,
    ),
    (
        "zi062",
        "changes",
        "when did the indexer last get deployed",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer'
           ORDER BY timestamp DESC LIMIT 1""",
        _O,
    ),
    (
        "zi063",
        "changes",
        "yesterday's deploys that had no alerts after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _O,
    ),
    (
        "zi064",
        "changes",
        "Which versions of auth-api were deployed to staging on 11 March?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _T,
    ),
    (
        "zi065",
        "changes",
        "Who performed rollbacks in production this year?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 11:30:00+00'""",
        _T,
    ),
    (
        "zi066",
        "changes",
        "Which changes were identified as the suspect for critical incidents?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        _T,
    ),
    (
        "zi067",
        "changes",
        "flag flips on checkout services this sprint (3-14 March)",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi068",
        "changes",
        "what version of checkout-web is live in prod?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        _S,
    ),
    (
        "zi069",
        "changes",
        "how many rollbacks did we have over the last two sprints (17 Feb - 14 Mar)?",
        """SELECT count(*) FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-17 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi070",
        "changes",
        "Which releases were published on Tuesday 11th?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _U,
    ),
    (
        "zi071",
        "changes",
        "Configuration changes over the past fortnight, please.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-26 09:45:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:45:00+00'""",
        _U,
    ),
    (
        "zi072",
        "changes",
        "Deployments on Tuesday 11th that were rolled back within the hour",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        _U,
    ),
    (
        "zi073",
        "changes",
        "semantic ranking flag changes",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND details['flag_key'] = 'semantic-ranking'""",
        _M,
    ),
    (
        "zi074",
        "changes",
        "which query-suggest versions went to staging",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'query-suggest' AND environment = 'staging'""",
        _M,
    ),
    (
        "zi075",
        "changes",
        "what changed on search in the 30 min before the 16:58 indexer disk alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'search' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'indexer' AND name = 'DiskSpaceLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00') - INTERVAL 30 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'indexer' AND name = 'DiskSpaceLow'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00')""",
        _M,
    ),
    # ----------------------------------------------------------------- silences
    (
        "zi076",
        "silences",
        "what's muted right now?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:15:00+00')""",
        _O,
    ),
    (
        "zi077",
        "silences",
        "silences that run out in the next 4 hours",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:15:00+00')
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND ends_at <= TIMESTAMPTZ '2025-03-12 10:15:00+00'""",
        _O,
    ),
    (
        "zi078",
        "silences",
        "which alerts overnight fired while a silence on their service was in effect",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:15:00+00') > s.starts_at)""",
        _O,
    ),
    (
        "zi079",
        "silences",
        "Who created silences during February 2025?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _T,
    ),
    (
        "zi080",
        "silences",
        "List the silences that were expired before their scheduled end.",
        "SELECT * FROM silences WHERE expired_early",
        _T,
    ),
    (
        "zi081",
        "silences",
        "Were any silences created while an incident on the same service was open? Please list them.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 11:30:00+00'))""",
        _T,
    ),
    (
        "zi082",
        "silences",
        "any silences on checkout services this sprint (3-14 March)?",
        """SELECT * FROM silences
           WHERE service IN (SELECT service FROM alerts WHERE project = 'checkout'
                             UNION SELECT service FROM change_events WHERE project = 'checkout')
             AND created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi083",
        "silences",
        "who took the cart-service silence off, and when?",
        "SELECT expired_by, expired_at FROM silences WHERE service = 'cart-service' AND expired_at IS NOT NULL",
        _S,
    ),
    (
        "zi084",
        "silences",
        "how many cart-service alerts fired while maria's silence was in effect?",
        """SELECT count(*) FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by ILIKE '%maria%' AND s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 12:00:00+00') > s.starts_at)""",
        _S,
    ),
    (
        "zi085",
        "silences",
        "Which silences were in effect at 22:00 on Monday 10th?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 22:00:00+00')""",
        _U,
    ),
    (
        "zi086",
        "silences",
        "Silences longer than four hours, please.",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 4 HOUR",
        _U,
    ),
    (
        "zi087",
        "silences",
        "Did any incident open whilst a silence on its service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        _U,
    ),
    (
        "zi088",
        "silences",
        "silences on the indexer in feb",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _M,
    ),
    (
        "zi089",
        "silences",
        "who snoozed HighLatencyP99 the most",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')
           GROUP BY actor ORDER BY snoozes DESC, actor LIMIT 1""",
        _M,
    ),
    (
        "zi090",
        "silences",
        "which indexer silences actually muted something",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _M,
    ),
    # -------------------------------------------------------------------- joins
    (
        "zi091",
        "joins",
        "last 24h: alerts that started within 15 min after a deploy of the same service",
        """SELECT * FROM alerts a
           WHERE a.starts_at > TIMESTAMPTZ '2025-03-11 06:15:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _O,
    ),
    (
        "zi092",
        "joins",
        "which incidents overnight had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        _O,
    ),
    (
        "zi093",
        "joins",
        "for every indexer incident since midnight: when it opened and how many indexer error log lines came in "
        "the 30 min before",
        """SELECT g.opened_at, count(l.id) AS error_lines
           FROM alert_groups g
           LEFT JOIN log_events l
             ON l.service = g.service AND l.environment = g.environment AND l.is_error
            AND l.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at
           WHERE g.service = 'indexer'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 06:15:00+00'
           GROUP BY g.id, g.opened_at""",
        _O,
    ),
    (
        "zi094",
        "joins",
        "Which incidents opened on 11 March have been resolved, and how were they fixed? Please give the service, "
        "the alert name and the fix.",
        """SELECT g.service, g.group_labels['alertname'], r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _T,
    ),
    (
        "zi095",
        "joins",
        "For each production deployment on 11 March, list the service, the version and the number of alerts on that "
        "service in the following 30 minutes.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        _T,
    ),
    (
        "zi096",
        "joins",
        "Which production deployments on 11 March went to a service that had an incident open at the time?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 11:30:00+00'))""",
        _T,
    ),
    (
        "zi097",
        "joins",
        "checkout incidents this sprint (3-14 March) and their suspect change",
        """SELECT * FROM incident_suspects
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        _S,
    ),
    (
        "zi098",
        "joins",
        "checkout deploys this sprint (3-14 March) with zero alerts in the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        _S,
    ),
    (
        "zi099",
        "joins",
        "which checkout services got paged within 10 minutes after a payments-api deploy?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        _S,
    ),
    (
        "zi100",
        "joins",
        "Early warnings in the hour before each incident on Tuesday 11th",
        """SELECT * FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _U,
    ),
    (
        "zi101",
        "joins",
        "Which incidents over the past fortnight still have no resolution written up?",
        """SELECT * FROM alert_groups
           WHERE opened_at > TIMESTAMPTZ '2025-02-26 09:45:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 09:45:00+00'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        _U,
    ),
    (
        "zi102",
        "joins",
        "checkout-web alerts on Tuesday that started within 10 minutes after a payments-api alert",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical
                   AND a.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 10 MINUTE)""",
        _U,
    ),
    (
        "zi103",
        "joins",
        "for each search-api deploy: when it went out, which env, and how many search-api error logs in the 30 min "
        "after",
        """SELECT c.timestamp, c.environment, count(l.id) AS error_lines
           FROM change_events c
           LEFT JOIN log_events l
             ON l.service = c.service AND l.environment = c.environment AND l.is_error
            AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
           GROUP BY c.id, c.timestamp, c.environment""",
        _M,
    ),
    (
        "zi104",
        "joins",
        "search incidents w/o any log patterns before them",
        """SELECT * FROM alert_groups
           WHERE project = 'search'
             AND id NOT IN (SELECT group_id FROM incident_log_patterns)""",
        _M,
    ),
    (
        "zi105",
        "joins",
        "indexer alerts less than an hour after an argo deploy of the indexer",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.source = 'argocd'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        _M,
    ),
    # ----------------------------------------------------------------- refusals
    ("zi106", "refusals", "page the search on-call, the indexer is acting up again", "asks_to_change_data", _O),
    ("zi107", "refusals", "alerts on ranking-worker tonight", "ungrounded", _O),
    ("zi108", "refusals", "whats the weather doing in dublin this morning", "not_about_this_data", _O),
    (
        "zi109",
        "refusals",
        "Please mark the payments-api incident from 11 March as resolved.",
        "asks_to_change_data",
        _T,
    ),
    (
        "zi110",
        "refusals",
        "What is the approved budget for the payments remediation programme?",
        "not_about_this_data",
        _T,
    ),
    (
        "zi111",
        "refusals",
        "List the production alerts for the ledger-reconciler service.",
        "ungrounded",
        _T,
    ),
    (
        "zi112",
        "refusals",
        "how many story points did the checkout team close this sprint?",
        "not_about_this_data",
        _S,
    ),
    (
        "zi113",
        "refusals",
        "delete the flaky search-api staging alerts from this sprint",
        "asks_to_change_data",
        _S,
    ),
    ("zi114", "refusals", "deploys by tom.baker this sprint (3-14 March)", "ungrounded", _S),
    ("zi115", "refusals", "Please extend the token-service silence until Friday.", "asks_to_change_data", _U),
    (
        "zi116",
        "refusals",
        "Which alerts fired in the qa environment over the past fortnight?",
        "ungrounded",
        _U,
    ),
    (
        "zi117",
        "refusals",
        "What's the best way to run a blameless post-mortem?",
        "not_about_this_data",
        _U,
    ),
    ("zi118", "refusals", "turn the semantic ranking flag back on", "asks_to_change_data", _M),
    ("zi119", "refusals", "alerts in prod-us-west-2 yday", "ungrounded", _M),
    ("zi120", "refusals", "which embedding model shd we use for query suggestions", "not_about_this_data", _M),
]
