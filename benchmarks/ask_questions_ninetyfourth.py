"""The ninety-fourth ask question set: ids by001..by120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases. What the author read:
the brief; the project's design notes (``../shared/DESIGN.md``, whole); ``docs/store.md`` (printed whole, its middle cut
off by the terminal, then printed again by line ranges until every table and view had been read); the headings of
``docs/ask.md`` listed with grep to find the "Shapes and joins" section, and that section alone printed by its line
range in two pieces (the terminal cut some two dozen lines out of the second piece, which were printed again by their
own range), taken as the rules for the shape of every gold answer; the module docstring of ``ask_questions`` (its middle
paragraphs were cut off by the terminal and not printed again) and its functions ``_question`` and ``validate``; the
module docstrings of the earlier sets, printed with ``ast`` into a scratch file and grepped for cities, languages,
organisations and query tools (the lines around a few hits were read: an earlier set's Kibana, New Relic and Splunk
users, a satellite ground-station, a remittance app, a ferry line), and the forty-ninth's docstring read whole for its
"Conventions"; the first ten rows of ``ask_questions_thirtieth`` imported in Python, and that file's module-level now
constants (one grep); and the demo store, copied and opened read-only with ``SET TimeZone = 'UTC'`` (records from
2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of the payments-api v2.14.0 outage). The gate
``signalcraft.copilot.sql_guard.safe`` was called on every gold, its code not opened. Nothing else was read, beyond
file names in directory listings of ``benchmarks/``. This set is not wired into ``ask_questions`` by its author. Each
row is ``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask, each of whose daily tool is another query language, so that about half of what they type is that
language's syntax (pipes, label selectors, clauses, field:value filters, formulas) mixed with plain English, and they
name the store's things the way their own tool shows them (``env="prod"``, ``service:checkout-web``,
``project = IDENTITY``, ``priority = Critical``, "monitors", "downtimes", "deployment markers"). None of their cities,
organisations or first languages appears in an earlier set's docstring (the earlier docstrings name no Gaborone,
Bhubaneswar, Vientiane, Tromsø or Hargeisa, no Setswana, Odia, Lao, Northern Sámi or Somali voice, and no diamond,
steel, mobile-bank, cruise-line or livestock-export organisation). Each asks three questions in every category (24 each,
three of them refusals), and every one of them keeps a UTC board, so their days are UTC days:

- Kagiso, a security-operations engineer at a diamond sorting and valuation company in Gaborone, Setswana first
  language, who lives in Splunk: SPL searches (``index=alerts severity=critical env=prod earliest=-24h | table *``,
  ``| stats count by name | sort -count | head 4``, ``earliest=@d``, ``| dedup``, ``[search ...]``), "ke kopa"
  (please), "eish"; now 09:00 CAT on Wednesday 12 March (2025-03-12 07:00 UTC);
- Subhashree, an Azure platform engineer in the IT department of a steel plant in Bhubaneswar, Odia first language,
  whose day is Kusto in Log Analytics: KQL (``Alerts | where Service == "token-service"``, ``ago(7d)``,
  ``summarize count() by bin(StartTime, 1h)``, ``top 3 by count_``, ``| project``, ``datetime_diff``), Indian
  English ("kindly", "pls share", "for this only", "what all"); now 13:30 IST on Wednesday 12 March (08:00 UTC);
- Souksavanh, a platform engineer at a mobile bank in Vientiane, Lao first language, who reads Prometheus and Loki in
  Grafana: PromQL and LogQL (``ALERTS{alertstate="firing", namespace="identity"}``, ``[24h]``, ``offset 1d``,
  ``topk``/``bottomk``, ``count by (team)``, ``@ <epoch>``, ``{env="prod"} | level="error"``), articles and plural
  endings dropped, "sabaidee", "khop jai"; now 16:00 ICT on Wednesday 12 March (09:00 UTC);
- Áile, an SRE on the booking platform of an Arctic cruise line in Tromsø, Northern Sámi first language and Norwegian
  second, who came from a New Relic shop to a Datadog one: NRQL (``SELECT ... FROM Alert WHERE ... SINCE 1 day ago
  TIMESERIES 1 hour``, ``FACET``, ``percentage()``) and Datadog search (``service:indexer env:prod
  -status:resolved``), "monitors" for alerts, "downtimes" for silences, "deployment markers" for deploys, Scandinavian
  agreement slips ("which monitors was still triggered"), "Bures!" (hello), one question half in Norwegian; now 11:30
  CET on Wednesday 12 March (10:30 UTC);
- Hodan, a delivery manager at a livestock-export marketplace in Hargeisa, Somali first language, who runs the weekly
  report from Jira and Google Sheets: JQL (``project = CHECKOUT AND status = "firing" ORDER BY created DESC``, ``type
  in (...)``, ``comment ~ "reindex"``), spreadsheet words and formulas (``=COUNTIFS``, ``=AVERAGE``, ``=IF(...)``,
  "pivot by", "filter to"), "walaal", "mahadsanid"; now 10:00 EAT on Thursday 13 March (2025-03-13 07:00 UTC).

42 of the 105 questions that are not refusals relate two kinds of record in time, by scope or by reference: five in
filters (by007 alerts after a deploy, by011 after a flag change, by012 Grafana alerts after a deploy, by014 after the
v2.14.0 deploy, by015 incidents with their suspect), four in time (by022 minutes from the v2.14.0 deploy to the first
alert after it, by024 alerts firing when the rollback went live, by025 changes in the hour before the first
checkout-web alert, by030 the first alert after the rollback), five in aggregates (by036 alerts after each deploy
averaged, by037 deploys before each incident averaged, by039 share of incidents with an early warning, by044 the
suspects' median lag, by045 deploys followed by an alert), four in top_n (by051 whose changes were suspects, by054
alerts after a service's own deploys, by057 incidents with early warnings per service, by060 incidents without a
suspect per alert name), four in changes (by066 changes before the first payments-api alert, by069 deploys with no
alert after them, by073 deploys that were suspects, by074 human changes while an incident was open), five in silences
(by083 silences Alertmanager says muted something, by086 silences created during an incident, by087 alerts that
started under a silence, by088 alerts acked while firing, by090 incidents with a silence created during them) and all
fifteen joins (by091..by105). No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC; each person's days are UTC days and no question is read in another zone. The nows: Kagiso
  2025-03-12 07:00, Subhashree 2025-03-12 08:00, Souksavanh 2025-03-12 09:00, Áile 2025-03-12 10:30, Hodan 2025-03-13
  07:00, all after every record. A relative window runs back from now to now, both ends included: SPL
  ``earliest=-24h`` / ``-7d`` / ``-30d``, KQL ``ago(1d)`` / ``ago(7d)`` (``> ago(7d)`` excludes its start), PromQL
  ``[24h]`` and "last 24h" / "last 6h", NRQL ``SINCE 1 day ago`` / ``1 week ago`` / ``2 weeks ago`` / ``30 days ago``;
  ``SINCE 1 month ago`` is one calendar month back (2025-02-12 10:30). SPL ``earliest=@d`` is today from 00:00 UTC to
  now; "yesterday" and "11 March" are ``[2025-03-11, 2025-03-12)``; "in March" is 2025-03-01 to now; "in February"
  and JQL ``created >= "2025-02-01" AND created < "2025-03-01"`` are February; "since 10 march" runs from 2025-03-10 to
  now. Explicit ends are read as each tool reads them: SPL ``latest=`` and NRQL ``UNTIL`` exclude their end, KQL
  ``between (a .. b)`` and JQL ``<=`` include it. ``offset 1d`` is the same six hours one day earlier, both counts side
  by side; ``@ 1741704300`` is 2025-03-11 14:45:00 UTC. Buckets (``span=1h``, ``bin(..., 1d)``, ``bin(..., 5m)``,
  ``TIMESERIES 1 hour`` / ``1 day``) are UTC buckets of ``starts_at``; buckets with no alert are absent. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a sample's or a log line's ``timestamp``); "still firing now", "active
  right now" and "what was firing that moment" are the state at that instant.
- The tools' words: alerts (``index=alerts``, ``Alerts``, ``ALERTS{...}``, ``FROM Alert``, "monitors") are the
  ``alerts`` view's rows, every column for a list; ``severity=`` / ``priority =`` is ``severity``; ``env=prod`` /
  ``env:prod`` / ``Environment == "production"`` is ``environment_canonical = 'production'`` for alerts and
  ``environment`` for changes, incidents and silences; ``-status:resolved`` and JQL ``status = "firing"`` are
  ``status`` other than resolved; ``project = X`` is the ``project`` column. A label selector on a label other than the
  store's columns is that label: ``namespace="identity"`` is ``labels['namespace']`` (the e-mail alert of user-profile,
  which carries no namespace label, is left out), ``cluster=~"staging.*"`` is ``labels['cluster'] LIKE 'staging%'``
  (the Grafana alerts carry no cluster label), ``count by (team)`` over ``cluster="prod-eu-west-1"`` groups
  ``labels['team']``. LogQL ``| level="error"`` is ``is_error`` (every error line of the store is ERROR). A
  ``stats ... by`` / ``summarize ... by`` / ``FACET`` / "pivot by" is a count per value, most first; ``| table a b c``,
  ``| project A, B`` and a column list are those columns; ``| dedup created_by`` is each person once; ``head N``,
  ``top N``, ``topk(N, ...)``, ``LIMIT N`` are the first N by count with ties by name (no N asked is crossed by a tie),
  ``bottomk(3, ...)`` the three with the fewest alerts of production. ``=COUNTIF`` / ``=COUNTIFS`` is one count,
  ``=AVERAGE(alert_count)`` the incidents' mean alert count to one decimal, ``=IF(COUNTIFS(...)>0,TRUE,FALSE)`` one
  boolean per row.
- Changes are their ``phase = 'live'`` reports: "deploys", ``type=deployment``, "deployment markers" are
  ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows), rollbacks, flag
  changes, releases, config changes and scale events their types, and "changes" or "what changed" every live report of
  any type (scale events included). A version is ``coalesce(details['ref'], version)``; "which version running in prod
  now" is that of the last live deployment or rollback of the service in production. "Scale down" is
  ``details['replicas_to'] < details['replicas_from']`` as integers. "Humans only (not argocd, not
  deployment-controller)" leaves out ``argocd (automated)`` and ``deployment-controller``; ``actor="argocd*"`` and
  ``created_by="kenji*"`` are prefixes. "The v2.14.0 deploy" is payments-api's live production deployment of v2.14.0;
  "the rollback" (on 11 March, "yesterday") payments-api's live production rollback that day; "the New checkout flow
  flag" the live flag change whose summary names it.
- Relations keep the first kind named and meet the other on service and canonical environment (a change's
  ``environment`` against an alert's ``environment_canonical``): "within N min after" is ``[t, t + N]``, "in the hour
  before" / "the 30 min before" ``[t - N, t]``; changes around one alert are those of its environment (production), any
  service unless named. "Any service any env" around one event (by101) is every alert in its window, "(any service)"
  (by030) every alert after it. "For each ... (zero also)" is one row per thing, 0 where none met; "on avg ..." the
  mean of those counts to one decimal. "Suspect" is ``incident_suspects``: "incidents that have a suspect change" its
  rows, "whose changes got blamed" counts distinct incidents per ``change_actor``, "which deploy got blamed" the live
  deployment rows whose id is some incident's ``change_id``, "median lag" the median ``lag_s`` in minutes. "Had an
  early warning before them" is a row in ``incident_warnings``; "for each incident that had early warnings" one row per
  such incident with ``count(*)`` and the earliest warning's ``max(lead_min)``; "without any early warning" no such
  row. "How they got fixed" is ``alert_groups`` joined to ``resolutions``. An incident is open from ``opened_at`` until
  ``resolved_at`` (now while NULL), ends included; a change or a silence "while an incident was open" has its time
  (a silence its ``created_at``) inside that span; a silence meets an incident or alert on its service and, when it
  pins one, its environment (one that pins none covers every environment; a silence that pins no service meets
  nothing). "Alerts which started while a silence was in effect" start in ``[starts_at, min(ends_at, expired_at))`` of
  a silence of their service. An ack names its alert by its ``alertname`` and ``service`` matchers and counts as taken
  "while still firing" when it came in the alert's span (an alert that never resolved is still firing, so a February
  ack also pairs with a January alert of the same name and service that never ended); the pairs are listed with the
  alert's name, service and start and the ack's actor. "Muted something according to alertmanager" is a silence named
  in ``alert_mutes.silenced_by``. A metric "while the X alert was firing" is its samples inside any firing of that
  alert. Log lines "in the 5 min after" the v2.14.0 deploy are the named service's production lines in ``[t, t + 5]``.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones; "closed incidents" are the resolved ones);
  ``percentile(Duration, 95)`` is ``quantile_cont(..., 0.95)``; a silence's length "actually in place" / "how long they
  really was in place" runs from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at`` (hours when asked, to
  one decimal); a snooze's length is its ``duration_s``; percentages are ``round(100.0 * part / whole, 1)`` over the
  rows the question selects; ``max_over_time(...[24h])`` is the largest sample in the window.
- Refusals: the service "billing-gateway", the service "ledger-sync", the cluster "prod-ap-south-1" (the store has
  prod-eu-west-1 and staging-eu-west-1), the environment "qa" and the person "abdi.farah" are ungrounded; a JQL for
  stale tickets, ``summarize`` against ``make-series`` in KQL, a Splunk saved search for VPN logins, a Prometheus
  ``scrape_interval`` and the weather in Tromsø are not about this data; ``| delete``, setting monitors to resolved,
  putting a silence on the indexer, a Kusto ``.set-or-replace`` that ends every silence and a bulk Jira transition to
  Resolved ask to change the data.
"""

SPL = "2025-03-12T07:00:00+00:00"
KQL = "2025-03-12T08:00:00+00:00"
PROMQL = "2025-03-12T09:00:00+00:00"
NRQL = "2025-03-12T10:30:00+00:00"
JQL = "2025-03-13T07:00:00+00:00"

_V2140 = """(SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                    AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"""
_ROLLBACK = """(SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback'
                    AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"""

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "by001",
        "filters",
        "index=alerts severity=critical env=prod earliest=-24h | table *   ke kopa, full rows",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        SPL,
    ),
    (
        "by002",
        "filters",
        'Alerts | where Service == "token-service" and Environment == "staging"  -- kindly share all alerts '
        "for this only",
        """SELECT * FROM alerts
           WHERE service = 'token-service' AND environment_canonical = 'staging'""",
        KQL,
    ),
    (
        "by003",
        "filters",
        'sabaidee. ALERTS{alertstate="firing", namespace="identity"} which alert still firing now?',
        """SELECT * FROM alerts
           WHERE labels['namespace'] = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        PROMQL,
    ),
    (
        "by004",
        "filters",
        "Bures! monitors service:indexer env:prod -status:resolved , which ones is still open?",
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production' AND status <> 'resolved'""",
        NRQL,
    ),
    (
        "by005",
        "filters",
        'project = SEARCH AND status = "firing" ORDER BY created DESC',
        """SELECT * FROM alerts
           WHERE project = 'search' AND status = 'firing'
           ORDER BY starts_at DESC""",
        JQL,
    ),
    (
        "by006",
        "filters",
        "index=changes type=rollback env=prod | table *    all rollbacks we ever did in prod",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'""",
        SPL,
    ),
    (
        "by007",
        "filters",
        'Alerts | where Service == "payments-api" and Environment == "production" -- out of these only the ones '
        "which started within 15 min after a payments-api deploy to prod. Pls share",
        """SELECT * FROM alerts a
           WHERE a.service = 'payments-api' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        KQL,
    ),
    (
        "by008",
        "filters",
        '{service="indexer", severity="warning"} last 24h, give me list pls',
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        PROMQL,
    ),
    (
        "by009",
        "filters",
        "SELECT * FROM Alert WHERE priority = 'critical' AND service = 'checkout-web' SINCE 1 day ago",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by010",
        "filters",
        'project = IDENTITY AND priority = Critical AND created >= "2025-02-01" AND created < "2025-03-01"',
        """SELECT * FROM alerts
           WHERE project = 'identity' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        JQL,
    ),
    (
        "by011",
        "filters",
        "eish. prod alerts that fired in the 15 min after a flag change on the same service | table *",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SPL,
    ),
    (
        "by012",
        "filters",
        'Alerts | where Source == "grafana" -- from these kindly filter only those which fired within 1 hour '
        "after a deploy of same service in same enviroment",
        """SELECT * FROM alerts a
           WHERE a.source = 'grafana'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KQL,
    ),
    (
        "by013",
        "filters",
        'ALERTS{cluster=~"staging.*"} on 11 march, the list',
        """SELECT * FROM alerts
           WHERE labels['cluster'] LIKE 'staging%'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PROMQL,
    ),
    (
        "by014",
        "filters",
        "monitors service:payments-api env:prod that triggered after v2.14.0 went live. SINCE 1 day ago",
        f"""SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= {_V2140}
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by015",
        "filters",
        "filter to incidents in project = CHECKOUT that have a suspect change, ORDER BY opened DESC",
        """SELECT * FROM incident_suspects
           WHERE project = 'checkout'
           ORDER BY opened_at DESC""",
        JQL,
    ),
    # ---------------------------------------------------------------- time
    (
        "by016",
        "time",
        "index=alerts earliest=-24h | timechart span=1h count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 07:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY hour ORDER BY hour""",
        SPL,
    ),
    (
        "by017",
        "time",
        "Alerts | where StartTime > ago(7d) | summarize count() by bin(StartTime, 1d)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-05 08:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           GROUP BY day ORDER BY day""",
        KQL,
    ),
    (
        "by018",
        "time",
        'ALERTS{alertstate="firing"} @ 1741704300   (= 14:45 utc yesterday) what was firing that moment?',
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        PROMQL,
    ),
    (
        "by019",
        "time",
        "SELECT count(*) FROM Alert WHERE env = 'staging' SINCE 1 day ago TIMESERIES 1 hour",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
           GROUP BY hour ORDER BY hour""",
        NRQL,
    ),
    (
        "by020",
        "time",
        'project = CHECKOUT AND created >= "2025-03-11 14:00" AND created <= "2025-03-11 16:00" ORDER BY created ASC',
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'
           ORDER BY starts_at""",
        JQL,
    ),
    (
        "by021",
        "time",
        'index=alerts earliest="03/11/2025:00:00:00" latest="03/11/2025:06:00:00" | table *',
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        SPL,
    ),
    (
        "by022",
        "time",
        "datetime_diff in minutes between payments-api v2.14.0 going live in prod and the first payments-api alert "
        "after it?",
        f"""SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api' AND starts_at >= {_V2140}))
                          - epoch({_V2140})) / 60, 1) AS minutes""",
        KQL,
    ),
    (
        "by023",
        "time",
        'ALERTS{service="payments-api"} on 11 march, when it start and when it stop?',
        """SELECT min(starts_at) AS first_start, max(ends_at) AS last_end
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PROMQL,
    ),
    (
        "by024",
        "time",
        "which monitors was still triggered at the moment the payments-api rollback went live yesterday?",
        f"""SELECT * FROM alerts
           WHERE starts_at <= {_ROLLBACK}
             AND (ends_at IS NULL OR ends_at > {_ROLLBACK})""",
        NRQL,
    ),
    (
        "by025",
        "time",
        "what changed in production (any service) in the hour before the first checkout-web alert on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                 AND
                 (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        JQL,
    ),
    (
        "by026",
        "time",
        "index=alerts earliest=@d | table *     today only",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        SPL,
    ),
    (
        "by027",
        "time",
        "Alerts | where StartTime between (datetime(2025-03-11 14:30) .. datetime(2025-03-11 15:30)) "
        "| summarize count() by bin(StartTime, 5m)",
        """SELECT time_bucket(INTERVAL 5 MINUTE, starts_at) AS bucket, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:30:00+00'
           GROUP BY bucket ORDER BY bucket""",
        KQL,
    ),
    (
        "by028",
        "time",
        "count alerts last 6h vs same 6h with offset 1d, two numbers pls",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-12 03:00:00+00'
                                  AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00') AS last_6h,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 03:00:00+00'
                                  AND starts_at <= TIMESTAMPTZ '2025-03-11 09:00:00+00') AS offset_1d
           FROM alerts""",
        PROMQL,
    ),
    (
        "by029",
        "time",
        "SELECT count(*) FROM Alert SINCE '2025-03-08 00:00:00' UNTIL '2025-03-12 00:00:00' TIMESERIES 1 day",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY day ORDER BY day""",
        NRQL,
    ),
    (
        "by030",
        "time",
        "walaal what time the first alert started after the payments-api rollback went live on 11 March? any service",
        f"""SELECT min(starts_at) AS first_alert
           FROM alerts
           WHERE starts_at >= {_ROLLBACK}""",
        JQL,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "by031",
        "aggregates",
        "index=alerts earliest=-30d | stats count by severity | sort -count",
        """SELECT severity, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-10 07:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY severity ORDER BY alerts DESC, severity""",
        SPL,
    ),
    (
        "by032",
        "aggregates",
        "Alerts | where isnotnull(EndTime) | summarize avg(datetime_diff('minute', EndTime, StartTime)) by Service "
        "-- means avg resolve time per service in minutes",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
           GROUP BY service ORDER BY avg_minutes DESC, service""",
        KQL,
    ),
    (
        "by033",
        "aggregates",
        'count by (team) (ALERTS{severity="critical", cluster="prod-eu-west-1"}), all time',
        """SELECT labels['team'] AS team, count(*) AS alerts
           FROM alerts
           WHERE severity = 'critical' AND labels['cluster'] = 'prod-eu-west-1'
           GROUP BY team ORDER BY alerts DESC, team""",
        PROMQL,
    ),
    (
        "by034",
        "aggregates",
        "SELECT percentage(count(*), WHERE priority = 'critical') FROM Alert WHERE env = 'prod' SINCE 1 week ago",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by035",
        "aggregates",
        '=COUNTIFS(env, "staging", service, "search-api")  how much is it?',
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging' AND service = 'search-api'""",
        JQL,
    ),
    (
        "by036",
        "aggregates",
        "for every prod deploy count the alerts on that service in the next 15m, then | stats avg(count). "
        "deploys with zero count too",
        """SELECT round(avg(n), 1) AS avg_alerts
           FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        SPL,
    ),
    (
        "by037",
        "aggregates",
        "on avg how many deploys happened in the 60 min before each prod incident? summarize avg(), "
        "incidents with zero deploys also to be counted",
        """SELECT round(avg(n), 1) AS avg_deploys
           FROM (
               SELECT g.id, count(c.id) AS n
               FROM alert_groups g
               LEFT JOIN change_events c
                 ON c.type = 'deployment' AND c.phase = 'live'
                AND c.service = g.service AND c.environment = g.environment
                AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
               WHERE g.environment = 'production'
               GROUP BY g.id)""",
        KQL,
    ),
    (
        "by038",
        "aggregates",
        'max_over_time(hikaricp_connections_pending{service="payments-api"}[24h])',
        """SELECT max(value) AS max_value
           FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND labels['service'] = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        PROMQL,
    ),
    (
        "by039",
        "aggregates",
        "what percentage of incidents SINCE 1 week ago had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                      / count(*), 1) AS pct_warned
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by040",
        "aggregates",
        "=AVERAGE(alert_count) for the incidents in project = CHECKOUT",
        """SELECT round(avg(alert_count), 1) AS avg_alerts
           FROM alert_groups
           WHERE project = 'checkout'""",
        JQL,
    ),
    (
        "by041",
        "aggregates",
        "index=audit action=snooze | stats sum(duration) by actor   in minutes pls",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes
           FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor ORDER BY minutes DESC, actor""",
        SPL,
    ),
    (
        "by042",
        "aggregates",
        "Incidents | where isnotnull(ResolvedAt) | summarize percentile(Duration, 95)  -- in minutes kindly",
        """SELECT round(quantile_cont((epoch(resolved_at) - epoch(opened_at)) / 60, 0.95), 1) AS p95_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        KQL,
    ),
    (
        "by043",
        "aggregates",
        'sum(count_over_time({service="cart-service", env="prod"} | level="error" [1d])) for 11 march only',
        """SELECT count(*) AS error_lines
           FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PROMQL,
    ),
    (
        "by044",
        "aggregates",
        "median lag between the suspect change and its incident, in minutes, SINCE 1 month ago",
        """SELECT round(median(lag_s) / 60, 1) AS median_lag_minutes
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-12 10:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by045",
        "aggregates",
        "how many deploys in Febuary had an alert on the same service within 15 min after? one number like COUNTIF",
        """SELECT count(*) AS deploys
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        JQL,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "by046",
        "top_n",
        "index=alerts earliest=-7d | stats count by name | sort -count | head 4",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-05 07:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 4""",
        SPL,
    ),
    (
        "by047",
        "top_n",
        "Alerts | summarize count() by Service | top 3 by count_",
        """SELECT service, count(*) AS alerts
           FROM alerts
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        KQL,
    ),
    (
        "by048",
        "top_n",
        'topk(2, sum by (service) (count_over_time({env="prod"} | level="error" [24h])))',
        """SELECT service, count(*) AS error_lines
           FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 2""",
        PROMQL,
    ),
    (
        "by049",
        "top_n",
        "SELECT count(*) FROM Alert WHERE env = 'staging' FACET service LIMIT 3",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NRQL,
    ),
    (
        "by050",
        "top_n",
        "who deployed the most in March? pivot by actor, top 3",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        JQL,
    ),
    (
        "by051",
        "top_n",
        "whose changes got blamed as the suspect for the most incidents | head 1",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        SPL,
    ),
    (
        "by052",
        "top_n",
        "Alerts | where StartTime >= datetime(2025-03-11) and StartTime < datetime(2025-03-12) "
        "| summarize count() by bin(StartTime, 1h) | top 1 by count_",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        KQL,
    ),
    (
        "by053",
        "top_n",
        "topk(3, count by (metric_key) (early warnings))",
        """SELECT metric_key, count(*) AS warnings
           FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 3""",
        PROMQL,
    ),
    (
        "by054",
        "top_n",
        "which service got the most monitors triggering within 15 min after its own deploys? only top 1",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NRQL,
    ),
    (
        "by055",
        "top_n",
        "who acked the most alerts? top 2 with their count",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 2""",
        JQL,
    ),
    (
        "by056",
        "top_n",
        "index=changes earliest=-30d | stats count by type | sort -count | head 3",
        """SELECT type, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-10 07:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY type ORDER BY changes DESC, type LIMIT 3""",
        SPL,
    ),
    (
        "by057",
        "top_n",
        "top 2 services by number of incidents which had an early warning before them",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        KQL,
    ),
    (
        "by058",
        "top_n",
        'bottomk(3, count by (service) (ALERTS{env="prod"})), least noisy service in prod',
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
           GROUP BY service ORDER BY alerts ASC, service LIMIT 3""",
        PROMQL,
    ),
    (
        "by059",
        "top_n",
        "the 3 longest closed incidents SINCE 2 weeks ago: service, alertname, minutes. takk",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-26 10:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
           ORDER BY minutes DESC LIMIT 3""",
        NRQL,
    ),
    (
        "by060",
        "top_n",
        "which alertname has the most incidents with no suspect change? top 1 pls",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents
           FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1""",
        JQL,
    ),
    # ---------------------------------------------------------------- changes
    (
        "by061",
        "changes",
        "index=changes type=flag_change env=prod | table _time service summary actor",
        """SELECT timestamp, service, summary, actor
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'""",
        SPL,
    ),
    (
        "by062",
        "changes",
        'ChangeEvents | where Service == "auth-api" and Type == "deployment" | distinct Environment, Version',
        """SELECT DISTINCT environment, coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'""",
        KQL,
    ),
    (
        "by063",
        "changes",
        'like build_info{service="payments-api", env="prod"}  which version running in prod now?',
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        PROMQL,
    ),
    (
        "by064",
        "changes",
        "deployment markers WHERE env = 'staging' SINCE 1 day ago",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by065",
        "changes",
        'project = IDENTITY AND type = "config change"  who did them and when?',
        """SELECT actor, timestamp
           FROM change_events
           WHERE project = 'identity' AND type = 'config_update' AND phase = 'live'""",
        JQL,
    ),
    (
        "by066",
        "changes",
        "what changed in prod in the 30 min before the first payments-api alert yesterday "
        "| table _time type service summary",
        """SELECT timestamp, type, service, summary
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND
                 (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SPL,
    ),
    (
        "by067",
        "changes",
        'ChangeEvents | where Type == "rollback" -- only those which went live within 1 hour after a deployment '
        "of same service and same env",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        KQL,
    ),
    (
        "by068",
        "changes",
        "scale down events of payments-api in prod (replica going down), list",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        PROMQL,
    ),
    (
        "by069",
        "changes",
        "deploys env:prod SINCE 1 week ago which had no monitor triggering in the 15 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NRQL,
    ),
    (
        "by070",
        "changes",
        "project = CHECKOUT AND environment = staging AND type in (deployment, flag_change) ORDER BY created DESC",
        """SELECT * FROM change_events
           WHERE project = 'checkout' AND environment = 'staging'
             AND type IN ('deployment', 'flag_change') AND phase = 'live'
           ORDER BY timestamp DESC""",
        JQL,
    ),
    (
        "by071",
        "changes",
        'index=changes type=deployment actor="argocd*" | stats latest(_time) by service',
        """SELECT service, max(timestamp) AS last_deploy
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor LIKE 'argocd%'
           GROUP BY service""",
        SPL,
    ),
    (
        "by072",
        "changes",
        'ChangeEvents | where Type == "release" and Timestamp >= datetime(2025-03-11) and Timestamp < '
        "datetime(2025-03-12) | project Service, Version, Actor",
        """SELECT service, coalesce(details['ref'], version) AS version, actor
           FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KQL,
    ),
    (
        "by073",
        "changes",
        "which deploy got blamed as suspect of some incident? the list of deploy",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        PROMQL,
    ),
    (
        "by074",
        "changes",
        "changes by humans only (not argocd, not deployment-controller) env:prod that happened while an incident "
        "on the same service was open",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:30:00+00'))""",
        NRQL,
    ),
    (
        "by075",
        "changes",
        "how many minutes was payments-api v2.14.0 live in prod before the rollback went live?",
        f"""SELECT round((epoch({_ROLLBACK}) - epoch({_V2140})) / 60, 1) AS minutes""",
        JQL,
    ),
    # ---------------------------------------------------------------- silences
    (
        "by076",
        "silences",
        "index=audit action=ack earliest=-30d | table _time actor comment",
        """SELECT timestamp, actor, comment
           FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-10 07:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        SPL,
    ),
    (
        "by077",
        "silences",
        "Silences | where StartsAt <= now() and EndsAt > now()  -- what all silences are active right now?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        KQL,
    ),
    (
        "by078",
        "silences",
        'silence with matcher {alertname="MetricAnomaly"}, which one?',
        """SELECT * FROM silences
           WHERE list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=MetricAnomaly')""",
        PROMQL,
    ),
    (
        "by079",
        "silences",
        "downtimes created SINCE 1 week ago",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NRQL,
    ),
    (
        "by080",
        "silences",
        "silences pivot by created_by, count each",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        JQL,
    ),
    (
        "by081",
        "silences",
        'index=silences created_by="kenji*" | table silence_id comment starts_at ends_at',
        """SELECT silence_id, comment, starts_at, ends_at
           FROM silences
           WHERE created_by LIKE 'kenji%'""",
        SPL,
    ),
    (
        "by082",
        "silences",
        "silences created on 11 March -- for each one, silence id and how many minutes it was actually in place",
        """SELECT silence_id,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KQL,
    ),
    (
        "by083",
        "silences",
        "which silence really muted something, according to alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        PROMQL,
    ),
    (
        "by084",
        "silences",
        "downtimes which somebody expired early, who ended it and when?",
        """SELECT expired_by, expired_at
           FROM silences
           WHERE expired_early""",
        NRQL,
    ),
    (
        "by085",
        "silences",
        'silences where comment ~ "reindex"',
        """SELECT * FROM silences
           WHERE comment ILIKE '%reindex%'""",
        JQL,
    ),
    (
        "by086",
        "silences",
        "silences that got created while an incident on the same service was still open "
        "| table silence_id service created_by created_at",
        """SELECT s.silence_id, s.service, s.created_by, s.created_at
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:00:00+00'))""",
        SPL,
    ),
    (
        "by087",
        "silences",
        "Alerts | join kind=inner Silences on Service | where StartTime between (StartsAt .. EndsAt)  -- i.e. "
        "alerts which started while a silence on their service was in effect",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        KQL,
    ),
    (
        "by088",
        "silences",
        "alerts which got acked while still firing: alertname, service, start time, who acked",
        """SELECT a.name, a.service, a.starts_at, k.actor
           FROM alerts a
           JOIN audit_log k
             ON k.action = 'ack'
            AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name)
            AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service)
            AND k.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR k.timestamp < a.ends_at)""",
        PROMQL,
    ),
    (
        "by089",
        "silences",
        "total silenced hours per author SINCE 30 days ago, only how long they really was in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-10 10:30:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
           GROUP BY created_by ORDER BY hours DESC, created_by""",
        NRQL,
    ),
    (
        "by090",
        "silences",
        "incidents in project = SEARCH which had a silence created during them (same service)",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'search'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:00:00+00'))""",
        JQL,
    ),
    # ---------------------------------------------------------------- joins
    (
        "by091",
        "joins",
        "index=alerts env=prod [search index=changes type=deployment env=prod]  = alerts that started within 15m "
        "after a deploy of the same service | table _time service name version",
        """SELECT a.starts_at, a.service, a.name, coalesce(c.details['ref'], c.version) AS version
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE a.environment_canonical = 'production'""",
        SPL,
    ),
    (
        "by092",
        "joins",
        "for each prod deploy on 11 March: service, version and how many alerts in the following 30 min "
        "(zero also pls)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE) AS alerts
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KQL,
    ),
    (
        "by093",
        "joins",
        "incidents since 10 march with their suspect if any (empty when none): service, alertname, opened, "
        "suspect version. khop jai",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        PROMQL,
    ),
    (
        "by094",
        "joins",
        "SELECT count(*) FROM Incident FACET suspect.changeType",
        """SELECT change_type, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_type ORDER BY incidents DESC, change_type""",
        NRQL,
    ),
    (
        "by095",
        "joins",
        "for each incident in project = CHECKOUT that had early warnings: service, alertname, opened, "
        "number of warnings and the lead in minutes of the earliest one",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  count(*) AS warnings, max(lead_min) AS earliest_lead_min
           FROM incident_warnings
           WHERE project = 'checkout'
           GROUP BY group_id, service, alertname, opened_at""",
        JQL,
    ),
    (
        "by096",
        "joins",
        "who put silnces on while an incident on the same service was open | dedup created_by",
        """SELECT DISTINCT s.created_by
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:00:00+00'))""",
        SPL,
    ),
    (
        "by097",
        "joins",
        'LogEvents | where Service == "checkout-web" and IsError -- count of these in the 5 min after '
        "payments-api v2.14.0 went live in prod",
        f"""SELECT count(*) AS error_lines
           FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN {_V2140} AND {_V2140} + INTERVAL 5 MINUTE""",
        KQL,
    ),
    (
        "by098",
        "joins",
        "avg of hikaricp_connections_pending while HikariPoolPendingConnections alert was firing",
        """SELECT round(avg(m.value), 1) AS avg_value
           FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 09:00:00+00'))""",
        PROMQL,
    ),
    (
        "by099",
        "joins",
        "incidents env:prod SINCE 1 week ago without any early warning before them",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NRQL,
    ),
    (
        "by100",
        "joins",
        "incidents of project = IDENTITY and how they got fixed: incident, service, fix, resolved_by. mahadsanid",
        """SELECT g.id, g.service, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.project = 'identity'""",
        JQL,
    ),
    (
        "by101",
        "joins",
        "alerts (any service any env) in the 1h after the New checkout flow flag got turned on | table *",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%new checkout flow%')
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%new checkout flow%')
                 + INTERVAL 60 MINUTE""",
        SPL,
    ),
    (
        "by102",
        "joins",
        "incidents opened within 15 min after a flag change on same service | project Service, AlertName, "
        "OpenedAt, FlagSummary",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, c.summary AS flag_summary
           FROM alert_groups g
           JOIN change_events c
             ON c.type = 'flag_change' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        KQL,
    ),
    (
        "by103",
        "joins",
        "top 3 log pattern before the PaymentsAPIErrorBudgetBurn incident on 11 march",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (
                 SELECT id FROM alert_groups
                 WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND rank <= 3
           ORDER BY rank""",
        PROMQL,
    ),
    (
        "by104",
        "joins",
        "who deployed right before a monitor triggered (within 15m, same service) SINCE 1 month ago?",
        """SELECT DISTINCT c.actor
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-12 10:30:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NRQL,
    ),
    (
        "by105",
        "joins",
        "deploys in March: service, version, and TRUE/FALSE if an alert on that service came within 1 hour after "
        "(like =IF(COUNTIFS(...)>0,TRUE,FALSE))",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
                      AS alert_within_1h
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        JQL,
    ),
    # ---------------------------------------------------------------- refusals
    ("by106", "refusals", "index=alerts service=payments-api earliest=-30d | delete", "asks_to_change_data", SPL),
    (
        "by107",
        "refusals",
        'Alerts | where Cluster == "prod-ap-south-1" | count',
        "ungrounded",
        KQL,
    ),
    (
        "by108",
        "refusals",
        'ALERTS{service="ledger-sync", env="prod"} anything firing?',
        "ungrounded",
        PROMQL,
    ),
    (
        "by109",
        "refusals",
        "set status:resolved on every open monitor for service:checkout-web pls",
        "asks_to_change_data",
        NRQL,
    ),
    (
        "by110",
        "refusals",
        "what is a good JQL to find stale tickets on our board?",
        "not_about_this_data",
        JQL,
    ),
    (
        "by111",
        "refusals",
        "index=alerts service=billing-gateway earliest=-24h | stats count",
        "ungrounded",
        SPL,
    ),
    (
        "by112",
        "refusals",
        "difference between summarize and make-series in KQL? which one better for timecharts",
        "not_about_this_data",
        KQL,
    ),
    (
        "by113",
        "refusals",
        'pls silence {alertname="DiskSpaceLow", service="indexer"} for 4h, too noisy',
        "asks_to_change_data",
        PROMQL,
    ),
    (
        "by114",
        "refusals",
        "SELECT count(*) FROM Alert WHERE env = 'qa' SINCE 1 week ago",
        "ungrounded",
        NRQL,
    ),
    (
        "by115",
        "refusals",
        '=COUNTIF of the alerts where assignee = "abdi.farah", last week',
        "ungrounded",
        JQL,
    ),
    (
        "by116",
        "refusals",
        "can you write me a splunk saved search that alerts on failed VPN logins from outside Botswana?",
        "not_about_this_data",
        SPL,
    ),
    (
        "by117",
        "refusals",
        ".set-or-replace Silences <| Silences | extend EndsAt = now()  -- kindly expire all the active silences",
        "asks_to_change_data",
        KQL,
    ),
    (
        "by118",
        "refusals",
        "what is good scrape_interval in prometheus for 500 targets?",
        "not_about_this_data",
        PROMQL,
    ),
    (
        "by119",
        "refusals",
        "hva er været i Tromsø i morgen? the weather tomorrow, our ship leaves 18:00",
        "not_about_this_data",
        NRQL,
    ),
    (
        "by120",
        "refusals",
        'project = CHECKOUT AND status = "firing" -> bulk transition all of them to Resolved and assign to me',
        "asks_to_change_data",
        JQL,
    ),
]
