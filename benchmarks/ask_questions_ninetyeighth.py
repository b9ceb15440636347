"""The ninety-eighth ask question set: ids cx001..cx120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the ninety-ninth set (written
at the same time by another author). What the author read: the brief; the project's design notes
(``shared/DESIGN.md``) whole; ``docs/store.md`` whole (the terminal cut its middle, which was then printed again by
line range); the headings of ``docs/ask.md`` listed with grep and its "Shapes and joins" section printed by line range
in pieces (two stretches the terminal cut were printed again), taken as the rules for the shape of every gold answer.
One slip must be told: the first piece printed was the wrong range, lines 74 to 160 of ``docs/ask.md``, which lie in
the section "How a question is read" (what it says about names, time phrases, who made a change, asides left out of a
question); those lines were read before the mistake was seen, and nothing else of that section. Also read: the module
docstring of ``ask_questions`` (the terminal cut its middle paragraphs) and its functions ``_question`` and
``validate``; the module docstrings of the earlier sets, printed with ``ast`` into a scratch file and grepped for
cities, roles and languages, the forty-ninth's read whole for its "Conventions" list; the first ten rows of
``ask_questions_thirtieth`` and the lines defining its module-level nows (for the file format); and the demo store,
copied and opened read-only with ``SET TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12, most of them on
Tuesday 11 March, the day of the payments-api v2.14.0 outage). Every gold was passed through
``signalcraft.copilot.sql_guard.safe`` (called, not read) and run on the copy; each returns at least one row. Each row
is ``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

The theme: questions as they arrive pasted from somewhere else - a customer ticket, the notes of a meeting, an e-mail,
a Jira comment, a chat thread - so most carry context around the question itself: who wants it and why, a quoted line
from a customer or a colleague, an aside in brackets, a remark after it. Five people ask, none of them heard in an
earlier set (the earlier docstrings name no Windhoek, Quito, Port Louis, Suva or Brno, and no Namibian, Ecuadorian,
Mauritian or Fijian voice). Each asks three questions in every category (24 each, three of them refusals):

- the customer-support lead of a safari-lodge and tour booking platform in Windhoek, pasting customer tickets
  ("Ticket #7731, a lodge owner near Sossusvlei: ...") in Namibian English ("just now" for later, "eish", "ja", "she
  is waiting on the line"); now 08:30 CAT on Thursday 13 March (2025-03-13 06:30 UTC); when a customer gives a local
  time the question itself turns it into UTC;
- an engineering manager of a flower exporter's web shop in Quito, pasting from the notes of the weekly ops review
  ("Notes, item 5 - ..."), whose first language is Spanish ("actually" for currently, "since the 1 of March", "how long
  took each ...", "which type of change we had more", a subject dropped: "Raúl says is only the crashloop one");
  colleagues named in passing (Raúl, Paola, Andrés, Mateo); now 10:00 ECT on Thursday 13 March (2025-03-13 15:00 UTC);
- an internal IT auditor of a fund administrator in Port Louis writing formal e-mails in an English shaped by French
  ("in the frame of", "kindly provide", "as at that moment", "please revert", "Further to our call of Tuesday"), dates
  written day first (11/03/2025); now 09:00 MUT on Friday 14 March (2025-03-14 05:00 UTC);
- the product owner of an inter-island ferry booking app in Suva writing Jira comments ("PROJ-445: ...") in Fijian
  English ("Bula", "vinaka", "set", "pls"), who writes "(UTC)" after a day because the store's days are not Fiji's;
  now 10:00 FJT on Thursday 13 March (2025-03-12 22:00 UTC);
- an on-call developer of a public-transport ticketing company in Brno answering colleagues in a chat thread, pasting
  their lines ("> vojta: payments had some problems yesterday or not?"), whose first language is Czech (articles
  dropped, "in the night", "He is asking himself"); now 21:00 CET on Wednesday 12 March (2025-03-12 20:00 UTC).

44 of the 105 answerable questions relate two kinds of record: filters cx006, cx007, cx009, cx013, cx015; time cx019,
cx021, cx027; aggregates cx033, cx034, cx037, cx040, cx043, cx045; top_n cx048, cx050, cx052, cx054, cx058, cx060;
changes cx063, cx065, cx067, cx071, cx073; silences cx079, cx084, cx086, cx089; and all fifteen joins, cx091 to cx105.
The deploys followed by a rollback (cx075) relate two changes and are not counted.

Conventions (the shapes of "Shapes and joins", the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every day is a UTC day (the Windhoek lead converts a customer's clock in the
  question, the Suva product owner writes "(UTC)", the others keep UTC boards). The nows: Windhoek 2025-03-13 06:30,
  Quito 2025-03-13 15:00, Port Louis 2025-03-14 05:00, Suva 2025-03-12 22:00, Brno 2025-03-12 20:00, all after every
  record. "Tuesday", "11 March", "11/03/2025", "yesterday" (Brno) are ``[2025-03-11, 2025-03-12)``; "today" (Brno)
  ``[2025-03-12, now]``; "last night" (Brno) 18:00 on the 11th to 06:00 on the 12th; "between midnight and 6 in the
  morning" and "between 12:00 and 18:00" include the start and exclude the end; "this week" ``[2025-03-10, now]``;
  "the week of 10/03/2025" ``[2025-03-10, 2025-03-17)``; "this month", "in March", "since 1 March" from 2025-03-01 to
  now; "February", "in February 2025" ``[2025-02-01, 2025-03-01)``; "the weekend of 8-9 March" ``[2025-03-08,
  2025-03-10)``; "from 01/02/2025 to date" and "since 1 February" from 2025-02-01 to now; "between 01/02/2025 and
  13/03/2025 (both dates inclusive)" and "01/01/2025 to 13/03/2025" end at the start of 2025-03-14; "this year", "since
  January", "since the start of the year" from 2025-01-01 to now; "the last 30 days" and "the last 7 days" are ``(now
  - N days, now]``; "for 10/03/2025 to 12/03/2025, both days inclusive" ``[2025-03-10, 2025-03-13)``. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a sample's or a log line's ``timestamp``).
  "What was firing at 12:50 UTC", "still firing at this moment", "still open right now" are the state at that instant;
  "silences in effect at" an instant are active then (started, not ended, not expired).
- Alerts are the ``alerts`` view's rows (every column for a list); "checkout alerts" are ``project = 'checkout'``;
  incidents ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while NULL); silences the
  ``silences`` view's rows, in place from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually
  in place", "as they were really in place"), their "scheduled length" ``starts_at`` to ``ends_at``; "who silenced"
  is ``created_by``. Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1
  in production on the 11th, reported by two tools, is two rows), "rollbacks", "config changes", "flag changes",
  "releases" their types; "changes" of any type. A version is ``coalesce(details['ref'], version)``
  (``change_details['ref']`` and ``change_version`` in the incident views); "which version is actually in production"
  is that of the last live deployment or rollback. "Humans (not argocd, not the deployment controller)" leaves out
  ``argocd (automated)`` and ``deployment-controller``; "kenji", "maria" and "lucie.novak" are ``ILIKE`` on the
  stored names. The names of colleagues who pass a question on (Raúl, Paola, Andrés, Mateo, vojta, Lukas, Pavel) and
  ticket, item and PROJ numbers are context, not filters; "snoozes" are ``audit_log`` rows with ``action = 'snooze'``,
  "on HighLatencyP99 in staging" their ``alertname`` and ``environment`` matchers; "acked" ``action = 'ack'``.
- Relations keep the first kind named and meet the other on service and canonical environment: an alert "within N
  minutes / in the hour / in the 30 minutes after" a change starts in ``[t, t + N]``; changes "in the 30 minutes / the
  hour / the 3 hours before" the first alert of a service that day are ``[t - N, t]`` in that alert's environment, on
  any service unless one is named (cx065 has staging, cx021 production, cx071 checkout-web in production).
  "payments-api v2.14.0 went live in production" is its live deployment at 14:31:22 (cx006, cx019, cx097); "the
  payments-api rollback went live" the first live payments-api rollback at or after the first checkout-web alert of
  the 11th (cx027). "How long was payments-api down on 11 March" runs from the first of that day's payments-api
  alerts' start to the last one's end. Silences meet alerts and incidents on service and, when they pin one,
  environment: alerts "firing while its silence was on" overlap its span (cx079); alerts "that started during an
  active silence" start inside it, start included, end excluded (cx094); silences "created while an incident on the
  same service was open" have ``created_at`` inside the incident's span, ends included (cx013, cx058); "production
  silences, on any service, in effect while" an incident was open overlap its span (cx086); "silences created within
  an hour after an alert on the same service started" one row per pair (cx084). Changes "while an incident on the
  same service was open" and deploys "during an open incident on a different service of the same project" have their
  time inside the incident's span, ends included. "Had an early warning before them" is a row in
  ``incident_warnings``; "for each early warning on payments-api" every ``warnings`` row whose ``service`` label is
  payments-api, started that day, with the payments-api alerts of its environment that started in ``[w, w + 15 min]``
  (0 where none). "Suspect" is ``incident_suspects``; "blamed on a deploy" its ``change_type = 'deployment'``; the
  average time between suspect and incident the mean ``lag_s / 60``. "Acknowledged while still firing" pairs an ack
  with the alert its ``alertname`` and ``service`` equality matchers name that was on at the ack's time. "Held back
  alerts, according to alertmanager" is a silence ``alert_mutes.silenced_by`` names. "Per deploy: service, version and
  the count" is one row per deploy, 0 included.
- Aggregates: durations in minutes to one decimal; averages over the rows that ended; percentages ``round(100.0 *
  part / whole, 1)`` over the rows the question selects; "on average how many alerts after each production deploy"
  the mean of the per-deploy counts (0 included, all time, up to now); "deploys per day on average" the mean of the
  daily counts (days without one not counted); "how many snoozes ... and their average length" both side by side.
  Per-value breakdowns are ``value, count`` most first. "Business hours" are Monday to Friday 09:00-17:00 UTC by
  ``created_at``; outside them is any other time.
- Top-N answers ``value, count`` most first, ties by the value, and no N asked is crossed by a tie (the two of cx058
  tie with each other, the third is well behind). "Which 2 hours of Tuesday" are the UTC hours' starts with their
  counts; "the five longest resolved incidents" service, alert name and minutes.
- Refusals: the service "ledger-service", the person "Mere Tuilau", the "uat" environment, the cluster
  "prod-eu-central-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the service "mobile-gateway" are
  ungrounded; the weather at Sesriem, the on-call payroll, an app-store blurb, ISAE 3402 control objectives and the
  difference between readiness and liveness probes are not about this data; deleting staging alerts, silencing
  DiskSpaceLow, rewriting a rollback's actor, marking an incident resolved and turning a flag back on ask to change
  the data.
"""

WINDHOEK = "2025-03-13T06:30:00+00:00"
QUITO = "2025-03-13T15:00:00+00:00"
PORT_LOUIS = "2025-03-14T05:00:00+00:00"
SUVA = "2025-03-12T22:00:00+00:00"
BRNO = "2025-03-12T20:00:00+00:00"

ROWS = [
    (
        "cx001",
        "filters",
        (
            'Ticket #7731, a lodge owner near Sossusvlei: "card payments kept failing on your side on Tuesday '
            'afternoon". Which checkout alerts started on Tuesday 11 March between 12:00 and 18:00 UTC? I\'ll '
            'reply to her just now.'
        ),
        """SELECT * FROM alerts
        WHERE project = 'checkout'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        WINDHOEK,
    ),
    (
        "cx002",
        "filters",
        (
            'From the ops weekly notes, item 3 (owner: me): "staging is too noisy". Which alerts of staging are '
            'still firing at this moment? Raúl says is only the crashloop one.'
        ),
        """SELECT * FROM alerts
        WHERE environment_canonical = 'staging'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 15:00:00+00')""",
        QUITO,
    ),
    (
        "cx003",
        "filters",
        (
            'Dear colleagues, in the frame of the Q1 change-management audit, kindly provide the list of all '
            'rollbacks executed in production between 01/02/2025 and 13/03/2025 (both dates inclusive). Please '
            'revert at your earliest convenience. Best regards'
        ),
        """SELECT * FROM change_events
        WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-14 00:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx004",
        "filters",
        (
            'PROJ-412, comment: Bula team, a customer in Nadi says sign-in was flaky this month. Can someone list '
            'the auth-api alerts in production since 1 March (UTC)? Vinaka.'
        ),
        """SELECT * FROM alerts
        WHERE service = 'auth-api' AND environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 22:00:00+00'""",
        SUVA,
    ),
    (
        "cx005",
        "filters",
        (
            '> vojta: payments had some problems yesterday or not?\n'
            'Quick sanity check before I answer him - '
            'critical alerts on payments-api yesterday please.'
        ),
        """SELECT * FROM alerts
        WHERE service = 'payments-api' AND severity = 'critical'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx006",
        "filters",
        (
            "Ticket #7740: a guest could not pay for a Swakopmund tour on the new booking page. For what it's "
            'worth, which checkout-web alerts started in the 30 minutes after payments-api v2.14.0 went live in '
            'production? Eish.'
        ),
        """SELECT * FROM alerts
        WHERE service = 'checkout-web' AND environment_canonical = 'production'
          AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                            AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        WINDHOEK,
    ),
    (
        "cx007",
        "filters",
        (
            'Notes, item 5 - "deploys that were followed by problems". Which production deploys had a critical '
            'alert on the same service in the hour after? Only the list, we discuss it in the next meeting.'
        ),
        """SELECT * FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
          AND EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = d.service AND a.environment_canonical = d.environment
                AND a.severity = 'critical'
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        QUITO,
    ),
    (
        "cx008",
        "filters",
        (
            'Further to our call of Tuesday, please provide the configuration changes made in production from '
            '01/02/2025 to date, with every field.'
        ),
        """SELECT * FROM change_events
        WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-14 05:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx009",
        "filters",
        (
            'Sprint review prep (PROJ-418): which incidents opened on 11 March (UTC) had an early warning before '
            'them? Just the incidents pls, set.'
        ),
        """SELECT * FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND id IN (SELECT group_id FROM incident_warnings)""",
        SUVA,
    ),
    (
        "cx010",
        "filters",
        (
            'Context: QA ticket says staging search is slow in the night. Can you list HighLatencyP99 alerts of '
            'search-api in staging from last night? They want it before standup tomorrow.'
        ),
        """SELECT * FROM alerts
        WHERE name = 'HighLatencyP99' AND service = 'search-api' AND environment_canonical = 'staging'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        BRNO,
    ),
    (
        "cx011",
        "filters",
        (
            'Another lodge, in Etosha, says "the login thing" is broken again. Which auth-api alerts are still '
            'open right now? Ticket #7752, she is waiting on the line.'
        ),
        """SELECT * FROM alerts
        WHERE service = 'auth-api'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 06:30:00+00')""",
        WINDHOEK,
    ),
    (
        "cx012",
        "filters",
        (
            'Item 7 of the notes: who touches production by hand. Which production deploys were made by humans '
            'since the 1 of March? (not argocd, not the deployment controller)'
        ),
        """SELECT * FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND actor NOT IN ('argocd (automated)', 'deployment-controller')
          AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'""",
        QUITO,
    ),
    (
        "cx013",
        "filters",
        (
            'For the access-control sample, please list the silences which were created while an incident on the '
            'same service was open. All fields, as per our request template.'
        ),
        """SELECT * FROM silences s
        WHERE EXISTS (
            SELECT 1 FROM alert_groups g
            WHERE g.service = s.service
              AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
              AND s.created_at >= g.opened_at
              AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 05:00:00+00'))""",
        PORT_LOUIS,
    ),
    (
        "cx014",
        "filters",
        (
            'PROJ-421: PO question for the checkout squad - which flag changes were done in production in March? '
            'Need it for the release notes, vinaka.'
        ),
        """SELECT * FROM change_events
        WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 22:00:00+00'""",
        SUVA,
    ),
    (
        "cx015",
        "filters",
        (
            'Lukas in thread: "my auth-api v4.2.1 in staging, it broke login?" Which auth-api alerts in staging '
            'started within an hour after v4.2.1 went live there?'
        ),
        """SELECT * FROM alerts a
        WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.service = 'auth-api' AND c.environment = 'staging'
                AND c.type = 'deployment' AND c.phase = 'live'
                AND coalesce(c.details['ref'], c.version) = 'v4.2.1'
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        BRNO,
    ),
    (
        "cx016",
        "time",
        (
            'Ticket #7760: the customer writes "your site was down on Tuesday at 14:50 our time". They are in '
            'Windhoek too, so that is 12:50 UTC. What was firing at 12:50 UTC on 11 March?'
        ),
        """SELECT * FROM alerts
        WHERE starts_at <= TIMESTAMPTZ '2025-03-11 12:50:00+00'
          AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 12:50:00+00')""",
        WINDHOEK,
    ),
    (
        "cx017",
        "time",
        (
            'For the MTTR slide: how long took each payments-api incident of 11 March to resolve? Alert name, '
            'opened and minutes, please.'
        ),
        """SELECT group_labels['alertname'] AS alertname, opened_at,
               round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
        FROM alert_groups
        WHERE service = 'payments-api' AND resolved_at IS NOT NULL
          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QUITO,
    ),
    (
        "cx018",
        "time",
        (
            'Please confirm for the minutes of the review: at what time did the first production alert of '
            '11/03/2025 start (UTC)?'
        ),
        """SELECT min(starts_at) AS first_start FROM alerts
        WHERE environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx019",
        "time",
        (
            'Comment on PROJ-430 (incident timeline): how many minutes between the payments-api v2.14.0 deploy '
            'going live in production and the first payments-api alert after it? Need the number for the timeline '
            'doc.'
        ),
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                      - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        SUVA,
    ),
    (
        "cx020",
        "time",
        (
            'Night shift note says "quiet night, nothing special". Hmm. Which alerts started today between '
            'midnight and 6 in the morning (UTC)?'
        ),
        """SELECT * FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        BRNO,
    ),
    (
        "cx021",
        "time",
        (
            'Follow-up on #7731: the lodge owner says payments failed "right after you changed something". What '
            'changes went live in the 30 minutes before the first payments-api alert on Tuesday? Need to explain '
            'it to her nicely.'
        ),
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
        WINDHOEK,
    ),
    (
        "cx022",
        "time",
        (
            'Notes, point 2 - the weekend on-call. How many alerts started in the weekend of 8-9 March? Only the '
            'number.'
        ),
        """SELECT count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        QUITO,
    ),
    (
        "cx023",
        "time",
        'Kindly indicate the silences that were in effect on 11/03/2025 at 14:00 UTC, as at that moment.',
        """SELECT * FROM silences
        WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:00:00+00'
          AND ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00'
          AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        PORT_LOUIS,
    ),
    (
        "cx024",
        "time",
        (
            "PROJ-433: how long was payments-api down on 11 March (UTC)? It's the number the customer-facing "
            'update will quote. In minutes pls.'
        ),
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 22:00:00+00')))
                      - epoch(min(starts_at))) / 60, 1) AS minutes
        FROM alerts
        WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUVA,
    ),
    (
        "cx025",
        "time",
        (
            '> when did token-service in staging start crashlooping?\n'
            'asking for the postmortem. Just the time '
            'please.'
        ),
        """SELECT min(starts_at) AS started FROM alerts
        WHERE service = 'token-service' AND environment_canonical = 'staging'
          AND name = 'KubePodCrashLooping'""",
        BRNO,
    ),
    (
        "cx026",
        "time",
        (
            'Quick one - when was checkout-web last deployed to production? A guest asks if we "changed the '
            'payment page".'
        ),
        """SELECT * FROM change_events
        WHERE service = 'checkout-web' AND environment = 'production'
          AND type = 'deployment' AND phase = 'live'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 06:30:00+00'
        ORDER BY timestamp DESC
        LIMIT 1""",
        WINDHOEK,
    ),
    (
        "cx027",
        "time",
        (
            'From the postmortem draft (section timeline): how many minutes from the first checkout-web alert on '
            '11 March until the payments-api rollback went live?'
        ),
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                  AND timestamp >= (SELECT min(starts_at) FROM alerts
                                                    WHERE service = 'checkout-web'
                                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')))
                      - epoch((SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        QUITO,
    ),
    (
        "cx028",
        "time",
        (
            'In the frame of the review, please provide the number of alerts per day for the period 10/03/2025 to '
            '12/03/2025, both days inclusive.'
        ),
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
        FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
        GROUP BY day
        ORDER BY alerts DESC""",
        PORT_LOUIS,
    ),
    (
        "cx029",
        "time",
        (
            'Bula! PROJ-440 - the status page draft asks: at what time on 11 March (UTC) did the last '
            'checkout-web alert end?'
        ),
        """SELECT max(ends_at) AS last_end FROM alerts
        WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUVA,
    ),
    (
        "cx030",
        "time",
        'For the handover doc: alerts per hour yesterday between 12:00 and 18:00 UTC.',
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
        FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
        GROUP BY hour
        ORDER BY alerts DESC""",
        BRNO,
    ),
    (
        "cx031",
        "aggregates",
        (
            'My manager wants one number for the monthly CX report: how many alerts did we have in February? Ja, '
            'all environments.'
        ),
        """SELECT count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        WINDHOEK,
    ),
    (
        "cx032",
        "aggregates",
        (
            'Slide 4 of the ops review: average time to resolve of the production incidents opened in February, '
            'in minutes.'
        ),
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
        FROM alert_groups
        WHERE environment = 'production' AND resolved_at IS NOT NULL
          AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        QUITO,
    ),
    (
        "cx033",
        "aggregates",
        (
            'For the report, kindly compute the percentage of production deployments since 01/01/2025 which were '
            'followed by an alert on the same service within 15 minutes.'
        ),
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                         SELECT 1 FROM alerts a
                         WHERE a.service = d.service AND a.environment_canonical = d.environment
                           AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
                     THEN 1 ELSE 0 END) / count(*), 1) AS pct
        FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
          AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND d.timestamp <= TIMESTAMPTZ '2025-03-14 05:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx034",
        "aggregates",
        (
            'PROJ-445: on average, how many alerts came in the 30 minutes after each production deploy, same '
            'service? Deploys with zero count too.'
        ),
        """SELECT round(avg(n), 1) AS avg_alerts
        FROM (
            SELECT d.id, (SELECT count(*) FROM alerts a
                          WHERE a.service = d.service AND a.environment_canonical = d.environment
                            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE) AS n
            FROM change_events d
            WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
              AND d.timestamp <= TIMESTAMPTZ '2025-03-12 22:00:00+00')""",
        SUVA,
    ),
    (
        "cx035",
        "aggregates",
        (
            'Quick sanity check for standup: how many snoozes were done yesterday, and their average length in '
            'minutes?'
        ),
        """SELECT count(*) AS snoozes, round(avg(duration_s) / 60, 1) AS avg_minutes
        FROM audit_log
        WHERE action = 'snooze'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx036",
        "aggregates",
        (
            'For the CX dashboard (the "bad days" tile): what share of the alerts on Tuesday 11 March were '
            'critical? As a percentage please.'
        ),
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
        FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WINDHOEK,
    ),
    (
        "cx037",
        "aggregates",
        (
            'Point 6, suspects: the average time between the suspect change and the incident, in minutes, for the '
            'incidents opened on 11 March?'
        ),
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes
        FROM incident_suspects
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QUITO,
    ),
    (
        "cx038",
        "aggregates",
        (
            'Please provide the number of live production changes per change type for the audit period 01/01/2025 '
            'to 13/03/2025.'
        ),
        """SELECT type, count(*) AS changes
        FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-14 00:00:00+00'
        GROUP BY type
        ORDER BY changes DESC""",
        PORT_LOUIS,
    ),
    (
        "cx039",
        "aggregates",
        (
            'Note for PROJ-450: median duration of the HighLatencyP99 alerts in staging, in minutes. The team '
            "thinks it's like 10 min, can confirm?"
        ),
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
        FROM alerts
        WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND ends_at IS NOT NULL""",
        SUVA,
    ),
    (
        "cx040",
        "aggregates",
        (
            'From #payments: "how many of yesterday\'s alerts came in the hour after a deploy to the same '
            'service?" Just the count please.'
        ),
        """SELECT count(*) AS alerts FROM alerts a
        WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM change_events c
              WHERE c.type = 'deployment' AND c.phase = 'live'
                AND c.service = a.service AND c.environment = a.environment_canonical
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        BRNO,
    ),
    (
        "cx041",
        "aggregates",
        'A lodge owner asks if we "mute things a lot". How many silences were created this week? Is it many?',
        """SELECT count(*) AS silences FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'""",
        WINDHOEK,
    ),
    (
        "cx042",
        "aggregates",
        (
            'Number for the deck: how many deploys to production per day on average in March? Deploys only, not '
            'rollbacks.'
        ),
        """SELECT round(avg(n), 1) AS avg_per_day
        FROM (
            SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS n
            FROM change_events
            WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
              AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
              AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
            GROUP BY day)""",
        QUITO,
    ),
    (
        "cx043",
        "aggregates",
        (
            'For the evidence file, please indicate how many incidents opened in February 2025 had a suspect '
            'change identified.'
        ),
        """SELECT count(DISTINCT group_id) AS incidents
        FROM incident_suspects
        WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx044",
        "aggregates",
        'PROJ-452 (capacity): max value of hikaricp_connections_pending on 11 March (UTC). Just the number.',
        """SELECT max(value) AS max_value FROM metric_points
        WHERE name = 'hikaricp_connections_pending'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUVA,
    ),
    (
        "cx045",
        "aggregates",
        "Pavel asks in thread: what percentage of yesterday's incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
               AS pct_warned
        FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx046",
        "top_n",
        'Top 3 services by alerts this week - the boss wants to know who is giving us the most noise.',
        """SELECT service, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'
        GROUP BY service
        ORDER BY alerts DESC, service
        LIMIT 3""",
        WINDHOEK,
    ),
    (
        "cx047",
        "top_n",
        (
            'Question for the notes: which type of change we had more in production in the last 30 days? Only the '
            'first one.'
        ),
        """SELECT type, count(*) AS changes FROM change_events
        WHERE phase = 'live' AND environment = 'production'
          AND timestamp > TIMESTAMPTZ '2025-03-13 15:00:00+00' - INTERVAL 30 DAY
          AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
        GROUP BY type
        ORDER BY changes DESC, type
        LIMIT 1""",
        QUITO,
    ),
    (
        "cx048",
        "top_n",
        (
            'Kindly indicate which type of change was designated as the suspect for the greatest number of '
            'incidents, together with that number.'
        ),
        """SELECT change_type, count(DISTINCT group_id) AS incidents
        FROM incident_suspects
        GROUP BY change_type
        ORDER BY incidents DESC, change_type
        LIMIT 1""",
        PORT_LOUIS,
    ),
    (
        "cx049",
        "top_n",
        'PROJ-455: which alert name fired the most in staging since 1 March (UTC)? Only the top one, vinaka.',
        """SELECT name, count(*) AS alerts FROM alerts
        WHERE environment_canonical = 'staging'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-12 22:00:00+00'
        GROUP BY name
        ORDER BY alerts DESC, name
        LIMIT 1""",
        SUVA,
    ),
    (
        "cx050",
        "top_n",
        (
            'Which service had the most alerts in the 15 minutes after its own deploys? Somebody in thread claims '
            'it is payments, I want to check.'
        ),
        """SELECT a.service, count(*) AS alerts FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM change_events c
            WHERE c.type = 'deployment' AND c.phase = 'live'
              AND c.service = a.service AND c.environment = a.environment_canonical
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
        GROUP BY a.service
        ORDER BY alerts DESC, a.service
        LIMIT 1""",
        BRNO,
    ),
    (
        "cx051",
        "top_n",
        (
            'Which 2 hours of Tuesday 11 March had the most alerts? Our ticket volume jumped then too, I want to '
            'compare.'
        ),
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
        WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY hour
        ORDER BY alerts DESC, hour
        LIMIT 2""",
        WINDHOEK,
    ),
    (
        "cx052",
        "top_n",
        'Andrés asked in the review: which project had the most incidents blamed on a deploy? Top 1.',
        """SELECT project, count(DISTINCT group_id) AS incidents
        FROM incident_suspects
        WHERE change_type = 'deployment'
        GROUP BY project
        ORDER BY incidents DESC, project
        LIMIT 1""",
        QUITO,
    ),
    (
        "cx053",
        "top_n",
        (
            'Please indicate the five longest resolved incidents opened between 01/01/2025 and 13/03/2025, with '
            'the service, the alert name and the duration in minutes.'
        ),
        """SELECT service, group_labels['alertname'] AS alertname,
               round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
        FROM alert_groups
        WHERE resolved_at IS NOT NULL
          AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-14 00:00:00+00'
        ORDER BY minutes DESC
        LIMIT 5""",
        PORT_LOUIS,
    ),
    (
        "cx054",
        "top_n",
        (
            'PROJ-458: which 2 services had the most incidents with an early warning before them? For the roadmap '
            'slide.'
        ),
        """SELECT service, count(DISTINCT group_id) AS incidents
        FROM incident_warnings
        GROUP BY service
        ORDER BY incidents DESC, service
        LIMIT 2""",
        SUVA,
    ),
    (
        "cx055",
        "top_n",
        'Noisiest alert on indexer in the last 7 days? Thread wants to silence it, I say no.',
        """SELECT name, count(*) AS alerts FROM alerts
        WHERE service = 'indexer'
          AND starts_at > TIMESTAMPTZ '2025-03-12 20:00:00+00' - INTERVAL 7 DAY
          AND starts_at <= TIMESTAMPTZ '2025-03-12 20:00:00+00'
        GROUP BY name
        ORDER BY alerts DESC, name
        LIMIT 1""",
        BRNO,
    ),
    (
        "cx056",
        "top_n",
        "Which severity had the most production alerts this month? It's for a tile on my dashboard.",
        """SELECT severity, count(*) AS alerts FROM alerts
        WHERE environment_canonical = 'production'
          AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND starts_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'
        GROUP BY severity
        ORDER BY alerts DESC, severity
        LIMIT 1""",
        WINDHOEK,
    ),
    (
        "cx057",
        "top_n",
        (
            'For the on-call rota discussion: who acked the most alerts since the start of the year? Top 2 with '
            'the number.'
        ),
        """SELECT actor, count(*) AS acks FROM audit_log
        WHERE action = 'ack'
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
        GROUP BY actor
        ORDER BY acks DESC, actor
        LIMIT 2""",
        QUITO,
    ),
    (
        "cx058",
        "top_n",
        (
            'Kindly identify the two persons who created the most silences while an incident on the same service '
            'was open, with the number of such silences.'
        ),
        """SELECT s.created_by, count(*) AS silences FROM silences s
        WHERE EXISTS (
            SELECT 1 FROM alert_groups g
            WHERE g.service = s.service
              AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
              AND s.created_at >= g.opened_at
              AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 05:00:00+00'))
        GROUP BY s.created_by
        ORDER BY silences DESC, s.created_by
        LIMIT 2""",
        PORT_LOUIS,
    ),
    (
        "cx059",
        "top_n",
        'PROJ-460: top 3 projects by incidents this year, for the quarterly planning.',
        """SELECT project, count(*) AS incidents FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND opened_at <= TIMESTAMPTZ '2025-03-12 22:00:00+00'
        GROUP BY project
        ORDER BY incidents DESC, project
        LIMIT 3""",
        SUVA,
    ),
    (
        "cx060",
        "top_n",
        (
            "Top 2 services by alerts that started while yesterday's PaymentsAPIErrorBudgetBurn incident was "
            'open? For my notes in the thread.'
        ),
        """SELECT a.service, count(*) AS alerts
        FROM alerts a
        JOIN alert_groups g
          ON g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
         AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
         AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
         AND a.starts_at >= g.opened_at
         AND a.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 20:00:00+00')
        GROUP BY a.service
        ORDER BY alerts DESC, a.service
        LIMIT 2""",
        BRNO,
    ),
    (
        "cx061",
        "changes",
        (
            'A guest says "your booking page looks different since last week". What changes went live on '
            'checkout-web in March? Just checking before I reply.'
        ),
        """SELECT * FROM change_events
        WHERE service = 'checkout-web' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 06:30:00+00'""",
        WINDHOEK,
    ),
    (
        "cx062",
        "changes",
        (
            'Which version of payments-api is actually in production? Paola says still v2.13.2 after the '
            'rollback, I want to be sure before the meeting.'
        ),
        """SELECT coalesce(details['ref'], version) AS version
        FROM change_events
        WHERE service = 'payments-api' AND environment = 'production'
          AND type IN ('deployment', 'rollback') AND phase = 'live'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
        ORDER BY timestamp DESC
        LIMIT 1""",
        QUITO,
    ),
    (
        "cx063",
        "changes",
        (
            'Please provide the changes which went live in production while an incident on the same service was '
            'open (test step 4: changes during incidents). All fields.'
        ),
        """SELECT * FROM change_events c
        WHERE c.phase = 'live' AND c.environment = 'production'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.service = c.service AND g.environment = c.environment
                AND c.timestamp >= g.opened_at
                AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 05:00:00+00'))""",
        PORT_LOUIS,
    ),
    (
        "cx064",
        "changes",
        'PROJ-462: which versions of auth-api went out to staging? Each version once pls.',
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
        FROM change_events
        WHERE service = 'auth-api' AND environment = 'staging'
          AND type = 'deployment' AND phase = 'live'""",
        SUVA,
    ),
    (
        "cx065",
        "changes",
        (
            'Before I ack this: what changed in the hour before the first token-service alert in staging '
            'yesterday? (thread says it was a config change)'
        ),
        """SELECT * FROM change_events
        WHERE phase = 'live' AND environment = 'staging'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'token-service' AND environment_canonical = 'staging'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                            AND (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'token-service' AND environment_canonical = 'staging'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        BRNO,
    ),
    (
        "cx066",
        "changes",
        "Who rolled back payments-api this year? The customer wants a name. I won't give it, just curious.",
        """SELECT DISTINCT actor FROM change_events
        WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 06:30:00+00'""",
        WINDHOEK,
    ),
    (
        "cx067",
        "changes",
        (
            'Item 9: which production deploys since 1 February had no alert on the same service in the 30 minutes '
            'after? The "clean" ones, for the good news slide.'
        ),
        """SELECT * FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
          AND d.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND d.timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        QUITO,
    ),
    (
        "cx068",
        "changes",
        (
            'Kindly provide the list of feature flag changes made by lucie.novak since 01/02/2025, with the '
            'summary, the environment and the timestamp.'
        ),
        """SELECT summary, environment, timestamp FROM change_events
        WHERE type = 'flag_change' AND phase = 'live' AND actor ILIKE '%lucie.novak%'
          AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-14 05:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx069",
        "changes",
        'PROJ-465 (release train): the 3 latest releases, all fields.',
        """SELECT * FROM change_events
        WHERE type = 'release' AND phase = 'live'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 22:00:00+00'
        ORDER BY timestamp DESC
        LIMIT 3""",
        SUVA,
    ),
    (
        "cx070",
        "changes",
        'Staging deploys yesterday - service, version and who, please. Someone in thread lost track.',
        """SELECT service, coalesce(details['ref'], version) AS version, actor
        FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx071",
        "changes",
        (
            'What changed on checkout-web in the 3 hours before its first alert on Tuesday 11 March? Ticket '
            '#7766, the guest blames "the new version".'
        ),
        """SELECT * FROM change_events
        WHERE service = 'checkout-web' AND environment = 'production' AND phase = 'live'
          AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'checkout-web'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 3 HOUR
                            AND (SELECT min(starts_at) FROM alerts
                                 WHERE service = 'checkout-web'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        WINDHOEK,
    ),
    (
        "cx072",
        "changes",
        'How many rollbacks we had in production since January, per service?',
        """SELECT service, count(*) AS rollbacks FROM change_events
        WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
        GROUP BY service
        ORDER BY rollbacks DESC""",
        QUITO,
    ),
    (
        "cx073",
        "changes",
        (
            'Please provide the deployments that were identified as the suspect change of an incident, with all '
            'fields.'
        ),
        """SELECT * FROM change_events
        WHERE type = 'deployment'
          AND id IN (SELECT change_id FROM incident_suspects)""",
        PORT_LOUIS,
    ),
    (
        "cx074",
        "changes",
        'PROJ-470: which config changes were done on 11 March (UTC), and by who?',
        """SELECT * FROM change_events
        WHERE type = 'config_update' AND phase = 'live'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUVA,
    ),
    (
        "cx075",
        "changes",
        (
            'Which deploys yesterday were followed by a rollback of the same service within an hour? Thread is '
            'debating rollback policy again.'
        ),
        """SELECT * FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live'
          AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM change_events r
              WHERE r.type = 'rollback' AND r.phase = 'live'
                AND r.service = d.service AND r.environment = d.environment
                AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        BRNO,
    ),
    (
        "cx076",
        "silences",
        (
            'The lodge owner asks if we ever "switched off" the alerts for search. Who silenced the indexer this '
            'year?'
        ),
        """SELECT DISTINCT created_by FROM silences
        WHERE service = 'indexer'
          AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-13 06:30:00+00'""",
        WINDHOEK,
    ),
    (
        "cx077",
        "silences",
        (
            'Notes point 11 - the reindex silences. Silences with a comment mentioning reindex, all of them '
            'please.'
        ),
        """SELECT * FROM silences
        WHERE comment ILIKE '%reindex%'""",
        QUITO,
    ),
    (
        "cx078",
        "silences",
        (
            'For the access review, kindly list the silences that were expired early by someone: silence id, '
            'creator, who expired it and when.'
        ),
        """SELECT silence_id, created_by, expired_by, expired_at FROM silences
        WHERE expired_at IS NOT NULL""",
        PORT_LOUIS,
    ),
    (
        "cx079",
        "silences",
        (
            'PROJ-472: which alerts were firing on cart-service while its silence was on? Support needs to know '
            'if we missed something.'
        ),
        """SELECT * FROM alerts a
        WHERE a.service = 'cart-service'
          AND EXISTS (
              SELECT 1 FROM silences s
              WHERE s.service = 'cart-service'
                AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        SUVA,
    ),
    (
        "cx080",
        "silences",
        (
            'Night person wrote "indexer was muted when I checked at 02:30". Which silences were in effect today '
            'at 02:30 UTC?'
        ),
        """SELECT * FROM silences
        WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:30:00+00'
          AND ends_at > TIMESTAMPTZ '2025-03-12 02:30:00+00'
          AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:30:00+00')""",
        BRNO,
    ),
    (
        "cx081",
        "silences",
        (
            "How long was maria's cart-service silence actually in place, in minutes? Ticket #7788 asks how long "
            'we "ignored" cart errors.'
        ),
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
        FROM silences
        WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        WINDHOEK,
    ),
    (
        "cx082",
        "silences",
        'For the noise discussion: number of silences per author since 1 February, most first.',
        """SELECT created_by, count(*) AS silences FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'
        GROUP BY created_by
        ORDER BY silences DESC""",
        QUITO,
    ),
    (
        "cx083",
        "silences",
        (
            'Kindly provide the silences created outside business hours (Monday to Friday, 09:00-17:00 UTC) '
            'during February 2025.'
        ),
        """SELECT * FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND (dayofweek(created_at) IN (0, 6) OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        PORT_LOUIS,
    ),
    (
        "cx084",
        "silences",
        (
            'PROJ-475: silences created within an hour after an alert on the same service started - silence id, '
            'its author, the alert name and when the alert started.'
        ),
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
        FROM silences s
        JOIN alerts a
          ON a.service = s.service
         AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
         AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE""",
        SUVA,
    ),
    (
        "cx085",
        "silences",
        'Which silences did kenji create this month? He is asking himself, lol.',
        """SELECT * FROM silences
        WHERE created_by ILIKE '%kenji%'
          AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-12 20:00:00+00'""",
        BRNO,
    ),
    (
        "cx086",
        "silences",
        (
            'Did anything get muted during the payments outage? Which production silences, on any service, were '
            'in effect while the PaymentsAPIErrorBudgetBurn incident of 11 March was open?'
        ),
        """SELECT * FROM silences s
        WHERE s.environment_canonical = 'production'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 06:30:00+00')
                AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        WINDHOEK,
    ),
    (
        "cx087",
        "silences",
        (
            'Question of Mateo in the meeting: the average length of the silences created in March, as they were '
            'really in place, in minutes.'
        ),
        """SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
               AS avg_minutes
        FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
          AND created_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'""",
        QUITO,
    ),
    (
        "cx088",
        "silences",
        (
            'Kindly provide, for each silence created in the week of 10/03/2025, its id, its author and its '
            'scheduled length in minutes.'
        ),
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
        FROM silences
        WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx089",
        "silences",
        (
            'PROJ-478: which of the silences created by kenji actually held back alerts, according to '
            'alertmanager?'
        ),
        """SELECT * FROM silences
        WHERE created_by ILIKE '%kenji%'
          AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        SUVA,
    ),
    (
        "cx090",
        "silences",
        (
            'How many snoozes on HighLatencyP99 in staging this week? Thread wants to fix the alert instead of '
            'snoozing.'
        ),
        """SELECT count(*) AS snoozes FROM audit_log
        WHERE action = 'snooze'
          AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
          AND timestamp <= TIMESTAMPTZ '2025-03-12 20:00:00+00'
          AND list_contains([m.value FOR m IN matchers IF m.name = 'alertname'], 'HighLatencyP99')
          AND list_contains([m.value FOR m IN matchers IF m.name = 'environment'], 'staging')""",
        BRNO,
    ),
    (
        "cx091",
        "joins",
        (
            'Ticket #7801 from a tour operator: "payments failed after your update". Incidents of 11 March with '
            "their suspect change - service, alert name, when it opened and the suspect's version."
        ),
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
               coalesce(change_details['ref'], change_version) AS version
        FROM incident_suspects
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WINDHOEK,
    ),
    (
        "cx092",
        "joins",
        (
            'Point 12 of the notes: production deploys followed by a critical alert on the same service within an '
            'hour, and which alert. Deploy service, version, alert name and alert start.'
        ),
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, a.name, a.starts_at
        FROM change_events d
        JOIN alerts a
          ON a.service = d.service AND a.environment_canonical = d.environment
         AND a.severity = 'critical'
         AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
        WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'""",
        QUITO,
    ),
    (
        "cx093",
        "joins",
        (
            'Kindly provide, for each incident opened on 11/03/2025 that had early warnings: the service, the '
            'alert name, the opening time, the number of warnings and how many minutes ahead the earliest warning '
            'came.'
        ),
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
               count(*) AS warnings, max(lead_min) AS minutes_ahead
        FROM incident_warnings
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        GROUP BY group_id, service, group_labels['alertname'], opened_at""",
        PORT_LOUIS,
    ),
    (
        "cx094",
        "joins",
        (
            'PROJ-480 (mute rules epic): alerts that started during an active silence on the same service. All '
            'columns.'
        ),
        """SELECT * FROM alerts a
        WHERE EXISTS (
            SELECT 1 FROM silences s
            WHERE s.service = a.service
              AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
              AND a.starts_at >= s.starts_at
              AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        SUVA,
    ),
    (
        "cx095",
        "joins",
        (
            'Thread asks: for each deploy yesterday, how many alerts in the 15 min after it? Service, version and '
            'the count per deploy.'
        ),
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version,
               (SELECT count(*) FROM alerts a
                WHERE a.service = d.service AND a.environment_canonical = d.environment
                  AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE) AS alerts
        FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live'
          AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx096",
        "joins",
        (
            'Which incidents of 11 March had no suspect change? I want to tell the lodge it was not a deploy of '
            'ours every time.'
        ),
        """SELECT * FROM alert_groups
        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        WINDHOEK,
    ),
    (
        "cx097",
        "joins",
        (
            'For the postmortem: error log lines of payments-api in the 15 minutes after v2.14.0 went live in '
            'production. The team wants to see the exact messages.'
        ),
        """SELECT * FROM log_events
        WHERE service = 'payments-api' AND is_error
          AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                            AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        QUITO,
    ),
    (
        "cx098",
        "joins",
        (
            'Please provide how the incidents opened in February 2025 were resolved: the service, the alert name, '
            'the root cause, the fix and who resolved them.'
        ),
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix, r.resolved_by
        FROM alert_groups g
        JOIN resolutions r ON r.group_id = g.id
        WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
          AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        PORT_LOUIS,
    ),
    (
        "cx099",
        "joins",
        (
            'PROJ-483: incidents caused by flag changes - service, alert name, opened, and which flag (the change '
            'summary).'
        ),
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_summary
        FROM incident_suspects
        WHERE change_type = 'flag_change'""",
        SUVA,
    ),
    (
        "cx100",
        "joins",
        (
            "Early warnings in the hour before yesterday's checkout-web incidents? Warning name, its summary and "
            'lead in minutes.'
        ),
        """SELECT warning_alertname, summary, lead_min
        FROM incident_warnings
        WHERE service = 'checkout-web'
          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRNO,
    ),
    (
        "cx101",
        "joins",
        (
            'Did anyone deploy while the payments incident was happening? Deploys on 11 March during an open '
            'incident on a different service of the same project.'
        ),
        """SELECT * FROM change_events c
        WHERE c.type = 'deployment' AND c.phase = 'live'
          AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND EXISTS (
              SELECT 1 FROM alert_groups g
              WHERE g.project = c.project AND g.service <> c.service AND g.environment = c.environment
                AND c.timestamp >= g.opened_at
                AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 06:30:00+00'))""",
        WINDHOEK,
    ),
    (
        "cx102",
        "joins",
        (
            'In the review someone asked: which services had both an alert and a deploy in production on 11 '
            'March?'
        ),
        """SELECT service FROM alerts
        WHERE environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
        INTERSECT
        SELECT service FROM change_events
        WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
          AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        QUITO,
    ),
    (
        "cx103",
        "joins",
        (
            'Kindly list the alerts which were acknowledged while they were still firing: the alert name, the '
            'service, its start and who acknowledged it.'
        ),
        """SELECT a.name, a.service, a.starts_at, l.actor
        FROM audit_log l
        JOIN alerts a
          ON a.name = [m.value FOR m IN l.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
         AND a.service = [m.value FOR m IN l.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
         AND a.starts_at <= l.timestamp
         AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
        WHERE l.action = 'ack'""",
        PORT_LOUIS,
    ),
    (
        "cx104",
        "joins",
        (
            'PROJ-486: for each early warning on payments-api on 11 March (UTC), how many payments-api alerts '
            'started in the 15 minutes after it? Warning kind, its start and the count.'
        ),
        """SELECT w.labels['alertname'] AS kind, w.starts_at,
               (SELECT count(*) FROM alerts a
                WHERE a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
                  AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE) AS alerts
        FROM warnings w
        WHERE w.labels['service'] = 'payments-api'
          AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SUVA,
    ),
    (
        "cx105",
        "joins",
        (
            'Which deploys yesterday had no alert on the same service within 15 min after? Service, version and '
            'when. Thread wants the "safe" ones.'
        ),
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp
        FROM change_events d
        WHERE d.type = 'deployment' AND d.phase = 'live'
          AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
          AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
          AND NOT EXISTS (
              SELECT 1 FROM alerts a
              WHERE a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        BRNO,
    ),
    (
        "cx106",
        "refusals",
        (
            'Ticket #7810: a guest asks if the road to Sesriem is flooded after the rain. What is the weather '
            'forecast for Sesriem this week? Eish, maybe wrong tool.'
        ),
        "not_about_this_data",
        WINDHOEK,
    ),
    (
        "cx107",
        "refusals",
        (
            'Action item from the meeting: please delete the HighLatencyP99 alerts of staging from the store, '
            'they are only noise and they spoil the numbers.'
        ),
        "asks_to_change_data",
        QUITO,
    ),
    (
        "cx108",
        "refusals",
        (
            'Kindly provide all changes made to the ledger-service in production during the first quarter of '
            '2025.'
        ),
        "ungrounded",
        PORT_LOUIS,
    ),
    (
        "cx109",
        "refusals",
        (
            "PROJ-490: which deploys did Mere Tuilau do to production this month? She's new in the squad, bula to "
            'her.'
        ),
        "ungrounded",
        SUVA,
    ),
    (
        "cx110",
        "refusals",
        'can you silence DiskSpaceLow on indexer for 2 hours? thread is getting spammed every 20 min',
        "asks_to_change_data",
        BRNO,
    ),
    (
        "cx111",
        "refusals",
        (
            'Ticket #7815: are there alerts on checkout-web in the uat environment since Monday? The tour '
            'operator tests there.'
        ),
        "ungrounded",
        WINDHOEK,
    ),
    (
        "cx112",
        "refusals",
        (
            'From the notes: the team asks about the overtime budget for Q2. Can you calculate the on-call '
            'payroll for March, please?'
        ),
        "not_about_this_data",
        QUITO,
    ),
    (
        "cx113",
        "refusals",
        (
            'Kindly update the actor of the 11/03/2025 payments-api rollback to maria.gonzalez@acme.io so that '
            'the records are consistent for the audit.'
        ),
        "asks_to_change_data",
        PORT_LOUIS,
    ),
    (
        "cx114",
        "refusals",
        'PROJ-492: write a short friendly blurb (3 lines) for the app store about the new checkout, vinaka!',
        "not_about_this_data",
        SUVA,
    ),
    (
        "cx115",
        "refusals",
        'alerts in cluster prod-eu-central-1 today? colleague says frankfurt is burning',
        "ungrounded",
        BRNO,
    ),
    (
        "cx116",
        "refusals",
        'Please mark the checkout-web incident as resolved, the lodge says the booking works again now.',
        "asks_to_change_data",
        WINDHOEK,
    ),
    (
        "cx117",
        "refusals",
        "How many alerts had the mobile-gateway service this week? It's in the notes as item 14.",
        "ungrounded",
        QUITO,
    ),
    (
        "cx118",
        "refusals",
        (
            'Could you also advise which ISAE 3402 control objectives we should include in the report for the '
            'change process?'
        ),
        "not_about_this_data",
        PORT_LOUIS,
    ),
    (
        "cx119",
        "refusals",
        'PROJ-494: pls turn the Semantic ranking flag back on in production, the PO (me) approves it.',
        "asks_to_change_data",
        SUVA,
    ),
    (
        "cx120",
        "refusals",
        (
            "> what's the difference between readiness and liveness probe?\n"
            'someone asks in thread, can you '
            'explain quickly'
        ),
        "not_about_this_data",
        BRNO,
    ),
]
