"""Decode a batch of raw messages into records and dead letters (no Bytewax here)."""

from __future__ import annotations

from dataclasses import dataclass, field

from signalcraft.config.settings import IdentitySettings, StreamKind
from signalcraft.models import DeadLetter
from signalcraft.models.common import Record
from signalcraft.sources.adapters.native import native_models
from signalcraft.sources.decode import FORMAT_HEADER, dead_letter, decode
from signalcraft.sources.raw import RawMessage


_IDENTITY_HEADERS = frozenset({"sc-workspace", "sc-project", "sc-environment", "sc-service"})


@dataclass(slots=True)
class Decoded:
    """What one batch of messages became."""

    records: list[Record] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)

    def stored(self) -> list[Record | DeadLetter]:
        """Everything the store keeps: records and dead letters alike."""
        return [*self.records, *self.dead]


class BatchDecoder:
    """Callable: ``list[RawMessage] -> Decoded``, choosing the stream kind by topic."""

    def __init__(self, topic_kinds: dict[str, StreamKind], identity: IdentitySettings):
        self._kinds = dict(topic_kinds)
        self._identity = identity
        self._native = native_models()

    def __call__(self, batch: list[RawMessage]) -> Decoded:
        out = Decoded()
        records = out.records
        for raw in batch:
            kind = self._kinds.get(raw.topic)
            if kind is None:
                out.dead.append(dead_letter(raw, "route", f"topic {raw.topic!r} is not an input topic"))
                continue
            fast = self._fast_path(raw, kind)
            if fast is not None:
                records.append(fast)
                continue
            decoded, dead = decode(raw, kind, self._identity)
            records.extend(decoded)
            if dead is not None:
                out.dead.append(dead)
        return out

    def _fast_path(self, raw: RawMessage, kind: StreamKind) -> Record | None:
        """A complete native record named by its ``sc-format`` header, validated as it is.

        Anything else (no header, identity headers to apply, a validation error) takes
        the full path through :func:`decode`, which also explains a refusal.
        """
        headers = raw.headers
        if not headers:
            return None
        model = self._native.get((headers.get(FORMAT_HEADER), kind))
        if model is None or len(headers) > 1 and _IDENTITY_HEADERS.intersection(headers):
            return None
        try:
            return model.model_validate_json(raw.value)
        except Exception:  # noqa: BLE001 - the full path turns any refusal into a dead letter
            return None
