"""The forty-second ask question set: ids zw001..zw120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep, headings only), the module
docstring of ``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its author), the
module docstrings of the earlier sets printed with ``ast`` (to choose people who had not spoken before and to keep their
conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo store itself,
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). No deviation from that list. Each row is ``(id, category, question, gold, now)``. A refusal's gold is
its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier sets had a support engineer reading
days in Singapore time and a UK operations manager writing day-first dates and the 24-hour clock; nobody who writes in
another zone's wall clock or in ISO weeks); each gives times and dates their own way, and each asks three questions in
every category (24 each, three of them refusals):

- an SRE in Berlin, at 09:00 CET on Wednesday 12.03. (2025-03-12 08:00 UTC): short, exact questions with German
  day-first dates without a year ("11.03.", "3/11" never), the 24-hour clock with "CET" ("15:31 CET", "03:00 CET"),
  the odd German word ("bitte", "danke"), often saying what the answer is for ("for the postmortem", "for the
  timeline");
- a backend developer at a San Francisco office, at 8:30am PDT on Wednesday 3/12 (2025-03-12 15:30 UTC): lower case,
  chatty, US month/day dates ("3/11", "since 3/1") and 12-hour clocks with "PT" / "pacific" ("7:45am PT", "5pm PT",
  "6am and noon PT"), "PST" only for February ("feb (PST)"), shorthand ("lmk", "ppl", "rn", "lol", "obv");
- a release engineer in Bengaluru, at 14:00 +05:30 on 12-03-2025 (2025-03-12 08:30 UTC): polite Indian English
  ("Kindly list ...", "Please share ...", "Thanks in advance."), dates as DD-MM-YYYY ("11-03-2025", "01-02-2025 to
  28-02-2025") and times with the explicit offset ("20:00 +05:30", "20:01:22 +05:30"), or "(IST)" for a whole day;
- an SRE in Tokyo, at 10:00 JST on Thursday 2025/03/13 (2025-03-13 01:00 UTC): Japanese year/month/day dates
  ("2025/03/11", "2025/02"), 24-hour times with "JST" ("2025/03/11 23:31 JST", "from 2025/03/11 23:00 to 2025/03/12
  07:00 JST"), careful, polite and slightly non-native English (dropped articles, "How many alerts was there");
- a data-platform analyst in Sao Paulo, at 10h00 BRT on Friday 14 March (2025-03-14 13:00 UTC): thinks in ISO weeks
  and quarters ("W11", "2025-W10", "2025-W11-3", "Q1", "Q1/25", "per ISO week"), Brazilian clock style ("12h00 BRT"),
  terse, the odd Portuguese word ("valeu", "obrigado").

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys and the alerts,
incidents or log lines after them, or none after them; changes in the hour before the first payments-api alert or
the cart-service alert; alerts before the rollback; incidents and their suspects, early warnings, log patterns and
resolutions; rollbacks while an incident was open; silences in effect while alerts were firing, incidents were open or
deploys went out, silences created during an incident, the silences that muted something and the alerts each muted):
four in filters (its deploys followed by a rollback relate two kinds of change and are not counted) and time, five in
each of aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC in every gold; each person's own times are converted exactly, with the offset in force on the date
  concerned: Europe/Berlin is CET, UTC+1, all through January to March 2025 (CEST only from 30 March);
  America/Los_Angeles is PST, UTC-8, until 2025-03-09 02:00 local and PDT, UTC-7, after it (so the Californian's
  "last week (mon-sun, pacific days)", 3-9 March, runs from 2025-03-03 08:00 to 2025-03-10 07:00 UTC and straddles the
  change), and "PST" said of February is that; Asia/Kolkata is UTC+05:30 and Asia/Tokyo UTC+09:00, neither with
  daylight saving; America/Sao_Paulo is UTC-3 with no daylight saving since 2019. A day named by a person ("11.03.",
  "3/11", "yesterday", "11-03-2025 (IST)", "2025/03/12 (JST)") is that person's calendar day, from its local midnight
  to the next: the Berliner's 11.03. is ``[2025-03-10 23:00, 2025-03-11 23:00)``, the Californian's 3/11 and
  "yesterday" ``[2025-03-11 07:00, 2025-03-12 07:00)``, the Bengaluru engineer's 11-03-2025 ``[2025-03-10 18:30,
  2025-03-11 18:30)``, the Tokyo SRE's 2025/03/11 ``[2025-03-10 15:00, 2025-03-11 15:00)`` and 2025/03/12
  ``[2025-03-11 15:00, 2025-03-12 15:00)``; a month ("feb (PST)", "01-02-2025 to 28-02-2025 (IST)", "2025/02 (JST)")
  likewise runs between local midnights. ISO weeks and quarters are the Sao Paulo analyst's local ones: W10 is
  ``[2025-03-03 03:00, 2025-03-10 03:00)``, W11 and "Q1" run from 2025-03-10 03:00 and 2025-01-01 03:00 UTC up to
  now (included); "2025-W11-3 12h00 BRT" is Wednesday 12 March 15:00 UTC. Clock windows ("between 15:00 and 16:00
  CET", "from 23:00 to 07:00 JST", "between 6am and noon PT") include their start and exclude their end; "since
  3/1", "since then" and "since I logged off at 5pm PT yesterday" run from that moment to now; "the last 7 days" is
  ``(now - 7 days, now]``; a moment ("at 20:00 +05:30", "at 7:45am PT", "at 03:00 CET") is one instant. A thing is in
  a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, a log line's ``timestamp``, a pattern count's ``minute``); "latest N" rows are those up to
  now (or before the moment named), newest first. Breakdowns per hour or per day asked "in CET / JST / IST / BRT /
  pacific days" bucket by that zone's wall clock (``date_trunc('hour', ts AT TIME ZONE zone)``, ``CAST(ts AT TIME
  ZONE zone AS DATE)``, ``strftime(ts AT TIME ZONE zone, '%G-W%V')`` for ISO weeks) and answer the local bucket with
  its count, most first.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error logs" ``is_error``), early warnings
  ``incident_warnings``. Changes are their ``phase = 'live'`` reports: "deploys" / "deployments" ``type =
  'deployment'``, "rollbacks" ``type = 'rollback'``, "releases" ``type = 'release'``, "flag changes" / "flipped flags"
  ``type = 'flag_change'``, "config changes" ``type = 'config_update'``; "changes" / "what changed" every live report,
  scale events included. A version is ``coalesce(details['ref'], version)`` (a commit sha where no tag was reported);
  the version running in an environment is that of the last live deployment or rollback there. People are answered
  as stored (bots included, and ``sokafor`` and ``sade.okafor@acme.io`` as two); "kenji" is ``created_by ILIKE
  '%kenji%'``.
- Named events: "the v2.14.0 (prod) deploy" / "the payments-api prod deploy at 15:31 CET / 20:01:22 +05:30 / 2025/03/11
  23:31 JST" is payments-api's live production deployment (2025-03-11 14:31:22 UTC) and "its rollback" the live
  production rollback of payments-api at 14:56:37; the times people give for them are the stored ones to the minute
  and the golds use the stored instants. "The first payments-api alert on 11.03." is the earliest payments-api alert
  of the Berliner's day (a scalar subquery); "the cart-service UpstreamDependencyErrors alert at 2025/03/11 23:40 JST"
  is the one that started at 14:40:54 UTC; "the PaymentsAPIErrorBudgetBurn incident on 11.03." and "the
  HikariPoolPendingConnections incident" are the ``alert_groups`` rows of that alert name (that day). Changes before a
  named alert are those of its environment (production) in ``[t - N, t]``; "any service" around the deploy ranks every
  service's lines in ``[t, t + 30 min]``; "between the deploy and its rollback" is both instants included.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``). After is ``[t, t + N]``, before ``[t - N, t]``; N as said, else 15 minutes. "Followed by" and "had no
  alert ... after" are ``EXISTS`` / ``NOT EXISTS``; "for each X ... how many Y" is one row per X (per change report
  ``id``) with a ``LEFT JOIN`` count, zeros included, and the columns listed; "on average, how many" is the mean of
  those counts. "The checkout project (any of its services)" meets on project; "cart-service alerts after a
  payments-api deploy" meets each named service in production. An incident is open from ``opened_at`` to
  ``resolved_at`` (now while unresolved, so an incident never resolved, such as the indexer's SearchIndexerLagHigh of
  3 March, is open to now): a rollback "went live while an incident was still open" and a silence "created during an
  incident" have their time in that span. A silence is in effect from ``starts_at`` to its end or its expiry,
  whichever came first, and meets the other side on its ``service`` (a silence that pins no service meets nothing) and,
  when it pins one, its canonical environment: alerts "firing while a silence was in effect" and incidents "during
  which a silence was in effect" share a moment with it (an alert still firing counts until now), a deploy "while its
  service was silenced" went live inside it. "Held back any alerts, as per alertmanager" and "how many alerts did it
  mute" read ``alert_mutes.silenced_by``. "Suspect change" is ``incident_suspects`` (its changes are the
  ``change_events`` rows it names, their people its ``change_actor``); "no early warning before them" is an anti-join
  on ``incident_warnings``; "log patterns before the X incident, top 3" are ``incident_log_patterns`` rows of rank 3
  or better; "how were they fixed" joins ``resolutions`` on ``group_id``.
- Aggregates: durations in minutes to one decimal (``round(x, 1)``); MTTR and time to resolve of incidents run from
  ``opened_at`` to ``resolved_at`` of the resolved ones, alert durations from start to end of the resolved ones; a
  silence's length "as set" is ``starts_at`` to ``ends_at``, "actually in place" to its end or expiry, whichever came
  first; a suspect's lag is ``lag_s`` in minutes; medians and percentiles are ``quantile_cont``, the standard deviation
  ``stddev_samp``; percentages are ``round(100.0 * part / whole, 1)``; "max alerts in a single hour" is the largest
  hourly count (one number).
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the
  top person" and "which alert name fired most" one row); log patterns are ranked by ``log_pattern_counts`` summed per
  template; "busiest hours" are local hour buckets.
- Refusals: the "fra-1" cluster, the service "billing-gateway", the person rahul.sharma@acme.io, the "dr-osaka"
  environment and the "marketplace" project are ungrounded (none occurs in any alert, change, log line, silence,
  metric or warning); the CET/CEST switch for a cron job, when daylight saving ends in the US, storing +05:30
  timestamps in Postgres, whether Japan has daylight saving and how many ISO weeks 2026 has are not about this data;
  expiring the reindex silence, deleting a rollback record, marking an incident resolved, creating a silence and
  reopening a silence ask to change the data.
"""

# Each person asks at one now of their own, after every record (the last records are of 2025-03-12 ~06:00 UTC).
NOW_BERLIN = "2025-03-12T08:00:00Z"  # Wednesday 12.03. 09:00 CET (UTC+1; CEST only from 30 March 2025)
NOW_SF = "2025-03-12T15:30:00Z"  # Wednesday 3/12 8:30am PDT (UTC-7 since 9 March 2025; PST, UTC-8, before)
NOW_BLR = "2025-03-12T08:30:00Z"  # 12-03-2025 14:00 +05:30 (IST, no daylight saving)
NOW_TYO = "2025-03-13T01:00:00Z"  # 2025/03/13 (Thu) 10:00 JST (UTC+9, no daylight saving)
NOW_SAO = "2025-03-14T13:00:00Z"  # Friday of 2025-W11, 10h00 BRT (UTC-3, no daylight saving since 2019)

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "zw001",
        "filters",
        "Morning from Berlin. Which critical alerts did we have in prod on 11.03.? I mean the whole day our "
        "time (CET).",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw002",
        "filters",
        "Prod deployments between 15:00 and 16:00 CET on 11.03., bitte.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw003",
        "filters",
        "Need for the postmortem: payments-api alerts that started within 15 min after the v2.14.0 prod "
        "deploy (live at 15:31 CET on 11.03.)",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        NOW_BERLIN,
    ),
    (
        "zw004",
        "filters",
        "hey - warning level alerts in staging yesterday? (3/11, pacific time)",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw005",
        "filters",
        "any feature flag changes between 6am and noon PT on 3/11?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 19:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw006",
        "filters",
        "ok so which prod alerts on 3/11 (PT) fired within 15 min after a deploy of the same service went live? lmk",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_SF,
    ),
    (
        "zw007",
        "filters",
        "Kindly list the alerts that were firing at 20:00 +05:30 on 11-03-2025.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        NOW_BLR,
    ),
    (
        "zw008",
        "filters",
        "Please share the rollbacks done in production on 11-03-2025 (IST). Thanks in advance.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw009",
        "filters",
        "payments-api production error logs in the 10 minutes after the v2.14.0 deployment went live "
        "(20:01:22 +05:30, 11-03-2025)",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        NOW_BLR,
    ),
    (
        "zw010",
        "filters",
        "indexer alerts between 2025/03/11 09:00 and 18:00 JST",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 09:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw011",
        "filters",
        "Please show staging deploys on 2025/03/12 (JST day).",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw012",
        "filters",
        "production incidents which opened within 30 min after config change on same service",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'config_update' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_TYO,
    ),
    (
        "zw013",
        "filters",
        "W11 critical alerts, all envs",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw014",
        "filters",
        "config changes in Q1 so far",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw015",
        "filters",
        "deploys in 2025-W11 that were followed by a rollback of the same service within 60 min",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ time
    (
        "zw016",
        "time",
        "Alerts per hour on 11.03. - hours in CET please, Berlin wall clock, not UTC.",
        """SELECT date_trunc('hour', starts_at AT TIME ZONE 'Europe/Berlin') AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_BERLIN,
    ),
    (
        "zw017",
        "time",
        "How many alerts started between 15:30 and 16:30 CET on 11.03.?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw018",
        "time",
        "checkout-web error log lines between the payments-api v2.14.0 deploy (15:31 CET) and its rollback "
        "(15:56 CET) on 11.03. - how many?",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NOW_BERLIN,
    ),
    (
        "zw019",
        "time",
        "alerts per day last week (mon-sun, pacific days)",
        """SELECT CAST(starts_at AT TIME ZONE 'America/Los_Angeles' AS DATE) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 08:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 07:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_SF,
    ),
    (
        "zw020",
        "time",
        "what was firing at 7:45am PT on 3/11?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        NOW_SF,
    ),
    (
        "zw021",
        "time",
        "logged off at 5pm PT yesterday lol. how many alerts came in since then?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        NOW_SF,
    ),
    (
        "zw022",
        "time",
        "How many deployments went live between 15:00 and 21:00 +05:30 on 11-03-2025?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw023",
        "time",
        "Please give the latest 5 alerts before 12-03-2025 06:00 +05:30.",
        """SELECT * FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:30:00+00'
           ORDER BY starts_at DESC LIMIT 5""",
        NOW_BLR,
    ),
    (
        "zw024",
        "time",
        "payments-api alerts in the 30 minutes before its rollback went live (20:26:37 +05:30 on 11-03-2025)",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NOW_BLR,
    ),
    (
        "zw025",
        "time",
        "Alerts per day from 2025/03/10 to 2025/03/12, please count days in JST.",
        """SELECT CAST(starts_at AT TIME ZONE 'Asia/Tokyo' AS DATE) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-09 15:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 15:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_TYO,
    ),
    (
        "zw026",
        "time",
        "How many alerts was there from 2025/03/11 23:00 to 2025/03/12 07:00 JST?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 22:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw027",
        "time",
        "how many payments-api incidents opened within 2 hours after the payments-api prod deploy at "
        "2025/03/11 23:31 JST",
        """SELECT count(*) FROM alert_groups
           WHERE service = 'payments-api' AND environment = 'production'
             AND opened_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 2 HOUR""",
        NOW_TYO,
    ),
    (
        "zw028",
        "time",
        "alert count per ISO week for Q1 so far (W01..W11), weeks in BRT",
        """SELECT strftime(starts_at AT TIME ZONE 'America/Sao_Paulo', '%G-W%V') AS iso_week, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    (
        "zw029",
        "time",
        "alerts W10 vs W11, two numbers side by side pls (valeu)",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 03:00:00+00'
                                    AND starts_at < TIMESTAMPTZ '2025-03-10 03:00:00+00') AS alerts_w10,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
                                    AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00') AS alerts_w11
           FROM alerts""",
        NOW_SAO,
    ),
    (
        "zw030",
        "time",
        "W11, per day (BRT): how many deploys were followed by an alert on the same service within 15 min",
        """SELECT CAST(d.timestamp AT TIME ZONE 'America/Sao_Paulo' AS DATE) AS day, count(*) AS deploys
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "zw031",
        "aggregates",
        "Avg duration in minutes of the resolved prod alerts from 11.03. (CET day).",
        """SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) FROM alerts
           WHERE environment_canonical = 'production' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw032",
        "aggregates",
        "What percentage of the alerts on 11.03. (CET) were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw033",
        "aggregates",
        "on average, how many alerts of the same service in the 30 min after each prod deployment on 11.03. (CET)?",
        """SELECT round(avg(n), 1) FROM (
               SELECT d.id, count(a.starts_at) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-11 23:00:00+00'
               GROUP BY d.id)""",
        NOW_BERLIN,
    ),
    (
        "zw034",
        "aggregates",
        "median time to resolve (mins) for incidents opened in feb? feb in PST obv",
        """SELECT round(quantile_cont(epoch(resolved_at - opened_at) / 60, 0.5), 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 08:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 08:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw035",
        "aggregates",
        "how many distinct services alerted yesterday (3/11 pacific)?",
        """SELECT count(DISTINCT service) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw036",
        "aggregates",
        "what % of yesterday's deploys (3/11 PT) were followed by an alert on that service within 15 min",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = d.service AND a.environment_canonical = d.environment
                        AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw037",
        "aggregates",
        "Total error log lines of payments-api in production on 11-03-2025 (IST day)?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw038",
        "aggregates",
        "Average silence length as set, in minutes, for silences created from 01-02-2025 to 28-02-2025 (IST).",
        """SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-31 18:30:00+00'
             AND created_at < TIMESTAMPTZ '2025-02-28 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw039",
        "aggregates",
        "For incidents opened on 11-03-2025 (IST), what was the average lag of the suspect change in minutes?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw040",
        "aggregates",
        "Maximum alerts in a single hour on 2025/03/11 (JST). Only the number, please.",
        """SELECT max(n) FROM (
               SELECT date_trunc('hour', starts_at AT TIME ZONE 'Asia/Tokyo') AS h, count(*) AS n
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 15:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
               GROUP BY 1)""",
        NOW_TYO,
    ),
    (
        "zw041",
        "aggregates",
        "p95 duration of resolved indexer alerts, in minutes please",
        """SELECT round(quantile_cont(epoch(ends_at - starts_at) / 60, 0.95), 1) FROM alerts
           WHERE service = 'indexer' AND ends_at IS NOT NULL""",
        NOW_TYO,
    ),
    (
        "zw042",
        "aggregates",
        "By change type, mean minutes between suspect change and incident opening?",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_lag_min FROM incident_suspects
           GROUP BY change_type ORDER BY 2 DESC, 1""",
        NOW_TYO,
    ),
    (
        "zw043",
        "aggregates",
        "Q1 so far: MTTR in minutes, resolved production incidents",
        """SELECT round(avg(epoch(resolved_at - opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw044",
        "aggregates",
        "std dev of alert duration in 2025-W11 (resolved alerts only), in min",
        """SELECT round(stddev_samp(epoch(ends_at - starts_at) / 60), 1) FROM alerts
           WHERE ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw045",
        "aggregates",
        "W11: how many deploys had no alert on their service in the 15 min after?",
        """SELECT count(*) FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zw046",
        "top_n",
        "Top 3 services by alerts on 11.03. (CET).",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_BERLIN,
    ),
    (
        "zw047",
        "top_n",
        "Which 2 hours of 11.03. had the most alerts? Hours as CET please.",
        """SELECT date_trunc('hour', starts_at AT TIME ZONE 'Europe/Berlin') AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2""",
        NOW_BERLIN,
    ),
    (
        "zw048",
        "top_n",
        "top 2 services (any service) by error log lines in the 30 min after the payments-api v2.14.0 deploy "
        "went live at 15:31 CET",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 2""",
        NOW_BERLIN,
    ),
    (
        "zw049",
        "top_n",
        "top 4 alert names since 3/1 (pacific)",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 08:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
           GROUP BY name ORDER BY 2 DESC, 1 LIMIT 4""",
        NOW_SF,
    ),
    (
        "zw050",
        "top_n",
        "who shipped the most changes in feb (PST)? just the top person, it's for a shoutout",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 08:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 08:00:00+00'
           GROUP BY actor ORDER BY 2 DESC, 1 LIMIT 1""",
        NOW_SF,
    ),
    (
        "zw051",
        "top_n",
        "curious - top 2 people whose changes got blamed as the suspect for the most incidents",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY 2 DESC, 1 LIMIT 2""",
        NOW_SF,
    ),
    (
        "zw052",
        "top_n",
        "Top 3 services by error log lines on 11-03-2025 (IST).",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:30:00+00'
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_BLR,
    ),
    (
        "zw053",
        "top_n",
        "Who are the top 3 deployers by number of deployments that went live, overall?",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_BLR,
    ),
    (
        "zw054",
        "top_n",
        "Which 2 services had the most incidents with a suspect change?",
        """SELECT service, count(*) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 2""",
        NOW_BLR,
    ),
    (
        "zw055",
        "top_n",
        "Busiest 3 hours by log lines on 2025/03/12, hours in JST please.",
        """SELECT date_trunc('hour', timestamp AT TIME ZONE 'Asia/Tokyo') AS hour, count(*) AS lines
           FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 15:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_TYO,
    ),
    (
        "zw056",
        "top_n",
        "Which alert name fired most in 2025/02 (JST)?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-31 15:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-02-28 15:00:00+00'
           GROUP BY name ORDER BY 2 DESC, 1 LIMIT 1""",
        NOW_TYO,
    ),
    (
        "zw057",
        "top_n",
        "Top 3 services by alerts that started within 1 hour after a change on same service.",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_TYO,
    ),
    (
        "zw058",
        "top_n",
        "top 5 services by alerts in Q1/25",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 5""",
        NOW_SAO,
    ),
    (
        "zw059",
        "top_n",
        "W11 top 3 log patterns by error count",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE minute >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND minute <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY template ORDER BY 2 DESC, 1 LIMIT 3""",
        NOW_SAO,
    ),
    (
        "zw060",
        "top_n",
        "which 2 services had the most Q1 incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service ORDER BY 2 DESC, 1 LIMIT 2""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zw061",
        "changes",
        "Which version of payments-api runs in prod right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_BERLIN,
    ),
    (
        "zw062",
        "changes",
        "Who deployed to production on 11.03. (Berlin day)?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw063",
        "changes",
        "What changed in prod in the hour before the first payments-api alert on 11.03.? Need it for the timeline.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00')""",
        NOW_BERLIN,
    ),
    (
        "zw064",
        "changes",
        "who flipped flags on 3/11 (PT), and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw065",
        "changes",
        "latest 3 deploys to staging? want to see if my branch made it",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
           ORDER BY timestamp DESC LIMIT 3""",
        NOW_SF,
    ),
    (
        "zw066",
        "changes",
        "deploys yesterday (3/11 pacific) that had no alert on the same service in the 30 min after",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_SF,
    ),
    (
        "zw067",
        "changes",
        "Please list the releases published between 17:00 and 20:00 +05:30 on 11-03-2025.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 11:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw068",
        "changes",
        "How many minutes between the payments-api v2.14.0 production deploy going live and the rollback going live?",
        """SELECT round(epoch((SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00')
                             - TIMESTAMPTZ '2025-03-11 14:31:22+00') / 60, 1)""",
        NOW_BLR,
    ),
    (
        "zw069",
        "changes",
        "Which changes were flagged as suspects for the incidents opened on 11-03-2025 (IST)?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-11 18:30:00+00')""",
        NOW_BLR,
    ),
    (
        "zw070",
        "changes",
        "Which versions were deployed to staging on 2025/03/11 (JST)?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 15:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw071",
        "changes",
        "Config changes in the last 7 days, please.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-13 01:00:00+00' - INTERVAL 7 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-13 01:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw072",
        "changes",
        "what changed in the checkout project (any of its services, prod) in the 30 min before the cart-service "
        "UpstreamDependencyErrors alert at 2025/03/11 23:40 JST?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:40:54.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:40:54.431846+00'""",
        NOW_TYO,
    ),
    (
        "zw073",
        "changes",
        "Q1 rollbacks: service, version, when",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw074",
        "changes",
        "deploys per ISO week in Q1 (weeks in BRT)",
        """SELECT strftime(timestamp AT TIME ZONE 'America/Sao_Paulo', '%G-W%V') AS iso_week, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY 1 ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    (
        "zw075",
        "changes",
        "W11 deploys: service, version and whether an incident on that service opened within 60 min (true/false)",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version,
                  EXISTS (SELECT 1 FROM alert_groups g
                          WHERE g.service = d.service AND g.environment = d.environment
                            AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)
                      AS incident_followed
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ silences
    (
        "zw076",
        "silences",
        "Which silences were active at 03:00 CET on 11.03.?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:00:00+00')""",
        NOW_BERLIN,
    ),
    (
        "zw077",
        "silences",
        "Who expired a silence early, and when?",
        """SELECT expired_by, expired_at FROM silences WHERE expired_at IS NOT NULL""",
        NOW_BERLIN,
    ),
    (
        "zw078",
        "silences",
        "Alerts from 11.03. (CET) that were firing while a silence on their service was in effect - danke.",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_BERLIN,
    ),
    (
        "zw079",
        "silences",
        "silences kenji created since 3/1 PT?",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 08:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        NOW_SF,
    ),
    (
        "zw080",
        "silences",
        "how many silences are active rn (8:30am PT)?",
        """SELECT count(*) FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 15:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 15:30:00+00')""",
        NOW_SF,
    ),
    (
        "zw081",
        "silences",
        "silences that got created during an incident on the same service - trying to see if ppl mute stuff "
        "mid-incident",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 15:30:00+00'))""",
        NOW_SF,
    ),
    (
        "zw082",
        "silences",
        "Which silences are set to end after 12-03-2025 00:00 +05:30?",
        """SELECT * FROM silences WHERE ends_at > TIMESTAMPTZ '2025-03-11 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw083",
        "silences",
        "For each silence created on 11-03-2025 (IST), its author and its scheduled length in minutes.",
        """SELECT created_by, round(epoch(ends_at - starts_at) / 60, 1) AS minutes FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 18:30:00+00'""",
        NOW_BLR,
    ),
    (
        "zw084",
        "silences",
        "Which silences actually held back any alerts, as per alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NOW_BLR,
    ),
    (
        "zw085",
        "silences",
        "Silences created on 2025/03/12 (JST)?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_TYO,
    ),
    (
        "zw086",
        "silences",
        "Average minutes that kenji's silences were actually in place.",
        """SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at)) - starts_at)) / 60, 1)
           FROM silences WHERE created_by ILIKE '%kenji%'""",
        NOW_TYO,
    ),
    (
        "zw087",
        "silences",
        "Deploys which went live while their service was silenced.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = d.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = d.environment)
                   AND d.timestamp >= s.starts_at
                   AND d.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_TYO,
    ),
    (
        "zw088",
        "silences",
        "silences created in 2025-W11 up to 2025-W11-3 12h00 BRT - id, author, comment",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw089",
        "silences",
        "how many silences per author in Q1 (BRT)",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY created_by ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    (
        "zw090",
        "silences",
        "for each W11 silence, how many alerts did it mute? zero included",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY s.silence_id ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zw091",
        "joins",
        "for each prod deploy on 11.03. (CET): service, version and how many alerts of that service in the "
        "30 min after",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.starts_at) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY d.id, d.service, d.details, d.version""",
        NOW_BERLIN,
    ),
    (
        "zw092",
        "joins",
        "Incidents of 11.03. (CET) with their suspect change.",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw093",
        "joins",
        "Early warnings before the PaymentsAPIErrorBudgetBurn incident on 11.03.?",
        """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        NOW_BERLIN,
    ),
    (
        "zw094",
        "joins",
        "which services got an alert within 15 min after one of their own deploys on 3/11 PT?",
        """SELECT DISTINCT d.service FROM change_events d
           JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw095",
        "joins",
        "incidents opened 3/11 PT that got resolved - service, alert name, fix, who resolved it",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix, r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        NOW_SF,
    ),
    (
        "zw096",
        "joins",
        "staging alerts that fired within 30 min after a staging deploy of the same service, 3/11 pacific",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
                   AND d.service = a.service
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_SF,
    ),
    (
        "zw097",
        "joins",
        "For every rollback: service, time and the number of alerts on that service in the 60 min before it.",
        """SELECT r.service, r.timestamp, count(a.starts_at) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'
           GROUP BY r.id, r.service, r.timestamp""",
        NOW_BLR,
    ),
    (
        "zw098",
        "joins",
        "Incidents opened on 11-03-2025 (IST) that had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 18:30:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NOW_BLR,
    ),
    (
        "zw099",
        "joins",
        "Top 3 log patterns before the HikariPoolPendingConnections incident, please.",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')
             AND rank <= 3""",
        NOW_BLR,
    ),
    (
        "zw100",
        "joins",
        "Rollbacks which went live while an incident on same service was still open.",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = r.service AND g.environment = r.environment
                   AND r.timestamp >= g.opened_at
                   AND r.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 01:00:00+00'))""",
        NOW_TYO,
    ),
    (
        "zw101",
        "joins",
        "cart-service alerts in prod within 15 min after payments-api deploy",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = 'payments-api' AND d.environment = 'production'
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_TYO,
    ),
    (
        "zw102",
        "joins",
        "Incidents during which a silence on their service was in effect.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 01:00:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        NOW_TYO,
    ),
    (
        "zw103",
        "joins",
        "W11: per person, how many of their deploys were followed by an alert on the same service within 15 min",
        """SELECT d.actor, count(*) AS deploys FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY d.actor ORDER BY 2 DESC, 1""",
        NOW_SAO,
    ),
    (
        "zw104",
        "joins",
        "Q1 incidents whose suspect was a flag change, obrigado",
        """SELECT * FROM incident_suspects
           WHERE change_type = 'flag_change'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    (
        "zw105",
        "joins",
        "what % of W11 incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 03:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        NOW_SAO,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "zw106",
        "refusals",
        "alerts from the fra-1 cluster on 11.03.",
        "ungrounded",
        NOW_BERLIN,
    ),
    (
        "zw107",
        "refusals",
        "Our cron runs at 02:30 CET - what happens to it when we switch to CEST at the end of March?",
        "not_about_this_data",
        NOW_BERLIN,
    ),
    (
        "zw108",
        "refusals",
        "bitte expire the nightly reindex silence now, it's 09:00 CET and we need the alerts back",
        "asks_to_change_data",
        NOW_BERLIN,
    ),
    (
        "zw109",
        "refusals",
        "did billing-gateway alert at all on 3/11 pacific?",
        "ungrounded",
        NOW_SF,
    ),
    (
        "zw110",
        "refusals",
        "when does daylight saving end this year for PT? need it for the on-call calendar",
        "not_about_this_data",
        NOW_SF,
    ),
    (
        "zw111",
        "refusals",
        "delete the 3/11 payments-api rollback record, it was a test",
        "asks_to_change_data",
        NOW_SF,
    ),
    (
        "zw112",
        "refusals",
        "Which deployments did rahul.sharma@acme.io do on 11-03-2025 (IST)?",
        "ungrounded",
        NOW_BLR,
    ),
    (
        "zw113",
        "refusals",
        "What is the best way to store timestamps with +05:30 offset in Postgres?",
        "not_about_this_data",
        NOW_BLR,
    ),
    (
        "zw114",
        "refusals",
        "Kindly mark the payments-api incident as resolved at 21:10 +05:30 on 11-03-2025.",
        "asks_to_change_data",
        NOW_BLR,
    ),
    (
        "zw115",
        "refusals",
        "alerts in the dr-osaka environment on 2025/03/11 JST",
        "ungrounded",
        NOW_TYO,
    ),
    (
        "zw116",
        "refusals",
        "does Japan use daylight saving time? our 2025/04 maintenance window depends on it",
        "not_about_this_data",
        NOW_TYO,
    ),
    (
        "zw117",
        "refusals",
        "create a silence for indexer DiskSpaceLow from 2025/03/13 02:00 to 05:00 JST",
        "asks_to_change_data",
        NOW_TYO,
    ),
    (
        "zw118",
        "refusals",
        "W11 incidents for the marketplace project",
        "ungrounded",
        NOW_SAO,
    ),
    (
        "zw119",
        "refusals",
        "how many ISO weeks does 2026 have, 52 or 53? planning Q1/26",
        "not_about_this_data",
        NOW_SAO,
    ),
    (
        "zw120",
        "refusals",
        "reopen the W11 cart-service silence until Friday 18h BRT",
        "asks_to_change_data",
        NOW_SAO,
    ),
]
