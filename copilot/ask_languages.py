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
_TIME_WORDS = sorted(((said, english) for english, said_all in _TIMES.items() for said in said_all),
                     key=lambda pair: -len(pair[0]))


def in_english(text: str) -> str:
    """``text`` with the months, weekdays and words of time of other languages in English."""
    for said, english in _TIME_WORDS:
        text = re.sub(rf"(?i)(?<![\w'-]){re.escape(said)}(?![\w'-])", _unless_named(text, english), text)
    days = "|".join(re.escape(d) for d in sorted(_DAY_OF, key=len, reverse=True))
    text = re.sub(rf"(?i)\b(?:ranar |el |le |am |on )?({days})(?![\w'-])", lambda m: m[0] if _NAMED.search(
        text[:m.start()]) else "on " + _DAY_OF[m[1].lower()] if m[0].lower().startswith(("ranar", "el ", "le ", "am "))
        else _DAY_OF[m[1].lower()], text)
    months = "|".join(re.escape(m) for m in sorted(_MONTH_OF, key=len, reverse=True))
    text = re.sub(rf"(?i)\b(\d{{1,2}})(?:-| de | )({months})\b(?:,? (\d{{4}}))?",
                  lambda m: m[0] if re.search(r"(?i)\b(?:last|top|first|latest)\s*$", text[:m.start()]) else
                  f"{m[1]} {_MONTH_OF[m[2].lower()]}" + (f" {m[3]}" if m[3] else ""), text)  # "11-mart", not "the
    # last 5 mai deploys"
    text = re.sub(rf"(?i)\b({months})({_CASE})\b(?=\s+\d|\s*$|[\s,.?!])",
                  lambda m: _month(m, text), text)
    return text


def _unless_named(text: str, english: str):
    """The English word for a match in ``text``, or the word as written where it is a name or a searched text."""
    return lambda m: m[0] if _NAMED.search(text[:m.start()]) else english


def _month(m, text: str) -> str:
    """A month of another language beside a day, a year or a case ending; as written otherwise."""
    english, ending = _MONTH_OF[m[1].lower()], m[2].lower()
    before = text[:m.start()].rstrip().lower()
    after = text[m.end():].lstrip()
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
