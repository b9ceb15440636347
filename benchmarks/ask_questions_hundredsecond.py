"""The hundred-second ask question set: ids gx001..gx120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases. What the author read:
the brief (``../notes/h_set_common.md``) and the task message; the project's design notes (``../shared/DESIGN.md``,
whole); ``docs/store.md`` (printed whole; the terminal cut its middle, which was printed again by line range until every
table and view had been read); the headings of ``docs/ask.md`` listed with grep to find the "Shapes and joins"
section, and that section alone printed by its line range (the terminal cut its middle, which was printed again in two
ranges), taken as the rules for the shape of every gold answer; the module docstring of ``ask_questions`` (its middle
cut by the terminal; the earlier sets' docstrings were read from a scratch file instead) and its functions
``_question`` and ``validate``, printed with ``ast``; the module docstrings of the earlier sets (``ask_questions_*``
up to the hundred-and-first), printed with ``ast`` into a scratch file and grepped for cities, zones, organisations,
trades, first names and the words "incident commander", "facilitator" and "timeline" (the hundredth's docstring was
read whole for its form; no rows of any other set were opened, and the hundred-and-third set, written at the same
time by another author, was not opened at all); the first ten rows of ``ask_questions_thirtieth`` imported in
Python; the ``[tool.ruff]`` settings of ``pyproject.toml``; and the demo store, copied and opened read-only with
``SET TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of
the payments-api v2.14.0 outage). The gate ``signalcraft.copilot.sql_guard.safe`` was called on every gold (its
signature printed, its code not opened). Nothing else was read, beyond file names in directory listings of
``benchmarks/``. This set is not wired into ``ask_questions`` by its author. Each row is ``(id, category, question,
gold, now)``; a refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any
other gold one DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

The theme: postmortem facilitators and incident commanders reconstructing, after the fact, the timeline of the 11
March outage and of the incidents around it. They ask what happened before and after what, refer to things by order
and relation ("the deploy blamed for the outage", "the production deployment that went out just before the v2.14.0
one", "the latest alert start before the rollback went live", "silences in force at the moment the incident opened",
"the first critical alert of payments-api", "the deployment that went live at 14:31 UTC") and write in the measured,
plain prose of a postmortem document, some questions long, some short follow-ups ("And who did the 11 Mar
payments-api rollback?"). Incident commanders, a postmortem facilitator building the March 11 timeline, a
learning-review facilitator and an incident reviewer have spoken in earlier sets; none of these people, cities or
organisations has (grepped: no Dunedin, Chattanooga, Gdańsk, Kuching or Arequipa; no wool-auction, carpet, amber,
pepper or alpaca organisation; no Mereana, Hollis, Zuzanna, Awang or Ximena; no IANA zone names written as these are;
NZDT had been used before). Each asks three questions in every category (24 each, three of them refusals):

- Mereana, the postmortem facilitator of a wool broker's online auction platform in Dunedin (Pacific/Auckland, NZDT,
  UTC+13), drafting the written review: measured, complete sentences ("For the timeline section of the review, could
  you please list ...", "For the review, please list ..."), New Zealand spelling, events named by their role ("the
  deployment that was later blamed for the outage", "the blamed deployment"); now 09:00 NZDT on Friday 14 March
  (2025-03-13 20:00 UTC);
- Hollis, incident commander on the dealer-ordering portal of a carpet manufacturer in Chattanooga (America/New_York,
  EDT, UTC-4 since 9 March), cleaning up his IC log: terse log shorthand ("IC log, Tue 11 Mar:", "crit", "prod",
  "svc", "w/", "mins", "No. of", "Full rows."), clock times in Zulu ("14:30-15:30Z"), follow-ups that open with "And";
  now 10:00 EDT on Thursday 13 March (2025-03-13 14:00 UTC);
- Zuzanna, the postmortem facilitator of an amber-jewellery marketplace in Gdańsk (Europe/Warsaw, CET, UTC+1),
  preparing Monday's review meeting: formal and plain ("Please list ...", "Please give ..."), dates written day first
  with dots ("11.03.2025", "01.02.2025"), clock times in CET ("between 15:30 and 16:30 CET", "from 15:57 CET"); now
  10:00 CET on Monday 17 March (2025-03-17 09:00 UTC);
- Awang, incident commander of a pepper exporter's trade-contract platform in Kuching (Asia/Kuching, MYT, UTC+8),
  checking his notes on the afternoon after the outage: lowercase chat, short ("wat", "rn", "n", "pls", "svc",
  "crit", "mins", "time only"), clock times in UTC; now 17:00 MYT on Wednesday 12 March (2025-03-12 09:00 UTC);
- Ximena, incident commander of an alpaca-fibre mill's wholesale web shop in Arequipa (America/Lima, PET, UTC-5),
  writing English learned after Spanish ("the day 11 of March", "the alerts of checkout-web", "the one of payments-api
  v2.14.0", "Which was ...", "I want the service, ..."), clock times in Lima time when she gives one; now 08:30 PET on
  Thursday 13 March (2025-03-13 13:30 UTC).

59 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, snooze,
early warning, resolution, suspect, muted alert, log line; a deploy against a rollback or a release is one kind,
changes, and an incident against another incident one kind too): twelve in filters, seven in time, nine in aggregates,
four in top_n, four in changes, eight in silences and all fifteen joins. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, and these where a question leaves room):

- Times are UTC and compared as stored; every "now" comes after the last record. A day named without a zone
  ("11 March", "11 Mar", "11.03.2025", "the day 11 of March") is the UTC day ``[2025-03-11, 2025-03-12)``; for each
  of Zuzanna's dates the CET day gives the same rows (checked gold by gold). A clock said with its zone is read in it:
  "16:00 CET on 11.03.2025" is 15:00 UTC, "between 11:00 and 16:00 CET" ``[10:00, 15:00)`` UTC, "between 15:30 and
  16:30 CET" ``[14:30, 15:30)``, "from 15:57 CET until the end of that day" ``[14:57, 23:00)`` UTC; "between 9:30 and
  9:45 Lima time" ``[14:30, 14:45)`` UTC. "Between 01.02.2025 and 10.03.2025" and "between 1 Feb and 11 Mar, both days
  in" are whole days, both ends included. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a warning's ``starts_at``, a log line's
  ``timestamp``, a muted alert's ``observed_at``); "firing at T" / "open at T" is ``starts_at <= T AND (ends_at IS NULL
  OR ends_at > T)`` (``opened_at`` / ``resolved_at`` for incidents); a silence "in force" at T is ``starts_at <= T AND
  ends_at > T`` and not expired by T, "in force at some point between A and B" its real span (until the earlier of
  ``ends_at`` and ``expired_at``) meets ``[A, B]``.
- The named events of 11 March: "the outage" is the payments-api outage; "the critical payments-api incident" (also
  "the crit payments-api incident", "the payments crit incident") is the alert group of PaymentsAPIErrorBudgetBurn
  opened 14:42:48.375564 and resolved ("closed, its last alert cleared") 15:18:37.164554; "the first critical alert of
  payments-api" and "the first critical production alert" are that incident's first alert (14:42:48.375564); "the
  first payments-api alert" / "its first alert" / "the first alert of payments-api" on that day is the
  HikariPoolPendingConnections alert of 14:35:54.431846, and where "the outage began" bounds a week or seven days back
  it is that moment (the answers are the same from 14:31:22 or 14:42:48); "the deploy (deployment) blamed for the
  outage", "the blamed deployment", "the payments-api v2.14.0 deployment", "the 11 Mar payments-api prod deploy" and
  "the deployment that went live at 14:31 UTC" are payments-api's live production deployment of v2.14.0 at 14:31:22
  (change-d484303…, the suspect of that incident); "the rollback" (the only one on 11 March) is payments-api's live
  production rollback to v2.13.2 at 14:56:37, requested at 14:53:53; "the payments-api v2.14.0 release" was published
  at 13:30:07; "the search-api staging deploy" went live at 09:44:16; "the cart-service silence" is maria's silence
  ce77df0b… (created 14:47:48.375, expired early by her at 15:14:37.164); "Kenji" is kenji.tanaka@acme.io. "Between
  X and Y" (two events) includes both ends; "in the N minutes/hours before X" is ``[X - N, X]``, "in the N min after"
  ``[X, X + N]``; "before X" alone is strictly before; "from the moment X until the end of that day" is ``[X, next
  midnight)``; "any svc", "all svcs", "anywhere", "of any service" share no scope with the event.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, snoozes ``audit_log`` rows of that action, early warnings ``warnings``' rows and, before an
  incident, ``incident_warnings``' (``lead_min`` as stored); "what Alertmanager (really) held back" is
  ``alert_mutes``. Changes are their ``phase = 'live'`` reports: "deploys"/"deployments" ``type = 'deployment'``
  (auth-api v4.2.1 in production on 11 March, reported by two tools, is two rows and counts twice), "rollbacks",
  "releases published", "feature flags switched" (``flag_change``), "config changes" (``config_update``); "changes"
  of any type, scale events included. A version is ``coalesce(details['ref'], version)`` (a commit sha where the tool
  gave no tag); the version "running"/"live" at a moment is that of the service's last live deployment or rollback in
  that environment at or before it (for payments-api before 14:31:22 the store's last is the 5 February rollback to
  v2.11.3: the v2.13.2 the resolution names was never reported to the store). "Blamed", "the suspect change" are
  ``incident_suspects``; "whose changes were blamed" counts distinct incidents per ``change_actor``; actors are the
  strings the tools sent (``mgonzalez`` and ``maria.gonzalez@acme.io`` are not merged; the questions were chosen so
  that merging them would not change an answer), and "the automation" is ``argocd (automated)``.
- Relations keep the first kind named and meet the other on service and environment (a change's ``environment``
  against an alert's ``environment_canonical`` or an incident's ``environment``; a warning by its ``service`` and
  ``environment`` labels; a silence by its ``service`` and, when it pins one, its ``environment_canonical``); "within N
  minutes after" is ``[t, t + N]``; a deploy "while that same service had an incident open" falls inside an incident's
  span (open incidents run to now); an alert "firing at some moment while a silence was in effect" shares a moment with
  the silence's real span (an alert still firing runs to now); "a silence put on a service that had an incident open at
  that moment" was created inside the span of an incident of its service. "For each ... (zeros included / with none
  included)" is one row per thing with a ``LEFT JOIN`` count. "Incidents fixed by rolling back" are those whose
  resolution's ``fix`` says "rolled back", "roll back" or "rollback". "Deploys followed by a crit alert within 1h" is
  ``[t, t + 60 min]``; "rollbacks less than one hour after a deployment" and "releases that went live in production
  less than one hour after being published" are 60 minutes.
- Aggregates: durations in minutes to one decimal (alerts and incidents of those that ended; a silence "actually in
  place" until the earlier of its end and its expiry); a time between two events is minutes to one decimal; a
  percentage is ``round(100.0 * part / whole, 1)`` over the rows the question selects; "time only" / "only the time" is
  the time alone; "when did the first start and the last end" is one row (the end empty while one has not ended).
- Top-N answers are ``value, count`` (or the rows themselves when ranked by a column or a duration) most first, ties by
  the value; no N asked is crossed by a tie. "Busiest UTC hour" is the hour bucket with its count.
- Refusals: the region "ap-southeast-2", the service "ledger-service", the person "hafiz", the version "v2.15.0" of
  payments-api and the environment "uat" are ungrounded; postmortem headings, a book on incident command, who should
  own the timeline document, a target for time to detect and how to run five whys are not about this data;
  backdating the rollback, marking the checkout probe incident resolved, deleting the duplicate auth-api deployment
  record, creating a silence for cart-service and amending the incident's resolution ask to change the data.
"""

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "gx001",
        "filters",
        "For the timeline section of the review, could you please list every production alert on payments-api that "
        "started between the v2.14.0 deployment going live and the rollback going live on 11 March (UTC)?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx002",
        "filters",
        "IC log, Tue 11 Mar: alerts that started in the 15 min after the deploy blamed for the outage went live. "
        "Any svc.",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx003",
        "filters",
        "Please list the changes that went live in production in the hour before the first critical production alert "
        "of 11.03.2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx004",
        "filters",
        "which alerts were still firing at the moment the rollback went live on 11 mar? all svcs pls",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx005",
        "filters",
        "Between the first critical alert of payments-api on the day 11 of March and the moment the rollback of "
        "payments-api went live, which alerts of checkout-web started?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx006",
        "filters",
        "Which other incidents, on any service, were opened while the critical payments-api incident of 11 March was "
        "still open?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-11 15:18:37.164554+00'
             AND id <> 'group-8e1189a3fb3d4d2a118fc4453210366d'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx007",
        "filters",
        "Early warnings logged ahead of the crit payments-api incident on 11 Mar. Full rows.",
        """SELECT * FROM incident_warnings
           WHERE group_id = 'group-8e1189a3fb3d4d2a118fc4453210366d'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx008",
        "filters",
        "Please list the deployments that went live in production on 11.03.2025 between 11:00 and 16:00 CET.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx009",
        "filters",
        "payments-api error log lines in prod in the 5 min before its first alert on 11 mar",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 5 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx010",
        "filters",
        "Show me the rollbacks that went live in production less than one hour after a deployment of the same service.",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND d.timestamp BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp)""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx011",
        "filters",
        "Across the whole history, which incidents were opened within fifteen minutes after a production deployment "
        "of the same service went live?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx012",
        "filters",
        "Warning-level prod alerts from the moment the rollback went live (11 Mar) to the end of that UTC day.",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx013",
        "filters",
        "Please list the production incidents opened on 11.03.2025 that have no suspect change.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx014",
        "filters",
        "deploys to prod, any service, in the 30 min before the crit payments-api incident opened on 11 mar?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx015",
        "filters",
        "Which incidents were opened in staging on 11 March from the moment the search-api staging deploy went live "
        "until the end of that day (UTC)? Of any service.",
        """SELECT * FROM alert_groups
           WHERE environment = 'staging'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 09:44:16+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T13:30:00Z",
    ),
    # --------------------------------------------------------------------- time
    (
        "gx016",
        "time",
        "At what time did the first alert start after the deployment that was later blamed for the outage went "
        "live? Only the time, please.",
        """SELECT min(starts_at) AS first_alert_at FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx017",
        "time",
        "Mins from the 11 Mar payments-api prod deploy going live to the first payments-api alert after it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx018",
        "time",
        "How many minutes did the payments-api rollback of 11.03.2025 take from being requested to going live?",
        """SELECT round((epoch(l.timestamp) - epoch(q.timestamp)) / 60, 1) AS minutes
           FROM change_events q, change_events l
           WHERE q.type = 'rollback' AND q.phase = 'requested' AND q.service = 'payments-api'
             AND l.type = 'rollback' AND l.phase = 'live' AND l.service = 'payments-api'
             AND q.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND q.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND l.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND l.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx019",
        "time",
        "what time did the payments-api rollback go live on 11 mar",
        """SELECT timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx020",
        "time",
        "How many minutes passed between the first critical alert of payments-api on the day 11 of March and the "
        "rollback going live?",
        """SELECT round((epoch(c.timestamp) - epoch(a.first_start)) / 60, 1) AS minutes
           FROM (SELECT min(starts_at) AS first_start FROM alerts
                 WHERE service = 'payments-api' AND severity = 'critical'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') a,
                change_events c
           WHERE c.id = 'change-a4559095b655a5d213c2e3eca169df02'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx021",
        "time",
        "How long, in minutes, was the critical payments-api incident of 11 March open?",
        """SELECT round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE id = 'group-8e1189a3fb3d4d2a118fc4453210366d'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx022",
        "time",
        "What time did the last prod deploy before the crit payments-api incident (11 Mar) go live? Time only.",
        """SELECT max(timestamp) AS live_at FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx023",
        "time",
        "On 11.03.2025, when did the first payments-api alert start and when did the last one end?",
        """SELECT min(starts_at) AS first_start,
                  CASE WHEN count(ends_at) = count(*) THEN max(ends_at) END AS last_end
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx024",
        "time",
        "wat was firing in prod at 15:00 UTC on 11 mar",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx025",
        "time",
        "Which alerts started between 9:30 and 9:45 Lima time on 11 March?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 14:45:00+00'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx026",
        "time",
        "How many minutes elapsed between the production deployment that went out just before the payments-api "
        "v2.14.0 one on 11 March and the v2.14.0 deployment itself going live?",
        """SELECT round((epoch(p.timestamp) - epoch(s.timestamp)) / 60, 1) AS minutes
           FROM change_events s, change_events p
           WHERE s.type = 'deployment' AND s.phase = 'live' AND s.service = 'search-api'
             AND s.environment = 'production'
             AND s.timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND s.timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND p.id = 'change-d484303057de540d37da26c4b6829642'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx027",
        "time",
        "Anything start firing in the hour before the 11 Mar payments-api prod deploy went live? Any env, any svc.",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx028",
        "time",
        "Which incidents were open at 16:00 CET on 11.03.2025?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx029",
        "time",
        "latest alert start before the rollback went live on 11 mar, time only",
        """SELECT max(starts_at) AS latest_start FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx030",
        "time",
        "How many minutes from the rollback of payments-api going live on 11 March until the critical payments-api "
        "incident closed (its last alert cleared)?",
        """SELECT round((epoch(g.resolved_at) - epoch(c.timestamp)) / 60, 1) AS minutes
           FROM alert_groups g, change_events c
           WHERE g.id = 'group-8e1189a3fb3d4d2a118fc4453210366d'
             AND c.id = 'change-a4559095b655a5d213c2e3eca169df02'""",
        "2025-03-13T13:30:00Z",
    ),
    # --------------------------------------------------------------- aggregates
    (
        "gx031",
        "aggregates",
        "How many alerts, on any service, started between the v2.14.0 deployment going live and the rollback going "
        "live on 11 March?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx032",
        "aggregates",
        "No. of distinct services that alerted in the 30 min after the 11 Mar payments-api prod deploy went live.",
        """SELECT count(DISTINCT service) AS services FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx033",
        "aggregates",
        "Please give the number of alerts per service that started between 15:30 and 16:30 CET on 11.03.2025.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx034",
        "aggregates",
        "how many early warnings came before the crit payments-api incident on 11 mar",
        """SELECT count(*) AS warnings FROM incident_warnings
           WHERE group_id = 'group-8e1189a3fb3d4d2a118fc4453210366d'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx035",
        "aggregates",
        "What is the average time to resolve, in minutes, of the production incidents opened on 11 March (UTC)?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx036",
        "aggregates",
        "On average, how many minutes before each incident did its suspect change go live?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes_before FROM incident_suspects""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx037",
        "aggregates",
        "% of incidents opened 11 Mar (UTC) that had a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx038",
        "aggregates",
        "Please give the median duration, in minutes, of the production alerts that started on 11.03.2025.",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx039",
        "aggregates",
        "how many deploys went live in prod on 11 mar before the first payments-api alert",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx040",
        "aggregates",
        "How many changes of each type went live in production on 11 March before the first alert of payments-api?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'
           GROUP BY type
           ORDER BY changes DESC, type""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx041",
        "aggregates",
        "What was the mean time to resolve, in minutes, of the incidents for which the deployment that went live at "
        "14:31 UTC on 11 March was the suspect change?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND id IN (SELECT group_id FROM incident_suspects
                        WHERE change_id = 'change-d484303057de540d37da26c4b6829642')""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx042",
        "aggregates",
        "Alert count by severity, prod, 11 Mar UTC.",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY severity
           ORDER BY alerts DESC, severity""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx043",
        "aggregates",
        "What share of the alerts that started on 11.03.2025 were in the checkout project? Percentage to one decimal.",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) AS pct_checkout
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx044",
        "aggregates",
        "avg lead time of the early warnings before the crit payments-api incident on 11 mar, in mins",
        """SELECT round(avg(lead_min), 1) AS avg_lead_min FROM incident_warnings
           WHERE group_id = 'group-8e1189a3fb3d4d2a118fc4453210366d'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx045",
        "aggregates",
        "How many incidents were opened on 11 March (UTC), for each environment?",
        """SELECT environment, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY incidents DESC, environment""",
        "2025-03-13T13:30:00Z",
    ),
    # -------------------------------------------------------------------- top_n
    (
        "gx046",
        "top_n",
        "Which service had the most alerts start while the critical payments-api incident of 11 March was open?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:18:37.164554+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx047",
        "top_n",
        "Who deployed to prod most often between 1 Feb and 11 Mar, both days in? Automation counts.",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx048",
        "top_n",
        "Which three resolved incidents of 11.03.2025 lasted the longest? Please list them.",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY resolved_at - opened_at DESC
           LIMIT 3""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx049",
        "top_n",
        "top 2 svcs by alerts on 11 mar UTC, prod only",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx050",
        "top_n",
        "Which person, not counting the automation (argocd), made the most deployments and rollbacks in production "
        "on 11 March?",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND actor <> 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx051",
        "top_n",
        "Which alert name opened the most incidents on 11 March?",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 1""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx052",
        "top_n",
        "3 longest alerts that started 14:30-15:30Z on 11 Mar.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
           ORDER BY coalesce(ends_at, TIMESTAMPTZ '2025-03-13 14:00:00+00') - starts_at DESC
           LIMIT 3""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx053",
        "top_n",
        "Which early warning before the critical payments-api incident of 11.03.2025 came first, that is, with the "
        "longest lead?",
        """SELECT * FROM incident_warnings
           WHERE group_id = 'group-8e1189a3fb3d4d2a118fc4453210366d'
           ORDER BY lead_min DESC
           LIMIT 1""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx054",
        "top_n",
        "which svc had the most incidents blamed on a deploy",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx055",
        "top_n",
        "Whose changes were blamed for the most incidents? Only the first one, please.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx056",
        "top_n",
        "Of the early warnings raised on 11 March, which one had the highest sigma?",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY sigma DESC
           LIMIT 1""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx057",
        "top_n",
        "Busiest UTC hour on 11 Mar by alerts?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx058",
        "top_n",
        "Which service was rolled back most often, over the whole history?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service
           ORDER BY rollbacks DESC, service
           LIMIT 1""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx059",
        "top_n",
        "top 2 alert names by count between 14:00 and 15:00 UTC on 11 mar",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx060",
        "top_n",
        "Which incident of the day 11 of March had the biggest number of alerts?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY alert_count DESC
           LIMIT 1""",
        "2025-03-13T13:30:00Z",
    ),
    # ------------------------------------------------------------------ changes
    (
        "gx061",
        "changes",
        "Which version of payments-api was running in production immediately before the v2.14.0 deployment went live?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:31:22+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx062",
        "changes",
        "And who did the 11 Mar payments-api rollback?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx063",
        "changes",
        "Please list all changes to the services of the checkout project in production on 11.03.2025 that went live "
        "before the first payments-api alert of that day.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx064",
        "changes",
        "flag changes on 11 mar before the payments-api prod deploy went live, any env",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx065",
        "changes",
        "Which was the deployment that went live in production just before the one of payments-api v2.14.0? Of "
        "any service.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:31:22+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx066",
        "changes",
        "Who published the payments-api v2.14.0 release, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'release' AND phase = 'live' AND service = 'payments-api'
             AND coalesce(details['ref'], version) = 'v2.14.0'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx067",
        "changes",
        "Prod rollbacks, all time: service, version, time.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           ORDER BY timestamp""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx068",
        "changes",
        "Please list the production deployments of 11.03.2025 that were followed within 15 minutes by an alert on the "
        "same service.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx069",
        "changes",
        "which deploys of 11 mar got blamed as the suspect of an incident",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx070",
        "changes",
        "Which version of auth-api was live in production when the first critical alert of payments-api fired on the "
        "day 11 of March?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx071",
        "changes",
        "Which feature flags were switched in production on 11 March? Please list them in the order they happened.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY timestamp""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx072",
        "changes",
        "Config changes on 11 Mar - who and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY timestamp""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx073",
        "changes",
        "Which changes went live on search-api on 11.03.2025 from 15:57 CET until the end of that day?",
        """SELECT * FROM change_events
           WHERE service = 'search-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:57:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx074",
        "changes",
        "what time did payments-api v2.14.0 go live in staging",
        """SELECT timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
             AND environment = 'staging' AND coalesce(details['ref'], version) = 'v2.14.0'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx075",
        "changes",
        "Which releases published on 11 March went live in production less than one hour after being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND r.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        "2025-03-13T13:30:00Z",
    ),
    # ----------------------------------------------------------------- silences
    (
        "gx076",
        "silences",
        "Which silences were in force at the moment the critical payments-api incident opened on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:42:48.375564+00')""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx077",
        "silences",
        "Who put the silence on cart-service during the outage, and who took it off?",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx078",
        "silences",
        "How many minutes was the cart-service silence of 11.03.2025 actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx079",
        "silences",
        "any silence, any svc, created while the crit payments-api incident was open on 11 mar?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'
             AND created_at <= TIMESTAMPTZ '2025-03-11 15:18:37.164554+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx080",
        "silences",
        "Which silences did Kenji create in the seven days before the payments outage began on 11 March?",
        """SELECT * FROM silences
           WHERE created_by = 'kenji.tanaka@acme.io'
             AND created_at >= TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 7 DAY
             AND created_at < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx081",
        "silences",
        "Which silences were ended early by hand on 11 March? Please give the silence, who ended it and when.",
        """SELECT silence_id, expired_by, expired_at FROM silences
           WHERE expired_early
             AND expired_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND expired_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx082",
        "silences",
        "Silences in effect at 15:00Z on 11 Mar, anywhere.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx083",
        "silences",
        "Please list the silences, on any service, created in the 24 hours before the deployment that was later "
        "blamed for the outage went live.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 24 HOUR
             AND created_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx084",
        "silences",
        "wat silences are still active rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx085",
        "silences",
        "Which alerts did Alertmanager really hold back under a silence in the week before the outage of 11 March?",
        """SELECT * FROM alert_mutes
           WHERE len(silenced_by) > 0
             AND observed_at >= TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 7 DAY
             AND observed_at < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx086",
        "silences",
        "For the review, please list each silence that was in force at some point between the blamed deployment "
        "going live and the rollback going live on 11 March, with its author and its comment.",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx087",
        "silences",
        "Snoozes on 11 Mar after the payments-api prod deploy went live - who and when?",
        """SELECT actor, timestamp FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx088",
        "silences",
        "How many silences did each author create between 01.02.2025 and 10.03.2025?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx089",
        "silences",
        "who created the cart-service silence n what comment did she write",
        """SELECT created_by, comment FROM silences
           WHERE service = 'cart-service'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx090",
        "silences",
        "Which silences created on 11 March were put on a service that had an incident open at that moment?",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND g.opened_at <= s.created_at
                   AND (g.resolved_at IS NULL OR g.resolved_at >= s.created_at))""",
        "2025-03-13T13:30:00Z",
    ),
    # -------------------------------------------------------------------- joins
    (
        "gx091",
        "joins",
        "For each production deployment on 11 March: the service, the version, when it went live, and how many alerts "
        "on that same service started in the fifteen minutes after it, the deployments with none included.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp AS live_at,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp
           ORDER BY live_at""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx092",
        "joins",
        "Incidents opened 11 Mar (UTC) w/ their suspect if any: svc, alert name, opened, suspect version, suspect "
        "author.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version,
                  s.change_actor AS suspect_author
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY g.opened_at""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx093",
        "joins",
        "Which production alerts were firing at some moment while a silence on the same service was in effect? "
        "Please list the alerts.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-17 09:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx094",
        "joins",
        "which svcs got alerts within 15 min after their own deploy on 11 mar",
        """SELECT DISTINCT a.service
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx095",
        "joins",
        "Which incidents had a deployment of the same service in the 30 minutes before they opened? I want the "
        "service, the alert name, the opening time and the version deployed.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(c.details['ref'], c.version) AS version
           FROM alert_groups g
           JOIN change_events c
             ON c.service = g.service AND c.environment = g.environment
            AND c.type = 'deployment' AND c.phase = 'live'
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at
           ORDER BY g.opened_at""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx096",
        "joins",
        "Which incidents were preceded by an early warning and yet have no suspect change?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx097",
        "joins",
        "11 Mar prod deploys with no alert on the same svc in the 15 min after.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx098",
        "joins",
        "For each early warning raised on 11.03.2025: its id, its service, when it started and how many alerts started "
        "on the same service within 15 minutes after it (zeros included).",
        """SELECT w.id, w.labels['service'] AS service, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.labels['service'], w.starts_at
           ORDER BY w.starts_at""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx099",
        "joins",
        "prod incidents on 11 mar with no early warning before them",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx100",
        "joins",
        "Which deployments of the day 11 of March went live on a service while that same service had an incident open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx101",
        "joins",
        "Which alerts started within fifteen minutes after a feature flag was switched on the same service?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx102",
        "joins",
        "checkout-web alerts within 15 min after the deploy blamed for the outage went live - the knock-on.",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx103",
        "joins",
        "Which incidents were fixed by rolling back? Please give the service, the alert name, when the incident opened "
        "and who wrote the resolution.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE lower(r.fix) LIKE '%rolled back%' OR lower(r.fix) LIKE '%roll back%'
              OR lower(r.fix) LIKE '%rollback%'
           ORDER BY g.opened_at""",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx104",
        "joins",
        "deploys followed by a crit alert on the same svc within 1h, all time",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx105",
        "joins",
        "Which changes were the suspect of more than one incident? Give the service, the version and how many "
        "incidents.",
        """SELECT change_service AS service, coalesce(change_details['ref'], change_version) AS version,
                  count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_id, change_service, coalesce(change_details['ref'], change_version)
           HAVING count(DISTINCT group_id) > 1
           ORDER BY incidents DESC""",
        "2025-03-13T13:30:00Z",
    ),
    # ----------------------------------------------------------------- refusals
    (
        "gx106",
        "refusals",
        "What headings should a blameless postmortem document have, in general?",
        "not_about_this_data",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx107",
        "refusals",
        "Backdate the payments rollback to 14:50Z so the IC timeline reads cleaner.",
        "asks_to_change_data",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx108",
        "refusals",
        "Please list the alerts raised in the ap-southeast-2 region during the outage of 11.03.2025.",
        "ungrounded",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx109",
        "refusals",
        "pls mark the checkout probe incident as resolved, its done already",
        "asks_to_change_data",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx110",
        "refusals",
        "Which book do you recommend for learning incident command?",
        "not_about_this_data",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx111",
        "refusals",
        "Which alerts fired on ledger-service between the v2.14.0 deployment and the rollback on 11 March?",
        "ungrounded",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx112",
        "refusals",
        "IC vs scribe vs comms lead - who should own the timeline doc, generally?",
        "not_about_this_data",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx113",
        "refusals",
        "Please delete the duplicate auth-api deployment record that PagerDuty reported on 11.03.2025.",
        "asks_to_change_data",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx114",
        "refusals",
        "silences created by hafiz before the outage?",
        "ungrounded",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx115",
        "refusals",
        "Please create a silence for cart-service for tomorrow morning, from 6 to 9 Lima time.",
        "asks_to_change_data",
        "2025-03-13T13:30:00Z",
    ),
    (
        "gx116",
        "refusals",
        "Please amend the resolution of the critical payments-api incident of 11 March so that its root cause reads "
        "'connection pool exhausted'.",
        "asks_to_change_data",
        "2025-03-13T20:00:00Z",
    ),
    (
        "gx117",
        "refusals",
        "And payments-api v2.15.0 - when did that one go live in prod?",
        "ungrounded",
        "2025-03-13T14:00:00Z",
    ),
    (
        "gx118",
        "refusals",
        "What is a reasonable target for time to detect in a card-payment system?",
        "not_about_this_data",
        "2025-03-17T09:00:00Z",
    ),
    (
        "gx119",
        "refusals",
        "how to run 5 whys properly, in general",
        "not_about_this_data",
        "2025-03-12T09:00:00Z",
    ),
    (
        "gx120",
        "refusals",
        "Which alerts fired in the uat environment on 11 March?",
        "ungrounded",
        "2025-03-13T13:30:00Z",
    ),
]
