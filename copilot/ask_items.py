"""The words a question uses for each attribute it asks of a row: inside a sentence with a possessive or a clause
about the thing ("its id", "who made it", "when it went live": :data:`ASKED`), and as the items of a list after a
colon or a question mark ("incident service, alert name, when it opened": :data:`ITEMS`). Each is an attribute's
name and a regular expression; :mod:`.ask_columns` maps the names to each kind's columns.

>>> import re
>>> next(name for name, pattern in ITEMS if re.fullmatch(pattern, "what kind of change it was"))
'kind'
"""

from __future__ import annotations

__all__ = ["ASKED", "ITEMS"]

ASKED = (
    ("id", r"\b(?:its|their|the) (?:ids?|identifiers?)\b|\b(?:incident|group|change|deploy|silence|warning) ids?\b"),
    ("who", r"\bwho (?:made|created|did|ran|deployed|shipped|pushed|released|set up|set|added|wrote|owns|flipped|"
            r"toggled|changed) (?:it|them)\b|\bby whom\b|\b(?:its|their|the) (?:authors?|creators?|actors?|owners?|"
            r"deployers?|person|people)\b"),
    ("when", r"\bwhen (?:it|they) (?:went live|went out|was deployed|were deployed|shipped|landed|happened|opened|"
             r"started|began|was created|were created|was made|were made|fired)\b"
             r"|\b(?:its|their|the) (?:time|timestamp|times|timestamps|start time|opening time)\b"),
    ("environment", r"\b(?:its|their|the|which) (?:envs?|environments?)\b"),
    ("service", r"\b(?:its|their|the|which) services?\b"),
    ("version", r"\b(?:its|their|the|which) versions?\b"),
    ("severity", r"\b(?:its|their|the) severity\b"),
    ("name", r"\b(?:its|their|the) (?:alert ?)?names?\b"),
    ("comment", r"\b(?:its|their) (?:comments?|reasons?)\b"),
)
"""Attributes named inside a sentence, before a count: each needs a possessive or a clause about the thing."""

ITEMS = (
    ("change_service", r"(?:the )?(?:change|deploy|suspect(?: change)?)(?:'s)? service"),
    ("service", r"(?:the )?(?:(?:incident|deploy|change|alert|silence|deploy)(?:'s)? )?(?:services?|svcs?)"),
    ("name", r"(?:the )?(?:incident(?:'s)? )?(?:alert ?names?|alertnames?|names?|alert)"),  # "svc, alert, opened"
    ("opened", r"when (?:(?:it|they|each(?: one)?|each incident) )?(?:opened|began)|"
               r"when (?:the )?(?:incidents?|groups?|outages?) (?:opened|began|"
               r"started)|(?:the )?(?:opening|open|opened) time|opened(?:[ _]at)?|"
               r"(?:the )?(?:time|moment|hour) (?:it|they) (?:opened|began)|"
               r"(?:the )?opening"),
    ("starts", r"(?:the )?(?:start|starts|starts_at|start time|begin|beginning)"),
    ("ends", r"(?:the )?(?:end|ends|ends_at|end time|expiry|expiration)"),
    ("when", r"when(?: (?:it|they) (?:went live|went out|was deployed|were deployed|shipped|landed|happened|"
             r"was made|were made|was created|were created|fired|started))?|"
             r"(?:the )?(?:deploy|change|alert|rollback|release|silence|incident) (?:time|start|start time)|"
             r"(?:the )?(?:time|timestamp|moment) of (?:the |each |its )?(?:deploy|deployment|change|alert|rollback|"
             r"release|silence|sync|flag change|warning)|"
             r"(?:the )?(?:time|moment|hour) (?:it|they) (?:started|began|fired|went live|happened|landed|shipped)|"
             r"when (?:it|they) (?:was|were)|"
             r"(?:the )?(?:time|timestamp|start time|alert start|creation time|creation date|time created|start|"
             r"started|starts_at|start_at|ts|date|date and time|datetime)"),
    ("version", r"(?:the )?(?:(?:suspect(?:'s| change(?:'s)?)? )|change(?:'s)? |deploy(?:'s)? )?versions?(?: tags?)?"
                r"(?: only)?|"
                r"only (?:the )?versions?|(?:the )?(?:version )?tags?|"
                r"(?:the )?versions? (?:it|they) (?:went|rolled|was rolled|were rolled|goes|rolls) back to|"
                r"(?:the )?versions? (?:rolled back to|deployed|shipped|released|restored)"),
    ("who", r"(?:the )?(?:(?:suspect )?(?:change|deploy)(?:'s)? |suspect's )?(?:person|people|author|actor|deployer|"
            r"creator|account)|who asked for it|who (?:made|did|deploy|deploys|deployed|shipped|flipped|pushed|ran|"
            r"released|changed|toggled|created|performed|implemented|applied|set|silenced|muted|added|put (?:it|them) "
            r"on)(?: (?:it|them|the "
            r"change|the deploy|that change|the flip|the suspect(?: change| deploy)?))?|by whom|"
            r"(?:the )?(?:created_by|actor)|who|(?:the )?(?:person|people|one|engineer|user) (?:who|that) (?:made|did|"
            r"deployed|shipped|flipped|pushed|ran|released|changed|toggled|created|performed) (?:it|them|the change|"
            r"the deploy)"),
    ("warning_name", r"(?:the )?(?:early )?warning(?:'s)? (?:alert ?)?names?|(?:the )?warning_alertname"),
    ("warning_service", r"(?:the )?(?:early )?warning(?:'s)? services?|(?:the )?warning_service|(?:the )?services? of "
                        r"the (?:early )?warnings?"),
    ("summary", r"(?:the )?(?:flag change(?:'s)? |flag(?:'s)? |change(?:'s)? |deploy(?:'s)? |warning(?:'s)? )?"
                r"summary|(?:the )?summary "
                r"of (?:the |its |their )?(?:suspect(?:ed)? )?(?:change|deploy|flag change)"),
    ("environment", r"(?:the )?(?:envs?|environments?)|where"),
    ("resolver", r"who (?:resolved|resolve|resolves|fixed) (?:it|them)|who fixed|who resolved?|(?:the )?resolver|"
                 r"resolved by|(?:the )?resolved_by"),
    ("fix", r"(?:the )?fix(?:es)?(?: was| were)?|how (?:it was|they were) fixed|(?:what )?fixed (?:it|them)"),
    ("root_cause", r"(?:the )?root cause"),
    ("silence_ids", r"(?:the )?(?:silence ids?|silences? (?:that )?(?:held|muted) (?:it|them)(?: back)?)|silences?"),
    # ("Please give the silence, who ended it and when": which one)
    ("change_id", r"(?:the )?(?:change|deploy|suspect(?: change)?)(?:'s)? ids?"),
    ("id", r"(?:the )?(?:(?:incident |group |silence |downtime )?(?:ids?|identifiers?)|silence_id|group_id)"),
    ("incident", r"(?:the |which |its )?incident"),  # "…, which were the top 3 log patterns before it? Incident,
    # pattern and lines": the incident each row is about (a kind that lists rows per incident)
    ("severity", r"(?:the )?severity"),
    ("comment", r"(?:the )?(?:comment|reason)|(?:what )?(?:did )?(?:they|he|she|it|the author) (?:write|wrote|say|said|"
                r"put)(?: as (?:the )?(?:comment|reason))?"),  # "who set it, what did they write"
    ("kind", r"(?:the )?(?:kind|type|change type|pattern kind|"
             r"(?:change|deploy|suspect(?: change)?|(?:early )?warning)(?:'s)? (?:type|kind))|"
             r"(?:(?:what|which|the) )?(?:kind|type|sort) of (?:change|deploy|(?:early )?warning)(?: (?:it|that|this) "
             r"(?:was|is))?"),
    ("text", r"(?:the )?(?:suggestion )?text"),
    ("confidence", r"(?:the )?confidence|how confident (?:it|they) (?:is|are)"),
    ("template", r"(?:the )?(?:log )?(?:templates?|patterns?)"),
    ("lines", r"(?:the )?(?:lines|line count|how many lines)"),
    ("errors", r"(?:the )?(?:errors|error count|error lines|how many errors)"),
    ("metric", r"(?:the )?(?:metric[ _]?keys?|metrics?|series|metric names?)"),
    ("value", r"(?:the )?(?:values?|readings?|measured values?)"),
    ("lasted", r"how many minutes (?:it|they|each(?: one)?) (?:really|actually) lasted|how many minutes (?:it|they|"
               r"each(?: one)?) (?:was|were) (?:really|actually) in (?:place|effect)|(?:the )?(?:real|actual|"
               r"effective) (?:length|duration)(?: in minutes)?"),  # "…, comment and how many minutes they were really
    # in place": a silence until it ended or was expired
    ("minutes", r"(?:the )?(?:minutes|(?:scheduled |planned )?duration(?: in minutes)?|(?:scheduled |planned )?length "
                r"in minutes|minutes (?:open|it lasted|it took))|how many minutes (?:it|they|each(?: one)?) lasted|"
                r"how long (?:it|they|each one|each) (?:lasted|took|was open|were open)(?: in minutes)?|how many "
                r"minutes did (?:it|they|each(?: one)?) last"),  # how long
    # each lasted ("the 3 longest incidents: service, alert name and minutes")
    ("lag", r"(?:the )?(?:lag|lead|lead[ _]time|lead_min|minutes?(?: before| between| of lead| of lag| ahead)?)"
            r"(?: in minutes| in mins| mins| minutes)?|how (?:many minutes|"
            r"long) (?:before|after) .+|how (?:many minutes|long) (?:before|ahead|earlier)|"
            r"minutes? (?:before|after) (?:the |its |each )?(?:incident|outage|it) .+|"
            r"how (?:many minutes|long) (?:it|they|each(?: one)?) (?:came|was|were|fired|started) (?:before|ahead|"
            r"earlier)(?: .+)?"),  # "how many minutes it came before"
    ("count", r"(?:the )?(?:count|number|total|how many)|(?:whether|how many|the number of|number of|count of|how "
              r"much) .+"),
    ("key", r"(?:the )?(?:config |flag )?key|(?:the )?(?:feature )?flag(?: name)?"),  # ("flag key" is said "flag")
    ("old", r"(?:the )?(?:old|previous|former|prior) (?:value|setting)|(?:the )?old one"),
    ("new", r"(?:the )?(?:new|current|updated) (?:value|setting)|(?:the )?new one"),
    ("expired_by", r"who (?:took|take|pulled|pull|lifted|lift|removed|remove|expired|expire|ended|end|killed|kill) "
                   r"(?:it|them)(?: off| down)?|(?:the )?expired_by|(?:the )?expirer"),
    ("expired_at", r"when (?:it|they) (?:was|were) (?:expired|taken off|lifted|removed|ended early)|when (?:it|they) "
                   r"expired|(?:the )?expired_at"),
)
"""Items of a list after a colon or a question mark: "incident service, alert name, when it opened"."""
