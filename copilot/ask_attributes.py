"""A log line's attributes in the words people use for them: "payments-api lines where /v1/payments answered 503",
"checkout-web lines showing a customer getting a 502 back", "top 3 http status codes checkout-web sent back",
"error lines per route".

The attribute keys are OpenTelemetry's (``http.response.status_code``, ``http.route``, ``http.request.method``,
``exception.type``, ...), or the older names some SDKs still send; only keys the store's lines carry are read. A
status code is read when a word about answers stands near it ("answered 503", "a 502 back", "503s", "status
503"); a route when it is one the lines carry; a method when written in capitals ("POST requests").

>>> attribute_key("status codes", {"http.response.status_code": ["200", "503"]})
'http.response.status_code'
>>> attribute_key("routes", {"http.status_code": ["200"]}) is None
True
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_literals import in_list, lit
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["attribute_dimension", "attribute_filters", "attribute_key", "attribute_words"]

_KEYS = (
    (r"(?:http |response |return |http response )?status codes?|(?:http|response|return) codes?|http status(?:es)?|"
     r"http (?:responses?|results?)", ("http.response.status_code", "http.status_code")),
    (r"(?:http )?routes?|endpoints?|(?:url )?paths?|urls?", ("http.route", "url.path", "http.target")),
    (r"(?:http )?(?:request )?methods?|http verbs?", ("http.request.method", "http.method")),
    (r"exception (?:types?|class(?:es)?)|error (?:types?|class(?:es)?)|exceptions?",
     ("exception.type",)),
    (r"exception messages?|error messages?", ("exception.message",)),
    (r"peer services?|downstream services?|upstream services?|dependenc(?:y|ies)", ("peer.service",)),
)
"""The words for an attribute and the keys they may be stored under, first found first."""
_WORDS = tuple((re.compile(pattern), re.compile(rf"\b({pattern})\b"), re.compile(
    rf"\b(?:top(?: \d+)?|bottom(?: \d+)?|per|by|each|every|which|what|most common|most frequent) (?:[\w-]+ )?"
    rf"({pattern})\b"), keys) for pattern, keys in _KEYS)
"""Per attribute: its words alone, its words in a question, and its words after a ranking or a breakdown."""
_STATUS = ("http.response.status_code", "http.status_code")
_METHOD = ("http.request.method", "http.method")
_ANSWERED = re.compile(r"\b(?:answered|answering|answers|returned|returning|returns|responded|responding|respond|got|"
                       r"getting|gets|get|sent|sending|sends|served|serving|threw|throwing|status|code|with|an?|http) "
                       r"(?:a |an |the |status |code )?([1-5]\d\d)s?\b")
"""A status code beside a word about answers: "answered 503", "a 502 back", "status 503"."""


def attribute_key(words: str, attributes: dict[str, list[str]]) -> str | None:
    """The stored key the words name, or ``None``."""
    for alone, _, _, keys in _WORDS:
        if alone.fullmatch(words):
            return next((k for k in keys if k in attributes), None)
    return None


def attribute_words(r: Reading, vocab: Vocabulary) -> set[str]:
    """The words of the question that name an attribute the log lines carry ("http status codes", "routes")."""
    if not vocab.log_attributes:
        return set()
    text, out = " ".join(r.words), set()
    for _, said, _, _ in _WORDS:
        for m in said.finditer(text):
            if attribute_key(m[1], vocab.log_attributes):
                out |= set(m[1].split())
    return out


def attribute_dimension(r: Reading, rel: str, vocab: Vocabulary) -> str | None:
    """ "top 3 http status codes", "error lines per route", "which endpoints logged the most errors": ``attr:KEY``."""
    if rel != "log_events" or not vocab.log_attributes:
        return None
    text = " ".join(r.words)
    for _, _, ranked, _ in _WORDS:
        if (m := ranked.search(text)) and (key := attribute_key(m[1], vocab.log_attributes)):
            return f"attr:{key}"
    return None


def attribute_filters(r: Reading, vocab: Vocabulary, rel: str, p: str = "") -> list[str]:
    """Conditions on the attributes the question names by value: a status code, a route, a method."""
    if rel != "log_events" or not vocab.log_attributes:
        return []
    out = []
    text = " ".join(r.words)
    status = next((k for k in _STATUS if k in vocab.log_attributes), None)
    if status is not None:
        codes = {m[1] for m in _ANSWERED.finditer(text)}
        codes |= {m[1] for m in re.finditer(r"\b([1-5]\d\d)s\b", text)}  # "503s"
        codes = sorted(c for c in codes if c and c in vocab.log_attributes[status])
        if m := re.search(r"\b([1-5])xx(?:s|es)?\b", text):  # "5xx lines": every code of that class
            out.append(f"{p}attributes[{lit(status)}] LIKE {lit(m[1] + '__')}")
        elif codes:
            out.append(in_list(f"{p}attributes[{lit(status)}]", codes))
    for e in r.entities.get("log_attribute", []):
        key, value = e.value
        out.append(f"{p}attributes[{lit(key)}] = {lit(value)}")
    method = next((k for k in _METHOD if k in vocab.log_attributes), None)
    if method is not None:
        said = sorted({m[1] for m in re.finditer(r"\b(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b", r.question)
                       if m[1] in vocab.log_attributes[method]})
        if said:
            out.append(in_list(f"{p}attributes[{lit(method)}]", said))
    return out
