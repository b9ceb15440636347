"""The forty-ninth ask question set: ids vz001..vz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes, docs/store.md (printed whole, its middle, cut off by the terminal, printed
again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find its line range, and the section was
printed by that range in pieces, the first of them in the same command as the end of docs/store.md), the module
docstring of ``ask_questions`` and its code (how a set is wired and split; the docstring's beginning and end were
printed, its middle paragraphs skipped; this set is not wired in by its author), the module docstrings of the earlier
sets printed with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-eighth's was read
whole and its "Conventions" list followed where a question leaves room), the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing, the lines defining that file's
module-level now constants (one grep), and the demo store itself, copied and opened read-only (records from 2025-01-02
to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read,
beyond file names seen in directory listings of ``benchmarks/``, the project root, the shared folder and the folder the
brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment
or cluster the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Mexican, New
Zealand, Finnish, Scottish or Israeli voice; product, customer-success, capacity, release and security people have
spoken before, but not these ones, in these places, about these things). Each asks three questions in every category
(24 each, three of them refusals):

- a product manager in Mexico City who owns the checkout redesign, at 09:30 CST on Thursday 13 March (2025-03-13 15:30
  UTC), two days after the launch: product words ("launch", "launch day", "retro", "product ask", "pls"), the odd
  Spanish word order ("How many alerts had checkout-web ..."); the launch is the New checkout flow flag going on in
  production on Tuesday 11 March at 10:41:59 UTC; asks what fired after it, what was muted, and how the checkout
  services fared;
- a customer-success lead in Auckland relaying merchants' complaints, at 09:00 NZDT on Thursday 13 March (2025-03-12
  20:00 UTC), who gives every day and time in UTC because the merchants' tickets are stamped so: New Zealand English
  ("heaps", "sweet as", "dodgy", "reckon", "all up" for all time, "kicked off" for started), a credit request, a
  customer's screenshot, a call with a merchant;
- an SRE in Helsinki doing the capacity and cost review, at 10:00 EET on Thursday 13 March (2025-03-13 08:00 UTC),
  whose first language is Finnish: articles dropped, "how much" for "how many", "was" for "were", word order of a
  question kept as a statement ("Which OOM kill alerts there has been?"); log volumes, scale events, metric peaks,
  silenced hours;
- a release manager in Edinburgh deciding on the next payments-api release, at 16:00 GMT on Friday 14 March: Scots
  words ("afore", "frae", "tae", "o'", "aye", "the now" for right now, "outwith" for outside, "folk", "an' all");
  rollbacks, releases, versions per environment, deploys followed by incidents, suspects;
- a security incident responder in Tel Aviv reviewing who changed, silenced or acked what, at 09:00 IST on Sunday 16
  March (2025-03-16 07:00 UTC), the first day of the Israeli working week: direct and short ("Give me", "Tell me",
  "Show me them"), humans versus tools, config changes, out-of-hours silences, acks, and changes made while
  something was on fire.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters (alerts
after the launch flag, alerts after the v2.14.0 deploy, deploys followed by a critical alert, alerts after a config
change), five in time (the first checkout-web alert after the flag, minutes from the flag to the first payments-api
alert, changes before the first payments-api alert, alerts firing when the cart-service silence was created, changes
before the Vault alert), five in aggregates (alerts after checkout deploys averaged, alerts after deploys counted,
deploys followed by an incident as a share, the suspects' mean lag, acks taken while their alert fired), four in top_n
(alerts in the hour after v2.14.0 per checkout service, whose deploys were suspects, incidents after a service's own
deploys, people who changed production during an incident), four in changes (changes before the first checkout-web
alert, a deploy before the Hikari alert, staging deploys with no alert after them, changes during an incident), four in
silences (alerts firing while the cart-service silence was on, silences Alertmanager says muted something, alerts held
back per silence, silence authors during incidents) and all fifteen joins. The metric samples during an alert (vz038)
and the releases deployed within the hour (vz072) are not counted. One gold returns an
empty result: vz079 (nothing is muted at the customer-success lead's now; the last silence ended at 04:00 that day).

Conventions (the shapes of docs/ask.md, the forty-eighth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the customer-success lead
  says "UTC" where a day matters; the others' teams keep UTC boards), so no question is read in another zone. The
  nows: the product manager 2025-03-13 15:30, the customer-success lead 2025-03-12 20:00, the SRE 2025-03-13 08:00, the
  release manager Friday 2025-03-14 16:00, the responder Sunday 2025-03-16 07:00, all after every record. "Launch day",
  "Tuesday", "the 11th", "11 March" are ``[2025-03-11, 2025-03-12)``; "since launch day" runs from 2025-03-11 to now;
  "this week" (the release manager's, "Monday till now") ``[2025-03-10, now]``; "this month", "in March" from
  2025-03-01 to now; "this year", "this quarter", "since 1 January" from 2025-01-01 to now; "between 1 and 28 February"
  ``[2025-02-01, 2025-03-01)``; "between 1 and 15 March" ``[2025-03-01, 2025-03-16)``; "between 9 and 15 March"
  ``[2025-03-09, 2025-03-16)``; "last 48 hours" and "last 7 days" are ``(now - 48 h, now]`` and ``(now - 7 days,
  now]``; "between 14:00 and 16:00 UTC on Tuesday" includes its start and excludes its end. "All time", "all up",
  "every ... we've had" have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's
  ``starts_at``, a sample's or a log line's ``timestamp``); "were going at some point in that window" shares a moment
  with it; "what was firing ... at that exact moment" is the state at that instant; "still open right now", "muted
  right now" the state at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span in minutes;
  "total silenced hours" sums it, in hours; the "scheduled length" is ``starts_at`` to ``ends_at``). Changes are their
  ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported
  by two tools, is two rows, in vz041's base and vz064 and vz091 too), "rollbacks", "config changes", "flag flips",
  "releases", "scale events" their types, "scale-downs" scale events whose ``details['replicas_to']`` is below
  ``details['replicas_from']`` (as integers), "changes" of any type every live report. "The launch", "the launch flag"
  and "the New checkout flow flag" are the live production flag change whose summary names the New checkout flow (its
  earliest, the only one). A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and
  ``change_version`` in the incident views); the version "live in prod right now" / "as they stand the now" is that of
  the last live deployment or rollback of that service and environment. "Humans" and "folk only (no argocd or the
  deployment controller)" are every actor but ``argocd (automated)`` and ``deployment-controller``; people are as
  stored ("maria" is ``ILIKE '%maria%'``). "The checkout project" is ``project = 'checkout'``; "the checkout
  services" and "a checkout service" are its services, ``project = 'checkout'`` for alerts, changes and incidents, and
  for silences any service the project's alerts or changes name, beside a ``project`` matcher on checkout. "OOM kill
  alerts" are ``ContainerOOMKilled``; "the cart-service silence" is the only silence pinning cart-service (maria's);
  "the VaultLeaseRenewalFailures alert" and "the HikariPoolPendingConnections alert" each fired once, and their start
  is the moment. Samples "over 60" are ``value > 60``, the two infinite ones included.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("the half hour" 30, "within an
  hour" 60, "within 24 hours" a day); "in the hour before" / "the 30 minutes before" / "the 3 hours before" an alert is
  ``[t - N, t]``, the changes being those of the alert's environment (production) and any service unless one is named
  (vz063 names production and the checkout project, vz065 payments-api); "after the flag went on" and "after
  payments-api v2.14.0 went live" are windows from that one event, on the services the question names (vz001, vz006,
  vz016, vz097) or, for "which checkout service", every checkout service (vz048). "How many minutes passed between" the
  flag and "the first payments-api alert after that" runs to the first payments-api alert at or after it; "frae the
  v2.14.0 deploy going live tae the rollback going live" to the first live payments-api production rollback at or
  after it; "how long was payments-api down on 11 March" from the first of that day's payments-api alerts' start to the
  last one's end. A silence meets the other side on its service and, when it pins one, its environment: alerts
  "firing on cart-service while its silence was on" overlap its span; incidents "which opened while a silence on the
  same service was in effect" opened inside it (start included, end excluded); silences created "while an incident on
  the same service was open" inside the incident's span, ends included; deploys "followed by a silence on the same
  service within 24 hours" are met by its creation in ``[t, t + 24 h]``. Changes "made while an incident on the same
  service was open" and rollbacks that went live "while they were open" have their time inside the incident's span,
  ends included. Acks name their alert by their ``alertname`` and ``service`` equality matchers and count as taken
  "while the acked alert was still firing" when one such alert was on at the ack's time. "Suspect" is
  ``incident_suspects``: "whose deploys got named the suspect for the most incidents" counts distinct incidents per
  ``change_actor`` of suspect deployments; "which deploys caused incidents" are the ``change_events`` deployments that
  are some incident's suspect; "how many minutes before it the suspect change landed" is ``lag_s / 60``; the "average
  ... between a suspect change going live and its incident opening" the mean of ``lag_s`` over every suspect row.
  "Had an early warning before them" is a row in ``incident_warnings``; "for each early warning on payments-api" is
  every ``warnings`` row whose ``service`` label is payments-api, started that day, its kind ``labels['alertname']``,
  with the payments-api alerts of its environment that started in ``[w, w + 15 min]`` (0 where none). "How they got
  fixed" is ``alert_groups`` joined to ``resolutions``; "no resolution written up" no ``resolutions`` row. "For each
  silence, how many alerts did Alertmanager hold back under it" counts the ``alert_mutes`` rows whose ``silenced_by``
  names it, every silence listed; "muted really something, according to Alertmanager" is a silence ``alert_mutes``
  names. "For each prod deploy on 11 March: service, version and how many alerts ..." is one row per deploy (a ``LEFT
  JOIN``, 0 included).
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones, "average time to resolve"); averages of a metric to one decimal over the samples inside any firing of the named
  alert (its end, or now while it fires); a metric's maximum as stored, per ``labels['service']``; percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects ("share of Tuesday's production alerts": the
  production alerts that started that day; "percentage o' production deploys": every live production deployment, all
  time); "on average, how many alerts ... after each production deploy of a checkout service" is the mean of the
  per-deploy counts, deploys with none counting 0; "how many deploys ..., and how many rollbacks" is both counts side
  by side; "how much log lines per environment" and "how many silences did each person create" are counts per value,
  most first. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outwith" them is any other
  time.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the one",
  "one name", "the most" ask for one row; the two of vz056 and of vz060 tie with each other, the third behind). "Which
  hour of 11 March had most alerts? Hour and count" is the hour's UTC start with its count. "When indexer was scaled
  the last time? Show the event" is that scale event's row (any environment). "Who ..., and when?" is the person and
  the time of each act ("who took the cart-service silence off, and when" its ``expired_by`` and ``expired_at``);
  "which versions o' auth-api went out to staging" each version once; "versions in staging vs production" one row per
  environment.
- Refusals: the service "checkout-ios", the service "merchant-portal", the cluster "prod-eu-north-1" (the store has
  prod-eu-west-1 and staging-eu-west-1), the person "fraser.mcleod" and the "dr" environment are ungrounded; a
  conversion-rate target after a launch, an apology e-mail to a merchant, the most cost-efficient EC2 instance type for
  Elasticsearch, tips for release notes and the CVSS score of CVE-2024-3094 are not about this data; switching the
  launch flag off, marking the checkout-web incident resolved, deleting old metric samples, putting a silence on the
  indexer and expiring kenji's silences ask to change the data.
"""

from __future__ import annotations

LAUNCH = "2025-03-13T15:30:00Z"
"""The product manager in Mexico City: Thursday 13 March, 09:30 CST."""
CS = "2025-03-12T20:00:00Z"
"""The customer-success lead in Auckland: Thursday 13 March, 09:00 NZDT."""
CAPACITY = "2025-03-13T08:00:00Z"
"""The SRE doing the capacity and cost review in Helsinki: Thursday 13 March, 10:00 EET."""
RELEASE = "2025-03-14T16:00:00Z"
"""The release manager in Edinburgh: Friday 14 March, 16:00 GMT."""
RESPONDER = "2025-03-16T07:00:00Z"
"""The security incident responder in Tel Aviv: Sunday 16 March, 09:00 IST (Israel)."""

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "vz001",
        "filters",
        "We turned the New checkout flow flag on in production on Tuesday, that was our launch. Which alerts fired on "
        "checkout-web or payments-api in the four hours after the flag went on?",
        """SELECT * FROM alerts
           WHERE service IN ('checkout-web', 'payments-api')
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                      AND summary ILIKE '%new checkout flow%')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                      AND summary ILIKE '%new checkout flow%') + INTERVAL 4 HOUR""",
        LAUNCH,
    ),
    (
        "vz002",
        "filters",
        "product ask: any critical alerts in the checkout project since launch day (tue 11 mar)? full list pls",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 15:30:00+00'""",
        LAUNCH,
    ),
    (
        "vz003",
        "filters",
        "Is there still an incident open for checkout-web right now? If yes, show it to me.",
        """SELECT * FROM alert_groups
           WHERE service = 'checkout-web'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 15:30:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 15:30:00+00')""",
        LAUNCH,
    ),
    (
        "vz004",
        "filters",
        "Got a merchant in Wellington saying card payments were dodgy on 11 March between 14:30 and 15:30 UTC. Which "
        "payments-api alerts were going at some point in that window?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        CS,
    ),
    (
        "vz005",
        "filters",
        "We're getting heaps of login tickets. Show me every auth-api alert in production, all time, the whole lot.",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'production'""",
        CS,
    ),
    (
        "vz006",
        "filters",
        "sweet as. and which checkout-web alerts kicked off within 15 min after payments-api v2.14.0 went live in "
        "prod?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        CS,
    ),
    (
        "vz007",
        "filters",
        "Show scale events of cart-service in production, all columns.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND service = 'cart-service' AND environment = 'production'""",
        CAPACITY,
    ),
    (
        "vz008",
        "filters",
        "Which OOM kill alerts there has been? All of them please.",
        """SELECT * FROM alerts WHERE name = 'ContainerOOMKilled'""",
        CAPACITY,
    ),
    (
        "vz009",
        "filters",
        "Which indexer:queue_drain_seconds samples was over 60 on 11 March?",
        """SELECT * FROM metric_points
           WHERE name = 'indexer:queue_drain_seconds' AND value > 60
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CAPACITY,
    ),
    (
        "vz010",
        "filters",
        "Afore I sign off the next payments-api release, show me every rollback that went live in production this "
        "year.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 16:00:00+00'""",
        RELEASE,
    ),
    (
        "vz011",
        "filters",
        "The releases published this month, aye? The full rows.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 16:00:00+00'""",
        RELEASE,
    ),
    (
        "vz012",
        "filters",
        "Which production deploys had a critical alert on the same service within the half hour after them?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        RELEASE,
    ),
    (
        "vz013",
        "filters",
        "Give me all config changes in production since 1 January.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-16 07:00:00+00'""",
        RESPONDER,
    ),
    (
        "vz014",
        "filters",
        "I need the alerts that started in the 30 minutes after a config change on the same service. Full rows.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'config_update' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        RESPONDER,
    ),
    (
        "vz015",
        "filters",
        "Every alert that arrived through PagerDuty, give me full rows.",
        """SELECT * FROM alerts WHERE source = 'pagerduty-events'""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- time
    (
        "vz016",
        "time",
        "After the launch flag (New checkout flow, prod) went on, what time did the first checkout-web alert fire?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                 AND summary ILIKE '%new checkout flow%')""",
        LAUNCH,
    ),
    (
        "vz017",
        "time",
        "How many minutes passed between us turning on the New checkout flow flag in production and the first "
        "payments-api alert after that?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(f.t)) / 60, 1)
           FROM alerts a,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                   AND summary ILIKE '%new checkout flow%') f
           WHERE a.service = 'payments-api' AND a.starts_at >= f.t
           GROUP BY f.t""",
        LAUNCH,
    ),
    (
        "vz018",
        "time",
        "Which checkout project alerts started between 14:00 and 16:00 UTC on Tuesday the 11th?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        LAUNCH,
    ),
    (
        "vz019",
        "time",
        "The customer's screenshot is from 14:50 UTC on the 11th. What was firing in prod at that exact moment?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        CS,
    ),
    (
        "vz020",
        "time",
        "when did the last payments-api alert start?",
        """SELECT max(starts_at) FROM alerts WHERE service = 'payments-api'""",
        CS,
    ),
    (
        "vz021",
        "time",
        "The merchant wants a credit and I need a number: how long was payments-api down on 11 March (UTC), in "
        "minutes?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 20:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CS,
    ),
    (
        "vz022",
        "time",
        "How much log lines cart-service wrote in production between 14:30 and 15:30 UTC on 11 March?",
        """SELECT count(*) FROM log_events
           WHERE service = 'cart-service' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        CAPACITY,
    ),
    (
        "vz023",
        "time",
        "alerts of last 48 hours, all of them",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-13 08:00:00+00' - INTERVAL 48 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        CAPACITY,
    ),
    (
        "vz024",
        "time",
        "When indexer was scaled the last time? Show the event.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'
           ORDER BY timestamp DESC
           LIMIT 1""",
        CAPACITY,
    ),
    (
        "vz025",
        "time",
        "What changed in production in the hour afore the first payments-api alert on Tuesday?",
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
        RELEASE,
    ),
    (
        "vz026",
        "time",
        "How many minutes frae the payments-api v2.14.0 deploy going live in production tae the rollback going live?",
        """SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1)
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production'
                   AND timestamp >= (SELECT min(timestamp) FROM change_events
                                     WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                       AND environment = 'production'
                                       AND coalesce(details['ref'], version) = 'v2.14.0')) r""",
        RELEASE,
    ),
    (
        "vz027",
        "time",
        "Every deploy this week, Monday till now. The full rows, if you please.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 16:00:00+00'""",
        RELEASE,
    ),
    (
        "vz028",
        "time",
        "Which alerts were firing at the moment the cart-service silence was created?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        RESPONDER,
    ),
    (
        "vz029",
        "time",
        "Give me all the acks between 1 and 28 February, full rows.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RESPONDER,
    ),
    (
        "vz030",
        "time",
        "What was changed in the 30 minutes before the VaultLeaseRenewalFailures alert started?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'VaultLeaseRenewalFailures') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE name = 'VaultLeaseRenewalFailures')""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "vz031",
        "aggregates",
        "How many alerts had checkout-web on launch day, Tuesday 11 March?",
        """SELECT count(*) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LAUNCH,
    ),
    (
        "vz032",
        "aggregates",
        "For the launch retro: what share of Tuesday's production alerts came from the checkout project? one decimal",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1)
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LAUNCH,
    ),
    (
        "vz033",
        "aggregates",
        "On average, how many alerts fired on the same service in the 30 minutes after each production deploy of a "
        "checkout service? Deploys with none count as zero.",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.starts_at) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.environment = 'production' AND c.project = 'checkout'
               GROUP BY c.id)""",
        LAUNCH,
    ),
    (
        "vz034",
        "aggregates",
        "How many incidents did checkout-web have on 11 March?",
        """SELECT count(*) FROM alert_groups
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CS,
    ),
    (
        "vz035",
        "aggregates",
        "whats the average time to resolve for payments-api incidents, in mins?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1)
           FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        CS,
    ),
    (
        "vz036",
        "aggregates",
        "We keep telling merchants our deploys are safe, and before I say it again I want to check it: how many prod "
        "alerts kicked off within 15 min after a deploy to the same service?",
        """SELECT count(*) FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CS,
    ),
    (
        "vz037",
        "aggregates",
        "How much log lines per environment on 11 March?",
        """SELECT environment, count(*) AS lines FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY lines DESC""",
        CAPACITY,
    ),
    (
        "vz038",
        "aggregates",
        "Average hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing, one decimal.",
        """SELECT round(avg(m.value), 1) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00'))""",
        CAPACITY,
    ),
    (
        "vz039",
        "aggregates",
        "Max of service:http_request_duration_seconds:p99 per service on 11 March.",
        """SELECT labels['service'] AS service, max(value) AS max_p99 FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND labels['service'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY labels['service']
           ORDER BY max_p99 DESC""",
        CAPACITY,
    ),
    (
        "vz040",
        "aggregates",
        "How many deploys went tae production this year, and how many rollbacks?",
        """SELECT count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 16:00:00+00'""",
        RELEASE,
    ),
    (
        "vz041",
        "aggregates",
        "What percentage o' production deploys were followed by an incident on the same service within 30 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alert_groups g
                      WHERE g.service = c.service AND g.environment = c.environment
                        AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        RELEASE,
    ),
    (
        "vz042",
        "aggregates",
        "On average, how many minutes between a suspect change going live and its incident opening?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        RELEASE,
    ),
    (
        "vz043",
        "aggregates",
        "How many silences did each person create this quarter?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-16 07:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC""",
        RESPONDER,
    ),
    (
        "vz044",
        "aggregates",
        "How many acks came in while the acked alert was still firing?",
        """SELECT count(*) FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal
                                                             AND NOT m.is_regex)[1].value
                   AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal
                                                                AND NOT m.is_regex)[1].value
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        RESPONDER,
    ),
    (
        "vz045",
        "aggregates",
        "Average snooze length. In minutes.",
        """SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "vz046",
        "top_n",
        "top 3 services by alerts on launch day (tue 11 mar)",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        LAUNCH,
    ),
    (
        "vz047",
        "top_n",
        "Who has flipped the most feature flags? Just the one person.",
        """SELECT actor, count(*) AS flips FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flips DESC, actor
           LIMIT 1""",
        LAUNCH,
    ),
    (
        "vz048",
        "top_n",
        "In the hour after payments-api v2.14.0 went live in production, which checkout service had the most alerts?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        LAUNCH,
    ),
    (
        "vz049",
        "top_n",
        "Which service has had the most critical alerts, all up?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE severity = 'critical'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        CS,
    ),
    (
        "vz050",
        "top_n",
        "what alert name fired the most in prod on the 11th?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        CS,
    ),
    (
        "vz051",
        "top_n",
        "Whose deploys got named the suspect for the most incidents? Just the top person, I reckon I know who.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        CS,
    ),
    (
        "vz052",
        "top_n",
        "Top 3 services by error log lines in production on 11 March.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        CAPACITY,
    ),
    (
        "vz053",
        "top_n",
        "Which hour of 11 March had most alerts? Hour and count.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        CAPACITY,
    ),
    (
        "vz054",
        "top_n",
        "Top 2 services by scale events, every environment.",
        """SELECT service, count(*) AS scale_events FROM change_events
           WHERE type = 'scale' AND phase = 'live'
           GROUP BY service
           ORDER BY scale_events DESC, service
           LIMIT 2""",
        CAPACITY,
    ),
    (
        "vz055",
        "top_n",
        "Which service has been rolled back the most?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service
           ORDER BY rollbacks DESC, service
           LIMIT 1""",
        RELEASE,
    ),
    (
        "vz056",
        "top_n",
        "Top 2 deployers by deploys, all environments, folk only (no argocd or the deployment controller).",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 2""",
        RELEASE,
    ),
    (
        "vz057",
        "top_n",
        "Which service had the most incidents opened within 15 minutes after one of its own deploys?",
        """SELECT g.service, count(DISTINCT g.id) AS incidents FROM alert_groups g
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY g.service
           ORDER BY incidents DESC, g.service
           LIMIT 1""",
        RELEASE,
    ),
    (
        "vz058",
        "top_n",
        "Who created the most silences?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        RESPONDER,
    ),
    (
        "vz059",
        "top_n",
        "Top 2 people by acks.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        RESPONDER,
    ),
    (
        "vz060",
        "top_n",
        "Which two people, humans only, made the most production changes while an incident on the same service was "
        "open?",
        """SELECT c.actor, count(*) AS changes FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 07:00:00+00'))
           GROUP BY c.actor
           ORDER BY changes DESC, c.actor
           LIMIT 2""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "vz061",
        "changes",
        "who turned on the New checkout flow flag, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND summary ILIKE '%turned on the flag new checkout flow%'""",
        LAUNCH,
    ),
    (
        "vz062",
        "changes",
        "what version of checkout-web is live in prod right now?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'production'
           ORDER BY timestamp DESC
           LIMIT 1""",
        LAUNCH,
    ),
    (
        "vz063",
        "changes",
        "What changed in production on the checkout services in the 3 hours before the first checkout-web alert on "
        "Tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND project = 'checkout'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 3 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        LAUNCH,
    ),
    (
        "vz064",
        "changes",
        "What deploys went out to prod on the 11th (UTC)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CS,
    ),
    (
        "vz065",
        "changes",
        "Was anything deployed to payments-api in the hour before the HikariPoolPendingConnections alert?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'HikariPoolPendingConnections') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections')""",
        CS,
    ),
    (
        "vz066",
        "changes",
        "who rolled back payments-api on Tuesday?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CS,
    ),
    (
        "vz067",
        "changes",
        "All scale-downs in production in March.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        CAPACITY,
    ),
    (
        "vz068",
        "changes",
        "Config changes of last 7 days, who and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-13 08:00:00+00' - INTERVAL 7 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        CAPACITY,
    ),
    (
        "vz069",
        "changes",
        "Staging deploys in March which got no alerts on the same service in 30 minutes after.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CAPACITY,
    ),
    (
        "vz070",
        "changes",
        "Which versions o' auth-api went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        RELEASE,
    ),
    (
        "vz071",
        "changes",
        "payments-api versions in staging vs production, as they stand the now",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'payments-api' AND environment IN ('staging', 'production')
           GROUP BY environment""",
        RELEASE,
    ),
    (
        "vz072",
        "changes",
        "Which releases reached production within an hour of being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        RELEASE,
    ),
    (
        "vz073",
        "changes",
        "Changes made by humans in production between 9 and 15 March, full rows.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-09 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-16 00:00:00+00'""",
        RESPONDER,
    ),
    (
        "vz074",
        "changes",
        "Which production changes were made while an incident on the same service was open? Full rows.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 07:00:00+00'))""",
        RESPONDER,
    ),
    (
        "vz075",
        "changes",
        "Flag flips in production on 11 March: who, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "vz076",
        "silences",
        "was anything muted on the checkout services at some point on launch day (11 mar)?",
        """SELECT * FROM silences
           WHERE (project = 'checkout'
                  OR service IN (SELECT service FROM alerts WHERE project = 'checkout'
                                 UNION SELECT service FROM change_events WHERE project = 'checkout'))
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        LAUNCH,
    ),
    (
        "vz077",
        "silences",
        "Who took the cart-service silence off, and when?",
        """SELECT expired_by, expired_at FROM silences
           WHERE service = 'cart-service' AND expired_at IS NOT NULL""",
        LAUNCH,
    ),
    (
        "vz078",
        "silences",
        "Which alerts were firing on cart-service while its silence was on?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        LAUNCH,
    ),
    (
        "vz079",
        "silences",
        "Quick one before my call with the merchant: is anything muted right now?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 20:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 20:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 20:00:00+00')""",
        CS,
    ),
    (
        "vz080",
        "silences",
        "Silences created on 11 March (UTC): the id, who made it, and the comment.",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CS,
    ),
    (
        "vz081",
        "silences",
        "How long was maria's cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        CS,
    ),
    (
        "vz082",
        "silences",
        "Total silenced hours per silence author this year.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
           GROUP BY created_by
           ORDER BY hours DESC""",
        CAPACITY,
    ),
    (
        "vz083",
        "silences",
        "Which silences muted really something, according to Alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        CAPACITY,
    ),
    (
        "vz084",
        "silences",
        "Show the suggested mute time intervals.",
        """SELECT * FROM silence_suggestions WHERE kind = 'mute_time_interval'""",
        CAPACITY,
    ),
    (
        "vz085",
        "silences",
        "For each silence, how many alerts did Alertmanager hold back under it? Zeros an' all.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted DESC""",
        RELEASE,
    ),
    (
        "vz086",
        "silences",
        "Silences created outwith business hours (Monday to Friday, 9 to 5 UTC), the full list.",
        """SELECT * FROM silences
           WHERE isodow(created_at) > 5
              OR hour(created_at) < 9
              OR hour(created_at) >= 17""",
        RELEASE,
    ),
    (
        "vz087",
        "silences",
        "Which silences were ended early by hand?",
        """SELECT * FROM silences WHERE expired_early""",
        RELEASE,
    ),
    (
        "vz088",
        "silences",
        "Silences created between 1 and 15 March: silence id, author and the scheduled length in minutes.",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-16 00:00:00+00'""",
        RESPONDER,
    ),
    (
        "vz089",
        "silences",
        "Which silences don't pin any service? Show me them.",
        """SELECT * FROM silences WHERE service IS NULL""",
        RESPONDER,
    ),
    (
        "vz090",
        "silences",
        "Who created silences while an incident on the same service was open?",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 07:00:00+00'))""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "vz091",
        "joins",
        "For each prod deploy on 11 March: service, version, and how many alerts hit that same service in the next 30 "
        "minutes (zeros included).",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)
           ORDER BY alerts DESC""",
        LAUNCH,
    ),
    (
        "vz092",
        "joins",
        "Which incidents in the checkout project had an early warning before them? The incident rows please.",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        LAUNCH,
    ),
    (
        "vz093",
        "joins",
        "Checkout project incidents with their suspect change: the incident's service, alert name, when it opened, "
        "the suspect's version and who made it.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects
           WHERE project = 'checkout'""",
        LAUNCH,
    ),
    (
        "vz094",
        "joins",
        "Payments-api incidents and how they got fixed: when each one opened, the alert name and the fix.",
        """SELECT g.opened_at, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'""",
        CS,
    ),
    (
        "vz095",
        "joins",
        "Which incidents opened on 11 March still have no resolution written up?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        CS,
    ),
    (
        "vz096",
        "joins",
        "For each early warning on payments-api on 11 March: the kind of warning, when it started, and how many "
        "payments-api alerts started in the 15 minutes after it (zero too).",
        """SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, kind, w.starts_at
           ORDER BY w.starts_at""",
        CS,
    ),
    (
        "vz097",
        "joins",
        "How much cart-service error log lines in the 10 minutes after payments-api v2.14.0 went live in production?",
        """SELECT count(*) FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 10 MINUTE""",
        CAPACITY,
    ),
    (
        "vz098",
        "joins",
        "Alerts which started within 15 minutes after a scale event of the same service. Full rows.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'scale' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CAPACITY,
    ),
    (
        "vz099",
        "joins",
        "Incidents which opened while a silence on the same service was in effect.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        CAPACITY,
    ),
    (
        "vz100",
        "joins",
        "Which incidents had a rollback o' their service go live while they were open? Service, alert name and the "
        "rollback's version.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, coalesce(r.details['ref'], r.version) AS version
           FROM alert_groups g
           JOIN change_events r
             ON r.type = 'rollback' AND r.phase = 'live'
            AND r.service = g.service AND r.environment = g.environment
            AND r.timestamp >= g.opened_at
            AND r.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 16:00:00+00')""",
        RELEASE,
    ),
    (
        "vz101",
        "joins",
        "Which deploys caused incidents? The deploy rows, please.",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        RELEASE,
    ),
    (
        "vz102",
        "joins",
        "For each payments-api incident that has a suspect: the alert name, when it opened, and how many minutes "
        "before it the suspect change landed.",
        """SELECT group_labels['alertname'] AS alertname, opened_at, round(lag_s / 60, 1) AS minutes_before
           FROM incident_suspects
           WHERE service = 'payments-api'""",
        RELEASE,
    ),
    (
        "vz103",
        "joins",
        "Who acked alerts while they were still firing?",
        """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal
                                                             AND NOT m.is_regex)[1].value
                   AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal
                                                                AND NOT m.is_regex)[1].value
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        RESPONDER,
    ),
    (
        "vz104",
        "joins",
        "Which production deploys were followed by a silence on the same service within 24 hours? Full rows.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment IS NULL OR s.environment_canonical = c.environment)
                   AND s.created_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 24 HOUR)""",
        RESPONDER,
    ),
    (
        "vz105",
        "joins",
        "Config changes that were followed by a critical alert on the same service within an hour. Full rows.",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        RESPONDER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "vz106",
        "refusals",
        "What's a realistic conversion-rate target for the first month after a checkout redesign launch?",
        "not_about_this_data",
        LAUNCH,
    ),
    (
        "vz107",
        "refusals",
        "Please switch the New checkout flow flag back off in production, marketing wants to pause the launch.",
        "asks_to_change_data",
        LAUNCH,
    ),
    (
        "vz108",
        "refusals",
        "any alerts on checkout-ios since the launch?",
        "ungrounded",
        LAUNCH,
    ),
    (
        "vz109",
        "refusals",
        "Can you write me a nice apology email to the merchant about Tuesday's payment failures?",
        "not_about_this_data",
        CS,
    ),
    (
        "vz110",
        "refusals",
        "Mark the checkout-web incident as resolved, the merchant says it's all good now.",
        "asks_to_change_data",
        CS,
    ),
    (
        "vz111",
        "refusals",
        "Which alerts did merchant-portal have on 11 March?",
        "ungrounded",
        CS,
    ),
    (
        "vz112",
        "refusals",
        "Which EC2 instance type is most cost efficient for an Elasticsearch cluster?",
        "not_about_this_data",
        CAPACITY,
    ),
    (
        "vz113",
        "refusals",
        "Delete the metric samples older than 30 days, they cost us storage.",
        "asks_to_change_data",
        CAPACITY,
    ),
    (
        "vz114",
        "refusals",
        "How much alerts came from the cluster prod-eu-north-1 this week?",
        "ungrounded",
        CAPACITY,
    ),
    (
        "vz115",
        "refusals",
        "Any tips for writing release notes folk will actually read?",
        "not_about_this_data",
        RELEASE,
    ),
    (
        "vz116",
        "refusals",
        "Put a silence on the indexer for tonight's release window, 22:00 to midnight.",
        "asks_to_change_data",
        RELEASE,
    ),
    (
        "vz117",
        "refusals",
        "What did fraser.mcleod deploy this week?",
        "ungrounded",
        RELEASE,
    ),
    (
        "vz118",
        "refusals",
        "What is the CVSS score of CVE-2024-3094, and are we affected in general?",
        "not_about_this_data",
        RESPONDER,
    ),
    (
        "vz119",
        "refusals",
        "Expire all the silences kenji created, I don't trust them until the investigation is over.",
        "asks_to_change_data",
        RESPONDER,
    ),
    (
        "vz120",
        "refusals",
        "Tell me every change made in the dr environment in March.",
        "ungrounded",
        RESPONDER,
    ),
]
