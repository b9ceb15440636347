"""Collecting Alertmanager's silences, and the alerts they mute, into the audit topic.

Alertmanager has no event feed: ``GET /api/v2/silences`` answers the silences it holds now
(expired ones only for its retention, 120 h by default). So :class:`SilenceCollector` polls
it and produces every silence *version* it has not produced before, once: a silence is new,
or changed when its ``updatedAt`` or ``status.state`` differs (an edit in place, an early
expiry, a pending silence turning active, a natural expiry). Each is the raw gettable
silence, keyed by silence id, ``sc-format: alertmanager-silence``. Each poll also asks
for the muted alerts (``GET /api/v2/alerts``, suppressed only) and produces that list,
``sc-format: alertmanager-alerts`` with the poll time in ``sc-event-time``, when an alert
is muted that was not in the last list produced (the store keys a mute by alert, start and
muters, so a list of known mutes would add nothing).

Resume: what is already in the audit topic is read back at start-up (:func:`topic_history`):
every ``alertmanager-silence`` version and every muted alert of an ``alertmanager-alerts``
list found there counts as produced. So a pod needs no local state, and a SIGKILL between
a delivery and any bookkeeping costs nothing: the delivered message is in the topic. An
optional state file adds what the topic's retention may have deleted. Both only ever hold
what Kafka acknowledged, so their union is safe. A message is remembered only once the
idempotent producer (``acks=all``) reports it delivered; one that is not is sent again at
the next poll (at least once; the store dedupes by the record's id).
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from signalcraft.broker import OutMessage
from signalcraft.sources.alertmanager_api import AlertmanagerAPI, CollectError
from signalcraft.sources.kafka_outbox import Outbox

log = logging.getLogger(__name__)

SILENCE_FORMAT = "alertmanager-silence"
ALERTS_FORMAT = "alertmanager-alerts"

Version = tuple[str, str]
"""A silence version: ``(updatedAt, status.state)``."""
Mute = tuple[str, str, tuple[str, ...], tuple[str, ...]]
"""A muted alert: ``(fingerprint, startsAt, silencedBy, inhibitedBy)``, what its record's id is made of."""


def silence_version(silence: Mapping[str, Any]) -> Version:
    """What makes a version of a silence: its ``updatedAt`` and its state.

    >>> silence_version({"id": "a", "updatedAt": "2025-03-11T14:00:00.000Z", "status": {"state": "active"}})
    ('2025-03-11T14:00:00.000Z', 'active')
    """
    status = silence.get("status")
    state = status.get("state") if isinstance(status, dict) else None
    return str(silence.get("updatedAt") or ""), str(state or "")


def mute_of(alert: Mapping[str, Any]) -> Mute | None:
    """The mute an alert of ``GET /api/v2/alerts`` shows, or ``None`` if nothing mutes it.

    >>> mute_of({"fingerprint": "f1", "startsAt": "t", "status": {"silencedBy": ["s2", "s1"], "inhibitedBy": []}})
    ('f1', 't', ('s1', 's2'), ())
    >>> mute_of({"fingerprint": "f1", "startsAt": "t", "status": {"silencedBy": [], "inhibitedBy": []}}) is None
    True
    """
    status = alert.get("status")
    if not isinstance(status, dict):
        return None
    silenced = tuple(sorted(str(s) for s in status.get("silencedBy") or ()))
    inhibited = tuple(sorted(str(s) for s in status.get("inhibitedBy") or ()))
    if not silenced and not inhibited:
        return None
    return str(alert.get("fingerprint", "")), str(alert.get("startsAt", "")), silenced, inhibited


@dataclass
class Sent:
    """What is known to be in the audit topic: silence versions by id, and muted alerts.

    Only what Kafka acknowledged gets here, so two of these (the topic read back, the
    state file) merge by union. After each poll it keeps only what Alertmanager still shows.
    """

    silences: dict[str, set[Version]] = field(default_factory=dict)
    mutes: set[Mute] = field(default_factory=set)

    def unsent(self, silences: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """The silences whose current version has not been produced."""
        return [s for s in silences if silence_version(s) not in self.silences.get(str(s.get("id")), ())]

    def add_silence(self, silence: Mapping[str, Any]) -> None:
        self.silences.setdefault(str(silence.get("id")), set()).add(silence_version(silence))

    def keep_only(self, silences: Iterable[Mapping[str, Any]], mutes: Iterable[Mute]) -> bool:
        """Forget what Alertmanager no longer shows; whether anything was forgotten."""
        now = {str(s.get("id")): silence_version(s) for s in silences}
        kept = {i: {v} for i, v in now.items() if v in self.silences.get(i, ())}
        kept_mutes = self.mutes & set(mutes)
        changed = kept != self.silences or kept_mutes != self.mutes
        self.silences, self.mutes = kept, kept_mutes
        return changed

    def update(self, other: Sent) -> None:
        for silence_id, versions in other.silences.items():
            self.silences.setdefault(silence_id, set()).update(versions)
        self.mutes |= other.mutes

    def learn(self, headers: Mapping[str, str], value: bytes | None) -> None:
        """Count a message read back from the audit topic (anything else is passed over)."""
        fmt = headers.get("sc-format")
        if fmt not in (SILENCE_FORMAT, ALERTS_FORMAT) or not value:
            return
        try:
            doc = json.loads(value)
        except ValueError:
            return
        items = [d for d in (doc if isinstance(doc, list) else [doc]) if isinstance(d, dict)]
        if fmt == SILENCE_FORMAT:
            for silence in items:
                if silence.get("id"):
                    self.add_silence(silence)
        else:
            self.mutes.update(m for m in map(mute_of, items) if m is not None)

    @classmethod
    def from_history(cls, messages: Iterable[tuple[Mapping[str, str], bytes | None]]) -> Sent:
        sent = cls()
        for headers, value in messages:
            sent.learn(headers, value)
        return sent

    def to_json(self) -> str:
        return json.dumps({
            "version": 1,
            "silences": {i: sorted(vs) for i, vs in sorted(self.silences.items())},
            "mutes": sorted(self.mutes),
        })

    @classmethod
    def from_json(cls, text: str) -> Sent:
        """Read :meth:`to_json`'s output.

        >>> s = Sent({"a": {("t1", "active")}}, {("f", "t0", ("a",), ())})
        >>> Sent.from_json(s.to_json()) == s
        True
        """
        doc = json.loads(text)
        if not isinstance(doc, dict) or doc.get("version") != 1:
            raise ValueError("not a collect-silences state file of version 1")
        silences = {str(i): {(str(u), str(s)) for u, s in vs} for i, vs in doc["silences"].items()}
        mutes = {(str(f), str(t), tuple(si), tuple(inh)) for f, t, si, inh in doc["mutes"]}
        return cls(silences, mutes)


def load_state(path: Path) -> Sent:
    """The state file's content; a missing or unreadable one is empty (the topic still says what was sent)."""
    try:
        return Sent.from_json(path.read_text())
    except FileNotFoundError:
        return Sent()
    except (OSError, ValueError, KeyError, TypeError) as e:
        log.warning("state file %s is unreadable (%s); relying on the audit topic alone", path, e)
        return Sent()


def save_state(path: Path, sent: Sent) -> None:
    """Replace the state file atomically (written beside it, synced, renamed over it)."""
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w") as f:
        f.write(sent.to_json())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _rfc3339(t: datetime) -> str:
    return t.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Poll:
    """What one poll did; ``error`` says why it did not finish (nothing unsent is remembered)."""

    silences: int = 0
    mute_lists: int = 0
    error: str | None = None


class SilenceCollector:
    """Polls one Alertmanager into the audit topic; see the module's docstring."""

    def __init__(
        self,
        api: AlertmanagerAPI,
        outbox: Outbox,
        topic: str,
        history: Callable[[], Iterable[tuple[Mapping[str, str], bytes | None]]],
        *,
        workspace: str | None = None,
        state_file: Path | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ):
        self.api, self.outbox, self.topic, self.history = api, outbox, topic, history
        self.workspace, self.state_file, self.clock = workspace, state_file, clock
        self.sent: Sent | None = None
        self._key = urlsplit(api.url).netloc.encode()
        self._am_down_since: float | None = None
        self.retrying = True
        """Whether a failed poll is tried again (log lines say so); ``--once`` is not."""

    def resume(self) -> Sent:
        """Learn what was produced before: the state file, then the audit topic read back."""
        started = time.monotonic()
        sent = load_state(self.state_file) if self.state_file is not None else Sent()
        sent.update(Sent.from_history(self.history()))
        self.sent = sent
        log.info("resumed: %d silence(s) and %d muted alert(s) already in %s (read back in %.1f s)",
                 len(sent.silences), len(sent.mutes), self.topic, time.monotonic() - started)
        return sent

    def _headers(self, fmt: str, **more: str) -> dict[str, str]:
        headers = {"sc-format": fmt, **more}
        if self.workspace:
            headers["sc-workspace"] = self.workspace
        return headers

    def poll(self) -> Poll:
        """Fetch, produce what is new, remember what was delivered."""
        if self.sent is None:
            raise RuntimeError("poll() before resume()")
        try:
            silences = self.api.silences()
            observed = self.clock()
            muted = [a for a in self.api.muted_alerts() if mute_of(a) is not None]
        except CollectError as e:
            return Poll(error=self._alertmanager_down(str(e)))
        self._alertmanager_up()
        fresh = self.sent.unsent(silences)
        messages: list[OutMessage] = [
            (self.topic, str(s["id"]).encode(), _json(s), self._headers(SILENCE_FORMAT), None) for s in fresh
        ]
        mutes = {m for m in map(mute_of, muted) if m is not None}
        new_mutes = bool(mutes - self.sent.mutes)
        if new_mutes:
            headers = self._headers(ALERTS_FORMAT, **{"sc-event-time": _rfc3339(observed)})
            messages.append((self.topic, self._key, _json(muted), headers, None))
        results = self.outbox.send(messages) if messages else []
        for silence, error in zip(fresh, results, strict=False):
            if error is None:
                self.sent.add_silence(silence)
        if new_mutes and results[-1] is None:
            self.sent.mutes |= mutes
        forgot = self.sent.keep_only(silences, mutes)
        delivered = sum(r is None for r in results)
        if self.state_file is not None and (delivered or forgot):
            save_state(self.state_file, self.sent)
        failed = [r for r in results if r is not None]
        if failed:
            error = (f"Kafka: {len(failed)} of {len(messages)} message(s) not delivered to {self.topic} "
                     f"({failed[0]})")
            log.warning("%s%s", error, "; they are sent again at the next poll" if self.retrying else "")
            return Poll(error=error)
        if messages:
            log.info("produced %d silence version(s)%s to %s", len(fresh),
                     " and the muted alerts" if new_mutes else "", self.topic)
        return Poll(silences=len(fresh), mute_lists=int(new_mutes))

    def _alertmanager_down(self, error: str) -> str:
        now = time.monotonic()
        again = "; polling again" if self.retrying else ""
        if self._am_down_since is None:
            self._am_down_since = now
            log.warning("%s%s", error, again)
        else:
            log.warning("%s (unreachable for %.0f s)%s", error, now - self._am_down_since, again)
        return error

    def _alertmanager_up(self) -> None:
        if self._am_down_since is not None:
            log.info("Alertmanager at %s answers again after %.0f s", self.api.url,
                     time.monotonic() - self._am_down_since)
            self._am_down_since = None


def _json(doc: Any) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def run_collector(collector: SilenceCollector, *, interval_s: float, once: bool = False,
                  stop: threading.Event | None = None) -> None:
    """Resume, then poll every ``interval_s`` until ``stop`` is set (a poll under way finishes).

    Failures are logged, one line a poll, and retried at the next; with ``once``, one
    resume and one poll, and a failure raises :class:`CollectError`.
    """
    stop = stop or threading.Event()
    collector.retrying = not once
    while collector.sent is None:
        try:
            collector.resume()
        except CollectError as e:
            if once:
                raise
            if stop.is_set():
                return
            log.warning("%s; trying again in %.0f s", e, interval_s)
            if stop.wait(interval_s):
                return
    while not stop.is_set():
        started = time.monotonic()
        result = collector.poll()
        if once:
            if result.error is not None:
                raise CollectError(result.error)
            break
        stop.wait(max(0.0, interval_s - (time.monotonic() - started)))
    collector.outbox.close()


def stop_on_signals(stop: threading.Event) -> None:
    """SIGTERM and SIGINT set ``stop`` (the poll under way finishes); a second one interrupts."""

    def on_signal(signum: int, _frame: object) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        log.info("%s: finishing the current poll and stopping", signal.Signals(signum).name)

    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, on_signal)
