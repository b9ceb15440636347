"""The fifty-fourth ask question set: ids qz001..qz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor any row of an
earlier set beyond the ten named below; what the author read was the brief, the project's design notes
(/work/shared/DESIGN.md, printed whole with ``head``, after a directory listing of the project root and the shared
folder and the line counts of it, docs/store.md and docs/ask.md), docs/store.md (printed whole; its middle, from the
warnings table to the alert_mutes table, cut off by the terminal, printed again by line range), the "Shapes and joins"
section of docs/ask.md printed alone (taken as the rules for the shape of every gold answer; the headings of
docs/ask.md were listed with grep to find its line range, the section printed by that range in the same command as the
rest of docs/store.md, and its middle, cut off by the terminal, printed again by a narrower range), the module
docstring of ``ask_questions`` and its code (how a set is wired and split, printed whole in two pieces after a listing
of ``benchmarks/``; this set is not wired in by its author), the module docstrings of the earlier sets printed with
``ast`` into a scratch file and searched with grep for the bullet lines naming their people and for city, country,
language and role words (the forty-ninth's was printed whole and its "Conventions" list followed where a question
leaves room; the fiftieth to fifty-third were printed up to the first mention of that word, which cut each off inside
its account of what its author read, so their people were read from the grep), the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format) and, in the same command, a grep of that file's
lines defining its module-level now constants (five lines), and the demo store itself, copied and opened read-only
(records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage; the
latest time the store holds is the end of lucie's token-service silence, 2025-03-12 09:07:49 UTC). Nothing else was
read. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment or cluster the store does
not hold, checked against every text column of every table); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no voice from Zurich,
Seattle, Cairo, Kyiv or Oslo, no Swiss, Egyptian, Ukrainian or Norwegian English, no bank and no game studio; a NOC
operator, a QA engineer and support people have spoken before, but not these ones, in these places, about these
things). Each asks three questions in every category (24 each, three of them refusals):

- a site reliability lead at a private bank in Zurich preparing the Monday change-and-incident report for the bank's
  operational-risk committee, at 08:30 CET on Monday 17 March (2025-03-17 07:30 UTC): formal Swiss English ("Good
  morning", "Please list", "For the risk report"), day-first dates with dots ("last week (10.3.-16.3.)"); rollbacks,
  who changed production with the tools left out, spread of incident durations, out-of-hours silences, suspect
  deployments, deploys followed by incidents;
- a platform engineer at a game studio in Seattle whose in-game shop runs on the checkout services, on call and typing
  on a phone between matches at 07:45 PDT on Wednesday 12 March (2025-03-12 14:45 UTC): lower case, "yday", "rn",
  "svc", "crit", "mins", "n" for and, "em", "w/in", "hr", gamer words ("gg", "im in a match") and thumb slips ("bakc",
  "goin", "wernt");
- a NOC operator of a managed-services provider in Cairo on the night shift, at 23:00 EET on Wednesday 12 March
  (2025-03-12 21:00 UTC): the Egyptian English of a NOC desk ("Kindly", "Please advise", "Good evening", "as per
  Alertmanager", "Please share them"), "alarms" for alerts; what is on, what fired tonight, silences, warnings;
- a QA lead in Kyiv comparing staging with production before a release, at 10:00 EET on Thursday 13 March
  (2025-03-13 08:00 UTC), whose first language is Ukrainian: articles dropped ("Show alerts on staging for auth-api",
  "after staging deploy of same service", "in 1 hour after"), "on staging", "on prod", "which had"; staging noise,
  versions per environment, deploys with and without alerts after them;
- a product support manager in Oslo writing the customer-impact summary of the 11 March outage for merchants, at 14:00
  CET on Friday 14 March (2025-03-14 13:00 UTC): plain, polite Norwegian English ("the 11th of March", "Could you",
  "For our customer summary"), customer words ("trouble", "affected", "a customer writes"); checkout alerts, incidents,
  fixes, releases, the cart-service silence.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (qz003
alerts after the v2.14.0 deploy, qz006 critical alerts after a deploy, qz009 staging alerts after a staging deploy,
qz012 cart-service alerts after the v2.14.0 deploy, qz015 alerts after a flag change), four in time (qz018 changes
before the first payments-api alert, qz021 alerts firing as the payments-api rollback went live, qz027 checkout
changes before the checkout-web trouble, qz030 changes before the Vault alert), five in aggregates (qz033 and qz039
alerts after each deploy averaged, qz036 incidents with an early warning as a share, qz042 checkout incidents with a
suspect as a share, qz045 the suspects' mean lag), five in top_n (qz048 alerts per service after v2.14.0, qz051
incidents with a warning per service, qz054 alerts after a service's own staging deploys, qz057 whose deploys were
suspects, qz060 incidents with a suspect deployment per service), four in changes (qz063 deploys followed by a
critical alert, qz066 changes during a critical incident, qz069 staging deploys with no alert after them, qz075
deployments that were suspects), five in silences (qz078 and qz084 alerts on while a silence on their service was in
effect, qz081 alerts held back per silence, qz087 alerts firing when the cart-service silence was taken off, qz090
silences created just after an alert) and all fifteen joins. qz024 (staging to production of one version) and qz072
(releases met by a deploy) relate changes to changes and are not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the bank, the studio, the
  NOC, the QA team and the support desk all keep UTC boards), so no question is read in another zone; every now is
  after every record. The nows: the Zurich lead 2025-03-17 07:30, the Seattle engineer 2025-03-12 14:45, the Cairo
  operator 2025-03-12 21:00, the Kyiv lead 2025-03-13 08:00, the Oslo manager 2025-03-14 13:00. "Yday" / "yesterday"
  (Seattle, Cairo) and "the 11th of March", "11 March", "11th March" are ``[2025-03-11, 2025-03-12)``; "today", "so far
  today" and "tonight" (Cairo, Seattle) run from 2025-03-12 00:00 to now; "this week" (Oslo) from Monday 2025-03-10 to
  now; "last week (10.3.-16.3.)" (Zurich) is ``[2025-03-10, 2025-03-17)``; "this month" from 2025-03-01 to now; "this
  year" from 2025-01-01 to now; "in February" / "during February" ``[2025-02-01, 2025-03-01)``; "between 01:00 and
  03:00 UTC today" and "between 9 and 12 on 11th March" include their start and exclude their end; "all time" and a
  question with no time have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's
  ``starts_at``, a log line's ``timestamp``); "firing at 14:50 UTC yesterday", "still firing rn", "still active at the
  moment ...", "still firing at the moment maria took her silence off" are the state at that instant (``starts_at <=
  T AND (ends_at IS NULL OR ends_at > T)``, any service), and the alerts that never resolved in the data
  (KubePodNotReady since January, SearchIndexerLagHigh, CertificateExpiringSoon, the crash loops,
  SearchReindexQueueBacklog) are on at every later instant.
- Alerts are the ``alerts`` view's rows (every column for a list); "alarms" are alerts; the identity / search /
  checkout "stuff" or "project" is ``project``; staging and prod are ``environment_canonical``; "the 5 latest alerts on
  staging" and "the earliest alert in February" are whole rows, newest (oldest) first; "when did the first ... fire"
  and "at what time did the checkout-web trouble start" are the first start alone; "for how many minutes in total was
  checkout-web affected on 11 March" runs from that day's first checkout-web alert's start to the last one's end.
  Incidents are ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL);
  "critical incidents" have ``max_severity = 'critical'``; "still open right now" is the state at now; durations and
  "mttr" are of the resolved ones. Silences are the ``silences`` view's rows, in effect from ``starts_at`` until the
  earlier of ``ends_at`` and ``expired_at``; "actually in place" is that span in minutes; "planned length" is
  ``starts_at`` to ``ends_at``; "ended early by hand" is a silence with an ``expired_at`` (its ``expired_by``); "the
  cart-service silence" is the only silence pinning cart-service (maria's); "silences on indexer" / "the indexer
  stuff" pin ``service = 'indexer'``; "outside business hours" is any ``created_at`` other than Monday to Friday
  09:00-17:00 UTC; kenji and maria are matched with ``ILIKE`` on the stored address. Snoozes are ``audit_log`` rows of
  action ``snooze``.
- Changes are their ``phase = 'live'`` reports: "deploys" and "deployments" are ``type = 'deployment'`` (auth-api
  v4.2.1 in production on the 11th, reported by two tools, is two rows, in qz091 and qz093 too), "rollbacks", "config
  changes", "feature flag changes" / "flipped feature flags", "releases" their types, "changes" every live report of
  any type (Kubernetes scale events included). A version is ``coalesce(details['ref'], version)``
  (``coalesce(change_details['ref'], change_version)`` in the incident views; an Argo CD deploy's is its revision, a
  config change's NULL); "2.14.0 hit prod" / "v2.14.0 went live in production" is the payments-api production
  deployment of 2025-03-11 14:31:22; "the payments-api rollback ... yesterday" is its 14:56:37 live rollback; the
  version "live in prod rn" is that of the last live deployment or rollback of that service and environment, and
  "versions on staging vs prod" is one row per environment (environment, version); "which versions of auth-api went
  to staging" is each version once; "when was payments-api last deployed to production, and which version" is the last
  live production deployment (rollbacks are not deployments), time then version. "Tools like argocd and the deployment
  controller excluded" leaves out ``argocd (automated)`` and ``deployment-controller``; otherwise people are as stored
  (``mgonzalez`` and ``maria.gonzalez@acme.io`` are two actors, and ``argocd (automated)`` counts as a deployer in
  qz103). A release "reached production within 2 hours" when a live production deployment of its service and version
  came in ``[t, t + 2 h]``.
- Relations between kinds keep the first kind named and meet the other on service and environment
  (``alerts.environment_canonical`` against the change's or incident's ``environment``): an alert or incident "within
  N minutes after" / "in N minutes after" / "in the hour after" a change starts (opens) in ``[t, t + N]``; changes "in
  the 30 minutes / hour / 3 hours before" an alert are ``[t - N, t]`` in the alert's environment (production), any
  service unless the question names a project (qz027, checkout); "after 2.14.0 went live" is one window from that
  deploy, on the service named (qz003 payments-api, qz012 cart-service) or, for "which svc", every service (qz048).
  "Deploys ... not followed by any alert on the same svc within an hr" and "staging deploys which had no alert ... in 1
  hour after" are anti-joins over every live deployment of the window (qz093 both environments). A change "went live
  while a critical incident on the same service was still open" when its time lies in the incident's span, ends
  included. A silence meets alerts and incidents on its service and, when it pins one, its environment: alerts "going
  off" / "firing while" a silence "was on" / "in effect" overlap its span (qz078, qz084); silences "created while an
  incident on the same service was open" have ``created_at`` inside the incident's span, ends included (qz096); a
  silence "created within 10 minutes after an alert on the same service started" has ``created_at`` in ``[start,
  start + 10 min]``, one row per pair (silence id, author, alert name, alert start). "How many alarms did each silence
  hold back as per Alertmanager? Zero included" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every
  silence listed. "Suspect" is ``incident_suspects``; "pinned on a suspect change" is an incident with a row there;
  "whose deploys were blamed" counts distinct incidents per ``change_actor`` of suspect deployments; "incidents that had
  a suspect deployment" per service likewise; "which deployments in production caused incidents" are the
  ``change_events`` production deployments that are some incident's suspect; "how many minutes lay between a suspect
  change going live and its incident opening" averages ``lag_s`` over every suspect row. "Had an early warning before
  them" / "preceded by an early warning" is a row in ``incident_warnings`` (qz102: ``same_service``); "for each early
  warning today" is every ``warnings`` row started that day with the alerts of its ``service`` and ``environment``
  labels that started in ``[w, w + 15 min]`` (0 where none). "Fixed by a rollback" is a resolution whose ``fix`` says
  "rolled back", "roll back" or "rollback"; "never got a resolution written up" has no ``resolutions`` row. "For each
  ..., how many ..." is one row per thing, 0 included. "Checkout-web error log lines in the 10 minutes after v2.14.0
  went live" are checkout-web production ``log_events`` with ``is_error`` in ``[t, t + 10 min]``.
- Aggregates: durations in minutes to one decimal (hours for "in hours"), medians with ``median``, the spread with
  ``stddev_samp``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects ("of the
  incidents": every incident, all time; "of the checkout incidents opened on 11 March": those; "of the production
  deploys this year": every live production deployment since 1 January; "share of staging alerts": every staging
  alert); "on avg how many alerts in the 30 min after each prod deploy" and the staging one are the mean of the
  per-deploy counts over every live deployment of that environment, deploys with none counting 0; "per severity" and
  "per change type" are counts per value, most first.
- Top-N answers are ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("which
  ...", "only the top person", "most" ask for one row; qz060's four end on a three-way tie at 2 that the fifth, at 1,
  does not reach; qz103's second and third tie with each other at 2, the fourth behind at 1). "Which hour yesterday"
  is the hour's UTC start with its count; "the 3 longest resolved incidents this year" are service, alert name and
  minutes, longest first; "most alerts within 1 hour after its own staging deploys" counts distinct alerts; "the most
  error lines in the logs" counts ``log_events`` rows with ``is_error`` of any environment.
- Refusals: the service "matchmaking-svc", the cluster "prod-me-central-1", the "qa" environment, the service
  "klarna-gateway" and the person "thomas.meier" are ungrounded (none appears in any table); autoscaling game servers
  on Agones, an escalation matrix for a NOC, smoke versus regression tests, translating a status-page update and
  FINMA's reporting deadlines are not about this data; acking the indexer disk alert, silencing DiskSpaceLow, deleting
  staging alerts, rewriting a root cause and rolling payments-api back ask to change the data (or the systems).
"""

from __future__ import annotations

ZURICH = "2025-03-17T07:30:00Z"
SEATTLE = "2025-03-12T14:45:00Z"
CAIRO = "2025-03-12T21:00:00Z"
KYIV = "2025-03-13T08:00:00Z"
OSLO = "2025-03-14T13:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "qz001",
        "filters",
        "crit alerts on payments-api yday?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz002",
        "filters",
        "anything still firing on the identity stuff rn",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 14:45:00+00')""",
        SEATTLE,
    ),
    (
        "qz003",
        "filters",
        "gg. which payments-api alerts went off in the 15 min after 2.14.0 hit prod",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        SEATTLE,
    ),
    (
        "qz004",
        "filters",
        "Good evening. Kindly list the warning level alarms in staging from today.",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 21:00:00+00'""",
        CAIRO,
    ),
    (
        "qz005",
        "filters",
        "Please advise which alarms came to us through PagerDuty.",
        """SELECT * FROM alerts WHERE source = 'pagerduty-events'""",
        CAIRO,
    ),
    (
        "qz006",
        "filters",
        "Kindly show the critical alarms that started within 30 minutes after a deployment of the same service "
        "went live.",
        """SELECT * FROM alerts a
           WHERE a.severity = 'critical'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CAIRO,
    ),
    (
        "qz007",
        "filters",
        "Show all alerts for auth-api on staging, all columns.",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'""",
        KYIV,
    ),
    (
        "qz008",
        "filters",
        "Staging alerts, but without the flapping HighLatencyP99 one - list please",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging' AND name <> 'HighLatencyP99'""",
        KYIV,
    ),
    (
        "qz009",
        "filters",
        "Alerts on staging which started in 20 minutes after a staging deploy of same service?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 20 MINUTE)""",
        KYIV,
    ),
    (
        "qz010",
        "filters",
        "Could you list the checkout-web alerts from the 11th of March?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz011",
        "filters",
        "A customer writes that they got 503 at payment. Are there alerts that mention 503?",
        """SELECT * FROM alerts
           WHERE name ILIKE '%503%' OR annotations['summary'] ILIKE '%503%'
              OR annotations['description'] ILIKE '%503%'""",
        OSLO,
    ),
    (
        "qz012",
        "filters",
        "Which cart-service alerts started in the hour after payments-api v2.14.0 went live in production?",
        """SELECT * FROM alerts
           WHERE service = 'cart-service' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 1 HOUR""",
        OSLO,
    ),
    (
        "qz013",
        "filters",
        "Good morning. Please list every critical alert in production during February, all columns.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        ZURICH,
    ),
    (
        "qz014",
        "filters",
        "Show me the resolved production alerts that took longer than 45 minutes to clear.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND ends_at - starts_at > INTERVAL 45 MINUTE""",
        ZURICH,
    ),
    (
        "qz015",
        "filters",
        "Which production alerts started within 15 minutes after a feature flag change on the same service? "
        "Full rows, please.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ time
    (
        "qz016",
        "time",
        "when did the first payments-api alert fire yday",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz017",
        "time",
        "how many alerts so far today",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 14:45:00+00'""",
        SEATTLE,
    ),
    (
        "qz018",
        "time",
        "what changed in the 30 min before the first payments-api alert yday",
        """WITH first_alert AS (
               SELECT min(starts_at) AS t FROM alerts
               WHERE service = 'payments-api'
                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           SELECT c.* FROM change_events c, first_alert f
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp BETWEEN f.t - INTERVAL 30 MINUTE AND f.t""",
        SEATTLE,
    ),
    (
        "qz019",
        "time",
        "Kindly, which alarms started between 01:00 and 03:00 UTC today?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 03:00:00+00'""",
        CAIRO,
    ),
    (
        "qz020",
        "time",
        "What was firing at 14:50 UTC yesterday? Please send the full list.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        CAIRO,
    ),
    (
        "qz021",
        "time",
        "Please advise which alarms were still active at the moment the payments-api rollback went live yesterday.",
        """WITH rb AS (
               SELECT min(timestamp) AS t FROM change_events
               WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           SELECT a.* FROM alerts a, rb
           WHERE a.starts_at <= rb.t AND (a.ends_at IS NULL OR a.ends_at > rb.t)""",
        CAIRO,
    ),
    (
        "qz022",
        "time",
        "Which alerts began on staging between 9 and 12 on 11th March?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        KYIV,
    ),
    (
        "qz023",
        "time",
        "Give 5 latest alerts on staging",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        KYIV,
    ),
    (
        "qz024",
        "time",
        "How many minutes passed between payments-api v2.14.0 going live on staging and going live on prod?",
        """SELECT round((epoch(p.t) - epoch(s.t)) / 60, 1) FROM
           (SELECT min(timestamp) AS t FROM change_events
            WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
              AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') p,
           (SELECT min(timestamp) AS t FROM change_events
            WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
              AND environment = 'staging' AND coalesce(details['ref'], version) = 'v2.14.0') s""",
        KYIV,
    ),
    (
        "qz025",
        "time",
        "At what time did the checkout-web trouble start on 11 March?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz026",
        "time",
        "For our customer summary: for how many minutes in total was checkout-web affected on 11 March?",
        """SELECT round((epoch(max(ends_at)) - epoch(min(starts_at))) / 60, 1) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz027",
        "time",
        "What changed in the checkout project in the hour before the checkout-web trouble started on 11 March?",
        """WITH first_alert AS (
               SELECT min(starts_at) AS t FROM alerts
               WHERE service = 'checkout-web'
                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           SELECT c.* FROM change_events c, first_alert f
           WHERE c.phase = 'live' AND c.project = 'checkout' AND c.environment = 'production'
             AND c.timestamp BETWEEN f.t - INTERVAL 1 HOUR AND f.t""",
        OSLO,
    ),
    (
        "qz028",
        "time",
        "How many incidents were opened last week (10.3.-16.3.)?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        ZURICH,
    ),
    (
        "qz029",
        "time",
        "Which was the earliest alert in February?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           ORDER BY starts_at
           LIMIT 1""",
        ZURICH,
    ),
    (
        "qz030",
        "time",
        "Which production changes were made in the 3 hours before the VaultLeaseRenewalFailures alert fired?",
        """SELECT c.* FROM change_events c,
               (SELECT min(starts_at) AS t FROM alerts WHERE name = 'VaultLeaseRenewalFailures') v
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp BETWEEN v.t - INTERVAL 3 HOUR AND v.t""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "qz031",
        "aggregates",
        "mttr for payments-api incidents? in mins",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        SEATTLE,
    ),
    (
        "qz032",
        "aggregates",
        "how many alerts did search-api staging throw yday",
        """SELECT count(*) FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz033",
        "aggregates",
        "on avg how many alerts in the 30 min after each prod deploy (same svc)",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        SEATTLE,
    ),
    (
        "qz034",
        "aggregates",
        "Total number of alarms per severity, please.",
        """SELECT severity, count(*) AS alerts FROM alerts GROUP BY severity ORDER BY alerts DESC, severity""",
        CAIRO,
    ),
    (
        "qz035",
        "aggregates",
        "How many incidents are still open right now?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-12 21:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 21:00:00+00')""",
        CAIRO,
    ),
    (
        "qz036",
        "aggregates",
        "What percentage of the incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (
                   WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups""",
        CAIRO,
    ),
    (
        "qz037",
        "aggregates",
        "Median duration of resolved staging alerts, in minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE environment_canonical = 'staging' AND status = 'resolved'""",
        KYIV,
    ),
    (
        "qz038",
        "aggregates",
        "What share of staging alerts is HighLatencyP99? In percent",
        """SELECT round(100.0 * count(*) FILTER (WHERE name = 'HighLatencyP99') / count(*), 1) FROM alerts
           WHERE environment_canonical = 'staging'""",
        KYIV,
    ),
    (
        "qz039",
        "aggregates",
        "Average number of staging alerts in 1 hour after each staging deploy, same service",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = 'staging'
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
               GROUP BY c.id)""",
        KYIV,
    ),
    (
        "qz040",
        "aggregates",
        "How many alerts did the checkout project have on the 11th of March?",
        """SELECT count(*) FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz041",
        "aggregates",
        "What was the average duration, in minutes, of the resolved checkout incidents opened on 11 March?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE project = 'checkout' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz042",
        "aggregates",
        "Of the checkout incidents opened on 11 March, what percentage was pinned on a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (
                   WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz043",
        "aggregates",
        "For the risk report: standard deviation of the duration of resolved production incidents opened in "
        "February, in minutes.",
        """SELECT round(stddev_samp(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        ZURICH,
    ),
    (
        "qz044",
        "aggregates",
        "How many changes went live in production last week, per change type?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC, type""",
        ZURICH,
    ),
    (
        "qz045",
        "aggregates",
        "On average, how many minutes lay between a suspect change going live and its incident opening?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "qz046",
        "top_n",
        "top 3 noisiest svcs yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        SEATTLE,
    ),
    (
        "qz047",
        "top_n",
        "which alert name fired the most, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        SEATTLE,
    ),
    (
        "qz048",
        "top_n",
        "which svc had the most alerts in the hour after 2.14.0 went live in prod",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 1 HOUR
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        SEATTLE,
    ),
    (
        "qz049",
        "top_n",
        "Top 2 alarm names today by number of alarms, please.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 21:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        CAIRO,
    ),
    (
        "qz050",
        "top_n",
        "Which hour yesterday had the most alarms? Hour and count kindly.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        CAIRO,
    ),
    (
        "qz051",
        "top_n",
        "Which two services had the most incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        CAIRO,
    ),
    (
        "qz052",
        "top_n",
        "Top 3 services by alerts on staging",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        KYIV,
    ),
    (
        "qz053",
        "top_n",
        "Which staging service got the most deploys?",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
           GROUP BY service
           ORDER BY deploys DESC, service
           LIMIT 1""",
        KYIV,
    ),
    (
        "qz054",
        "top_n",
        "Which staging service had most alerts within 1 hour after its own staging deploys?",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
            AND c.service = a.service
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
           WHERE a.environment_canonical = 'staging'
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        KYIV,
    ),
    (
        "qz055",
        "top_n",
        "Which checkout service had the most alerts this week?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        OSLO,
    ),
    (
        "qz056",
        "top_n",
        "Which service wrote the most error lines in the logs on 11 March?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        OSLO,
    ),
    (
        "qz057",
        "top_n",
        "Whose deploys were blamed for the most incidents? Only the top person.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        OSLO,
    ),
    (
        "qz058",
        "top_n",
        "The 3 longest resolved incidents this year: service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        ZURICH,
    ),
    (
        "qz059",
        "top_n",
        "Which person made the most production changes last week? Tools like argocd and the deployment "
        "controller excluded.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        ZURICH,
    ),
    (
        "qz060",
        "top_n",
        "Top 4 services by number of incidents that had a suspect deployment.",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 4""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ changes
    (
        "qz061",
        "changes",
        "who rolled bakc payments-api yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz062",
        "changes",
        "what version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        SEATTLE,
    ),
    (
        "qz063",
        "changes",
        "any deploys yday that got a crit alert on the same svc w/in 30m after? list em",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SEATTLE,
    ),
    (
        "qz064",
        "changes",
        "Kindly list the config changes done in production.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        CAIRO,
    ),
    (
        "qz065",
        "changes",
        "Who flipped feature flags yesterday, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CAIRO,
    ),
    (
        "qz066",
        "changes",
        "Which changes went live while a critical incident on the same service was still open? Please share them.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical'
                   AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 21:00:00+00'))""",
        CAIRO,
    ),
    (
        "qz067",
        "changes",
        "Which versions of auth-api went to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'""",
        KYIV,
    ),
    (
        "qz068",
        "changes",
        "checkout-web versions on staging vs prod?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        KYIV,
    ),
    (
        "qz069",
        "changes",
        "Staging deploys which had no alert on same service in 1 hour after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = 'staging'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        KYIV,
    ),
    (
        "qz070",
        "changes",
        "When was payments-api last deployed to production, and which version was it?",
        """SELECT timestamp, coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        OSLO,
    ),
    (
        "qz071",
        "changes",
        "Which releases were published on 11 March?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz072",
        "changes",
        "Which releases reached production within 2 hours of being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 2 HOUR)""",
        OSLO,
    ),
    (
        "qz073",
        "changes",
        "Every rollback in production this year: service, version, who and when.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'""",
        ZURICH,
    ),
    (
        "qz074",
        "changes",
        "How many feature flag changes did each person make in production this year?",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor""",
        ZURICH,
    ),
    (
        "qz075",
        "changes",
        "Which deployments in production caused incidents?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND environment = 'production'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ silences
    (
        "qz076",
        "silences",
        "who silenced the indexer stuff this month",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 14:45:00+00'""",
        SEATTLE,
    ),
    (
        "qz077",
        "silences",
        "snoozes yday, who n when",
        """SELECT actor, timestamp FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz078",
        "silences",
        "indexer alerts that were goin off while an indexer silence was on",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        SEATTLE,
    ),
    (
        "qz079",
        "silences",
        "Kindly list the silences that were active at 02:00 UTC today.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        CAIRO,
    ),
    (
        "qz080",
        "silences",
        "Which silences were ended early by hand? Silence id and who ended it please.",
        """SELECT silence_id, expired_by FROM silences WHERE expired_at IS NOT NULL""",
        CAIRO,
    ),
    (
        "qz081",
        "silences",
        "How many alarms did each silence hold back as per Alertmanager? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted DESC, s.silence_id""",
        CAIRO,
    ),
    (
        "qz082",
        "silences",
        "Silences on staging: id, who created, comment",
        """SELECT silence_id, created_by, comment FROM silences WHERE environment_canonical = 'staging'""",
        KYIV,
    ),
    (
        "qz083",
        "silences",
        "Average planned length in hours of silences on indexer",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences
           WHERE service = 'indexer'""",
        KYIV,
    ),
    (
        "qz084",
        "silences",
        "Staging alerts which were firing while a silence on same service was in effect",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = 'staging')
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        KYIV,
    ),
    (
        "qz085",
        "silences",
        "Who created silences on 11 March, and when?",
        """SELECT created_by, created_at FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz086",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        OSLO,
    ),
    (
        "qz087",
        "silences",
        "What was still firing at the moment maria took her cart-service silence off?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(expired_at) FROM silences
                               WHERE service = 'cart-service' AND expired_by ILIKE '%maria%')
             AND (ends_at IS NULL OR ends_at > (SELECT min(expired_at) FROM silences
                                                WHERE service = 'cart-service' AND expired_by ILIKE '%maria%'))""",
        OSLO,
    ),
    (
        "qz088",
        "silences",
        "List the silences created outside business hours this year.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND (isodow(created_at) > 5 OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        ZURICH,
    ),
    (
        "qz089",
        "silences",
        "Which silences did kenji create this year? All columns.",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'""",
        ZURICH,
    ),
    (
        "qz090",
        "silences",
        "Silences created within 10 minutes after an alert on the same service started: silence id, its "
        "author, the alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ joins
    (
        "qz091",
        "joins",
        "for each prod deploy yday: svc, version, and how many alerts on that svc within 30m after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE) AS alerts
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz092",
        "joins",
        "incidents yday that had a suspect change - incident svc, alert name, suspect svc + version",
        """SELECT service, group_labels['alertname'] AS alertname, change_service,
                  coalesce(change_details['ref'], change_version) AS version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEATTLE,
    ),
    (
        "qz093",
        "joins",
        "deploys yday that wernt followed by any alert on the same svc within an hr",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        SEATTLE,
    ),
    (
        "qz094",
        "joins",
        "For each early warning today: its id, when it started, and how many alarms on the same service came "
        "in the 15 minutes after it?",
        """SELECT w.id, w.starts_at,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = w.labels['service'] AND a.environment = w.labels['environment']
                     AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE) AS alerts
           FROM warnings w
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND w.starts_at <= TIMESTAMPTZ '2025-03-12 21:00:00+00'""",
        CAIRO,
    ),
    (
        "qz095",
        "joins",
        "Which critical incidents never got a resolution written up?",
        """SELECT * FROM alert_groups g
           WHERE g.max_severity = 'critical'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        CAIRO,
    ),
    (
        "qz096",
        "joins",
        "Which silences were created while an incident on the same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 21:00:00+00'))""",
        CAIRO,
    ),
    (
        "qz097",
        "joins",
        "For each staging flag change: service, time, and how many staging alerts on same service came within "
        "2 hours after",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = 'staging'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'staging'
           GROUP BY c.id, c.service, c.timestamp""",
        KYIV,
    ),
    (
        "qz098",
        "joins",
        "Staging incidents which had suspect deploy: service, alert name, suspect version, who deployed",
        """SELECT service, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects
           WHERE environment = 'staging' AND change_type = 'deployment'""",
        KYIV,
    ),
    (
        "qz099",
        "joins",
        "For every staging deploy of auth-api: version, time, and how many auth-api staging alerts in 2 hours after",
        """SELECT coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR) AS alerts
           FROM change_events c
           WHERE c.service = 'auth-api' AND c.environment = 'staging'
             AND c.type = 'deployment' AND c.phase = 'live'""",
        KYIV,
    ),
    (
        "qz100",
        "joins",
        "Which incidents were fixed by a rollback? Service, alert name and when it opened.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        OSLO,
    ),
    (
        "qz101",
        "joins",
        "How many checkout-web error log lines were there in the 10 minutes after payments-api v2.14.0 went "
        "live in production?",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        OSLO,
    ),
    (
        "qz102",
        "joins",
        "Which checkout incidents on 11 March came after an early warning on the same service? Service, "
        "alert name, opened at.",
        """SELECT DISTINCT service, group_labels['alertname'] AS alertname, opened_at
           FROM incident_warnings
           WHERE project = 'checkout' AND same_service
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OSLO,
    ),
    (
        "qz103",
        "joins",
        "Top 3 deployers by production deploys that were followed by an incident on the same service within "
        "30 minutes.",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        ZURICH,
    ),
    (
        "qz104",
        "joins",
        "How many production incidents this year had no change on the same service in the hour before they opened?",
        """SELECT count(*) FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 1 HOUR AND g.opened_at)""",
        ZURICH,
    ),
    (
        "qz105",
        "joins",
        "What share of the production deploys this year was followed by an incident on the same service within "
        "an hour?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alert_groups g
                   WHERE g.service = c.service AND g.environment = c.environment
                     AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'""",
        ZURICH,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "qz106",
        "refusals",
        "any alerts on matchmaking-svc since the patch yday?",
        "ungrounded",
        SEATTLE,
    ),
    (
        "qz107",
        "refusals",
        "hey whats the best way to autoscale dedicated game servers on agones, fleet autoscaler or custom?",
        "not_about_this_data",
        SEATTLE,
    ),
    (
        "qz108",
        "refusals",
        "ack the indexer disk alert for me pls, im in a match",
        "asks_to_change_data",
        SEATTLE,
    ),
    (
        "qz109",
        "refusals",
        "Kindly, which alarms came from cluster prod-me-central-1 tonight?",
        "ungrounded",
        CAIRO,
    ),
    (
        "qz110",
        "refusals",
        "Please advise how to write a good escalation matrix for a NOC with three shifts.",
        "not_about_this_data",
        CAIRO,
    ),
    (
        "qz111",
        "refusals",
        "Kindly put a silence on the DiskSpaceLow alarm of indexer for 2 hours, it is flapping the whole night.",
        "asks_to_change_data",
        CAIRO,
    ),
    (
        "qz112",
        "refusals",
        "Show alerts from qa environment for last 2 days",
        "ungrounded",
        KYIV,
    ),
    (
        "qz113",
        "refusals",
        "What is difference between smoke test and regression test, shortly?",
        "not_about_this_data",
        KYIV,
    ),
    (
        "qz114",
        "refusals",
        "Delete all HighLatencyP99 staging alerts from the store, they are only noise for us",
        "asks_to_change_data",
        KYIV,
    ),
    (
        "qz115",
        "refusals",
        "Did the klarna-gateway service have any alerts on the 11th of March?",
        "ungrounded",
        OSLO,
    ),
    (
        "qz116",
        "refusals",
        "Can you translate our status page update about the 11 March outage into Norwegian?",
        "not_about_this_data",
        OSLO,
    ),
    (
        "qz117",
        "refusals",
        "Please change the root cause of the payments-api incident on 11 March to 'database failover'.",
        "asks_to_change_data",
        OSLO,
    ),
    (
        "qz118",
        "refusals",
        "Which changes did thomas.meier make in production last week?",
        "ungrounded",
        ZURICH,
    ),
    (
        "qz119",
        "refusals",
        "What are FINMA's deadlines for reporting a major operational incident?",
        "not_about_this_data",
        ZURICH,
    ),
    (
        "qz120",
        "refusals",
        "Roll payments-api in production back to v2.13.2 again, please.",
        "asks_to_change_data",
        ZURICH,
    ),
]
