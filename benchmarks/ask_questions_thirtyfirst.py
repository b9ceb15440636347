"""The thirty-first ask question set: ids zl001..zl120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is
not wired in by its author), the module docstrings of the earlier sets (to choose people who had not spoken before and
to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person,
environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the roles the brief suggested had all been used,
so others close to the product and the customer stand in for them); each asks three questions in every category (24
each, three of them refusals):

- a growth-marketing manager whose spring sale went live at 14:00 UTC on Tuesday 11 March, asking at 10:00 on
  Wednesday 12 March: enthusiastic, business words ("the checkout stuff", "the sale", "how bad was it"), "!!",
  "pls", "super quick q", about what alerted during the campaign, what was deployed before it and who muted what;
- a technical writer who keeps the public API changelog and release notes, at 14:00 on Thursday 13 March: precise,
  polite full sentences with dates and years ("on 11 March 2025", "since 1 March 2025") and names in backticks,
  about releases, versions, deployments, rollbacks, suspects and resolutions;
- a product designer of the new checkout flow, at 16:30 on Wednesday 12 March: lower case, hesitant ("hmm", "uh",
  "i think", "...", "like ever?"), about the New checkout flow flag, checkout-web and its alerts, log lines and
  silences;
- a payments-operations analyst in finance reconciling the failed card payments, at 09:00 on Friday 14 March, who
  thinks in spreadsheets ("pivot", "count of", "tab", "sum of", "% of", "full rows, I'll filter in Excel"): 503s,
  error lines per hour, incidents and suspects this week, silences per author;
- a developer-relations engineer answering API developers on the community forum and Discord, at 11:00 on Monday 17
  March: casual ("hey!", "folks on the forum", "fwiw", "tl;dr", "svc", "ppl"), context from the forum first, about
  last week, 502s, what is still firing, versions per environment and what followed deploys and warnings.

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after deploys
of their service; deploys followed or not by rollbacks, alerts or incidents; log lines after a flag change, between a
deploy and its rollback, after a deploy and while an alert was firing; changes before a named alert and while a named
silence was in effect; incidents and their suspects, early warnings, log patterns and resolutions; releases met by
production deployments; silences created during incidents or after a deploy, in effect at a rollback, the alerts
they muted and the alerts firing while they were in effect; alerts after warnings and after other services' alerts):
five in each of filters, time, aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the marketing manager at
  Wednesday 2025-03-12 10:00, the product designer at Wednesday 2025-03-12 16:30, the technical writer at Thursday
  2025-03-13 14:00, the payments-operations analyst at Friday 2025-03-14 09:00 and the developer-relations engineer
  at Monday 2025-03-17 11:00 (all after every record). The Wednesday askers' "yesterday", "tuesday the 11th",
  "on 11 March (2025)" and "march 11" are ``[2025-03-11, 2025-03-12)``; the analyst's "this week" runs from
  2025-03-10 00:00 to now; the devrel engineer's "last week" is ``[2025-03-10, 2025-03-17)`` and "the week before"
  ``[2025-03-03, 2025-03-10)``; "since 1 March 2025" / "in March 2025 (so far)" from 2025-03-01 to now, "since 1
  January 2025" and "since 1 February" from that day to now; "between 10 March 2025 and 12 March 2025 inclusive" is
  ``[2025-03-10, 2025-03-13)``; "the first hour of the sale (2 to 3pm)", "between 14:30 and 15:30 (UTC)" include
  their start and exclude their end; "at 14:50 yesterday" and "right now" are the state at that instant. A thing is
  in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, a log line's ``timestamp``). "Latest N" rows are those up to now, newest first.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error lines" ``is_error``; a status code is
  ``attributes['http.response.status_code']``), early warnings the ``warnings`` rows. Changes are their ``phase =
  'live'`` reports: "deploys" / "deployments" ``type = 'deployment'`` (both live reports of the auth-api v4.2.1
  production deploy count), "rollbacks" ``type = 'rollback'``, "releases" ``type = 'release'``, "flag changes" /
  "flipped" ``type = 'flag_change'``, "config changes" ``type = 'config_update'``; "changes" / "anything change" /
  "what changed" every live report, scale events included. "The checkout stuff", "the checkout services" and "the
  checkout side" are the ``checkout`` project (cart-service, checkout-web, payments-api); "search alerts" the
  ``search`` project. A version is ``coalesce(details['ref'], version)``; "which version is live" / "in staging vs
  production right now" is that of the last live deployment or rollback there; "went out to production" and
  "deployed to staging" are the live deployments' versions, each once. People are answered as stored, bots included;
  "maria" is ``created_by ILIKE '%maria%'``.
- Named events: "the payments-api (v2.14.0) deploy" is its live production deployment (14:31:22 on the 11th) and "the
  rollback" / "the payments-api rollback" its live production rollback (14:56:37); "the new checkout flow flag was
  turned on" is that flag change's time (10:41:59.974, production); "checkout-web's first alert yesterday" and "the
  first payments-api alert on 11 March 2025" are the earliest such alert that day, scalar subqueries; "the
  cart-service silence (yesterday)" is the one silence on cart-service, in effect from its ``starts_at`` until its end
  or expiry, whichever came first; "the HikariPoolPendingConnections alert was firing" is that alert's span. Changes
  "before" a named alert are those of its environment (production) in ``[t - N, t]``; "any service" around a named
  event is every row in the window, and a project named with it narrows the rows to that project; log lines between
  the deploy and the rollback are payments-api's production error lines from the one to the other, both included,
  and those "in the N min after" a named event its service's lines (production) in ``[t, t + N]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``; warnings on their ``service`` and ``environment`` labels): an alert or incident "within N after" a
  deploy or flag change starts (opens) in ``[t, t + N]``; a deploy "followed by" a rollback within an hour has one of
  the same service and environment in ``[t, t + 60 min]``; "no alerts ... in the hour after them" is an anti-join;
  checkout-web alerts "within 15 min after a payments-api alert" start in ``[p, p + 15 min]`` of a payments-api alert
  of the same environment; a release "reached production within two hours" has a live production deployment of the
  same service and version in ``[t, t + 2 h]``. An incident is open from ``opened_at`` to ``resolved_at`` (now while
  unresolved): a silence "put on during" one was created in that span, on its service and, when it pins one, its
  environment. A silence is in effect from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at``: alerts
  "firing while" one was in effect on their service share a moment with it; silences "in effect at the moment" the
  rollback went live are every silence active at that instant. "Suspect" / "blamed" / "pinned on a change" /
  "caused" means ``incident_suspects`` (the changes are the ``change_events`` rows it names; "whose changes" its
  ``change_actor``); "preceded by an early warning on the same service" is ``incident_warnings.same_service``; "log
  patterns before the checkout-web incidents" are the ``incident_log_patterns`` rows whose ``group_service`` is
  checkout-web; "no resolution written" is an anti-join on ``resolutions.group_id``; "how many alerts did each
  silence mute" counts ``alert_mutes`` rows naming it in ``silenced_by``, zeros included. "For each X: a, b and how
  many Y" is one row per X with those columns and a count, zeros included (a ``LEFT JOIN``); "on average ... after
  each" is the mean of those counts; "what percent of deploys were followed by" is over the deploys the question
  selects; "which other checkout services alerted" answers the services, each once.
- Aggregates: durations in minutes to one decimal (hours when asked); mean time to resolve of incidents runs from
  ``opened_at`` to ``resolved_at`` of the resolved ones; a median alert duration is over the resolved alerts; "how
  long was checkout-web down yesterday" runs from the first of its alerts' start that day to the last one's end; a
  silence's length "as set" is ``starts_at`` to ``ends_at``, "actually in place" until the earlier of its end and
  its expiry; a suspect's lag is ``lag_s`` in minutes; "average alerts per day" is the mean of the daily counts of
  days with alerts; percentages are ``round(100.0 * part / whole, 1)`` ("% of payments-api log lines that came back
  with a 503" over every payments-api line that day); "this week vs the week before" are two counts side by side.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most",
  "top alert name", "noisiest service" and "which day / service" ask for one row; "the two most recent releases" and
  "latest 5 ... lines" are whole rows, newest first.
- Refusals: the services "promo-engine" and "invoice-service", the person yuki.mori@acme.io, the environment
  "preprod" and the "sa-east-1" cluster are ungrounded (none is in any alert, change, log line, audit or resolution);
  sale revenue, semantic-versioning advice, button colours and conversion, money lost on failed payments and the
  public API's rate limits are not about this data; pausing alerts, marking a release as yanked, turning a flag off,
  deleting a change row and acking an alert ask to change the data.
"""

from __future__ import annotations

NOW_A = "2025-03-12T10:00:00Z"
NOW_B = "2025-03-13T14:00:00Z"
NOW_C = "2025-03-12T16:30:00Z"
NOW_D = "2025-03-14T09:00:00Z"
NOW_E = "2025-03-17T11:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zl001",
        "filters",
        (
            "super quick q!! our spring sale kicked off yesterday at 2pm UTC - were there any critical alerts on "
            "the checkout stuff yesterday?"
        ),
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl002",
        "filters",
        "which payments-api alerts went off in the first hour of the sale? (it started 2pm UTC yesterday, so 2 to 3pm)",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        NOW_A,
    ),
    (
        "zl003",
        "filters",
        (
            "show me checkout alerts that started within 15 minutes after a deploy of the same service pls - "
            "trying to explain the dip in our sale funnel"
        ),
        """SELECT * FROM alerts a
           WHERE a.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_A,
    ),
    (
        "zl004",
        "filters",
        "Please list the releases published for `payments-api` since 1 March 2025.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'""",
        NOW_B,
    ),
    (
        "zl005",
        "filters",
        "For the changelog entry, please list the production deployments of `auth-api` on 11 March 2025.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_B,
    ),
    (
        "zl006",
        "filters",
        (
            "Which production deployments on 11 March 2025 were followed by a rollback of the same service within"
            " an hour? The changelog has to mention those as withdrawn."
        ),
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_B,
    ),
    (
        "zl007",
        "filters",
        (
            "i'm lining up our design timeline for the new checkout flow... can you show me the flag "
            "changes on checkout-web?"
        ),
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND service = 'checkout-web'""",
        NOW_C,
    ),
    (
        "zl008",
        "filters",
        "hmm which checkout-web alerts were firing at 14:50 yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        NOW_C,
    ),
    (
        "zl009",
        "filters",
        (
            "checkout-web log lines in the 10 min after the new checkout flow flag was turned on... i want to see"
            " what the new flow logged"
        ),
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
                               AND TIMESTAMPTZ '2025-03-11 10:41:59.974+00' + INTERVAL 10 MINUTE""",
        NOW_C,
    ),
    (
        "zl010",
        "filters",
        (
            "I need the raw rows for my reconciliation tab: payments-api log lines with status code 503 on 11 "
            "March between 14:30 and 15:30 UTC."
        ),
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND attributes['http.response.status_code'] = '503'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_D,
    ),
    (
        "zl011",
        "filters",
        "Incidents on the checkout project this week - full rows please, I'll filter in Excel.",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        NOW_D,
    ),
    (
        "zl012",
        "filters",
        "Which checkout incidents this week had a suspect change? Same columns as the incidents tab.",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects)""",
        NOW_D,
    ),
    (
        "zl013",
        "filters",
        (
            "hey! folks on the forum say they got 502s from checkout last tuesday (the 11th). can you pull the "
            "checkout-web log lines that returned 502 on march 11?"
        ),
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND attributes['http.response.status_code'] = '502'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_E,
    ),
    (
        "zl014",
        "filters",
        "someone on discord says login feels flaky today - which auth-api alerts are still firing right now?",
        """SELECT * FROM alerts
           WHERE service = 'auth-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 11:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 11:00:00+00')""",
        NOW_E,
    ),
    (
        "zl015",
        "filters",
        (
            "were there cart-service alerts firing while a silence on cart-service was in effect? a dev asked why"
            " nobody reacted to the cart errors"
        ),
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- time
    (
        "zl016",
        "time",
        "how many alerts per hour on the checkout services yesterday? want to overlay it on the sale traffic chart",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC""",
        NOW_A,
    ),
    (
        "zl017",
        "time",
        "what time did checkout-web first start alerting yesterday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl018",
        "time",
        (
            "everything that alerted, any service, in the hour after payments-api v2.14.0 went live in prod - I "
            "need the full picture for the campaign recap"
        ),
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE""",
        NOW_A,
    ),
    (
        "zl019",
        "time",
        "Please give the number of live deployments per day between 10 March 2025 and 12 March 2025 inclusive.",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS deployments FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY day ORDER BY deployments DESC""",
        NOW_B,
    ),
    (
        "zl020",
        "time",
        "When was `checkout-web` last deployed to production?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_B,
    ),
    (
        "zl021",
        "time",
        (
            "Which changes went live in production in the 30 minutes before the first `payments-api` "
            "alert on 11 March 2025?"
        ),
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_B,
    ),
    (
        "zl022",
        "time",
        "uh how many alerts did checkout-web have between 14:30 and 15:30 yesterday",
        """SELECT count(*) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_C,
    ),
    (
        "zl023",
        "time",
        "so how long was checkout-web down yesterday, in minutes? i need it for the usability study notes",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 16:30:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_C,
    ),
    (
        "zl024",
        "time",
        "what changed on the checkout services in the hour before checkout-web's first alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_C,
    ),
    (
        "zl025",
        "time",
        "Count of payments-api production error log lines per hour on 11 March.",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY lines DESC""",
        NOW_D,
    ),
    (
        "zl026",
        "time",
        "Average number of alerts per day this week so far?",
        """SELECT round(avg(n), 1) FROM (
               SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
               GROUP BY day)""",
        NOW_D,
    ),
    (
        "zl027",
        "time",
        (
            "Total count of payments-api error lines between the v2.14.0 deploy going live and the rollback going"
            " live, for the failed-payments reconciliation."
        ),
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NOW_D,
    ),
    (
        "zl028",
        "time",
        "what were the 2 busiest hours last week by number of alerts? trying to match them to forum spikes",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2""",
        NOW_E,
    ),
    (
        "zl029",
        "time",
        "when exactly did the payments-api trouble start on march 11? the time of the first alert is enough",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_E,
    ),
    (
        "zl030",
        "time",
        (
            "how many minutes between payments-api v2.14.0 going live in prod and the first payments-api alert "
            "after it? ppl on the forum want a timeline"
        ),
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                  AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                         - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "zl031",
        "aggregates",
        "what % of yesterday's alerts were on the checkout stuff?",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl032",
        "aggregates",
        "how many critical alerts did we have in total yesterday?",
        """SELECT count(*) FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl033",
        "aggregates",
        (
            "how many checkout alerts fired between the payments-api deploy and the rollback yesterday? basically"
            " how bad was it during the sale"
        ),
        """SELECT count(*) FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NOW_A,
    ),
    (
        "zl034",
        "aggregates",
        (
            "What was the mean time to resolve, in minutes, of the production incidents opened on 11 March 2025 "
            "that have resolved?"
        ),
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_B,
    ),
    (
        "zl035",
        "aggregates",
        "How many distinct services had a live deployment in March 2025 so far?",
        """SELECT count(DISTINCT service) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'""",
        NOW_B,
    ),
    (
        "zl036",
        "aggregates",
        (
            "What is the average lag, in minutes, between each suspect change and the incident it is blamed for, "
            "across all incidents?"
        ),
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        NOW_B,
    ),
    (
        "zl037",
        "aggregates",
        "what's the median duration of the checkout-web alerts in minutes... roughly",
        """SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.5), 1) FROM alerts
           WHERE service = 'checkout-web' AND status = 'resolved'""",
        NOW_C,
    ),
    (
        "zl038",
        "aggregates",
        "how many times was the new checkout flow flag changed overall?",
        """SELECT count(*) FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%new checkout flow%'""",
        NOW_C,
    ),
    (
        "zl039",
        "aggregates",
        (
            "for each checkout-web deploy: its version, environment, time and how many checkout-web alerts came "
            "in the 3 hours after it"
        ),
        """SELECT coalesce(d.details['ref'], d.version) AS version, d.environment, d.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 3 HOUR
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = 'checkout-web'
           GROUP BY d.id, d.details, d.version, d.environment, d.timestamp""",
        NOW_C,
    ),
    (
        "zl040",
        "aggregates",
        "Sum of error log lines per service for the checkout project on 11 March - a pivot by service basically.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE project = 'checkout' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC""",
        NOW_D,
    ),
    (
        "zl041",
        "aggregates",
        "What % of payments-api log lines on 11 March came back with a 503?",
        """SELECT round(100.0 * count(*) FILTER (WHERE attributes['http.response.status_code'] = '503') / count(*), 1)
           FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_D,
    ),
    (
        "zl042",
        "aggregates",
        (
            "On average, how many payments-api error log lines were there in the 10 minutes after each payments-"
            "api production deploy?"
        ),
        """SELECT round(avg(n), 1) FROM (
               SELECT d.id, count(l.id) AS n
               FROM change_events d
               LEFT JOIN log_events l
                 ON l.service = d.service AND l.environment = d.environment AND l.is_error
                AND l.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 10 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = 'payments-api' AND d.environment = 'production'
               GROUP BY d.id)""",
        NOW_D,
    ),
    (
        "zl043",
        "aggregates",
        "how many alerts did we get last week, compared with the week before? just the two numbers",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                    AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                    AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        NOW_E,
    ),
    (
        "zl044",
        "aggregates",
        "tl;dr for the forum post - what share of last week's alerts were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_E,
    ),
    (
        "zl045",
        "aggregates",
        "what percent of prod deploys last week were followed by an alert on the same service within 15 min?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = d.service AND a.environment_canonical = d.environment
                        AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "zl046",
        "top_n",
        "which 3 services had the most alerts yesterday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_A,
    ),
    (
        "zl047",
        "top_n",
        "what was the top alert name on payments-api yesterday?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NOW_A,
    ),
    (
        "zl048",
        "top_n",
        (
            "which service got the most alerts in the 30 min after the payments-api deploy went live "
            "yesterday? any service"
        ),
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_A,
    ),
    (
        "zl049",
        "top_n",
        "Who made the most live production deployments in March 2025?",
        """SELECT actor, count(*) AS deployments FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           GROUP BY actor ORDER BY deployments DESC, actor LIMIT 1""",
        NOW_B,
    ),
    (
        "zl050",
        "top_n",
        "Please list the two most recent releases.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           ORDER BY timestamp DESC LIMIT 2""",
        NOW_B,
    ),
    (
        "zl051",
        "top_n",
        "Whose changes were blamed, as the suspect, for the most incidents?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        NOW_B,
    ),
    (
        "zl052",
        "top_n",
        "which service gets its flags flipped the most?",
        """SELECT service, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY service ORDER BY flag_changes DESC, service LIMIT 1""",
        NOW_C,
    ),
    (
        "zl053",
        "top_n",
        "latest 5 checkout-web error log lines pls",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND is_error
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:30:00+00'
           ORDER BY timestamp DESC LIMIT 5""",
        NOW_C,
    ),
    (
        "zl054",
        "top_n",
        (
            "on the checkout side, which service logged the most errors in the 15 minutes after payments-api "
            "v2.14.0 went live?"
        ),
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE project = 'checkout' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 1""",
        NOW_C,
    ),
    (
        "zl055",
        "top_n",
        "Top 3 HTTP status codes payments-api returned on 11 March, by count of lines.",
        """SELECT attributes['http.response.status_code'] AS status_code, count(*) AS lines FROM log_events
           WHERE service = 'payments-api' AND attributes['http.response.status_code'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY status_code ORDER BY lines DESC, status_code LIMIT 3""",
        NOW_D,
    ),
    (
        "zl056",
        "top_n",
        "Which day this week had the most payments-api error lines?",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY day ORDER BY error_lines DESC, day LIMIT 1""",
        NOW_D,
    ),
    (
        "zl057",
        "top_n",
        "Top 2 services by production error log lines in the hour after the payments-api v2.14.0 deploy went live.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 2""",
        NOW_D,
    ),
    (
        "zl058",
        "top_n",
        "top 2 alert names last week? want to write a FAQ entry for the noisiest ones",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NOW_E,
    ),
    (
        "zl059",
        "top_n",
        "noisiest service of all time by alerts?",
        """SELECT service, count(*) AS alerts FROM alerts
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_E,
    ),
    (
        "zl060",
        "top_n",
        "which svc got the most alerts within 15 min after its own deploys, all time?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zl061",
        "changes",
        "what got deployed to prod yesterday before our sale started at 2pm utc?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:00:00+00'""",
        NOW_A,
    ),
    (
        "zl062",
        "changes",
        "who flipped the new checkout flow flag?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%new checkout flow%'""",
        NOW_A,
    ),
    (
        "zl063",
        "changes",
        "which changes got blamed for the checkout incidents yesterday? need to tell the campaign team what went wrong",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE project = 'checkout'
                          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_A,
    ),
    (
        "zl064",
        "changes",
        "Which version of `payments-api` is live in production now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_B,
    ),
    (
        "zl065",
        "changes",
        "Which versions of `auth-api` were deployed to staging? Each version once, please.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        NOW_B,
    ),
    (
        "zl066",
        "changes",
        (
            "Which production deployments on 11 March 2025 were not followed by any alert on the same service "
            "within 15 minutes?"
        ),
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_B,
    ),
    (
        "zl067",
        "changes",
        "what config changes happened on tuesday the 11th?",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_C,
    ),
    (
        "zl068",
        "changes",
        "who has deployed checkout-web, like ever?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web'""",
        NOW_C,
    ),
    (
        "zl069",
        "changes",
        "did anything change in the checkout project while the cart-service silence was in effect yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM silences WHERE service = 'cart-service'
                                      AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
                               AND (SELECT min(least(ends_at, coalesce(expired_at, ends_at))) FROM silences
                                    WHERE service = 'cart-service'
                                      AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_C,
    ),
    (
        "zl070",
        "changes",
        "Count of live changes by type this week.",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY type ORDER BY changes DESC""",
        NOW_D,
    ),
    (
        "zl071",
        "changes",
        "Which payments-api versions went out to production since 1 February? Each once.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        NOW_D,
    ),
    (
        "zl072",
        "changes",
        "Deploys this week that were followed by an incident on the same service within 15 min - list them.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = d.service AND g.environment = d.environment
                   AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_D,
    ),
    (
        "zl073",
        "changes",
        "which rollbacks happened last week?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_E,
    ),
    (
        "zl074",
        "changes",
        (
            "what version of checkout-web is in staging vs production right now? someone is asking "
            "which one to test against"
        ),
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND service = 'checkout-web'
             AND environment IN ('staging', 'production')
             AND timestamp <= TIMESTAMPTZ '2025-03-17 11:00:00+00'
           GROUP BY environment""",
        NOW_E,
    ),
    (
        "zl075",
        "changes",
        "which deploys last week had no alerts at all on the same service in the hour after them?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- silences
    (
        "zl076",
        "silences",
        "who muted stuff yesterday?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl077",
        "silences",
        "how long was the cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE service = 'cart-service'""",
        NOW_A,
    ),
    (
        "zl078",
        "silences",
        "were any silences put on during the checkout incidents yesterday?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.project = 'checkout'
                 AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))""",
        NOW_A,
    ),
    (
        "zl079",
        "silences",
        "Please give the silence id, author and comment of every silence created in March 2025.",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 14:00:00+00'""",
        NOW_B,
    ),
    (
        "zl080",
        "silences",
        "How many silences has each author created since 1 January 2025?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           GROUP BY created_by ORDER BY silences DESC""",
        NOW_B,
    ),
    (
        "zl081",
        "silences",
        "Which silences were in effect at the moment the `payments-api` rollback went live on 11 March 2025?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        NOW_B,
    ),
    (
        "zl082",
        "silences",
        "are there silences on the checkout services? checkout-web, cart-service, whatever is on the checkout side",
        """SELECT * FROM silences
           WHERE project = 'checkout'
              OR service IN (SELECT service FROM alerts WHERE project = 'checkout'
                             UNION SELECT service FROM change_events WHERE project = 'checkout')""",
        NOW_C,
    ),
    (
        "zl083",
        "silences",
        "what did maria write as the comment on her silence?",
        """SELECT comment FROM silences WHERE created_by ILIKE '%maria%'""",
        NOW_C,
    ),
    (
        "zl084",
        "silences",
        "how many silences did people create in the hour after the payments-api v2.14.0 deploy went live?",
        """SELECT count(*) FROM silences
           WHERE created_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                                AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE""",
        NOW_C,
    ),
    (
        "zl085",
        "silences",
        "Silences per author and the total minutes each one set (start to scheduled end) - a pivot by person.",
        """SELECT created_by, count(*) AS silences, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences GROUP BY created_by ORDER BY silences DESC""",
        NOW_D,
    ),
    (
        "zl086",
        "silences",
        "Average silence length in hours, as set, over all silences?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences""",
        NOW_D,
    ),
    (
        "zl087",
        "silences",
        "How many alerts did each silence mute? Zeros included please.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted_alerts DESC""",
        NOW_D,
    ),
    (
        "zl088",
        "silences",
        "which silences were set to last longer than 3 hours?",
        """SELECT * FROM silences WHERE epoch(ends_at) - epoch(starts_at) > 3 * 3600""",
        NOW_E,
    ),
    (
        "zl089",
        "silences",
        "list the silences somebody ended early",
        """SELECT * FROM silences WHERE expired_early""",
        NOW_E,
    ),
    (
        "zl090",
        "silences",
        (
            "were any search alerts firing last week while a silence on their service was in effect? fwiw the "
            "forum noticed search lag"
        ),
        """SELECT * FROM alerts a
           WHERE a.project = 'search'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- joins
    (
        "zl091",
        "joins",
        (
            "for each checkout deploy yesterday, how many alerts on that same service in the next 30 min? "
            "service, env, time + count"
        ),
        """SELECT d.service, d.environment, d.timestamp, count(a.starts_at) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.project = 'checkout'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, d.environment, d.timestamp""",
        NOW_A,
    ),
    (
        "zl092",
        "joins",
        "in the 30 min after the payments-api v2.14.0 deploy, which other checkout services alerted?",
        """SELECT DISTINCT service FROM alerts
           WHERE project = 'checkout' AND service <> 'payments-api'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        NOW_A,
    ),
    (
        "zl093",
        "joins",
        (
            "checkout incidents yesterday and their suspect change - just the service, the alert name and what "
            "changed (the summary)"
        ),
        """SELECT service, group_labels['alertname'] AS alertname, change_summary FROM incident_suspects
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_A,
    ),
    (
        "zl094",
        "joins",
        (
            "Which releases reached production, as a live production deployment of the same version of that "
            "service, within two hours of being published?"
        ),
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 2 HOUR)""",
        NOW_B,
    ),
    (
        "zl095",
        "joins",
        "Please list the incidents opened on 11 March 2025 for which no resolution has been written.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        NOW_B,
    ),
    (
        "zl096",
        "joins",
        (
            "Which production incidents on 11 March 2025 were preceded by an early warning on the same service? "
            "Please give the incident's service, alert name and opening time."
        ),
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (SELECT 1 FROM incident_warnings w WHERE w.group_id = g.id AND w.same_service)""",
        NOW_B,
    ),
    (
        "zl097",
        "joins",
        (
            "checkout-web alerts that started within 15 min after a payments-api alert? i suspect the payment "
            "step dragged our flow down"
        ),
        """SELECT * FROM alerts c
           WHERE c.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = c.environment_canonical
                   AND c.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)""",
        NOW_C,
    ),
    (
        "zl098",
        "joins",
        "what log patterns showed up before the checkout-web incidents?",
        """SELECT * FROM incident_log_patterns WHERE group_service = 'checkout-web'""",
        NOW_C,
    ),
    (
        "zl099",
        "joins",
        (
            "were any flag changes followed by an incident on the same service within 15 min? any service, any "
            "time... i'm worried about our own flag"
        ),
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_C,
    ),
    (
        "zl100",
        "joins",
        (
            "For each payments-api production deploy or rollback: version, type, time and the count of 503 log "
            "lines in the 15 min after it."
        ),
        """SELECT coalesce(d.details['ref'], d.version) AS version, d.type, d.timestamp, count(l.id) AS lines_503
           FROM change_events d
           LEFT JOIN log_events l
             ON l.service = d.service AND l.environment = d.environment
            AND l.attributes['http.response.status_code'] = '503'
            AND l.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type IN ('deployment', 'rollback') AND d.phase = 'live'
             AND d.service = 'payments-api' AND d.environment = 'production'
           GROUP BY d.id, d.details, d.version, d.type, d.timestamp""",
        NOW_D,
    ),
    (
        "zl101",
        "joins",
        "What % of this week's incidents were pinned on a change (had a suspect)?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        NOW_D,
    ),
    (
        "zl102",
        "joins",
        "Count of payments-api error log lines while the HikariPoolPendingConnections alert was firing.",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'payments-api' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))""",
        NOW_D,
    ),
    (
        "zl103",
        "joins",
        "which deploys caused incidents last week?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00')""",
        NOW_E,
    ),
    (
        "zl104",
        "joins",
        "how many services got paged within 15 min after one of their own deploys, all time?",
        """SELECT count(DISTINCT a.service) FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_E,
    ),
    (
        "zl105",
        "joins",
        (
            "for each early warning last week, how many alerts on the same service in the 15 min after it? "
            "warning's service, alert name, start + count"
        ),
        """SELECT w.labels['service'] AS service, w.labels['alertname'] AS alertname, w.starts_at,
                  count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY w.id, w.labels, w.starts_at""",
        NOW_E,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "zl106",
        "refusals",
        "can you pause the checkout alerts until the sale is over? they keep pinging our channel",
        "asks_to_change_data",
        NOW_A,
    ),
    ("zl107", "refusals", "how much revenue did the spring sale make yesterday?", "not_about_this_data", NOW_A),
    ("zl108", "refusals", "any alerts on promo-engine yesterday? the discount codes felt slow", "ungrounded", NOW_A),
    (
        "zl109",
        "refusals",
        "Please mark the `payments-api` v2.14.0 release as yanked in the store.",
        "asks_to_change_data",
        NOW_B,
    ),
    (
        "zl110",
        "refusals",
        "What semantic-versioning policy do you recommend for a public REST API?",
        "not_about_this_data",
        NOW_B,
    ),
    (
        "zl111",
        "refusals",
        "Which versions of `invoice-service` went out to production in March 2025?",
        "ungrounded",
        NOW_B,
    ),
    (
        "zl112",
        "refusals",
        "can you turn the new checkout flow flag back off for me... just to test something",
        "asks_to_change_data",
        NOW_C,
    ),
    (
        "zl113",
        "refusals",
        "is a green pay button better than a blue one for conversion? like in general",
        "not_about_this_data",
        NOW_C,
    ),
    ("zl114", "refusals", "did yuki.mori@acme.io change anything on checkout-web this week?", "ungrounded", NOW_C),
    (
        "zl115",
        "refusals",
        "Delete the duplicate auth-api deployment row from the change table please, it double counts in my pivot.",
        "asks_to_change_data",
        NOW_D,
    ),
    (
        "zl116",
        "refusals",
        "How much money did we lose on failed card payments on 11 March?",
        "not_about_this_data",
        NOW_D,
    ),
    ("zl117", "refusals", "Count of error lines in the preprod environment this week?", "ungrounded", NOW_D),
    (
        "zl118",
        "refusals",
        "hey can you ack the CertificateExpiringSoon alert for me? it's been sitting there forever",
        "asks_to_change_data",
        NOW_E,
    ),
    (
        "zl119",
        "refusals",
        "what's the rate limit on the public API for free-tier developers?",
        "not_about_this_data",
        NOW_E,
    ),
    ("zl120", "refusals", "any alerts in the sa-east-1 cluster last week? a dev in brazil asked", "ungrounded", NOW_E),
]
