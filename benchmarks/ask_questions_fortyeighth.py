"""The forty-eighth ask question set: ids wz001..wz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes, docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone
(taken as the rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its
line range, and the section was printed by that range in two pieces), the module docstring of ``ask_questions`` and
its code (how a set is wired and split; this set is not wired in by its author), the module docstrings of the earlier
sets printed with ``ast`` into a scratch file and grepped for roles, cities and languages (to choose people who had
not spoken before and to keep their conventions; the forty-seventh's was read whole and its "Conventions" list
followed where a question leaves room), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the
file's format) and, in passing, the lines defining that file's module-level now constants (one grep), and the demo
store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the
day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of
``benchmarks/``, the project root and the folder the brief came from. Each row is ``(id, category, question, gold,
now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question
names a service, project, person, environment, cluster or alert name the store does not hold); any other gold is a
single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Singaporean,
Nigerian, Irish, Swedish or Canadian voice, no database reliability engineer in Dublin and no ISO 27001 auditor).
Each asks three questions in every category (24 each, three of them refusals):

- an on-call engineer in Singapore typing on a phone at 14:00 SGT on Wednesday 12 March (2025-03-12 06:00 UTC), whose
  team's boards run on UTC and who says "utc" when a day matters: lower case, Singlish ("got anot" for "are there any",
  "kena" for "got hit by", "ah", "lah", "can help me ...?"), "rn", "svc", "ver", "btw", "n", "wat", the odd typo
  ("firng"); about what is going off, the payments-api deploy and what is muted;
- an engineer from Lagos on a first on-call shift, at 09:00 WAT on Wednesday 12 March (2025-03-12 08:00 UTC), whose
  team works in UTC days: polite Nigerian English ("Please which ...", "Kindly ...", "I want to see", "Abeg"), asking
  what is firing, what came in overnight, who acked and silenced, and which incidents still lack a resolution;
- a database reliability engineer in Dublin, at 11:00 on Thursday 13 March (Dublin is on UTC in March): Irish English
  ("like", "so", "at all", "would you say", "giving out" for complaining, "there"); the connection-pool and Postgres
  trouble (``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh``, ``HikariPoolPendingConnections``),
  ``hikaricp_connections_pending``, root causes and fixes;
- an ISO 27001 internal auditor in Stockholm, at 10:00 CET on Friday 14 March (2025-03-14 09:00 UTC), whose first
  language is Swedish: formal, with Swedish-English agreement ("changes that was made", "silences has been created",
  "Which persons has ..."); humans versus bots, who silenced, acked or changed what and when, out-of-hours acts,
  changes made while an incident was open or a silence in effect;
- an engineering manager in Toronto preparing the weekly ops review, at 09:00 EDT on Monday 17 March (2025-03-17 13:00
  UTC): North-American business shorthand ("pull", "ship", "MTTR", "for the ops review deck", "paged"); last week's
  volumes, rankings, shares and the deploys that were or were not followed by alerts.

37 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(alerts after a deploy, alerts started inside a silence, warnings in the hour before an alert, deploys followed by a
critical alert), three in time (changes before the first payments-api alert, alerts after the checkout-web deploy,
silences created before the rollback went live), four in aggregates (alerts after deploys counted, averaged and as a
share; the share of incidents with a suspect), three in top_n (alerts after a service's own deploys, incidents with
an early warning, whose deploys were suspects), three in changes (changes before an alert, changes while a silence was
in effect, deploys with no alert after them), four in silences (a silence while the cart-service alert fired,
silences created while an alert was firing, silences Alertmanager says muted something, incidents that overlapped a
silence) and all fifteen joins. The metric samples around a deploy (wz023) and during an alert (wz039), deploys
rolled back (wz066), releases deployed within the hour (wz072) and people of two acts (wz086) are not counted. No
gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-seventh set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person works in UTC days (the Singapore, Lagos and
  Toronto teams run their boards on UTC; Dublin is on UTC in March; the Stockholm auditor's periods are UTC calendar
  days), so no question is read in another zone. The nows: Singapore 2025-03-12 06:00, Lagos 2025-03-12 08:00, Dublin
  Thursday 2025-03-13 11:00, Stockholm Friday 2025-03-14 09:00, Toronto Monday 2025-03-17 13:00, all after every
  record. "Yesterday" is the UTC day before now's (March 11 for Singapore and Lagos, March 12 for Dublin); "today" is
  now's UTC day; "11 mar", "the 11th", "Tuesday" are ``[2025-03-11, 2025-03-12)``; "Tuesday night, from 8pm to 2am"
  is ``[2025-03-11 20:00, 2025-03-12 02:00)``; "overnight, from 6pm yesterday until now" is ``[2025-03-11 18:00,
  now]``; "btw 14:30 n 15:30" includes its start and excludes its end; "last 6h" is ``(now - 6 h, now]``; "this month"
  runs from 2025-03-01 to now, "this year", "this quarter", "since the beginning of the year" from 2025-01-01 to now,
  "since February" / "since the start of February" from 2025-02-01 to now; "in / during February" is ``[2025-02-01,
  2025-03-01)`` and "the period 1 January to 28 February 2025" the same end; the Toronto manager's "last week" is
  Monday to Monday, ``[2025-03-10, 2025-03-17)``, "the week before" ``[2025-03-03, 2025-03-10)`` and "the weekend of
  March 8-9" ``[2025-03-08, 2025-03-10)``. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's
  ``starts_at``, a sample's ``timestamp``); "still firing", "never resolve until now", "still open", "open now" and
  "active rn" are the state at now; "what was firing at 14:50" the state at that instant; "in effect at some moment
  on 11 March" shares a moment with the day; "ending today" is a silence's ``ends_at`` on now's day.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents are ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually / really in place" is that span in
  minutes; "total silenced hours" sums it). Changes are their ``phase = 'live'`` reports: "deploys" ``type =
  'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows, also in wz093's
  per-deploy counts), "rollbacks", "config changes", "flag changes" / "flip flags", "releases" their types, "changes"
  of any type every live report (scale events included); "changes in production" are ``environment =
  'production'``; the changes "in the hour before" an alert are those of the alert's environment (production), any
  service unless one is named. A version is ``coalesce(details['ref'], version)``; the version "running in prod rn"
  is that of the last live deployment or rollback there. People are as stored; "a human" / "bots not included" is any
  actor but ``argocd (automated)`` and ``deployment-controller``, "made by bots" those two; "kenji" is ``ILIKE``;
  "payments" is payments-api; "the identity services" are ``project = 'identity'``; "the db alerts", "database
  alerts", "the connection-pool incidents ... the Postgres and Hikari ones included" are the names
  ``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh`` and ``HikariPoolPendingConnections``; "the hikari
  alert" is ``HikariPoolPendingConnections``; a root cause that "mentions connections" holds the word ``connection``
  (``ILIKE '%connection%'``: connections, max_connections, pooled connection); "team" is the alert label.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``):
  an alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("half an hour" 30, "within
  the hour after" 60, "within 3 hours after" 180), "followed by" has one there, "had no alerts ... in the 30 minutes
  after" none; "in the hour before" is ``[t - 60 min, t]``; "10 minutes either side" ``[t - 10 min, t + 10 min]``; a
  deploy "rolled back within one hour" is met by a live rollback of the same service and environment in ``[t, t + 60
  min]``; a release "deployed to production within one hour after it was published" by a live production deployment of
  the same service and version in ``[t, t + 60 min]`` (payments-api v2.14.0 went live 61 minutes after its release, so
  only auth-api v4.2.1 is in). A silence meets the other side on its service and, when it pins one, its environment (a
  silence that pins no service meets nothing by service; one that pins no environment covers both): alerts that
  "started while a silence on their service was on" start inside its span; changes "made while a silence on the same
  service was in effect" have their time inside it; a silence "on" the cart-service alert "while it firing" overlaps
  the alert's span; silences "created while an alert on the same service was already firing" were created inside the
  alert's span; silences "created during an open incident" inside the incident's span, ends included; incidents that
  "had a silence on their service in effect at some point while they were open" overlap it. Changes "made while an
  incident on the same service was open" and rollbacks "when it went live" have their time inside the incident's span,
  ends included. Acks name their alert by their ``alertname`` and ``service`` equality matchers and count when taken
  while it was firing. "Suspect" is ``incident_suspects``: "whose deploys were named the suspect for the most
  incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "had a suspect change" is a row
  there. Early warnings are ``incident_warnings``; "early warnings for payments-api in the hour before the
  HikariPoolPendingConnections alert" are ``warnings`` rows whose ``service`` and ``environment`` labels are
  payments-api and production, started in ``[t - 60 min, t]`` of that alert's start. "Muted anything, according to
  Alertmanager" is a silence that ``alert_mutes.silenced_by`` names. "For each prod deploy ...: svc, ver n how many
  alerts ..., 0 also show" is one row per deploy with those columns and a count (a ``LEFT JOIN``); "for each incident
  that had early warnings ...: service, alert name and how many warnings" one row per incident; "for each rollback,
  which incidents ... Give ..." the matching pairs with the columns asked; "incidents ... within 15 minutes after a
  deploy ...: service, alert name, when it opened and who deployed" the matching pairs; "services that got paged
  within 15 minutes of their own deploys last week" the services, each once, of alerts after deploys made last week;
  "people who created a silence on production and also deployed something to production" ``INTERSECT`` of silence
  authors and live-deployment actors.
- Aggregates: durations in minutes to one decimal (alerts from start to end of the resolved ones, incidents from
  ``opened_at`` to ``resolved_at`` of the resolved ones); MTTR is the mean of the latter; a median is DuckDB's
  ``median``; averages of a metric to one decimal; the maximum of a metric as stored; percentages are ``round(100.0 *
  part / whole, 1)`` over the rows the question selects ("share of the production changes in February made by bots":
  every live production change of February; "share of last week's incidents with an early warning": incidents opened
  last week); "on average, how many alerts are inside one incident" is the mean of ``alert_count``; "on average, how
  many alerts fired in the 30 minutes after each prod deploy" the mean of the per-deploy counts, deploys with none
  counting 0; "per day" buckets are UTC days (``time_bucket``), most first; "last week compared with the week before"
  is both counts side by side. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("the most",
  "just the one", "just the top one", "top 1 enough" ask for one row; the 4th and 5th of wz058 tie inside the five,
  and the two of wz050 tie with each other, the third far behind). "Which of the connection-pool incidents took the
  longest to resolve" is the whole ``alert_groups`` row of the longest one. "When was auth-api last deployed to
  staging" is that deploy's row; "who ... n wat time" is the person and the time; "who put the silence on
  token-service, and why" is its author and comment; "which versions were deployed, and when" the version and time of
  each deploy.
- Refusals: the "sg-core" cluster (the store has prod-eu-west-1 and staging-eu-west-1), the service "lagos-gateway",
  the service "orders-db", the person "erik.sjoberg" and the "uat" environment are ungrounded; a PagerDuty schedule,
  how to become a senior SRE, a Postgres max_connections setting in general, ISO 27001 Annex A 8.32 and an on-call
  compensation policy are not about this data; snoozing the HighLatencyP99 alert, acknowledging the indexer backlog
  alert, raising the payments-api pool size and marking the incident fixed, deleting kenji's January silences and
  reassigning the checkout-web incident ask to change the data.
"""

from __future__ import annotations

SG = "2025-03-12T06:00:00Z"
LAGOS = "2025-03-12T08:00:00Z"
DUBLIN = "2025-03-13T11:00:00Z"
STOCKHOLM = "2025-03-14T09:00:00Z"
TORONTO = "2025-03-17T13:00:00Z"

_BOTS = "('argocd (automated)', 'deployment-controller')"
_DB_ALERTS = "('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "wz001",
        "filters",
        "which alerts still firing rn ah? prod only",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        SG,
    ),
    (
        "wz002",
        "filters",
        "staging alerts on 11 mar utc, which one until now never resolve?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        SG,
    ),
    (
        "wz003",
        "filters",
        "pls show payments-api alerts w/in 15 min after the 2.14.0 prod deploy go live",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        SG,
    ),
    (
        "wz004",
        "filters",
        "Good morning. Please which alerts are still firing now on the indexer?",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        LAGOS,
    ),
    (
        "wz005",
        "filters",
        "Kindly show me the critical alerts of yesterday in production.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LAGOS,
    ),
    (
        "wz006",
        "filters",
        "Please I want to see the alerts that started while a silence on their service was on. I am asking because"
        " maybe the silence hid them from me.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, s.expired_at))""",
        LAGOS,
    ),
    (
        "wz007",
        "filters",
        "Show us the database alerts since the start of February, like - the Postgres, Hikari and connection-pool"
        " ones.",
        f"""SELECT * FROM alerts
           WHERE name IN {_DB_ALERTS}
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz008",
        "filters",
        "Were there any alerts on token-service or user-profile in prod within half an hour after a deploy of the"
        " same service, at all?",
        """SELECT * FROM alerts a
           WHERE a.service IN ('token-service', 'user-profile') AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        DUBLIN,
    ),
    (
        "wz009",
        "filters",
        "Any early warnings for payments-api in the hour before the HikariPoolPendingConnections alert went off on"
        " the 11th?",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production'
             AND starts_at BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'HikariPoolPendingConnections'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'HikariPoolPendingConnections'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        DUBLIN,
    ),
    (
        "wz010",
        "filters",
        "Can I get all changes in production that was made by a human and not by a bot during February?",
        f"""SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN {_BOTS}
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz011",
        "filters",
        "I want to see the silences that was expired early, before their planned end.",
        "SELECT * FROM silences WHERE expired_early",
        STOCKHOLM,
    ),
    (
        "wz012",
        "filters",
        "Show me the acknowledgements that was made in February.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz013",
        "filters",
        "Can you pull the prod incidents from last week that are still open?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 13:00:00+00')""",
        TORONTO,
    ),
    (
        "wz014",
        "filters",
        "Which rollbacks went out this quarter?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        TORONTO,
    ),
    (
        "wz015",
        "filters",
        "Pull the prod deploys from last week that had a critical alert on the same service within the hour after.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- time
    (
        "wz016",
        "time",
        "alerts last 6h got anot",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 06:00:00+00' - INTERVAL 6 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SG,
    ),
    (
        "wz017",
        "time",
        "how many alerts fire btw 14:30 n 15:30 utc on 11 mar",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        SG,
    ),
    (
        "wz018",
        "time",
        "wat was firng at 14:50 utc 11 mar ah",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        SG,
    ),
    (
        "wz019",
        "time",
        "Please what alerts came in overnight, from 6pm yesterday until now?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        LAGOS,
    ),
    (
        "wz020",
        "time",
        "Which changes happened in the hour before the first payments-api alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        LAGOS,
    ),
    (
        "wz021",
        "time",
        "Please which checkout-web alerts fired within 3 hours after the checkout-web deploy to production yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 11:50:02+00'
                               AND TIMESTAMPTZ '2025-03-11 11:50:02+00' + INTERVAL 3 HOUR""",
        LAGOS,
    ),
    (
        "wz022",
        "time",
        "What went off on Tuesday night, say from 8pm to 2am?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 02:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz023",
        "time",
        "Show us the hikaricp_connections_pending samples from 10 minutes either side of v2.14.0 going live in prod.",
        """SELECT * FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 10 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        DUBLIN,
    ),
    (
        "wz024",
        "time",
        "How many alerts did we get yesterday?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz025",
        "time",
        "How many silences has been created during the period 1 January to 28 February 2025?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz026",
        "time",
        "Which silences was created in the 30 minutes before the payments-api rollback went live on 11 March?",
        """SELECT * FROM silences
           WHERE created_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 30 MINUTE
                                AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        STOCKHOLM,
    ),
    (
        "wz027",
        "time",
        "Show me every silence that was in effect at some moment on 11 March.",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, expired_at) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz028",
        "time",
        "What did alert volume look like per day last week?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        TORONTO,
    ),
    (
        "wz029",
        "time",
        "How many deploys went out last week, compared with the week before?",
        """SELECT
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS deploys_last_week,
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS deploys_week_before
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'""",
        TORONTO,
    ),
    (
        "wz030",
        "time",
        "Did anything open an incident over the weekend of March 8-9? List them.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "wz031",
        "aggregates",
        "avg how long alerts last on 11 mar, in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SG,
    ),
    (
        "wz032",
        "aggregates",
        "kenji snooze how many times already this month",
        """SELECT count(*) FROM audit_log
           WHERE action = 'snooze' AND actor ILIKE '%kenji%'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SG,
    ),
    (
        "wz033",
        "aggregates",
        "how many alerts start within 15min after a deploy of same svc on 11 mar",
        """SELECT count(*) FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SG,
    ),
    (
        "wz034",
        "aggregates",
        "Please how many incidents are open now?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        LAGOS,
    ),
    (
        "wz035",
        "aggregates",
        "What is the average time it takes to resolve an incident? In minutes please.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        LAGOS,
    ),
    (
        "wz036",
        "aggregates",
        "On average, how many alerts are inside one incident?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        LAGOS,
    ),
    (
        "wz037",
        "aggregates",
        "What was the max hikaricp_connections_pending on the 11th, so?",
        """SELECT max(value) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz038",
        "aggregates",
        "Median time to resolve for the db alerts - Postgres, Hikari and the pool ones - in minutes?",
        f"""SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name IN {_DB_ALERTS} AND status = 'resolved'""",
        DUBLIN,
    ),
    (
        "wz039",
        "aggregates",
        "What was the average hikaricp_connections_pending while the hikari alert was firing?",
        """SELECT round(avg(m.value), 1) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR m.timestamp <= a.ends_at))""",
        DUBLIN,
    ),
    (
        "wz040",
        "aggregates",
        "What share of the production changes in February was made by bots?",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE actor IN {_BOTS}) / count(*), 1)
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz041",
        "aggregates",
        "How many silences was created outside business hours this year?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        STOCKHOLM,
    ),
    (
        "wz042",
        "aggregates",
        "What share of the incidents opened in February had a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz043",
        "aggregates",
        "What's our MTTR for prod incidents this month, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        TORONTO,
    ),
    (
        "wz044",
        "aggregates",
        "What percent of last week's deploys were followed by an alert on the same service within 15 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        TORONTO,
    ),
    (
        "wz045",
        "aggregates",
        "On average, how many alerts fired in the 30 minutes after each prod deploy last week?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.starts_at) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY c.id)""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "wz046",
        "top_n",
        "which svc kena the most alerts on 11 mar",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        SG,
    ),
    (
        "wz047",
        "top_n",
        "which svc got the most alerts within 15 min after its own deploy? top 1 enough",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        SG,
    ),
    (
        "wz048",
        "top_n",
        "who snooze the most ah",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor ORDER BY snoozes DESC, actor LIMIT 1""",
        SG,
    ),
    (
        "wz049",
        "top_n",
        "Please which service has the most incidents since the beginning of the year?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        LAGOS,
    ),
    (
        "wz050",
        "top_n",
        "Which 2 people resolved the most incidents?",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
           GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        LAGOS,
    ),
    (
        "wz051",
        "top_n",
        "Kindly tell me the top 3 services with the most error log lines yesterday.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        LAGOS,
    ),
    (
        "wz052",
        "top_n",
        "Which of the connection-pool incidents took the longest to resolve? Just the one, the Postgres and Hikari"
        " ones included.",
        f"""SELECT * FROM alert_groups
           WHERE group_labels['alertname'] IN {_DB_ALERTS} AND resolved_at IS NOT NULL
           ORDER BY epoch(resolved_at) - epoch(opened_at) DESC LIMIT 1""",
        DUBLIN,
    ),
    (
        "wz053",
        "top_n",
        "Which service had the most incidents with an early warning before them?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        DUBLIN,
    ),
    (
        "wz054",
        "top_n",
        "Whose deploys were named the suspect for the most incidents? Just the top one.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        DUBLIN,
    ),
    (
        "wz055",
        "top_n",
        "Which 3 persons has created the most silences?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 3""",
        STOCKHOLM,
    ),
    (
        "wz056",
        "top_n",
        "Which person made the most changes in production during February, bots not included?",
        f"""SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND actor NOT IN {_BOTS}
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 1""",
        STOCKHOLM,
    ),
    (
        "wz057",
        "top_n",
        "Which person has acknowledged the most alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        STOCKHOLM,
    ),
    (
        "wz058",
        "top_n",
        "For the ops review deck: top 5 services by alert count last week.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 5""",
        TORONTO,
    ),
    (
        "wz059",
        "top_n",
        "Which team had the most alerts last week?",
        """SELECT labels['team'] AS team, count(*) AS alerts FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY team ORDER BY alerts DESC, team LIMIT 1""",
        TORONTO,
    ),
    (
        "wz060",
        "top_n",
        "Who shipped the most prod deploys this month? Top 3.",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- changes
    (
        "wz061",
        "changes",
        "wat ver payments-api running in prod rn",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        SG,
    ),
    (
        "wz062",
        "changes",
        "who flip flags on 11 mar",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SG,
    ),
    (
        "wz063",
        "changes",
        "who roll back payments on 11 mar n wat time",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SG,
    ),
    (
        "wz064",
        "changes",
        "Please which changes were made on checkout-web yesterday?",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LAGOS,
    ),
    (
        "wz065",
        "changes",
        "When was auth-api last deployed to staging?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        LAGOS,
    ),
    (
        "wz066",
        "changes",
        "Please show me the deploys that were rolled back within one hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        LAGOS,
    ),
    (
        "wz067",
        "changes",
        "What changed on token-service in the hour before the PostgresqlTooManyConnections alert went off?",
        """SELECT * FROM change_events
           WHERE service = 'token-service' AND environment = 'production' AND phase = 'live'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PostgresqlTooManyConnections') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PostgresqlTooManyConnections')""",
        DUBLIN,
    ),
    (
        "wz068",
        "changes",
        "Which config changes did we have on the identity services since February?",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'identity'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz069",
        "changes",
        "Which user-profile versions were deployed to prod, and when?",
        """SELECT coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'user-profile' AND environment = 'production'""",
        DUBLIN,
    ),
    (
        "wz070",
        "changes",
        "Which changes was made while a silence on the same service was in effect?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, s.expired_at))""",
        STOCKHOLM,
    ),
    (
        "wz071",
        "changes",
        "The feature flag changes in production since 1 January: who did them and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz072",
        "changes",
        "Which releases was deployed to production within one hour after they was published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        STOCKHOLM,
    ),
    (
        "wz073",
        "changes",
        "How many deploys per service last week?",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY deploys DESC, service""",
        TORONTO,
    ),
    (
        "wz074",
        "changes",
        "Which services had no deploys at all last week?",
        """SELECT service FROM alerts
           UNION
           SELECT service FROM change_events
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        TORONTO,
    ),
    (
        "wz075",
        "changes",
        "Which deploys last week had no alerts on the same service in the 30 minutes after?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- silences
    (
        "wz076",
        "silences",
        "wat silence active rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        SG,
    ),
    (
        "wz077",
        "silences",
        "who silence stuff in prod this month",
        """SELECT DISTINCT created_by FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SG,
    ),
    (
        "wz078",
        "silences",
        "the cart-service alert on 11 mar, got silence on it while it firing? who put",
        """SELECT DISTINCT s.created_by FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:00:00+00')
            AND least(s.ends_at, s.expired_at) > a.starts_at
           WHERE a.service = 'cart-service'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SG,
    ),
    (
        "wz079",
        "silences",
        "Please which silences are ending today?",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        LAGOS,
    ),
    (
        "wz080",
        "silences",
        "Who put the silence on token-service, and why?",
        "SELECT created_by, comment FROM silences WHERE service = 'token-service'",
        LAGOS,
    ),
    (
        "wz081",
        "silences",
        "Kindly show me the silences that were created while an alert on the same service was already firing.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at <= s.created_at
                 AND (a.ends_at IS NULL OR a.ends_at > s.created_at))""",
        LAGOS,
    ),
    (
        "wz082",
        "silences",
        "Show us the silences on the identity project.",
        "SELECT * FROM silences WHERE project = 'identity'",
        DUBLIN,
    ),
    (
        "wz083",
        "silences",
        "Someone was giving out about the cart-service silence. How long was it actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, expired_at)) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE service = 'cart-service'""",
        DUBLIN,
    ),
    (
        "wz084",
        "silences",
        "Which silences actually muted anything, according to Alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        DUBLIN,
    ),
    (
        "wz085",
        "silences",
        "Which silences was created outside business hours in February?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        STOCKHOLM,
    ),
    (
        "wz086",
        "silences",
        "Which persons has created a silence on production and also deployed something to production?",
        """SELECT created_by FROM silences WHERE environment_canonical = 'production'
           INTERSECT
           SELECT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        STOCKHOLM,
    ),
    (
        "wz087",
        "silences",
        "For each silence created in March: the author and how many minutes it was really in place.",
        """SELECT created_by, round((epoch(least(ends_at, expired_at)) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        STOCKHOLM,
    ),
    (
        "wz088",
        "silences",
        "How many silences did we create last week, by person?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        TORONTO,
    ),
    (
        "wz089",
        "silences",
        "Which incidents last week had a silence on their service in effect at some point while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 13:00:00+00')
                   AND least(s.ends_at, s.expired_at) > g.opened_at)""",
        TORONTO,
    ),
    (
        "wz090",
        "silences",
        "Total silenced hours per author this year?",
        """SELECT created_by, round(sum(epoch(least(ends_at, expired_at)) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
           GROUP BY created_by ORDER BY hours DESC, created_by""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- joins
    (
        "wz091",
        "joins",
        "which deploy on 11 mar kena alerts within 15 min after, same svc",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SG,
    ),
    (
        "wz092",
        "joins",
        "incidents on 11 mar n their suspect: svc, alert name, suspect ver",
        """SELECT service, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS suspect_version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SG,
    ),
    (
        "wz093",
        "joins",
        "for each prod deploy on 11 mar: svc, ver n how many alerts same svc in next 30 min, 0 also show",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        SG,
    ),
    (
        "wz094",
        "joins",
        "For each incident that had early warnings before it, please give me the service, the alert name and how"
        " many warnings.",
        """SELECT service, group_labels['alertname'] AS alertname, count(*) AS warnings
           FROM incident_warnings
           GROUP BY group_id, service, group_labels['alertname']""",
        LAGOS,
    ),
    (
        "wz095",
        "joins",
        "Abeg, which incidents never got a resolution written?",
        "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM resolutions)",
        LAGOS,
    ),
    (
        "wz096",
        "joins",
        "Who acked alerts while they were still firing?",
        """SELECT DISTINCT k.actor FROM audit_log k
           JOIN alerts a
             ON a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
            AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
            AND k.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR k.timestamp < a.ends_at)
           WHERE k.action = 'ack'""",
        LAGOS,
    ),
    (
        "wz097",
        "joins",
        "Which incidents opened within 15 minutes after a deploy of the same service? Service, alert name, when it"
        " opened and who deployed.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, c.actor
           FROM alert_groups g
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        DUBLIN,
    ),
    (
        "wz098",
        "joins",
        "For the incidents whose root cause mentions connections, what was the fix? Alert name and fix.",
        """SELECT g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE r.root_cause ILIKE '%connection%'""",
        DUBLIN,
    ),
    (
        "wz099",
        "joins",
        "Which series warned before the PaymentsAPIErrorBudgetBurn incident on the 11th, and how many minutes ahead?"
        " Metric key and lead time.",
        """SELECT metric_key, lead_min FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DUBLIN,
    ),
    (
        "wz100",
        "joins",
        "Which silences was created during an open incident on the same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))""",
        STOCKHOLM,
    ),
    (
        "wz101",
        "joins",
        "Which changes in production was made by a human while an incident on the same service was open?",
        f"""SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production' AND c.actor NOT IN {_BOTS}
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))""",
        STOCKHOLM,
    ),
    (
        "wz102",
        "joins",
        "For each rollback, which incidents on the same service was open when it went live? Give the service, the"
        " rollback time, the alert name and when the incident opened.",
        """SELECT r.service, r.timestamp, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM change_events r
           JOIN alert_groups g
             ON g.service = r.service AND g.environment = r.environment
            AND r.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')
           WHERE r.type = 'rollback' AND r.phase = 'live'""",
        STOCKHOLM,
    ),
    (
        "wz103",
        "joins",
        "How many incidents last week had a suspect change?",
        """SELECT count(DISTINCT group_id) FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        TORONTO,
    ),
    (
        "wz104",
        "joins",
        "Which services got paged within 15 minutes of one of their own deploys last week?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        TORONTO,
    ),
    (
        "wz105",
        "joins",
        "What share of last week's incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                        / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        TORONTO,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "wz106",
        "refusals",
        "can help me snooze the HighLatencyP99 one for 2h? very noisy lah",
        "asks_to_change_data",
        SG,
    ),
    ("wz107", "refusals", "got alerts on sg-core cluster or not", "ungrounded", SG),
    (
        "wz108",
        "refusals",
        "how to set up pagerduty schedule so sg ppl dont get paged 3am",
        "not_about_this_data",
        SG,
    ),
    ("wz109", "refusals", "Please how do I become a senior SRE fast?", "not_about_this_data", LAGOS),
    ("wz110", "refusals", "Kindly acknowledge the indexer backlog alert for me.", "asks_to_change_data", LAGOS),
    ("wz111", "refusals", "Which alerts fired on the lagos-gateway service yesterday?", "ungrounded", LAGOS),
    (
        "wz112",
        "refusals",
        "What's a sensible max_connections for Postgres 16 on a 4-core box, would you say?",
        "not_about_this_data",
        DUBLIN,
    ),
    (
        "wz113",
        "refusals",
        "Bump the maximumPoolSize on payments-api to 40 there, and mark the hikari incident fixed.",
        "asks_to_change_data",
        DUBLIN,
    ),
    ("wz114", "refusals", "Any alerts on the orders-db service this week?", "ungrounded", DUBLIN),
    (
        "wz115",
        "refusals",
        "Please delete the silences that Kenji created in January, they should not be in the record.",
        "asks_to_change_data",
        STOCKHOLM,
    ),
    ("wz116", "refusals", "Which changes has erik.sjoberg made in production?", "ungrounded", STOCKHOLM),
    (
        "wz117",
        "refusals",
        "What does ISO 27001 Annex A 8.32 require for change management?",
        "not_about_this_data",
        STOCKHOLM,
    ),
    ("wz118", "refusals", "Which alerts fired in the uat environment last week?", "ungrounded", TORONTO),
    (
        "wz119",
        "refusals",
        "Reassign the open checkout-web incident to the payments team, please.",
        "asks_to_change_data",
        TORONTO,
    ),
    (
        "wz120",
        "refusals",
        "What's a reasonable on-call compensation policy for a team of eight?",
        "not_about_this_data",
        TORONTO,
    ),
]
