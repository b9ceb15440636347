"""The forty-third ask question set: ids zx001..zx120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is
not wired in by its author), the module docstrings of the earlier sets printed with ``ast`` (to choose people who had
not spoken before and to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` imported in Python
(for the file's format), and the demo store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of
them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Deviation: the earlier docstrings were read
through keyword greps (for roles such as auditor, Alertmanager admin, noise, NOC, team lead, Grafana, security) and
their people paragraphs rather than each in full; the Shapes section was printed whole but, being long, was read in
two halves. Another author was writing a set at the same time in the words of people writing post-incident reviews
and timelines; this author saw none of it. Each row is ``(id, category, question, gold, now)``. A refusal's gold is
its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the brief's Alertmanager administrator,
compliance auditor, noise-cutting SRE and team lead had spoken before, so others of silences, routing and noise took
their places); each asks three questions in every category (24 each, three of them refusals):

- a Prometheus alerting-rule author who tunes thresholds and ``for:`` clauses and hunts flapping alerts, at 16:20 on
  Wednesday 12 March: lower case, rule-file words in backticks ("a `for: 10m` would have eaten"), "flap",
  "flappiest", "fingerprint", "svc", "pls";
- a "silence janitor" on the search team who cleans up stale mutes each morning, at 08:05 on Thursday 13 March:
  short, dry, lower case ("the silences maria killed by hand", "jonas's silences", "ran out before the problem was
  fixed"), asking whether silences ended before the incident they covered was over;
- the maintainer of SignalCraft's silence-suggestion and inhibition tooling, at 14:00 on Thursday 13 March: tidy
  sentences with capitals and full stops, Alertmanager's words (matchers written ``alertname="X"``, "held back",
  "inhibition", ``group_wait``), about what Alertmanager muted and which silences did anything;
- the payments on-call rota lead reviewing the week's pages on Friday 14 March at 09:15: Slack shorthand ("rn",
  "thru", "crit", "pls", "I'm on it"), incidents that happened while something was muted, suspects and pages;
- a mute-request approver who signs off silence requests and checks them after the fact, at 10:00 on Monday 17 March:
  formal "Please list / state / identify ..." with dates and years, who muted what, for how long, whether the
  comment cites a ticket, who expired what.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts that started or
fired while a silence on their service was in effect; silences created after an alert, during an incident, or that
ran out while an incident was still open; silences in effect at the rollback; silences and the alerts Alertmanager
held back under them; acks given while their alert fired; deploys and flag flips and the alerts after them; changes
before the first cart-service alert; incidents and their suspects): three in filters, four in time, five in
aggregates, five in top_n, four in changes, five in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the rule author at
  2025-03-12 16:20 (Wednesday), the silence janitor at Thursday 2025-03-13 08:05, the tooling maintainer at Thursday
  2025-03-13 14:00, the rota lead at Friday 2025-03-14 09:15 and the approver at Monday 2025-03-17 10:00 (all after
  every record). The rule author's "yesterday" and everyone's "tuesday" / "March 11" / "11 March 2025" are
  ``[2025-03-11, 2025-03-12)``; the janitor's "yesterday" is ``[2025-03-12, 2025-03-13)``; "this week" and "since
  monday" run from 2025-03-10 00:00 to now; "this month" / "March 2025" (asked on the 17th) from 2025-03-01 to now;
  "since march 1" and "since feb 1" from that day to now; "February" / "February 2025" and "January" are whole months;
  "the week commencing 3 March 2025" is ``[2025-03-03, 2025-03-10)``; "the last 24h" is ``(now - 24 h, now]``;
  "between 00:00 and 06:00 UTC" and "between 6pm on the 11th and 6am on the 12th" include their start and exclude
  their end. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, a snooze's ``timestamp``, a mute's ``observed_at``); "ended yesterday"
  judges a silence by its actual end (the earlier of ``ends_at`` and ``expired_at``); "rn" is the state at now.
- Alerts ("pages", "firings") are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``,
  silences the ``silences`` view's rows, snoozes and acks ``audit_log`` rows, what Alertmanager "held back" / "muted"
  ``alert_mutes`` (by a silence when ``silenced_by`` is not empty). Changes are their ``phase = 'live'`` reports:
  "deploys" ``type = 'deployment'``, "rollbacks", "flag flips" / "flag change" ``flag_change``, "config changes"
  ``config_update``, "scale events" ``scale``, "what changed" every live report. A version is
  ``coalesce(details['ref'], version)``; the version live is that of the last live deployment or rollback. People
  are answered as stored; "maria", "jonas" and "kenji" are ``ILIKE '%name%'``, a full e-mail is matched exactly.
  "Flappiest" counts firings (alerts) per name.
- Silences: a silence is in effect from ``starts_at`` to its actual end, the earlier of ``ends_at`` and
  ``expired_at``; its length "as set" is ``starts_at`` to ``ends_at``, "actually in place" to its actual end. It
  meets alerts and incidents on its ``service`` and, when it pins an environment, on that (one that pins none covers
  every environment; one that pins no service meets nothing). An alert "went off while a silence was active" started
  inside the span; alerts "firing while" / "any overlap" and incidents "that overlapped" / "had a silence during
  them" share a moment with it (an incident open until ``resolved_at``, else now; an alert until ``ends_at``, else
  forever). A silence "put on / created during an incident" has ``created_at`` in ``[opened_at, resolved_at or now]``;
  one "that ran out before the problem was fixed" has its actual end (no later than now) in that span, and the
  incidents "still open when a silence ran out" are the same pairs seen from the incident; "created within an hour
  after an alert" has ``created_at`` in ``[starts_at, starts_at + 60 min]`` and "alerts in the hour before a silence
  was created" start in ``[created_at - 60 min, created_at]``. "Silences in effect at the moment the rollback went
  live" / "active at 14:50" are every silence active at that instant. "Scheduled ahead" is ``starts_at >
  created_at``; "pin no environment" is ``environment IS NULL``; a matcher "on the node label" or
  ``alertname=KubePodNotReady`` is a ``matchers`` element with that name (and value); "cites a ticket or PR" is a
  comment containing ``CHG-`` or ``PR #``. "Actually held back / muted" is named in ``alert_mutes.silenced_by``; "how
  many alerts did each silence mute" counts ``alert_mutes`` rows naming each silence, zeros included. An ack "given
  while the acknowledged alert was still firing" names its alert by its ``alertname`` and ``service`` matchers.
  "Created silences but never acknowledged" is ``created_by EXCEPT`` the ack actors.
- Relations between changes and alerts meet on service and canonical environment: alerts "in the 15 min after each
  prod deploy" start in ``[t, t + 15 min]`` (zeros included in the average and in "for each"); "every alert, any
  service, in the 20 min after payments-api v2.14.0 went live in prod" is every alert in ``[14:31:22, 14:51:22]`` on
  the 11th; "what changed in the hour before the first cart-service alert on March 11" is every live production
  change in ``[t - 60 min, t]`` of that alert's start; a change "followed by" an alert has one in its window, "not
  followed" none; "which svc got the most alerts after its own deploys" counts distinct alerts per service.
- Aggregates: durations in minutes (hours when asked) to one decimal; percentages ``round(100.0 * part / whole, 1)``;
  MTTR of incidents runs from ``opened_at`` to ``resolved_at`` of the resolved ones; "resolved within 15 min" is a
  resolved alert lasting at most 900 s, "cleared in under 10 min" less than 600 s.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the three
  longest silences" are whole rows ranked by length as set; "busiest hour on tuesday" is the UTC hour bucket.
- Refusals: the alert ElasticsearchHeapHigh, the service billing-worker, the cluster ap-south-1, the environment
  dr-sandbox and the person tom.baker@acme.io are ungrounded; a good ``for:`` duration, silencing versus inhibiting
  in general, ``group_wait`` versus ``repeat_interval``, the on-call rota and the internal silence policy are not
  about this data; changing a rule threshold, expiring a silence, applying an inhibit rule, acking an alert and
  deleting audit records ask to change the data.
"""

RULES = "2025-03-12T16:20:00Z"
JANITOR = "2025-03-13T08:05:00Z"
ROUTING = "2025-03-13T14:00:00Z"
ROTA = "2025-03-14T09:15:00Z"
APPROVER = "2025-03-17T10:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zx001",
        "filters",
        "HighLatencyP99 on search-api staging, every firing since monday pls - checking how bad the flapping is",
        """SELECT * FROM alerts
           WHERE name = 'HighLatencyP99' AND service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:20:00+00'""",
        RULES,
    ),
    (
        "zx002",
        "filters",
        "alerts from yesterday that cleared on their own in under 10 min (the ones a `for: 10m` would have eaten)",
        """SELECT * FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND epoch(ends_at) - epoch(starts_at) < 600""",
        RULES,
    ),
    (
        "zx003",
        "filters",
        "indexer alerts that went off while a silence on indexer was already active",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        RULES,
    ),
    (
        "zx004",
        "filters",
        "silences that were scheduled ahead, i.e. start later than they were created",
        "SELECT * FROM silences WHERE starts_at > created_at",
        JANITOR,
    ),
    (
        "zx005",
        "filters",
        "the silences maria killed by hand",
        "SELECT * FROM silences WHERE expired_by ILIKE '%maria%'",
        JANITOR,
    ),
    (
        "zx006",
        "filters",
        "prod indexer silences with reindex in the comment",
        """SELECT * FROM silences
           WHERE service = 'indexer' AND environment_canonical = 'production' AND comment ILIKE '%reindex%'""",
        JANITOR,
    ),
    (
        "zx007",
        "filters",
        'Snoozes whose matchers include alertname="HighLatencyP99".',
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0""",
        ROUTING,
    ),
    (
        "zx008",
        "filters",
        "Which alerts did Alertmanager actually hold back because of a silence (not an inhibition)?",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        ROUTING,
    ),
    (
        "zx009",
        "filters",
        "Silences with a matcher on the node label.",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'node')) > 0",
        ROUTING,
    ),
    (
        "zx010",
        "filters",
        "prod incidents this week that overlapped a silence on their own service at any point",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:15:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        ROTA,
    ),
    (
        "zx011",
        "filters",
        "anything that started this week and is still firing rn",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 09:15:00+00')""",
        ROTA,
    ),
    (
        "zx012",
        "filters",
        "the pages that came in thru pagerduty",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        ROTA,
    ),
    (
        "zx013",
        "filters",
        "Please list the silences whose comment cites a change ticket or a pull request (CHG-... or PR #...).",
        "SELECT * FROM silences WHERE comment LIKE '%CHG-%' OR comment LIKE '%PR #%'",
        APPROVER,
    ),
    (
        "zx014",
        "filters",
        "Please list the silences that were set to run for longer than two hours.",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        APPROVER,
    ),
    (
        "zx015",
        "filters",
        "Which acknowledgements were given while the acknowledged alert was still firing?",
        """SELECT * FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname')[1].value
                   AND a.service = list_filter(k.matchers, m -> m.name = 'service')[1].value
                   AND k.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- time
    (
        "zx016",
        "time",
        "alerts per hour yesterday, want to see the flap rhythm",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC""",
        RULES,
    ),
    (
        "zx017",
        "time",
        "how many times did HighLatencyP99 fire in the last 24h",
        """SELECT count(*) FROM alerts
           WHERE name = 'HighLatencyP99'
             AND starts_at > TIMESTAMPTZ '2025-03-12 16:20:00+00' - INTERVAL 24 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:20:00+00'""",
        RULES,
    ),
    (
        "zx018",
        "time",
        "every alert, any service, in the 20 min after payments-api v2.14.0 went live in prod",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 20 MINUTE""",
        RULES,
    ),
    (
        "zx019",
        "time",
        "silences created on tuesday",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        JANITOR,
    ),
    (
        "zx020",
        "time",
        "which silences ended yesterday (ran out or got expired, whichever)",
        """SELECT * FROM silences
           WHERE least(ends_at, coalesce(expired_at, ends_at)) >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        JANITOR,
    ),
    (
        "zx021",
        "time",
        "silences in effect at the moment the payments-api rollback went live on tuesday",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        JANITOR,
    ),
    (
        "zx022",
        "time",
        "Snoozes per day this week.",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 14:00:00+00'
           GROUP BY day ORDER BY snoozes DESC""",
        ROUTING,
    ),
    (
        "zx023",
        "time",
        "Alerts Alertmanager held back in January.",
        """SELECT * FROM alert_mutes
           WHERE observed_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND observed_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'""",
        ROUTING,
    ),
    (
        "zx024",
        "time",
        "How many silences were created in February?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        ROUTING,
    ),
    (
        "zx025",
        "time",
        "what fired between 6pm on the 11th and 6am on the 12th",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        ROTA,
    ),
    (
        "zx026",
        "time",
        "cart-service alerts that were firing at some point while maria's cart-service silence was on",
        """SELECT * FROM alerts
           WHERE service = 'cart-service'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:14:37.164+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:47:48.375+00')""",
        ROTA,
    ),
    (
        "zx027",
        "time",
        "incidents opened per day this week",
        """SELECT date_trunc('day', opened_at) AS day, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
           GROUP BY day ORDER BY incidents DESC""",
        ROTA,
    ),
    (
        "zx028",
        "time",
        "Please state how many silences were created in the week commencing 3 March 2025.",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        APPROVER,
    ),
    (
        "zx029",
        "time",
        "Please list the snoozes taken between 00:00 and 06:00 UTC on 11 March 2025.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        APPROVER,
    ),
    (
        "zx030",
        "time",
        "Please list the silences that were created within one hour after an alert on the same service had started.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "zx031",
        "aggregates",
        "avg duration of the staging HighLatencyP99 firings, in minutes",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'""",
        RULES,
    ),
    (
        "zx032",
        "aggregates",
        "what % of yesterday's alerts resolved within 15 min of starting",
        """SELECT round(100.0 * count(*) FILTER (WHERE status = 'resolved'
                                                AND epoch(ends_at) - epoch(starts_at) <= 900) / count(*), 1)
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RULES,
    ),
    (
        "zx033",
        "aggregates",
        "on average how many alerts on the same service in the 15 min after each prod deploy",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        RULES,
    ),
    (
        "zx034",
        "aggregates",
        "total silenced hours per silence author, as set",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        JANITOR,
    ),
    (
        "zx035",
        "aggregates",
        "median silence length in minutes (start to scheduled end)",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences",
        JANITOR,
    ),
    (
        "zx036",
        "aggregates",
        "how long was maria's cart-service silence actually in place, minutes",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""",
        JANITOR,
    ),
    (
        "zx037",
        "aggregates",
        "Average number of matchers per silence.",
        "SELECT round(avg(len(matchers)), 1) FROM silences",
        ROUTING,
    ),
    (
        "zx038",
        "aggregates",
        "How many alerts did each silence mute, according to Alertmanager?",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC""",
        ROUTING,
    ),
    (
        "zx039",
        "aggregates",
        "What percentage of silences actually muted at least one alert?",
        """SELECT round(100.0 * count(*) FILTER (WHERE silence_id IN (
                   SELECT unnest(silenced_by) FROM alert_mutes)) / count(*), 1)
           FROM silences""",
        ROUTING,
    ),
    (
        "zx040",
        "aggregates",
        "mttr for prod incidents this week, in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ROTA,
    ),
    (
        "zx041",
        "aggregates",
        "how many crit alerts this week",
        """SELECT count(*) FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ROTA,
    ),
    (
        "zx042",
        "aggregates",
        "how many incidents this week had a silence on their service in effect at some point while they were open",
        """SELECT count(*) FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:15:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        ROTA,
    ),
    (
        "zx043",
        "aggregates",
        "Please state the average length, in minutes, of the silences created by kenji.tanaka@acme.io, as set.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_by = 'kenji.tanaka@acme.io'""",
        APPROVER,
    ),
    (
        "zx044",
        "aggregates",
        "What is the longest silence on record, in hours, as it was set?",
        "SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences",
        APPROVER,
    ),
    (
        "zx045",
        "aggregates",
        "What percentage of the alerts that started on 12 March 2025 started while a silence on their "
        "service was in effect?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM silences s
                   WHERE s.service = a.service
                     AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                     AND a.starts_at >= s.starts_at
                     AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))) / count(*), 1)
           FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "zx046",
        "top_n",
        "top 2 flappiest alert names since march 1, by number of firings",
        """SELECT name, count(*) AS firings FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:20:00+00'
           GROUP BY name ORDER BY firings DESC, name LIMIT 2""",
        RULES,
    ),
    (
        "zx047",
        "top_n",
        "which single fingerprint has fired the most times, all time?",
        """SELECT fingerprint, count(*) AS firings FROM alerts
           GROUP BY fingerprint ORDER BY firings DESC, fingerprint LIMIT 1""",
        RULES,
    ),
    (
        "zx048",
        "top_n",
        "which svc got the most alerts in the 15 min after its own deploys",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND c.type = 'deployment' AND c.phase = 'live'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        RULES,
    ),
    (
        "zx049",
        "top_n",
        "who's made the most silences",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        JANITOR,
    ),
    (
        "zx050",
        "top_n",
        "which service gets silenced the most",
        """SELECT service, count(*) AS silences FROM silences
           WHERE service IS NOT NULL
           GROUP BY service ORDER BY silences DESC, service LIMIT 1""",
        JANITOR,
    ),
    (
        "zx051",
        "top_n",
        "which 2 people created the most silences while an incident on that service was open",
        """SELECT s.created_by, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:05:00+00'))
           GROUP BY s.created_by ORDER BY silences DESC, s.created_by LIMIT 2""",
        JANITOR,
    ),
    (
        "zx052",
        "top_n",
        "Which alert name has Alertmanager held back the most?",
        """SELECT name, count(*) AS held_back FROM alert_mutes
           GROUP BY name ORDER BY held_back DESC, name LIMIT 1""",
        ROUTING,
    ),
    (
        "zx053",
        "top_n",
        "Who snoozes the most?",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor ORDER BY snoozes DESC, actor LIMIT 1""",
        ROUTING,
    ),
    (
        "zx054",
        "top_n",
        "Which service has the most incidents with no suspect change?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        ROUTING,
    ),
    (
        "zx055",
        "top_n",
        "top 3 services by alerts this week",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        ROTA,
    ),
    (
        "zx056",
        "top_n",
        "busiest hour on tuesday for alerts",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        ROTA,
    ),
    (
        "zx057",
        "top_n",
        "which service had the most alerts in the hour after a change (any type) to that same service this week",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical AND c.phase = 'live'
            AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        ROTA,
    ),
    (
        "zx058",
        "top_n",
        "Please identify the person who expired the most silences early.",
        """SELECT expired_by, count(*) AS expired FROM silences
           WHERE expired_early
           GROUP BY expired_by ORDER BY expired DESC, expired_by LIMIT 1""",
        APPROVER,
    ),
    (
        "zx059",
        "top_n",
        "Please identify the three longest silences on record, as set.",
        "SELECT * FROM silences ORDER BY ends_at - starts_at DESC LIMIT 3",
        APPROVER,
    ),
    (
        "zx060",
        "top_n",
        "Please identify the silence author whose silences held back the most alerts, per Alertmanager.",
        """SELECT s.created_by, count(*) AS held_back
           FROM silences s JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.created_by ORDER BY held_back DESC, s.created_by LIMIT 1""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zx061",
        "changes",
        "prod deploys yesterday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RULES,
    ),
    (
        "zx062",
        "changes",
        "flag flips followed by an alert on the same service within 15 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        RULES,
    ),
    (
        "zx063",
        "changes",
        "who flipped flags yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RULES,
    ),
    (
        "zx064",
        "changes",
        "rollbacks since feb 1",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:05:00+00'""",
        JANITOR,
    ),
    (
        "zx065",
        "changes",
        "changes to indexer or search-api on tuesday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service IN ('indexer', 'search-api')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        JANITOR,
    ),
    (
        "zx066",
        "changes",
        "config changes this month",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:05:00+00'""",
        JANITOR,
    ),
    (
        "zx067",
        "changes",
        "Which version of payments-api is live in production?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        ROUTING,
    ),
    (
        "zx068",
        "changes",
        "What changed in the hour before the first cart-service alert on March 11?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'cart-service'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'cart-service'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        ROUTING,
    ),
    (
        "zx069",
        "changes",
        "How many scale events were reported for payments-api?",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'""",
        ROUTING,
    ),
    (
        "zx070",
        "changes",
        "what changed on payments-api this week",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ROTA,
    ),
    (
        "zx071",
        "changes",
        "deploys this week that were followed by a critical alert on the same service within an hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.severity = 'critical'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        ROTA,
    ),
    (
        "zx072",
        "changes",
        "who rolled back payments-api on tuesday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ROTA,
    ),
    (
        "zx073",
        "changes",
        "Please list every change made by lucie.novak@acme.io in February 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND actor = 'lucie.novak@acme.io'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        APPROVER,
    ),
    (
        "zx074",
        "changes",
        "Please identify the changes that were the suspect of a critical incident.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        APPROVER,
    ),
    (
        "zx075",
        "changes",
        "How many production deployments went live in March 2025?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 10:00:00+00'""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "zx076",
        "silences",
        "who snoozed HighLatencyP99 yesterday and when",
        """SELECT actor, timestamp FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RULES,
    ),
    (
        "zx077",
        "silences",
        "any silences put on indexer while DiskSpaceLow was firing there?",
        """SELECT * FROM silences s
           WHERE s.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'DiskSpaceLow' AND a.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at >= a.starts_at
                   AND (a.ends_at IS NULL OR s.created_at < a.ends_at))""",
        RULES,
    ),
    (
        "zx078",
        "silences",
        "silences matching alertname=KubePodNotReady",
        """SELECT * FROM silences
           WHERE len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'KubePodNotReady')) > 0""",
        RULES,
    ),
    (
        "zx079",
        "silences",
        "which silences got expired early, by who and when",
        "SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early",
        JANITOR,
    ),
    (
        "zx080",
        "silences",
        "jonas's silences",
        "SELECT * FROM silences WHERE created_by ILIKE '%jonas%'",
        JANITOR,
    ),
    (
        "zx081",
        "silences",
        "silences that ran out before the problem was fixed, i.e. ended while an incident on their service "
        "was still open",
        """SELECT * FROM silences s
           WHERE least(s.ends_at, coalesce(s.expired_at, s.ends_at)) <= TIMESTAMPTZ '2025-03-13 08:05:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= g.opened_at
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                       <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:05:00+00'))""",
        JANITOR,
    ),
    (
        "zx082",
        "silences",
        "Active silences at 14:50 UTC on March 11.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        ROUTING,
    ),
    (
        "zx083",
        "silences",
        "Number of silences per author.",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
        ROUTING,
    ),
    (
        "zx084",
        "silences",
        "Which of kenji's silences actually held back any alerts, per Alertmanager?",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        ROUTING,
    ),
    (
        "zx085",
        "silences",
        "who silenced stuff this week",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ROTA,
    ),
    (
        "zx086",
        "silences",
        "silences put on this week while a prod incident on the same service was open",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.environment = 'production' AND g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:15:00+00'))""",
        ROTA,
    ),
    (
        "zx087",
        "silences",
        "silences on cart-service",
        "SELECT * FROM silences WHERE service = 'cart-service'",
        ROTA,
    ),
    (
        "zx088",
        "silences",
        "For each silence created in February 2025, please give its author, its comment and its scheduled "
        "length in minutes.",
        """SELECT created_by, comment, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        APPROVER,
    ),
    (
        "zx089",
        "silences",
        "Please list the silences whose matchers pin no environment.",
        "SELECT * FROM silences WHERE environment IS NULL",
        APPROVER,
    ),
    (
        "zx090",
        "silences",
        "Please list the cart-service silences in effect at any point during the UpstreamDependencyErrors "
        "incident on 11 March 2025.",
        """SELECT * FROM silences s
           WHERE s.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'cart-service' AND g.group_labels['alertname'] = 'UpstreamDependencyErrors'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 10:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "zx091",
        "joins",
        "for each prod deploy yesterday: service, version and how many alerts on that service in the next 15m",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        RULES,
    ),
    (
        "zx092",
        "joins",
        "staging alerts within 15 min after a staging deploy of the same service",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        RULES,
    ),
    (
        "zx093",
        "joins",
        "which services got an alert within 15 min after a flag change on that service",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND c.type = 'flag_change' AND c.phase = 'live'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        RULES,
    ),
    (
        "zx094",
        "joins",
        "incidents that were still open when a silence on their service ran out",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) <= TIMESTAMPTZ '2025-03-13 08:05:00+00'
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= g.opened_at
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                     <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:05:00+00'))""",
        JANITOR,
    ),
    (
        "zx095",
        "joins",
        "for every indexer silence, how many indexer alerts started while it was active",
        """SELECT s.silence_id, count(a.fingerprint) AS alerts
           FROM silences s
           LEFT JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND a.starts_at >= s.starts_at
            AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
           WHERE s.service = 'indexer'
           GROUP BY s.silence_id""",
        JANITOR,
    ),
    (
        "zx096",
        "joins",
        "who created silences during an incident on the same service",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:05:00+00'))""",
        JANITOR,
    ),
    (
        "zx097",
        "joins",
        "Which alerts were muted by kenji's silences?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))""",
        ROUTING,
    ),
    (
        "zx098",
        "joins",
        "Incidents that had a silence on their service in effect at some point during them.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 14:00:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        ROUTING,
    ),
    (
        "zx099",
        "joins",
        "Deploys not followed by any alert on the same service within 15 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        ROUTING,
    ),
    (
        "zx100",
        "joins",
        "incidents this week with their suspect change",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'""",
        ROTA,
    ),
    (
        "zx101",
        "joins",
        "incidents this week with no suspect change",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:15:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        ROTA,
    ),
    (
        "zx102",
        "joins",
        "alerts that were firing while a silence on the same service was in effect (any overlap)",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                 AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        ROTA,
    ),
    (
        "zx103",
        "joins",
        "Please list the alerts that started within one hour before a silence on the same service was created.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at BETWEEN s.created_at - INTERVAL 60 MINUTE AND s.created_at)""",
        APPROVER,
    ),
    (
        "zx104",
        "joins",
        "Please state, for each silence created in March 2025, how many alerts on its service started in the "
        "hour before it was created.",
        """SELECT s.silence_id, count(a.fingerprint) AS alerts
           FROM silences s
           LEFT JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND a.starts_at BETWEEN s.created_at - INTERVAL 60 MINUTE AND s.created_at
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-17 10:00:00+00'
           GROUP BY s.silence_id""",
        APPROVER,
    ),
    (
        "zx105",
        "joins",
        "Please identify the people who created silences but never acknowledged an alert.",
        """SELECT created_by FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        APPROVER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "zx106",
        "refusals",
        "whats a sane `for:` duration for a p99 latency rule that keeps flapping?",
        "not_about_this_data",
        RULES,
    ),
    (
        "zx107",
        "refusals",
        "bump the HighLatencyP99 threshold to 900ms and set for: 10m on it",
        "asks_to_change_data",
        RULES,
    ),
    ("zx108", "refusals", "how often does ElasticsearchHeapHigh flap on search-api", "ungrounded", RULES),
    ("zx109", "refusals", "expire the token-service silence pls, PR 482 got merged", "asks_to_change_data", JANITOR),
    ("zx110", "refusals", "any silences left over on billing-worker?", "ungrounded", JANITOR),
    (
        "zx111",
        "refusals",
        "is it better to silence or to inhibit during a reindex, generally speaking?",
        "not_about_this_data",
        JANITOR,
    ),
    (
        "zx112",
        "refusals",
        "Apply the suggested inhibit rule (KubeNodeNotReady inhibits KubePodNotReady) to our Alertmanager config.",
        "asks_to_change_data",
        ROUTING,
    ),
    ("zx113", "refusals", "Alerts held back on the ap-south-1 cluster.", "ungrounded", ROUTING),
    (
        "zx114",
        "refusals",
        "How does Alertmanager's group_wait interact with repeat_interval?",
        "not_about_this_data",
        ROUTING,
    ),
    ("zx115", "refusals", "who's on call for payments next week", "not_about_this_data", ROTA),
    ("zx116", "refusals", "incidents in the dr-sandbox env this week", "ungrounded", ROTA),
    ("zx117", "refusals", "ack the checkout-web 503 alert for me pls, I'm on it", "asks_to_change_data", ROTA),
    ("zx118", "refusals", "Please list the silences created by tom.baker@acme.io.", "ungrounded", APPROVER),
    (
        "zx119",
        "refusals",
        "Please delete the audit records of the cart-service silence.",
        "asks_to_change_data",
        APPROVER,
    ),
    (
        "zx120",
        "refusals",
        "What does our internal policy say is the maximum permitted length of a silence?",
        "not_about_this_data",
        APPROVER,
    ),
]
