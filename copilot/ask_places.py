"""Places people tell time by ("1:30am Sydney time", "yesterday, Tonga time", "counted in Malé days", "7h30 (Tahiti)"),
to the IANA zone that keeps their clocks.

The names come from the time zone database itself (``zone.tab`` and ``iso3166.tab`` of the ``tzdata`` package, or
of the system's zoneinfo): a zone's city ("Darwin", "Regina", "Tahiti"), its region as the database describes it
("Saskatchewan", "Northern Territory"), and a country that keeps a single zone ("Tonga", "Maldives", "India"). A few
names people use that the database does not hold (a capital that is not its zone's city, a province said short) are
added here. A country or region of several zones names none.

>>> place_zone("Tonga"), place_zone("Darwin"), place_zone("Sask"), place_zone("Malé")
('Pacific/Tongatapu', 'Australia/Darwin', 'America/Regina', 'Indian/Maldives')
>>> place_zone("Australia") is None  # several zones
True
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from pathlib import Path

__all__ = ["is_word", "place_zone"]

_SAID = {"sask": "America/Regina", "male": "Indian/Maldives", "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata",
         "mumbai": "Asia/Kolkata", "bangalore": "Asia/Kolkata", "bengaluru": "Asia/Kolkata", "chennai": "Asia/Kolkata",
         "hyderabad": "Asia/Kolkata", "pune": "Asia/Kolkata", "beijing": "Asia/Shanghai", "shenzhen": "Asia/Shanghai",
         "osaka": "Asia/Tokyo", "canberra": "Australia/Sydney", "wellington": "Pacific/Auckland",
         "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles", "bay area": "America/Los_Angeles",
         "washington": "America/New_York", "boston": "America/New_York", "atlanta": "America/New_York",
         "miami": "America/New_York", "dallas": "America/Chicago", "austin": "America/Chicago",
         "montreal": "America/Toronto", "ottawa": "America/Toronto", "munich": "Europe/Berlin",
         "frankfurt": "Europe/Berlin", "hamburg": "Europe/Berlin", "barcelona": "Europe/Madrid", "milan": "Europe/Rome",
         "geneva": "Europe/Zurich", "cape town": "Africa/Johannesburg", "abu dhabi": "Asia/Dubai",
         "islamabad": "Asia/Karachi", "lahore": "Asia/Karachi", "hanoi": "Asia/Bangkok", "bali": "Asia/Makassar",
         "hawaii": "Pacific/Honolulu", "saskatchewan": "America/Regina", "arizona": "America/Phoenix",
         "china": "Asia/Shanghai",
         "alberta": "America/Edmonton", "british columbia": "America/Vancouver", "ontario": "America/Toronto",
         "quebec": "America/Toronto", "manitoba": "America/Winnipeg", "nova scotia": "America/Halifax",
         "uk": "Europe/London", "britain": "Europe/London", "england": "Europe/London",
         "suva": "Pacific/Fiji", "port louis": "Indian/Mauritius", "bridgetown": "America/Barbados",
         "valletta": "Europe/Malta", "panama city": "America/Panama", "guatemala city": "America/Guatemala",
         "honiara": "Pacific/Guadalcanal", "port vila": "Pacific/Efate", "kuwait city": "Asia/Kuwait",
         "manama": "Asia/Bahrain", "doha": "Asia/Qatar", "quito": "America/Guayaquil", "brno": "Europe/Prague",
         "tirana": "Europe/Tirane", "abuja": "Africa/Lagos", "rabat": "Africa/Casablanca",
         "duluth": "America/Chicago"}
"""Names people use that the database holds under another name."""
_NOT_PLACES = frozenset(("central", "eastern", "western", "mountain", "pacific", "atlantic", "indian", "universal",
                         "local", "summer", "standard", "zulu", "server", "our", "my", "your", "their", "the", "same",
                         "real", "on", "off", "any", "each", "every", "this", "that", "what", "which", "prod",
                         "production", "staging", "dev", "test", "georgia", "jersey", "wake", "center", "christmas",
                         "easter", "reunion", "oral", "acre", "resolute", "troll", "knox", "man"))
"""Words that name a zone's part or are not places at all (and two places that are also other things)."""
_WORDS = frozenset(("jordan", "victoria", "chad", "regina", "sofia", "sydney", "adelaide", "casey", "davis", "palmer",
                    "stanley", "dawson", "phoenix", "java", "canary", "center", "christmas", "easter", "reunion",
                    "wake", "oral", "male", "turkey", "guinea", "niger", "mali", "acre", "knox", "troll", "resolute",
                    "norfolk", "lima", "darwin", "austin", "dallas", "paris", "denver", "hobart", "vienna",
                    "santiago", "florence", "madison", "lincoln", "jackson", "kingston", "hamilton", "nassau",
                    "monaco", "havana", "cuba", "chile", "china", "india", "israel", "georgia", "jersey", "guernsey",
                    "man", "panama", "pago pago", "bogota", "tripoli", "beirut", "aden", "gaza", "nome", "adak",
                    "apia", "niue", "fiji", "guam", "samoa", "juba", "lome", "dili", "baku", "riga", "oslo", "rome",
                    "bali", "macau", "hovd", "omsk", "mahe", "nuuk"))
"""Places whose names are also people's, words or other things ("(jordan)", "on canary", "on Christmas day"): a
place only when the question says its time ("Jordan time", "Sydney time zone", "on the Lima clock")."""


def _folded(name: str) -> str:
    """``name`` lower case, without accents, with single spaces ("Malé" and "male" alike)."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace("_", " ").split())


def _table(name: str) -> list[list[str]]:
    """The rows of one of the database's ``.tab`` files; none when neither copy of the database has it."""
    try:
        text = resources.files("tzdata").joinpath("zoneinfo", name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        path = Path("/usr/share/zoneinfo") / name
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


@functools.cache
def _places() -> dict[str, str]:
    zones = _table("zone.tab")
    countries = {row[0]: row[1] for row in _table("iso3166.tab") if len(row) > 1}
    out: dict[str, str] = {}
    per_country: dict[str, set[str]] = {}
    regions: dict[str, dict[str, bool]] = {}
    most: dict[str, str] = {}
    for row in zones:
        if len(row) < 3:
            continue
        code, zone = row[0], row[2]
        per_country.setdefault(code, set()).add(zone)
        out.setdefault(_folded(zone.rsplit("/", 1)[-1]), zone)
        comment = row[3] if len(row) > 3 else ""
        if comment.lower().startswith("most of "):  # "most of Germany": the country's zone
            most[code] = zone
        for part in re.split(r"[;,&]", re.sub(r"^[\w ]+ - ", "", comment)):  # "Northern Territory", "Queensland
            region = _folded(part.split("(")[0].strip().rstrip("."))  # (most areas)", "Society Islands"
            if region and not region.startswith(("most", "more")):
                regions.setdefault(region, {})[zone] = "(most areas)" in part
    for region, found in regions.items():
        chosen = [z for z, most_areas in found.items() if most_areas or len(found) == 1]
        if len(chosen) == 1:
            out.setdefault(region, chosen[0])
    for code, found in per_country.items():
        if code in countries and (len(found) == 1 or code in most):
            out.setdefault(_folded(countries[code].split(" (")[0]), most.get(code) or next(iter(found)))  # "Myanmar
            # (Burma)": Myanmar
    out.update(_SAID)
    return {name: zone for name, zone in out.items() if name not in _NOT_PLACES and len(name) > 2 and re.fullmatch(
        r"[a-z][a-z .'-]*[a-z]", name)}  # (not the comments' leftovers: "cf)", "msk+01 - samara")


def is_word(name: str) -> bool:
    """Whether the place ``name`` is also a person's name, a word or another thing (read as a place only with its
    time said)."""
    return _folded(name) in _WORDS


def place_zone(name: str) -> str | None:
    """The zone of the place ``name``; ``None`` when it names no place or a place of several zones."""
    return _places().get(_folded(name))
