"""The words a question is read with: the kinds of record and their words, change types and severities,
the words that refuse a question, ordinary words and the domain's, the cues that say what kind of value a
word is, and other ways of saying a thing."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re

__all__ = ["AUDIT_ACTIONS", "CHANGE_TYPES", "CUES", "DOMAIN", "FIRING_STATE", "NUMBER_WORDS", "OFF_LIMITS",
           "ORDER_WORDS", "PERSON_VERBS", "REPHRASE", "SECRET_WORDS", "SEVERITIES", "STOPWORDS", "SUBJECTS",
           "TEXT_CUES", "WRITE_VERBS"]

AUDIT_ACTIONS = {"snooze": "snooze", "snoozes": "snooze", "snoozed": "snooze", "snoozing": "snooze",
                 "ack": "ack", "acks": "ack", "acked": "ack", "acking": "ack", "acknowledged": "ack",
                 "acknowledgements": "ack", "unsilence": "unsilence", "unsilenced": "unsilence"}
"""Words for the audit log's actions, and the action each names."""
FIRING_STATE = frozenset(("firing", "fired", "fires"))
"""Alert words that may say another kind's state ("which warnings are still firing"), not name alerts."""
SUBJECTS = {
    "alerts": ("alert", "alerts", "alerted", "alerting", "alrt", "noisiest", "loudest", "noisy", "quietest", "busiest",
               "firing", "fired", "fire", "fires", "page", "pages", "paged", "kills", "woke",
               "notification", "notifications", "problems", "issues"),
    "warnings": ("warning", "warnings", "anomaly", "anomalies", "warned"),
    "changes": ("change", "changes", "changed", "deploy", "deploys", "deployed", "deployment", "deployments", "pushed",
                "deploying", "release", "releases", "released", "rollback", "rollbacks", "rolled", "flag", "flags",
                "toggle", "toggled", "toggles", "config", "configuration", "scale", "scaled", "scaling", "scaleup",
                "scaledown", "sync", "syncs", "synced", "version", "versions", "shipped", "ship", "ships", "live",
                "rollout", "rollouts", "flip", "flips", "flipped", "push", "pushes"),
    "silences": ("silence", "silences", "silenced", "silencing", "mute", "muted", "mutes", "muting"),
    "audit": (*AUDIT_ACTIONS, "audit"),
    "incidents": ("incident", "incidents", "outage", "outages", "group", "groups"),
    "logs": ("log", "logs", "logged", "template", "templates", "lines"),
    "metrics": ("metric", "metrics", "gauge", "gauges", "series", "samples"),
    "suspects": ("suspect", "suspects", "blamed", "blame", "candidate", "candidates", "timeline"),
    "resolutions": ("fixed", "fix", "fixes", "resolution", "resolutions", "cause", "causes"),
    "suggestions": ("suggestion", "suggestions", "suggested", "recommends", "recommended", "recommendation",
                    "recommendations", "proposes", "proposed", "proposal", "proposals"),
}
CHANGE_TYPES = {"deploy": "deployment", "deploys": "deployment", "deployed": "deployment",
                "deployment": "deployment", "deployments": "deployment", "deploying": "deployment",
                "shipped": "deployment", "ship": "deployment", "ships": "deployment", "shipping": "deployment",
                "push": "deployment", "pushes": "deployment",
                "rollout": "deployment", "rollouts": "deployment", "flip": "flag_change",
                "flips": "flag_change", "flipped": "flag_change",
                "release": "release", "releases": "release", "released": "release",
                "rollback": "rollback", "rollbacks": "rollback", "rolled": "rollback", "flag": "flag_change",
                "flags": "flag_change", "toggle": "flag_change", "toggled": "flag_change", "toggles": "flag_change",
                "config": "config_update", "configuration": "config_update", "scale": "scale", "scaled": "scale",
                "scaling": "scale", "scaleup": "scale", "scaledown": "scale", "sync": "deployment",
                "syncs": "deployment", "synced": "deployment"}
SEVERITIES = {"critical": "critical", "crit": "critical", "sev1": "critical", "p1": "critical", "disaster": "critical",
              "warning": "warning", "warn": "warning", "info": "info", "error": "error", "page": "critical"}
SEVERITY_UP = ("worse", "higher", "above", "up", "upward", "upwards", "more severe", "more serious", "greater")
SEVERITY_DOWN = ("lower", "below", "less", "less severe", "milder", "down", "downward", "downwards")
"""What follows "warning or" / "warning and" when it names the severities from warning up ("or worse") or down."""
SPAN_WORDS = frozenset(w.split()[0] for w in SEVERITY_UP + SEVERITY_DOWN)
"""The first word of each of those (a word the reading meets alone)."""
WRITE_VERBS = ("delete", "drop", "remove", "update", "insert", "create", "add", "truncate", "alter", "set", "mute",
               "silence", "snooze", "ack", "acknowledge", "resolve", "close", "unsilence", "expire", "restart",
               "rollback", "deploy", "change", "modify", "replace", "grant", "revoke", "kill", "write", "overwrite",
               "merge", "attach", "copy", "install", "load", "pragma", "export", "wipe", "purge", "clear", "reset",
               "rename", "edit", "fake", "forge", "roll", "revert", "redeploy", "mark", "tag", "annotate", "flip",
               "toggle", "enable", "disable", "turn", "switch", "pause", "unpause", "promote", "release", "extend",
               "prolong", "lengthen", "shorten", "renew", "postpone", "reschedule", "bump", "archive", "unmute",
               "unsnooze", "undo", "restore", "rerun", "rotate", "cancel", "suppress", "nuke", "zap", "trash", "scrap",
               "erase", "obliterate", "ditch", "scrub", "transition", "assign", "reassign")
SECRET_WORDS = ("password", "passwords", "secret", "secrets", "credential", "credentials", "token", "tokens",
                "apikey", "apikeys", "keys", "key", "passwd", "ssh", "private")
OFF_LIMITS = re.compile(r"(/etc/|/proc/|/root|\.\./|~/|\bfile\b|\bfiles\b|\bhttps?://|\bshell\b|\bcurl\b|"
                        r"\bread_csv|\bread_parquet|\bsystem prompt\b|\binstructions\b)")
STOPWORDS = frozenset((
    "a", "an", "the", "of", "for", "on", "in", "at", "to", "from", "by", "with", "and", "or", "me", "my", "our",
    "us", "we", "i", "you", "your", "show", "list", "give", "get", "find", "tell", "what", "whats", "which", "who",
    "whom", "whose", "is", "are", "was", "were", "be", "been", "being", "do", "does", "did", "has", "have", "had",
    "any", "all", "every", "each", "some", "there", "here", "it", "its", "this", "that", "these", "those", "please",
    "pls", "plz", "among", "amongst", "inside", "can", "could", "would", "should", "will", "about", "per", "how",
    "many", "much", "number", "count", "total",
    "ever", "own", "currently", "now", "rn", "right", "still", "open", "just", "only", "also", "than", "then", "when",
    "where", "why", "as", "up", "out", "into", "over", "under", "after", "before", "since", "until", "between",
    "during", "within", "across", "vs", "versus", "like", "related", "regarding", "concerning", "distinct",
    "unique", "different", "no", "same", "other", "another", "their", "see", "look", "looking", "display", "print",
    "return", "fetch", "pull", "identify", "provide", "retrieve", "enumerate", "locate", "output", "determine",
    "obtain", "got", "ones", "one", "while", "without", "them", "anything", "something", "prior",
    "preceding", "preceded", "followed", "following", "afterwards", "amid", "think", "soon", "shortly", "once",
    "anyone", "anybody", "somebody", "everyone", "everybody", "nobody", "folks", "percentage", "percent", "came",
    "come",
    "share", "proportion", "fraction", "typical", "typically", "break", "broke", "broken", "culprit", "culprits",
    "thru", "through", "via", "gets", "getting", "goes", "went", "level", "levels", "effect", "given", "matching",
    "matches", "match", "matched", "taken", "taking", "takes", "early",
    "twice", "thrice", "times", "zero", "none", "later", "earlier", "beforehand", "afterward", "stuff", "things",
    "thing", "labelled", "labeled", "tagged", "store", "database", "dataset", "data", "system", "record",
    "records", "history", "previous", "subsequent", "triggered", "triggering", "trigger", "led", "check", "checks",
    "leave", "leaving", "ones", "out", "ignore", "ignoring", "exclude", "skip", "skipping", "omit", "omitting",
    "review", "mttr", "flaky", "flapping", "hotfix", "hotfixes", "doing", "wrong", "healthy", "unhealthy",
    "health", "everything", "activity", "activities", "okay", "ok", "fine", "string", "strings", "term", "terms",
    "word", "words", "phrase", "text", "theirs", "his", "hers", "her", "him", "they", "she", "he", "mine", "ours",
    "very", "exact", "exactly",
    "pinning", "pinned", "pin", "pins", "scoped", "scoping", "itself", "themselves", "already", "too",
    "unless", "otherwise", "single", "sole", "lone"
))
DOMAIN = frozenset((
    "weekend", "weekends", "weekdays",
    "progress", "general", "particular", "detail", "details", "order", "total", "short", "brief", "recommend",
    "propose", "suggest", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twenty",
    "duration", "durations", "value", "values",
    "not", "except", "excluding", "besides", "outside", "apart", "but",
    "noisy", "quiet", "busy", "loud", "expire", "expires", "expiring", "ending", "ends", "usually", "typically",
    "alert", "alerts", "warning", "warnings", "change", "changes", "incident", "incidents", "silence", "silences",
    "severity", "service", "services", "svc", "project", "projects", "environment", "environments", "env", "envs",
    "team", "cluster", "name", "names", "alertname", "top", "most", "least", "latest", "last", "recent", "newest",
    "earliest", "oldest", "first", "longest", "shortest", "biggest", "noisiest", "loudest", "frequent", "often",
    "common", "day", "days", "daily", "weekly", "monthly", "hour", "hours", "hourly", "minute", "minutes", "week",
    "weeks", "month", "months",
    "today", "yesterday", "person", "people", "someone", "firings", "occurrences", "engineer", "engineers", "actor",
    "actors", "user", "users",
    "created", "creator", "creators", "author", "authors",
    "expired", "edited", "comment", "comments", "mentioning", "mention", "active", "pending", "firing", "resolved",
    "unresolved", "opened", "started", "ended", "resolve", "lasted", "long", "longer", "than", "more", "less",
    "fewer", "fewest", "suspect", "suspects", "caused", "cause", "causes", "sigma", "strongest", "score", "scoring",
    "scored",
    "highest", "lowest", "breakdown", "group", "grouped", "groups", "kind", "type", "types", "source", "sources",
    "label", "labels", "matchers", "matcher", "time", "times", "average", "avg", "mean", "median", "max", "min",
    "peak", "maximum", "minimum", "recover", "recovery", "recovered", "restore", "restored", "flap", "flaps",
    "flapped", "flapping", "flappy", "older", "newer", "younger", "mins", "hrs", "records", "entries", "rows",
    "sum", "errors", "error", "lines", "line", "new", "pattern", "patterns", "spiked", "spike", "spikes", "surge",
    "before", "after", "same", "within", "followed", "happened", "happen", "during", "next", "prior", "preceded",
    "precede", "made", "did", "who", "ago", "version", "versions", "live", "actions", "action", "resolution",
    "fixed", "fix", "fixes", "root", "many", "count", "counts", "number", "numbers", "events", "event", "happening",
    "going", "on", "ongoing", "suggestion", "suggestions", "suggested", "inhibit", "inhibition", "inhibitions"
))
TEXT_CUES = ("mentioning", "mentions", "mention", "mentioned", "containing", "contains", "contain", "saying", "says",
             "about", "matching", "referencing", "references")
CUES = {"service": "service", "svc": "service", "services": "service", "project": "project", "environment":
        "environment", "env": "environment", "by": "person", "team": "label", "cluster": "label", "namespace": "label"}


ORDER_WORDS = {"earliest", "first", "latest", "newest", "oldest", "new", "old", "recent", "previous", "next",
               "current", "real", "actual", "important", "urgent", "big", "small", "single", "same", "these", "those"}
PERSON_VERBS = {"create", "make", "deploy", "ship", "release", "silence", "mute", "snooze", "ack", "acknowledge",
                "expire", "toggle", "change", "roll", "resolve", "approve", "merge", "push", "flip", "do", "run",
                "implement", "apply", "perform", "execute", "carry", "put", "set", "open", "close", "write", "file"}
REPHRASE = {("resolution", "time"): ["time", "to", "resolve"], ("resolution", "times"): ["time", "to", "resolve"],
            ("time", "to", "resolution"): ["time", "to", "resolve"], ("recovery", "time"): ["time", "to", "recover"],
            ("time", "to", "recovery"): ["time", "to", "recover"],
            ("last", "thing"): ["latest"], ("latest", "thing"): ["latest"],
            ("audit", "log"): ["audit"], ("audit", "logs"): ["audit"], ("audit", "trail"): ["audit"],
            ("it", "recommend"): ["suggested"], ("it", "propose"): ["suggested"], ("it", "suggest"): ["suggested"],
            ("signalcraft", "recommend"): ["suggested"], ("signalcraft", "propose"): ["suggested"],
            ("non-prod",): ["not", "prod"], ("nonprod",): ["not", "prod"], ("non-production",): ["not", "prod"],
            ("non", "prod"): ["not", "prod"], ("non", "production"): ["not", "prod"],
            ("rolled", "out"): ["deployed"], ("went", "out"): ["deployed"], ("pushed", "out"): ["deployed"],
            ("got", "shipped"): ["shipped"], ("deployer",): ["who", "deployed"], ("deployers",): ["who", "deployed"],
            ("silencer",): ["who", "silenced"], ("silencers",): ["who", "silenced"], ("acker",): ["who", "acked"],
            ("ackers",): ["who", "acked"], ("snoozer",): ["who", "snoozed"], ("snoozers",): ["who", "snoozed"],
            ("turned",): ["toggled"], ("switched",): ["toggled"], ("go", "out"): ["deployed"],
            ("goes", "out"): ["deployed"], ("gone", "out"): ["deployed"], ("going", "out"): ["deployed"],
            ("not", "resolved"): ["unresolved"], ("never", "resolved"): ["unresolved"],
            ("not", "yet", "resolved"): ["unresolved"], ("not", "closed"): ["unresolved"], ("not", "yet", "closed"):
            ["unresolved"], ("not", "fixed"): ["unresolved"], ("not", "yet", "fixed"): ["unresolved"],
            ("never", "closed"): ["unresolved"], **{(*neg, "been", done): ["unresolved"] for done in (
                "resolved", "closed", "fixed") for neg in (("not",), ("not", "yet"), ("never",), ("yet", "to"))},
            ("svcs",): ["services"], ("longest-running",): ["longest"],
            ("longest-lived",): ["longest"], ("sev1s",): ["sev1"], ("sev2s",): ["sev2"], ("p1s",): ["p1"],
            ("p2s",): ["p2"], ("criticals",): ["critical"], ("roll", "back"): ["rollback"],
            ("roll", "backs"): ["rollbacks"], ("longest", "running"): ["longest"],
            ("roll-back",): ["rollback"], ("b4",): ["before"], ("svc",): ["service"],
            ("bfore",): ["before"], ("aftr",): ["after"],
            ("roll-backs",): ["rollbacks"]}
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
"""A count written as a word ("the two services with the most …"); each reader's pattern says which it takes."""
