"""The hundred-first outside question set of the ask benchmark (issue 15): hygiene and audit questions.

Written by an outside author who has not seen the question parser, at the same time as the hundredth set's author
(neither saw the other's file). What was read, and nothing else: the brief ``notes/h_set_common.md`` and the task
message; ``/work/shared/DESIGN.md`` and ``docs/store.md`` whole; the section "## Shapes and joins" of
``docs/ask.md`` only (lines 190-424, found with ``grep -n '^## '``); the module docstring of
``benchmarks/ask_questions.py`` and its functions ``_question`` and ``validate`` (printed with ``ast``); the module
docstrings of every earlier ``benchmarks/ask_questions_*.py`` (through ``ast.get_docstring``, dumped to a scratch
file and grepped, not read whole); the first ten rows of ``ask_questions_thirtieth`` (imported in Python); the
``[tool.ruff]`` table of ``pyproject.toml``; the signature of ``signalcraft.copilot.sql_guard.safe``; and the demo
store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'``. One slip: while checking the
source layout of a ``ROWS`` list, the author printed the first ~40 lines of ``ask_questions_ninetyninth``'s ``ROWS``
(its first three rows and the start of a fourth) and its last ~30 lines (its last four refusals); nothing of them
was used here.

Theme: people who review how the alerting is run rather than run it, asking as often about what is missing, stale,
odd or inconsistent as about what is there: alerts without a runbook link or a team label, alerts still "firing"
from January, changes recorded with no version, flag flips with no comment or outside working hours, silences set
for a day, set up ahead of time, ended early, or that never muted anything, releases never deployed, services that
alerted but never deployed, incidents with no suspect, no warning or no ack, fingerprints that fired again and
again, first and last occurrences and the range of values. Every category has 15 questions; the refusals are five
of each kind.

The personas: none of their cities, client trades or names appears in an earlier docstring (grepped for Lausanne,
Porto Alegre, Plovdiv, Albuquerque, Europe/Zurich, Europe/Sofia, America/Denver, pawnbroker, cosmetic, rose oil,
balloon, musical, "Obs.", cruft, "kill list", "segregation of duties", ITGC and the four first names: no hits;
America/Sao_Paulo and BRT had been used by a data analyst in Sao Paulo and an engineer in Recife, and "an external
reliability consultant writing an assessment" with a stated review period by the twenty-seventh set, with no city;
the roles are the theme's, the people are new; Gdansk, Tromsø, Oslo, Sofia, aquaculture, veterinary chains and
Dutch or Norwegian English had been used and were avoided). 30 questions each, in every category:

- Aurélien, an independent on-call-practice consultant in Lausanne (Europe/Zurich, CET, UTC+1) writing an on-call
  maturity assessment for an online musical-instrument retailer; formal and British-spelt, numbers his
  observations ("Obs. 7 —"), says "the organisation" and states his review period, 1 January to 11 March 2025
  (CET, whole days, both ends included). Now: Thursday 13 March 2025, 10:00 CET (``2025-03-13T09:00:00Z``).
- Luísa, the compliance officer of an online pawnbroker in Porto Alegre (America/Sao_Paulo, UTC-3) collecting
  evidence for IT general controls; names controls ("ITGC-CM-02"), says "please provide", "for the change
  register", "all columns", and lists the columns she wants. Now: Wednesday 12 March 2025, 09:30 BRT
  (``2025-03-12T12:30:00Z``).
- Stoyan, the platform lead of a rose-oil cosmetics maker's web shop in Plovdiv (Europe/Sofia, EET, UTC+2) doing the
  quarterly clean-up; lower case, no question marks, shorthand ("sils", "cfg", "svc", "qtr", "stg", "w/o", "rn",
  "n" for "and"). Now: Friday 14 March 2025, 16:00 EET (``2025-03-14T14:00:00Z``).
- Dolores, the SRE manager of a hot-air-balloon ride booking site in Albuquerque (America/Denver: MST, UTC-7, until
  9 March 2025, MDT, UTC-6, after) preparing the post-incident review (PIR) of the 11 March payments outage and the
  February incidents; full sentences, "Mountain time", "for the PIR", "the 11th". Now: Monday 17 March 2025, 08:00
  MDT (``2025-03-17T14:00:00Z``).

Conventions where a question leaves room:

- Days, weeks, months and the quarter are the asker's own, in their zone: "yesterday" for Luísa is 11 March
  03:00 UTC to 12 March 03:00 UTC; "the 11th" for Dolores is 11 March 06:00 UTC to 12 March 06:00 UTC; "February"
  for Dolores starts at 07:00 UTC (MST); "this week" and "since monday" start on Monday 00:00 local; "last week" is
  Monday to Monday; "this quarter", "Q1 to date" and "this month" run from the first day 00:00 local up to now;
  "the last 7 days" and "older than 30d" are counted back from now. Whole-day windows are half-open, "between A and
  B" includes both ends.
- Business hours are Monday to Friday, 09:00 to 17:00 on the asker's clock, read from each row's own time
  (``timezone(zone, ts)``); "outside" is the rest.
- Alerts are the ``alerts`` view's rows, changes their reports of going live (``phase = 'live'``), incidents
  ``alert_groups``, silences the ``silences`` view's rows; "still firing" / "still unresolved" / "in effect" are
  the state at that instant; a version is ``coalesce(details['ref'], version)``.
- "No runbook link" is ``annotations['runbook_url'] IS NULL``; "no team label" ``labels['team'] IS NULL``; a flag
  flip's comment is LaunchDarkly's ``details['comment']``; "class=synthetic" is that label.
- A silence's length as set is ``ends_at - starts_at`` of the ``silences`` view; "actually" / "really in place"
  ends at its expiry when that came first. "Set up ahead of time" is ``starts_at > created_at``; "no env matcher"
  is ``environment IS NULL``.
- Joins follow the rules: deploys and alerts meet on service and canonical environment, 15 minutes after unless
  said; an alert "fired while a silence was in effect" when it started inside the silence's span (until it ended
  or was expired), on the silence's service and, when the silence pins one, its environment; an ack names its
  alert by its ``alertname`` and ``service`` equality matchers and counts when it came while the alert (incident)
  was on; an incident still open runs until now.
- Top-N ties are broken by the value's name; a singular ask returns one row.
- Hygiene asks the store cannot answer with rows were left out: it holds no silence without a comment, none expired
  by someone other than its creator, no deployment without a version and no deploy on a weekend.
"""

AURELIEN = "2025-03-13T09:00:00Z"
LUISA = "2025-03-12T12:30:00Z"
STOYAN = "2025-03-14T14:00:00Z"
DOLORES = "2025-03-17T14:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # filters
    (
        "fx001",
        "filters",
        "Obs. 1 — Please list every alert in the store that arrived without a runbook link.",
        """SELECT * FROM alerts
           WHERE annotations['runbook_url'] IS NULL""",
        AURELIEN,
    ),
    (
        "fx002",
        "filters",
        "For control ITGC-CM-02, please provide all production configuration changes since 1 February (São Paulo "
        "time), all columns.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx003",
        "filters",
        "info alerts still firing, any env",
        """SELECT * FROM alerts
           WHERE severity = 'info'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 14:00:00+00')""",
        STOYAN,
    ),
    (
        "fx004",
        "filters",
        "For the PIR: which critical production alerts fired on Tuesday the 11th, Mountain time?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx005",
        "filters",
        "Obs. 2 — Which alerts carry no team label at all?",
        """SELECT * FROM alerts
           WHERE labels['team'] IS NULL""",
        AURELIEN,
    ),
    (
        "fx006",
        "filters",
        "Please list the production rollbacks of this quarter to date, for the change register.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx007",
        "filters",
        "prod flag flips w/o a comment",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND details['comment'] IS NULL""",
        STOYAN,
    ),
    (
        "fx008",
        "filters",
        "Which checkout-web alerts, warning or worse, started between 08:30 and 09:30 Mountain on the 11th?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity IN ('warning', 'error', 'critical')
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' AND TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        DOLORES,
    ),
    (
        "fx009",
        "filters",
        "Obs. 3 — Which production alerts were still unresolved at the start of the engagement week, Monday 10 March "
        "00:00 CET?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-09 23:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-09 23:00:00+00')""",
        AURELIEN,
    ),
    (
        "fx010",
        "filters",
        "Please provide the acknowledgements recorded in February (São Paulo time) with the actor, the time and the "
        "comment.",
        """SELECT actor, timestamp, comment FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 03:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 03:00:00+00'""",
        LUISA,
    ),
    (
        "fx011",
        "filters",
        "stg alerts that started before this week and are still firing rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at < TIMESTAMPTZ '2025-03-09 22:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 14:00:00+00')""",
        STOYAN,
    ),
    (
        "fx012",
        "filters",
        "Pull the resolution notes whose fix was a rollback.",
        """SELECT * FROM resolutions
           WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%'""",
        DOLORES,
    ),
    (
        "fx013",
        "filters",
        "Obs. 4 — Please list the alerts with class=synthetic.",
        """SELECT * FROM alerts
           WHERE labels['class'] = 'synthetic'""",
        AURELIEN,
    ),
    (
        "fx014",
        "filters",
        "Which production deployments this month were made by argocd rather than by a person? All columns.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor = 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx015",
        "filters",
        "cfg changes on identity, any env",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'identity'""",
        STOYAN,
    ),
    # time
    (
        "fx016",
        "time",
        "What time did the last production deployment go live yesterday?",
        """SELECT max(timestamp) AS went_live FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 03:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 03:00:00+00'""",
        LUISA,
    ),
    (
        "fx017",
        "time",
        "alerts since monday",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-09 22:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'""",
        STOYAN,
    ),
    (
        "fx018",
        "time",
        "What time did the payments-api trouble start on the 11th?",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx019",
        "time",
        "Obs. 5 — Which alerts started between 22:00 and 06:00 CET in the night from Tuesday 11 to Wednesday 12 March?",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 21:00:00+00' AND TIMESTAMPTZ '2025-03-12 05:00:00+00'""",
        AURELIEN,
    ),
    (
        "fx020",
        "time",
        "Which silences were created in the last 7 days?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-05 12:30:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx021",
        "time",
        "alerts older than 30d that are still firing",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-02-12 14:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 14:00:00+00')""",
        STOYAN,
    ),
    (
        "fx022",
        "time",
        "What was still firing at 09:00 Mountain on the 11th?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        DOLORES,
    ),
    (
        "fx023",
        "time",
        "Obs. 6 — Please give the ten most recent alerts as of this morning.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'
           ORDER BY starts_at DESC
           LIMIT 10""",
        AURELIEN,
    ),
    (
        "fx024",
        "time",
        "Which silences were in effect at 06:00 São Paulo time this morning?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        LUISA,
    ),
    (
        "fx025",
        "time",
        "last deploy of each svc",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
           QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1""",
        STOYAN,
    ),
    (
        "fx026",
        "time",
        "Which production changes went live in the hour before the first payments-api alert on the 11th?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        DOLORES,
    ),
    (
        "fx027",
        "time",
        "Obs. 7 — List the February alerts that started outside business hours (Monday to Friday, 09:00-17:00 CET).",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-31 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-02-28 23:00:00+00'
             AND NOT (isodow(timezone('Europe/Zurich', starts_at)) BETWEEN 1 AND 5
                      AND hour(timezone('Europe/Zurich', starts_at)) >= 9
                      AND hour(timezone('Europe/Zurich', starts_at)) < 17)""",
        AURELIEN,
    ),
    (
        "fx028",
        "time",
        "Which changes went live yesterday between 11:00 and 12:00 São Paulo time?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:00:00+00' AND TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        LUISA,
    ),
    (
        "fx029",
        "time",
        "first n last alert start this qtr",
        """SELECT min(starts_at) AS first_start, max(starts_at) AS last_start FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'""",
        STOYAN,
    ),
    (
        "fx030",
        "time",
        "For the timeline, list every change on payments-api, any environment, between 08:00 and 09:30 Mountain on "
        "the 11th.",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:00:00+00' AND TIMESTAMPTZ '2025-03-11 15:30:00+00'
           ORDER BY timestamp""",
        DOLORES,
    ),
    # aggregates
    (
        "fx031",
        "aggregates",
        "how many alerts have no runbook",
        """SELECT count(*) FROM alerts
           WHERE annotations['runbook_url'] IS NULL""",
        STOYAN,
    ),
    (
        "fx032",
        "aggregates",
        "What was our MTTR for production incidents in February, open to resolved, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 07:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 07:00:00+00'""",
        DOLORES,
    ),
    (
        "fx033",
        "aggregates",
        "Obs. 8 — What share of the alerts in the review period (1 January to 11 March 2025, CET) were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        AURELIEN,
    ),
    (
        "fx034",
        "aggregates",
        "How many silences has each person created? Author and number, please.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        LUISA,
    ),
    (
        "fx035",
        "aggregates",
        "fingerprints that fired more than 5 times",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           GROUP BY fingerprint
           HAVING count(*) > 5
           ORDER BY alerts DESC, fingerprint""",
        STOYAN,
    ),
    (
        "fx036",
        "aggregates",
        "What was the median time to resolve for production alerts last week, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts
           WHERE environment_canonical = 'production' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx037",
        "aggregates",
        "Obs. 9 — What is the longest silence the organisation has ever set, in hours?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS max_hours FROM silences""",
        AURELIEN,
    ),
    (
        "fx038",
        "aggregates",
        "How many acknowledgements did each person record? Person and count.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor""",
        LUISA,
    ),
    (
        "fx039",
        "aggregates",
        "avg number of matchers per sil",
        """SELECT round(avg(len(matchers)), 1) AS avg_matchers FROM silences""",
        STOYAN,
    ),
    (
        "fx040",
        "aggregates",
        "How long was payments-api down on the 11th, in minutes?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx041",
        "aggregates",
        "Obs. 10 — What is the 90th percentile of alert duration, in minutes, over all resolved alerts?",
        """SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.9), 1) AS p90_minutes FROM alerts
           WHERE ends_at IS NOT NULL""",
        AURELIEN,
    ),
    (
        "fx042",
        "aggregates",
        "What share of the live production deployments since 1 January were done by argocd?",
        """SELECT round(100.0 * count(*) FILTER (WHERE source = 'argocd') / count(*), 1) AS pct_argocd
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx043",
        "aggregates",
        "warnings per kind",
        """SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings
           GROUP BY kind
           ORDER BY warnings DESC, kind""",
        STOYAN,
    ),
    (
        "fx044",
        "aggregates",
        "On average, how many alerts were there per incident on the 11th?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx045",
        "aggregates",
        "Obs. 11 — What range do the early-warning sigmas span: the lowest and the highest value?",
        """SELECT min(sigma) AS min_sigma, max(sigma) AS max_sigma FROM warnings""",
        AURELIEN,
    ),
    # top_n
    (
        "fx046",
        "top_n",
        "Which hour of the 11th, Mountain time, had the most alerts?",
        """SELECT date_trunc('hour', timezone('America/Denver', starts_at)) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        DOLORES,
    ),
    (
        "fx047",
        "top_n",
        "Obs. 12 — Which three alert names fired most often in the review period (1 January to 11 March 2025, CET)?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        AURELIEN,
    ),
    (
        "fx048",
        "top_n",
        "Which person created the most silences?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        LUISA,
    ),
    (
        "fx049",
        "top_n",
        "top 3 noisiest fingerprints this qtr",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
           GROUP BY fingerprint
           ORDER BY alerts DESC, fingerprint
           LIMIT 3""",
        STOYAN,
    ),
    (
        "fx050",
        "top_n",
        "What were the three longest production incidents in February?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 07:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 07:00:00+00'
           ORDER BY epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00')) - epoch(opened_at) DESC
           LIMIT 3""",
        DOLORES,
    ),
    (
        "fx051",
        "top_n",
        "Obs. 13 — Which service has the most alerts without a runbook link?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE annotations['runbook_url'] IS NULL
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        AURELIEN,
    ),
    (
        "fx052",
        "top_n",
        "Who are the top 2 people by feature-flag changes this quarter?",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 2""",
        LUISA,
    ),
    (
        "fx053",
        "top_n",
        "least noisy svc this qtr",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
           GROUP BY service
           ORDER BY alerts ASC, service
           LIMIT 1""",
        STOYAN,
    ),
    (
        "fx054",
        "top_n",
        "Who resolved the most incidents in February?",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
           WHERE resolved_at >= TIMESTAMPTZ '2025-02-01 07:00:00+00'
             AND resolved_at < TIMESTAMPTZ '2025-03-01 07:00:00+00'
           GROUP BY resolved_by
           ORDER BY incidents DESC, resolved_by
           LIMIT 1""",
        DOLORES,
    ),
    (
        "fx055",
        "top_n",
        "Obs. 14 — Which five silences were scheduled to run the longest?",
        """SELECT * FROM silences
           ORDER BY epoch(ends_at) - epoch(starts_at) DESC
           LIMIT 5""",
        AURELIEN,
    ),
    (
        "fx056",
        "top_n",
        "Which two persons acknowledged the most alerts? Person and number of acknowledgements.",
        """SELECT actor, count(*) AS acknowledgements FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acknowledgements DESC, actor
           LIMIT 2""",
        LUISA,
    ),
    (
        "fx057",
        "top_n",
        "biggest incident this qtr by alert count",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
           ORDER BY alert_count DESC
           LIMIT 1""",
        STOYAN,
    ),
    (
        "fx058",
        "top_n",
        "Which alert name had the most incidents with no suspect change in February?",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 07:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 07:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 1""",
        DOLORES,
    ),
    (
        "fx059",
        "top_n",
        "Obs. 15 — On which day of the week did the most alerts start during the review period (CET)?",
        """SELECT dayname(timezone('Europe/Zurich', starts_at)) AS weekday, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2024-12-31 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
           GROUP BY weekday
           ORDER BY alerts DESC, weekday
           LIMIT 1""",
        AURELIEN,
    ),
    (
        "fx060",
        "top_n",
        "Which human made the most production changes this month? Leave out automation (argocd and the deployment "
        "controller).",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        LUISA,
    ),
    # changes
    (
        "fx061",
        "changes",
        "Obs. 16 — Which changes were recorded without any version? Please list them.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND version IS NULL""",
        AURELIEN,
    ),
    (
        "fx062",
        "changes",
        "Who toggled feature flags in production this quarter?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        LUISA,
    ),
    (
        "fx063",
        "changes",
        "flags flipped outside working hrs, sofia time",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND NOT (isodow(timezone('Europe/Sofia', timestamp)) BETWEEN 1 AND 5
                      AND hour(timezone('Europe/Sofia', timestamp)) >= 9
                      AND hour(timezone('Europe/Sofia', timestamp)) < 17)""",
        STOYAN,
    ),
    (
        "fx064",
        "changes",
        "Which version of payments-api is live in production right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        DOLORES,
    ),
    (
        "fx065",
        "changes",
        "Obs. 17 — Which production deployments were rolled back within the hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        AURELIEN,
    ),
    (
        "fx066",
        "changes",
        "Please list every configuration change with the old value, the new value, who made it and when.",
        """SELECT details['old'] AS old_value, details['new'] AS new_value, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
           ORDER BY timestamp""",
        LUISA,
    ),
    (
        "fx067",
        "changes",
        "auth-api versions deployed to stg but never to prod",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live' AND environment = 'staging'
           EXCEPT
           SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        STOYAN,
    ),
    (
        "fx068",
        "changes",
        "List the service, version and time of every rollback.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           ORDER BY timestamp""",
        DOLORES,
    ),
    (
        "fx069",
        "changes",
        "Obs. 18 — Which services have never had a rollback?",
        """SELECT service FROM alerts
           UNION
           SELECT service FROM change_events
           EXCEPT
           SELECT service FROM change_events WHERE type = 'rollback' AND phase = 'live'""",
        AURELIEN,
    ),
    (
        "fx070",
        "changes",
        "For the change log: production changes yesterday (São Paulo time), with type, service, actor and timestamp.",
        """SELECT type, service, actor, timestamp FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 03:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 03:00:00+00'
           ORDER BY timestamp""",
        LUISA,
    ),
    (
        "fx071",
        "changes",
        "releases never deployed to prod",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        STOYAN,
    ),
    (
        "fx072",
        "changes",
        "How many minutes did the March 11 payments-api rollback take from being requested to going live?",
        """SELECT round((epoch(l.timestamp) - epoch(q.timestamp)) / 60, 1) AS minutes
           FROM change_events q
           JOIN change_events l ON l.identifiers['github_deployment'] = q.identifiers['github_deployment']
           WHERE q.type = 'rollback' AND q.phase = 'requested' AND l.phase = 'live'
             AND q.service = 'payments-api'
             AND q.timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND q.timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx073",
        "changes",
        "Obs. 19 — What is the latest version of each service in production?",
        """SELECT service, coalesce(details['ref'], version) AS version FROM change_events
           WHERE environment = 'production' AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 09:00:00+00'
           QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1
           ORDER BY service""",
        AURELIEN,
    ),
    (
        "fx074",
        "changes",
        "Please provide the feature-flag changes made in staging, with the flag key, who changed it and when.",
        """SELECT details['flag_key'] AS flag_key, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'
           ORDER BY timestamp""",
        LUISA,
    ),
    (
        "fx075",
        "changes",
        "prod scale-downs this week",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-09 22:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 14:00:00+00'""",
        STOYAN,
    ),
    # silences
    (
        "fx076",
        "silences",
        "Which silences were expired before their scheduled end? Silence id, who expired it and when.",
        """SELECT silence_id, expired_by, expired_at FROM silences
           WHERE expired_early""",
        LUISA,
    ),
    (
        "fx077",
        "silences",
        "sils w/ no env matcher",
        """SELECT * FROM silences
           WHERE environment IS NULL""",
        STOYAN,
    ),
    (
        "fx078",
        "silences",
        "Who created the silence on cart-service on the 11th, and what comment did they leave?",
        """SELECT created_by, comment FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        DOLORES,
    ),
    (
        "fx079",
        "silences",
        "Obs. 20 — Which silences were scheduled for longer than 12 hours?",
        """SELECT * FROM silences
           WHERE epoch(ends_at) - epoch(starts_at) > 12 * 3600""",
        AURELIEN,
    ),
    (
        "fx080",
        "silences",
        "Please list the silences created outside business hours (São Paulo time) this quarter.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 03:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
             AND NOT (isodow(timezone('America/Sao_Paulo', created_at)) BETWEEN 1 AND 5
                      AND hour(timezone('America/Sao_Paulo', created_at)) >= 9
                      AND hour(timezone('America/Sao_Paulo', created_at)) < 17)""",
        LUISA,
    ),
    (
        "fx081",
        "silences",
        "sils that never muted anything",
        """SELECT * FROM silences
           WHERE silence_id NOT IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        STOYAN,
    ),
    (
        "fx082",
        "silences",
        "Which silences were in effect at 08:45 Mountain on the 11th?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        DOLORES,
    ),
    (
        "fx083",
        "silences",
        "Obs. 21 — Which silences were set up ahead of time, that is, created before they took effect?",
        """SELECT * FROM silences
           WHERE starts_at > created_at""",
        AURELIEN,
    ),
    (
        "fx084",
        "silences",
        "Total silenced hours per author, as the silences were really in place.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           GROUP BY created_by
           ORDER BY hours DESC, created_by""",
        LUISA,
    ),
    (
        "fx085",
        "silences",
        "sils whose end fell in the last 7 days",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-07 14:00:00+00'
             AND ends_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'""",
        STOYAN,
    ),
    (
        "fx086",
        "silences",
        "How long was maria's cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_by = 'maria.gonzalez@acme.io' AND service = 'cart-service'""",
        DOLORES,
    ),
    (
        "fx087",
        "silences",
        "Obs. 22 — For each silence, how many alerts did Alertmanager actually hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        AURELIEN,
    ),
    (
        "fx088",
        "silences",
        "Who silenced production in February (São Paulo time)?",
        """SELECT DISTINCT created_by FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-02-01 03:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 03:00:00+00'""",
        LUISA,
    ),
    (
        "fx089",
        "silences",
        "snoozes per person",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        STOYAN,
    ),
    (
        "fx090",
        "silences",
        "Any silence whose comment mentions that someone forgot? I want it for the lessons-learned section.",
        """SELECT * FROM silences
           WHERE comment ILIKE '%forgot%'""",
        DOLORES,
    ),
    # joins
    (
        "fx091",
        "joins",
        "svcs that alerted but never deployed",
        """SELECT service FROM alerts
           EXCEPT
           SELECT service FROM change_events WHERE type = 'deployment' AND phase = 'live'""",
        STOYAN,
    ),
    (
        "fx092",
        "joins",
        "For each production deploy on the 11th (Mountain time): service, version, time, and how many alerts fired on "
        "the same service in the 15 minutes after it.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp
           ORDER BY c.timestamp""",
        DOLORES,
    ),
    (
        "fx093",
        "joins",
        "Obs. 23 — Which alerts fired while a silence on the same service was in effect?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        AURELIEN,
    ),
    (
        "fx094",
        "joins",
        "For control ITGC-CM-05: which production deployments went live while an incident on the same service was "
        "still open? All columns.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:30:00+00'))""",
        LUISA,
    ),
    (
        "fx095",
        "joins",
        "deploys w/ 0 alerts in the 15m after, this qtr",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        STOYAN,
    ),
    (
        "fx096",
        "joins",
        "Which incidents on the 11th had an early warning before them, and how many minutes ahead was the earliest? "
        "Service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname, count(*) AS warnings,
                  max(lead_min) AS minutes_ahead
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY group_id, service, group_labels['alertname'], opened_at
           ORDER BY opened_at""",
        DOLORES,
    ),
    (
        "fx097",
        "joins",
        "Obs. 24 — Which alerts were acknowledged while they were still firing? The alert name, the service, its start "
        "and who acknowledged it.",
        """SELECT a.name, a.service, a.starts_at, k.actor
           FROM alerts a
           JOIN audit_log k
             ON k.action = 'ack'
            AND list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                               AND NOT m.is_regex], a.name)
            AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                               AND NOT m.is_regex], a.service)
            AND k.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR k.timestamp <= a.ends_at)
           ORDER BY k.timestamp""",
        AURELIEN,
    ),
    (
        "fx098",
        "joins",
        "Which silences were created within 10 minutes after an alert on the same service started? Silence id, its "
        "author, the alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE
           ORDER BY s.created_at""",
        LUISA,
    ),
    (
        "fx099",
        "joins",
        "flag flips followed by an alert on the same svc within 30 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        STOYAN,
    ),
    (
        "fx100",
        "joins",
        "Which silences were created while the PaymentsAPIErrorBudgetBurn incident of 11 March was open, any "
        "service? Silence id, author and comment.",
        """SELECT s.silence_id, s.created_by, s.comment FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                 AND g.opened_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
                 AND g.opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))""",
        DOLORES,
    ),
    (
        "fx101",
        "joins",
        "Obs. 25 — Which incidents of the review period (1 January to 11 March 2025, CET) had no suspect change?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2024-12-31 23:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        AURELIEN,
    ),
    (
        "fx102",
        "joins",
        "For the segregation-of-duties review: which people both deployed to production and created a silence?",
        """SELECT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           INTERSECT
           SELECT created_by FROM silences""",
        LUISA,
    ),
    (
        "fx103",
        "joins",
        "incidents nobody acked while they were open, this qtr",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2024-12-31 22:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 14:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                                      AND NOT m.is_regex], g.group_labels['alertname'])
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                                      AND NOT m.is_regex], g.service)
                   AND k.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 14:00:00+00'))""",
        STOYAN,
    ),
    (
        "fx104",
        "joins",
        "Which services got paged within 15 minutes after one of their own deploys last week?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DOLORES,
    ),
    (
        "fx105",
        "joins",
        "Obs. 26 — How many incidents had neither an early warning nor a suspect change?",
        """SELECT count(*) FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        AURELIEN,
    ),
    # refusals
    (
        "fx106",
        "refusals",
        "What does the Google SRE book recommend as a template for a blameless post-incident review?",
        "not_about_this_data",
        DOLORES,
    ),
    (
        "fx107",
        "refusals",
        "Obs. 27 — For the record, please mark the January KubePodNotReady alerts as resolved; they are plainly stale.",
        "asks_to_change_data",
        AURELIEN,
    ),
    (
        "fx108",
        "refusals",
        "Which silences did Priya Raman create this quarter?",
        "ungrounded",
        LUISA,
    ),
    (
        "fx109",
        "refusals",
        "expire every sil older than a week",
        "asks_to_change_data",
        STOYAN,
    ),
    (
        "fx110",
        "refusals",
        "How many alerts did the mobile-bff service raise during the outage on the 11th?",
        "ungrounded",
        DOLORES,
    ),
    (
        "fx111",
        "refusals",
        "Obs. 28 — Is a follow-the-sun on-call rota generally better than a weekly primary/secondary rota?",
        "not_about_this_data",
        AURELIEN,
    ),
    (
        "fx112",
        "refusals",
        "Please delete the audit-log entries older than 90 days, as our retention policy requires.",
        "asks_to_change_data",
        LUISA,
    ),
    (
        "fx113",
        "refusals",
        "add a runbook_url to all the grafana alerts missing one",
        "asks_to_change_data",
        STOYAN,
    ),
    (
        "fx114",
        "refusals",
        "List the incidents in the ap-southeast-2 cluster last week.",
        "ungrounded",
        DOLORES,
    ),
    (
        "fx115",
        "refusals",
        "Obs. 29 — Alerts for the billing-gateway service without a runbook link, please.",
        "ungrounded",
        AURELIEN,
    ),
    (
        "fx116",
        "refusals",
        "Is a 24-hour silence compatible with ISO 27001 Annex A control 8.16?",
        "not_about_this_data",
        LUISA,
    ),
    (
        "fx117",
        "refusals",
        "whats a sane max silence duration for alertmanager in general",
        "not_about_this_data",
        STOYAN,
    ),
    (
        "fx118",
        "refusals",
        "Rename the HighLatencyP99 alert to SearchStagingLatency in the store so the PIR reads better.",
        "asks_to_change_data",
        DOLORES,
    ),
    (
        "fx119",
        "refusals",
        "Obs. 30 — Which alerts carry the label team=fraud?",
        "ungrounded",
        AURELIEN,
    ),
    (
        "fx120",
        "refusals",
        "Under SOX 404, do feature-flag toggles count as changes that need CAB approval?",
        "not_about_this_data",
        LUISA,
    ),
]
