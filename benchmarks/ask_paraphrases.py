# ruff: noqa: E501  (data: each paraphrase on one line, as written)
"""Paraphrases of development questions of the ask benchmark: the same need in other words, answered by the
same gold SQL (``(original id, paraphrase)``).

``FIRST``: 400 paraphrases of 200 development questions (two each, in the words of a terse chat user, a formal
analyst, a second-language speaker, someone using synonyms or another order), written by an outside author who saw the
development questions and their gold SQL but not the parser; the parser was then tuned on the ones it answered
differently from their originals. ``SECOND``: 300 paraphrases of 150 other development questions in five other
voices, written the same way after that tuning and measured before any of it was read. ``THIRD``: 300
paraphrases of 150 further development questions (mostly of the newer sets) in the voices of an incident
commander, a data analyst, a product owner, a security engineer and a second-language speaker, written the same
way and measured before any of it was read. ``FOURTH``: 300 paraphrases of 150 further development questions (every
one of the nineteenth set's, most of the thirteenth to eighteenth, a few older) in the voices of a Kubernetes platform
engineer, a customer-support lead relaying a complaint, an on-call engineer typing on a phone at night, a team lead
writing a report and a release engineer, written the same way and measured before any of it was read. ``FIFTH``:
300 paraphrases of 150 further development questions (most of the twentieth set's, and older ones) in the voices of
an engineering manager at a standup, a database administrator, a junior developer, a writer of English as a second
language and an executive asking for numbers, written the same way and measured before any of it was read.

Only development questions are paraphrased (``split == "dev"``); the held-out halves stay unread.
``python benchmarks/ask.py --paraphrases`` reports how many paraphrases of a question answered right in its own
words are answered right too.
"""

FIRST: list[tuple[str, str]] = [
    # ---------------- filters ----------------
    ("g016", "list all config updates in the production environment"),
    ("g016", "prod config update events pls"),
    ("g008", "critical alerts that arrived via pagerduty"),
    ("g008", "Show me the critical-severity alerts whose source is pagerduty."),
    ("h015", "oomkilled alerts prod"),
    ("h015", "Which alerts with OOMKilled in the name were raised in the production environment?"),
    ("h001", "payments service high latency alerts past 24h"),
    ("h001", "I need every high-latency alert concerning the payments service that fired during the last 24 hours."),
    ("i003", "alerts with label team=payments"),
    ("i003", "Can you list all alerts which carry the label team=payments?"),
    ("i019", "List the early warnings where sigma is greater than 100."),
    ("i019", "early warnings sigma above 100 pls"),
    ("j006", "crashloop alerts in stg?"),
    ("j006", "Are there alerts for crashlooping in the staging environment?"),
    ("j013", "search namespace alerts, sev info or warning"),
    ("j013", "Show me alerts from the search namespace whose severity is either info or warning."),
    ("k020", "acknowledgements on token-service alerts"),
    ("k020", "show me the ack actions for alerts of token-service"),
    ("k001", "did checkout-web have any alerts?"),
    ("k001", "list alerts for checkout-web svc"),
    ("m017", "show alerts with severity info"),
    ("m017", "any alerts of info severity?"),
    ("m007", "which alerts are still active right now? handing over soon"),
    ("m007", "alerts still open at the moment"),
    ("n003", "alerts labelled datname=tokens"),
    ("n003", "Please list the alerts having the label datname=tokens."),
    ("n004", "checkout-web critical alerts"),
    ("n004", "I need only the alerts of critical severity on the checkout-web service."),
    ("p012", "alerts with source grafana, not alertmanager"),
    ("p012", "show me the alerts that came from grafana rather than alertmanager"),
    ("p020", "resolutions written by maria.gonzalez@acme.io"),
    ("p020", "Show me the resolution notes authored by maria.gonzalez@acme.io."),
    ("s002", "acknowledgements made by sade.okafor@acme.io"),
    ("s002", "show every ack action done by sade.okafor@acme.io"),
    ("s007", "Which early warnings had a sigma greater than 100?"),
    ("s007", "early warnings w/ sigma over 100"),
    ("u001", "alerts with team=iam on cluster prod-eu-west-1"),
    ("u001", "Show me all alerts carrying the label team=iam in the prod-eu-west-1 cluster."),
    ("u010", "logs from payments-api where attribute db.system is postgresql"),
    ("u010", "show me payments-api log events with the db.system attribute set to postgresql"),
    ("v010", "alerts on a service that also got rolled back in the same env on the same UTC day"),
    ("v010", "List the alerts for which the same service, in the same environment, also had a rollback on the same calendar day (UTC)."),
    ("v001", "critical alerts, checkout project, prod, March 11 UTC - give service, alert name, start time"),
    ("v001", "For every critical alert in the production environment of the checkout project on March 11 (UTC), I need the service, the alert name and the time it started."),
    ("w013", "staging alerts resolved in less than 10 min"),
    ("w013", "Show me alerts in the staging environment that resolved less than 10 minutes after they started."),
    ("w010", "alerts sourced from Grafana, not Alertmanager"),
    ("w010", "which alerts come to us via grafana instead of alertmanager?"),
    ("x003", "token-service alerts firing right now"),
    ("x003", "Which token-service alerts are currently still firing?"),
    ("x004", "what severity_text values show up in token-service log_events? unique list"),
    ("x004", "List the distinct severity_text values in the log events for token-service."),
    ("y011", "sade.okafor@acme.io acks"),
    ("y011", "What acknowledgements did sade.okafor@acme.io record?"),
    ("y012", "checkout-web error logs in the 10 min before the checkout flow alert went off"),
    ("y012", "Show me the error log lines of checkout-web during the 10 minutes preceding the firing of the checkout flow alert."),
    ("q025", "warnings still open"),
    ("q025", "which warnings are currently still open?"),
    # ---------------- time ----------------
    ("g026", "alerts past 3h"),
    ("g026", "Show me all alerts that fired during the last 3 hours."),
    ("g042", "rollbacks last 48h"),
    ("g042", "What rollbacks happened within the past 48 hours?"),
    ("h039", "mutes created today"),
    ("h039", "Which silences were created today?"),
    ("h031", "which payments-api alerts were active at 3pm"),
    ("h031", "alerts for payments-api that was firing at 3pm"),
    ("i023", "alerts in production yesterday"),
    ("i023", "Show me the prd alerts from yesterday."),
    ("i027", "production alerts since Monday"),
    ("i027", "what alerts fired in prod since monday?"),
    ("j023", "what alerts did the indexer have yesterday"),
    ("j023", "List yesterday's alerts for indexer."),
    ("j037", "show the alerts of the prior week"),
    ("j037", "alerts previous week pls"),
    ("k025", "all deployments yesterday"),
    ("k025", "Which deploys went out yesterday?"),
    ("k028", "user-profile changes since monday"),
    ("k028", "Has there been any change to user-profile since Monday?"),
    ("m032", "the day's first alert?"),
    ("m032", "Which alert came first today?"),
    ("m027", "alerts on indexer during last week"),
    ("m027", "show me last week's indexer alerts"),
    ("n038", "error logs from payments-api in the past 15 minutes"),
    ("n038", "Show payments-api error log lines from the last 15 min."),
    ("n023", "alerts since midnight"),
    ("n023", "Hi, I am new on shift - which alerts have fired since midnight?"),
    ("p038", "alert count since monday"),
    ("p038", "How many alerts have there been since Monday?"),
    ("p027", "count of incidents opened last week"),
    ("p027", "Last week, how many incidents were opened?"),
    ("s024", "which people snoozed something since midnight"),
    ("s024", "List who has snoozed anything since midnight."),
    ("s029", "rollbacks today?"),
    ("s029", "Were there any rollbacks today?"),
    ("u020", "alerts currently firing"),
    ("u020", "Which alerts are firing at this moment?"),
    ("u018", "hourly payments-api log line count today"),
    ("u018", "How many log lines did payments-api produce in each hour today?"),
    ("v025", "search-api staging alert count by hour for March 11 (UTC)"),
    ("v025", "For search-api in the staging environment, how many alerts were there in each UTC hour on March 11?"),
    ("v029", "releases in the first half of March"),
    ("v029", "Show me all releases we published during the first half of March."),
    ("w027", "payments-api alerts that started in the 60 minutes before the March 11 payments-api rollback"),
    ("w027", "I need the payments-api alerts starting within the hour before payments-api got rolled back on March 11."),
    ("w018", "incidents opened last week"),
    ("w018", "Which incidents were opened during last week?"),
    ("x026", "count payments-api prod error logs in the 30 min before the payments-api rollback went live"),
    ("x026", "How many error log lines did payments-api write in production during the last 30 minutes before the payments-api rollback went live?"),
    ("x017", "minutes from the payments-api v2.14.0 prod deploy going live until the first payments-api alert after it"),
    ("x017", "How long, in minutes, was it between the payments-api v2.14.0 rollout to production going live and the first payments-api alert that came after?"),
    ("y025", "snoozes march 11 00:00-06:00 utc"),
    ("y025", "Show the snooze actions taken on March 11 between 00:00 and 06:00 UTC."),
    ("y027", "How many error logs did payments-api produce in the past 2 hours?"),
    ("y027", "count of payments-api error log lines over the last 2h"),
    ("t022", "show alerts from March 2"),
    ("t022", "which alerts fired on 2 march?"),
    # ---------------- aggregates ----------------
    ("g073", "count of HighLatencyP99 alerts (alerts, not notifications)"),
    ("g073", "How many times has the HighLatencyP99 alert fired? Count alerts, not notifications."),
    ("g052", "how many critical alerts in production"),
    ("g052", "critical alert count prod"),
    ("h060", "how many alerts per project"),
    ("h060", "Count the alerts grouped by project."),
    ("h045", "search-api staging alerts today, count per hour"),
    ("h045", "How many search-api alerts in staging were there in each hour today?"),
    ("i058", "incidents resolved per person"),
    ("i058", "Give me the count of incidents resolved by each person."),
    ("i059", "snooze count for kenji.tanaka@acme.io"),
    ("i059", "How often has kenji.tanaka@acme.io snoozed something?"),
    ("j053", "count of alerts still active at midnight"),
    ("j053", "number of alerts that were still firing at midnight?"),
    ("j050", "avg alerts per incident"),
    ("j050", "On average, how many alerts does an incident contain?"),
    ("k056", "average daily alert count this week so far"),
    ("k056", "What is the average number of alerts per day this week up to now?"),
    ("k060", "max hikaricp_connections_pending on 3/11"),
    ("k060", "What was the highest hikaricp_connections_pending value on 3/11?"),
    ("m053", "count of incidents still open right now, for handover"),
    ("m053", "How many incidents are open at the moment I hand over?"),
    ("m052", "how many live changes per type"),
    ("m052", "Count the changes that went live, grouped by change type."),
    ("n048", "mean alerts per incident"),
    ("n048", "avg number of alerts in one incident?"),
    ("n044", "alert count by severity today"),
    ("n044", "Please break down today's alerts by severity, with the count for each."),
    ("p046", "how many alerts per cluster label, excluding alerts without a cluster label"),
    ("p046", "count alerts grouped by cluster label; ignore the ones that have no cluster label"),
    ("p042", "TokenCacheEvictionsHigh fire count"),
    ("p042", "how often did TokenCacheEvictionsHigh go off?"),
    ("s041", "mean time to resolve in minutes for critical incidents (opened to resolved)"),
    ("s041", "What is the average time from open to resolved, in minutes, for the critical incidents?"),
    ("s038", "percentage of cart-service prod log lines that are errors"),
    ("s038", "What percent of the production log lines of cart-service are errors?"),
    ("u039", "avg minutes between the suspect change taking effect and the incident opening, per change type"),
    ("u039", "Broken down by change type: on average how many minutes before an incident opened did its suspect change take effect?"),
    ("u037", "per service, count of alerts that lasted more than 30 minutes before clearing"),
    ("u037", "for each svc, how many alerts last longer than half an hour before they cleared?"),
    ("v036", "avg duration in minutes of the resolved checkout-project incidents on March 11"),
    ("v036", "For the checkout project, what was the mean incident duration in minutes on March 11, counting only incidents that were resolved?"),
    ("v041", "average snooze duration in minutes"),
    ("v041", "On average, how many minutes does a snooze last?"),
    ("w040", "max p99 for payments-api today"),
    ("w040", "What was the peak p99 of payments-api today?"),
    ("w037", "number of silences each person has created"),
    ("w037", "silences created, count per person"),
    ("x041", "mean sigma of payments-api warnings"),
    ("x041", "avg sigma for the payments-api warnings?"),
    ("x033", "median resolution time in minutes per service, only alerts where ends_at is not null"),
    ("x033", "For each service, what is the median number of minutes to resolve, over the alerts whose ends_at is not null?"),
    ("y031", "percentage of this week's alerts that were critical"),
    ("y031", "critical share of alerts this week?"),
    ("y037", "count of alerts firing right now"),
    ("y037", "How many alerts are currently firing?"),
    ("q075", "average alert count per group for the critical groups"),
    ("q075", "For critical groups, what is the mean number of alerts per group?"),
    # ---------------- top_n ----------------
    ("g085", "which 2 projects had the most alerts this week"),
    ("g085", "this week's top 2 projects by alert count"),
    ("g090", "2 most common alert names in staging"),
    ("g090", "Which 2 alert names occur most in the staging environment?"),
    ("h068", "top 3 services by incident count"),
    ("h068", "What are the 3 services with the highest number of incidents?"),
    ("h075", "env with the most alerts"),
    ("h075", "Which environment received the highest number of alerts?"),
    ("i073", "which 2 projects had the most critical alerts in february"),
    ("i073", "february critical alerts, top 2 projects"),
    ("i061", "3 noisiest services"),
    ("i061", "Which are the top 3 noisiest services?"),
    ("j065", "busiest hour yesterday by alert count"),
    ("j065", "Yesterday, in which hour did the most alerts fire?"),
    ("j076", "first alert today"),
    ("j076", "what was today's earliest alert?"),
    ("k078", "service with the most rollbacks"),
    ("k078", "Which svc was rolled back the most times?"),
    ("k071", "earliest indexer alert ever"),
    ("k071", "What was the very first alert for indexer?"),
    ("m072", "the incident containing the most alerts"),
    ("m072", "which incident has the largest number of alerts in it?"),
    ("m080", "svc with highest avg alert duration"),
    ("m080", "Which service's alerts last the longest on average?"),
    ("n077", "3 most recently created silences"),
    ("n077", "show the last 3 silences that got created"),
    ("n073", "busiest hour of the day for alerts"),
    ("n073", "At what hour of the day do we receive the most alerts?"),
    ("p079", "which 3 services had the most changes (all types)"),
    ("p079", "top 3 svcs by number of changes of any kind"),
    ("p076", "largest incident to date"),
    ("p076", "which incident has been the biggest so far?"),
    ("s047", "most frequent alert - name and count"),
    ("s047", "Which alert fires most often, and how many times did it fire? Give the name and the count."),
    ("s060", "which 3 services had the most error log lines in prod"),
    ("s060", "top 3 svc by production error log count"),
    ("u052", "which 3 alertnames sent the most notifications, counting both firing and resolved"),
    ("u052", "top 3 alertnames by notification count (firing + resolved both counted)"),
    ("u054", "top 3 deployers, bots included"),
    ("u054", "Who pushes the most deploys? Give the top 3, bots count as well."),
    ("v059", "who flipped feature flags the most"),
    ("v059", "Which person made the highest number of feature flag changes?"),
    ("v060", "largest incident yesterday"),
    ("v060", "what was the biggest incident from yesterday?"),
    ("w046", "Feb 2025 top 3 noisiest services by number of alerts"),
    ("w046", "Which 3 services were the noisiest by alert count in February 2025?"),
    ("w060", "which service had the most alerts within 15 minutes after its own deploys"),
    ("w060", "service with the most alerts that fired in the 15 min following one of its own deployments"),
    ("x058", "service with most alerts on March 11 between 14:30 and 15:30"),
    ("x058", "Which service had the highest number of alerts on March 11 from 14:30 to 15:30?"),
    ("x059", "payments-api: hour of day with the most error logs"),
    ("x059", "At which hour of the day does payments-api have the most error logs?"),
    ("y048", "svc with most alerts in the 30 min after one of its own deploys"),
    ("y048", "Which service had the highest count of alerts starting within 30 minutes after one of its own rollouts?"),
    ("y059", "top 3 error templates in the last 24 hours"),
    ("y059", "Which 3 log templates had the most errors over the past 24h?"),
    ("t311", "Which alert was the first one today?"),
    ("t311", "today's earliest alert pls"),
    # ---------------- changes ----------------
    ("g121", "payments-api rollback to v2.13.2"),
    ("g121", "Find the rollback of payments-api to v2.13.2."),
    ("g116", "checkout project changes yesterday"),
    ("g116", "List all changes made in the checkout project yesterday."),
    ("h090", "indexer syncs by argocd"),
    ("h090", "show me the argocd sync events for indexer"),
    ("h094", "search-api changes yesterday"),
    ("h094", "Which changes happened on search-api yesterday?"),
    ("i091", "deployment requests for production on the 11th"),
    ("i091", "deploys requested to prd on the 11th"),
    ("i082", "feature flag changes in production"),
    ("i082", "prod flag toggles"),
    ("j098", "who did the release of auth-api v4.2.1"),
    ("j098", "Which person released auth-api v4.2.1?"),
    ("j093", "deploy requests from dpatel"),
    ("j093", "Show me the deployment requests that dpatel opened."),
    ("k086", "who changed token-service config"),
    ("k086", "Which people made config updates to token-service?"),
    ("k083", "who toggled feature flags in prod"),
    ("k083", "Which people changed feature flags in the production environment?"),
    ("m097", "daily deploy count this week"),
    ("m097", "How many deployments per day have we had this week?"),
    ("m081", "all changes on payments-api today, any type"),
    ("m081", "What changed on payments-api today? Deploys, flags, anything."),
    ("n089", "deploys by sokafor"),
    ("n089", "Show me the deployments that sokafor did."),
    ("n090", "rollbacks less than 1 hour after a deploy of the same svc"),
    ("n090", "Which rollbacks happened under an hour after a deployment of the same service?"),
    ("p087", "deploy count by environment last week"),
    ("p087", "Last week, what was the number of deployments in each environment?"),
    ("p089", "failed deploys?"),
    ("p089", "Show me any deployments that failed."),
    ("s069", "all rollbacks: service, version, time"),
    ("s069", "For each rollback, give me the service, the version and the time."),
    ("s074", "list failed deployments"),
    ("s074", "did any deploy fail?"),
    ("u072", "lucie.novak@acme.io changes that became incident suspects"),
    ("u072", "Which changes made by lucie.novak@acme.io ended up as the suspect of an incident?"),
    ("u068", "feature flag toggles on March 11 per person with counts"),
    ("u068", "On March 11, who flipped feature flags and how many times did each of them do it?"),
    ("v062", "deploys requested but not live yet - service, env, version tag, requester"),
    ("v062", "Are there deployments that were requested and are not yet live? Give me the service, environment, version tag and who requested it."),
    ("v065", "who did the payments-api rollback yesterday"),
    ("v065", "Which person rolled back payments-api yesterday?"),
    ("w067", "last cart-service prod deploy: time and version"),
    ("w067", "When was cart-service most recently deployed to production, and with which version?"),
    ("w072", "changes that were blamed for incidents"),
    ("w072", "Which changes got blamed for an incident?"),
    ("x071", "dpatel deploys on 11 march: service, env, version"),
    ("x071", "On March 11, which service, environment and version did dpatel deploy?"),
    ("x068", "rollbacks in the last 30 days"),
    ("x068", "Show me every rollback over the past 30 days."),
    ("y066", "deployments that went out while the same service had an incident still open"),
    ("y066", "which deploys were shipped during a still-open incident on the same service?"),
    ("y068", "payments-api rollbacks after the 2.14 deployment"),
    ("y068", "Were there any rollbacks of payments-api after the 2.14 deploy? show them"),
    # ---------------- silences ----------------
    ("g142", "show all unsilence actions"),
    ("g142", "list the unsilence actions in the audit log"),
    ("g133", "who acknowledged the payments error budget burn alert"),
    ("g133", "Which people acked the payments error budget burn alert?"),
    ("h116", "count of silences expired before their end time"),
    ("h116", "How many silences were expired before they were due to end?"),
    ("h115", "which silences were in effect at 10pm last night"),
    ("h115", "what was muted at 10pm last night?"),
    ("i116", "silences in staging"),
    ("i116", "Show the mutes for the staging environment."),
    ("i110", "token-service alert acknowledgements"),
    ("i110", "list the acks on alerts of token-service"),
    ("j105", "silences ended early"),
    ("j105", "Which silences got ended before their scheduled end?"),
    ("j102", "who muted the indexer"),
    ("j102", "Which people created silences for indexer?"),
    ("k105", "silences scheduled in advance"),
    ("k105", "Which silences were scheduled ahead of time?"),
    ("k120", "show ack actions by sade.okafor@acme.io"),
    ("k120", "acknowledgements from sade.okafor@acme.io"),
    ("m104", "silences maria.gonzalez@acme.io expired early"),
    ("m104", "Which silences were expired early by maria.gonzalez@acme.io?"),
    ("m116", "alerts that alertmanager suppressed because of a silence"),
    ("m116", "which alerts were swallowed by alertmanager due to a silence?"),
    ("n101", "silences active right now"),
    ("n101", "What is muted at the moment?"),
    ("n114", "silences created yesterday outside of business hours"),
    ("n114", "Which mutes were created yesterday outside business hours?"),
    ("p120", "kenji.tanaka@acme.io silences with reindex in the comment"),
    ("p120", "Show the silences created by kenji.tanaka@acme.io whose comment mentions reindex."),
    ("p105", "silence count per creator"),
    ("p105", "How many silences were created by each person?"),
    ("s081", "how many silences did kenji.tanaka@acme.io create"),
    ("s081", "number of silences created by kenji.tanaka@acme.io"),
    ("s087", "silences with reindex in the comment"),
    ("s087", "Show me silences whose comment mentions a reindex."),
    ("u076", "active silences now"),
    ("u076", "What silences are currently in effect?"),
    ("u080", "silences without any environment in their matchers"),
    ("u080", "Which silences have matchers that don't pin an environment?"),
    ("v086", "silence suggestions: kind, text, confidence"),
    ("v086", "List the silence suggestions with their kind, the suggestion text and the confidence."),
    ("v087", "alerts alertmanager held back due to a silence in March"),
    ("v087", "In March, which alerts did Alertmanager actually hold back because of a silence?"),
    ("w080", "alerts that were firing at some point while a silence on their service was in effect"),
    ("w080", "Which alerts was still firing at some moment during an active silence on the same service?"),
    ("w084", "HighLatencyP99 snoozes per person"),
    ("w084", "For the HighLatencyP99 alert, who snoozed it and how many times each?"),
    ("x088", "lucie's silences - only silence id and comment"),
    ("x088", "Give me just the silence id and comment of the silences that lucie created."),
    ("x078", "silences created while a checkout incident on the same service was open on March 11"),
    ("x078", "On March 11, which silences were made while a checkout incident for the same service was open?"),
    ("y078", "percentage of silences scheduled ahead of time"),
    ("y078", "what % of our silences were scheduled in advance?"),
    ("y089", "silences that end today"),
    ("y089", "Which silences are ending today?"),
    # ---------------- joins ----------------
    ("g170", "incidents whose resolution has a root cause recorded"),
    ("g170", "Which incidents have a resolution with a root cause written down?"),
    ("g171", "services with incidents where the suspected cause is a config update"),
    ("g171", "Which svcs had incidents suspected to be caused by a config update?"),
    ("h122", "prod alerts in the 10 minutes following a payments-api deploy"),
    ("h122", "Which alerts in production started within 10 min after a payments-api deployment?"),
    ("h134", "critical incidents where the suspected change is an argocd deployment"),
    ("h134", "incidents with critical severity whose suspect is a deploy by argocd"),
    ("i138", "indexer production logs within 5 minutes before or after its March 11 production deploy"),
    ("i138", "Show the indexer prod log lines from 5 min before to 5 min after the indexer prod deploy on march 11."),
    ("i134", "alerts within the hour before a rollback of the same service"),
    ("i134", "Which alerts started during the hour preceding a rollback of their same service?"),
    ("j130", "silences made during an incident on the same svc"),
    ("j130", "Which silences were created during an incident on the same service?"),
    ("j139", "flag flips followed within 15 min by an alert on the same service"),
    ("j139", "Which flag changes were followed by an alert on the same service within 15 minutes?"),
    ("k134", "early warnings within the hour before payments-api alerts today"),
    ("k134", "Which early warnings came up in the 60 minutes before today's payments-api alerts?"),
    ("k127", "which svcs got paged within 15 min after a flag flip"),
    ("k127", "Which services were paged within a quarter of an hour after a flag change?"),
    ("m133", "suspects for checkout-web incidents"),
    ("m133", "What are the suspects behind the checkout-web incidents?"),
    ("m132", "search-api deployments with no alerts after them"),
    ("m132", "Which search-api deploys were not followed by any alerts?"),
    ("n121", "pool alerts within 15 minutes after a deploy of the same service"),
    ("n121", "Which alerts with pool in the name went off within 15 min after a deployment of the same service?"),
    ("n128", "staging silences made while an incident was already open"),
    ("n128", "Which silences in staging were created when an incident was already open?"),
    ("p124", "alerts firing while a silence on their service was active (same env, or silence with no env)"),
    ("p124", "Which alerts were firing at some point while a silence on their service was in effect, where the silence has the same environment or pins no environment?"),
    ("p127", "silences created within 15 min after an alert started on that service"),
    ("p127", "Which silences were made less than 15 minutes after an alert on the same service started?"),
    ("s098", "alerts firing at some point while a silence on the same service was active"),
    ("s098", "which alerts was firing while a mute on their same service was in effect"),
    ("s095", "deployments that caused incidents"),
    ("s095", "Which deploys were the cause of incidents?"),
    ("u091", "every incident with its suspect change: opened_at, service, change service, change type, actor, and minutes before the incident it landed (1 decimal)"),
    ("u091", "For each incident and its suspect change, give me opened_at, the service, the service of the change, the change type, who made the change, and how many minutes before the incident the change landed, rounded to one decimal."),
    ("u095", "March 11 incidents without any early warning"),
    ("u095", "Which incidents on March 11 had no early warning?"),
    ("v100", "who deployed in the 15 min right before an alert fired on the same service"),
    ("v100", "Which people did a deploy right before an alert fired on the same service (within 15 minutes)?"),
    ("v091", "checkout project prod deploys on March 11: service, version tag, deploy time, and number of same-service alerts in the 30 min after each"),
    ("v091", "For every production deployment in the checkout project on March 11, give me the service, the version tag, the time of the deploy and how many alerts on the same service started in the 30 minutes after it."),
    ("w094", "payments-api error logs in the 5 minutes before the hikari alert went off"),
    ("w094", "Show payments-api error log lines from the 5 min preceding the firing of the hikari alert."),
    ("w105", "early warnings within 10 min after a prod deploy of the same svc"),
    ("w105", "Which early warnings began in the 10 minutes following a production deployment of the same service?"),
    ("x099", "services that got an alert within 15 minutes after being deployed, on March 11"),
    ("x099", "On 11 march, which services had alert in 15 min after someone deploy that service?"),
    ("x093", "new log patterns in the hour before the HikariPoolPendingConnections incident"),
    ("x093", "Show the log patterns that were new during the hour preceding the HikariPoolPendingConnections incident."),
    ("y102", "rollbacks less than 20 min after a deploy of the same service"),
    ("y102", "Which rollbacks happened less than 20 minutes after a deployment of the same service?"),
    ("y093", "this month's incidents with a resolution: alert name, service, who resolved it, fix"),
    ("y093", "For the incidents this month that got a resolution, give me the alert name, the service, who resolved it and how it was fixed."),
]

SECOND: list[tuple[str, str]] = [
    # ---------------- filters ----------------
    ("g001", "payments svc latency alerts last 24h"),
    ("g001", "Could you please show me every high-latency alert related to the payments service from the last 24 hours?"),
    ("h003", "Please list all records of alerts with 5xx in the name, production environment only."),
    ("h003", "In production, which are the 5xx alerts? list them please"),
    ("i002", "token-service stg warning alerts"),
    ("i002", "For token-service, I would like the alerts of warning severity, in staging only please."),
    ("j004", "all alert entries where the team label is discovery and severity = warning"),
    ("j004", "Could you show me alerts which belongs to discovery team and have warning severity?"),
    ("k002", "critical alerts prod, all of them"),
    ("k002", "For the production environment, give me every alert whose severity is critical."),
    ("m001", "payments-api anything firing atm"),
    ("m001", "Could you tell me which alerts are currently firing on payments-api?"),
    ("n005", "Which alert records for auth-api in the production environment are still in firing state right now?"),
    ("n005", "Please, can you list me the alerts of auth-api in production that are still firing? I must watch them."),
    ("p002", "alert rows with label team=payments and severity critical"),
    ("p002", "Show me the critical alerts whose team label is payments."),
    ("s008", "mgonzalez rollbacks"),
    ("s008", "Which rollbacks were done by mgonzalez? Please list them."),
    ("u003", "In production, show me the error logs of cart-service where the message contains 'Service Unavailable'."),
    ("u003", "error log entries for cart-service, environment production, with body matching 'Service Unavailable'"),
    ("v003", "anything still firing?"),
    ("v003", "Could you please list all alerts that are currently still firing?"),
    ("w001", "Please show me the critical-severity alerts for payments-api in the production environment."),
    ("w001", "In prod, payments-api, only critical ones - which alerts there are?"),
    ("x007", "all silence records for token-service where environment is staging"),
    ("x007", "For token-service in staging, show me the silences."),
    ("y006", "silences expired before scheduled end"),
    ("y006", "Please show me the silences which was expired before their planned end."),
    ("g005", "Would you please list the warning-severity alerts owned by the iam team?"),
    ("g005", "alert records where team label = iam and severity = warning"),
    ("h006", "In staging, for the search project, show me the alerts with warning level."),
    ("h006", "search project stg warning alerts"),
    ("i008", "Could you show me the OOMKilled alerts in the production environment, please?"),
    ("i008", "oomkilled alerts prd"),
    ("j008", "Any alerts that mention redis? Show them please."),
    ("j008", "alert entries where redis appears in the name, summary or description"),
    ("k005", "namespace=identity alerts still firing"),
    ("k005", "Of the alerts with namespace=identity, which ones are still firing?"),
    ("m003", "alerts that came in via pagerduty"),
    ("m003", "Give me all alert records that arrived via PagerDuty."),
    ("n008", "Could you please show every acknowledgement made on token-service alerts?"),
    ("n008", "all the acks which people did on alerts of token-service"),
    ("p003", "Please list all alerts that carry the label cluster=staging-eu-west-1."),
    ("p003", "alerts cluster=staging-eu-west-1"),

    # ---------------- time ----------------
    ("g027", "staging alerts yesterday"),
    ("g027", "Could you tell me which alerts fired in the staging environment yesterday?"),
    ("h021", "alert records that started in the last 3 hours"),
    ("h021", "From the last 3 hours, show me the alerts."),
    ("i024", "alerts feb 16"),
    ("i024", "Which alerts were there on 16th of february?"),
    ("j025", "Today between 1 and 5 am, how many alerts woke us up?"),
    ("j025", "count of alerts that fired between 1 and 5 am today"),
    ("k021", "What alerts went off yesterday between 14:00 and 16:00?"),
    ("k021", "alerts yday 14:00-16:00"),
    ("m022", "count of alert records since midnight"),
    ("m022", "Since midnight, how many alerts we had?"),
    ("n022", "checkout project alerts yesterday how many"),
    ("n022", "Could you tell me how many alerts fired in the checkout project yesterday?"),
    ("p022", "Did any alerts fire in the last 6 hours? Please show them."),
    ("p022", "In the last 6h, what fired?"),
    ("s016", "checkout alerts firing at 2:50pm"),
    ("s016", "Customers report checkout is broken; could you please show me which checkout alerts were firing at 2:50pm?"),
    ("u021", "count of alerts last week grouped by severity"),
    ("u021", "Last week, how many alerts we got per each severity?"),
    ("v016", "alert count yesterday"),
    ("v016", "Could you tell me how many alerts fired yesterday?"),
    ("w016", "In production, what is firing right now?"),
    ("w016", "prod alerts firing atm"),
    ("x018", "minutes between first checkout alert on March 11 and payments-api rollback going live?"),
    ("x018", "From the first checkout alert on March 11 until the payments-api rollback went live, how many minutes passed?"),
    ("y020", "Could you show me the acknowledgements that were made outside business hours?"),
    ("y020", "ack entries in the audit log that fall outside business hours"),
    ("g028", "Since monday, which critical alerts have fired?"),
    ("g028", "crit alerts since mon"),
    ("h022", "search-api alerts yday"),
    ("h022", "Which alerts have fired on search-api yesterday?"),
    ("i025", "count of alert records last week"),
    ("i025", "Last week, how many alerts did we receive in total?"),
    ("j028", "Could you please list the alerts from January?"),
    ("j028", "alerts jan"),
    ("k022", "Please show me all the alerts for checkout-web so far today."),
    ("k022", "Today, which alerts checkout-web had?"),
    ("m029", "alert entries with start time between 1 and 5 am"),
    ("m029", "Between 1 and 5 am, what alerts fired?"),
    ("n027", "distinct services with alerts between 2pm and 4pm today"),
    ("n027", "Today between 2pm and 4pm, which services had alerts going off?"),
    ("p023", "prod deploys since midnight"),
    ("p023", "Since midnight, which deployments have gone live in production?"),

    # ---------------- aggregates ----------------
    ("g054", "alerts by severity last 24h"),
    ("g054", "Could you give me a breakdown of the alerts by severity over the last 24 hours?"),
    ("h042", "count of alert records with severity critical in production"),
    ("h042", "How many critical alerts there are in prod?"),
    ("i041", "query-suggest alert count"),
    ("i041", "For query-sugest, how many alerts has it had in total?"),
    ("j041", "For the weekly review, could you give me the number of alerts per service for last week?"),
    ("j041", "last week alerts grouped by service"),
    ("k043", "Per service, what is the MTTR in minutes?"),
    ("k043", "mttr per svc mins"),
    ("m041", "count of alert rows grouped by service"),
    ("m041", "How many alerts each service has?"),
    ("n041", "Could you calculate the average time to resolve, in minutes, across PostgresqlTooManyConnections, DBPoolPendingAcquiresHigh and HikariPoolPendingConnections combined?"),
    ("n041", "For PostgresqlTooManyConnections, DBPoolPendingAcquiresHigh and HikariPoolPendingConnections taken together, what is the avg resolve time in minutes?"),
    ("p041", "alerts per team, only ones with a team label"),
    ("p041", "For alerts which have a team label, how many alerts there are per team?"),
    ("s034", "count of distinct services that ever alerted in production"),
    ("s034", "In prod, how many different services have alerted at any point?"),
    ("u032", "log lines + error lines per env"),
    ("u032", "Could you show, for each environment, the total number of log lines and how many of them are errors?"),
    ("v032", "For the production alerts that started on March 11 and have resolved, what was the average time to resolve in minutes per service?"),
    ("v032", "avg minutes to resolve per service, prod alerts started March 11, resolved ones only"),
    ("w031", "count of alerts grouped by service for February 2025 (1-28 Feb, UTC)"),
    ("w031", "In February 2025 (1-28 Feb, UTC), how many alerts each service raised?"),
    ("x034", "How many times has payments-api been deployed to production?"),
    ("x034", "number of deployment records for payments-api in production"),
    ("y032", "mttr per svc, alerts started past 7 days, mins"),
    ("y032", "Could you give me the MTTR in minutes for each service, considering the alerts that started in the past 7 days?"),
    ("g055", "count of alerts grouped by day for this week"),
    ("g055", "This week, how many alerts we had each day?"),
    ("h043", "How many alerts does each service have?"),
    ("h043", "number of alert records grouped by service"),
    ("i042", "distinct alert names in stg how many"),
    ("i042", "In staging, how many different alert names have we seen?"),
    ("j043", "alerts per hr today"),
    ("j043", "Could you show me the count of alerts for each hour today?"),
    ("k050", "How many snoozes did each person do?"),
    ("k050", "count of snooze entries grouped by actor"),
    ("m043", "how many error log lines today"),
    ("m043", "Could you tell me the total number of error log lines so far today?"),
    ("n042", "payments-api total alert count"),
    ("n042", "In total, how many alerts payments-api has raised?"),
    ("p043", "count of incidents grouped by service, production environment"),
    ("p043", "In production, how many incidents has each service had?"),

    # ---------------- top_n ----------------
    ("g076", "4 noisiest alert names"),
    ("g076", "Could you show me the top 4 noisiest alert names?"),
    ("h062", "This week, which are the top 2 alert names?"),
    ("h062", "top 2 alert names by count of records this week"),
    ("i062", "In staging, which alert is going off the most?"),
    ("i062", "most frequent alert stg"),
    ("j064", "Could you give me the top 5 payments-api log patterns by error count for today?"),
    ("j064", "top 5 log templates for payments-api ranked by sum of errors today"),
    ("k064", "5 longest resolved alerts"),
    ("k064", "Among the resolved alerts, show me the 5 which lasted the longest."),
    ("m061", "top 3 svcs by alert count"),
    ("m061", "Which are the 3 services with the most alerts?"),
    ("n062", "Yesterday, which service got the most alerts?"),
    ("n062", "service with highest count of alerts yesterday"),
    ("p061", "Could you tell me which 3 services are the noisiest by number of alerts?"),
    ("p061", "top 3 noisiest svcs"),
    ("s050", "top 3 early warnings by sigma"),
    ("s050", "Show me the 3 early warnings that have the highest sigma."),
    ("u050", "Which alert is firing the most? Only the top one please."),
    ("u050", "single alert name with highest count of records"),
    ("v048", "Who has acknowledged the most alerts?"),
    ("v048", "who acks the most alerts"),
    ("w048", "top 5 payments-api log patterns by error count"),
    ("w048", "For payments-api, which are the 5 log patterns with most errors?"),
    ("x046", "Could you show me the 2 noisiest alerts over the last 7 days?"),
    ("x046", "Over the last 7 days, top 2 alert names by count"),
    ("y046", "most alerts past 30 days which svc"),
    ("y046", "In the past 30 days, which service had more alerts than any other?"),
    ("g077", "Yesterday, which 3 services had the highest alert counts?"),
    ("g077", "top 3 services by count of alert records yesterday"),
    ("h065", "last 3 payments-api alerts"),
    ("h065", "Could you show me the 3 most recent alerts for payments-api?"),
    ("i063", "Please show me the 5 latest alerts in production."),
    ("i063", "5 most recent production alert records"),
    ("j066", "Which 3 services have the fewest alerts?"),
    ("j066", "3 least noisy svcs by alert count"),
    ("k065", "When did payments-api alert for the last time?"),
    ("k065", "most recent payments-api alert"),
    ("m062", "For the search project, which alert is the noisiest?"),
    ("m062", "noisiest alert search project"),
    ("n063", "who made most silences"),
    ("n063", "Which person has created the most silences?"),

    # ---------------- changes ----------------
    ("g102", "who flipped feature flags in prod"),
    ("g102", "Could you tell me who has toggled feature flags in production?"),
    ("h083", "Who did the rollback of payments-api?"),
    ("h083", "distinct actors on rollback records for payments-api"),
    ("i083", "search-api flag toggles who"),
    ("i083", "Could you tell me who has been toggling feature flags on search-api?"),
    ("j086", "Yesterday on cart-service, what changed?"),
    ("j086", "cart-service changes yday"),
    ("k082", "Which version is currently running on user-profile in production?"),
    ("k082", "user-profile prod current version"),
    ("m085", "Could you list the feature flag changes made so far today?"),
    ("m085", "flag change entries today"),
    ("n081", "who did rollbacks yday"),
    ("n081", "Could you tell me who rolled anything back yesterday?"),
    ("p084", "For each service, what was the latest deployment, no matter the environment?"),
    ("p084", "latest deploy per service, any env"),
    ("s062", "Which checkout-web versions were deployed to staging?"),
    ("s062", "distinct checkout-web versions deployed to stg"),
    ("u064", "search project prod flag changes"),
    ("u064", "For the search project, could you list the feature flag changes in production?"),
    ("v066", "What was changed on search-api yesterday?"),
    ("v066", "search-api changes yday"),
    ("w062", "payments-api version in prod rn"),
    ("w062", "Could you tell me which version of payments-api is currently live in production?"),
    ("x062", "How many deployments of auth-api went to staging yesterday?"),
    ("x062", "count of auth-api deploy records in staging yesterday"),
    ("y064", "how many changes made by bots (argocd, kubernetes deployment-controller) not humans"),
    ("y064", "Of the changes, how many was done by bots (argocd and the kubernetes deployment-controller) instead of people?"),
    ("g105", "Which feature flags were flipped yesterday?"),
    ("g105", "distinct flag keys changed yesterday"),
    ("h085", "stg deploys today"),
    ("h085", "Could you show me the deployments to staging so far today?"),
    ("i087", "When was the last time payments-api was deployed to staging?"),
    ("i087", "payments-api last stg deploy when"),
    ("j087", "Which versions of checkout-web have been rolled out to staging?"),
    ("j087", "For checkout-web, which versions went out to staging environment?"),
    ("k087", "Could you list the rollbacks in production?"),
    ("k087", "rollback records in the production environment"),
    ("m086", "In February, how many deploys went live?"),
    ("m086", "feb deploys count"),
    ("n082", "current payments-api version prod"),
    ("n082", "In production, which version of payments-api is live right now?"),

    # ---------------- silences ----------------
    ("g128", "Which silences are going to expire within the next 2 hours?"),
    ("g128", "mutes expiring next 2h"),
    ("h101", "Who has silenced the indexer?"),
    ("h101", "distinct creators of silences on indexer"),
    ("i105", "silences prd"),
    ("i105", "Could you show me the silences in the production environment?"),
    ("j101", "what's muted rn"),
    ("j101", "Could you tell me what is silenced at the moment?"),
    ("k102", "silence records currently in effect"),
    ("k102", "Right now, which silences are active?"),
    ("m106", "indexer silences"),
    ("m106", "Please list all silences for the indexer."),
    ("n103", "Could you show me the silences whose comment mentions postgres?"),
    ("n103", "silence entries with comment containing postgres"),
    ("p112", "alerts actually held back by alertmanager due to silence"),
    ("p112", "Which alerts did alertmanager really suppress because of a silence?"),
    ("s083", "longest silence ever set"),
    ("s083", "Of all silences that anyone has set, which is the longest one?"),
    ("u082", "Could you show me the silences with 'reindex' in the comment?"),
    ("u082", "silences which comment has 'reindex' in it"),
    ("v081", "active silences now"),
    ("v081", "Are there any silences still active at the moment? Please show them."),
    ("w076", "For silences expired before their scheduled end, who expired them, which silence, and when?"),
    ("w076", "silence id, expired by and expired at for silences ended early"),
    ("x077", "Who silenced the indexer in February?"),
    ("x077", "indexer silences feb who created"),
    ("y076", "count of silence records created last week"),
    ("y076", "Last week, how many silences was created?"),
    ("g129", "who ended a silence early"),
    ("g129", "Could you tell me who has expired a silence early?"),
    ("h104", "Which people expired silences before their end?"),
    ("h104", "distinct users that expired a silence early"),
    ("i107", "Could you list the silences that last longer than 12 hours?"),
    ("i107", "mutes longer than 12h"),
    ("j108", "silences scheduled in advance"),
    ("j108", "Which silences was scheduled ahead of time?"),
    ("k108", "silence records with created_by lucie.novak@acme.io"),
    ("k108", "Could you show me the silences that lucie.novak@acme.io has created?"),
    ("m107", "silences with comment about catalog import"),
    ("m107", "Which silences have a comment that says something about the catalog import?"),
    ("n104", "Could you show me the silences that end in the next 24 hours?"),
    ("n104", "In the next 24 hours, which silences are ending?"),

    # ---------------- joins ----------------
    ("g152", "payments-api alerts within 10 min of a payments-api deploy"),
    ("g152", "Could you show me the payments-api alerts that started within 10 minutes of a deployment to payments-api?"),
    ("h123", "Please list the incidents together with their suspect change."),
    ("h123", "incidents + suspect change"),
    ("i124", "incidents blamed on flag toggle"),
    ("i124", "Which incidents have a feature flag change as their suspect?"),
    ("j121", "Could you show me the alerts that started less than 15 minutes after a deployment to the same service?"),
    ("j121", "alerts started <15 min after a deploy on same svc"),
    ("k122", "Which deployments were followed by a critical alert on the same service within 60 minutes?"),
    ("k122", "rollouts w/ crit page within 60 min after"),
    ("m122", "deploys followed by alert on same svc within 15 min"),
    ("m122", "Which deployments had an alert on the same service in 15 minutes after them?"),
    ("n122", "Could you please show me the releases that were followed by an alert on the same service within 2 hours?"),
    ("n122", "releases with an alert on the same svc within 2h after"),
    ("p123", "Which deployments had no alerts at all in the 15 minutes afterwards?"),
    ("p123", "deploys with 0 alerts in next 15 min"),
    ("r004", "alerts within 30 min after a feature flag flip on same svc"),
    ("r004", "Could you list the alerts that went off within half an hour after someone flipped a feature flag on the same service?"),
    ("s094", "For every incident which has a suspect change, give opened time, service, and the suspect change's service, version and who did it."),
    ("s094", "per incident with suspect change: opened_at, service, change service, change version, change actor"),
    ("u092", "Could you show me the alerts that fired within 15 minutes after a deployment to the same service?"),
    ("u092", "alerts fired within 15 min of a deploy to same svc"),
    ("v094", "early warnings in the hour after the payments-api v2.14.0 prod deploy"),
    ("v094", "Please list the early warnings that started within the hour following the payments-api v2.14.0 production deployment."),
    ("w095", "For incidents opened in March, which ones had no deployment of same service and environment in the hour before opening?"),
    ("w095", "march incidents with no deploy on same svc+env in the prior hour"),
    ("x092", "resolved alert_groups with no resolutions row"),
    ("x092", "Could you show me the alert_groups rows with status resolved that have no matching row in resolutions?"),
    ("y095", "silences created while an incident on the same svc was open"),
    ("y095", "Were there silences which was created while an incident on that service was still open?"),
    ("g153", "Could you show me the staging alerts that started within 30 minutes after a staging deployment of the same service?"),
    ("g153", "stg alerts within 30 min after a stg deploy of same svc"),
    ("h124", "Which changes were the cause of incidents?"),
    ("h124", "change_events records that are suspects for incidents"),
    ("i125", "incidents w/o suspect change"),
    ("i125", "Which incidents do not have any suspect change?"),
    ("j123", "Could you show me the deployments that had no alerts in the hour after them?"),
    ("j123", "rollouts with zero alerts in following hour"),
    ("k128", "payments-api alerts within 15 min after dpatel deploys"),
    ("k128", "After any deployment by dpatel, which payments-api alerts started within the following 15 minutes?"),
    ("m123", "Which indexer alerts fired while the indexer was silenced?"),
    ("m123", "indexer alerts that went off while muted"),
]

THIRD: list[tuple[str, str]] = [
    # ---------------- filters ----------------
    ("s011", "rows of log_events for cart-service in production, error level only, where the body mentions a statement timeout"),  # b
    ("s011", "cart-service error logs in production what talk about statement timeout, please show"),  # e
    ("u005", "Which of our staging alerts are missing a runbook_url annotation? We need to follow up with whoever owns those rules."),  # c
    ("u005", "staging alerts w/o runbook_url annotation — list them, chasing rule owners"),  # a
    ("u007", "checkout-web deploy requests, only the requested step, not when it go live"),  # e
    ("u007", "List the deployment requests submitted for checkout-web, requested phase only, not the go-live events."),  # d
    ("v009", "alerts whose name, summary or description mentions the reindex queue"),  # b
    ("v009", "anything alerting about the reindex queue? quick"),  # a
    ("v015", "Which alerts were raised for the node ip-10-42-28-16.eu-west-1.compute.internal?"),  # d
    ("v015", "show alerts of node ip-10-42-28-16.eu-west-1.compute.internal"),  # e
    ("w002", "In staging, which alerts from the identity project only got as far as warning severity?"),  # c
    ("w002", "rows of alerts with project identity, environment staging and severity warning"),  # b
    ("w006", "critical incidents still open — need them now"),  # a
    ("w006", "which incidents of critical severity are not closed yet?"),  # e
    ("w008", "Which resolution records reference more than a single link?"),  # d
    ("w008", "rows of resolutions where the number of links is greater than 1"),  # b
    ("x008", "Were any feature flags changed on our identity services in staging?"),  # c
    ("x008", "flag changes for identity services on stage environment, there is any?"),  # e
    ("x010", "alert rows with a null ends_at whose severity is anything other than 'warning'"),  # b
    ("x010", "Identify the alerts that have no ends_at value and whose severity is not 'warning'."),  # d
    ("y010", "deployment rows with source argocd and environment staging"),  # b
    ("y010", "What did argocd deploy to staging?"),  # c
    ("z005", "payments prod alerts from yesterday — pull them"),  # a
    ("z005", "Provide all production alerts for payments that were raised yesterday."),  # d
    ("z008", "Were there any problems with login during the night? I'd like to see them."),  # c
    ("z008", "login had some problems in night time? show me them"),  # e
    ("z009", "Which silences did Kenji create on a Saturday or a Sunday?"),  # d
    ("z009", "rows of silences created by Kenji where the creation day falls on a weekend"),  # b
    ("h016", "identity alerts in live — all of them, now"),  # a
    ("h016", "alert rows for project identity in the live environment"),  # b
    ("k019", "early warnings with sigma below zero, where series go under its band"),  # e
    ("k019", "Identify the early warnings with a negative sigma, that is, where the series fell below its band."),  # d
    ("n017", "Which silences aren't tied to any particular service? The broad ones, I want to see them."),  # c
    ("n017", "rows of silences with no service pinned (the broad ones)"),  # b
    ("q016", "checkout critical alerts that are already resolved — list"),  # a
    ("q016", "critical alerts of checkout which are resolved"),  # e
    ("f035", "Which alerts needed more than an hour to be resolved?"),  # c
    ("f035", "List the alerts whose time to resolution exceeded one hour."),  # d
    # ---------------- time ----------------
    ("s019", "silences made in last 12h? quick"),  # a
    ("s019", "rows of silences with created_at within the past 12 hours"),  # b
    ("s020", "Did any deployments go out last week?"),  # c
    ("s020", "last week we shipped anything?"),  # e
    ("u025", "Which alerts in the checkout project began between 14:30 and 15:00 today?"),  # d
    ("u025", "checkout project alerts that started 14:30–15:00 today — need them"),  # a
    ("u028", "which silences finish in next 24 hours?"),  # e
    ("u028", "Which silences are going to end within the next 24 hours?"),  # c
    ("v019", "distinct values of service among the alerts that started last night (UTC)"),  # b
    ("v019", "last night UTC — which services got alerts? names"),  # a
    ("v022", "How many production alerts have started within the last 2 hours?"),  # d
    ("v022", "how much alerts started in production in last 2 hours?"),  # e
    ("v026", "Who created silences on March 11? Give me each silence id with its author and comment."),  # c
    ("v026", "silence_id, created_by and comment of every silence created on March 11"),  # b
    ("w022", "alerts which was starting on weekend, saturday or sunday"),  # e
    ("w022", "Identify all alerts that began on a weekend, i.e. a Saturday or Sunday."),  # d
    ("w023", "payments-api — what went red this afternoon since noon? quick"),  # a
    ("w023", "What alerts came up on payments-api this afternoon, from noon onwards?"),  # c
    ("w030", "alert_groups rows that were open at 03:00 UTC on 12 March 2025"),  # b
    ("w030", "Which incidents remained open as of 03:00 UTC on 12 March 2025?"),  # d
    ("x029", "deploys from midnight until now"),  # e
    ("x029", "what deployed since midnight? list"),  # a
    ("y024", "Has anything raised an alert within the past hour?"),  # c
    ("y024", "any new alerts in the last hour? need to know"),  # a
    ("z018", "how many alerts in each hour of yesterday, UTC hours"),  # e
    ("z018", "For yesterday, how many alerts did we get in each hour (UTC)?"),  # c
    ("z026", "Provide the search-api alerts from last week."),  # d
    ("z026", "search-api alerts last week — pull them"),  # a
    ("z030", "distinct actors in audit_log with an entry between midnight and 05:00, on any day"),  # b
    ("z030", "who was doing something in audit log from midnight to 5 in morning, any day?"),  # e
    ("j026", "What alerts did we have on February 16th?"),  # c
    ("j026", "feb 16 alerts — all"),  # a
    ("n036", "Which incidents were still unresolved at noon today?"),  # d
    ("n036", "incidents which was not resolved yet at noon of today, list please"),  # e
    ("p029", "alert rows that started overnight, between midnight and 6am UTC"),  # b
    ("p029", "overnight, midnight to 6am UTC: anything fire?"),  # a
    ("k037", "which releases was published in last week?"),  # e
    ("k037", "List the releases that were published during last week."),  # d
    # ---------------- aggregates ----------------
    ("s040", "How many acknowledgements has each person performed?"),  # d
    ("s040", "how much acks every person did"),  # e
    ("s042", "sum of silenced minutes grouped by silence author"),  # b
    ("s042", "For each person who created silences, how many minutes of silencing did they set in total?"),  # c
    ("u033", "kenji's silence count in alertmanager, all time — quick"),  # a
    ("u033", "how many silence kenji put in alertmanager, in total?"),  # e
    ("u034", "percentage of alerts by source (alertmanager, grafana, pagerduty, ...)"),  # b
    ("u034", "What percentage of our alerts comes in through each source, like alertmanager, grafana or pagerduty?"),  # c
    ("u042", "What is the average number of matchers configured per silence?"),  # d
    ("u042", "avg matchers per silence?"),  # a
    ("v035", "Of the alerts we had yesterday, what percentage were critical?"),  # c
    ("v035", "how much percent of alerts yesterday was critical?"),  # e
    ("v037", "cart-service prod error logs yesterday — count?"),  # a
    ("v037", "count of error log lines for cart-service in production, yesterday"),  # b
    ("v038", "For March, how many deployment requests were submitted in each environment?"),  # d
    ("v038", "in March how many deploys was requested per environment?"),  # e
    ("v045", "count of ack actions performed by sade okafor"),  # b
    ("v045", "How many acknowledgements were performed by Sade Okafor?"),  # d
    ("w032", "Feb alerts: % critical, one decimal — need it"),  # a
    ("w032", "What percentage of the alerts in February were critical? One decimal place is enough."),  # c
    ("x042", "For each service, what's the mean time to resolve over the last 7 days?"),  # c
    ("x042", "mean time for resolve per each service, last 7 days"),  # e
    ("y034", "For each silence author, report the total number of hours silenced."),  # d
    ("y034", "silenced hours per author, totals"),  # a
    ("z031", "average of alert duration in minutes grouped by service, resolved alerts only"),  # b
    ("z031", "for each service how long alerts are lasting in average, minutes, only resolved ones"),  # e
    ("z037", "How many deployments has checkout had this week?"),  # c
    ("z037", "checkout deploys this week — count"),  # a
    ("z043", "For each metric, what is the maximum sigma among the warnings?"),  # d
    ("z043", "max sigma of the warnings grouped by metric"),  # b
    ("m048", "how many alerts there is for each severity"),  # e
    ("m048", "How many alerts do we have at each severity level?"),  # c
    ("n054", "incidents resolved per person — counts"),  # a
    ("n054", "Report the number of incidents resolved by each individual."),  # d
    ("p053", "average count of alerts per incident, across all incidents"),  # b
    ("p053", "in average how many alerts goes in one incident?"),  # e
    ("g074", "How many dead letters are there in each topic?"),  # c
    ("g074", "count of dead-letter rows grouped by source topic"),  # b
    # ---------------- top_n ----------------
    ("s054", "Which two people change feature flags the most?"),  # c
    ("s054", "who are 2 persons what toggle feature flags most?"),  # e
    ("s057", "top 2 UTC hours on March 11 by count of alerts started, sorted descending"),  # b
    ("s057", "March 11: 2 busiest UTC hours by alerts started — now"),  # a
    ("u051", "Identify the five payments-api log patterns with the highest error counts."),  # d
    ("u051", "5 log patterns of payments-api with most errors"),  # e
    ("u056", "two longest silences we ever had — list"),  # a
    ("u056", "What are the two longest silences we've ever had?"),  # c
    ("u057", "in staging which project get most alerts?"),  # e
    ("u057", "project with the highest count of staging alerts, top 1"),  # b
    ("v049", "Which service has been subject to the greatest number of rollbacks?"),  # d
    ("v049", "most rolled-back service?"),  # a
    ("v052", "What's the noisiest alert on the indexer?"),  # c
    ("v052", "alert name with the highest count for indexer, top 1"),  # b
    ("w047", "which alert name is most often of all"),  # e
    ("w047", "Which alert name occurs most frequently across all alerts?"),  # d
    ("w050", "cart-service vs checkout-web vs payments-api — which has most alerts?"),  # a
    ("w050", "Among our checkout services, cart-service, checkout-web and payments-api, which one had the most alerts?"),  # c
    ("x051", "top 2 actors by count of deployments over the last 30 days"),  # b
    ("x051", "who are 2 people deploying most in last 30 days"),  # e
    ("x055", "Which account performed the most acknowledgements of token-service alerts?"),  # d
    ("x055", "top acker on token-service alerts? asap"),  # a
    ("y047", "Which project has had the most incidents this week?"),  # c
    ("y047", "this week which project most incidents?"),  # e
    ("z048", "which part of the business has most problems? one answer"),  # a
    ("z048", "Which part of the business has experienced the greatest number of problems?"),  # d
    ("z049", "top 2 actors by count of changes made by hand, bots excluded"),  # b
    ("z049", "Who are the two people who made the most changes manually, not counting the bots?"),  # c
    ("z059", "who make most snoozes?"),  # e
    ("z059", "Which user has performed the highest number of snoozes?"),  # d
    ("f118", "oldest alert we have stored — show it"),  # a
    ("f118", "What's the very oldest alert on record?"),  # c
    ("j078", "project with the lowest count of alerts last week"),  # b
    ("j078", "which project was most quiet last week, with less alerts?"),  # e
    ("k067", "Identify the three services with the lowest number of alerts."),  # d
    ("k067", "bottom 3 services by alert count"),  # a
    ("m073", "Which five services write the most logs?"),  # c
    ("m073", "top 5 services by number of log lines"),  # b
    # ---------------- changes ----------------
    ("s063", "latest deployment per service: service, version, timestamp"),  # b
    ("s063", "for each service the last deploy, give service and version and when it was"),  # e
    ("s067", "Show me the full history of the passkey-login feature flag."),  # c
    ("s067", "passkey-login flag history — need it"),  # a
    ("s070", "List all changes that went live in the identity project between 11:00 and 13:00 UTC on March 11, scaling events included."),  # d
    ("s070", "all changes of identity project on March 11 from 11:00 until 13:00 UTC, also scaling ones"),  # e
    ("s071", "distinct values of service among the production deployments on March 11"),  # b
    ("s071", "Which services had a new rollout to production on March 11?"),  # c
    ("u069", "user-profile last prod deploy — time only"),  # a
    ("u069", "when was last deploy of user-profile in prod? only the time please"),  # e
    ("v068", "Which configuration updates were applied in production? Provide the service, summary, actor and timestamp."),  # d
    ("v068", "What config updates were made in production? I need the service, the summary, who made it and when."),  # c
    ("v070", "who flipped prod flags yesterday? names"),  # a
    ("v070", "yesterday who was turning flags on or off in prod?"),  # e
    ("w066", "Which feature-flag changes were performed by jonas.lindqvist@acme.io? Give the service, summary and time of each."),  # d
    ("w066", "service, summary and timestamp of the flag changes made by jonas.lindqvist@acme.io"),  # b
    ("w071", "What got shipped to payments-api in production over the last 2 hours?"),  # c
    ("w071", "payments-api prod, last 2h — what shipped?"),  # a
    ("x065", "what version payments-api is running in prod now?"),  # e
    ("x065", "Which payments-api version is currently running in production?"),  # d
    ("y067", "all change events that went live on search-api yesterday"),  # b
    ("y067", "search-api, yesterday — what changed? all of it"),  # a
    ("y069", "Who switched on the new checkout flow flag?"),  # c
    ("y069", "who did turn on the flag of new checkout flow?"),  # e
    ("z062", "List all flag changes performed by Lucie."),  # d
    ("z062", "Lucie's flag changes — every one"),  # a
    ("z064", "what we shipped for payments in this month?"),  # e
    ("z064", "What have we shipped for payments so far this month?"),  # c
    ("z066", "rollback rows from the last 24 hours"),  # b
    ("z066", "Were any rollbacks executed during the last 24 hours?"),  # d
    ("f140", "who flipped the semantic-ranking flag? names"),  # a
    ("f140", "Which accounts toggled the semantic-ranking flag?"),  # d
    ("g119", "Who published the search-api v1.30.3 release?"),  # c
    ("g119", "search-api release v1.30.3, who was cutting it?"),  # e
    ("j088", "deployment rows in the failed phase"),  # b
    ("j088", "any deploys fail? list"),  # a
    ("p091", "flag changes where a flag was switched to off"),  # e
    ("p091", "Which flag changes turned a flag off?"),  # c
    # ---------------- silences ----------------
    ("s076", "what's silenced atm? quick"),  # a
    ("s076", "What's currently muted?"),  # c
    ("s078", "Which silences were expired manually before their scheduled end?"),  # d
    ("s078", "silences that somebody finished early, before they run out"),  # e
    ("s084", "snooze rows in the audit log where the actor is jonas.lindqvist@acme.io"),  # b
    ("s084", "Show me the snoozes jonas.lindqvist@acme.io did."),  # c
    ("u085", "how much silences for each service, not counting ones without service"),  # e
    ("u085", "count of silences grouped by service, leaving out the ones not scoped to a service"),  # b
    ("u089", "Which alerts were actually suppressed by alertmanager? Provide the alert name, its start time and the silence ids."),  # d
    ("u089", "what did alertmanager really hold back — alert name, start time, silence ids. go"),  # a
    ("v082", "What's the longest silence anyone has ever set? Tell me who set it, the comment they wrote and how many minutes it lasted."),  # c
    ("v082", "longest silence of all time — who made it, what comment was written, how much minutes it last?"),  # e
    ("v085", "count of snoozes on HighLatencyP99 grouped by actor"),  # b
    ("v085", "For the HighLatencyP99 alert, which accounts performed snoozes and how many times each?"),  # d
    ("w082", "avg silence length per author, in minutes"),  # a
    ("w082", "for each author, how long is his silences on average, in minutes?"),  # e
    ("w086", "What percentage of silences were scheduled in advance, meaning set to start later than when they were created? One decimal."),  # c
    ("w086", "percentage of silences with a start time later than their creation time, rounded to 1 decimal"),  # b
    ("w089", "which alerts alertmanager really hold back because of silence?"),  # e
    ("w089", "Which alerts were actually suppressed by alertmanager due to a silence?"),  # d
    ("x082", "which silences run out within 24h from now? list"),  # a
    ("x082", "Which silences are due to expire in the next 24 hours?"),  # c
    ("y079", "silences which are longer than 3 hours"),  # e
    ("y079", "silence rows whose duration exceeds 3 hours"),  # b
    ("y080", "Which silences were expired early by an account other than the one that created them?"),  # d
    ("y080", "Which silences did someone end early when they weren't the person who created them?"),  # c
    ("y090", "silences where the comment contains 'reindex'"),  # b
    ("y090", "silences w/ reindex in the comment — list"),  # a
    ("z085", "List the indexer silences created by Kenji in March."),  # d
    ("z085", "Which silences on the indexer did Kenji set up in March?"),  # c
    ("p102", "who is making silences on indexer?"),  # e
    ("p102", "Which accounts have been creating silences on the indexer?"),  # d
    ("p114", "silences pinned to environment=staging — list"),  # a
    ("p114", "rows of silences whose environment is staging"),  # b
    ("p117", "On average, how long does a silence last, in minutes?"),  # c
    ("p117", "how long is silence in average, in minutes?"),  # e
    ("q145", "Which silences are in a pending state?"),  # d
    ("q145", "pending silences? show"),  # a
    # ---------------- joins ----------------
    ("r017", "Which critical incidents lack any associated suspect change?"),  # d
    ("r017", "critical incidents what have no suspect change at all"),  # e
    ("r031", "for each incident with a resolution: service, alert name, opened time, resolved by, fix"),  # b
    ("r031", "For each incident that has a resolution, show me the service, the alert name, when it opened, who resolved it and how it was fixed."),  # c
    ("r055", "incidents w/ a flag flip as suspect: service, alertname, opened, flag change summary, who flipped — go"),  # a
    ("r055", "Which incidents have a feature-flag change as their suspect? Provide the incident's service, alert name and opening time, plus the flag change's summary and who performed it."),  # d
    ("s097", "Which production rollouts weren't followed by any alert on the same service within an hour?"),  # c
    ("s097", "deploys to prod after which no alert of same service came inside one hour"),  # e
    ("s101", "flag changes followed by an alert on the same service within 30 minutes"),  # b
    ("s101", "flag flips w/ an alert on that service ≤30 min after — list"),  # a
    ("u100", "Which individuals deployed within the 15 minutes preceding an incident opening on the same service? List each person once."),  # d
    ("u100", "who did deploy in 15 minutes before incident opened on same service? each person only one time"),  # e
    ("u105", "Which services got paged less than 10 minutes after a deploy?"),  # c
    ("u105", "distinct services with an alert starting within 10 minutes after a push"),  # b
    ("v098", "For the incidents in the checkout project, how many minutes before each one did its suspect change take effect? Provide service, alert name and minutes."),  # d
    ("v098", "checkout incidents: minutes between suspect change and incident — service, alertname, minutes"),  # a
    ("w101", "Which checkout-web alerts started within 5 minutes after a payments-api alert?"),  # c
    ("w101", "alerts of checkout-web coming inside 5 minutes after a payments-api alert"),  # e
    ("w103", "new log patterns that showed up in the hour before the cart-service incident"),  # b
    ("w103", "cart-service incident — which new log patterns in the hour before? need"),  # a
    ("x096", "Which incidents opened yesterday had no early warning ahead of them?"),  # d
    ("x096", "yesterday incidents which had no early warning"),  # e
    ("y103", "Which incidents from the past 7 days have no suspect change?"),  # c
    ("y103", "incidents last 7d with no suspect — list"),  # a
    ("z096", "alerts that came within 30 minutes after a deploy of auth-api"),  # b
    ("z096", "Which alerts followed a deployment of auth-api within 30 minutes?"),  # d
    ("z104", "Did any early warnings from payments come before yesterday's checkout outages?"),  # c
    ("z104", "checkout outages of yesterday — was there early warnings from payments before them?"),  # e
    ("f202", "Which accounts made the suspect changes associated with critical incidents?"),  # d
    ("f202", "critical incidents — who made the suspect changes? names"),  # a
    ("h135", "new log patterns what appeared before incidents of indexer"),  # e
    ("h135", "log patterns flagged as new ahead of the indexer incidents"),  # b
    ("p125", "How many incidents had none of our early warnings ahead of them?"),  # c
    ("p125", "count: incidents with zero early warnings before — now"),  # a
    ("k131", "Enumerate the changes that were identified as the suspect for an incident."),  # d
    ("k131", "change rows that appear as the suspect change of some incident"),  # b
    # ---------------- refusals ----------------
    ("s106", "required sample size for an A/B test on checkout conversion with a 2% minimum detectable effect"),  # b
    ("s106", "How many users would we need in an A/B test on checkout conversion to detect a 2% minimum effect?"),  # c
    ("s113", "turn off new-checkout-flow FF in prod NOW"),  # a
    ("s113", "please you switch off the new-checkout-flow flag on prod"),  # e
    ("s116", "deployment rows for billing-service in staging"),  # b
    ("s116", "Which deployments of billing-service were made to staging?"),  # d
    ("u107", "How do I set up alertmanager.yml with a Slack receiver and a route for team=iam?"),  # c
    ("u107", "how to put Slack receiver in alertmanager.yml with route for team=iam?"),  # e
    ("u112", "mute DiskSpaceLow on indexer for next 2h, do it"),  # a
    ("u112", "Create a silence for DiskSpaceLow on the indexer lasting the next 2 hours."),  # d
    ("u116", "this week alerts of billing-service"),  # e
    ("u116", "What alerts did billing-service have this week?"),  # c
    ("v117", "count of incidents for the marketing project in March"),  # b
    ("v117", "How many incidents were recorded for the marketing project during March?"),  # d
    ("w106", "need a regex for semver tags like v2.14.0, quick"),  # a
    ("w106", "Could you write a regular expression that matches semver tags such as v2.14.0?"),  # c
    ("w112", "Perform a rollback of payments-api to v2.13.2."),  # d
    ("w112", "payments-api make rollback to v2.13.2 please"),  # e
    ("w117", "all change rows where the actor is tom.baker@acme.io"),  # b
    ("w117", "tom.baker@acme.io changes — all of them"),  # a
    ("x111", "Can you keep the token-service silence in staging going for one more day?"),  # c
    ("x111", "token-service silence on staging, make it one day longer please"),  # e
    ("y108", "office wifi password? asap"),  # a
    ("y108", "What is the wireless network password for the office?"),  # d
    ("y112", "remove audit log entries of February"),  # e
    ("y112", "delete the audit log rows from February"),  # b
    ("z116", "How many times did the loyalty points service run into problems this month?"),  # c
    ("z116", "loyalty points service — how often did it have problems this month?"),  # a
    ("f232", "Execute DROP TABLE on alert_events."),  # d
    ("f232", "please drop the table alert_events"),  # e
    ("h160", "alert rows with severity critical for the ledger-api"),  # b
    ("h160", "Show me the critical alerts on the ledger-api."),  # c
    ("j146", "grab me a meeting room for the weekly review, 3pm"),  # a
    ("j146", "please book room for meeting of weekly review at 3pm"),  # e
    ("k157", "What's the German word for 'postmortem'?"),  # c
    ("k157", "Provide the German translation of the term 'postmortem'."),  # d
]

FOURTH: list[tuple[str, str]] = [
    # ---------------- filters ----------------
    ("z003", "A customer says payments kept failing for them — was there a problem with payments this month? Show me the alerts."),  # b
    ("z003", "payments alerts this mnth, all of em"),  # c
    ("z006", "For the report: which incidents are open at this moment and still have no fix recorded against them?"),  # d
    ("z006", "still-open incidents right now with zero remediation documented — which ones across the platform?"),  # a
    ("z012", "warnings w/ sigma over 100, all cols"),  # c
    ("z012", "For the postmortem appendix, give me every column of the early warnings whose sigma exceeds 100."),  # d
    ("z013", "Which feature flags were turned on or off in checkout recently? Want to see what went out besides code."),  # e
    ("z013", "A customer noticed checkout acting differently — was anything toggled on or off in the checkout lately?"),  # b
    ("y001", "which alerts r still firing rn, is smth broken"),  # c
    ("y001", "Is something down at the moment? List every alert that is still active right now."),  # a
    ("y007", "every rollback we did in production — list all of them"),  # e
    ("y007", "For the report, list all the rollbacks that were performed in production."),  # d
    ("y009", "A customer is still waiting on us — which incidents in the identity project haven't been closed yet?"),  # b
    ("y009", "identity project: incidents still unresolved as of now, need them before I drain anything"),  # a
    ("x012", "all config changes shipped to token-service, production and staging both"),  # e
    ("x012", "token-service config updates regardless of env — prod or staging, whichever"),  # a
    ("x014", "snoozes on HighLatencyP99 done while it was still fiering?"),  # c
    ("x014", "For the timeline: which snooze actions on HighLatencyP99 were taken while that alert was actively firing?"),  # d
    ("w012", "what fired on node ip-10-42-28-16.eu-west-1.compute.internal? checking if that kubelet is sick"),  # a
    ("w012", "Was there a problem with the node ip-10-42-28-16.eu-west-1.compute.internal? Show me its alerts."),  # b
    ("v011", "After payments-api deploys went out to production, which production cart-service alerts started in the 15 minutes that followed?"),  # e
    ("v011", "Customers couldn't add to their cart — were there cart-service alerts in production that began within 15 minutes after a payments-api deploy to production?"),  # b
    ("v012", "In staging, show the 'Started auth-api' log lines from auth-api with their timestamp and the service version each one reports — want to confirm which builds booted."),  # e
    ("v012", "auth-api boot logs in staging — the 'Started auth-api' lines, with the time and the version each one reported"),  # a
    ("u011", "TokenCacheEvictionsHigh alerts sombody acked while still firing?"),  # c
    ("u011", "For the postmortem: which TokenCacheEvictionsHigh alerts were acknowledged by someone before they stopped firing?"),  # d
    ("u012", "What did humans push to production on March 11? Leave out the bots, deployment-controller and argocd (automated)."),  # e
    ("u012", "For the 11 March timeline: production changes made by people, not by deployment-controller or argocd (automated)."),  # d
    ("s009", "identity project alerts still firin rn?"),  # c
    ("s009", "A customer says things are still broken on our side — which alerts in the identity project are going off right now?"),  # b
    ("s010", "payments-api deployment requests — only the requested ones, staging and production both"),  # e
    ("s010", "requested-phase deploy requests for payments-api, prod + stg"),  # a
    ("s012", "snoozes for alertname=HighLatencyP99?"),  # c
    ("s012", "For the report, list the snooze actions that targeted alertname=HighLatencyP99."),  # d
    ("p007", "feature flag changes that went out to search-api in production"),  # e
    ("p007", "search-api prod flag toggles"),  # c
    ("n019", "any alerts ingested from grafana? list them"),  # a
    ("n019", "A customer asked about Grafana notifications — did any of our alerts come in from grafana? If so, show them."),  # b
    # ---------------- time ----------------
    ("z020", "Did anything get shipped on a Saturday or Sunday? List those changes."),  # e
    ("z020", "For the report, list every change that went out over a weekend."),  # d
    ("z023", "For the report: daily alert counts over the last 7 days, one row per day."),  # d
    ("z023", "alerts per day, past 7 days"),  # c
    ("z024", "How many times has search had an outage so far this month? A customer keeps asking."),  # b
    ("z024", "outage count for the search stack this month?"),  # a
    ("z028", "Once payments-api v2.14.0 went live in production, which services had alerts start within the next 30 minutes? Distinct service names only."),  # e
    ("z028", "which svcs started alerting in the 30 min after the payments-api v2.14.0 prod rollout went live — unique service names"),  # a
    ("y022", "silences created over the past 7 days"),  # d
    ("y022", "any silences made in last 7d"),  # c
    ("y023", "For the monthly report: how many incidents did we open in each month so far?"),  # d
    ("y023", "Month by month, how many incidents have we opened to date?"),  # b
    ("y030", "After yesterday's search-api deploy to staging went out, did search-api fire any staging alerts in the following 10 minutes?"),  # e
    ("y030", "search-api alerts 10min after yday's stg deploy of search-api?"),  # c
    ("x027", "per svc in staging, first and last log timestamp"),  # a
    ("x027", "For each service in staging, when was its earliest and its latest log line?"),  # d
    ("x028", "For the postmortem: every checkout incident opened on March 11 with its alert name and how many minutes it was open — resolved ones only."),  # d
    ("x028", "For the checkout incidents that started on March 11 and have been resolved, what was each one's alert name and how long, in minutes, did it stay open?"),  # b
    ("x030", "alerts on my identity services that kicked off on a Saturday or Sunday"),  # a
    ("x030", "my identity svc alerts that startd on a weekend"),  # c
    ("w020", "Show me the production log lines from payments-api between the moment v2.14.0 shipped to production and the rollback that came after it."),  # e
    ("w020", "For the incident timeline: the payments-api production logs written from its v2.14.0 prod deploy until the rollback that followed."),  # d
    ("v023", "how many HighLatencyP99 snoozes today so far"),  # c
    ("v023", "How many times has HighLatencyP99 been snoozed so far today?"),  # d
    ("u022", "what was the highest reindex queue depth while the 12 March nightly-reindex silence was active"),  # a
    ("u022", "For the report: the maximum reindex queue depth reached during the nightly-reindex silence of March 12."),  # d
    ("u029", "On March 11, during which UTC hour of the day did the most alerts begin? Only that hour and its count."),  # b
    ("u029", "mar 11 busiest utc hour for alerts starting, just the hour + count"),  # c
    ("s023", "Hourly alert totals for March 11, bucketed by UTC hour."),  # d
    ("s023", "alerts per hour for 11 March, UTC buckets"),  # a
    ("s030", "A customer asked when things started going wrong on March 12 — what was the very first alert that day?"),  # b
    ("s030", "1st alert of march 12?"),  # c
    ("p025", "which alerts were active at 14:45 UTC"),  # a
    ("p025", "A customer reported an issue at 2:45pm UTC — what was firing at that time?"),  # b
    ("n039", "Was there a problem on February 25th? Show me the alerts from that day."),  # b
    ("n039", "Which alerts fired on 25 February? Pulling them for the QA sign-off."),  # e
    ("p035", "alerts coming out of the prod-eu-west-1 cluster in Feb 2025"),  # a
    ("p035", "Which alerts did cluster prod-eu-west-1 raise over February 2025?"),  # e
    # ---------------- aggregates ----------------
    ("z032", "For the report: per project, the median time in minutes from an incident opening to its resolution."),  # d
    ("z032", "median incident time-to-resolve in minutes (opened_at to resolved_at), broken down by project"),  # a
    ("z033", "A customer complained about payments yesterday — what was the highest severity the payments alerts reached?"),  # b
    ("z033", "payments yday - worst severity it hit?"),  # c
    ("z040", "A customer asked who keeps muting our alerts — how many silences has each person created?"),  # b
    ("z040", "per person, number of silences they've created"),  # e
    ("z044", "# incidents opened since the reindex backlog alert went off this am"),  # c
    ("z044", "How many incidents have been opened since this morning's reindex backlog alert first fired?"),  # d
    ("y033", "For the report: on average, how many minutes of lead time did early warnings give ahead of critical incidents?"),  # d
    ("y033", "How much notice, on average in minutes, did the early warnings give us before critical incidents?"),  # b
    ("y044", "peak p99 latency for payments-api over the past 24h"),  # a
    ("y044", "What's the highest p99 payments-api hit in the last 24 hours?"),  # e
    ("y045", "per svc, average sigma across the warnings"),  # a
    ("y045", "For the report: mean sigma of the early warnings, split by service."),  # d
    ("x036", "error log count per identity svc in prod yesterday"),  # a
    ("x036", "Yesterday in production, how many error lines did each identity service log?"),  # b
    ("x037", "After v2.14.0 of payments-api went out to production, how many payments-api alerts fired within the next 30 minutes?"),  # e
    ("x037", "How many times did payments-api alert in the half hour after its v2.14.0 production deploy went live?"),  # d
    ("x044", "For payments-api in production on 2025-03-11: total log lines, and how many of those had is_error = true?"),  # e
    ("x044", "payments-api prod, 2025-03-11: overall log line count plus the count with is_error = true"),  # a
    ("w042", "How many errors did each payments-api version log in production?"),  # e
    ("w042", "payments-api prod err logs by version, counts"),  # c
    ("w043", "How many distinct services were alerted within 15 minutes of one of their own deployments?"),  # d
    ("w043", "Number of services that started alerting within 15 min after one of their own deploys went out"),  # e
    ("w044", "This is dpatel: across my production deploys, what's the average number of alerts on the same service within 15 minutes after each one?"),  # e
    ("w044", "dpatel here. avg # alerts on same svc in 15 min after each of my prod deploys?"),  # c
    ("u040", "for capacity planning: how many samples are stored for each metric name?"),  # a
    ("u040", "For the storage estimate: the number of samples we keep, by metric name."),  # d
    ("s035", "For each service, what's the average sigma of its early warnings, rounded to one decimal?"),  # b
    ("s035", "early warnings avg sigma per svc, 1 decimal"),  # c
    ("s043", "For the monthly report: how many changes of every type went live in March, scaling events included?"),  # d
    ("s043", "March: count of live changes per type — every kind, scale events too."),  # e
    ("p047", "What percentage of our alerts have been critical?"),  # b
    ("p047", "For the report: what proportion of all alerts were of critical severity?"),  # d
    ("n059", "snooze count per person"),  # c
    ("n059", "How many snoozes has each person done?"),  # b
    ("p059", "how many unique alertnames fired in namespace=search"),  # a
    ("p059", "count distinct alert names w/ namespace=search"),  # c
    # ---------------- top_n ----------------
    ("z051", "For the report: the three incidents that lasted longest, every column, longest first."),  # d
    ("z051", "top 3 longest-running incidents, all fields, sorted by duration desc"),  # a
    ("z052", "On which day this month did we get hit with the most alerts?"),  # b
    ("z052", "worst day this mnth for alerts?"),  # c
    ("z055", "since the reindex backlog alert went off this morning, which svc has thrown the most error logs?"),  # a
    ("z055", "since reindex backlog alert this am, which service logged most errs"),  # c
    ("z058", "Whose changes were named as the suspect in the most incidents?"),  # d
    ("z058", "Which person's changes got blamed for the largest number of incidents?"),  # e
    ("y053", "3 longest alerts?"),  # c
    ("y053", "A customer asked how long our problems tend to drag on — which three alerts lasted the longest?"),  # b
    ("y057", "Who flipped the most feature flags?"),  # e
    ("y057", "top flag toggler?"),  # c
    ("y060", "The three suspect changes with the highest score."),  # d
    ("y060", "highest-scoring 3 suspects"),  # e
    ("x053", "For March 11, which change was the suspect in the most incidents? Give its change id and the incident count."),  # d
    ("x053", "Among March 11 incidents, which single change got suspected most often — change id and number of incidents."),  # e
    ("x056", "checkout-web top 2 err templates yesterday"),  # c
    ("x056", "the two log templates with the most errors on checkout-web yesterday"),  # a
    ("w054", "Who has created the most silences?"),  # b
    ("w054", "who made most silences"),  # c
    ("w055", "I'm dpatel: of my deploys, which one was followed by the most alerts on its service within 30 minutes? Give service, version, time and the count."),  # e
    ("w055", "dpatel here — which of my rollouts drew the most alerts on its svc in the 30 min afterwards? svc, version, timestamp, count"),  # a
    ("v055", "Whose deployments were the suspect for the most incidents?"),  # d
    ("v055", "Which person's deploys got blamed for the highest number of incidents?"),  # e
    ("v057", "busiest hour-of-day (UTC) for alerts on 11 March"),  # a
    ("v057", "On March 11, at which UTC hour of the day did we see the most alerts?"),  # b
    ("u059", "Which three alerts took the longest to resolve?"),  # b
    ("u059", "top 3 slowest alerts to clear"),  # c
    ("s052", "checkout-web: which log pattern produced the most lines?"),  # a
    ("s052", "loudest log pattern on checkout-web"),  # c
    ("s059", "For the report: the two suspect changes with the lowest scores."),  # d
    ("s059", "bottom 2 suspect changes by score"),  # e
    ("p064", "Which four alert names fired most often?"),  # d
    ("p064", "top 4 alertnames by count"),  # a
    ("n075", "which 3 svcs logged the most error lines"),  # a
    ("n075", "Which three services have written the most error log lines?"),  # b
    ("p073", "Rank everyone who performed rollbacks by their rollback count."),  # e
    ("p073", "Who did rollbacks, and how many each, ordered from most to fewest?"),  # d
    # ---------------- changes ----------------
    ("z063", "For the report: each kind of live change with how many there were, highest count first."),  # d
    ("z063", "Break down the live change events by type with a count per type, sorted from most to least."),  # e
    ("z071", "payments-api changes past 24h"),  # c
    ("z071", "A customer reported payment issues — what was changed on payments-api over the past 24 hours?"),  # b
    ("z072", "Which automated deploys ended up being blamed for an incident?"),  # e
    ("z072", "bot-driven rollouts (automation, not humans) that later got pinned as an incident suspect"),  # a
    ("z074", "Which releases got deployed to production within 60 minutes of being published?"),  # e
    ("z074", "Which of our releases were live in production less than an hour after they were published?"),  # d
    ("y073", "prod flag flips last 24h"),  # c
    ("y073", "Which feature flags were changed in production over the past 24 hours?"),  # e
    ("y074", "For each service in the checkout project, what was the latest deploy — service, version and when?"),  # e
    ("y074", "checkout project: most recent rollout per svc, with svc, version, time"),  # a
    ("x070", "config updates on my identity services — svc, who, when"),  # a
    ("x070", "For the audit section: every config update to my identity services, with service, actor and timestamp."),  # d
    ("x072", "Deploys that went out on 2025-03-11 with no alert on the same service and environment in the hour after."),  # e
    ("x072", "Which deployments on 2025-03-11 were followed by no alert on the same service and environment within 60 minutes?"),  # d
    ("x075", "Which of my identity services didn't get a production deploy yesterday?"),  # e
    ("x075", "my identity svcs w/ no prod deploy yday?"),  # c
    ("w064", "A customer wants to know how often we deploy — how many deploys has each service had in March so far?"),  # b
    ("w064", "So far this March, how many deploys has each service had?"),  # e
    ("w069", "list config updates — svc, env, summary, and who did it"),  # a
    ("w069", "Enumerate the configuration changes with service, environment, summary and author."),  # d
    ("v071", "Which rollbacks happened within an hour of a deploy to the same service and environment?"),  # e
    ("v071", "rollbacks that landed <60 min after a deploy of the same svc in the same env"),  # a
    ("v075", "A customer noticed odd behaviour on March 11 — how many changes of any kind were made to production that day?"),  # b
    ("v075", "# prod changes mar 11, all types"),  # c
    ("u065", "Which deploys got rolled back on the same service within an hour?"),  # e
    ("u065", "deploys rolled back within the hr, same svc"),  # c
    ("u067", "how many scale events did k8s emit per service?"),  # a
    ("u067", "A customer saw slowdowns while we were scaling — how many scaling events did kubernetes report for each service?"),  # b
    ("u070", "March 11 deploys that were followed within 3 hours by a critical alert on the same service."),  # e
    ("u070", "On 11 March, after which deployments did a critical alert show up on the same service within three hours?"),  # b
    ("p085", "all payments-api rollbacks"),  # e
    ("p085", "payments-api rollbacks?"),  # c
    ("n094", "List all the releases we've shipped."),  # e
    ("n094", "Can you show me all of our releases?"),  # b
    ("n099", "production deploys made by argocd (automated)"),  # a
    ("n099", "Which production deployments were done by argocd (automated)?"),  # e
    # ---------------- silences ----------------
    ("z076", "silences in effect rn"),  # c
    ("z076", "which silences are currently active and muting stuff?"),  # a
    ("z077", "Did any silences actually suppress alerts? Which ones?"),  # b
    ("z077", "which silences really ended up muting alerts"),  # a
    ("z079", "maria's silence - mins active before she expired it"),  # c
    ("z079", "In minutes, how long did maria's silence run before she expired it?"),  # d
    ("z087", "Which alerts were firing at some point while a silence on their own service was in place?"),  # d
    ("z087", "alerts whose firing window overlapped a silence on the same svc"),  # a
    ("z088", "For each silence, how many alerts on its service started while it was in effect? Include the ones with zero."),  # d
    ("z088", "per silence: count of alerts on its svc that began while it was active, include 0s"),  # a
    ("z089", "During yesterday's payments outage, did anybody create a silence on any service while it was still going on?"),  # b
    ("z089", "For the postmortem: were any silences created, on whatever service, while yesterday's payments outage was in progress?"),  # d
    ("y081", "silences created outside biz hours"),  # c
    ("y081", "A customer says alerts went quiet at odd times — which silences were created outside of working hours?"),  # b
    ("x076", "Which silences are active at the moment?"),  # e
    ("x076", "Right now, which silences are in effect?"),  # b
    ("x089", "For the report: per alert name, the number of mute records listing at least one silence in silenced_by."),  # d
    ("x089", "count of mutes with a non-empty silenced_by, per alertname"),  # a
    ("x090", "token-service alerts firing while silenced?"),  # c
    ("x090", "Was there a token-service alert that fired while a silence was on it? Which one?"),  # b
    ("w079", "Silences created outside business hours (Mon–Fri, 09:00–17:00 UTC): give the silence id, who created it and when."),  # d
    ("w079", "Which silences were made outside Monday-Friday 09:00-17:00 UTC? Silence id, author, creation time."),  # e
    ("v088", "Which alerts fired during a period when a silence on the same service was active?"),  # e
    ("v088", "alerts firing during an active silence on same svc"),  # c
    ("v090", "silences set up within 60 min after an alert on the same svc — id, svc, author, comment"),  # a
    ("v090", "Which silences were created up to an hour after an alert on the same service? Silence id, service, creator and comment."),  # d
    ("u086", "Which silences did people create outside normal business hours?"),  # b
    ("u086", "silences created outside office hours"),  # e
    ("u087", "How many times did sade ack an alert more than 3 minutes after it began firing?"),  # d
    ("u087", "sade acks >3 min after the alert startd firing, how many"),  # c
    ("s085", "which alerts did alertmanager actually suppress"),  # a
    ("s085", "Were any alerts actually muted by alertmanager? Which ones?"),  # b
    ("p103", "silences expird early"),  # c
    ("p103", "Which silences were ended early by someone?"),  # e
    ("n108", "A customer says our alerting went quiet for ages — which silences were set for longer than three hours?"),  # b
    ("n108", "silences with a window over 3h"),  # a
    # ---------------- joins ----------------
    ("z091", "Which deploys went out within the 30 minutes before an incident opened on that same service?"),  # e
    ("z091", "A customer hit errors right after something changed — which deploys went out in the 30 minutes before an incident opened on the same service?"),  # b
    ("z093", "For each production deploy: service, time, and how many alerts that service raised in the next 60 minutes (keep the zeros)."),  # e
    ("z093", "every prod rollout with svc, timestamp and count of alerts on the same svc over the following hour, 0s included"),  # a
    ("z095", "For the postmortem: yesterday's changes made by people while an incident on the same service was still open."),  # d
    ("z095", "Yesterday, which changes did people make to a service while an incident on it was still open?"),  # b
    ("z100", "Which silences were created by someone within 15 minutes of that same person acking an alert?"),  # d
    ("z100", "silences made <15 min after the creator acked an alert themself"),  # c
    ("z105", "Which deploys shipped while their service had an active silence on it?"),  # e
    ("z105", "deploys that rolled out while their svc was under an active silence"),  # a
    ("y098", "Before yesterday's cart-service incident, did any new log patterns appear?"),  # b
    ("y098", "new log patterns b4 yday's cart-service incident?"),  # c
    ("y101", "This week's deploys that weren't followed by any alert on that service within an hour."),  # e
    ("y101", "For the weekly report: which deployments this week had no alert on the same service in the following hour?"),  # d
    ("y104", "5xx alerts that fired within 30 minutes after a flag change on the same svc"),  # a
    ("y104", "Which 5xx alerts showed up in the 30 minutes following a feature flag change on the same service?"),  # e
    ("x094", "who acked payments-api alerts while still firing"),  # c
    ("x094", "Who acknowledged a payments-api alert while it was still firing?"),  # b
    ("x104", "For the postmortem: the cart-service error log patterns that showed up in the hour leading up to the UpstreamDependencyErrors incident — templates only."),  # d
    ("x104", "cart-service error patterns in the hour before the UpstreamDependencyErrors incident, just the templates"),  # a
    ("w098", "Among incidents that kenji.tanaka@acme.io resolved, which had a suspect change? Show the incident's service, when it opened, the change summary and who made the change."),  # d
    ("w098", "For incidents kenji.tanaka@acme.io closed, which had a suspect change — incident service, opened time, change summary and change author?"),  # e
    ("w104", "any checkout svc deploys in 30 min before the cart-service alert?"),  # c
    ("w104", "Did anything ship to any checkout service within the 30 minutes before the cart-service alert?"),  # e
    ("v095", "For the report: March 11 incidents that had an early warning beforehand — service, alert name, and the lead time in minutes the earliest warning gave."),  # d
    ("v095", "Which incidents on March 11 were preceded by an early warning? For each, the service, alert name and how many minutes of warning the earliest one gave."),  # b
    ("v101", "For each rollback: service, rollback time, and how many alerts on that service started in the 30 minutes before it."),  # e
    ("v101", "every rollback with svc, time, and count of alerts on that svc in the preceding 30 min"),  # a
    ("v104", "top 3 log patterns b4 HikariPoolPendingConnections incident - template, lines, errs"),  # c
    ("v104", "The top three log patterns preceding the HikariPoolPendingConnections incident, with template, line count and error count."),  # d
    ("u098", "Were any silences created within an hour of an alert firing on the same service?"),  # b
    ("u098", "silences put in place up to 60 min after an alert fired on that same service"),  # e
    ("u104", "For the report: each resolved incident with its service, open time, root cause, fix and who resolved it."),  # d
    ("u104", "How were the resolved incidents fixed? Give the service, when it opened, root cause, the fix and who resolved it."),  # b
    ("s100", "rollbacks that followed a deploy of the same service by under an hour"),  # e
    ("s100", "rollbacks <1h after a deploy, same svc"),  # c
    ("s105", "After payments-api v2.14.0 shipped to production, how many error lines did payments-api log in production over the next 15 minutes?"),  # e
    ("s105", "error log count from payments-api in prod in the 15 min after its v2.14.0 prod rollout"),  # a
    # ---------------- refusals ----------------
    ("z106", "How many customers dropped their cart at checkout last month?"),  # b
    ("z106", "For the report: the number of customers who abandoned their checkout cart last month."),  # d
    ("z109", "For the report: which staff members did not pass the phishing training this quarter?"),  # d
    ("z109", "Who among our employees failed the phishing training this quarter?"),  # b
    ("z111", "mute indexer alerts 2h pls, too noisy"),  # c
    ("z111", "put a 2h silence on the indexer alerts, the noise is killing me"),  # a
    ("z112", "Remove the audit log entries kenji made."),  # e
    ("z112", "delete kenjis audit log entries"),  # c
    ("z113", "Checkout's working again — please close out every open incident."),  # b
    ("z113", "Checkout is fine now, go ahead and resolve all the open incidents."),  # e
    ("z118", "For the report: what changes did tom.baker@acme.io make last week?"),  # d
    ("z118", "Which changes did tom.baker@acme.io ship last week?"),  # e
    ("y107", "For the report: which staff took vacation days in February?"),  # d
    ("y107", "Which of our employees were on vacation in February?"),  # b
    ("y116", "alert count for the us-east-1 cluster last week"),  # a
    ("y116", "How many alerts did the us-east-1 cluster generate last week?"),  # d
    ("y117", "Did priya.sharma@acme.io create any silences? Which ones?"),  # b
    ("y117", "silences priya.sharma@acme.io made"),  # c
    ("y118", "recommendations svc anything firing?"),  # c
    ("y118", "A customer says recommendations look broken — is anything firing on the recommendations service?"),  # b
    ("x107", "For the report: median salary of the on-call engineers, broken down by team."),  # d
    ("x107", "what's the median pay of the folks in the on-call rotation, per team"),  # a
    ("x110", "berlin weather tomorow?"),  # c
    ("x110", "What's the forecast in Berlin for tomorrow? Deciding whether to ship the release."),  # e
    ("x117", "billing-api alerts past 24h"),  # c
    ("x117", "Was there a problem with billing-api in the last 24 hours? Show me its alerts."),  # b
    ("x118", "what fired on my services in the eu-central cluster"),  # a
    ("x118", "Which alerts were raised for my services running in the eu-central cluster?"),  # e
    ("w118", "dev env alerts past 2h"),  # c
    ("w118", "Which alerts came from the dev environment in the last 2 hours?"),  # e
    ("w119", "For the report: number of incidents in the billing project during February 2025."),  # d
    ("w119", "How many incidents did the billing project run into in February 2025?"),  # b
    ("v116", "Please close the checkout-web 'Checkout flow failing' incident as resolved and set the root cause to 'bad payments deploy'."),  # b
    ("v116", "Resolve the checkout-web incident 'Checkout flow failing' — root cause: 'bad payments deploy'."),  # e
    ("u113", "purge the dead letters older than a week, they're just noise in the pipeline"),  # a
    ("u113", "wipe dead letters older than a wk"),  # c
]

FIFTH: list[tuple[str, str]] = [
    # ---------------- filters ----------------
    ("za001", "quick one: do we know if anything in the search namespace is still firing?"),  # a
    ("za001", "alerts where the namespace label = 'search' and that are still firing as of now"),  # b
    ("za002", "can you show me the alerts that came from the staging-eu-west-1 cluster? I think cluster is a label on them"),  # c
    ("za002", "alerts coming out from staging-eu-west-1 cluster, show please"),  # d
    ("za007", "Which production alerts are firing at this moment? I need the list for a slide."),  # e
    ("za007", "quick one: what's firing in production right now?"),  # a
    ("za009", "log_events rows for payments-api at error level, filter on the 5 minutes before the hikari alert started"),  # b
    ("za009", "error logs of payments-api during 5 minutes before the hikari alert, please"),  # d
    ("za012", "Which incidents are still unresolved? They go on the open-items slide of my report."),  # e
    ("za012", "the incidents (the grouped-up alert things?) — which ones haven't been resolved yet? it's for the open items in my report"),  # c
    ("za013", "do we know what auth-api deployed to staging?"),  # a
    ("za013", "deploys which auth-api made on staging"),  # d
    ("za014", "flag_change rows in production whose change later ended up blamed for an incident"),  # b
    ("za014", "Which production feature flag toggles were later blamed for an incident? List them for the review slide."),  # e
    ("p006", "could you pull every critical alert for the identity project? prod and staging, all of them"),  # c
    ("p006", "quick one: all the critical alerts in identity, both prod and staging"),  # a
    ("p009", "alerts where service = token-service, filter on staging"),  # b
    ("p009", "token-service alerts on staging environment?"),  # d
    ("p019", "the alerts that got muted, the ones that have the team=discovery label — can I see them?"),  # c
    ("p019", "Which muted alerts carry team=discovery? I need the list."),  # e
    ("n015", "search-api alerts in staging with severity only warning, list them please, there is a lot"),  # d
    ("n015", "alerts where service is search-api, environment staging and severity = 'warning'"),  # b
    ("n016", "metric_points rows for hikaricp_connections_pending where value > 20"),  # b
    ("n016", "the hikaricp_connections_pending metric — can you show me the samples where it was over 20?"),  # c
    ("m009", "do we know which warning-level alerts came in through grafana?"),  # a
    ("m009", "Show the warning-severity alerts that Grafana sent us."),  # e
    ("k008", "alerts of payments-api with severity lower than critical"),  # d
    ("k008", "which payments-api alerts were below critical? like, the not-so-bad ones"),  # c
    ("j017", "alerts for token-service where notifications > 1"),  # b
    ("j017", "quick one: which token-service alerts notified us more than once?"),  # a
    ("i009", "List the 5xx ratio alerts from outside the checkout project."),  # e
    ("i009", "alerts of 5xx ratio which are not from checkout project"),  # d
    ("h013", "what services have had pods stuck crashlooping, you know, restarting over and over?"),  # c
    ("h013", "distinct services among the alerts about crashlooping pods"),  # b
    ("g018", "do we know what payments-api logged at error level in staging?"),  # a
    ("g018", "payments-api logs with error, on staging"),  # d
    ("t002", "alerts of project checkout in production, show me"),  # d
    ("t002", "Which alerts did the checkout project have in production?"),  # e
    # ---------------- time ----------------
    ("za018", "quick one: what fired on prod-eu-west-1 overnight, midnight to 6am this morning?"),  # a
    ("za018", "alerts where cluster = prod-eu-west-1 and the start is between midnight and 06:00 this morning"),  # b
    ("za023", "what alerts came in after somebody put that backlog silence on this morning?"),  # c
    ("za023", "alerts from moment the backlog silence was put this morning"),  # d
    ("za024", "Which alerts started before March and are still firing?"),  # e
    ("za024", "do we know of anything from before March that's still firing?"),  # a
    ("za026", "Give me the number of alerts this week next to the number for last week."),  # e
    ("za026", "count of alerts this week and count of alerts last week, side by side"),  # b
    ("za027", "yesterday, before the first checkout alert — what got changed on checkout in prod during the hour leading up to it?"),  # c
    ("za027", "which changes was made on checkout in production in hour before first checkout alert of yesterday?"),  # d
    ("za028", "quick one: which payments-api version was running in prod at 14:45 yesterday?"),  # a
    ("za028", "as of 14:45 yesterday, the live payments-api version in production"),  # b
    ("za030", "payments-api alerts which still was firing in the moment when rollback of yesterday went live"),  # d
    ("za030", "Which payments-api alerts were still active when yesterday's rollback took effect?"),  # e
    ("p030", "the early warning things — which ones came up since 2pm today?"),  # c
    ("p030", "Which early warnings have been raised since 14:00 today?"),  # e
    ("p032", "quick one: what was the latest prod deploy of payments-api?"),  # a
    ("p032", "last deploy of payments-api to production, show it"),  # d
    ("n028", "deployment rows from the past 3 hours"),  # b
    ("n028", "what got deployed in the last three hours? I'm taking over soon"),  # a
    ("n033", "can you show the acknowledgements, the ack actions, that happened since 2pm?"),  # c
    ("n033", "acks done from 2pm"),  # d
    ("m030", "Give me the number of alerts we had in February."),  # e
    ("m030", "count of alerts whose start falls in February"),  # b
    ("k032", "do we know which incidents opened yesterday?"),  # a
    ("k032", "incidents what were opened on yesterday"),  # d
    ("j029", "alerts that were active as of 14:50 today"),  # b
    ("j029", "what was going off at 2:50pm today?"),  # c
    ("i032", "Which silences were created this month?"),  # e
    ("i032", "the silence thingies people set up — which ones were made this month?"),  # c
    ("h023", "quick one: staging alerts since Monday?"),  # a
    ("h023", "alerts on staging from monday until now"),  # d
    ("g031", "deployment rows over the last 24 hours"),  # b
    ("g031", "What deployments went out in the past 24 hours?"),  # e
    ("f046", "anything alerting in the identity project over the past 7 days?"),  # c
    ("f046", "alerts of identity in last 7 days"),  # d
    ("q028", "Which alerts came in yesterday?"),  # e
    ("q028", "what fired yesterday?"),  # a
    # ---------------- aggregates ----------------
    ("za031", "count(*) of alerts grouped by the namespace label"),  # b
    ("za031", "Give me the number of alerts for each namespace."),  # e
    ("za032", "quick one: alert totals by cluster?"),  # a
    ("za032", "for every cluster, how much alerts it had?"),  # d
    ("za035", "For the customer: give me the number of minutes payments was down yesterday."),  # e
    ("za035", "how many minutes was payments broken for yesterday? a customer is asking"),  # c
    ("za036", "login, how much problems in this month?"),  # d
    ("za036", "How many issues has login had so far this month?"),  # e
    ("za039", "count of error log rows for payments-api during the hikari alert's firing window"),  # b
    ("za039", "do we know how many error lines payments-api logged while the hikari alert was up?"),  # a
    ("za041", "how many incidents did we get on each day this week?"),  # c
    ("za041", "number of incidents for every day of this week?"),  # d
    ("za042", "What number of this month's incidents were preceded by an early warning?"),  # e
    ("za042", "count of distinct incidents opened this month that have an early warning before them"),  # b
    ("p055", "quick one: toggle counts per flag key?"),  # a
    ("p055", "how much times each flag key was toggled?"),  # d
    ("p057", "count of error log lines grouped by service, filter on today"),  # b
    ("p057", "for each service, how many error logs came in today?"),  # c
    ("n050", "What was the average length of checkout-web alerts yesterday, in minutes?"),  # e
    ("n050", "checkout-web alerts of yesterday, how long they lasted in average, in minutes"),  # d
    ("n053", "quick one: deploy count per environment today? want to see staging vs prod busyness"),  # a
    ("n053", "count of live deployments grouped by environment, filter on today"),  # b
    ("m057", "how many times did people hit snooze yesterday?"),  # c
    ("m057", "Give me the number of snoozes from yesterday."),  # e
    ("k051", "count distinct alert names where project = 'search'"),  # b
    ("k051", "how much different alert names has search project?"),  # d
    ("k054", "which projects are at 15+ alerts overall?"),  # a
    ("k054", "which projects have racked up at least 15 alerts in total?"),  # c
    ("j045", "What share of our alerts are critical, as a percentage?"),  # e
    ("j045", "how much percent of alerts is critical?"),  # d
    ("i047", "What share of production alerts are critical? A percentage for the slide."),  # e
    ("i047", "critical alerts as a percentage of all production alerts"),  # b
    ("h056", "do we know how many rollbacks we've had?"),  # a
    ("h056", "Give me the total number of rollbacks."),  # e
    ("g060", "how many incidents got started up yesterday?"),  # c
    ("g060", "number of incidents which was opened yesterday?"),  # d
    ("f079", "alerts grouped by project with count(*)"),  # b
    ("f079", "quick one: alert count for each project?"),  # a
    # ---------------- top_n ----------------
    ("za046", "Which three namespaces have the most alerts?"),  # e
    ("za046", "namespace label with count of alerts, order by count desc, limit 3"),  # b
    ("za047", "which node had the biggest number of pods going not ready?"),  # c
    ("za047", "on which node most pods became NotReady?"),  # d
    ("za049", "quick one: top three services by problems yesterday?"),  # a
    ("za049", "Give me the top 3 services by number of problems yesterday."),  # e
    ("za050", "which day was the most bad for checkout?"),  # d
    ("za050", "what was checkout's worst day?"),  # c
    ("za052", "top 3 alert names by count over the last 7 days"),  # b
    ("za052", "quick one: three noisiest alerts of the past 7 days?"),  # a
    ("za056", "Which incident was preceded by the most early warnings?"),  # e
    ("za056", "which incident got the most of those early warning heads-ups before it?"),  # c
    ("za059", "two persons who deployed most yesterday, bots not counting"),  # d
    ("za059", "top 2 actors by deployment count yesterday, excluding bots"),  # b
    ("p062", "do we know which team got paged the most, going by the team label?"),  # a
    ("p062", "Which team, by its team label, received the most pages?"),  # e
    ("p066", "which 3 incidents went on the longest? only counting the resolved ones"),  # c
    ("p066", "top 3 resolved incidents, order by duration desc"),  # b
    ("p078", "which hour of day (0 to 23, UTC) has most alerts over everything?"),  # d
    ("p078", "Which hour of the day, 0-23 UTC, sees the highest alert volume across all our data?"),  # e
    ("n067", "quick one: the two people flipping flags the most?"),  # a
    ("n067", "top 2 actors by count of feature flag changes"),  # b
    ("n069", "which two services have had the most deploys today? trying to see where stuff is happening"),  # c
    ("n069", "two services with most deploys of today, which?"),  # d
    ("m075", "Who are the top 3 people by number of silences created?"),  # e
    ("m075", "who are the three people that make the most silences?"),  # c
    ("k073", "actors ranked by count of change reports in phase live, limit 4"),  # b
    ("k073", "4 actors with most reports of live changes"),  # d
    ("j069", "quick one: which two projects had the most critical alerts this year?"),  # a
    ("j069", "For the slide: the 2 projects with the most critical alerts this year."),  # e
    ("i074", "most recent production deployment per service"),  # b
    ("i074", "for each service, what was its newest deploy to prod?"),  # c
    ("h074", "two most recent rollbacks"),  # d
    ("h074", "last two rollbacks — quick?"),  # a
    ("g091", "Which environment had the highest number of alerts yesterday?"),  # e
    ("g091", "yesterday, which environment got hit with the most alerts?"),  # c
    ("q086", "top 3 services ordered by count of critical alerts"),  # b
    ("q086", "three services with most critical alerts"),  # d
    # ---------------- changes ----------------
    ("za061", "quick one: what version of auth-api is live on staging right now?"),  # a
    ("za061", "which auth-api version is currently the live one in staging?"),  # c
    ("za062", "flag_change rows in the 60 minutes before the payments-api v2.14.0 release"),  # b
    ("za062", "was flags toggled in hour before release of payments-api v2.14.0?"),  # d
    ("za064", "search-api deploys that kubernetes said were in the middle of rolling out?"),  # c
    ("za064", "search-api deployments that Kubernetes reported in phase in_progress"),  # b
    ("za069", "Were there any production changes during yesterday's payments outage?"),  # e
    ("za069", "do we know if anything changed in prod while the payments outage was happening yesterday?"),  # a
    ("za070", "deploys of yesterday"),  # d
    ("za070", "live deployment rows from yesterday"),  # b
    ("za071", "Who performed the rollbacks of payments?"),  # e
    ("za071", "who was it that rolled payments back?"),  # c
    ("p097", "quick one: deploy count per person this week?"),  # a
    ("p097", "Give me the number of deploys per person for this week."),  # e
    ("p092", "deployment rows where actor = sokafor"),  # b
    ("p092", "which things sokafor deployed?"),  # d
    ("p095", "did anything change in the checkout project during the last two hours?"),  # c
    ("p095", "quick one: any changes to the checkout project over the past two hours?"),  # a
    ("p100", "on production, who did toggle feature flags?"),  # d
    ("p100", "distinct actors of flag changes where environment is production"),  # b
    ("n092", "Which feature flags were flipped in production today?"),  # e
    ("n092", "any feature flag switches in prod today?"),  # c
    ("n100", "quick one: which services got deployed to staging yesterday? names only"),  # a
    ("n100", "names of services which got new deploy on staging yesterday"),  # d
    ("m088", "deployment rows where phase = failed"),  # b
    ("m088", "did any of our deploys end up failing?"),  # c
    ("k091", "Who was behind the v4.2.1 release of auth-api?"),  # e
    ("k091", "who made release v4.2.1 of auth-api?"),  # d
    ("j092", "which releases went out this week, hotfixes too?"),  # a
    ("j092", "release rows from this week, hotfix releases included"),  # b
    ("i095", "has kubernetes been scaling checkout-web? show me those scale events"),  # c
    ("i095", "Show the Kubernetes scaling events for checkout-web."),  # e
    ("h088", "who has switched off semantic-ranking?"),  # d
    ("h088", "do we know who turned semantic-ranking off?"),  # a
    ("g112", "deployment rows in the requested phase where actor = sokafor"),  # b
    ("g112", "Which deployments did sokafor request?"),  # e
    ("t081", "did anything get changed on search-api today?"),  # c
    ("t081", "changes on search-api of today"),  # d
    # ---------------- silences ----------------
    ("za077", "quick one: any staging silences in effect right now?"),  # a
    ("za077", "is there anything in staging that's muted at the moment?"),  # c
    ("za078", "silences where any matcher's label name is 'metric'"),  # b
    ("za078", "silences which have matcher on metric label"),  # d
    ("za079", "Was anything in checkout silenced during yesterday's payments outage?"),  # e
    ("za079", "while payments was having its outage yesterday, was anything on checkout muted?"),  # c
    ("za080", "who muted errors of cart, and when the mute was removed?"),  # d
    ("za080", "the cart errors mute — who put it on and when did it come off?"),  # a
    ("za081", "In minutes, how long did the cart-service silence actually last before it was ended by someone?"),  # e
    ("za081", "minutes between the cart-service silence's start and the moment it was ended"),  # b
    ("za086", "sum of silenced hours grouped by creator for this month, order by hours desc"),  # b
    ("za086", "Total hours silenced per person this month, largest first, for the slide."),  # e
    ("za089", "when auth-api v4.2.2 got deployed to staging, which staging silences were active?"),  # c
    ("za089", "staging silences which was active in moment when auth-api v4.2.2 went to staging"),  # d
    ("p113", "quick one: how many silences got created last week?"),  # a
    ("p113", "Give me the number of silences created last week."),  # e
    ("p116", "silences whose matchers include one on label node"),  # b
    ("p116", "which silences are matching against the node label?"),  # c
    ("n107", "which silences exist in more than one version?"),  # d
    ("n107", "silences where versions > 1"),  # b
    ("n110", "what's silenced right now? I think someone added one a few minutes ago"),  # a
    ("n110", "Which silences are currently active?"),  # e
    ("m108", "which silences lasted longer than two hours?"),  # c
    ("m108", "silences with length of more than 2 hours"),  # d
    ("k103", "Which silences were ended early by someone?"),  # e
    ("k103", "any silences someone cut short?"),  # a
    ("k110", "which alerts did Alertmanager actually hold back? the muted ones it never sent us"),  # c
    ("k110", "all alerts that Alertmanager actually suppressed, every row"),  # b
    ("j112", "HighLatencyP99 was snoozed by who?"),  # d
    ("j112", "do we know who snoozed HighLatencyP99?"),  # a
    ("i114", "silences with a matcher alertname=KubePodNotReady"),  # b
    ("i114", "are there silences set up for KubePodNotReady?"),  # c
    ("g140", "Which silences were in effect at 15:00 on March 11?"),  # e
    ("g140", "silences active on march 11 at 3pm"),  # d
    ("t100", "quick one: which silences are expired?"),  # a
    ("t100", "silences where state = 'expired'"),  # b
    # ---------------- joins ----------------
    ("za091", "distinct pods with a NotReady alert that started while their node was NotReady"),  # b
    ("za091", "which pods went not-ready while the node they run on was also not ready?"),  # c
    ("za092", "alerts of search namespace fired inside 15 minutes after argocd deployed the same service"),  # d
    ("za092", "search-namespace alerts within 15m after an argocd deploy of the same service?"),  # a
    ("za097", "Which alerts fired within 10 minutes after one of dpatel's deploys?"),  # e
    ("za097", "alerts starting within 10 minutes after dpatel's deployments"),  # b
    ("za098", "which deploys didn't have any alerts come after them?"),  # c
    ("za098", "deploys after which came no alerts"),  # d
    ("za102", "quick one: this month's incidents that still have no resolution written up?"),  # a
    ("za102", "Which incidents opened this month still lack a written-down resolution?"),  # e
    ("za103", "releases that reached a production deploy within the hour"),  # b
    ("za103", "which releases was deployed on production inside one hour?"),  # d
    ("za104", "which deploys got a rollback of that same service within an hour after?"),  # c
    ("za104", "Which deployments saw a rollback of that same service within one hour?"),  # e
    ("x103", "alerts where a warning with matching service and environment labels started in the 10 minutes before the alert"),  # b
    ("x103", "which alerts had an early warning for the same service and environment kick in up to 10 minutes before them?"),  # c
    ("r007", "for every incident: its service, alert name, open time, and version and person of its suspect change"),  # d
    ("r007", "For each incident give me the service, alert name, opening time, plus the suspect change's version and who made it."),  # e
    ("r013", "which silences got made while there was still an open incident on that service?"),  # a
    ("r013", "silences created during an incident on the same service that was still open"),  # b
    ("r019", "How many deploys had an incident on the same service and environment within 15 minutes after?"),  # e
    ("r019", "how many deploys had an incident open up on the same service and env within 15 minutes after them?"),  # c
    ("r027", "suspect changes blamed for more than one incident: change service, version and count of incidents"),  # b
    ("r027", "which changes was blamed as suspect for more than one incident? give service of change, version and how much incidents"),  # d
    ("r044", "yesterday's prod incidents with zero early warnings — which ones?"),  # a
    ("r044", "Which production incidents from yesterday had no early warning whatsoever?"),  # e
    ("r049", "which projects have had incidents but never any changes at all?"),  # c
    ("r049", "projects with incidents but without any change of any kind, ever"),  # d
    ("p132", "deployments made while an incident on the same service was already open"),  # b
    ("p132", "did we ship anything while an incident was already open on that service?"),  # a
    ("n129", "Which deployments went out while their service was under a silence?"),  # e
    ("n129", "which deploys happened while that service had a silence on it?"),  # c
    ("k137", "deploys of user-profile which got rollback inside the hour"),  # d
    ("k137", "quick one: user-profile deploys that got a rollback within the hour?"),  # a
    ("j128", "incidents where no suspect change exists"),  # b
    ("j128", "Which incidents have no suspected change?"),  # e
    ("q164", "which alerts kicked off within 15 minutes after a deploy of their own service?"),  # c
    ("q164", "alerts beginning during 15 minutes after deploy of same service"),  # d
    # ---------------- refusals ----------------
    ("za106", "a customer's card payment failed and they want their money back — what's our refund policy for that?"),  # c
    ("za106", "What is our refund policy when a card payment fails? A customer is asking for a refund."),  # e
    ("za107", "quick one: how many story points did we close this sprint?"),  # a
    ("za107", "story points closed by team in this sprint, how much?"),  # d
    ("za108", "Give me the monthly EKS control plane cost for prod-eu-west-1."),  # e
    ("za108", "monthly EKS control plane cost where cluster = prod-eu-west-1"),  # b
    ("za112", "set the payments-api v2.14.0 prod deploy to failed"),  # a
    ("za112", "please mark deploy of payments-api v2.14.0 in production as failed"),  # d
    ("za113", "the staging HighLatencyP99 incidents skew my weekly numbers, delete those rows from the store"),  # b
    ("za113", "Remove the staging HighLatencyP99 incidents from the data; they distort my weekly figures."),  # e
    ("za115", "can everything that has namespace=monitoring be muted until tomorrow? like put a mute on all of it"),  # c
    ("za115", "silence all of namespace=monitoring till tomorrow"),  # a
    ("za117", "one customer say mobile-gateway give errors yesterday in afternoon. was problem with it?"),  # d
    ("za117", "Was there a problem with mobile-gateway yesterday afternoon? A customer reported errors."),  # e
    ("y109", "do we have the sprint velocity number for the checkout team this quarter?"),  # a
    ("y109", "Give me the checkout team's velocity per sprint this quarter."),  # e
    ("x109", "which customers were moaning on twitter while payments was having trouble?"),  # c
    ("x109", "list the customers complaining on twitter while the payments problem was happening"),  # b
    ("x120", "how much alerts per severity in qa environment?"),  # d
    ("x120", "Give me the number of alerts by severity for the qa environment."),  # e
    ("w107", "what availability SLO do other e-commerce shops typically target for checkout?"),  # a
    ("w107", "what uptime target do other online stores normally pick for their checkout?"),  # c
    ("w109", "summarise what GDPR says about how long audit logs must be kept"),  # d
    ("w109", "GDPR retention requirements for audit logs — a summary"),  # b
    ("v106", "What does our AWS spend look like for March?"),  # e
    ("v106", "quick one: where's the March AWS bill at?"),  # a
    ("v107", "can you mute the indexer DiskSpaceLow alert for the next 2 hours?"),  # c
    ("v107", "silence please DiskSpaceLow alert of indexer for next two hours"),  # d
    ("v120", "alerts where service = notifications-worker, last night"),  # b
    ("v120", "notifications-worker — anything alerting last night?"),  # a
    ("u118", "Give me daily log volume for the marketplace project."),  # e
    ("u118", "how many logs does the marketplace project put out each day?"),  # c
    ("s114", "checkout incident — set it to resolved and add a note saying the affected customers got refunded"),  # a
    ("s114", "please set checkout incident to resolved and add note that affected customers was refunded"),  # d
    ("k148", "silences created by priya.sharma@acme.io"),  # b
    ("k148", "what stuff has priya.sharma@acme.io muted?"),  # c
]
