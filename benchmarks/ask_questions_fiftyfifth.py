"""The fifty-fifth ask question set: ids pz001..pz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes (/work/shared/DESIGN.md, printed whole with ``cat``, after the line counts of it,
docs/store.md and docs/ask.md and the list of docs/ask.md's headings, taken with ``wc`` and ``grep`` in one command),
docs/store.md (printed whole; its middle, from the end of the warnings table to the alert_mutes table, cut off by the
terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules
for the shape of every gold answer; printed by the line range the headings gave, and its middle, cut off by the
terminal, printed again by a narrower range), the module docstring of ``ask_questions`` and its code up to its 400th
line (the docstring whole, the imports, the split functions and the beginning of the table of sets; how a set is wired
and split; this set is not wired in by its author), the module docstrings of the earlier sets printed with ``ast`` into
a scratch file and searched with grep for city, country, language and role words (the forty-ninth's was printed whole
and its "Conventions" list followed where a question leaves room; of the fiftieth to fifty-third the opening lines, and
of those four, the forty-seventh and the forty-eighth the paragraphs naming their people, cut at 3,500 characters, were
printed, to learn who had spoken), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's
format), and the demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on
2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory
listings of ``benchmarks/``, the project root and the shared folder. Each row is ``(id, category, question, gold,
now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question
names a service, person or environment the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Swiss, Texan,
Ghanaian, Ukrainian or Pakistani voice, nobody in Zurich, Austin, Accra, Kyiv or Karachi, no one at a bank or a game
studio, no product support manager and no QA lead; on-call engineers on a phone and QA engineers have spoken before,
but not these ones, in these places, in these words). Each asks three questions in every category (24 each, three of
them refusals):

- a site reliability lead at a private bank in Zurich, at 09:30 CET on Thursday 13 March (2025-03-13 08:30 UTC), whose
  first language is Swiss German and who keeps the bank's change records in UTC: "Grüezi", "Merci", "gell?" at the end,
  "on production", "persons", dates written day first with the year ("11.03.2025", "1.2.2025" for 1 February), "Q1
  2025 to date"; who changed production and when, rollbacks, MTTR, suspects, silences and acks during incidents;
- a platform engineer at a game studio in Austin, Texas, whose in-game store runs on the checkout services, at 10:00 CDT
  on Wednesday 12 March (2025-03-12 15:00 UTC), with the studio's boards on UTC: Texan ("howdy", "y'all", "fixin' to",
  "goin' off", "pull up") and live-ops words ("ships went sideways", "a bad patch we had to yank", "raid night",
  "nuke"), lower case; deploys, flag flips, what went off overnight, pages after rollouts;
- a product support manager in Accra relaying a merchant's complaint about the checkout failures of 11 March, at 10:00
  GMT on Wednesday 12 March (Accra is on UTC): Ghanaian English ("Please, ..." and "Please which ..." to open a
  question, "Chale", "as at now", "I want to find out", "the client is complaining"), times from the ticket system in
  UTC; what fired and when, how long checkout-web was down, what changed, what was muted, how it was fixed;
- a QA lead in Kyiv, at 11:00 EET on Friday 14 March (2025-03-14 09:00 UTC), whose first language is Ukrainian and whose
  test dashboards run in UTC: articles dropped, "was" for "were" ("Which alerts was on staging"), "no any" for "no",
  "zero also", "for whole history"; staging against production, versions per environment, deploys followed (or not) by
  alerts, flaky staging alerts, early warnings;
- an on-call engineer in Karachi typing on a phone at 18:00 PKT on Wednesday 12 March (2025-03-12 13:00 UTC), whose
  team's boards run on UTC: lower case, Urdu words ("yaar", "bhai", "kya scene hai" for what is going on), "rn",
  "yday", "svc", "w/in", "b4", "n" for and, "wat", "ver", phone slips ("alrts", "paymnts-api" for payments-api, read as
  meant).

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (pz002
payments-api alerts after the v2.14.0 deploy, pz005 incidents after a deploy, pz008 deploys followed by a critical
alert, pz011 checkout alerts after the v2.14.0 deploy, pz014 staging deploys followed by an alert), four in time (pz018
changes before the first payments-api alert, pz021 changes before the first critical production alert, pz026 alerts
firing when the rollback went live, pz030 alerts after auth-api v4.2.1 went live), four in aggregates (pz033 alerts
after each deploy averaged, pz035 the share of incidents with a suspect, pz038 the share of deploys followed by an
alert, pz045 staging alerts after a staging deploy), five in top_n (pz047 alerts after a service's own deploys, pz050
whose deploys were suspects, pz053 the checkout service with most incidents after v2.14.0, pz057 services of warned
incidents, pz060 incidents with a suspect deploy), five in changes (pz063 deploys with no alert after them, pz064
changes made during a critical incident, pz066 the suspects of critical incidents, pz067 deploys before the first
error-budget alert, pz072 checkout changes before the first checkout-web alert), six in silences (pz078 and pz090
alerts firing while a silence on their service was on, pz079 silences created during an incident, pz083 silences
Alertmanager says muted something, pz086 silences created just after an alert, pz089 alerts held back per silence) and
all fifteen joins. The deploys rolled back within the hour (pz069) relate two kinds of change and are not counted. No
gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (each says why above), so no
  question is read in another zone. The nows: the Zurich lead 2025-03-13 08:30, the Austin engineer 2025-03-12 15:00,
  the Accra manager 2025-03-12 10:00, the Kyiv lead Friday 2025-03-14 09:00, the Karachi on-call 2025-03-12 13:00, all
  after every record (the last, a silence's end, is 2025-03-12 09:07). "yday", "yesterday", "tuesday", "11 March" and
  "11.03.2025" are ``[2025-03-11, 2025-03-12)``; "this week, from Monday till now" ``[2025-03-10, now]``; "this month"
  ``[2025-03-01, now]``; "this year", "Q1 2025 to date" and "since 1.1.2025" ``[2025-01-01, now]``; "since 1.2.2025"
  ``[2025-02-01, now]`` and "since 1.3.2025" ``[2025-03-01, now]`` (day first); "between 10.03.2025 and 12.03.2025" the
  three days ``[2025-03-10, 2025-03-13)``; "the last 12 hrs" ``(now - 12 h, now]``; "overnight, 8pm to 6am UTC last
  night" ``[2025-03-11 20:00, 2025-03-12 06:00)``; "between 2 and 3pm UTC yesterday" and "between 14:30 and 15:30 UTC"
  include their start and exclude their end; "that afternoon" (pz010) is 12:00-18:00 UTC of that day. "All time",
  "ever", "whole history", "for all time" have no window. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log line's
  ``timestamp``); alerts that "was on" in a period (pz028) and silences "in effect" in one (pz081, pz085) share a moment
  with it; "still firing rn", "still goin' off right now", "what was firing at 14:45" are the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); "paged", "pages" are alerts of any severity.
  Incidents are ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL:
  "still open as at now" is ``resolved_at`` NULL or later than now). Silences are the ``silences`` view's rows, in
  effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at``; "length as they were set" is
  ``starts_at`` to ``ends_at``; "expired before their planned end" is ``expired_early``; "the silence on cart-service"
  is the only one (maria's). Changes are their ``phase = 'live'`` reports: "deploys", "rollouts", "ships" ``type =
  'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools at the same second, is two rows: in
  pz033's mean, pz063, pz091 and pz094), "rollbacks", "flag flips" their types, "changes" every live report of any type.
  A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident
  views; argocd's deploys carry only a sha); the version "live in prod rn" / "on staging and on production now" is that
  of the last live deployment or rollback of that service and environment. "Made by a human, so not by argocd and not
  by the deployment controller", "only humans" are every actor but ``argocd (automated)`` and ``deployment-controller``;
  "bots also count" keeps them; people are as stored (``lnovak`` and ``lucie.novak@acme.io`` are two spellings and
  counted apart, as are ``dpatel`` and ``dev.patel@acme.io``). "The checkout services" are ``project = 'checkout'``
  for alerts, changes and incidents, and for silences any service the project's alerts or changes name, beside a
  ``project`` matcher on checkout.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]``; a deploy "followed by" an alert
  or "right before" one is the same pair; "in the 30 min b4", "the 3 hours before", "the 2 hrs before", "the hour
  before" an alert is ``[t - N, t]`` with the changes of the alert's environment (production), of any service unless
  the question names one (pz072 names the checkout project, pz067 deploys only). "After payments-api v2.14.0 went live"
  and "after auth-api v4.2.1 went live on production" are windows from that one event (its first live production
  report) over the services the question names: payments-api (pz002), every checkout service (pz011, pz053) or, said
  so, any service (pz030). "The first payments-api alert yday", "the first critical alert on production of 11.03.2025",
  "the first PaymentsAPIErrorBudgetBurn alert on tuesday" and "the first checkout-web alert on 11 March" are the
  earliest such start; "the moment the payments-api rollback went live" is its live report's time. "How long was
  checkout-web down on 11 March" runs from the first of that day's checkout-web alerts' start to the last one's end.
  Silences meet the other side on their service and, when they pin one, their environment: alerts "firing while a
  silence on the same svc was on / in effect" (pz078, pz090) share a moment with its span (an alert still firing until
  now); silences "created while an incident on the same service was open" (pz079) have ``created_at`` inside the
  incident's span, ends included (an open incident, such as the indexer's SearchIndexerLagHigh of 3 March, until now);
  silences "created within 10 minutes after an alert on the same service started" (pz086) are one row per pair with
  ``created_at`` in ``[start, start + 10 min]``. Changes "made while a critical incident on the same service was
  open" (pz064) have their time inside the span of an incident whose ``max_severity`` is critical. Acks name their
  alert by their ``alertname`` and ``service`` equality matchers and were given "while that alert was still firing" when
  one such alert was on at the ack's time. "Suspect" is ``incident_suspects``: "whose deploys were the suspect for the
  most incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "incidents where suspect was a
  deploy" per ``service``; "changes that were the suspect of a critical incident" are the ``change_events`` rows some
  critical incident's suspect names; "had a suspect change" a row there, "no suspect change" none. "Preceded by an
  early warning" is a row in ``incident_warnings`` (counted per its ``service``); "for each early warning on checkout
  services" every ``warnings`` row whose ``project`` label is checkout, its kind ``labels['alertname']``, with the
  alerts of its service and environment that started in ``[w, w + 15 min]`` (0 where none). "How were they fixed" is
  ``alert_groups`` joined to ``resolutions``; "no resolution written yet" no ``resolutions`` row. "Actually muted
  somethin', accordin' to alertmanager" is a silence ``alert_mutes`` names; "for each silence, how many alerts
  Alertmanager held back under it" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every silence listed.
  "For each prod deploy yday", "for every checkout incident yesterday" are one row per deploy (incident), a ``LEFT
  JOIN`` with 0 included, with the columns the question lists.
- Aggregates: durations in minutes to one decimal; "ttr" and "MTTR" of incidents run from ``opened_at`` to
  ``resolved_at`` of the resolved ones; an alert's duration or "time to resolve" from ``starts_at`` to ``ends_at`` of
  the resolved ones; silence lengths in hours when asked. Percentages are ``round(100.0 * part / whole, 1)`` over the
  rows the question selects (pz035 the production incidents of the year, pz038 every live production deployment).
  "On avg how many alerts ... after each prod deploy yday" is the mean of the per-deploy counts, deploys with none
  counting 0. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``. "Error log lines" are
  ``log_events`` rows with ``is_error``, of any environment unless one is named. "Staging vs production", "per
  environment" are a count per ``environment_canonical``.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie
  crosses ("the most", "only the top one", "which service" ask for one row; the two of pz049 and of pz056 tie with each
  other and the third is behind; pz059's three tie at 3 and the fourth has 2; pz052 asks for four because five names
  tie for fifth place). "Busiest hour yesterday, hour and count" is the UTC hour's start with its count. "When'd
  payments-api last get a deploy in prod" is that deploy's row; "wat time did the first ... alert start" and "what time
  did the checkout-web trouble start" the earliest ``starts_at`` alone. "Who ..., and when?" and lists of columns
  ("Service, version, person and time", "Author, service and creation time", "who put the silence on ... n who took it
  off": ``created_by`` and ``expired_by``) give those columns only; "which versions of checkout-web went out to
  staging" each version once; "versions of auth-api on staging and on production" one row per environment.
- Refusals: the service "wallet-api", the person "reto.brunner", the service "matchmaking", the service
  "merchant-dashboard" and the environment "qa" are ungrounded (the store holds none of them in any table); the best
  Hikari pool size, FINMA's operational-resilience circular, autoscaling game servers, an apology e-mail to a merchant
  and retrying against quarantining flaky tests are not about this data; muting the indexer disk alert, rolling back
  payments-api, deleting staging alerts from the store, marking the checkout-web incident resolved and acknowledging
  the staging alerts ask to change the data.
"""

NOW_ZURICH = "2025-03-13T08:30:00Z"
NOW_AUSTIN = "2025-03-12T15:00:00Z"
NOW_ACCRA = "2025-03-12T10:00:00Z"
NOW_KYIV = "2025-03-14T09:00:00Z"
NOW_KARACHI = "2025-03-12T13:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "pz001",
        "filters",
        "yaar which alrts r still firing rn in prod",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 13:00:00+00')""",
        NOW_KARACHI,
    ),
    (
        "pz002",
        "filters",
        "paymnts-api alerts w/in 15 min after the v2.14.0 prod deploy went live pls",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        NOW_KARACHI,
    ),
    (
        "pz003",
        "filters",
        "crit alerts yday on the checkout svcs?? bhai quick",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz004",
        "filters",
        "Grüezi. Please list the changes on production of 11.03.2025 that were made by a human, so not by argocd and "
        "not by the deployment controller.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ZURICH,
    ),
    (
        "pz005",
        "filters",
        "Which incidents on production were opened within 15 minutes after a deploy of the same service on "
        "production? Merci.",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_ZURICH,
    ),
    (
        "pz006",
        "filters",
        "Show me the rollbacks on production since 1.2.2025, gell?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        NOW_ZURICH,
    ),
    (
        "pz007",
        "filters",
        "howdy. y'all got anything still goin' off on the search project right now?",
        """SELECT * FROM alerts
           WHERE project = 'search'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 15:00:00+00')""",
        NOW_AUSTIN,
    ),
    (
        "pz008",
        "filters",
        "which prod deploys got followed by a critical alert on the same service within an hour? tryin to see "
        "which ships went sideways",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_AUSTIN,
    ),
    (
        "pz009",
        "filters",
        "pull up every flag flip in prod from yesterday, fixin' to write the live-ops recap",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_AUSTIN,
    ),
    (
        "pz010",
        "filters",
        "Please, the client is complaining that payment was failing on 11 March from around 14:30 UTC. Which "
        "checkout-web alerts fired that afternoon?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz011",
        "filters",
        "I want to find out which alerts on the checkout services fired within 15 minutes after payments-api "
        "v2.14.0 went live in production.",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        NOW_ACCRA,
    ),
    (
        "pz012",
        "filters",
        "Chale, which incidents are still open as at now?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 10:00:00+00')""",
        NOW_ACCRA,
    ),
    (
        "pz013",
        "filters",
        "Please show alerts on staging of 11 March for auth-api and search-api.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging' AND service IN ('auth-api', 'search-api')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KYIV,
    ),
    (
        "pz014",
        "filters",
        "Which deploys on staging was followed by some alert on same service in 30 minutes?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_KYIV,
    ),
    (
        "pz015",
        "filters",
        "Show me early warnings with sigma more than 100, please.",
        """SELECT * FROM warnings WHERE sigma > 100""",
        NOW_KYIV,
    ),
    # --------------------------------------------------------------------- time
    (
        "pz016",
        "time",
        "kya scene hai, what alerts came in the last 12 hrs",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 13:00:00+00' - INTERVAL 12 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz017",
        "time",
        "wat time did the first paymnts-api alert start yday",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz018",
        "time",
        "what changed in the 30 min b4 the first payments-api alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_KARACHI,
    ),
    (
        "pz019",
        "time",
        "How many alerts did we have on production per day between 10.03.2025 and 12.03.2025?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC""",
        NOW_ZURICH,
    ),
    (
        "pz020",
        "time",
        "What was firing on production at 14:45 UTC on 11.03.2025?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        NOW_ZURICH,
    ),
    (
        "pz021",
        "time",
        "Which changes were made on production in the 3 hours before the first critical alert on production of "
        "11.03.2025?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE severity = 'critical' AND environment_canonical = 'production'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 3 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE severity = 'critical' AND environment_canonical = 'production'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_ZURICH,
    ),
    (
        "pz022",
        "time",
        "what all went off overnight? 8pm to 6am UTC last night",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOW_AUSTIN,
    ),
    (
        "pz023",
        "time",
        "when'd payments-api last get a deploy in prod?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
           ORDER BY timestamp DESC
           LIMIT 1""",
        NOW_AUSTIN,
    ),
    (
        "pz024",
        "time",
        "alerts that kicked off between 2 and 3pm UTC yesterday",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        NOW_AUSTIN,
    ),
    (
        "pz025",
        "time",
        "Please, what time did the checkout-web trouble start on 11 March?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz026",
        "time",
        "Which alerts were still firing at the moment the payments-api rollback went live on 11 March?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        NOW_ACCRA,
    ),
    (
        "pz027",
        "time",
        "How long was checkout-web down on 11 March, in minutes? The client wants to know.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 10:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz028",
        "time",
        "Which alerts was on staging between 14:00 and 15:00 on 11 March?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        NOW_KYIV,
    ),
    (
        "pz029",
        "time",
        "How many deploys was on staging this week, from Monday till now?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        NOW_KYIV,
    ),
    (
        "pz030",
        "time",
        "Which production alerts of any service started in 30 minutes after auth-api v4.2.1 went live on production?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v4.2.1')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v4.2.1') + INTERVAL 30 MINUTE""",
        NOW_KYIV,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "pz031",
        "aggregates",
        "how many alrts total yday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz032",
        "aggregates",
        "avg ttr of prod incidents yday in mins",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz033",
        "aggregates",
        "on avg how many alerts fired w/in 15 min after each prod deploy yday? same svc",
        """SELECT round(avg(n), 1) FROM (
               SELECT d.id, count(a.fingerprint) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY d.id)""",
        NOW_KARACHI,
    ),
    (
        "pz034",
        "aggregates",
        "What is the MTTR per service for the incidents on production in Q1 2025 to date, in minutes?",
        """SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_min
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY service
           ORDER BY mttr_min DESC""",
        NOW_ZURICH,
    ),
    (
        "pz035",
        "aggregates",
        "Which share of the incidents on production since 1.1.2025 had a suspect change? In percent, one decimal.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        NOW_ZURICH,
    ),
    (
        "pz036",
        "aggregates",
        "How many silences were created outside business hours this year?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND NOT (isodow(created_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5
                      AND hour(created_at AT TIME ZONE 'UTC') BETWEEN 9 AND 16)""",
        NOW_ZURICH,
    ),
    (
        "pz037",
        "aggregates",
        "how many alerts y'all get per environment this month",
        """SELECT environment_canonical, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'
           GROUP BY environment_canonical
           ORDER BY alerts DESC""",
        NOW_AUSTIN,
    ),
    (
        "pz038",
        "aggregates",
        "what percent of prod deploys got an alert on the same service within 15 min after? all time",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                       SELECT 1 FROM alerts a
                       WHERE a.service = d.service AND a.environment_canonical = d.environment
                         AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
                   THEN 1 ELSE 0 END) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'""",
        NOW_AUSTIN,
    ),
    (
        "pz039",
        "aggregates",
        "median alert duration for search-api in minutes, whole history",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'search-api' AND status = 'resolved'""",
        NOW_AUSTIN,
    ),
    (
        "pz040",
        "aggregates",
        "Please how many critical alerts did the checkout project have on 11 March? I need the number for the "
        "merchant.",
        """SELECT count(*) FROM alerts
           WHERE severity = 'critical' AND project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz041",
        "aggregates",
        "On average, how many alerts were there per incident for the checkout incidents of 11 March?",
        """SELECT round(avg(alert_count), 1) FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz042",
        "aggregates",
        "How many payments-api error log lines were there between 14:30 and 15:30 UTC on 11 March?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz043",
        "aggregates",
        "How many alerts was on staging vs production on 11 March?",
        """SELECT environment_canonical, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment_canonical
           ORDER BY alerts DESC""",
        NOW_KYIV,
    ),
    (
        "pz044",
        "aggregates",
        "Average time to resolve of staging alerts in minutes, for whole history.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE environment_canonical = 'staging' AND status = 'resolved'""",
        NOW_KYIV,
    ),
    (
        "pz045",
        "aggregates",
        "How many staging alerts started in 30 minutes after staging deploy of same service? Only number.",
        """SELECT count(*) FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
                   AND d.service = a.service
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_KYIV,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "pz046",
        "top_n",
        "top 3 noisiest svcs yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        NOW_KARACHI,
    ),
    (
        "pz047",
        "top_n",
        "which svc got the most alerts w/in 15 min after its own deploys, all time",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        NOW_KARACHI,
    ),
    (
        "pz048",
        "top_n",
        "who snoozed stuff the most",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor
           ORDER BY snoozes DESC, actor
           LIMIT 1""",
        NOW_KARACHI,
    ),
    (
        "pz049",
        "top_n",
        "Which two persons made the most changes on production this year? Only humans, please.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 2""",
        NOW_ZURICH,
    ),
    (
        "pz050",
        "top_n",
        "Whose deploys were the suspect for the most incidents? Only the top one.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        NOW_ZURICH,
    ),
    (
        "pz051",
        "top_n",
        "Which 3 alert names on production had the longest average duration? With the minutes.",
        """SELECT name, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_min FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
           GROUP BY name
           ORDER BY avg_min DESC, name
           LIMIT 3""",
        NOW_ZURICH,
    ),
    (
        "pz052",
        "top_n",
        "top 4 alert names by how often they fired, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        NOW_AUSTIN,
    ),
    (
        "pz053",
        "top_n",
        "which checkout service had the most incidents in the hour after payments-api v2.14.0 went live in prod",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                      AND environment = 'production'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        NOW_AUSTIN,
    ),
    (
        "pz054",
        "top_n",
        "busiest hour yesterday by alerts? hour and count, UTC",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        NOW_AUSTIN,
    ),
    (
        "pz055",
        "top_n",
        "Please which 2 services had the most alerts on 11 March?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        NOW_ACCRA,
    ),
    (
        "pz056",
        "top_n",
        "Who has resolved the most incidents? Give me the top 2.",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
           GROUP BY resolved_by
           ORDER BY incidents DESC, resolved_by
           LIMIT 2""",
        NOW_ACCRA,
    ),
    (
        "pz057",
        "top_n",
        "Which two services had the most incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        NOW_ACCRA,
    ),
    (
        "pz058",
        "top_n",
        "Which 3 services had most alerts on staging, for all time?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        NOW_KYIV,
    ),
    (
        "pz059",
        "top_n",
        "Top 3 actors by deploys on staging (bots also count).",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 3""",
        NOW_KYIV,
    ),
    (
        "pz060",
        "top_n",
        "Which service on production had most incidents where suspect was a deploy?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE environment = 'production' AND change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        NOW_KYIV,
    ),
    # ------------------------------------------------------------------ changes
    (
        "pz061",
        "changes",
        "who all deployed to prod yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz062",
        "changes",
        "which ver of paymnts-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
           ORDER BY timestamp DESC
           LIMIT 1""",
        NOW_KARACHI,
    ),
    (
        "pz063",
        "changes",
        "prod deploys yday that had no alerts on the same svc w/in 15 min after",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        NOW_KARACHI,
    ),
    (
        "pz064",
        "changes",
        "Which changes on production were made while a critical incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical'
                   AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:30:00+00'))""",
        NOW_ZURICH,
    ),
    (
        "pz065",
        "changes",
        "Which rollbacks were carried out on production in Q1 2025 to date? Service, version, person and time.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        NOW_ZURICH,
    ),
    (
        "pz066",
        "changes",
        "Which changes were the suspect of a critical incident? I need the change records themselves.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        NOW_ZURICH,
    ),
    (
        "pz067",
        "changes",
        "what deploys went live in prod in the 2 hrs before the first PaymentsAPIErrorBudgetBurn alert on tuesday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_AUSTIN,
    ),
    (
        "pz068",
        "changes",
        "which versions of checkout-web went out to staging",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'staging'""",
        NOW_AUSTIN,
    ),
    (
        "pz069",
        "changes",
        "deploys that got rolled back within the hour, like a bad patch we had to yank",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_AUSTIN,
    ),
    (
        "pz070",
        "changes",
        "Please which changes were made on the checkout services on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz071",
        "changes",
        "Who rolled back payments-api on 11 March, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz072",
        "changes",
        "What changed in the checkout project in the hour before the first checkout-web alert on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_ACCRA,
    ),
    (
        "pz073",
        "changes",
        "Which version of auth-api is on staging and which on production now?",
        """SELECT DISTINCT c.environment, coalesce(c.details['ref'], c.version) AS version FROM change_events c
           WHERE c.type IN ('deployment', 'rollback') AND c.phase = 'live' AND c.service = 'auth-api'
             AND c.environment IN ('staging', 'production')
             AND c.timestamp = (SELECT max(x.timestamp) FROM change_events x
                                WHERE x.type IN ('deployment', 'rollback') AND x.phase = 'live'
                                  AND x.service = 'auth-api' AND x.environment = c.environment)""",
        NOW_KYIV,
    ),
    (
        "pz074",
        "changes",
        "Which auth-api versions was deployed to staging but never to production?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'
           EXCEPT
           SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'production'""",
        NOW_KYIV,
    ),
    (
        "pz075",
        "changes",
        "Which deploys on staging on 11 March was done by sokafor? Service, version and time.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging' AND actor = 'sokafor'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KYIV,
    ),
    # ----------------------------------------------------------------- silences
    (
        "pz076",
        "silences",
        "who put the silence on cart-service yday n who took it off",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz077",
        "silences",
        "silences created yday? all of em",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz078",
        "silences",
        "alerts yday that were firing while a silence on the same svc was on",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 13:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_KARACHI,
    ),
    (
        "pz079",
        "silences",
        "Which silences were created while an incident on the same service was open? Author, service and creation "
        "time.",
        """SELECT s.created_by, s.service, s.created_at FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:30:00+00'))""",
        NOW_ZURICH,
    ),
    (
        "pz080",
        "silences",
        "Which silences were expired before their planned end, and by whom?",
        """SELECT * FROM silences WHERE expired_early""",
        NOW_ZURICH,
    ),
    (
        "pz081",
        "silences",
        "Please list all silences on production that were in effect on 11.03.2025.",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        NOW_ZURICH,
    ),
    (
        "pz082",
        "silences",
        "how many silences has each person created, all time",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC""",
        NOW_AUSTIN,
    ),
    (
        "pz083",
        "silences",
        "which silences actually muted somethin, accordin' to alertmanager",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NOW_AUSTIN,
    ),
    (
        "pz084",
        "silences",
        "average silence length in hours, as they were set",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences""",
        NOW_AUSTIN,
    ),
    (
        "pz085",
        "silences",
        "Was anything muted on the checkout services between 14:30 and 15:30 UTC on 11 March? Please list the "
        "silences.",
        """SELECT * FROM silences
           WHERE (project = 'checkout'
                  OR service IN (SELECT service FROM alerts WHERE project = 'checkout'
                                 UNION SELECT service FROM change_events WHERE project = 'checkout'))
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 14:30:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz086",
        "silences",
        "Please, for my report: silences created within 10 minutes after an alert on the same service started. "
        "Silence id, who created it, the alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        NOW_ACCRA,
    ),
    (
        "pz087",
        "silences",
        "Who created the silence on cart-service, and what comment did she write?",
        """SELECT created_by, comment FROM silences WHERE service = 'cart-service'""",
        NOW_ACCRA,
    ),
    (
        "pz088",
        "silences",
        "Which silences was on staging, for all time?",
        """SELECT * FROM silences WHERE environment_canonical = 'staging'""",
        NOW_KYIV,
    ),
    (
        "pz089",
        "silences",
        "For each silence, how many alerts Alertmanager held back under it? Zero also.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted DESC""",
        NOW_KYIV,
    ),
    (
        "pz090",
        "silences",
        "Which staging alerts was firing while a silence on same service was in effect?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_KYIV,
    ),
    # -------------------------------------------------------------------- joins
    (
        "pz091",
        "joins",
        "for each prod deploy yday, how many alerts on the same svc in the next 30 min? zero too. svc, version n "
        "count pls",
        """SELECT service, version, alerts FROM (
               SELECT d.id, d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY d.id, d.service, coalesce(d.details['ref'], d.version))""",
        NOW_KARACHI,
    ),
    (
        "pz092",
        "joins",
        "which svcs got paged w/in 15 min of their own deploy, ever",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events d
             ON d.type = 'deployment' AND d.phase = 'live'
            AND d.service = a.service AND d.environment = a.environment_canonical
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE""",
        NOW_KARACHI,
    ),
    (
        "pz093",
        "joins",
        "incidents yday with their suspect change",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_KARACHI,
    ),
    (
        "pz094",
        "joins",
        "Which deploys on production this year were not followed by any alert on the same service within 60 minutes?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_ZURICH,
    ),
    (
        "pz095",
        "joins",
        "Which incidents on production since 1.3.2025 had no suspect change?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_ZURICH,
    ),
    (
        "pz096",
        "joins",
        "Which persons acknowledged an alert while that alert was still firing?",
        """SELECT DISTINCT l.actor FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal
                                            AND NOT m.is_regex)[1].value
                   AND a.service = list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal
                                               AND NOT m.is_regex)[1].value
                   AND a.starts_at <= l.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        NOW_ZURICH,
    ),
    (
        "pz097",
        "joins",
        "who deployed right before a critical alert on the same service? like within 30 min",
        """SELECT DISTINCT d.actor FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_AUSTIN,
    ),
    (
        "pz098",
        "joins",
        "prod rollouts yesterday followed by pages on the same service within 10 min",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 10 MINUTE)""",
        NOW_AUSTIN,
    ),
    (
        "pz099",
        "joins",
        "for every checkout incident yesterday, how many deploys of the same service landed in the hour before it "
        "opened? zeros count. incident id + count",
        """SELECT g.id, count(d.id) AS deploys
           FROM alert_groups g
           LEFT JOIN change_events d
             ON d.type = 'deployment' AND d.phase = 'live'
            AND d.service = g.service AND d.environment = g.environment
            AND d.timestamp BETWEEN g.opened_at - INTERVAL 1 HOUR AND g.opened_at
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY g.id""",
        NOW_AUSTIN,
    ),
    (
        "pz100",
        "joins",
        "Please which checkout incidents of 11 March have no resolution written yet?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        NOW_ACCRA,
    ),
    (
        "pz101",
        "joins",
        "How were the incidents of 11 March fixed? The service, the alert name and the fix, please.",
        """SELECT g.service, g.group_labels['alertname'], r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ACCRA,
    ),
    (
        "pz102",
        "joins",
        "For each checkout-web incident on 11 March: its alert name, how many early warnings came before it, and "
        "how many minutes ahead the first one came.",
        """SELECT group_labels['alertname'], count(*) AS warnings, max(lead_min) AS first_warning_min_before
           FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY group_id, group_labels['alertname']""",
        NOW_ACCRA,
    ),
    (
        "pz103",
        "joins",
        "Which incidents on staging had a deploy as suspect? Alert name of incident, service and version of the "
        "deploy.",
        """SELECT group_labels['alertname'], service, coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE environment = 'staging' AND change_type = 'deployment'""",
        NOW_KYIV,
    ),
    (
        "pz104",
        "joins",
        "Which deploys on staging had no any alert on same service in one hour after them?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOW_KYIV,
    ),
    (
        "pz105",
        "joins",
        "For each early warning on checkout services: how many alerts of same service started in 15 minutes after "
        "it? Kind of warning, service, start and count, zero also.",
        """SELECT kind, service, starts_at, alerts FROM (
               SELECT w.id, w.labels['alertname'] AS kind, w.labels['service'] AS service, w.starts_at,
                      count(a.fingerprint) AS alerts
               FROM warnings w
               LEFT JOIN alerts a
                 ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
                AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
               WHERE w.labels['project'] = 'checkout'
               GROUP BY w.id, w.labels['alertname'], w.labels['service'], w.starts_at)""",
        NOW_KYIV,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "pz106",
        "refusals",
        "bhai mute the indexer disk alert for 2 hrs pls, its spamming me",
        "asks_to_change_data",
        NOW_KARACHI,
    ),
    ("pz107", "refusals", "any alerts on wallet-api yday?", "ungrounded", NOW_KARACHI),
    (
        "pz108",
        "refusals",
        "whats the best hikari pool size for a spring boot app with 3 pods, rule of thumb",
        "not_about_this_data",
        NOW_KARACHI,
    ),
    ("pz109", "refusals", "Please roll back payments-api to v2.13.2 on production.", "asks_to_change_data", NOW_ZURICH),
    ("pz110", "refusals", "Which changes on production did reto.brunner make this quarter?", "ungrounded", NOW_ZURICH),
    (
        "pz111",
        "refusals",
        "What does the FINMA circular 2023/1 require for operational resilience?",
        "not_about_this_data",
        NOW_ZURICH,
    ),
    ("pz112", "refusals", "how many alerts did the matchmaking service throw yesterday", "ungrounded", NOW_AUSTIN),
    (
        "pz113",
        "refusals",
        "nuke all the staging HighLatencyP99 alerts outta the store, they're junk",
        "asks_to_change_data",
        NOW_AUSTIN,
    ),
    (
        "pz114",
        "refusals",
        "what's a good autoscaling strategy for game servers on raid night?",
        "not_about_this_data",
        NOW_AUSTIN,
    ),
    (
        "pz115",
        "refusals",
        "Please can you write the merchant an apology email about the checkout failures?",
        "not_about_this_data",
        NOW_ACCRA,
    ),
    ("pz116", "refusals", "Which alerts fired on the merchant-dashboard service on 11 March?", "ungrounded", NOW_ACCRA),
    (
        "pz117",
        "refusals",
        "Please mark the checkout-web incident as resolved, the client has confirmed it is working.",
        "asks_to_change_data",
        NOW_ACCRA,
    ),
    ("pz118", "refusals", "Which alerts was on the qa environment on 11 March?", "ungrounded", NOW_KYIV),
    (
        "pz119",
        "refusals",
        "Please acknowledge all staging alerts which are firing now.",
        "asks_to_change_data",
        NOW_KYIV,
    ),
    (
        "pz120",
        "refusals",
        "What is better for flaky tests, retry them or put in quarantine?",
        "not_about_this_data",
        NOW_KYIV,
    ),
]
