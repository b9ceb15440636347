"""Words of time that people leave in their own language inside an English question: the months and weekdays, and
yesterday, today, now, last week and this week, in about twenty languages ("alerts innale", "since 1 fevral",
"ranar Talata", "qayna simana", "11-mart"). Each becomes its English word; a month only beside a day, a year, a
preposition or a case ending, where it cannot be a word of another kind. Applied by :func:`.ask_dictated.dictated`.

>>> in_english("innale error log lines most wrote top 3 services which?")
'yesterday error log lines most wrote top 3 services which?'
>>> in_english("Kenji aka fevralda created silences")
'Kenji aka in february created silences'
>>> in_english("11-mart production alertlar, ranar Talata and qayna simana")
'11 march production alertlar, on tuesday and last week'
>>> in_english("alerts since 3 de marzo until ayer")
'alerts since 3 march until yesterday'
>>> in_english("the mart service, may I see it")
'the mart service, may I see it'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re

__all__ = ["in_english"]

_MONTHS = {
    "january": "enero janvier januar janeiro gennaio januari yanvar ocak styczeń styczen januari janvāris tammikuu",
    "february": "febrero février fevrier februar fevereiro febbraio februari fevral şubat subat luty februari",
    "march": "marzo mars märz maerz março marco maart mart marzec maret machi marts",
    "april": "abril avril aprile aprel nisan kwiecień kwiecien aprili",
    "may": "mayo mai maggio mei mayıs mayis maj",
    "june": "junio juin juni junho giugno iyun haziran czerwiec",
    "july": "julio juillet juli julho luglio iyul temmuz lipiec julai",
    "august": "agosto août aout augustus avgust ağustos agustos sierpień sierpien agustus agosti",
    "september": "septiembre septembre setembro settembre sentabr sentyabr eylül eylul wrzesień wrzesien septemba",
    "october": "octubre octobre oktober outubro ottobre oktabr oktyabr ekim październik pazdziernik oktoba",
    "november": "noviembre novembre novembro noyabr kasım kasim listopad novemba",
    "december": "diciembre décembre decembre dezember dezembro dicembre dekabr aralık aralik grudzień grudzien "
                "desember desemba",
}
"""Month names of Spanish, French, German, Portuguese, Italian, Dutch, Uzbek and Russian (as written in Latin
letters), Turkish, Polish, Indonesian and Swahili."""
_WEEKDAYS = {
    "monday": "lunes lundi montag segunda-feira lunedì lunedi maandag pazartesi senin jumatatu litinin dushanba "
              "alatsinainy ponedelnik somvar",
    "tuesday": "martes mardi dienstag terça-feira terca-feira martedì martedi dinsdag salı selasa jumanne talata "
               "seshanba vtornik mangalvar",
    "wednesday": "miércoles miercoles mercredi mittwoch quarta-feira mercoledì mercoledi woensdag çarşamba carsamba "
                 "rabu jumatano laraba chorshanba alarobia sreda budhvar",
    "thursday": "jueves jeudi donnerstag quinta-feira giovedì giovedi donderdag perşembe persembe kamis alhamisi "
                "alhamis payshanba alakamisy chetverg guruvar",
    "friday": "viernes vendredi freitag sexta-feira venerdì venerdi vrijdag jumat ijumaa juma'a zoma pyatnitsa "
              "shukravar",
    "saturday": "sábado sabado samedi samstag zaterdag cumartesi sabtu jumamosi asabar shanba sabotsy subbota "
                "shanivar",
    "sunday": "domingo dimanche sonntag domenica zondag pazar minggu jumapili lahadi yakshanba alahady voskresenye "
              "ravivar",
}
"""Weekday names of the same languages and of Hausa, Malagasy and Hindi (in Latin letters)."""
_TIMES = {
    "yesterday": ("ayer", "hier", "gestern", "ontem", "ieri", "gisteren", "dün", "kemarin", "semalam", "jiya", "kecha",
                  "vchera", "innale", "nethu", "omaly", "kahapon", "zuotian", "kinou"),
    "today": ("aujourd'hui", "heute", "hoje", "oggi", "vandaag", "bugün", "bugun", "hari ini", "segodnya",
              "aaj", "innu", "indru", "anio", "jintian", "kyou"),
    "now": ("ahora", "maintenant", "jetzt", "adesso", "şimdi", "simdi", "sekarang", "yanzu", "hozir", "seychas",
            "ippol", "kunan", "ngayon", "xianzai"),
    "last week": ("la semana pasada", "semana pasada", "la semaine dernière", "la semaine derniere",
                  "semaine dernière", "letzte woche", "letzter woche", "semana passada", "la settimana scorsa",
                  "settimana scorsa", "vorige week", "geçen hafta", "gecen hafta", "minggu lalu", "makon jiya",
                  "o'tgan hafta", "otgan hafta", "pichhle hafte", "qayna simana", "herinandro lasa", "senshuu"),
    "this week": ("esta semana", "cette semaine", "diese woche", "questa settimana", "deze week", "bu hafta",
                  "minggu ini", "kay simana"),
}
"""Yesterday, today, now, last week and this week in those languages and in Hausa, Malayalam, Tamil, Malagasy,
Tagalog, Quechua, Hindi, and Chinese and Japanese romanised (words that are English words or common names are left
out)."""
_CASE = r"(?:da|dan|de|ga|ta|te|ning|il|pi|pa|manta)?"
"""Case endings glued to a month ("fevralda": in February), read as its preposition."""
_NAMED = re.compile(r"(?i)\b(?:by|from|with|containing|contains|mentioning|mentions|saying|called|named|the|user|"
                    r"author|actor|person|service|project|for|to)\s+$")
"""Words after which a word is a name or a searched text, not a word of time ("deploys by abhi", "logs containing
hoy", "the agora service")."""
_MONTH_OF = {said: english for english, words in _MONTHS.items() for said in words.split()}
_DAY_OF = {said: english for english, words in _WEEKDAYS.items() for said in words.split()}
_TIME_OF = {said: english for english, said_all in _TIMES.items() for said in said_all}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # the longest first


_TIME = re.compile(rf"(?i)(?<![\w'-])({_alternation(_TIME_OF)})(?![\w'-])")
_DAY = re.compile(rf"(?i)\b(ranar |el |le |am |on )?({_alternation(_DAY_OF)})(?![\w'-])")
_DAY_MONTH = re.compile(rf"(?i)\b(\d{{1,2}})(?:-| de | )({_alternation(_MONTH_OF)})\b(?:,? (\d{{4}}))?")
_MONTH = re.compile(rf"(?i)\b({_alternation(_MONTH_OF)})({_CASE})\b(?=\s+\d|\s*$|[\s,.?!])")
_COUNTED = re.compile(r"(?i)\b(?:last|top|first|latest)\s*$")
"""A number that counts rows, not a day ("the last 5 mai deploys")."""


def in_english(text: str) -> str:
    """``text`` with the months, weekdays and words of time of other languages in English."""
    text = _TIME.sub(lambda m: m[0] if _NAMED.search(m.string[:m.start()]) else _TIME_OF[m[1].lower()], text)
    text = _DAY.sub(_weekday, text)
    text = _DAY_MONTH.sub(lambda m: m[0] if _COUNTED.search(m.string[:m.start()]) else
                          f"{m[1]} {_MONTH_OF[m[2].lower()]}" + (f" {m[3]}" if m[3] else ""), text)  # "11-mart"
    return _MONTH.sub(_month, text)


def _weekday(m) -> str:
    """A weekday of another language, "on" it where its own word for "on" came first ("ranar Talata")."""
    if _NAMED.search(m.string[:m.start()]):
        return m[0]  # "deploys by juma"
    english = _DAY_OF[m[2].lower()]
    return f"on {english}" if m[1] and m[1].lower() != "on " else f"{m[1] or ''}{english}"


def _month(m) -> str:
    """A month of another language beside a day, a year or a case ending; as written otherwise."""
    english, ending = _MONTH_OF[m[1].lower()], m[2].lower()
    before = m.string[:m.start()].rstrip().lower()
    after = m.string[m.end():].lstrip()
    if _NAMED.search(before + " "):
        return m[0]  # "silences created by julie"
    if ending in ("da", "de", "ta", "te", "il", "pi"):
        return f"in {english}"  # "fevralda": in February
    if ending in ("dan", "manta"):
        return f"since {english}"
    if ending:
        return english
    if re.search(r"\b(?:last|top|first|latest)(?: \d+)?$", before):
        return m[0]  # "the last 5 mai deploys": a count, not a day
    if re.match(r"\d", after) or re.search(r"(?:\b(?:in|since|of|from|until|till|during|before|after|on|en|im|em|di|"
                                           r"na|w|de)|\d)$", before):
        return english
    return m[0]
