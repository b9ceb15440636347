"""The thirty-eighth ask question set: ids zs001..zs120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (to see how a set is wired and split; this
set is not wired in by its author), the module docstrings of the earlier sets printed with ``ast`` (to choose people
who had not spoken before and to keep their conventions; the earlier sets' people were also read from the
``ask_questions`` docstring), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). One deviation: to see how the thirtieth set names its ``now`` values, the author also
looked at the five module-level constant lines of ``ask_questions_thirtieth`` (``DESK = "..."`` and so on, found by
grepping for ``^[A-Z_]* = ``), and at nothing else of its rows. Another author was writing a set at the same time in
the words of people who carry other tools' vocabulary; this author saw none of it. Each row is ``(id, category,
question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, project, person, environment, cluster or alert name the store does not
hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

Five people typing under time pressure into a chat box ask the questions, none of whom spoke in an earlier set. Of
the roles the brief suggested, two were kept (the alert-title / timestamp paster and the self-corrector) and one
kept in a narrower form (relative windows only: "since standup" was left out, as the store holds no meeting times; the
tenth set's incident commander also spoke relative to now, but urgently and through named events, not in compact
duration tokens); the chat-bot user (``@bot`` / ``/ask``) was replaced because the seventeenth and twenty-seventh sets
already had one, and the on-call parent typing one-handed at night because several earlier sets had an on-call
engineer typing on a phone at night. Each person asks three questions in every category (24 each, three of them
refusals):

- a senior SRE who pastes what the pager showed into the question, at 07:20 on Wednesday 12 March: Alertmanager
  notification titles ("[FIRING:1] DiskSpaceLow (indexer production warning)", "[RESOLVED] HighLatencyP99 ..."),
  quoted pager lines ("'PaymentsAPIErrorBudgetBurn payments-api production critical, started
  2025-03-11T14:42:48Z'"), ISO 8601 instants ("since 2025-03-11T00:00:00Z") and Unix epoch seconds ("between
  1741703482 and 1741705200"); terse, lower case, "<-", "#", "avg", "min";
- an SRE of the search team in the team channel at 06:30 on Wednesday 12 March, the morning after the reindex night,
  who speaks only in windows relative to now: "past 90 min", "last 3h", "last 12h", "past 24h", "last 36h", "last
  48h" / "past 2 days", "last 3 days", "past 7d", "in the next 4h", "right now"; very short, lower case, few verbs
  ("deploys, last 36h", "whats muted right now");
- a product engineer typing fast in Slack who corrects themselves mid-question, at 11:05 on Thursday 13 March: "no
  wait", "sorry, prod* not staging", "scratch that, this week", "er, top 2", "actually just the rollbacks", "feb too
  actually", "forgot to say" -- the last thing said wins; lower case with dashes;
- a checkout developer whose services keep paging, exasperated, at 17:40 on Thursday 13 March: capitals for
  emphasis ("ALL of them", "in PROD ... NOT staging", "ONE number", "the REAL number", "WHO deployed"), "???",
  "AGAIN", "seriously", "tuesday" for March 11; short bursts;
- an engineer answering in a Slack incident thread at 09:10 on Friday 14 March: the first line quotes the message
  being answered ("> did the rollback actually help?") and the question follows; service, alert and person names
  wrapped in backticks (`` `payments-api` ``, `` `SearchReindexQueueBacklog` ``, `` `dpatel` ``), "pls", "rn",
  "0s incl.", "the 11th", "the 12th".

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after deploys of
their service or of payments-api, changes before a named alert, incidents open while a silence was in effect, alerts
firing when a named silence went on or a rollback went live, deploys followed or not followed by alerts, incidents or
critical alerts, checkout-web log lines after the v2.14.0 deploy and while the error-budget alerts fired, suspect
changes and their lag, incidents with and without early warnings, silences created during incidents, silences that
muted something, warnings after deploys, checkout-web alerts after payments-api alerts, resolutions of incidents):
five in each of filters, time, aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now`` after every record: the
  relative-window SRE at Wednesday 2025-03-12 06:30, the pasting SRE at Wednesday 2025-03-12 07:20, the
  self-corrector at Thursday 2025-03-13 11:05, the exasperated checkout developer at Thursday 2025-03-13 17:40 and the
  thread replier at Friday 2025-03-14 09:10. "Tuesday", "on the 11th", "on 2025-03-11" are ``[2025-03-11,
  2025-03-12)``; "wednesday" and "on the 12th" ``[2025-03-12, 2025-03-13)``; "this week" runs from Monday 2025-03-10
  00:00 to now, "this month" and "since march 1" from 2025-03-01 to now, "since feb 1" from 2025-02-01 to now, "in
  march" (a correction of "in feb") from 2025-03-01 to now; "past / last N min / h / d" and "past 2 days" are
  ``[now - N, now]``, "in the next 4h" ``(now, now + 4h]``; "since <ISO instant>" runs from it to now and "after
  <epoch>" from just after it to now. Epoch seconds are UTC instants: 1741651200 is 2025-03-11 00:00:00,
  1741703482 is 14:31:22 and 1741705200 15:00:00 on the 11th. A range "between A and B" (ISO, epoch or clock) and
  "from 18:00 on the 11th to 06:00 on the 12th" include A and exclude B. "Silences that expire in the next 4h" have
  their scheduled end in ``(now, now + 4h]`` and were not expired before it; "DURING THE OUTAGE" (of a cart-service
  silence) is March 11. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a
  warning's ``starts_at``, a log line's ``timestamp``); "still firing rn" / "muted right now" is the state at now.
- A pasted alert title names the alert by its name and the service in its parentheses (``name`` and ``service``);
  the environment and severity the title shows are not added as filters unless the question says them. A pasted
  pager line's time ("started 2025-03-11T14:42:48Z") is taken literally as the event's moment.
- A self-correction replaces what it corrects: "rollbacks - no wait, deploys" asks for deploys, "staging - sorry,
  prod*" for production, "kenji - no, jonas" for jonas, "top one. er, top 2" for two rows, "march only - feb too
  actually, so since feb 1" for since February 1, "cart-service ... sorry - any service" for every service, "and who
  did them - actually just the rollbacks, all columns" for the whole rows, "incidents - sorry, alerts" for alerts.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error logs" / "error lines" ``is_error``), early
  warnings the ``warnings`` rows, log patterns ``log_pattern_counts`` summed per template. Changes are their ``phase
  = 'live'`` reports: "deploys" ``type = 'deployment'`` (every live report, so auth-api's production v4.2.1 counts
  twice, once from GitHub and once from PagerDuty), "rollbacks" / "rolled back" ``type = 'rollback'``, "flag flips"
  ``type = 'flag_change'``, "config changes" ``type = 'config_update'``; "changes" / "what changed" every live
  report, scale events included. A version is ``coalesce(details['ref'], version)``; the version live in an
  environment is that of the last live deployment or rollback there up to now. People are answered as stored, bots
  included ("who deployed the most in march" is ``argocd (automated)``); "maria" / "jonas" are ``created_by ILIKE
  '%maria%'`` / ``'%jonas%'``; "`dpatel`'s deploys" are ``actor = 'dpatel'``; "who put a silence on cart-service and
  who took it off" is ``created_by, expired_by`` of that silence; "flag flips ... and who flipped them" and "silences
  that got expired early. oh and by whom" are the whole rows, which name their people.
- Named events: "the deploy that went live at 2025-03-11T14:31:22Z" and "the v2.14.0 prod deploy" are payments-api's
  live production deployment of v2.14.0 at 14:31:22 on the 11th, "the `payments-api` rollback on the 11th" its live
  production rollback at 14:56:37 (both written as literals); "the first `checkout-web` critical alert on the 11th"
  (14:44:24) and "the latest indexer alert" (2025-03-12 05:18:36) are scalar subqueries; "maria's cart-service
  silence" is the one silence ``created_by ILIKE '%maria%' AND service = 'cart-service'``, and "when maria put her
  silence on" its ``starts_at`` (14:47:48). Changes before a named alert are those of its service when the question
  names one, else of every service, always in the alert's environment (production), in ``[t - N, t]``; "alerts from
  any service within 15 min after" the deploy are every alert starting in ``[t, t + 15 min]``; alerts "still firing
  when the rollback went live" are every alert firing at that instant; "the FIRST payments-api alert after" the
  v2.14.0 deploy is the earliest payments-api alert starting at or after it, and the minutes between are
  ``round((epoch(B) - epoch(A)) / 60, 1)``; checkout-web's log lines "in the 5 min after `payments-api` v2.14.0 went
  live in prod" are its production lines in ``[t, t + 5 min]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident, log and warning-label environments are already
  ``production`` and ``staging``; warnings meet on their ``service`` and ``environment`` labels). After is ``[t, t +
  N]``, before ``[t - N, t]``, both ends included: an alert "within N after a deploy" starts in the deploy's ``[t, t +
  N]``; a deploy "followed by" an alert, critical alert or incident has one there, "with zero alerts / no alerts / NOT
  followed by any alert within 15 min" none; an incident "with a deploy on the same service in the 30 min before it
  opened" has one in ``[opened_at - 30 min, opened_at]``; "`dpatel`'s deploys that had an incident open on the same
  service within the hour after" have an incident opening in ``[t, t + 60 min]``; "cart-service alerts within 15 min
  after a payments-api deploy" meet the two named services in production, and "checkout-web alerts within 5 min after
  a payments-api alert" the two services' alerts in one environment. A silence is in effect from ``starts_at`` to its
  end or its expiry, whichever came first, and meets the other side on its service and, when it pins one, its
  environment: an alert "started while a silence ... was in effect" / "fired while a silence covered their service"
  started inside that span; alerts "firing while a silence on it was in effect" and incidents that "had a silence ...
  in effect while they were open" share a moment with it (an alert until it ended, an incident until resolved, now
  while open); silences "created during an incident on the same service" were created from the incident's opening to
  its resolution (now while open); "checkout services" are the services the checkout project's alerts or changes name
  (cart-service, checkout-web, payments-api) and "a payments-api incident open on tuesday" one that opened on March 11.
  "Which silences actually muted something, per alertmanager" are those named in ``alert_mutes.silenced_by``.
  "Which deploys caused incidents" are the ``change_events`` rows whose ``id`` is some ``incident_suspects.change_id``;
  "suspect changes" / "whose changes got blamed" read ``incident_suspects``; incidents "with no early warning" are an
  anti-join on ``incident_warnings``, "with no suspect change" one on ``incident_suspects``. "For each / for every X:
  ... and how many Y" is one row per X with the listed columns and a count, zeros included (a ``LEFT JOIN``; a
  warning's row is its ``id``); "avg # of alerts in the 15 min after each prod deploy" is the mean of those counts
  over every live production deployment in the window; "what share of prod deploys got followed by an incident
  within the hour" is over every live production deployment; "services that had BOTH an alert and a deploy on
  tuesday" is an ``INTERSECT``; "`checkout-web` error lines ... while any `PaymentsAPIErrorBudgetBurn` alert was
  firing" are its production error lines inside any such alert's span; "payments-api error logs within 10 min after
  its own deploys" meet the deploy's environment too; "how resolved incidents were fixed" joins ``alert_groups`` to
  ``resolutions`` on ``group_id``.
- Aggregates: durations in minutes to one decimal (averages and the median of resolved alerts' start to end; MTTR of
  resolved incidents' ``opened_at`` to ``resolved_at``); "how long was maria's silence ACTUALLY in place" runs from its
  start to its expiry or end, whichever came first (26.8); a suspect's lag is ``lag_s`` in minutes; percentages are
  ``round(100.0 * part / whole, 1)``; "average number of matchers per silence" is ``round(avg(len(matchers)), 1)``;
  "tuesday vs wednesday" is the two days' counts side by side, named by the days; "per hour" / "per day" / "PER
  MINUTE" are UTC buckets holding a row, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which
  service / who / the busiest hour / the top one / just the one" is one row; the busiest hour is a UTC hour bucket
  (not an hour of the clock); alerts counted after deploys or under silences are distinct alerts; "top 3 `search-api`
  log patterns by error count" are ``template, errors`` summed over ``log_pattern_counts``.
- Refusals: the alert KafkaConsumerLagHigh on a "settlement-writer" service, the service "billing-svc" and the
  "loyalty" project, the "eu-central-2" cluster, the service "payments-gateway" and the person "rsingh" are
  ungrounded (none is in the store); an epoch conversion, advice on writing a postmortem summary, on-call handoff
  best practice, Hikari pool sizing and a link to the retro document are not about this data; acking and resolving
  an alert, deleting or extending a silence, snoozing alerts, rolling back a service and marking a change as the
  suspect ask to change the data.
"""

from __future__ import annotations

RECENT = "2025-03-12T06:30:00Z"
PASTE = "2025-03-12T07:20:00Z"
REDO = "2025-03-13T11:05:00Z"
FEDUP = "2025-03-13T17:40:00Z"
THREAD = "2025-03-14T09:10:00Z"

ROWS = [
    (
        "zs001",
        "filters",
        (
            "[FIRING:1] DiskSpaceLow (indexer production warning) <- paging again. all DiskSpaceLow alerts on "
            "indexer since 2025-03-11T00:00:00Z"
        ),
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:20:00+00'""",
        PASTE,
    ),
    (
        "zs002",
        "filters",
        "prod alerts that started between 1741703482 and 1741705200 (epoch secs, utc)",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        PASTE,
    ),
    (
        "zs003",
        "filters",
        (
            "[RESOLVED] HighLatencyP99 (search-api staging warning) - which of the search-api staging "
            "HighLatencyP99 alerts started within 15m after a search-api staging deploy?"
        ),
        """SELECT * FROM alerts a
           WHERE a.name = 'HighLatencyP99' AND a.service = 'search-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'search-api' AND c.environment = 'staging'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PASTE,
    ),
    (
        "zs004",
        "filters",
        "show me the rollbacks from tuesday - no wait, deploys, not rollbacks. prod only",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REDO,
    ),
    (
        "zs005",
        "filters",
        "critical alerts in staging on tuesday. sorry, prod* not staging",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REDO,
    ),
    (
        "zs006",
        "filters",
        "which incidents had a silence on their service in effect while they were open? er, prod incidents only",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 11:05:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= g.opened_at)""",
        REDO,
    ),
    (
        "zs007",
        "filters",
        "anything fire in the past 90 min?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 05:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs008",
        "filters",
        "indexer error logs, last 3h",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-12 03:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs009",
        "filters",
        "last 36h - alerts that kicked off within 10 min after a deploy of their own service?",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        RECENT,
    ),
    (
        "zs010",
        "filters",
        "checkout-web alerts. ALL of them. from tuesday???",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FEDUP,
    ),
    (
        "zs011",
        "filters",
        "payments-api error logs in PROD between 14:30 and 14:35 on tuesday, NOT staging",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
        FEDUP,
    ),
    (
        "zs012",
        "filters",
        "cart-service alerts within 15 min AFTER a payments-api deploy in prod. list them. AGAIN",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        FEDUP,
    ),
    (
        "zs013",
        "filters",
        "> is token-service still crashlooping in staging?\nlist whatever's still firing on `token-service` rn",
        """SELECT * FROM alerts
           WHERE service = 'token-service'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:10:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 09:10:00+00')""",
        THREAD,
    ),
    (
        "zs014",
        "filters",
        "following up on the thread above: `search-api` prod alerts this week pls",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:10:00+00'""",
        THREAD,
    ),
    (
        "zs015",
        "filters",
        (
            "> did anyone ship something right before the checkout 503s?\nwhat changed in the 30 min before "
            "the first `checkout-web` critical alert on the 11th"
        ),
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web' AND severity = 'critical'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web' AND severity = 'critical'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        THREAD,
    ),
    (
        "zs016",
        "time",
        "alerts per hour on 2025-03-11 (utc), busiest first",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        PASTE,
    ),
    (
        "zs017",
        "time",
        "how many alerts started between 2025-03-11T14:30:00Z and 2025-03-11T15:30:00Z",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        PASTE,
    ),
    (
        "zs018",
        "time",
        (
            "from the pager: 'PaymentsAPIErrorBudgetBurn payments-api production critical, started "
            "2025-03-11T14:42:48Z' - what changed on payments-api in the hour before that?"
        ),
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48+00' - INTERVAL 60 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:42:48+00'""",
        PASTE,
    ),
    (
        "zs019",
        "time",
        "how many deploys went out on tuesday - actually make that per service",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service""",
        REDO,
    ),
    (
        "zs020",
        "time",
        "alerts per day this week, prod only - no wait, every env",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 11:05:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        REDO,
    ),
    (
        "zs021",
        "time",
        (
            "how many cart-service alerts were still firing when maria put her cart-service silence on? sorry "
            "- any service, not just cart"
        ),
        """SELECT count(*) FROM alerts
           WHERE starts_at <= (SELECT starts_at FROM silences
                               WHERE created_by ILIKE '%maria%' AND service = 'cart-service')
             AND (ends_at IS NULL OR ends_at > (SELECT starts_at FROM silences
                                               WHERE created_by ILIKE '%maria%' AND service = 'cart-service'))""",
        REDO,
    ),
    (
        "zs022",
        "time",
        "alerts per hour, last 12h",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        RECENT,
    ),
    (
        "zs023",
        "time",
        "how many silences got created in the past 7d",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-05 06:30:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs024",
        "time",
        "deploys in the last 24h that got an alert on the same service within 15 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 06:30:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        RECENT,
    ),
    (
        "zs025",
        "time",
        "indexer paged me AGAIN. how many indexer alerts tuesday vs wednesday???",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') AS tuesday,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00') AS wednesday
           FROM alerts
           WHERE service = 'indexer'""",
        FEDUP,
    ),
    (
        "zs026",
        "time",
        "payments-api error lines PER MINUTE between 14:30 and 14:45 tuesday. prod",
        """SELECT date_trunc('minute', timestamp) AS minute, count(*) AS lines
           FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'
           GROUP BY minute
           ORDER BY lines DESC, minute""",
        FEDUP,
    ),
    (
        "zs027",
        "time",
        (
            "how many minutes between the v2.14.0 prod deploy going live and the FIRST payments-api alert "
            "after it?? seriously"
        ),
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                       - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        FEDUP,
    ),
    (
        "zs028",
        "time",
        (
            "> when did the reindex backlog start paging?\nwhen did the first `SearchReindexQueueBacklog` "
            "alert fire on the 12th"
        ),
        """SELECT min(starts_at) FROM alerts
           WHERE name = 'SearchReindexQueueBacklog'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        THREAD,
    ),
    (
        "zs029",
        "time",
        "`search-api` alerts per day since march 1, all envs",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE service = 'search-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:10:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        THREAD,
    ),
    (
        "zs030",
        "time",
        (
            "> did checkout-web feel it right away?\nhow many `checkout-web` log lines in the 5 min after "
            "`payments-api` v2.14.0 went live in prod"
        ),
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        THREAD,
    ),
    (
        "zs031",
        "aggregates",
        "'[FIRING:1] DiskSpaceLow indexer production' - avg duration of these DiskSpaceLow alerts on indexer, in min?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer' AND status = 'resolved'""",
        PASTE,
    ),
    (
        "zs032",
        "aggregates",
        "what % of alerts since 2025-03-01T00:00:00Z were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:20:00+00'""",
        PASTE,
    ),
    (
        "zs033",
        "aggregates",
        "avg # of alerts in the 15 min after each prod deploy since 2025-03-10T00:00:00Z",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.starts_at) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-12 07:20:00+00'
               GROUP BY c.id)""",
        PASTE,
    ),
    (
        "zs034",
        "aggregates",
        "median time to resolve for incidents this month - sorry, alerts not incidents. minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 11:05:00+00'""",
        REDO,
    ),
    (
        "zs035",
        "aggregates",
        "how many silences has kenji made - no, jonas. jonas's silences, how many",
        """SELECT count(*) FROM silences WHERE created_by ILIKE '%jonas%'""",
        REDO,
    ),
    (
        "zs036",
        "aggregates",
        "what percent of incidents had an early warning before them? prod only, forgot to say",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
               AS pct_warned
           FROM alert_groups
           WHERE environment = 'production'""",
        REDO,
    ),
    (
        "zs037",
        "aggregates",
        "avg alert duration last 48h, mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 06:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs038",
        "aggregates",
        "total error log lines past 6h",
        """SELECT count(*) FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs039",
        "aggregates",
        "avg lag of the suspect changes for incidents in the last 3 days, in minutes",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-09 06:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs040",
        "aggregates",
        "MTTR for payments-api incidents. ALL TIME. minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        FEDUP,
    ),
    (
        "zs041",
        "aggregates",
        "how many alerts did payments-api AND checkout-web fire on tuesday. ONE number",
        """SELECT count(*) FROM alerts
           WHERE service IN ('payments-api', 'checkout-web') AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FEDUP,
    ),
    (
        "zs042",
        "aggregates",
        "what share of prod deploys got followed by an incident on the same service within the hour??? the REAL number",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alert_groups g
                   WHERE g.service = c.service AND g.environment = c.environment
                     AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
               AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        FEDUP,
    ),
    (
        "zs043",
        "aggregates",
        "> how loud was it overnight on the 11th?\nhow many alerts from 18:00 on the 11th to 06:00 on the 12th",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        THREAD,
    ),
    (
        "zs044",
        "aggregates",
        "average number of matchers per silence?",
        """SELECT round(avg(len(matchers)), 1) AS avg_matchers FROM silences""",
        THREAD,
    ),
    (
        "zs045",
        "aggregates",
        (
            "how many `checkout-web` error lines got logged in prod while any `PaymentsAPIErrorBudgetBurn` "
            "alert was firing"
        ),
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'checkout-web' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'PaymentsAPIErrorBudgetBurn'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 09:10:00+00'))""",
        THREAD,
    ),
    (
        "zs046",
        "top_n",
        "top 2 alert names by count since 2025-03-11T00:00:00Z",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:20:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        PASTE,
    ),
    (
        "zs047",
        "top_n",
        "which service logged the most error lines between 2025-03-11T14:30:00Z and 2025-03-11T15:00:00Z",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        PASTE,
    ),
    (
        "zs048",
        "top_n",
        "which svc got the most alerts within 15m after one of its own deploys, all time",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        PASTE,
    ),
    (
        "zs049",
        "top_n",
        "top 3 noisiest services last week... scratch that, this week",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 11:05:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        REDO,
    ),
    (
        "zs050",
        "top_n",
        "who deployed the most in feb? no - in march",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 11:05:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        REDO,
    ),
    (
        "zs051",
        "top_n",
        "whose changes got blamed for the most incidents - just the top one. er, top 2",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        REDO,
    ),
    (
        "zs052",
        "top_n",
        "top 2 alert names past 24h",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 06:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        RECENT,
    ),
    (
        "zs053",
        "top_n",
        "busiest hour for alerts in the last 2 days",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 06:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        RECENT,
    ),
    (
        "zs054",
        "top_n",
        "last 48h, which service had the most alerts firing while a silence on it was in effect",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN silences s
             ON s.service = a.service
            AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
            AND a.starts_at <= least(s.ends_at, coalesce(s.expired_at, s.ends_at))
            AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:30:00+00') >= s.starts_at
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 06:30:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        RECENT,
    ),
    (
        "zs055",
        "top_n",
        "top 2 alert names on checkout-web + payments-api tuesday. TOP 2 not all of them",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service IN ('checkout-web', 'payments-api') AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        FEDUP,
    ),
    (
        "zs056",
        "top_n",
        "which 2 hours on tuesday were the WORST by alerts",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 2""",
        FEDUP,
    ),
    (
        "zs057",
        "top_n",
        "which prod service has the most incidents with NO suspect change??? top 1",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        FEDUP,
    ),
    (
        "zs058",
        "top_n",
        "> who's been silencing the most?\ntop silence author since feb 1, just the one",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 09:10:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        THREAD,
    ),
    (
        "zs059",
        "top_n",
        "top 3 `search-api` log patterns by error count",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'search-api'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 3""",
        THREAD,
    ),
    (
        "zs060",
        "top_n",
        "which service had the most incidents with an early warning before them? just the top one",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_warnings
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        THREAD,
    ),
    (
        "zs061",
        "changes",
        "what's live for payments-api in production rn? version only",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:20:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        PASTE,
    ),
    (
        "zs062",
        "changes",
        "prod changes between 2025-03-11T14:00:00Z and 2025-03-11T15:00:00Z",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        PASTE,
    ),
    (
        "zs063",
        "changes",
        "deploys on 2025-03-11 with zero alerts on their service in the 15m after - service, version, time",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PASTE,
    ),
    (
        "zs064",
        "changes",
        "who did flag flips on tuesday? sorry - config changes, not flags",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REDO,
    ),
    (
        "zs065",
        "changes",
        "rollbacks this month and who did them - actually just the rollbacks, all columns",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 11:05:00+00'""",
        REDO,
    ),
    (
        "zs066",
        "changes",
        "which deploys caused incidents? prod only - staging doesn't count",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND environment = 'production'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        REDO,
    ),
    (
        "zs067",
        "changes",
        "deploys, last 36h",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs068",
        "changes",
        "anything rolled back in the past 2 days?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 06:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        RECENT,
    ),
    (
        "zs069",
        "changes",
        "what changed on indexer in the 24h before the latest indexer alert",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'indexer' AND environment = 'production'
             AND timestamp BETWEEN (SELECT max(starts_at) FROM alerts WHERE service = 'indexer') - INTERVAL 24 HOUR
                               AND (SELECT max(starts_at) FROM alerts WHERE service = 'indexer')""",
        RECENT,
    ),
    (
        "zs070",
        "changes",
        "WHO deployed payments-api to prod on tuesday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FEDUP,
    ),
    (
        "zs071",
        "changes",
        "versions of checkout-web that went out to staging. EACH ONCE",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'staging'""",
        FEDUP,
    ),
    (
        "zs072",
        "changes",
        "payments-api prod deploys that got followed by a CRITICAL alert within 30 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'payments-api' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.severity = 'critical'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        FEDUP,
    ),
    (
        "zs073",
        "changes",
        "> what's auth-api on in staging vs prod?\nversion of `auth-api` in staging and in production, one row each",
        """SELECT environment, coalesce(details['ref'], version) AS version FROM (
               SELECT *, row_number() OVER (PARTITION BY environment ORDER BY timestamp DESC) AS rn
               FROM change_events
               WHERE service = 'auth-api' AND phase = 'live' AND type IN ('deployment', 'rollback')
                 AND environment IN ('staging', 'production')
                 AND timestamp <= TIMESTAMPTZ '2025-03-14 09:10:00+00')
           WHERE rn = 1""",
        THREAD,
    ),
    (
        "zs074",
        "changes",
        "flag flips on the 11th, and who flipped them",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        THREAD,
    ),
    (
        "zs075",
        "changes",
        "`dpatel`'s deploys that had an incident open on the same service within the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor = 'dpatel'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        THREAD,
    ),
    (
        "zs076",
        "silences",
        "silences active at 2025-03-11T02:30:00Z",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        PASTE,
    ),
    (
        "zs077",
        "silences",
        "silences created after 1741651200",
        """SELECT * FROM silences
           WHERE created_at > TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 07:20:00+00'""",
        PASTE,
    ),
    (
        "zs078",
        "silences",
        "'DiskSpaceLow indexer production' - which of those alerts started while a silence on indexer was in effect?",
        """SELECT * FROM alerts a
           WHERE a.name = 'DiskSpaceLow' AND a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        PASTE,
    ),
    (
        "zs079",
        "silences",
        "who silenced indexer in feb - no, march",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 11:05:00+00'""",
        REDO,
    ),
    (
        "zs080",
        "silences",
        "silences that got expired early. oh and by whom",
        """SELECT * FROM silences WHERE expired_early""",
        REDO,
    ),
    (
        "zs081",
        "silences",
        "silences created during an incident on the same service - in prod, I mean",
        """SELECT * FROM silences s
           WHERE (s.environment IS NULL OR s.environment_canonical = 'production')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.environment = 'production' AND g.service = s.service
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 11:05:00+00'))""",
        REDO,
    ),
    (
        "zs082",
        "silences",
        "whats muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        RECENT,
    ),
    (
        "zs083",
        "silences",
        "silences that expire in the next 4h",
        """SELECT * FROM silences
           WHERE ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND ends_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND expired_at IS NULL""",
        RECENT,
    ),
    (
        "zs084",
        "silences",
        "any alerts fire in the last 6h while a silence covered their service?",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-12 00:30:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        RECENT,
    ),
    (
        "zs085",
        "silences",
        "who put a silence on cart-service DURING THE OUTAGE and who took it off???",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FEDUP,
    ),
    (
        "zs086",
        "silences",
        "how long was maria's cart-service silence ACTUALLY in place. minutes",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""",
        FEDUP,
    ),
    (
        "zs087",
        "silences",
        "were ANY checkout services silenced while a payments-api incident was open on tuesday?? list the silences",
        """SELECT * FROM silences s
           WHERE s.service IN (SELECT DISTINCT service FROM alerts WHERE project = 'checkout'
                               UNION SELECT DISTINCT service FROM change_events WHERE project = 'checkout')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'payments-api'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 17:40:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= g.opened_at)""",
        FEDUP,
    ),
    (
        "zs088",
        "silences",
        "> who keeps silencing indexer?\nsilence authors for `indexer`, each once",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        THREAD,
    ),
    (
        "zs089",
        "silences",
        "silences with a comment mentioning `reindex`",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        THREAD,
    ),
    (
        "zs090",
        "silences",
        (
            "> half of these silences never matched anything imo\nwhich silences actually muted something, per "
            "alertmanager?"
        ),
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        THREAD,
    ),
    (
        "zs091",
        "joins",
        "alerts from any service within 15 min after the deploy that went live at 2025-03-11T14:31:22Z",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        PASTE,
    ),
    (
        "zs092",
        "joins",
        (
            "for each prod deploy on 2025-03-11: service, version, time and # of alerts on its service in the "
            "following 30 min (0s too)"
        ),
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details['ref'], c.version, c.timestamp""",
        PASTE,
    ),
    (
        "zs093",
        "joins",
        "incidents since 2025-03-11T00:00:00Z with no early warning before them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 07:20:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        PASTE,
    ),
    (
        "zs094",
        "joins",
        "alerts in the 10 min before a deploy - sorry, AFTER. alerts in the 10 min after a deploy of the same service",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        REDO,
    ),
    (
        "zs095",
        "joins",
        "incidents with their suspect change, march only - feb too actually, so since feb 1",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 11:05:00+00'""",
        REDO,
    ),
    (
        "zs096",
        "joins",
        "how many deploys had no alerts on their service within 15 min after? count only. prod, forgot that",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        REDO,
    ),
    (
        "zs097",
        "joins",
        "last 24h: incidents that had a deploy on the same service in the 30 min before they opened",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 06:30:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)""",
        RECENT,
    ),
    (
        "zs098",
        "joins",
        "past 2 days, early warnings in the hour after a prod deploy of the same service",
        """SELECT * FROM warnings w
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-10 06:30:00+00'
             AND w.starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        RECENT,
    ),
    (
        "zs099",
        "joins",
        "past 36h, payments-api error logs within 10 min after its own deploys",
        """SELECT * FROM log_events l
           WHERE l.service = 'payments-api' AND l.is_error
             AND l.timestamp >= TIMESTAMPTZ '2025-03-10 18:30:00+00'
             AND l.timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = l.environment
                   AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        RECENT,
    ),
    (
        "zs100",
        "joins",
        "checkout-web alerts within 5 min after a payments-api alert. is it ALWAYS cascading??",
        """SELECT * FROM alerts w
           WHERE w.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = w.environment_canonical
                   AND w.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 5 MINUTE)""",
        FEDUP,
    ),
    (
        "zs101",
        "joins",
        "services that had BOTH an alert and a deploy on tuesday",
        """SELECT service FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           INTERSECT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FEDUP,
    ),
    (
        "zs102",
        "joins",
        "payments-api deploys NOT followed by any alert within 15 min. are there even ANY???",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        FEDUP,
    ),
    (
        "zs103",
        "joins",
        "> did the rollback actually help?\nalerts still firing when the `payments-api` rollback went live on the 11th",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        THREAD,
    ),
    (
        "zs104",
        "joins",
        "> how did we fix these?\nhow resolved incidents were fixed: incident service, alert name, when it opened, fix",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id""",
        THREAD,
    ),
    (
        "zs105",
        "joins",
        (
            "for every early warning on the 11th, warning id + how many alerts on its service in the 15 min "
            "after it (0s incl.)"
        ),
        """SELECT w.id, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id""",
        THREAD,
    ),
    (
        "zs106",
        "refusals",
        (
            "[FIRING:1] KafkaConsumerLagHigh (settlement-writer production critical) - how many of these since "
            "2025-03-01T00:00:00Z?"
        ),
        "ungrounded",
        PASTE,
    ),
    (
        "zs107",
        "refusals",
        "what's 2025-03-11T14:31:22Z as epoch millis?",
        "not_about_this_data",
        PASTE,
    ),
    (
        "zs108",
        "refusals",
        (
            "ack '[FIRING:1] PaymentsAPIErrorBudgetBurn (payments-api production critical)' for me and mark it "
            "resolved at 2025-03-11T15:20:00Z"
        ),
        "asks_to_change_data",
        PASTE,
    ),
    (
        "zs109",
        "refusals",
        "alerts on billing-svc this week - no wait, on the loyalty project",
        "ungrounded",
        REDO,
    ),
    (
        "zs110",
        "refusals",
        "how do i write a good silence comment? sorry, i mean a good postmortem summary",
        "not_about_this_data",
        REDO,
    ),
    (
        "zs111",
        "refusals",
        "delete maria's cart-service silence - no wait, just extend it by 2h",
        "asks_to_change_data",
        REDO,
    ),
    (
        "zs112",
        "refusals",
        "anything from the eu-central-2 cluster in the past 90 min?",
        "ungrounded",
        RECENT,
    ),
    (
        "zs113",
        "refusals",
        "best practice for on-call handoff notes? handing over in 20 min",
        "not_about_this_data",
        RECENT,
    ),
    (
        "zs114",
        "refusals",
        "snooze the indexer disk alerts for the next 3h",
        "asks_to_change_data",
        RECENT,
    ),
    (
        "zs115",
        "refusals",
        "how many alerts did payments-gateway throw on tuesday???",
        "ungrounded",
        FEDUP,
    ),
    (
        "zs116",
        "refusals",
        "WHY is hikari pool sizing so hard. what should maximumPoolSize be for 200 rps",
        "not_about_this_data",
        FEDUP,
    ),
    (
        "zs117",
        "refusals",
        "ROLL BACK checkout-web to v5.1.10 NOW",
        "asks_to_change_data",
        FEDUP,
    ),
    (
        "zs118",
        "refusals",
        "> anyone know who rsingh is?\nwhat did `rsingh` deploy this week",
        "ungrounded",
        THREAD,
    ),
    (
        "zs119",
        "refusals",
        "> can someone drop the retro doc link?\nlink to the retro doc pls",
        "not_about_this_data",
        THREAD,
    ),
    (
        "zs120",
        "refusals",
        "> we agreed it was the v2.14.0 deploy\nmark `payments-api` v2.14.0 as the suspect for the outage in the store",
        "asks_to_change_data",
        THREAD,
    ),
]
