"""The forty-seventh ask question set: ids xz001..xz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes, docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone
(taken as the rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find it),
the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its
author), the module docstrings of the earlier sets printed with ``ast`` (to choose people who had not spoken before
and to keep their conventions, above all the forty-sixth's; the printed docstrings were grepped for roles, cities and
languages), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format), in passing
the lines defining the forty-sixth file's module-level now constants (one grep), and the demo store itself, copied and
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of ``benchmarks/``, the project
root and the design notes' folder. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person,
environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set. The roles the brief suggested had all been heard
in some form (support engineers and leads in several sets, an SRE manager preparing the Monday review in the first,
compliance auditors and a security engineer, new hires on their first shift, database administrators, finance
analysts, on-call engineers typing on a phone), so each is taken up by someone with a voice not heard before: no
earlier set had Australian, Dutch or Chinese-flavoured English, a red-team engineer, or a Zabbix admin. Each asks
three questions in every category (24 each, three of them refusals):

- an on-call engineer in Sydney typing on a phone at 17:30 AEDT on Wednesday 12 March (2025-03-12 06:30 UTC), whose
  team's boards and rota run on UTC: lower case, no apostrophes, "yday", "rn", "ppl", "svc", "w/", "ver", "mins",
  "hrs", and Australian words ("arvo" for afternoon, "reckon", "copped", "sick of em"); about what is going off,
  last night, the payments-api deploys and what is muted;
- a support engineer in Shanghai relaying merchants' complaints at 17:00 CST on Wednesday 12 March (2025-03-12
  09:00 UTC), who quotes the ticket system's UTC times: Chinese-flavoured English ("Merchant say the checkout have
  problem", "Help me check", "which silences was created", "go live", "become suspect", "who expire it", "is use",
  plurals and tenses dropped); about the checkout and payments trouble of March 11;
- a red-team / detection engineer at 10:00 on Thursday 13 March, checking whether silences, acks and bot changes could
  hide an attack: precise full sentences, humans versus bots, who silenced or changed what and when, out-of-hours
  silences, silences expired by someone else, silences put on while something was already ringing;
- an SRE team lead in Amsterdam preparing the Friday ops review, at 14:00 CET on Friday 14 March (2025-03-14 13:00
  UTC): Dutch-flavoured English ("Give me ...", "How late did ..." for "at what time", "of Tuesday", "on
  production", "the past week", "the past month", "are rolled back"); counts, medians and rankings for the week;
- a monitoring admin moving the team from Zabbix, at 09:00 on Monday 17 March, who keeps Zabbix's words: "problems"
  are alerts, "triggers" alert names, "Disaster" severity is ``critical``, "PROBLEM state" firing, "maintenance
  periods" / "maintenances" silences, "acknowledged" an ack, "suppressed ... according to Alertmanager" what
  ``alert_mutes`` records.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys, flag and
config changes and the alerts or incidents after them; alerts in the hour before a rollback; deploys made while an
incident was open; incidents and their suspects, early warnings and resolutions; silences created while an alert was
firing or an incident open, silences in effect when a deploy went live, alerts started while a silence was on; acks
of alerts still firing; what Alertmanager held back under each silence): four in filters (its deploys rolled back
within the hour relate two kinds of change, not counted), five in time, aggregates and top_n, four in changes (its
releases live within two hours relate two kinds of change, not counted), six in silences and all fifteen joins. One
gold returns no rows (xz082: the only silence expired early was expired by its own author).

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person says or works in UTC days, so no question is
  read in another zone. The nows: Sydney 2025-03-12 06:30, Shanghai 2025-03-12 09:00, the red-team engineer
  Thursday 2025-03-13 10:00, Amsterdam Friday 2025-03-14 13:00, the Zabbix admin Monday 2025-03-17 09:00, all after
  every record. "Yesterday", "yday", "Tuesday", "on 11 March" are ``[2025-03-11, 2025-03-12)``; "yday arvo" is
  ``[2025-03-11 12:00, 18:00)``; "last night" ``[2025-03-11 18:00, 2025-03-12 06:00)``; named clock ranges ("between
  14:30 and 15:30", "09:00 and 12:00 UTC", "14:30 to 15:30 UTC", "Monday 10 March 20:00 and Tuesday 02:00")
  include their start and exclude their end; "this week" runs from Monday 2025-03-10 00:00 to now, "this month"
  from 2025-03-01 to now, "this year" from 2025-01-01 to now, "since 1 February / 1 March" from that day to now; "in
  February" is ``[2025-02-01, 2025-03-01)``; the Zabbix admin's "last week (Monday to Sunday)" is ``[2025-03-10,
  2025-03-17)``; "the last 6 hrs", "the last 7 / 30 days", the Dutch "the past week" and "the past 30 days" are
  ``(now - N, now]`` and "the past month" ``(2025-02-14 13:00, now]``. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit
  entry's ``timestamp``); "went off", "kicked off", "fired", "raised" and "start" are an alert's start; "still going
  off rn", "still in PROBLEM state", "still open" are the state at now.
- Alerts and "problems" are the ``alerts`` view's rows (every column for a list); incidents are ``alert_groups``'
  rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL, whatever the member alerts did);
  silences and "maintenances" the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of
  ``ends_at`` and ``expired_at`` ("muted rn", "in effect at the moment" use docs/store.md's "active at T"). Changes
  are their ``phase = 'live'`` reports: "deploys" / "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in
  production on the 11th, reported by two tools, is two rows), "rollbacks", "flag changes", "config changes", "scale
  events", "releases" their types, "changes" of any type every live report (scale events included), "the changes
  LaunchDarkly reported" ``source = 'launchdarkly'``. A version is ``coalesce(details['ref'], version)``; the
  version "live in prod rn" is that of the last live deployment or rollback there. People are as stored, bots
  included: "a human" is any actor but ``argocd (automated)`` and ``deployment-controller``, "kenji" is ``ILIKE``;
  "cart" is cart-service and "payments" payments-api.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``):
  an alert or incident "in / within N minutes after" a change starts (opens) in ``[t, t + N]``, a change "followed
  by" one has one there and "with no alerts ... in the 30m after" none; "in the hour before" is ``[t - 60 min, t]``;
  "within the hour after" 60 minutes, "within 2 hours" 120. Two services named (cart-service alerts after a
  payments-api deploy, checkout-web alerts after a payments-api deploy) meet each on its own service, in the same
  environment. A change made "while an incident on the same service was (still) open" has its time in the incident's
  span, ends included. A silence meets the other side on its service and, when it pins one, its environment (a
  silence that pins no service, like the node and identity-project silences, meets nothing by service): alerts that
  "kicked off while a silence on their svc was on" start inside its span; problems "active while a maintenance on
  their service was in effect" share a moment with it; silences "put on while an alert on the same service was
  already firing" were created inside the alert's span; silences "created within 10 minutes after an alert on the
  same service started" in ``[starts_at, starts_at + 10 min]``; incidents that "had a silence on their service in
  effect at some point while they were open" overlap it. The Shanghai engineer's silence "created while the
  payments-api incident is open ... Any service" is any silence created inside the span of a payments-api incident
  opened on March 11. Acks name their alert by their ``alertname`` and ``service`` equality matchers and count when
  taken while it was firing. "Suspect" is ``incident_suspects``: "changes blamed as suspect" are the
  ``change_events`` rows it names; "the deployer with the most deploys that become suspect" counts distinct suspect
  deployments per ``change_actor``; "incidents with a suspect change" per service are its rows. Early warnings are
  ``incident_warnings`` ("without any early warning" an anti-join; "at most 15 minutes after an early warning on
  their own service" is ``same_service AND lead_min <= 15``); "fixed by rollback, according to the resolution" are
  incidents whose ``resolutions.fix`` says "rolled back", "roll back" or "rollback"; what Alertmanager "suppressed"
  is ``alert_mutes`` (a silence counts when ``silenced_by`` names it; "zero included" is every silence with its
  count). "For each X ..., (0s incl / also zero)" is one row per X with the columns asked and a count (a ``LEFT
  JOIN``); "for each ... which alerts ..." and "for every rollback, the incidents ..." are the matching pairs with the
  columns asked.
- Named events: the payments-api v2.14.0 production deploy went live at 2025-03-11 14:31:22 and its rollback at
  14:56:37; "in the 30 minutes before the rollback go live" is ``[14:26:37, 14:56:37]``; "how many minutes between
  v2.14.0 go live and the first payments-api alert after it" runs to the earliest payments-api alert at or after it.
  "What time / How late did the first ... start" and "How late did user-profile v1.13.0 go live" are the time alone.
- Aggregates: durations in minutes to one decimal (alerts from start to end of the resolved ones, incidents from
  ``opened_at`` to ``resolved_at`` of the resolved ones, a silence's "scheduled length" from ``starts_at`` to
  ``ends_at``); a median is DuckDB's ``median``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the
  question selects ("what percent of yesterday alerts is critical": all alerts that started on March 11); "average
  number of problems per incident" is the mean of ``alert_count``; "how many entries did the audit log get" counts
  ``audit_log`` rows of every action; "how many times did ppl snooze the HighLatencyP99 alert" counts snoozes whose
  ``alertname`` matcher names it; "per day" buckets are UTC days (``time_bucket``), most first.
- Top-N answers ``value, count`` (or ``value, average``) most first, ties by the value, and every N asked is one no
  tie crosses ("noisiest", "only top one", "just the top one", "the most" ask for one row; the 4th and 5th of
  xz058 tie inside the five). "Which actor made the most production changes ..., bots included" is the
  ``deployment-controller`` (its scale events). "Business hours" are Monday to Friday 09:00-17:00 UTC by
  ``created_at``.
- Refusals: the "syd-edge" cluster (the store has prod-eu-west-1 and staging-eu-west-1), the service "pay-gateway",
  the person "priya.shah", the "acceptance" environment and the trigger "Zabbix agent is not available" are
  ungrounded; a PagerDuty escalation policy, an apology e-mail to a merchant, how to detect insider abuse of silencing
  in general, a normal MTTR for a fintech and converting Zabbix templates to Prometheus rules are not about this data;
  silencing the indexer disk alerts, closing the checkout-web incident, deleting audit-log entries, reopening the
  payments-api incident and creating a maintenance period ask to change the data.
"""

from __future__ import annotations

SYDNEY = "2025-03-12T06:30:00Z"
SHANGHAI = "2025-03-12T09:00:00Z"
REDTEAM = "2025-03-13T10:00:00Z"
AMSTERDAM = "2025-03-14T13:00:00Z"
ZABBIX = "2025-03-17T09:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "xz001",
        "filters",
        "whats still going off in prod rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        SYDNEY,
    ),
    (
        "xz002",
        "filters",
        "crit alerts yday arvo",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz003",
        "filters",
        "cart alerts that went off in the 15 min after a payments-api deploy, reckon theres one",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SYDNEY,
    ),
    (
        "xz004",
        "filters",
        "Merchant say the checkout have problem yesterday. Help me check which checkout-web alerts fired yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz005",
        "filters",
        "Help me list the payments-api alerts which started in 15 minutes after the v2.14.0 deploy to production.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        SHANGHAI,
    ),
    (
        "xz006",
        "filters",
        "The merchant login is use auth-api. Since 1 March, auth-api on production got which alerts? List all please.",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz007",
        "filters",
        "Show me every change a human made to production on 11 March: leave out argocd (automated) and the "
        "deployment-controller.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        REDTEAM,
    ),
    (
        "xz008",
        "filters",
        "Which production flag changes were followed by a critical alert on the same service within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        REDTEAM,
    ),
    (
        "xz009",
        "filters",
        "Production deployments since 1 February that no human pushed, i.e. the ones argocd (automated) did on its "
        "own.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor = 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        REDTEAM,
    ),
    (
        "xz010",
        "filters",
        "Give me the incidents on production of Tuesday that are still open.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 13:00:00+00')""",
        AMSTERDAM,
    ),
    (
        "xz011",
        "filters",
        "Which deploys on production are rolled back within the hour after? Same service of course.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        AMSTERDAM,
    ),
    (
        "xz012",
        "filters",
        "Give me the warning alerts of search-api on staging from the past week.",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at > TIMESTAMPTZ '2025-03-07 13:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz013",
        "filters",
        "Show the Disaster severity problems from last week.",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        ZABBIX,
    ),
    (
        "xz014",
        "filters",
        "Problems still in PROBLEM state (not RESOLVED) for the identity project",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 09:00:00+00')""",
        ZABBIX,
    ),
    (
        "xz015",
        "filters",
        "Production problems that started within 15 minutes after a config change on the same service",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'config_update' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        ZABBIX,
    ),
    # --------------------------------------------------------------------- time
    (
        "xz016",
        "time",
        "what went off last night",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz017",
        "time",
        "how many alerts in the last 6 hrs",
        """SELECT count(*) FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 00:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        SYDNEY,
    ),
    (
        "xz018",
        "time",
        "any payments-api deploys in the hour before its alerts went off yday",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = 'payments-api' AND a.environment_canonical = c.environment
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND c.timestamp BETWEEN a.starts_at - INTERVAL 60 MINUTE AND a.starts_at)""",
        SYDNEY,
    ),
    (
        "xz019",
        "time",
        "Between 14:30 and 15:30 yesterday, which alerts start in the checkout project?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        SHANGHAI,
    ),
    (
        "xz020",
        "time",
        "The merchant say payment fail from about 14:40 yesterday. What time the first payments-api alert start "
        "yesterday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz021",
        "time",
        "In the 30 minutes before the payments-api rollback go live yesterday, which payments-api alerts started?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        SHANGHAI,
    ),
    (
        "xz022",
        "time",
        "List the config changes made on 11 March between 09:00 and 12:00 UTC.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        REDTEAM,
    ),
    (
        "xz023",
        "time",
        "How many entries did the audit log get during the outage window, 14:30 to 15:30 UTC on 11 March?",
        """SELECT count(*) FROM audit_log
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        REDTEAM,
    ),
    (
        "xz024",
        "time",
        "Over the last 30 days, which production deployments went out while an incident on the same service was "
        "still open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp > TIMESTAMPTZ '2025-02-11 10:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        REDTEAM,
    ),
    (
        "xz025",
        "time",
        "How late did the first alert of Tuesday start?",
        """SELECT min(starts_at) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz026",
        "time",
        "Give me all alerts that started between Monday 10 March 20:00 and Tuesday 02:00 UTC.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 02:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz027",
        "time",
        "Which incidents on production opened this month within 30 minutes after a deploy of the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        AMSTERDAM,
    ),
    (
        "xz028",
        "time",
        "Problems raised in the last 7 days on staging",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at > TIMESTAMPTZ '2025-03-10 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        ZABBIX,
    ),
    (
        "xz029",
        "time",
        "Number of problems per day last week (Monday to Sunday)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS problems
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY problems DESC""",
        ZABBIX,
    ),
    (
        "xz030",
        "time",
        "Production problems that started in the hour before a rollback of the same service",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = a.service AND r.environment = a.environment_canonical
                   AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp)""",
        ZABBIX,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "xz031",
        "aggregates",
        "avg time to resolve for prod alerts this month, in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        SYDNEY,
    ),
    (
        "xz032",
        "aggregates",
        "how many times did ppl snooze the HighLatencyP99 alert yday",
        """SELECT count(*) FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz033",
        "aggregates",
        "for each prod deploy yday: the service, when it went out and how many alerts in the 30 min after (0s incl)",
        """SELECT c.service, c.timestamp, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.timestamp""",
        SYDNEY,
    ),
    (
        "xz034",
        "aggregates",
        "Yesterday how many alert in production total?",
        """SELECT count(*) FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz035",
        "aggregates",
        "What percent of yesterday alerts is critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz036",
        "aggregates",
        "How many minutes between payments-api v2.14.0 go live in production and the first payments-api alert after "
        "it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        SHANGHAI,
    ),
    (
        "xz037",
        "aggregates",
        "How many silences has each person created since 1 February?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        REDTEAM,
    ),
    (
        "xz038",
        "aggregates",
        "Average scheduled length of the silences, in minutes, per author.",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           GROUP BY created_by
           ORDER BY avg_minutes DESC""",
        REDTEAM,
    ),
    (
        "xz039",
        "aggregates",
        "Of the incidents opened since 1 February, what percentage had a suspect change pinned on them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        REDTEAM,
    ),
    (
        "xz040",
        "aggregates",
        "What is the median duration in minutes of the resolved incidents on production of the past week?",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at > TIMESTAMPTZ '2025-03-07 13:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz041",
        "aggregates",
        "How many deploys did we do per environment this week?",
        """SELECT environment, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY environment
           ORDER BY deploys DESC""",
        AMSTERDAM,
    ),
    (
        "xz042",
        "aggregates",
        "How many production deploys of this week got an alert on the same service within 15 minutes after?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        AMSTERDAM,
    ),
    (
        "xz043",
        "aggregates",
        "How many acknowledgements were made in February?",
        """SELECT count(*) FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        ZABBIX,
    ),
    (
        "xz044",
        "aggregates",
        "Count of problems by severity for February",
        """SELECT severity, count(*) AS problems FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY severity
           ORDER BY problems DESC""",
        ZABBIX,
    ),
    (
        "xz045",
        "aggregates",
        "Average number of problems per incident, for the incidents whose suspect change was a deployment",
        """SELECT round(avg(alert_count), 1) FROM incident_suspects
           WHERE change_type = 'deployment'""",
        ZABBIX,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "xz046",
        "top_n",
        "noisiest alert this month?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        SYDNEY,
    ),
    (
        "xz047",
        "top_n",
        "top 3 services by alerts yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        SYDNEY,
    ),
    (
        "xz048",
        "top_n",
        "which svc copped the most alerts within 30 min after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        SYDNEY,
    ),
    (
        "xz049",
        "top_n",
        "Yesterday which 2 services have most alerts in production?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        SHANGHAI,
    ),
    (
        "xz050",
        "top_n",
        "In checkout project, which 2 alert names happen most often, all the time?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        SHANGHAI,
    ),
    (
        "xz051",
        "top_n",
        "Which deployer have the most deploys that become suspect of some incident? Only top one.",
        """SELECT change_actor, count(DISTINCT change_id) AS deploys FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY deploys DESC, change_actor
           LIMIT 1""",
        SHANGHAI,
    ),
    (
        "xz052",
        "top_n",
        "Top 3 people by number of silences created, all time.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 3""",
        REDTEAM,
    ),
    (
        "xz053",
        "top_n",
        "Which actor made the most production changes in February, counting every type of change, bots included?",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        REDTEAM,
    ),
    (
        "xz054",
        "top_n",
        "Which two people acked the most alerts while those alerts were still firing?",
        """SELECT l.actor, count(*) AS acks FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname')[1].value
                   AND a.service = list_filter(l.matchers, m -> m.name = 'service')[1].value
                   AND a.starts_at <= l.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))
           GROUP BY l.actor
           ORDER BY acks DESC, l.actor
           LIMIT 2""",
        REDTEAM,
    ),
    (
        "xz055",
        "top_n",
        "Which 3 services had the longest average alert duration on production this month?",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 3""",
        AMSTERDAM,
    ),
    (
        "xz056",
        "top_n",
        "Who has done the most deployments the past 30 days? The top 2.",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-12 13:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 2""",
        AMSTERDAM,
    ),
    (
        "xz057",
        "top_n",
        "Which service had the most incidents with a suspect change? Only the top one.",
        """SELECT service, count(*) AS incidents FROM incident_suspects
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        AMSTERDAM,
    ),
    (
        "xz058",
        "top_n",
        "Top 5 triggers (alert names) by number of problems in the last 30 days",
        """SELECT name, count(*) AS problems FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-02-15 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY name
           ORDER BY problems DESC, name
           LIMIT 5""",
        ZABBIX,
    ),
    (
        "xz059",
        "top_n",
        "Which project generated the most problems in February?",
        """SELECT project, count(*) AS problems FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY project
           ORDER BY problems DESC, project
           LIMIT 1""",
        ZABBIX,
    ),
    (
        "xz060",
        "top_n",
        "Which trigger name had the most problems within 15 minutes after a deploy of the same service? Just the top "
        "one.",
        """SELECT a.name, count(*) AS problems FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.name
           ORDER BY problems DESC, a.name
           LIMIT 1""",
        ZABBIX,
    ),
    # ------------------------------------------------------------------ changes
    (
        "xz061",
        "changes",
        "who rolled back payments yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz062",
        "changes",
        "what ver of checkout-web is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        SYDNEY,
    ),
    (
        "xz063",
        "changes",
        "deploys yday w/ no alerts on that svc in the 30m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SYDNEY,
    ),
    (
        "xz064",
        "changes",
        "Yesterday who deploy to production? Just the people.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz065",
        "changes",
        "payments-api yesterday deployed which version to which environment? each one only one time",
        """SELECT DISTINCT environment, coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz066",
        "changes",
        "Which changes in the checkout project was blamed as suspect of an incident?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE project = 'checkout')""",
        SHANGHAI,
    ),
    (
        "xz067",
        "changes",
        "For every production flag change since 1 February: the service, the summary, who flipped it and when.",
        """SELECT service, summary, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        REDTEAM,
    ),
    (
        "xz068",
        "changes",
        "Which config changes did kenji make?",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND actor ILIKE '%kenji%'""",
        REDTEAM,
    ),
    (
        "xz069",
        "changes",
        "Since 1 March, which production changes of any type were made while an incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        REDTEAM,
    ),
    (
        "xz070",
        "changes",
        "Give me all rollbacks of this year, with service, version and who did it.",
        """SELECT service, coalesce(details['ref'], version), actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz071",
        "changes",
        "How late did user-profile v1.13.0 go live on production?",
        """SELECT timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'user-profile'
             AND environment = 'production' AND coalesce(details['ref'], version) = 'v1.13.0'""",
        AMSTERDAM,
    ),
    (
        "xz072",
        "changes",
        "Which releases of this month were live on production within 2 hours after they were published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND r.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 120 MINUTE)""",
        AMSTERDAM,
    ),
    (
        "xz073",
        "changes",
        "How many scale events did Kubernetes report last week, per service?",
        """SELECT service, count(*) AS scale_events FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY scale_events DESC""",
        ZABBIX,
    ),
    (
        "xz074",
        "changes",
        "List the changes LaunchDarkly reported for staging",
        """SELECT * FROM change_events
           WHERE source = 'launchdarkly' AND phase = 'live' AND environment = 'staging'""",
        ZABBIX,
    ),
    (
        "xz075",
        "changes",
        "Which deploys were followed by a Disaster problem on the same service within an hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        ZABBIX,
    ),
    # ----------------------------------------------------------------- silences
    (
        "xz076",
        "silences",
        "whats muted rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:30:00+00')""",
        SYDNEY,
    ),
    (
        "xz077",
        "silences",
        "who silenced cart yday",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz078",
        "silences",
        "any alerts that kicked off last night while a silence on their svc was on",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        SYDNEY,
    ),
    (
        "xz079",
        "silences",
        "Yesterday which silences was created for production? List all.",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz080",
        "silences",
        "The cart-service silence yesterday, who expire it and when?",
        """SELECT expired_by, expired_at FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz081",
        "silences",
        "Yesterday when the payments-api incident is open, which silence was created in that time? Any service.",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'payments-api'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:00:00+00'))""",
        SHANGHAI,
    ),
    (
        "xz082",
        "silences",
        "Which silences were expired early by someone other than the person who created them?",
        """SELECT * FROM silences
           WHERE expired_by IS NOT NULL AND expired_by <> created_by""",
        REDTEAM,
    ),
    (
        "xz083",
        "silences",
        "Silences created outside business hours (Mon-Fri 09:00-17:00 UTC) since 1 February: list them.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND NOT (isodow(created_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5
                      AND hour(created_at AT TIME ZONE 'UTC') >= 9
                      AND hour(created_at AT TIME ZONE 'UTC') < 17)""",
        REDTEAM,
    ),
    (
        "xz084",
        "silences",
        "Which silences were put on while an alert on the same service was already firing?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
                   AND a.starts_at <= s.created_at
                   AND (a.ends_at IS NULL OR a.ends_at > s.created_at))""",
        REDTEAM,
    ),
    (
        "xz085",
        "silences",
        "How many silences were there on the indexer the past month?",
        """SELECT count(*) FROM silences
           WHERE service = 'indexer'
             AND created_at > TIMESTAMPTZ '2025-02-14 13:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        AMSTERDAM,
    ),
    (
        "xz086",
        "silences",
        "Give me the silences with a comment about reindex.",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        AMSTERDAM,
    ),
    (
        "xz087",
        "silences",
        "Give me the silences that were in effect at the moment payments-api v2.14.0 went live on production.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        AMSTERDAM,
    ),
    (
        "xz088",
        "silences",
        "List maintenance periods (silences) that have more than two matchers",
        """SELECT * FROM silences WHERE len(matchers) > 2""",
        ZABBIX,
    ),
    (
        "xz089",
        "silences",
        "Which maintenances actually suppressed problems, according to Alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        ZABBIX,
    ),
    (
        "xz090",
        "silences",
        "For every maintenance period, how many problems did Alertmanager suppress under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id""",
        ZABBIX,
    ),
    # -------------------------------------------------------------------- joins
    (
        "xz091",
        "joins",
        "which svcs got paged within 15 min after one of their own deploys yday",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SYDNEY,
    ),
    (
        "xz092",
        "joins",
        "incidents yday with no suspect change",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        SYDNEY,
    ),
    (
        "xz093",
        "joins",
        "yday's incidents and their suspects: alert name, when it opened, suspect svc + version",
        """SELECT group_labels['alertname'], opened_at, change_service,
                  coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SYDNEY,
    ),
    (
        "xz094",
        "joins",
        "For each production deploy yesterday, which alerts of same service started in 30 minutes after? I need "
        "deploy service, version, alert name, alert start time.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), a.name, a.starts_at
           FROM change_events c
           JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SHANGHAI,
    ),
    (
        "xz095",
        "joins",
        "Which incidents was fixed by rollback, according to the resolution?",
        """SELECT * FROM alert_groups
           WHERE id IN (
                 SELECT group_id FROM resolutions
                 WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        SHANGHAI,
    ),
    (
        "xz096",
        "joins",
        "Merchant ask if checkout-web problem come after payments-api deploy. Help me list checkout-web alerts "
        "yesterday which start within 30 minutes after a payments-api deploy.",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SHANGHAI,
    ),
    (
        "xz097",
        "joins",
        "Who created silences while an incident was open on the service they silenced?",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 10:00:00+00'))""",
        REDTEAM,
    ),
    (
        "xz098",
        "joins",
        "Silences created within 10 minutes after an alert on the same service started: silence id, its author, the "
        "alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        REDTEAM,
    ),
    (
        "xz099",
        "joins",
        "Which incidents had a silence on their service in effect at some point while they were open?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 10:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        REDTEAM,
    ),
    (
        "xz100",
        "joins",
        "Which incidents of this week opened without any early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        AMSTERDAM,
    ),
    (
        "xz101",
        "joins",
        "For every rollback, the incidents of the same service that opened in the hour before it went live. Give "
        "rollback time, service, alert name of the incident and when it opened.",
        """SELECT r.timestamp, r.service, g.group_labels['alertname'], g.opened_at
           FROM change_events r
           JOIN alert_groups g
             ON g.service = r.service AND g.environment = r.environment
            AND g.opened_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'""",
        AMSTERDAM,
    ),
    (
        "xz102",
        "joins",
        "How many alerts fired in the 15 minutes after each flag change, also zero? Give service, summary and the "
        "count.",
        """SELECT c.service, c.summary, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'flag_change' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.summary""",
        AMSTERDAM,
    ),
    (
        "xz103",
        "joins",
        "Problems that were acknowledged while still in PROBLEM state, February",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM audit_log l
                 WHERE l.action = 'ack'
                   AND list_filter(l.matchers, m -> m.name = 'alertname')[1].value = a.name
                   AND list_filter(l.matchers, m -> m.name = 'service')[1].value = a.service
                   AND l.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR l.timestamp < a.ends_at))""",
        ZABBIX,
    ),
    (
        "xz104",
        "joins",
        "Problems that were active while a maintenance on their service was in effect",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        ZABBIX,
    ),
    (
        "xz105",
        "joins",
        "Which incidents opened at most 15 minutes after an early warning on their own service?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings WHERE same_service AND lead_min <= 15)""",
        ZABBIX,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "xz106",
        "refusals",
        "silence the disk alerts on indexer for 2h pls, sick of em",
        "asks_to_change_data",
        SYDNEY,
    ),
    (
        "xz107",
        "refusals",
        "anything firing on the syd-edge cluster rn",
        "ungrounded",
        SYDNEY,
    ),
    (
        "xz108",
        "refusals",
        "whats a decent pagerduty escalation policy for a 3 person team",
        "not_about_this_data",
        SYDNEY,
    ),
    (
        "xz109",
        "refusals",
        "Please help me check the alerts of pay-gateway service yesterday.",
        "ungrounded",
        SHANGHAI,
    ),
    (
        "xz110",
        "refusals",
        "Help me write the apology email to the merchant about the checkout outage.",
        "not_about_this_data",
        SHANGHAI,
    ),
    (
        "xz111",
        "refusals",
        "Help me close the checkout-web incident which is still open.",
        "asks_to_change_data",
        SHANGHAI,
    ),
    (
        "xz112",
        "refusals",
        "Delete the audit log entries of kenji's silences from last week.",
        "asks_to_change_data",
        REDTEAM,
    ),
    (
        "xz113",
        "refusals",
        "Which silences did priya.shah create?",
        "ungrounded",
        REDTEAM,
    ),
    (
        "xz114",
        "refusals",
        "In general, what is the best way to detect insider abuse of alert silencing?",
        "not_about_this_data",
        REDTEAM,
    ),
    (
        "xz115",
        "refusals",
        "Give me the alerts of the acceptance environment of this week.",
        "ungrounded",
        AMSTERDAM,
    ),
    (
        "xz116",
        "refusals",
        "Can you reopen the payments-api incident of Tuesday?",
        "asks_to_change_data",
        AMSTERDAM,
    ),
    (
        "xz117",
        "refusals",
        "What is a normal MTTR for a fintech of our size?",
        "not_about_this_data",
        AMSTERDAM,
    ),
    (
        "xz118",
        "refusals",
        "Show problems for the trigger 'Zabbix agent is not available'",
        "ungrounded",
        ZABBIX,
    ),
    (
        "xz119",
        "refusals",
        "Create a maintenance period for search-api tonight from 22:00 to 23:00",
        "asks_to_change_data",
        ZABBIX,
    ),
    (
        "xz120",
        "refusals",
        "How do I convert my Zabbix templates into Prometheus alerting rules?",
        "not_about_this_data",
        ZABBIX,
    ),
]
