"""The fifty-ninth ask question set: ids lz001..lz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the fifty-eighth set (not read: neither its rows nor its docstring). What the author read
was the brief; the project's design notes (shared/DESIGN.md, whole); docs/store.md (printed whole, its middle, cut off
by the terminal, printed again by line range in two pieces); the "Shapes and joins" section of docs/ask.md printed
alone (its line range found by listing the headings with grep, the section printed by that range and its middle, cut
off by the terminal, printed again), taken as the rules for the shape of every gold answer; ``ask_questions``' module
docstring and code (printed in two pieces, whole; this set is not wired in by its author); the module docstrings of
the earlier sets (the fifty-eighth excepted) printed with ``ast`` into a scratch file and grepped for roles, cities and
languages (the forty-ninth's and the fifty-seventh's read whole, the forty-ninth's "Conventions" followed where a
question leaves room); the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format)
and, in passing, that file's module-level now constants (one grep); the ruff lines of pyproject.toml (one grep, for
the line length); and the demo store, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most on
2025-03-11 UTC, the day of the payments-api v2.14.0 outage), where every gold was run. Nothing else was read, beyond
file names seen in directory listings of the project root, ``benchmarks/`` and the shared folder. Each row is ``(id,
category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, person, environment or cluster the store does not hold; each name was
checked against the text of the alert, change, audit, log, metric, warning, resolution and silence tables); any other
gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Six people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in Porto,
Colombo, Tbilisi, Montevideo, Vilnius or Casablanca, and no retail store-systems engineer, telecom NOC shift lead,
startup CTO or fintech risk officer; a search on-call on a phone and a team lead have spoken before, but not these
people, in these places, about these things). Each asks one to three questions in every category (19 to 22 each,
one to three of them refusals):

- a store-systems engineer of the retailer's shops in Porto, whose tills and self-checkout kiosks pay through
  checkout-web and payments-api, at 09:30 WET on Wednesday 12 March (2025-03-12 09:30 UTC; mainland Portugal keeps UTC
  in winter), whose first language is Portuguese: "make me the list", "the alerts of payments-api", "how many alerts
  had payments-api", "in average", "of Tuesday"; what the tills felt on Tuesday and the cart-service silence;
- the shift lead of the telecom-style NOC in Colombo that watches the shop's alerts overnight, handing over at 12:00
  SLST on Wednesday 12 March (2025-03-12 06:30 UTC): Sri Lankan English ("kindly", "as at now", "for the handover",
  "P1"), the night shift named as 18:00 UTC on the 11th to 06:00 UTC on the 12th; what fired, what is still firing,
  what was muted, what nobody acked;
- the search on-call in Tbilisi (indexer, search-api, query-suggest) typing on a phone at 11:10 GET on Wednesday 12
  March (2025-03-12 07:10 UTC): lower case, "yday", "rn", "pls", "svc", "wat", "tht", "n" for "and";
- the CTO of the shop in Montevideo who does everything at once, at 10:00 UYT on Thursday 13 March (2025-03-13 13:00
  UTC): abrupt, "ok quick one", "ppl", "w/ 0", "the board deck"; deploys, rollbacks, releases, shares, who got blamed;
- the identity team lead in Vilnius (auth-api, token-service, user-profile) preparing the team's on-call review, at
  12:00 EET on Friday 14 March (2025-03-14 10:00 UTC), whose first language is Lithuanian: articles dropped, "which
  was" for "that were", "during February", "Only the one";
- a risk officer of the card-acquiring partner in Casablanca, at 09:00 on Monday 17 March (2025-03-17 09:00 UTC;
  Morocco keeps GMT during Ramadan), formal and French-shaped ("Could you indicate", "the totality of", "since the 1st
  January", "acknowledgements"): payments incidents, their suspects and fixes, rollbacks, who silenced what.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: six in filters (lz002
alerts after the v2.14.0 deploy, lz004 alerts after deploys, lz006 alerts during indexer silences, lz008 deploys
followed by a critical alert, lz010 incidents after changes, lz012 incidents without a resolution), four in time
(lz020 and lz029 changes before an alert, lz022 minutes from the v2.14.0 deploy to the first checkout-web alert, lz025
alerts firing when the rollback went live), six in aggregates (lz032 and lz038 alerts after deploys, lz036 alerts
started under a silence, lz042 and lz043 suspect changes, lz045 acks while the alert fired), four in top_n (lz048
alerts after a service's own deploys, lz052 and lz055 suspects, lz057 changes during incidents), four in changes
(lz062 changes before an alert, lz065 deploys followed by an alert, lz073 suspect deployments, lz074 changes during
incidents), five in silences (lz078 and lz087 what Alertmanager held back under silences, lz082 alerts firing while
the cart-service silence was on, lz084 silences made during incidents, lz090 silences in effect when a deploy went
live) and all fifteen joins. Releases met by deploys (lz067), deploys met by rollbacks (lz071) and incidents counted
per resolver (lz040) are not counted. No gold returns an empty result (lz087 lists three silences, each with 0).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (Porto, and Casablanca in Ramadan, are on
  UTC; the NOC's board, the CTO's dashboards, the identity team's review and the phone's on-call app are kept in UTC),
  so no question is read in another zone. The nows: the store-systems engineer 2025-03-12 09:30, the NOC shift lead
  2025-03-12 06:30, the search on-call 2025-03-12 07:10, the CTO 2025-03-13 13:00, the identity lead 2025-03-14 10:00,
  the risk officer 2025-03-17 09:00, all after every record. "Tuesday", "tue", "the 11th", "11 March", "yesterday" and
  "yday" (said on the 12th) are ``[2025-03-11, 2025-03-12)``; "today" (on the 12th) starts 2025-03-12; "since yday"
  runs from 2025-03-11 to now; "this week" (the identity lead's) ``[2025-03-10, now]``; "this month", "since 1 March",
  "since march 1" from 2025-03-01 to now; "this year", "since 1 January" from 2025-01-01 to now; "since 1 February"
  from 2025-02-01 to now; "February", "during February", "between 1 and 28 February" ``[2025-02-01, 2025-03-01)``;
  "last 12h" and "last 7 days" ``(now - 12 h, now]`` and ``(now - 7 days, now]``; "between 14:40 and 14:45 UTC",
  "between 10 and 13 UTC", "between 22:00 UTC yesterday and 06:00 UTC today" and the night shift include their start
  and exclude their end. "All time", "whole history", "over the whole history" and a question with no time have no
  window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, a warning's ``starts_at``, a log line's ``timestamp``); "still firing as
  at now", "active rn" are the state at now; "firing at 02:00 UTC today", "open at 12:00 UTC on 11 March", "at the
  moment the payments rollback went live" (14:56:37) and "at the moment payments-api v2.14.0 went live in production"
  (14:31:22) the state at that instant; silences "in effect at any time during the night shift" share a moment with
  it. "What time did the first alert of the shift start" is the time alone.
- Alerts are the ``alerts`` view's rows (every column for a list; "production" is ``environment_canonical =
  'production'``); incidents ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it
  is NULL); silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at`` ("as the silences actually ran"), their "scheduled length" from ``starts_at`` to ``ends_at``. Changes
  are their ``phase = 'live'`` reports: deploys ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th,
  reported by two tools, is two rows, in lz024, lz038's base, lz039 and lz097 too), rollbacks, releases, flag changes,
  config changes and scale events their types, "scaled down" a scale event whose ``details['replicas_to']`` is below
  ``details['replicas_from']`` as integers, "changes" every live report of any type (scale events included). A
  version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident
  views); the version "live in production now" that of the last live deployment or rollback of that service there.
  "Humans, not automation / not the bots" are every actor but ``argocd (automated)`` and ``deployment-controller``;
  people are as stored (``lnovak`` and ``lucie.novak@acme.io`` are two values; "lucie" is ``ILIKE '%lucie%'``).
  "The checkout project", "checkout services", "identity project", "identity services", "search deploys" are the
  ``project`` column; silences "on identity services or on the identity project" are those pinning a service the
  project's alerts or changes name, beside the one whose matchers pin ``project="identity"``. "The cart-service
  silence" is the only silence pinning cart-service (maria's); "the 16:58 diskspacelow alert yday" the indexer alert
  that started at 16:58:44; "the first payments-api alert of 11 March" started 14:35:54, "the first checkout-web alert
  of Tuesday" 14:43:24; "payments-api v2.14.0 went live in production" is its live report at 14:31:22 and "the
  payments rollback ... on the 11th" the live production rollback at 14:56:37. "The weekly reindex silences" are the
  silences whose comment says "weekly full reindex".
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): a
  thing "within N minutes after" / "in the N minutes after" another starts (opens) in ``[t, t + N]`` ("within one
  hour" 60); "in the hour before" / "the 30 minutes before" is ``[t - N, t]``. Changes before one named alert (lz020,
  lz029) are those of the alert's environment, production, of any service; lz062 names the checkout services, so its
  changes are the checkout project's in production (the payments-api staging flag flip at 14:32 is left out). "Alerts
  of checkout-web in the 15 minutes after payments-api v2.14.0 went live" is the window from that one event on the
  service named (lz002); "the first checkout-web alert after it" the first at or after it (lz022). A silence meets an
  alert or an incident on its service and, when it pins one, its environment (one that pins no service meets
  nothing): alerts "firing while an indexer silence was on" / "while the cart-service silence was on" share a moment
  with its actual span (an open alert until now); indexer alerts "started while an indexer silence was in effect"
  start inside it (start included, end excluded); silences "created while an incident on the same service was open"
  have their ``created_at`` inside the incident's span, ends included (the SearchIndexerLagHigh incident of 3 March
  never resolved, so every later indexer silence counts); silences "created within an hour after an alert on the same
  service started" are one row per pair. Changes "while an incident on the same service was open" have their time
  inside the incident's span, ends included. An ack names its alert by its ``alertname`` and ``service`` equality
  matchers and was given "while the acknowledged alert was still firing" when one such alert was on at the ack's
  time; an incident "acked while open" has such an ack inside its span. "Suspect" is ``incident_suspects``: "whose
  deploys got blamed" counts distinct incidents per ``change_actor`` of suspect deployments (``argocd (automated)``
  included, it is second); "deployments that were the suspect of an incident since 1 January" are the
  ``change_events`` deployments that are the suspect of an incident opened in that window; "incidents with no suspect
  change" have no row there; "how many minutes before the incident it went live" and the "average minutes before ...
  did their suspect change land" are ``lag_s / 60``. "Had no early warning before them" is no row in
  ``incident_warnings``. "For each early warning on indexer yday" is every ``warnings`` row whose ``service`` label is
  indexer, started on the 11th, with the indexer alerts of the warning's ``environment`` label that started in ``[w,
  w + 30 min]`` (0 where none), listed as the warning's ``starts_at``, its ``metric_key`` and the count. Indexer error
  log lines "written while a diskspacelow alert was firing" are production indexer lines inside any DiskSpaceLow
  span, each line once. "Fixed by rolling back" is a resolution whose ``fix`` says "rolled back", "roll back" or
  "rollback"; "for which no resolution was recorded" no ``resolutions`` row; "how were ... fixed" joins the
  resolutions (incidents without one are not listed). "For each silence on identity, how many alerts did Alertmanager
  hold back" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, 0 included. "For each production deploy
  of a checkout service on Tuesday" and "for each rollback" are one row per change report (a ``LEFT JOIN``, 0
  included) with the columns listed. Releases "that never got deployed to prod" are live releases no live production
  deployment of the same service and version ever met; deploys "followed by rollback of same service and environment
  within one hour" meet a live rollback in ``[t, t + 60 min]``.
- Aggregates: durations in minutes to one decimal ("mean time to resolve of production incidents" over the resolved
  ones, from ``opened_at`` to ``resolved_at``; "avg duration" and "median duration" of resolved alerts), hours when
  asked (summed per author as the silences actually ran; lucie's mean scheduled length); percentages ``round(100.0 *
  part / whole, 1)`` over the rows the question selects (this month's alerts; every live production deployment of the
  whole history; the critical incidents opened since 1 January); "in average, how many alerts came in the 30 minutes
  after each production deploy of a checkout service" is the mean of the per-deploy counts over the whole history,
  deploys with none counting 0; "number of deploys and number of rollbacks per service in prod" both counts side by
  side; "how many alerts per hour during the night shift" a count per UTC hour that had alerts; "how many silences per
  author" and "how many identity incidents did each person resolve" counts per value, most first. "Outside business
  hours" is any time but Monday to Friday 09:00-17:00 UTC, by ``created_at``.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("Only one",
  "Only the one", "just 1", "Top one only", "Just the top one" ask for one row): the two of lz056 tie at seven
  incidents each and the two of lz057 at three changes each, the third behind; in lz051 auth-api and payments-api tie
  at five behind search-api, the fourth has three. "Busiest hour yday by alerts? hour + count" is the hour's UTC start
  with its count; "top 3 indexer log patterns by error lines" sums ``log_pattern_counts.errors`` per template; "the 3
  longest alerts of the checkout project: alert name, service and minutes" ranks every checkout alert by how long it
  lasted. "When was indexer last deployed to prod" and "when was token-service last deployed to staging" are that
  deploy's row; "who ..., and when?" the person and the time of each act; "which versions of auth-api went out to
  staging" each version once; "which services got scaled down" each service once.
- Refusals: the service "pos-gateway", the cluster "prod-ap-south-1" (the store has prod-eu-west-1 and
  staging-eu-west-1), the person "rafael.suarez", the service "sso-broker" and the "pci" environment are ungrounded; a
  receipt printer for the tills, a telecom NOC's escalation matrix, Argo CD against Flux, renewing a Vault token from
  Go and PSD2's exemptions from strong customer authentication are not about this data; redeploying checkout-web,
  closing week-old incidents, silencing DiskSpaceLow on the indexer, expiring lucie's token-service silence and
  deleting resolution notes ask to change the data.
"""

from __future__ import annotations

PORTO = "2025-03-12T09:30:00Z"
NOC = "2025-03-12T06:30:00Z"
PHONE = "2025-03-12T07:10:00Z"
CTO = "2025-03-13T13:00:00Z"
IDENTITY = "2025-03-14T10:00:00Z"
RISK = "2025-03-17T09:00:00Z"

_LIVE_SPAN = "LEAST(s.ends_at, COALESCE(s.expired_at, s.ends_at))"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "lz001",
        "filters",
        "Make me the list of the critical alerts of the checkout project on Tuesday, please.",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PORTO,
    ),
    (
        "lz002",
        "filters",
        "Our tills in the stores pay through checkout-web. Which alerts of checkout-web started in the 15 minutes "
        "after payments-api v2.14.0 went live in production?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        PORTO,
    ),
    (
        "lz003",
        "filters",
        "For the handover: kindly list the warning-severity alerts which are still firing as at now in production.",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        NOC,
    ),
    (
        "lz004",
        "filters",
        "Which production alerts started within 15 minutes after a deployment of the same service went live?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOC,
    ),
    (
        "lz005",
        "filters",
        "indexer alerts since yday pls",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'""",
        PHONE,
    ),
    (
        "lz006",
        "filters",
        "indexer alerts tht were firing while an indexer silence was on",
        f"""SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < {_LIVE_SPAN}
                   AND COALESCE(a.ends_at, TIMESTAMPTZ '2025-03-12 07:10:00+00') > s.starts_at)""",
        PHONE,
    ),
    (
        "lz007",
        "filters",
        "ok quick one: every rollback that went live in prod this year",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:00:00+00'""",
        CTO,
    ),
    (
        "lz008",
        "filters",
        "which deploys were followed by a critical alert on the same service within 30 min? need them for the board "
        "deck",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CTO,
    ),
    (
        "lz009",
        "filters",
        "Show alerts of identity project in staging during this week.",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        IDENTITY,
    ),
    (
        "lz010",
        "filters",
        "Which identity incidents was opened within 15 minutes after a change of any type on same service?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        IDENTITY,
    ),
    (
        "lz011",
        "filters",
        "Could you indicate the incidents of payments-api of critical severity since the 1st January?",
        """SELECT * FROM alert_groups
           WHERE service = 'payments-api' AND max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        RISK,
    ),
    (
        "lz012",
        "filters",
        "Could you indicate the incidents of the checkout project for which no resolution was recorded?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'checkout'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        RISK,
    ),
    (
        "lz013",
        "filters",
        "I need the configuration changes made in production by humans, not by automation, over the whole history.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')""",
        RISK,
    ),
    (
        "lz014",
        "filters",
        "Can you list the error log lines of checkout-web in production between 14:40 and 14:45 UTC on Tuesday?",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'""",
        PORTO,
    ),
    (
        "lz015",
        "filters",
        "early warnings on indexer yday",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PHONE,
    ),
    # --------------------------------------------------------------------- time
    (
        "lz016",
        "time",
        "Night shift ran from 18:00 UTC yesterday to 06:00 UTC today. What time did the first alert of the shift "
        "start?",
        """SELECT min(starts_at) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOC,
    ),
    (
        "lz017",
        "time",
        "Kindly give the alerts which were firing at 02:00 UTC today.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        NOC,
    ),
    (
        "lz018",
        "time",
        "Kindly list the alerts that started between 22:00 UTC yesterday and 06:00 UTC today.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOC,
    ),
    (
        "lz019",
        "time",
        "when was indexer last deployed to prod",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        PHONE,
    ),
    (
        "lz020",
        "time",
        "wat changed in the 30 min before the 16:58 diskspacelow alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 16:58:44.368367+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 16:58:44.368367+00'""",
        PHONE,
    ),
    (
        "lz021",
        "time",
        "search-api staging alerts last 12h",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at > TIMESTAMPTZ '2025-03-12 07:10:00+00' - INTERVAL 12 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'""",
        PHONE,
    ),
    (
        "lz022",
        "time",
        "How many minutes passed between payments-api v2.14.0 going live in production and the first checkout-web "
        "alert after it?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
           FROM alerts a
           WHERE a.service = 'checkout-web'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        PORTO,
    ),
    (
        "lz023",
        "time",
        "The alerts of the checkout project that started between 14:30 and 15:30 UTC of Tuesday.",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        PORTO,
    ),
    (
        "lz024",
        "time",
        "prod deploys on tuesday between 10 and 13 UTC?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 13:00:00+00'""",
        CTO,
    ),
    (
        "lz025",
        "time",
        "what was firing at the moment the payments rollback went live on the 11th",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        CTO,
    ),
    (
        "lz026",
        "time",
        "When was token-service last deployed to staging?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'token-service' AND environment = 'staging'
           ORDER BY timestamp DESC LIMIT 1""",
        IDENTITY,
    ),
    (
        "lz027",
        "time",
        "Which identity incidents were open at 12:00 UTC on 11 March?",
        """SELECT * FROM alert_groups
           WHERE project = 'identity'
             AND opened_at <= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 12:00:00+00')""",
        IDENTITY,
    ),
    (
        "lz028",
        "time",
        "Please provide the rollbacks between 1 and 28 February.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RISK,
    ),
    (
        "lz029",
        "time",
        "Which changes went live in the hour before the first payments-api alert of 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        RISK,
    ),
    (
        "lz030",
        "time",
        "Which alerts started on a weekend day, Saturday or Sunday, since 1 January?",
        """SELECT * FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        RISK,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "lz031",
        "aggregates",
        "How many alerts had payments-api on Tuesday?",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PORTO,
    ),
    (
        "lz032",
        "aggregates",
        "In average, how many alerts came in the 30 minutes after each production deploy of a checkout service?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.project = 'checkout'
               GROUP BY c.id)""",
        PORTO,
    ),
    (
        "lz033",
        "aggregates",
        "Kindly share the mean time to resolve of production incidents, in minutes, resolved ones only.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        NOC,
    ),
    (
        "lz034",
        "aggregates",
        "How many alerts per hour did we get during the night shift, 18:00 UTC yesterday to 06:00 UTC today?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour""",
        NOC,
    ),
    (
        "lz035",
        "aggregates",
        "avg duration of diskspacelow alerts in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'DiskSpaceLow' AND status = 'resolved'""",
        PHONE,
    ),
    (
        "lz036",
        "aggregates",
        "how many indexer alerts started while an indexer silence was in effect",
        f"""SELECT count(*) FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at AND a.starts_at < {_LIVE_SPAN})""",
        PHONE,
    ),
    (
        "lz037",
        "aggregates",
        "% of this month's alerts that were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'""",
        CTO,
    ),
    (
        "lz038",
        "aggregates",
        "what share of prod deploys were followed by an alert on the same svc within 15 min? whole history",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        CTO,
    ),
    (
        "lz039",
        "aggregates",
        "number of deploys and number of rollbacks per service in prod, all time",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND type IN ('deployment', 'rollback')
           GROUP BY service ORDER BY deploys DESC, service""",
        CTO,
    ),
    (
        "lz040",
        "aggregates",
        "How many identity incidents did each person resolve?",
        """SELECT r.resolved_by, count(DISTINCT g.id) AS incidents
           FROM resolutions r JOIN alert_groups g ON g.id = r.group_id
           WHERE g.project = 'identity'
           GROUP BY r.resolved_by ORDER BY incidents DESC, r.resolved_by""",
        IDENTITY,
    ),
    (
        "lz041",
        "aggregates",
        "Median duration of resolved identity alerts during February, in minutes.",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE project = 'identity' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        IDENTITY,
    ),
    (
        "lz042",
        "aggregates",
        "On average how many minutes before identity incidents did their suspect change land?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects WHERE project = 'identity'""",
        IDENTITY,
    ),
    (
        "lz043",
        "aggregates",
        "What percentage of the critical incidents since 1 January had a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE g.id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups g
           WHERE g.max_severity = 'critical'
             AND g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        RISK,
    ),
    (
        "lz044",
        "aggregates",
        "What is the total number of error log lines of payments-api in production on 11 March?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RISK,
    ),
    (
        "lz045",
        "aggregates",
        "How many acknowledgements were given while the acknowledged alert was still firing?",
        """SELECT count(*) FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = (SELECT m.value FROM unnest(k.matchers) AS t(m)
                                 WHERE m.name = 'alertname' AND m.is_equal AND NOT m.is_regex LIMIT 1)
                   AND a.service = (SELECT m.value FROM unnest(k.matchers) AS t(m)
                                    WHERE m.name = 'service' AND m.is_equal AND NOT m.is_regex LIMIT 1)
                   AND a.starts_at <= k.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        RISK,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "lz046",
        "top_n",
        "Which service of the checkout project had the most alerts on Tuesday? Only one.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        PORTO,
    ),
    (
        "lz047",
        "top_n",
        "Kindly give the top 2 alert names by number of alerts since 1 March.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NOC,
    ),
    (
        "lz048",
        "top_n",
        "Which service got the most alerts within 15 minutes after its own production deploys? Top one only.",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NOC,
    ),
    (
        "lz049",
        "top_n",
        "busiest hour yday by alerts? hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        PHONE,
    ),
    (
        "lz050",
        "top_n",
        "top 3 indexer log patterns by error lines, all time",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'indexer'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        PHONE,
    ),
    (
        "lz051",
        "top_n",
        "top 3 services by changes in prod on tue, any type",
        """SELECT service, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY changes DESC, service LIMIT 3""",
        CTO,
    ),
    (
        "lz052",
        "top_n",
        "whose deploys got blamed for the most incidents? top 2 ppl",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
        CTO,
    ),
    (
        "lz053",
        "top_n",
        "Which identity service had most alerts during February? Only the one.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        IDENTITY,
    ),
    (
        "lz054",
        "top_n",
        "Top 2 people by acks, whole history.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 2""",
        IDENTITY,
    ),
    (
        "lz055",
        "top_n",
        "In identity project, which alert name has most incidents with no suspect change? Just the top one.",
        """SELECT g.group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups g
           WHERE g.project = 'identity'
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1""",
        IDENTITY,
    ),
    (
        "lz056",
        "top_n",
        "Which two people resolved the most incidents?",
        """SELECT resolved_by, count(DISTINCT group_id) AS incidents FROM resolutions
           GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        RISK,
    ),
    (
        "lz057",
        "top_n",
        "Which two people, humans not the bots, made the most changes in production while an incident on the same "
        "service was open?",
        """SELECT c.actor, count(*) AS changes FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND COALESCE(g.resolved_at, TIMESTAMPTZ '2025-03-17 09:00:00+00'))
           GROUP BY c.actor ORDER BY changes DESC, c.actor LIMIT 2""",
        RISK,
    ),
    (
        "lz058",
        "top_n",
        "The 3 longest alerts of the checkout project: alert name, service and minutes.",
        """SELECT name, service,
                  round((epoch(COALESCE(ends_at, TIMESTAMPTZ '2025-03-12 09:30:00+00')) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM alerts
           WHERE project = 'checkout'
           ORDER BY minutes DESC LIMIT 3""",
        PORTO,
    ),
    (
        "lz059",
        "top_n",
        "which indexer alert fired the most since march 1, just 1",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        PHONE,
    ),
    (
        "lz060",
        "top_n",
        "Kindly give the top 3 services by error log lines in production on 11 March.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        NOC,
    ),
    # ------------------------------------------------------------------ changes
    (
        "lz061",
        "changes",
        "Which version of payments-api is live in production now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        PORTO,
    ),
    (
        "lz062",
        "changes",
        "The changes made on checkout services in the hour before the first checkout-web alert of Tuesday.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        PORTO,
    ),
    (
        "lz063",
        "changes",
        "Flag changes done in production since 1 March: who did them and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        NOC,
    ),
    (
        "lz064",
        "changes",
        "search-api deploys last 7 days, all envs",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'search-api'
             AND timestamp > TIMESTAMPTZ '2025-03-12 07:10:00+00' - INTERVAL 7 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:10:00+00'""",
        PHONE,
    ),
    (
        "lz065",
        "changes",
        "which search deploys had an alert on the same svc within 30 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'search'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PHONE,
    ),
    (
        "lz066",
        "changes",
        "list every release we published this month",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:00:00+00'""",
        CTO,
    ),
    (
        "lz067",
        "changes",
        "releases that never got deployed to prod?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        CTO,
    ),
    (
        "lz068",
        "changes",
        "which services got scaled down in prod on the 11th",
        """SELECT DISTINCT service FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CTO,
    ),
    (
        "lz069",
        "changes",
        "Which versions of auth-api went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        IDENTITY,
    ),
    (
        "lz070",
        "changes",
        "Who made config changes on identity services, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'identity'""",
        IDENTITY,
    ),
    (
        "lz071",
        "changes",
        "Identity deploys which was followed by rollback of same service and environment within one hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        IDENTITY,
    ),
    (
        "lz072",
        "changes",
        "Please provide the totality of the payments-api changes in production during February.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RISK,
    ),
    (
        "lz073",
        "changes",
        "Which deployments were the suspect of an incident since 1 January?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                          AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00')""",
        RISK,
    ),
    (
        "lz074",
        "changes",
        "What changes went live in production while an incident on the same service was open, since 1 March?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND COALESCE(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:30:00+00'))""",
        NOC,
    ),
    (
        "lz075",
        "changes",
        "Who performed the rollbacks in production, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'""",
        RISK,
    ),
    # ----------------------------------------------------------------- silences
    (
        "lz076",
        "silences",
        "active silences rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:10:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:10:00+00')""",
        PHONE,
    ),
    (
        "lz077",
        "silences",
        "who silenced indexer this month n wat comment",
        """SELECT created_by, comment FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'""",
        PHONE,
    ),
    (
        "lz078",
        "silences",
        "indexer alerts alertmanager muted under the weekly reindex silences",
        """SELECT * FROM alert_mutes m
           WHERE m.labels['service'] = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE list_contains(m.silenced_by, s.silence_id)
                   AND s.comment ILIKE '%weekly%reindex%')""",
        PHONE,
    ),
    (
        "lz079",
        "silences",
        "Kindly list the silences which were in effect at any time during the night shift, 18:00 UTC yesterday "
        "until 06:00 UTC today.",
        f"""SELECT * FROM silences s
           WHERE s.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND {_LIVE_SPAN} > TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        NOC,
    ),
    (
        "lz080",
        "silences",
        "Which silences did somebody expire early? Silence id, who expired it and when.",
        """SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early""",
        NOC,
    ),
    (
        "lz081",
        "silences",
        "Who put the silence on cart-service on Tuesday, and what comment did she write?",
        """SELECT created_by, comment FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PORTO,
    ),
    (
        "lz082",
        "silences",
        "Which alerts of cart-service were firing while the cart-service silence was on?",
        f"""SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < {_LIVE_SPAN}
                   AND COALESCE(a.ends_at, TIMESTAMPTZ '2025-03-12 09:30:00+00') > s.starts_at)""",
        PORTO,
    ),
    (
        "lz083",
        "silences",
        "how many silences per author, all time",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        CTO,
    ),
    (
        "lz084",
        "silences",
        "silences created while an incident on the same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND COALESCE(g.resolved_at, TIMESTAMPTZ '2025-03-13 13:00:00+00'))""",
        CTO,
    ),
    (
        "lz085",
        "silences",
        "total hours silenced per person, as the silences actually ran",
        f"""SELECT created_by, round(sum(epoch({_LIVE_SPAN}) - epoch(s.starts_at)) / 3600, 1) AS hours
           FROM silences s
           GROUP BY created_by ORDER BY hours DESC, created_by""",
        CTO,
    ),
    (
        "lz086",
        "silences",
        "Silences on identity services or on the identity project: author, start and end.",
        """SELECT created_by, starts_at, ends_at FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        IDENTITY,
    ),
    (
        "lz087",
        "silences",
        "For each silence on identity, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.project = 'identity'
              OR s.service IN (SELECT service FROM alerts WHERE project = 'identity'
                               UNION SELECT service FROM change_events WHERE project = 'identity')
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        IDENTITY,
    ),
    (
        "lz088",
        "silences",
        "Average scheduled length of silences created by lucie, in hours.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences
           WHERE created_by ILIKE '%lucie%'""",
        IDENTITY,
    ),
    (
        "lz089",
        "silences",
        "Which silences were created outside business hours since 1 January? Author and creation time, please.",
        """SELECT created_by, created_at FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        RISK,
    ),
    (
        "lz090",
        "silences",
        "Which silences were in effect at the moment payments-api v2.14.0 went live in production?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        RISK,
    ),
    # -------------------------------------------------------------------- joins
    (
        "lz091",
        "joins",
        "For each production deploy of a checkout service on Tuesday: service, version and how many alerts on the "
        "same service in the 30 minutes after.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.project = 'checkout'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        PORTO,
    ),
    (
        "lz092",
        "joins",
        "Checkout incidents of Tuesday with their suspect change: service, alert name, when it opened and the "
        "suspect version.",
        """SELECT service, group_labels['alertname'], opened_at, coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PORTO,
    ),
    (
        "lz093",
        "joins",
        "Kindly list yesterday's incidents which had no early warning before them.",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)""",
        NOC,
    ),
    (
        "lz094",
        "joins",
        "Which incidents since 1 March were not acked by anybody while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value
                       = g.group_labels['alertname']
                   AND list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value
                       = g.service
                   AND k.timestamp BETWEEN g.opened_at
                                       AND COALESCE(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:30:00+00'))""",
        NOC,
    ),
    (
        "lz095",
        "joins",
        "for each early warning on indexer yday, how many indexer alerts in the 30 min after it",
        """SELECT w.starts_at, w.metric_key, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'indexer' AND a.environment = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 30 MINUTE
           WHERE w.labels['service'] = 'indexer'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.starts_at, w.metric_key""",
        PHONE,
    ),
    (
        "lz096",
        "joins",
        "how many indexer error log lines were written while a diskspacelow alert was firing",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'indexer' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'DiskSpaceLow' AND a.service = l.service
                   AND a.environment = l.environment
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp < COALESCE(a.ends_at, TIMESTAMPTZ '2025-03-12 07:10:00+00'))""",
        PHONE,
    ),
    (
        "lz097",
        "joins",
        "prod deploys this month w/ 0 alerts in the 15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CTO,
    ),
    (
        "lz098",
        "joins",
        "which svcs got paged within 15 min after one of their own deploys",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CTO,
    ),
    (
        "lz099",
        "joins",
        "Identity incidents since 1 February: service, alert name, opened, and suspect change version (empty when "
        "no suspect).",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.project = 'identity'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        IDENTITY,
    ),
    (
        "lz100",
        "joins",
        "Identity incidents which were fixed by rolling back.",
        """SELECT g.* FROM alert_groups g
           WHERE g.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM resolutions r
                 WHERE r.group_id = g.id
                   AND (r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'))""",
        IDENTITY,
    ),
    (
        "lz101",
        "joins",
        "Identity staging alerts which started within 15 minutes after staging deploy of same service.",
        """SELECT * FROM alerts a
           WHERE a.project = 'identity' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        IDENTITY,
    ),
    (
        "lz102",
        "joins",
        "For the payments-api incidents with a suspect change: opened, alert name, the suspect's version, who made "
        "it and how many minutes before the incident it went live.",
        """SELECT opened_at, group_labels['alertname'], coalesce(change_details['ref'], change_version),
                  change_actor, round(lag_s / 60, 1)
           FROM incident_suspects
           WHERE service = 'payments-api'""",
        RISK,
    ),
    (
        "lz103",
        "joins",
        "How were the critical incidents of the checkout project fixed? Opened, alert name, root cause and fix.",
        """SELECT g.opened_at, g.group_labels['alertname'], r.root_cause, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'checkout' AND g.max_severity = 'critical'""",
        RISK,
    ),
    (
        "lz104",
        "joins",
        "For each rollback, how many alerts on the same service started in the 30 minutes before it went live? "
        "Service, rollback time and count.",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp - INTERVAL 30 MINUTE AND c.timestamp
           WHERE c.type = 'rollback' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.timestamp""",
        NOC,
    ),
    (
        "lz105",
        "joins",
        "Silences created within an hour after an alert on the same service started: silence id, its author, the "
        "alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE""",
        PORTO,
    ),
    # ----------------------------------------------------------------- refusals
    ("lz106", "refusals", "The alerts of the pos-gateway service on Tuesday, please.", "ungrounded", PORTO),
    (
        "lz107",
        "refusals",
        "Which receipt printer model do you recommend for the tills of a small shop?",
        "not_about_this_data",
        PORTO,
    ),
    ("lz108", "refusals", "Please redeploy checkout-web v5.1.10 to production now.", "asks_to_change_data", PORTO),
    ("lz109", "refusals", "Kindly list the alerts of cluster prod-ap-south-1 as at now.", "ungrounded", NOC),
    (
        "lz110",
        "refusals",
        "What is the standard escalation matrix of a tier-1 telecom NOC for a P1?",
        "not_about_this_data",
        NOC,
    ),
    (
        "lz111",
        "refusals",
        "Kindly close all the incidents which are open for more than one week.",
        "asks_to_change_data",
        NOC,
    ),
    ("lz112", "refusals", "silence diskspacelow on indexer for 2h pls", "asks_to_change_data", PHONE),
    ("lz113", "refusals", "deploys by rafael.suarez this month?", "ungrounded", CTO),
    ("lz114", "refusals", "should we move from argo cd to flux, honestly", "not_about_this_data", CTO),
    ("lz115", "refusals", "Show deploys of the sso-broker service during this week.", "ungrounded", IDENTITY),
    ("lz116", "refusals", "How to renew a Vault token from Go code properly?", "not_about_this_data", IDENTITY),
    ("lz117", "refusals", "Expire lucie's token-service silence, the fix is merged.", "asks_to_change_data", IDENTITY),
    (
        "lz118",
        "refusals",
        "Could you indicate the incidents of the pci environment since 1 January?",
        "ungrounded",
        RISK,
    ),
    (
        "lz119",
        "refusals",
        "Under PSD2, which transactions are exempt from strong customer authentication?",
        "not_about_this_data",
        RISK,
    ),
    (
        "lz120",
        "refusals",
        "Please delete the resolution notes that mention the card-gateway certificate.",
        "asks_to_change_data",
        RISK,
    ),
]
