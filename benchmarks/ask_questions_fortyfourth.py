"""The forty-fourth ask question set: ids zy001..zy120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split), the module
docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions), the first
ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo store itself, opened read-only (records
from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). No
deviation: nothing else of the repository was opened, no parser was run. Each row is ``(id, category, question,
gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the
question names a service, project, person, environment, cluster or alert name the store does not hold); any other
gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.
The set is not wired into ``ask_questions`` by its author.

Five people ask the questions, none of whom spoke in an earlier set, all of them people who write reviews, timelines
and reports about incidents (the brief's examples of an incident commander, a postmortem writer, a support escalation
manager, a product manager and a new hire had all been heard in some form, so they were substituted); each asks three
questions in every category (24 each, three of them refusals):

- a help-centre / knowledge-base writer updating the customer-facing known-issues articles, at 16:45 on Wednesday
  12 March: non-technical, short, lower case, describes things by what customers saw ("the checkout page was
  broken", "carts failing", "muted"), with typos ("paymnets-api", "stil", "would of"); "yesterday" is Tuesday the 11th;
- a learning-from-incidents review facilitator reconstructing what responders could see at each moment, at 10:00 on
  Friday 14 March: thoughtful lower case, clock times on "tuesday" ("at 14:40", "minute by minute", "what was hidden
  from the responders right then"), asking about signals, warnings, suspects and silences around the outage;
- the chief of staff to the VP of Engineering compiling the March operations report, at 17:00 on Monday 31 March:
  terse headline style ("March ops report:", "pls", "%", "mins", "vs"), counts, breakdowns, MTTR, percentages and
  who did the most, over "this month" / "in March";
- a finance analyst writing the cost-of-downtime report, at 11:00 on Thursday 13 March: polite full sentences in
  business words ("our payment system", "the customer-facing part I need to cost", "so that it matches our finance
  records"), dates as "11 March" / "12 March", minutes of outage, incidents and who resolved them;
- an engineering-blog writer drafting the public postmortem post, at 15:00 on Wednesday 19 March: context first and
  then the question ("For the write-up ...", "Readers always ask ...", "The blast radius, basically."), dates as
  "March 11", wanting exact times, versions, rollbacks, error lines and quotable silence comments.

49 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts, incidents and
error log lines after, between or before the v2.14.0 deploy and its rollback; deploys followed (or not) by alerts or
incidents; changes before the first payments-api alert and the first critical production alert; incidents and their
suspects, early warnings, log patterns and resolutions; the timeline of alerts and changes; rollbacks while an
incident was open; silences in effect while alerts fired, during incidents, after alerts, at the deploy, and the
alerts Alertmanager held back per silence): five in filters, six in each of time, aggregates, top_n and changes, five
in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now`` after every record: the
  knowledge-base writer at Wednesday 2025-03-12 16:45, the finance analyst at Thursday 2025-03-13 11:00, the review
  facilitator at Friday 2025-03-14 10:00, the blog writer at Wednesday 2025-03-19 15:00 and the chief of staff at
  Monday 2025-03-31 17:00. The knowledge-base writer's "yesterday", the facilitator's "tuesday" and "on March 11" /
  "on 11 March" are ``[2025-03-11, 2025-03-12)``; "On 12 March" is ``[2025-03-12, 2025-03-13)``; "this month" / "in
  March" (the chief of staff) runs from 2025-03-01 to now, "last month" is ``[2025-02-01, 2025-03-01)``; "since 1
  March" runs to now; "between 1 January and 11 March 2025 inclusive" is ``[2025-01-01, 2025-03-12)``; "between 14:30
  and 15:30 UTC", "between 14:30 and 15:00", "between 14:25 and 15:05" and "18:00 to 06:00 UTC" (March 11 into March
  12) include their start and exclude their end. A thing is in a window by its own time (an alert's ``starts_at``, a
  change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log line's ``timestamp``, a
  warning's ``starts_at``); "right now" / "still going off" is the state at now, "at 14:40 / 14:50 on tuesday" the
  state at that instant (firing: ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``).
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences ("the
  mute") the ``silences`` view's rows, log lines ``log_events``' rows ("error log lines" ``is_error``), early warnings
  ``warnings`` / ``incident_warnings``. Changes are their ``phase = 'live'`` reports: "deploys" ``type =
  'deployment'``, "rollbacks" ``type = 'rollback'``, "feature flag changes" ``type = 'flag_change'``; "what changed"
  and "everything that went live" every live report, scale events included. A version is ``coalesce(details['ref'],
  version)``; the version live in production at a moment is that of the last live deployment or rollback there up to
  it. People are answered as stored ("who deployed to prod the most" counts ``actor`` as it is, the bot included).
  "checkout-web" is the checkout page, "payments-api (our payment system)" that service; "the checkout project" is
  ``project = 'checkout'``; "the hikari alert" is the alert named ``HikariPoolPendingConnections``.
- Named events: "v2.14.0 went live in production" / "the payments-api v2.14.0 (prod) deploy" / "the paymnets-api
  deploy yesterday" is payments-api's live production deployment of v2.14.0 (14:31:22 on the 11th), "the rollback" /
  "the payments-api rollback" its live production rollback (14:56:37); both written as literals. "The first
  payments-api / checkout-web alert on March 11" is the earliest start of that service's alerts that day, "the first
  critical production alert on tuesday" the earliest critical production alert that day, each a scalar subquery (or a
  ``min``). Windows around one named event take every service ("any service") unless the question names one; changes
  before a named alert are those of production (the alert's environment) in ``[t - N, t]``; "from the deploy until
  the rollback" includes both ends; the time from the deploy to "the first payments-api alert" is to the first one at
  or after it; alerts "still firing at the moment the rollback went live" are firing at that instant; the "5 latest
  alerts before the rollback" are the five latest starts at or before it, newest first.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; stored change, incident and log environments are already ``production`` and
  ``staging``; warnings on their ``service`` and ``environment`` labels): an alert or incident "within N after" a
  deploy or flag change starts (opens) in ``[t, t + N]``; a deploy "followed by" an alert or incident has one there,
  "never followed" / "no alert ... in the 15 min after" / "zero alerts ... in the hour after" none (anti-joins);
  "cart-service alerts after a payments-api deploy" meet each on its own named service in the same environment. An
  incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved): a rollback "while an incident on the
  same service was still open" has its time in that span, a silence "created during an incident" its ``created_at``.
  A silence is in effect from ``starts_at`` to its end or its expiry, whichever came first, and meets the other side
  on its service and, when it pins one, its environment: alerts "firing on a service while it was muted" and
  incidents "with a silence in effect while they were open" share a moment with it (an alert still firing runs to
  now); silences "in effect at 14:50" / "at the moment v2.14.0 went live" are active at that instant, any service; a
  silence "created within an hour after an alert" was created in ``[starts_at, starts_at + 60 min]`` of an alert of
  its service. "Suspect change" and "changes blamed for incidents" mean ``incident_suspects`` (the changes
  themselves are the ``change_events`` rows it names; "the incidents yesterday" narrows the incidents);
  "incidents with no suspect change" have no row there; "had an early warning before them" is a row in
  ``incident_warnings``; "how many alerts did Alertmanager actually hold back under it" counts ``alert_mutes`` rows
  whose ``silenced_by`` names the silence, zeros included. "For each X: a, b and how many Y" is one row per X with
  those columns and a count, zeros included (a ``LEFT JOIN``); "on average, how many alerts ... after each production
  deployment" is the mean of those counts. "Error lines while the hikari alert was firing" are payments-api's
  production error lines inside that alert's span, counted.
- Aggregates: durations in minutes to one decimal; time to resolve / "time it took to fix" of incidents runs from
  ``opened_at`` to ``resolved_at`` of the resolved ones; alert durations (average, median, p95) are of the alerts that
  ended; "incidents that lasted longer than 30 minutes" and "the 3 longest incidents" measure an unresolved one until
  now; "how long payments-api was down on 11 March" runs from the first of its alerts' start that day to the last
  one's end (now for one still firing); "how long the cart-service silence was actually in place" runs from its start
  to its end or expiry, whichever came first; "average silence length as set" is ``starts_at`` to ``ends_at``; a
  suspect's lag is ``lag_s`` in minutes; percentages are ``round(100.0 * part / whole, 1)``, medians and percentiles
  ``quantile_cont`` to one decimal; "incidents this month vs last month" is the two counts side by side; per-hour,
  per-minute and per-day counts are UTC buckets with the count, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses (the top 3
  people by resolved incidents tie at the top and end at the last resolver); "which service / who ... the most" and
  "busiest day" ask for one row; "the 3 longest incidents", "the three most recent rollbacks" and "the 5 latest
  alerts" are whole rows; "which service had the most alerts in the hour after the v2.14.0 deploy" and "which 3
  services logged the most error lines between the deploy and the rollback" rank every service in that window.
- Refusals: the service "mobile-app" and "settlement-worker", the "ap-south-1" cluster, the "uat" environment and the
  person alex.chen are ungrounded (none appears in any alert, change, silence, log or metric); blameless versus
  just-culture reviews, wording an apology article, an MTTR target, revenue per minute and a postmortem headline are
  not about this data; marking an incident resolved, resolving it, changing its end time, adding a note to an
  incident and deleting silences ask to change the data.
"""

KNOWLEDGE_BASE = "2025-03-12T16:45:00Z"
FINANCE = "2025-03-13T11:00:00Z"
REVIEW = "2025-03-14T10:00:00Z"
BLOG = "2025-03-19T15:00:00Z"
OPS_REPORT = "2025-03-31T17:00:00Z"

ROWS = [
    # filters
    (
        "zy001",
        "filters",
        'customers told us the checkout page was broken yesterday. what alerts did checkout-web have '
        'yesterday?',
        """SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy002",
        "filters",
        'For the timeline: what was firing at 14:40 UTC on Tuesday? I want exactly what a responder would '
        'have seen on the board at that moment.',
        """SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:40:00+00' AND (ends_at IS NULL OR
           ends_at > TIMESTAMPTZ '2025-03-11 14:40:00+00')""",
        REVIEW,
    ),
    (
        "zy003",
        "filters",
        'March ops report: every critical incident this month pls',
        """SELECT * FROM alert_groups WHERE max_severity = 'critical' AND opened_at >= TIMESTAMPTZ
           '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy004",
        "filters",
        'Could you list the alerts on payments-api (our payment system) from 11 March that were rated '
        'critical?',
        """SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical' AND starts_at >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy005",
        "filters",
        "I'm drafting the public postmortem and want to show readers what the checkout side looked like. "
        'Which alerts in the checkout project fired on March 11 between 14:30 and 15:30 UTC?',
        """SELECT * FROM alerts WHERE project = 'checkout' AND starts_at >= TIMESTAMPTZ
           '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        BLOG,
    ),
    (
        "zy006",
        "filters",
        'what alerts went off in production in the 15 minutes after paymnets-api v2.14.0 went out '
        'yesterday? any service, not just payments',
        """SELECT * FROM alerts WHERE environment_canonical = 'production' AND starts_at BETWEEN TIMESTAMPTZ
           '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy007",
        "filters",
        "which of tuesday's incidents had an early warning before them? trying to understand what signals "
        'were there to be noticed',
        """SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00' AND id IN (SELECT group_id FROM incident_warnings)""",
        REVIEW,
    ),
    (
        "zy008",
        "filters",
        'March ops report - prod deploys this month that were followed by an incident on the same service '
        'within the hour',
        """SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment =
           'production' AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND d.timestamp <= TIMESTAMPTZ
           '2025-03-31 17:00:00+00' AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = d.service AND
           g.environment = d.environment AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60
           MINUTE)""",
        OPS_REPORT,
    ),
    (
        "zy009",
        "filters",
        'Which alerts were raised while payments-api v2.14.0 was live in production, that is from its '
        'deployment until the rollback went live?',
        """SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND starts_at <=
           TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        FINANCE,
    ),
    (
        "zy010",
        "filters",
        'For the write-up I want to quote the actual errors: which payments-api error log lines came in '
        'during the 5 minutes after v2.14.0 went live in production?',
        """SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND is_error
           AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:31:22+00'
           + INTERVAL 5 MINUTE""",
        BLOG,
    ),
    (
        "zy011",
        "filters",
        "what's stil going off right now in production? need to know if the known-issues page should stay "
        'up',
        """SELECT * FROM alerts WHERE environment_canonical = 'production' AND starts_at <= TIMESTAMPTZ
           '2025-03-12 16:45:00+00' AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 16:45:00+00')""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy012",
        "filters",
        'on tuesday, which alerts resolved themselves within 5 minutes? the ones that came and went '
        'before anyone could look',
        """SELECT * FROM alerts WHERE status = 'resolved' AND ends_at - starts_at <= INTERVAL 5 MINUTE AND
           starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy013",
        "filters",
        'incidents opened this month that still have no resolution written up',
        """SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <=
           TIMESTAMPTZ '2025-03-31 17:00:00+00' AND id NOT IN (SELECT group_id FROM resolutions)""",
        OPS_REPORT,
    ),
    (
        "zy014",
        "filters",
        'Please list the incidents of 11 March that lasted longer than 30 minutes.',
        """SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00' AND coalesce(resolved_at, TIMESTAMPTZ '2025-03-13 11:00:00+00')
           - opened_at > INTERVAL 30 MINUTE""",
        FINANCE,
    ),
    (
        "zy015",
        "filters",
        "All the feature flag changes made in production on March 11, whole rows please - I'm checking "
        'none of them is part of the story.',
        """SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment =
           'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
           '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    # time
    (
        "zy016",
        "time",
        'how many alerts per hour yesterday? trying to work out when users would of first noticed',
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts WHERE
           starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00' GROUP BY hour ORDER BY alerts DESC, hour""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy017",
        "time",
        'minute by minute, how many alerts started between 14:30 and 15:00 on tuesday?',
        """SELECT date_trunc('minute', starts_at) AS minute, count(*) AS alerts FROM alerts WHERE starts_at >=
           TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00' GROUP BY
           minute ORDER BY alerts DESC, minute""",
        REVIEW,
    ),
    (
        "zy018",
        "time",
        'alerts per day this month, for the ops report',
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at
           >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP
           BY day ORDER BY alerts DESC, day""",
        OPS_REPORT,
    ),
    (
        "zy019",
        "time",
        'On 12 March, how many alerts did we receive in each hour?',
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts WHERE
           starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-13 00:00:00+00' GROUP BY hour ORDER BY alerts DESC, hour""",
        FINANCE,
    ),
    (
        "zy020",
        "time",
        'Setting the scene for the overnight part of the post: how many alerts fired overnight from March '
        '11 into March 12, 18:00 to 06:00 UTC?',
        """SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' AND starts_at <
           TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        BLOG,
    ),
    (
        "zy021",
        "time",
        'when did the first checkout-web alert start yesterday?',
        """SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy022",
        "time",
        'the alerts and changes per minute in production on tuesday between 14:25 and 15:05, the raw '
        'timeline i can lay next to the chat log',
        """SELECT * FROM timeline WHERE environment = 'production' AND bucket >= TIMESTAMPTZ
           '2025-03-11 14:25:00+00' AND bucket < TIMESTAMPTZ '2025-03-11 15:05:00+00'""",
        REVIEW,
    ),
    (
        "zy023",
        "time",
        'incidents this month vs last month',
        """SELECT count(*) FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <=
           TIMESTAMPTZ '2025-03-31 17:00:00+00') AS incidents_this_month, count(*) FILTER (WHERE opened_at >=
           TIMESTAMPTZ '2025-02-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00') AS
           incidents_last_month FROM alert_groups""",
        OPS_REPORT,
    ),
    (
        "zy024",
        "time",
        'What was the total time, in minutes, that payments-api was down on 11 March?',
        """SELECT round(epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 11:00:00+00')) - min(starts_at)) /
           60, 1) AS minutes_down FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy025",
        "time",
        'How many minutes was v2.14.0 live in production before the rollback went live? Readers always '
        'ask how long the bad version was out.',
        """SELECT round(epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00' - TIMESTAMPTZ '2025-03-11 14:31:22+00') /
           60, 1) AS minutes""",
        BLOG,
    ),
    (
        "zy026",
        "time",
        'what changed on payments-api in the hour before its first alert yesterday?',
        """SELECT * FROM change_events WHERE service = 'payments-api' AND phase = 'live' AND environment =
           'production' AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
           AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service
           = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00')""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy027",
        "time",
        'how long after v2.14.0 went live in prod did the first payments-api alert fire? minutes please, '
        "it's the gap between change and signal i'm interested in",
        """SELECT round(epoch(min(starts_at) - TIMESTAMPTZ '2025-03-11 14:31:22+00') / 60, 1) AS minutes FROM
           alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        REVIEW,
    ),
    (
        "zy028",
        "time",
        'mins from the first payments-api alert on march 11 to the rollback going live',
        """SELECT round(epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00' - min(starts_at)) / 60, 1) AS minutes FROM
           alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy029",
        "time",
        'How many minutes passed between the first checkout-web alert on 11 March and the payments-api '
        'rollback going live? That is the customer-facing part I need to cost.',
        """SELECT round(epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00' - min(starts_at)) / 60, 1) AS minutes FROM
           alerts WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy030",
        "time",
        'From the moment v2.14.0 went live in production until the rollback went live, how many '
        "payments-api error log lines were there? I'd like a number for the 'impact' paragraph.",
        """SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND
           is_error AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND timestamp <= TIMESTAMPTZ
           '2025-03-11 14:56:37+00'""",
        BLOG,
    ),
    # aggregates
    (
        "zy031",
        "aggregates",
        'how many alerts did we have yesterday altogether?',
        """SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy032",
        "aggregates",
        "what share of tuesday's alerts were critical, as a percent?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy033",
        "aggregates",
        'mean time to resolve for incidents opened in March, in minutes',
        """SELECT round(avg(epoch(resolved_at - opened_at)) / 60, 1) AS mttr_min FROM alert_groups WHERE
           resolved_at IS NOT NULL AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <=
           TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy034",
        "aggregates",
        'How many incidents were there in total on 11 March?',
        """SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy035",
        "aggregates",
        "How many distinct services alerted on March 11? I want to say 'X services were affected' and be "
        'right.',
        """SELECT count(DISTINCT service) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
           AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    (
        "zy036",
        "aggregates",
        'whats the avg time it took to fix the incidents from yesterday, in minutes',
        """SELECT round(avg(epoch(resolved_at - opened_at)) / 60, 1) AS avg_min FROM alert_groups WHERE
           resolved_at IS NOT NULL AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy037",
        "aggregates",
        "on average how many minutes before each of tuesday's incidents did its suspect change land?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_min FROM incident_suspects WHERE opened_at >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy038",
        "aggregates",
        'median alert duration in March, mins (resolved ones)',
        """SELECT round(quantile_cont(epoch(ends_at - starts_at) / 60, 0.5), 1) AS median_min FROM alerts WHERE
           ends_at IS NOT NULL AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <=
           TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy039",
        "aggregates",
        'Of the alerts on 11 March that have ended, what was their average length in minutes?',
        """SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) AS avg_min FROM alerts WHERE ends_at IS NOT
           NULL AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy040",
        "aggregates",
        'What was the 95th percentile alert duration on March 11, in minutes, counting only the alerts '
        'that resolved?',
        """SELECT round(quantile_cont(epoch(ends_at - starts_at) / 60, 0.95), 1) AS p95_min FROM alerts WHERE
           ends_at IS NOT NULL AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    (
        "zy041",
        "aggregates",
        'how many alerts went off in the 30 min after the paymnets-api deploy yesterday? any service '
        'counts',
        """SELECT count(*) FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND
           TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy042",
        "aggregates",
        "what percent of tuesday's incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) /
           count(*), 1) AS pct FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy043",
        "aggregates",
        '% of prod deploys in March followed by an alert on the same service within 15 min',
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service =
           d.service AND a.environment_canonical = d.environment AND a.starts_at BETWEEN d.timestamp AND
           d.timestamp + INTERVAL 15 MINUTE)) / count(*), 1) AS pct FROM change_events d WHERE d.type =
           'deployment' AND d.phase = 'live' AND d.environment = 'production' AND d.timestamp >= TIMESTAMPTZ
           '2025-03-01 00:00:00+00' AND d.timestamp <= TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy044",
        "aggregates",
        'On average, how many alerts fired on the same service in the 15 minutes after each production '
        'deployment on 11 March?',
        """SELECT round(avg(n), 1) AS avg_alerts FROM (SELECT d.id, count(a.fingerprint) AS n FROM
           change_events d LEFT JOIN alerts a ON a.service = d.service AND a.environment_canonical =
           d.environment AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE WHERE d.type
           = 'deployment' AND d.phase = 'live' AND d.environment = 'production' AND d.timestamp >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY d.id)""",
        FINANCE,
    ),
    (
        "zy045",
        "aggregates",
        'How many of the incidents that opened on March 11 had a suspect change pinned on them?',
        """SELECT count(DISTINCT group_id) FROM incident_suspects WHERE opened_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    # top_n
    (
        "zy046",
        "top_n",
        'which service had the most alerts yesterday',
        """SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service ORDER
           BY alerts DESC, service LIMIT 1""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy047",
        "top_n",
        'the 5 latest alerts before the rollback went live on tuesday - what was the last thing '
        'responders saw before they pulled it',
        """SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00' ORDER BY starts_at DESC
           LIMIT 5""",
        REVIEW,
    ),
    (
        "zy048",
        "top_n",
        'top 3 services by incidents this month',
        """SELECT service, count(*) AS incidents FROM alert_groups WHERE opened_at >= TIMESTAMPTZ
           '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP BY service
           ORDER BY incidents DESC, service LIMIT 3""",
        OPS_REPORT,
    ),
    (
        "zy049",
        "top_n",
        'Which service had the most critical alerts overall?',
        """SELECT service, count(*) AS alerts FROM alerts WHERE severity = 'critical' GROUP BY service ORDER BY
           alerts DESC, service LIMIT 1""",
        FINANCE,
    ),
    (
        "zy050",
        "top_n",
        'What were the top 3 alert names in production on March 11?',
        """SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' AND starts_at
           >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP
           BY name ORDER BY alerts DESC, name LIMIT 3""",
        BLOG,
    ),
    (
        "zy051",
        "top_n",
        'top 2 alert names yesterday? want to name them in the article',
        """SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
           AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY name ORDER BY alerts DESC, name LIMIT
           2""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy052",
        "top_n",
        'the 3 longest incidents on tuesday',
        """SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00' ORDER BY coalesce(resolved_at, TIMESTAMPTZ
           '2025-03-14 10:00:00+00') - opened_at DESC LIMIT 3""",
        REVIEW,
    ),
    (
        "zy053",
        "top_n",
        'busiest day this month by alerts',
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at
           >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP
           BY day ORDER BY alerts DESC, day LIMIT 1""",
        OPS_REPORT,
    ),
    (
        "zy054",
        "top_n",
        'Which three people resolved the most incidents?',
        """SELECT resolved_by, count(*) AS incidents FROM resolutions GROUP BY resolved_by ORDER BY incidents
           DESC, resolved_by LIMIT 3""",
        FINANCE,
    ),
    (
        "zy055",
        "top_n",
        'The three most recent rollbacks, please - I want to mention that rolling back is routine for us.',
        """SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' ORDER BY timestamp DESC LIMIT
           3""",
        BLOG,
    ),
    (
        "zy056",
        "top_n",
        'which service had the most alerts in the hour after the payments-api v2.14.0 deploy? any service',
        """SELECT service, count(*) AS alerts FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ
           '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE GROUP BY
           service ORDER BY alerts DESC, service LIMIT 1""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy057",
        "top_n",
        'which 2 services had the most incidents that had an early warning before them?',
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings GROUP BY service ORDER
           BY incidents DESC, service LIMIT 2""",
        REVIEW,
    ),
    (
        "zy058",
        "top_n",
        'whose changes were blamed for the most incidents? top 2',
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects GROUP BY change_actor ORDER BY
           incidents DESC, change_actor LIMIT 2""",
        OPS_REPORT,
    ),
    (
        "zy059",
        "top_n",
        'Which two services had the most alerts within 15 minutes after one of their own deployments?',
        """SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events d WHERE
           d.type = 'deployment' AND d.phase = 'live' AND d.service = a.service AND d.environment =
           a.environment_canonical AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 2""",
        FINANCE,
    ),
    (
        "zy060",
        "top_n",
        'Which 3 services logged the most error lines between v2.14.0 going live in production and the '
        'rollback going live? The blast radius, basically.',
        """SELECT service, count(*) AS error_lines FROM log_events WHERE is_error AND timestamp >= TIMESTAMPTZ
           '2025-03-11 14:31:22+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 14:56:37+00' GROUP BY service
           ORDER BY error_lines DESC, service LIMIT 3""",
        BLOG,
    ),
    # changes
    (
        "zy061",
        "changes",
        'what changed on checkout-web yesterday',
        """SELECT * FROM change_events WHERE service = 'checkout-web' AND phase = 'live' AND timestamp >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy062",
        "changes",
        'which version of payments-api was live in production at 14:45 on tuesday?',
        """SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service =
           'payments-api' AND environment = 'production' AND phase = 'live' AND type IN ('deployment',
           'rollback') AND timestamp <= TIMESTAMPTZ '2025-03-11 14:45:00+00' ORDER BY timestamp DESC LIMIT 1""",
        REVIEW,
    ),
    (
        "zy063",
        "changes",
        'how many prod deploys this month, per service',
        """SELECT service, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live'
           AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp
           <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP BY service ORDER BY deploys DESC, service""",
        OPS_REPORT,
    ),
    (
        "zy064",
        "changes",
        'Which version of payments-api is running in production now?',
        """SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service =
           'payments-api' AND environment = 'production' AND phase = 'live' AND type IN ('deployment',
           'rollback') ORDER BY timestamp DESC LIMIT 1""",
        FINANCE,
    ),
    (
        "zy065",
        "changes",
        "List the service, version and time of every rollback - I'd like a small table in the post.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events WHERE
           type = 'rollback' AND phase = 'live'""",
        BLOG,
    ),
    (
        "zy066",
        "changes",
        'who rolled back paymnets-api yesterday',
        """SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'rollback' AND
           phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
           '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy067",
        "changes",
        'which deploys on tuesday were followed by an alert on the same service within 15 minutes?',
        """SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.timestamp >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND
           EXISTS (SELECT 1 FROM alerts a WHERE a.service = d.service AND a.environment_canonical =
           d.environment AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        REVIEW,
    ),
    (
        "zy068",
        "changes",
        'who deployed to prod the most in March',
        """SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live'
           AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp
           <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        OPS_REPORT,
    ),
    (
        "zy069",
        "changes",
        'Who made the payments-api v2.14.0 deployment to production, and when?',
        """SELECT actor, timestamp FROM change_events WHERE service = 'payments-api' AND type = 'deployment'
           AND phase = 'live' AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0'""",
        FINANCE,
    ),
    (
        "zy070",
        "changes",
        'Which deploys on March 11 were never followed by an incident on their service within the hour? '
        'The quiet ones, for contrast.',
        """SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.timestamp >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND NOT
           EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = d.service AND g.environment = d.environment
           AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        BLOG,
    ),
    (
        "zy071",
        "changes",
        'which changes got blamed for the incidents yesterday?',
        """SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects WHERE opened_at >=
           TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy072",
        "changes",
        'changes in production in the 30 minutes before the first critical production alert on tuesday',
        """SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' AND timestamp
           BETWEEN (SELECT min(starts_at) FROM alerts WHERE severity = 'critical' AND environment_canonical =
           'production' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE severity
           = 'critical' AND environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        REVIEW,
    ),
    (
        "zy073",
        "changes",
        "how many of March's prod deploys had no alert on their service in the 15 min after?",
        """SELECT count(*) FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND
           d.environment = 'production' AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND d.timestamp
           <= TIMESTAMPTZ '2025-03-31 17:00:00+00' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service =
           d.service AND a.environment_canonical = d.environment AND a.starts_at BETWEEN d.timestamp AND
           d.timestamp + INTERVAL 15 MINUTE)""",
        OPS_REPORT,
    ),
    (
        "zy074",
        "changes",
        'Which rollbacks were carried out while an incident on the same service was still open?',
        """SELECT * FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND EXISTS (SELECT 1
           FROM alert_groups g WHERE g.service = r.service AND g.environment = r.environment AND g.opened_at <=
           r.timestamp AND (g.resolved_at IS NULL OR g.resolved_at > r.timestamp))""",
        FINANCE,
    ),
    (
        "zy075",
        "changes",
        'Everything that went live on payments-api in production on March 11, in order - the change side '
        'of my timeline.',
        """SELECT * FROM change_events WHERE service = 'payments-api' AND environment = 'production' AND phase
           = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ
           '2025-03-12 00:00:00+00' ORDER BY timestamp""",
        BLOG,
    ),
    # silences
    (
        "zy076",
        "silences",
        'which silences were created yesterday?',
        """SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy077",
        "silences",
        'which silences were in effect at 14:50 on tuesday? what was hidden from the responders right '
        'then',
        """SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00' AND ends_at >
           TIMESTAMPTZ '2025-03-11 14:50:00+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ
           '2025-03-11 14:50:00+00')""",
        REVIEW,
    ),
    (
        "zy078",
        "silences",
        'silences created in March, count per person',
        """SELECT created_by, count(*) AS silences FROM silences WHERE created_at >= TIMESTAMPTZ
           '2025-03-01 00:00:00+00' AND created_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00' GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        OPS_REPORT,
    ),
    (
        "zy079",
        "silences",
        'Which silences were expired early, and by whom?',
        """SELECT * FROM silences WHERE expired_early""",
        FINANCE,
    ),
    (
        "zy080",
        "silences",
        'Who created silences on March 11, and when?',
        """SELECT created_by, created_at FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
           AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    (
        "zy081",
        "silences",
        'who put the mute on cart-service during the outage and who took it off?',
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy082",
        "silences",
        'how long was the cart-service silence actually in place, in minutes?',
        """SELECT round(epoch(least(ends_at, coalesce(expired_at, ends_at)) - starts_at) / 60, 1) AS minutes
           FROM silences WHERE service = 'cart-service'""",
        REVIEW,
    ),
    (
        "zy083",
        "silences",
        'avg silence length as set, mins, for silences created in March',
        """SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) AS avg_min FROM silences WHERE created_at >=
           TIMESTAMPTZ '2025-03-01 00:00:00+00' AND created_at <= TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy084",
        "silences",
        'How many silences were created in total between 1 January and 11 March 2025 inclusive?',
        """SELECT count(*) FROM silences WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND
           created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "zy085",
        "silences",
        'The comments people left on the silences they created on March 11 - silence id, author and '
        'comment. I may quote one.',
        """SELECT silence_id, created_by, comment FROM silences WHERE created_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BLOG,
    ),
    (
        "zy086",
        "silences",
        'yesterday, were any alerts firing on a service while that service was muted? which ones',
        """SELECT * FROM alerts a WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM silences s WHERE s.service =
           a.service AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
           AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) AND coalesce(a.ends_at,
           TIMESTAMPTZ '2025-03-12 16:45:00+00') > s.starts_at)""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy087",
        "silences",
        'which silences on tuesday were created during an incident on the same service?',
        """SELECT * FROM silences s WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND s.created_at
           < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service =
           s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) AND
           s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        REVIEW,
    ),
    (
        "zy088",
        "silences",
        'silences created this month within an hour after an alert on the same service',
        """SELECT * FROM silences s WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND s.created_at
           <= TIMESTAMPTZ '2025-03-31 17:00:00+00' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service =
           s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
           AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        OPS_REPORT,
    ),
    (
        "zy089",
        "silences",
        'For each silence created since 1 March, how many alerts did Alertmanager actually hold back '
        'under it?',
        """SELECT s.silence_id, count(m.id) AS muted_alerts FROM silences s LEFT JOIN alert_mutes m ON
           list_contains(m.silenced_by, s.silence_id) WHERE s.created_at >= TIMESTAMPTZ
           '2025-03-01 00:00:00+00' AND s.created_at <= TIMESTAMPTZ '2025-03-13 11:00:00+00' GROUP BY
           s.silence_id ORDER BY muted_alerts DESC, s.silence_id""",
        FINANCE,
    ),
    (
        "zy090",
        "silences",
        'Which silences were in effect at the moment payments-api v2.14.0 went live in production? Any '
        'service - I want to be sure nothing was hiding the early signs.',
        """SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND ends_at >
           TIMESTAMPTZ '2025-03-11 14:31:22+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ
           '2025-03-11 14:31:22+00')""",
        BLOG,
    ),
    # joins
    (
        "zy091",
        "joins",
        'yesterday, which alerts started within 15 min after a deploy of the same service?',
        """SELECT * FROM alerts a WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM change_events d WHERE d.type =
           'deployment' AND d.phase = 'live' AND d.service = a.service AND d.environment =
           a.environment_canonical AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy092",
        "joins",
        "which of tuesday's incidents had no suspect change at all?",
        """SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND g.id NOT IN (SELECT group_id FROM
           incident_suspects)""",
        REVIEW,
    ),
    (
        "zy093",
        "joins",
        'log patterns before the critical incidents this month',
        """SELECT p.* FROM incident_log_patterns p JOIN alert_groups g ON g.id = p.group_id WHERE
           g.max_severity = 'critical' AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND g.opened_at
           <= TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy094",
        "joins",
        'Which incidents were caused by a deployment? The incidents with their suspect deployment, '
        'please.',
        """SELECT * FROM incident_suspects WHERE change_type = 'deployment'""",
        FINANCE,
    ),
    (
        "zy095",
        "joins",
        "How many payments-api error lines were logged while the hikari alert was firing? It's the "
        'pool-exhaustion alert, HikariPoolPendingConnections.',
        """SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.environment = 'production'
           AND l.is_error AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = 'HikariPoolPendingConnections' AND
           l.timestamp >= a.starts_at AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ
           '2025-03-19 15:00:00+00'))""",
        BLOG,
    ),
    (
        "zy096",
        "joins",
        'for each deploy yesterday give me the service, the time and how many alerts that service got in '
        'the next 30 min',
        """SELECT d.service, d.timestamp, count(a.fingerprint) AS alerts FROM change_events d LEFT JOIN alerts
           a ON a.service = d.service AND a.environment_canonical = d.environment AND a.starts_at BETWEEN
           d.timestamp AND d.timestamp + INTERVAL 30 MINUTE WHERE d.type = 'deployment' AND d.phase = 'live'
           AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND d.timestamp < TIMESTAMPTZ
           '2025-03-12 00:00:00+00' GROUP BY d.id, d.service, d.timestamp""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy097",
        "joins",
        "tuesday's incidents with their suspect change: the incident's service, alert name, when it "
        "opened, and the change's summary and who made it",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_summary, change_actor FROM
           incident_suspects WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at <
           TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy098",
        "joins",
        "how were March's incidents resolved - incident service, when it opened, the fix and who resolved "
        'it',
        """SELECT g.service, g.opened_at, r.fix, r.resolved_by FROM alert_groups g JOIN resolutions r ON
           r.group_id = g.id WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND g.opened_at <=
           TIMESTAMPTZ '2025-03-31 17:00:00+00'""",
        OPS_REPORT,
    ),
    (
        "zy099",
        "joins",
        'Which alerts were still firing at the moment the payments-api rollback went live on 11 March?',
        """SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00' AND (ends_at IS NULL OR
           ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        FINANCE,
    ),
    (
        "zy100",
        "joins",
        'For each early warning on March 11, how many alerts on its service started in the 15 minutes '
        "after it? The warning's start, its service and the count.",
        """SELECT w.starts_at, w.labels['service'] AS service, count(a.fingerprint) AS alerts FROM warnings w
           LEFT JOIN alerts a ON a.service = w.labels['service'] AND a.environment_canonical =
           w.labels['environment'] AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND w.starts_at < TIMESTAMPTZ
           '2025-03-12 00:00:00+00' GROUP BY w.id, w.starts_at, w.labels['service']""",
        BLOG,
    ),
    (
        "zy101",
        "joins",
        'did cart-service get any alerts in the 15 minutes after a payments-api deploy? customers saw '
        'their carts failing too',
        """SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM change_events d
           WHERE d.service = 'payments-api' AND d.type = 'deployment' AND d.phase = 'live' AND d.environment =
           a.environment_canonical AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        KNOWLEDGE_BASE,
    ),
    (
        "zy102",
        "joins",
        'which early warnings came before the checkout-web incidents on tuesday?',
        """SELECT * FROM incident_warnings WHERE service = 'checkout-web' AND opened_at >= TIMESTAMPTZ
           '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REVIEW,
    ),
    (
        "zy103",
        "joins",
        'prod deploys in March with zero alerts on the same service in the hour after',
        """SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment =
           'production' AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND d.timestamp <= TIMESTAMPTZ
           '2025-03-31 17:00:00+00' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = d.service AND
           a.environment_canonical = d.environment AND a.starts_at BETWEEN d.timestamp AND d.timestamp +
           INTERVAL 60 MINUTE)""",
        OPS_REPORT,
    ),
    (
        "zy104",
        "joins",
        'Which incidents opened within 30 minutes after a production feature flag change on the same '
        'service?',
        """SELECT * FROM alert_groups g WHERE g.environment = 'production' AND EXISTS (SELECT 1 FROM
           change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
           AND c.service = g.service AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        FINANCE,
    ),
    (
        "zy105",
        "joins",
        'Which incidents on March 11 had a silence in effect on their service at some point while they '
        "were open? I'd rather find out now than from a reader.",
        """SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND
           g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM silences s WHERE
           s.service = g.service AND (s.environment_canonical IS NULL OR s.environment_canonical =
           g.environment) AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-19 15:00:00+00') AND
           least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        BLOG,
    ),
    # refusals
    (
        "zy106",
        "refusals",
        'were there alerts on the mobile-app service yesterday? some ppl said the app was broken too',
        "ungrounded",
        KNOWLEDGE_BASE,
    ),
    (
        "zy107",
        "refusals",
        "what's the difference between a blameless review and a just-culture review, and which should we "
        'run?',
        "not_about_this_data",
        REVIEW,
    ),
    (
        "zy108",
        "refusals",
        'March ops report: incidents on the ap-south-1 cluster this month',
        "ungrounded",
        OPS_REPORT,
    ),
    (
        "zy109",
        "refusals",
        'How many alerts did the uat environment have on 11 March?',
        "ungrounded",
        FINANCE,
    ),
    (
        "zy110",
        "refusals",
        'Which deploys did alex.chen make on March 11? A colleague said he was involved.',
        "ungrounded",
        BLOG,
    ),
    (
        "zy111",
        "refusals",
        'how do i write a help article that says sorry without admitting fault?',
        "not_about_this_data",
        KNOWLEDGE_BASE,
    ),
    (
        "zy112",
        "refusals",
        "add a note to tuesday's HikariPoolPendingConnections incident saying the responders had no "
        'dashboard for the pool',
        "asks_to_change_data",
        REVIEW,
    ),
    (
        "zy113",
        "refusals",
        'what should our MTTR target be for next quarter?',
        "not_about_this_data",
        OPS_REPORT,
    ),
    (
        "zy114",
        "refusals",
        'What is our revenue per minute on the checkout page, so I can multiply it by the outage minutes?',
        "not_about_this_data",
        FINANCE,
    ),
    (
        "zy115",
        "refusals",
        "What's a good headline for a public postmortem about a bad deploy?",
        "not_about_this_data",
        BLOG,
    ),
    (
        "zy116",
        "refusals",
        'pls mark the checkout incident from yesterday as resolved so the status looks right',
        "asks_to_change_data",
        KNOWLEDGE_BASE,
    ),
    (
        "zy117",
        "refusals",
        'what did the on-call see for settlement-worker on tuesday, alert by alert?',
        "ungrounded",
        REVIEW,
    ),
    (
        "zy118",
        "refusals",
        'delete the February test silences from the store before I pull the numbers',
        "asks_to_change_data",
        OPS_REPORT,
    ),
    (
        "zy119",
        "refusals",
        'Please change the end time of the payments-api incident to 15:00 so that it matches our finance '
        'records.',
        "asks_to_change_data",
        FINANCE,
    ),
    (
        "zy120",
        "refusals",
        "Resolve the still-open checkout flow incident before the post goes out - it looks bad that it's "
        'open.',
        "asks_to_change_data",
        BLOG,
    ),
]
