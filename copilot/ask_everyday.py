"""Everyday words for what the reading knows, said by people who do not use the store's terms: "alerts that showed
up shortly after someone pushed a new version of the same service" (alerts that started right after someone
deployed), "which releases got blamed for breaking things", "how long do alerts take to clear", "which mutes are set
to run out later today", "silences matching alertname KubePodNotReady" (a matcher).

>>> everyday_forms("which services take the longest for their alerts to clear up")
'which services have the longest average alert duration'
>>> everyday_forms("the ten most recent alerts as of this morning")
'the ten most recent alerts'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re


def everyday_forms(text: str) -> str:
    """``text`` with everyday wordings said in the words the reading knows, in this order."""
    text = re.sub(r"(?i)\bfeature[- ]toggles?\b", "feature flag", text)  # "feature-toggle modifications"
    text = re.sub(r"(?i)\b(that|which|they) (?:showed|show|shows|turned|turn|turns|popped|pop|pops) up\b",
                  r"\1 started", text)  # "alerts that showed up shortly after …"
    text = re.sub(r"(?i)\bshortly after\b", "right after", text)
    text = re.sub(r"(?i)\b(someone|somebody|anyone|anybody|they|we|he|she) pushed\b(?! (?:\w+ )?(?:to|by) (?:pagerduty|"
                  r"opsgenie|slack|grafana|alertmanager)\b)", r"\1 deployed", text)  # "right after someone pushed a new
    # version of the same service" (not alerts pushed to PagerDuty)
    text = re.sub(r"(?i)\b(version|release|build|update)((?: of [\w-]+(?: [\w-]+){0,3})?) (?:was|got) pushed\b",
                  r"\1\2 was deployed", text)
    text = re.sub(r"(?i)\b(?:anything|everything|stuff|things|what) (?:that )?(?:broke|went wrong|went bad|blew up)\b",
                  "alerts that started", text)
    text = re.sub(r"(?i)^(?:did |has |have )?(?:anything|something|any alerts?) (?:start|started|begin|began) "
                  r"(?:firing|going off|to fire)\b", "alerts that started", text)  # "Anything start firing in the hour
    # before …?"  # "anything that broke within half an hour of a release"
    text = re.sub(r"(?i)\bfor (?:breaking|taking down|knocking over) (prod|production)\b", r"for \1 incidents", text)
    text = re.sub(r"(?i)\bfor (?:breaking|taking down|knocking over) (?:things|stuff|something|the site)\b",
                  "for incidents", text)  # "which releases got blamed for breaking things"
    text = re.sub(r"(?i)\b(?:to|they|it) (?:clear(?: up)?|get sorted|be sorted out|sort (?:it |them )?out)\b",
                  "to resolve", text)  # "how long do alerts take to clear", "to sort out an incident"
    text = re.sub(r"(?i)\b(which|what)( \d+| two| three| four| five| ten)? (services|projects|service|project) "
                  r"(?:take|takes|took) (?:the )?longest,?(?: on average,?)? (?:for (?:their|its) (alerts|incidents) )?"
                  r"to resolve(?: (?:their|its) (alerts|incidents))?\b",
                  lambda m: f"{m[1]}{m[2] or ''} {m[3]} have the longest average "
                  f"{(m[4] or m[5] or 'alerts').rstrip('s')} duration", text)  # "which three services take the
    # longest, on average, for their alerts to clear up": ranked by their mean time to resolve
    text = re.sub(r"(?i),?\s*\baccording to (?:the )?alertmanager(?:'s| s)? (?:own )?(?:records?|logs?|data|view)"
                  r"(?: of what it (?:muted|silenced|held back|suppressed))?", "", text)  # "which silences held back
    # an alarm, according to Alertmanager's own record of what it muted": where the answer comes from, not a filter
    text = re.sub(r"(?i)\b(per|by|each|for each) (hour|day|week|month|year) of (?:their |its )?creation\b",
                  r"\1 \2 created", text)  # "silence records per calendar month of creation"
    text = re.sub(r"(?i)\brolling (?:that |the |this )?(?:same )?(service|it) back\b", "a rollback of the same service",
                  text)  # "deploys followed within the hour by somebody rolling that same service back"
    text = re.sub(r"(?i)\b(between|from) (?:like|about|around|roughly|approx\.?|approximately) (?=\d)", r"\1 ", text)
    # "between like 10pm and 6am": the clocks said
    text = re.sub(r"(?i)\b(?:scheduled to |set to |planned to |meant to )?run (the )?(longest|shortest)\b",
                  r"last \1\2", text)  # "which silences were scheduled to run the longest"
    text = re.sub(r"(?i)\b(?:(?:are|is) )?(?:set |due |scheduled )?to run out\b|\bruns? out\b|\brunning out\b",
                  "expire", text)  # "which mutes are set to run out later today"
    text = re.sub(r"(?i)(\b(?:most recent|latest|newest|last \d+|last (?:few|ten|five|three|two)|open|unresolved|"
                  r"firing|active|ongoing|still|in force|current)\b[^?.]*?),?\s*"
                  r"\bas of (?:this morning|this afternoon|this evening|today)\b", r"\1", text)  # "the ten most
    # recent alerts as of this morning": up to now, not within this morning
    text = re.sub(r"(?i)\b(mentions?|mentioning|says?|saying) that (?:someone |somebody |we |they |he |she |it |"
                  r"people |the team |someone had |somebody had |we had |they had )(?=[a-z])", r"\1 ", text)  # "a
    # comment that mentions that someone forgot": the words said, not "that"
    text = re.sub(r"(?i)\b(?:matching|that match|which match|matches)(?: the| an?)? (alertname|service|namespace|"
                  r"severity|env|environment|project|team|cluster|node|pod|job|instance|queue|region)(?: label)?"
                  r"(?= ['\"]?(?!labels?\b)[\w.-]+)", r"with \1", text)  # "silences matching alertname
    # KubePodNotReady": a matcher
    text = re.sub(r"(?i)^(?:so,? |and |ok,? )?whose ((?:flag |config )?(?:changes?|deploys?|deployments?|releases?|"
                  r"rollbacks?)) (?:got|get|were|was|are|have been|has been) (?:blamed|suspected|(?:named |marked |"
                  r"flagged )?(?:the |as )?(?:suspects?|culprits?)|named|flagged) (?:the )?most(?: often| frequently|"
                  r" times)?\b", r"who had the most suspect \1", text)  # "whose deploys got blamed most": the people,
    # ranked by their changes named suspect (had been the alerts those changes were blamed for)
    text = re.sub(r"(?i)\b(?<!\bnot )(?<!\boutside )(?<!\blasted )(?<!\btook )(?<!\bover )(?:(?:from|between|during|"
                  r"in) )?(?<![\d:/.-])([1-9]|1[0-2])(?::00)?\s*(?:-|–|to|till|until)\s*([1-9]|1[0-2])(?::00)?"
                  r"(?![\d:/.-]),? (?:on )?(?:weekdays|workdays|business days|working days|week ?days|(?:from )?"
                  r"mon(?:day)?s?\s*(?:-|–|to|through|thru)\s*fri(?:day)?s?)\b(?!\s*(?:vs\.?|versus|compared|and "
                  r"weekends|or weekends))",
                  r"between \1 and \2 on weekdays", text)
    # "alerts 9-5 on weekdays": office hours (had been every hour of the weekdays)
    text = re.sub(r"(?i)^(?:so,? )?(?:out )?of (?:everybody|everyone|all (?:of )?(?:the |our |us|them)?\s*(?:people|"
                  r"engineers|users|devs|developers|folks|humans|on-?callers|responders|team)?),?\s+(?=who\b)", "",
                  text)  # "Out of everybody, who deployed the most?": the one person (had been the top five)
    if re.search(r"(?i)\b(?:silences?|mutes?|downtimes?)\b", text):  # "silences in force at the moment …": in effect
        text = re.sub(r"(?i)\bin force\b", "in effect", text)  # (of silences only: "rules in force" stays unread)
    text = re.sub(r"(?i)\b(warnings?|alerts?|alarms?|changes?|deploys?|deployments?|silences?) (?:that were |which "
                  r"were )?(?:logged|recorded|registered|noted) (ahead of|before|after|during|prior to)\b", r"\1 \2",
                  text)  # "early warnings logged ahead of the … incident": no log lines
    return text
