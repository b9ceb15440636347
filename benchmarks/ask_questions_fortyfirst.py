"""The forty-first ask question set: ids zv001..zv120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split), the
module docstrings of the earlier sets printed with ``ast`` (to choose people who had not spoken before and to keep
their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo store
itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). Deviation: the docstrings were read through a keyword filter and a grep of their text
for earlier people's shapes rather than in full one by one. Each row is ``(id, category, question, gold, now)``. A
refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a
service, project, person, environment, cluster or alert name the store does not hold); any other gold is a single
DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category (24
each, three of them refusals), each in a shape of question not heard before:

- a support team lead fielding merchant tickets, at 08:30 on Wednesday 12 March, who asks everything as a yes/no
  question ("was there any ...?", "did anyone ...?", "is anything ... right now?", "did more than 10 ... ?"), short,
  lower case, sometimes with the ticket's context first;
- a platform engineer doing a clean-up review, at 11:00 on Friday 14 March, who asks in negatives and exceptions
  ("everything except the warnings", "NOT followed by", "other than indexer", "leaving out", "excluding", "never",
  "weren't done by argo"), terse;
- the incident commander of the March 11 outage writing its timeline, at 09:45 on Thursday 13 March, who names
  events by nickname or by what happened ("the big payments deploy", "the rollback", "outage day", "since the outage
  started", "maria's cart silence", "what did the big payments deploy break");
- a product manager who asks and then restates the whole question in other words after a dash or "i.e." / "so" /
  "that is" ("which incidents are still open? i.e. list the incidents that haven't been resolved as of now"), at
  10:00 on Monday 17 March;
- an engineering manager who states a hunch and then asks the question that would check it ("I think most ...", "my
  guess is ...", "pretty sure ...", "I bet ...", "kenji makes the most silences, right?"), at 14:00 on Wednesday 19
  March. (The brief's suggested comparer of periods and groups was replaced by this person: an earlier set already
  had a QA engineer comparing staging and production.)

42 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after a
person's deploys, between the v2.14.0 deploy and its rollback, since the rollback or before the deploy; deploys not
followed by alerts, deploys while their service had an incident open, flag changes followed or not by an incident;
alerts firing when a silence went on, incidents after config changes, log lines and early warnings around the
deploy; the mean count of alerts after each deploy, the shares of deploys followed by an alert, of incidents with a
suspect and of incidents with no deploy before them; deployers ranked by deploys followed by an alert; the changes
blamed for incidents; silences in effect at the deploy, created since the first outage alert or during an incident,
alerts firing under a silence, the silences that muted something, silence authors who never acked; incidents and
their suspects, warnings, log patterns and resolutions, acks of firing alerts): six in filters, five in time, four
in aggregates, two in top_n, four in changes (zv063, zv068 and top_n's zv054 relate two changes or a change and an
event of its own kind and are not counted), six in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. The nows: the support lead 2025-03-12 08:30 (Wednesday), the
  incident commander 2025-03-13 09:45 (Thursday), the platform engineer 2025-03-14 11:00 (Friday), the product
  manager 2025-03-17 10:00 (Monday), the engineering manager 2025-03-19 14:00 (Wednesday), all after every record.
  The support lead's "yesterday", "outage day", "the 11th" and "march 11" are ``[2025-03-11, 2025-03-12)``; "this
  week" runs from Monday 2025-03-10 00:00 to now; the product manager's "last week (monday to sunday)" is
  ``[2025-03-10, 2025-03-17)``; "this month" / "in march so far" from 2025-03-01 to now; "february" is
  ``[2025-02-01, 2025-03-01)``; "the weekend of march 8-9" ``[2025-03-08, 2025-03-10)``; "the last 3 days" ``(now -
  3 days, now]``; "between 14:00 and 15:00 yesterday" and "before 12:00 / after 12:00 on march 11" include their
  start and exclude their end. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log line's ``timestamp``).
- Yes/no questions are answered by what would make the answer yes: "was there any X?" / "were any X?" / "is anything
  ...?" by the X rows (every column; empty would mean no), "did anyone X?" by the people who did (``SELECT
  DISTINCT``), "did more than N ...?" / "is the average over N?" / "were most ... critical?" by the number itself
  (the count, the average, the percentage), "was payments-api the noisiest?" / "did anyone deploy more than dpatel?"
  by the ranking asked after it. A hunch is answered by the question that follows it, never by a judgement of the
  hunch.
- Negatives: "except", "excluding", "leaving out", "not counting", "other than", "apart from" drop the named rows
  (``<>``; "silences that weren't for the indexer" keep those that pin no service); "argo's" / "argo did" / "weren't
  done by argo" is the actor ``argocd (automated)`` (``<>`` for not); "not expired early" is ``expired_at IS NULL``;
  "services that never had a rollback" / "had no deploys this week" are the services the store knows from alerts and
  changes (``alerts`` and ``change_events``) that no such live change carries; "never deployed" ``EXCEPT`` the live
  deployments' services; "silence authors who never acked" ``created_by EXCEPT`` the ack actors.
- Named events (the incident commander's nicknames): "the big payments deploy" / "the v2.14.0 deploy" is
  payments-api's live production deployment of v2.14.0 (2025-03-11 14:31:22); "the rollback" / "the payments
  rollback" its live production rollback (14:56:37); "outage day" March 11; "since the outage started" from the
  first payments-api alert on March 11; "maria's cart(-service) silence" is the silence on cart-service created by
  maria.gonzalez@acme.io. "Between the big payments deploy and the rollback" and "from the v2.14.0 deploy to the
  rollback" include both ends; "since the rollback" / "after the rollback" run from it (strictly after it for
  changes, so that it is not its own answer) to now; "the 5 latest changes before the rollback" are live changes
  strictly before it, newest first; "alerts on march 11 before that deploy" start on the 11th strictly before it.
  Windows around the one event ("any service", "which services ... ranked", "in the half hour after") take every
  service; "prod payments-api error log lines" and "prod checkout-web error lines" are that service's production
  ``is_error`` lines.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, early warnings the ``warnings`` rows (their ``service`` label), log lines
  ``log_events``. Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'``, "rollbacks"
  ``type = 'rollback'``, "flag changes" ``flag_change``, "config changes / updates" ``config_update``; "changes"
  every live report, scale events included unless excluded. A version is ``coalesce(details['ref'], version)``; the
  version live in an environment that of its last live deployment or rollback; people are answered as stored
  (sokafor and sade.okafor@acme.io stay two).
- Relations keep the first kind named and meet the other on service and canonical environment: "within N after" is
  ``[t, t + N]``, "in the hour before" ``[t - 60 min, t]``; a deploy "followed by" / "with zero alerts after" has
  (none) in ``[t, t + N]``, 15 minutes unless said; a flag change "(NOT) followed by an incident within the hour"
  has (no) incident of its service and environment opening in ``[t, t + 60 min]``; an incident with "no deploy of
  its service in the hour before" none in ``[opened_at - 60 min, opened_at]``; a deploy that "went out while its own
  service had an incident open" has its time in an incident's span of the same service and environment; "got rolled
  back within the hour" has a live rollback of the same service and environment in ``[t, t + 60 min]``. An incident
  is open from ``opened_at`` to ``resolved_at`` (now while unresolved); a silence is in effect from ``starts_at`` to
  its end or its expiry, whichever came first, and meets the other side on its service and, when it pins one, its
  environment: "alerts firing while a silence on their service was in effect" share a moment with it (an unresolved
  alert runs to now); a silence "created while an incident on its service was open" has ``created_at`` in that span;
  "silences created within an hour after an alert" in ``[starts_at, starts_at + 60 min]``; "silences in effect when
  the deploy went out" are active at that instant, any service. "Suspect" / "blamed for" / "caused" is
  ``incident_suspects``; "which deploys got blamed" / "which changes got blamed" are the ``change_events`` rows it
  names; "what did the big payments deploy break" the ``alert_groups`` rows whose suspect is that report; "who
  caused the most incidents" counts ``change_actor``. Early warnings before incidents and log patterns before them
  are ``incident_warnings`` / ``incident_log_patterns`` rows (every column), "incidents without an early warning" an
  anti-join on it. An ack "while they were still firing" names its alert by its ``alertname`` and ``service``
  matchers and came inside the alert's span. "For each deploy: service, version and how many alerts" is one row per
  live deployment, zeros included (a ``LEFT JOIN``). "Silences that actually muted alerts" are those
  ``alert_mutes.silenced_by`` names.
- Aggregates: durations in minutes to one decimal (hours when asked); time to resolve of incidents runs from
  ``opened_at`` to ``resolved_at`` of the resolved ones, alert duration from start to end of the resolved ones; "how
  long was payments-api down on outage day" runs from its first alert's start that day to the last one's end; a
  silence's length as set is ``starts_at`` to ``ends_at``, "actually in place before she pulled it" ``starts_at`` to
  ``expired_at``; a suspect's lag is ``lag_s`` in minutes (median); percentages are ``round(100.0 * part / whole,
  1)``; "deploys per day on average" is the mean of the daily counts over the days that had one; "on average how
  many alerts in the 15 min after each deploy" the mean of the per-deploy counts over every live deployment that
  day, zeros included.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; a singular
  ("which service", "which single person", "the top silence author") is one row; "which services ... ranked" all of
  them; "any service with more than 5 incidents" the groups past the bound (``HAVING``); "the 3 longest resolved
  incidents" whole rows ranked by duration; "the 2 busiest hours on outage day" hour buckets of that day; "top 2
  deployers by deploys followed by an alert" counts each person's live deployments that had an alert of their
  service in the 15 minutes after.
- Refusals: the service "billing-gateway" and "ledger-service", the person "priya", the "dr-dublin" environment and
  the "ap-south-1" cluster are ungrounded (none is in the store); Stripe's status, alerting-tool advice, writing a
  postmortem, NPS and a pool-size recommendation are not about this data; acking an alert, deleting silences,
  marking an incident resolved, re-deploying v2.14.0 and extending a silence ask to change the data.
"""

from __future__ import annotations

SUPPORT = "2025-03-12T08:30:00Z"
COMMANDER = "2025-03-13T09:45:00Z"
PLATFORM = "2025-03-14T11:00:00Z"
PRODUCT = "2025-03-17T10:00:00Z"
HUNCH = "2025-03-19T14:00:00Z"

ROWS = [
    (
        "zv001",
        "filters",
        "was there any critical alert in staging yesterday?",
        """SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'staging'
  AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv002",
        "filters",
        "hey, is anything on the indexer still firing right now?",
        """SELECT * FROM alerts WHERE service = 'indexer'
  AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00' AND (ends_at IS NULL OR ends_at >
    TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        SUPPORT,
    ),
    (
        "zv003",
        "filters",
        (
            "merchant says payments broke after a release.. was there any payments-api alert within 15 min "
            "after one of dpatel's deploys yesterday?"
        ),
        """SELECT * FROM alerts a WHERE a.service = 'payments-api' AND EXISTS (
  SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor =
    'dpatel'
    AND c.service = a.service AND c.environment = a.environment_canonical
    AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ
      '2025-03-12 00:00:00+00'
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SUPPORT,
    ),
    (
        "zv004",
        "filters",
        "payments-api alerts, everything except the warnings",
        """SELECT * FROM alerts WHERE service = 'payments-api' AND severity <> 'warning'""",
        PLATFORM,
    ),
    (
        "zv005",
        "filters",
        "all changes that went live this week, except scale events and except anything argo did",
        """SELECT * FROM change_events WHERE phase = 'live' AND type <> 'scale' AND actor <>
  'argocd (automated)'
  AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ
    '2025-03-14 11:00:00+00'""",
        PLATFORM,
    ),
    (
        "zv006",
        "filters",
        "prod deploys that were NOT followed by any alert on the same service within 30 min",
        """SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment =
  'production'
  AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical =
    c.environment
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PLATFORM,
    ),
    (
        "zv007",
        "filters",
        "list every alert that fired between the big payments deploy and the rollback",
        """SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND starts_at <=
  TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        COMMANDER,
    ),
    (
        "zv008",
        "filters",
        "anything that started firing since the payments rollback went out?",
        """SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:56:37+00' AND starts_at <=
  TIMESTAMPTZ '2025-03-13 09:45:00+00'""",
        COMMANDER,
    ),
    (
        "zv009",
        "filters",
        "what was still firing at the moment maria put her cart-service silence on",
        """SELECT * FROM alerts,
  (SELECT created_at AS t FROM silences WHERE created_by = 'maria.gonzalez@acme.io' AND service =
    'cart-service') s
  WHERE starts_at <= s.t AND (ends_at IS NULL OR ends_at > s.t)""",
        COMMANDER,
    ),
    (
        "zv010",
        "filters",
        "which incidents are still open? i.e. list the incidents that haven't been resolved as of now",
        """SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-17 10:00:00+00' AND (resolved_at
  IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 10:00:00+00')""",
        PRODUCT,
    ),
    (
        "zv011",
        "filters",
        "staging deploys on march 11 - so, the deployments that went live in staging on march 11, full list",
        """SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment =
  'staging'
  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv012",
        "filters",
        (
            "prod checkout-web error lines in the 5 min after payments-api v2.14.0 went live - the production "
            "checkout-web error log lines in the 5 minutes after the v2.14.0 deploy"
        ),
        """SELECT * FROM log_events WHERE service = 'checkout-web' AND environment = 'production' AND is_error
  AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ
    '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        PRODUCT,
    ),
    (
        "zv013",
        "filters",
        (
            "I'm pretty sure lucie flipped a flag in prod on the 11th. which production flag changes did lucie "
            "make on march 11?"
        ),
        """SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment =
  'production'
  AND actor ILIKE '%lucie%' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <
    TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HUNCH,
    ),
    (
        "zv014",
        "filters",
        ("my hunch is the indexer disk alerts always come at night - show me the DiskSpaceLow alerts on indexer"),
        """SELECT * FROM alerts WHERE service = 'indexer' AND name = 'DiskSpaceLow'""",
        HUNCH,
    ),
    (
        "zv015",
        "filters",
        (
            "I bet the incidents right after config changes were on token-service. list the incidents that "
            "opened within 15 min after a config update of their own service"
        ),
        """SELECT * FROM alert_groups g WHERE EXISTS (
  SELECT 1 FROM change_events c WHERE c.type = 'config_update' AND c.phase = 'live'
    AND c.service = g.service AND c.environment = g.environment
    AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HUNCH,
    ),
    (
        "zv016",
        "time",
        "were there any alerts between 14:00 and 15:00 yesterday?",
        """SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at <
  TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv017",
        "time",
        "did payments-api get any deploys in february?",
        """SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service =
  'payments-api'
  AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-01 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv018",
        "time",
        "any early warnings for payments-api in the 10 minutes before its prod deploy yesterday (v2.14.0)?",
        """SELECT * FROM warnings WHERE labels['service'] = 'payments-api' AND labels['environment'] =
  'production'
  AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 10 MINUTE AND TIMESTAMPTZ
    '2025-03-11 14:31:22+00'""",
        SUPPORT,
    ),
    (
        "zv019",
        "time",
        "alerts this week, excluding staging",
        """SELECT * FROM alerts WHERE environment_canonical <> 'staging'
  AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ
    '2025-03-14 11:00:00+00'""",
        PLATFORM,
    ),
    (
        "zv020",
        "time",
        "changes in the last 3 days apart from the scale ones",
        """SELECT * FROM change_events WHERE phase = 'live' AND type <> 'scale'
  AND timestamp > TIMESTAMPTZ '2025-03-14 11:00:00+00' - INTERVAL 3 DAY AND timestamp <=
    TIMESTAMPTZ '2025-03-14 11:00:00+00'""",
        PLATFORM,
    ),
    (
        "zv021",
        "time",
        "alerts per day in march, not counting the indexer",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
  WHERE service <> 'indexer' AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <=
    TIMESTAMPTZ '2025-03-14 11:00:00+00'
  GROUP BY day ORDER BY alerts DESC, day""",
        PLATFORM,
    ),
    (
        "zv022",
        "time",
        "alerts per hour on outage day (march 11)",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
  WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
    '2025-03-12 00:00:00+00' GROUP BY hour ORDER BY alerts DESC, hour""",
        COMMANDER,
    ),
    (
        "zv023",
        "time",
        "how many alerts, any service, fired in the half hour after the big payments deploy",
        """SELECT count(*) FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND
  TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        COMMANDER,
    ),
    (
        "zv024",
        "time",
        "from the v2.14.0 deploy to the rollback, how many prod payments-api error log lines were there",
        """SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND
  is_error
  AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ
    '2025-03-11 14:56:37+00'""",
        COMMANDER,
    ),
    (
        "zv025",
        "time",
        (
            "how many alerts over the weekend of march 8-9? that is, the number of alerts that started on "
            "saturday 8 or sunday 9 march"
        ),
        """SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00' AND starts_at <
  TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv026",
        "time",
        "alerts last week per day - the number of alerts per day last week (monday to sunday)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
  WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ
    '2025-03-17 00:00:00+00'
  GROUP BY day ORDER BY alerts DESC, day""",
        PRODUCT,
    ),
    (
        "zv027",
        "time",
        "what was firing at 14:50 on march 11 - the alerts that were firing at 14:50 UTC on the 11th",
        """SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
  AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        PRODUCT,
    ),
    (
        "zv028",
        "time",
        (
            "I think most alerts on march 11 fired before payments-api v2.14.0 went live in prod. how many "
            "alerts started on the 11th before that deploy?"
        ),
        """SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <
  TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        HUNCH,
    ),
    (
        "zv029",
        "time",
        "feels like february was quiet. how many alerts did we get in february?",
        """SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at <
  TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        HUNCH,
    ),
    (
        "zv030",
        "time",
        "I reckon the flags were mostly flipped in the afternoon - flag changes on march 11 after 12:00 UTC?",
        """SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live'
  AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        HUNCH,
    ),
    (
        "zv031",
        "aggregates",
        "did more than 10 alerts ever fire on payments-api? how many in total",
        """SELECT count(*) FROM alerts WHERE service = 'payments-api'""",
        SUPPORT,
    ),
    (
        "zv032",
        "aggregates",
        "is the average time to resolve for checkout-web incidents over 20 min?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
  WHERE service = 'checkout-web' AND resolved_at IS NOT NULL""",
        SUPPORT,
    ),
    (
        "zv033",
        "aggregates",
        "were most of yesterday's alerts critical? what share of them were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
  WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv034",
        "aggregates",
        "how many services have never had a rollback",
        """SELECT count(DISTINCT service) FROM (SELECT service FROM alerts UNION SELECT service FROM
  change_events) k WHERE service NOT IN (
  SELECT service FROM change_events WHERE type = 'rollback' AND phase = 'live')""",
        PLATFORM,
    ),
    (
        "zv035",
        "aggregates",
        "average silence length in minutes, leaving out the weekly full reindex ones",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
  WHERE comment NOT ILIKE '%weekly full reindex%'""",
        PLATFORM,
    ),
    (
        "zv036",
        "aggregates",
        "mean time to resolve per service for prod incidents, excluding kube-state-metrics",
        """SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_min FROM
  alert_groups
  WHERE environment = 'production' AND resolved_at IS NOT NULL AND service <> 'kube-state-metrics'
  GROUP BY service ORDER BY mttr_min DESC""",
        PLATFORM,
    ),
    (
        "zv037",
        "aggregates",
        "how long was payments-api down on outage day, march 11",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 09:45:00+00'))) -
  epoch(min(starts_at))) / 60, 1) FROM alerts
  WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
    starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COMMANDER,
    ),
    (
        "zv038",
        "aggregates",
        "how many minutes between the big payments deploy going live and the rollback going live",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(TIMESTAMPTZ
  '2025-03-11 14:31:22+00')) / 60, 1)""",
        COMMANDER,
    ),
    (
        "zv039",
        "aggregates",
        "on outage day (the 11th), on average how many alerts came in the 15 min after each deploy?",
        """SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.starts_at) AS n FROM change_events c
  LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
  WHERE c.type = 'deployment' AND c.phase = 'live' AND c.timestamp >= TIMESTAMPTZ
    '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY c.id)""",
        COMMANDER,
    ),
    (
        "zv040",
        "aggregates",
        (
            "what share of incidents had no deploy of their service in the hour before - i.e. the percentage of"
            " incidents with no deployment of the same service in the 60 minutes before they opened"
        ),
        """SELECT round(100.0 * count(*) FILTER (WHERE NOT EXISTS (
    SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'
      AND c.service = g.service AND c.environment = g.environment
      AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)) / count(*), 1)
  FROM alert_groups g""",
        PRODUCT,
    ),
    (
        "zv041",
        "aggregates",
        "how many deploys per day on average in march - the average number of deployments per day in march",
        """SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS n
  FROM change_events WHERE type = 'deployment' AND phase = 'live'
    AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ
      '2025-03-17 10:00:00+00' GROUP BY day)""",
        PRODUCT,
    ),
    (
        "zv042",
        "aggregates",
        (
            "what percent of prod deploys were followed by an alert within 15 minutes - i.e. the share of "
            "production deployments with an alert on the same service in the 15 min after"
        ),
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment
      AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
  FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment =
    'production'""",
        PRODUCT,
    ),
    (
        "zv043",
        "aggregates",
        (
            "I suspect the suspect changes land only a few minutes before things break. median lag of the "
            "suspect changes, in minutes?"
        ),
        """SELECT round(median(lag_s) / 60, 1) FROM incident_suspects""",
        HUNCH,
    ),
    (
        "zv044",
        "aggregates",
        "I'd guess kenji's silences add up to more than jonas's. total silenced minutes per silence author",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
  GROUP BY created_by ORDER BY minutes DESC""",
        HUNCH,
    ),
    (
        "zv045",
        "aggregates",
        "I think more than half of the incidents have a suspect change. what percent of incidents do?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) /
  count(*), 1)
  FROM alert_groups""",
        HUNCH,
    ),
    (
        "zv046",
        "top_n",
        "was payments-api the noisiest service yesterday? which service had the most alerts yesterday",
        """SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ
  '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        SUPPORT,
    ),
    (
        "zv047",
        "top_n",
        "did anyone deploy more than dpatel? top 3 deployers by deploys",
        """SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live'
  GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        SUPPORT,
    ),
    (
        "zv048",
        "top_n",
        "is there any service with more than 5 incidents? which ones, with their counts",
        """SELECT service, count(*) AS incidents FROM alert_groups GROUP BY service HAVING count(*) > 5 ORDER
  BY incidents DESC""",
        SUPPORT,
    ),
    (
        "zv049",
        "top_n",
        "top 3 alert names, excluding HighLatencyP99",
        """SELECT name, count(*) AS alerts FROM alerts WHERE name <> 'HighLatencyP99'
  GROUP BY name ORDER BY alerts DESC, name LIMIT 3""",
        PLATFORM,
    ),
    (
        "zv050",
        "top_n",
        "which service, other than indexer, had the most early warnings?",
        """SELECT labels['service'] AS service, count(*) AS warnings FROM warnings WHERE labels['service'] <>
  'indexer'
  GROUP BY ALL ORDER BY warnings DESC, service LIMIT 1""",
        PLATFORM,
    ),
    (
        "zv051",
        "top_n",
        "top 2 services by error log lines, leaving out payments-api",
        """SELECT service, count(*) AS error_lines FROM log_events WHERE is_error AND service <>
  'payments-api'
  GROUP BY service ORDER BY error_lines DESC, service LIMIT 2""",
        PLATFORM,
    ),
    (
        "zv052",
        "top_n",
        "on outage day, the 2 busiest hours by alerts",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
  WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
    '2025-03-12 00:00:00+00' GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2""",
        COMMANDER,
    ),
    (
        "zv053",
        "top_n",
        "which services got the most alerts in the hour after the big payments deploy? any service, ranked",
        """SELECT service, count(*) AS alerts FROM alerts
  WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ
    '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE GROUP BY service ORDER BY alerts DESC, service""",
        COMMANDER,
    ),
    (
        "zv054",
        "top_n",
        "the 5 latest changes before the payments rollback went live",
        """SELECT * FROM change_events WHERE phase = 'live' AND timestamp < TIMESTAMPTZ
  '2025-03-11 14:56:37+00' ORDER BY timestamp DESC LIMIT 5""",
        COMMANDER,
    ),
    (
        "zv055",
        "top_n",
        "who acked the most - which single person acked the most alerts",
        """SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack'
  GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        PRODUCT,
    ),
    (
        "zv056",
        "top_n",
        ("top 3 services by incidents in february - the three services with the most incidents opened in february"),
        """SELECT service, count(*) AS incidents FROM alert_groups
  WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND opened_at < TIMESTAMPTZ
    '2025-03-01 00:00:00+00'
  GROUP BY service ORDER BY incidents DESC, service LIMIT 3""",
        PRODUCT,
    ),
    (
        "zv057",
        "top_n",
        "the 3 longest resolved incidents - the three resolved incidents that were open the longest",
        """SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL
  ORDER BY resolved_at - opened_at DESC LIMIT 3""",
        PRODUCT,
    ),
    (
        "zv058",
        "top_n",
        "kenji makes the most silences, right? who's the top silence author",
        """SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC,
  created_by LIMIT 1""",
        HUNCH,
    ),
    (
        "zv059",
        "top_n",
        ("I think TokenCacheEvictionsHigh is our most common incident. which alert name has the most incidents?"),
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
  GROUP BY ALL ORDER BY incidents DESC, alertname LIMIT 1""",
        HUNCH,
    ),
    (
        "zv060",
        "top_n",
        (
            "my guess is argo's deploys are the ones that set off alerts. top 2 deployers by deploys followed "
            "by an alert on their service within 15 min?"
        ),
        """SELECT c.actor, count(*) AS deploys FROM change_events c WHERE c.type = 'deployment' AND c.phase =
  'live'
  AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical =
    c.environment
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
  GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 2""",
        HUNCH,
    ),
    (
        "zv061",
        "changes",
        "did anyone roll back payments-api yesterday? who",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service =
  'payments-api'
  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv062",
        "changes",
        "is v2.14.0 still what's live for payments-api in prod? which version is live there now",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
  WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND service = 'payments-api' AND
    environment = 'production'
  ORDER BY timestamp DESC LIMIT 1""",
        SUPPORT,
    ),
    (
        "zv063",
        "changes",
        (
            "was there any deploy yesterday that got rolled back within the hour (a rollback of the same "
            "service within 60 min)?"
        ),
        """SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'
  AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND d.timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00' AND EXISTS (
    SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'
      AND r.service = d.service AND r.environment = d.environment
      AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        SUPPORT,
    ),
    (
        "zv064",
        "changes",
        "which services had no deploys this week",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events) k EXCEPT
  SELECT service FROM change_events
  WHERE type = 'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ
    '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 11:00:00+00'""",
        PLATFORM,
    ),
    (
        "zv065",
        "changes",
        "flag changes that were NOT followed by any incident on their service within the hour",
        """SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND NOT EXISTS (
  SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment
    AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PLATFORM,
    ),
    (
        "zv066",
        "changes",
        "deploys in february that weren't done by argo",
        """SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor <>
  'argocd (automated)'
  AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-01 00:00:00+00'""",
        PLATFORM,
    ),
    (
        "zv067",
        "changes",
        "who did the big payments deploy (v2.14.0)?",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'
  AND service = 'payments-api' AND coalesce(details['ref'], version) = 'v2.14.0'""",
        COMMANDER,
    ),
    (
        "zv068",
        "changes",
        "what changed on payments-api after the rollback",
        """SELECT * FROM change_events WHERE phase = 'live' AND service = 'payments-api'
  AND timestamp > TIMESTAMPTZ '2025-03-11 14:56:37+00' AND timestamp <= TIMESTAMPTZ
    '2025-03-13 09:45:00+00'""",
        COMMANDER,
    ),
    (
        "zv069",
        "changes",
        "which deploys went out while their own service had an incident open",
        """SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (
  SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment
    AND c.timestamp >= g.opened_at AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ
      '2025-03-13 09:45:00+00'))""",
        COMMANDER,
    ),
    (
        "zv070",
        "changes",
        "rollbacks this month - all the rollbacks that went live in march so far",
        """SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'
  AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ
    '2025-03-17 10:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv071",
        "changes",
        "who deployed to staging on march 11 - the people who did staging deployments on the 11th",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND
  environment = 'staging'
  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv072",
        "changes",
        "which changes got blamed for incidents - the changes that are the suspect of some incident",
        """SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)""",
        PRODUCT,
    ),
    (
        "zv073",
        "changes",
        "I think sokafor and sade.okafor are the same person, anyway: which deploys did sokafor do?",
        """SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'sokafor'""",
        HUNCH,
    ),
    (
        "zv074",
        "changes",
        ("pretty sure auth-api v4.2.1 went to staging more than once. which versions of auth-api went out to staging?"),
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
  WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        HUNCH,
    ),
    (
        "zv075",
        "changes",
        (
            "I assume the flag flips never broke anything. which flag changes were followed by an incident on "
            "their service within an hour?"
        ),
        """SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND EXISTS (
  SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment
    AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        HUNCH,
    ),
    (
        "zv076",
        "silences",
        "is anything muted right now? which silences are active",
        """SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00' AND ends_at >
  TIMESTAMPTZ '2025-03-12 08:30:00+00'
  AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        SUPPORT,
    ),
    (
        "zv077",
        "silences",
        "did anyone silence cart-service yesterday?",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'cart-service'
  AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv078",
        "silences",
        "were any alerts firing while a silence on their service was in effect? which ones",
        """SELECT * FROM alerts a WHERE EXISTS (
  SELECT 1 FROM silences s WHERE s.service = a.service
    AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
    AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
    AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:30:00+00') > s.starts_at)""",
        SUPPORT,
    ),
    (
        "zv079",
        "silences",
        "silences that weren't for the indexer",
        """SELECT * FROM silences WHERE service IS NULL OR service <> 'indexer'""",
        PLATFORM,
    ),
    (
        "zv080",
        "silences",
        "which silence authors never acked anything",
        """SELECT created_by FROM silences EXCEPT SELECT actor FROM audit_log WHERE action = 'ack'""",
        PLATFORM,
    ),
    (
        "zv081",
        "silences",
        "silences that were not expired early",
        """SELECT * FROM silences WHERE expired_at IS NULL""",
        PLATFORM,
    ),
    (
        "zv082",
        "silences",
        "which silences were in effect when the big payments deploy went out",
        """SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND ends_at >
  TIMESTAMPTZ '2025-03-11 14:31:22+00'
  AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        COMMANDER,
    ),
    (
        "zv083",
        "silences",
        "how long was maria's cart silence actually in place before she pulled it",
        """SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1) FROM silences
  WHERE created_by = 'maria.gonzalez@acme.io' AND service = 'cart-service'""",
        COMMANDER,
    ),
    (
        "zv084",
        "silences",
        "silences created since the outage started (the first payments-api alert on the 11th)",
        """SELECT * FROM silences WHERE created_at <= TIMESTAMPTZ '2025-03-13 09:45:00+00' AND created_at >= (
  SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ
    '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        COMMANDER,
    ),
    (
        "zv085",
        "silences",
        "who silenced what on march 11 - the silences created on the 11th and who made them",
        """SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at <
  TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv086",
        "silences",
        "how many silences did jonas create in february - jonas's silence count for february",
        """SELECT count(*) FROM silences WHERE created_by ILIKE '%jonas%'
  AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ
    '2025-03-01 00:00:00+00'""",
        PRODUCT,
    ),
    (
        "zv087",
        "silences",
        "which silences actually muted alerts - the silences alertmanager held alerts back under",
        """SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        PRODUCT,
    ),
    (
        "zv088",
        "silences",
        "I think all the weekly full reindex silences were kenji's. who created them?",
        """SELECT DISTINCT created_by FROM silences WHERE comment ILIKE '%weekly full reindex%'""",
        HUNCH,
    ),
    (
        "zv089",
        "silences",
        "I'm guessing silences on the indexer last about 2 hours. average indexer silence length in hours?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences WHERE service =
  'indexer'""",
        HUNCH,
    ),
    (
        "zv090",
        "silences",
        "bet some silences were created while an incident on their service was open. which?",
        """SELECT * FROM silences s WHERE EXISTS (
  SELECT 1 FROM alert_groups g WHERE g.service = s.service
    AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
    AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ
      '2025-03-19 14:00:00+00'))""",
        HUNCH,
    ),
    (
        "zv091",
        "joins",
        "was there an early warning before the checkout-web incidents yesterday? show me the warnings",
        """SELECT * FROM incident_warnings WHERE service = 'checkout-web' AND opened_at >= TIMESTAMPTZ
  '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv092",
        "joins",
        "did any of yesterday's deploys get blamed for an incident? which deploys",
        """SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM
  incident_suspects)
  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
    '2025-03-12 00:00:00+00'""",
        SUPPORT,
    ),
    (
        "zv093",
        "joins",
        "did anyone ack the payments-api alerts while they were still firing? who",
        """SELECT DISTINCT l.actor FROM audit_log l JOIN alerts a
  ON list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'alertname=' || a.name)
  AND list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'service=' || a.service)
  AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp < a.ends_at)
  WHERE l.action = 'ack' AND a.service = 'payments-api'""",
        SUPPORT,
    ),
    (
        "zv094",
        "joins",
        "incidents without any early warning before them, excluding staging",
        """SELECT * FROM alert_groups WHERE environment <> 'staging' AND id NOT IN (SELECT group_id FROM
  incident_warnings)""",
        PLATFORM,
    ),
    (
        "zv095",
        "joins",
        "deploys with zero alerts on their service in the hour after, not counting argo's",
        """SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor <>
  'argocd (automated)'
  AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical =
    c.environment
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PLATFORM,
    ),
    (
        "zv096",
        "joins",
        "services that alerted but never deployed",
        """SELECT service FROM alerts EXCEPT SELECT service FROM change_events WHERE type = 'deployment' AND
  phase = 'live'""",
        PLATFORM,
    ),
    (
        "zv097",
        "joins",
        "what did the big payments deploy (v2.14.0 to prod) break? the incidents it's the suspect for",
        """SELECT * FROM alert_groups WHERE id IN (SELECT s.group_id FROM incident_suspects s JOIN
  change_events c
  ON c.id = s.change_id WHERE c.service = 'payments-api' AND c.environment = 'production'
  AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND c.type = 'deployment')""",
        COMMANDER,
    ),
    (
        "zv098",
        "joins",
        "log patterns before the checkout-web incidents on outage day",
        """SELECT * FROM incident_log_patterns WHERE group_service = 'checkout-web' AND opened_at >=
  TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COMMANDER,
    ),
    (
        "zv099",
        "joins",
        "for each deploy on outage day (march 11): service, version and how many alerts in the 15 min after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
  FROM change_events c LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical =
    c.environment
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
  WHERE c.type = 'deployment' AND c.phase = 'live' AND c.timestamp >= TIMESTAMPTZ
    '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
  GROUP BY c.id, c.service, c.details, c.version""",
        COMMANDER,
    ),
    (
        "zv100",
        "joins",
        "incidents with their suspect change - each incident and the change blamed for it",
        """SELECT * FROM incident_suspects""",
        PRODUCT,
    ),
    (
        "zv101",
        "joins",
        (
            "how were the resolved incidents fixed - for each incident with a resolution, its service, alert "
            "name and fix"
        ),
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix FROM alert_groups g
  JOIN resolutions r ON r.group_id = g.id""",
        PRODUCT,
    ),
    (
        "zv102",
        "joins",
        (
            "silences created within an hour after an alert on the same service - so the silences that came in "
            "the 60 min after an alert of their service"
        ),
        """SELECT * FROM silences s WHERE EXISTS (
  SELECT 1 FROM alerts a WHERE a.service = s.service
    AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
    AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        PRODUCT,
    ),
    (
        "zv103",
        "joins",
        (
            "I think every rollback came after an incident. show me the rollbacks that had an incident on their"
            " service in the hour before them"
        ),
        """SELECT * FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND EXISTS (
  SELECT 1 FROM alert_groups g WHERE g.service = r.service AND g.environment = r.environment
    AND g.opened_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp)""",
        HUNCH,
    ),
    (
        "zv104",
        "joins",
        "my theory: dpatel's changes cause the most incidents. who caused the most incidents?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
  GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        HUNCH,
    ),
    (
        "zv105",
        "joins",
        (
            "pretty sure the checkout-web alerts came after a payments-api deploy - checkout-web alerts within "
            "15 min after a payments-api deploy"
        ),
        """SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (
  SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service =
    'payments-api'
    AND c.environment = a.environment_canonical
    AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HUNCH,
    ),
    (
        "zv106",
        "refusals",
        "was there any alert on billing-gateway yesterday?",
        "ungrounded",
        SUPPORT,
    ),
    (
        "zv107",
        "refusals",
        "can you ack the checkout alert for me?",
        "asks_to_change_data",
        SUPPORT,
    ),
    (
        "zv108",
        "refusals",
        "is stripe having an outage right now?",
        "not_about_this_data",
        SUPPORT,
    ),
    (
        "zv109",
        "refusals",
        "delete all silences except the indexer ones",
        "asks_to_change_data",
        PLATFORM,
    ),
    (
        "zv110",
        "refusals",
        "alerts in the dr-dublin environment, except the warnings",
        "ungrounded",
        PLATFORM,
    ),
    (
        "zv111",
        "refusals",
        "what's a better alerting tool than alertmanager, other than grafana?",
        "not_about_this_data",
        PLATFORM,
    ),
    (
        "zv112",
        "refusals",
        "after priya's mute on search-api, what fired?",
        "ungrounded",
        COMMANDER,
    ),
    (
        "zv113",
        "refusals",
        "mark the outage incident as resolved",
        "asks_to_change_data",
        COMMANDER,
    ),
    (
        "zv114",
        "refusals",
        "write the postmortem for the outage in our usual template",
        "not_about_this_data",
        COMMANDER,
    ),
    (
        "zv115",
        "refusals",
        "what's our NPS - our net promoter score this quarter",
        "not_about_this_data",
        PRODUCT,
    ),
    (
        "zv116",
        "refusals",
        "revert the rollback - put payments-api v2.14.0 back in production",
        "asks_to_change_data",
        PRODUCT,
    ),
    (
        "zv117",
        "refusals",
        "alerts from the ap-south-1 cluster - the alerts in cluster ap-south-1",
        "ungrounded",
        PRODUCT,
    ),
    (
        "zv118",
        "refusals",
        "I think ledger-service alerted during the outage too? ledger-service alerts on march 11",
        "ungrounded",
        HUNCH,
    ),
    (
        "zv119",
        "refusals",
        "I reckon we should raise the hikari pool to 50, right?",
        "not_about_this_data",
        HUNCH,
    ),
    (
        "zv120",
        "refusals",
        "I think kenji's silence on the indexer is too short, extend it by two hours",
        "asks_to_change_data",
        HUNCH,
    ),
]
