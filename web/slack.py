"""``POST /slack/ask``: a Slack slash command (``/signalcraft deploys of payments-api in the last 2 hours``)
answered with the ask result as Slack blocks.

Slack sends no bearer token; its request signature is the authentication. Before anything
else — before the form is parsed, the team looked up or the store touched — the request
must carry ``X-Slack-Request-Timestamp`` within the replay window of the clock and
``X-Slack-Signature`` equal to ``v0=`` + hex HMAC-SHA256 of ``v0:{timestamp}:{raw body}``
under the signing secret (compared in constant time); otherwise it is 401 and nothing ran.
A signed request from a Slack team that ``SIGNALCRAFT_SERVE_SLACK_WORKSPACES`` does not map
gets a polite refusal (200, as Slack expects) and runs nothing; a mapped team asks within
its workspace only, through the same :func:`signalcraft.web.api.ask` as the ask box.

The answer is ephemeral (only the asker sees it): the question, the SQL in a code block,
the first rows as a monospaced table (each section within Slack's 3,000 characters, the
rows left out counted), or the reason the question was refused. The secret and the raw
body are never logged.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs

from starlette.concurrency import run_in_threadpool
from starlette.responses import JSONResponse, PlainTextResponse, Response

from signalcraft.config import AskSettings, ServeSettings
from signalcraft.web import api
from signalcraft.web.store import ReadStore

__all__ = ["SECTION_MAX", "Unsigned", "answer", "message", "refusal", "respond", "sign", "table", "verify"]

log = logging.getLogger(__name__)

SECTION_MAX = 3000
"""Slack's limit on a section block's text."""
MAX_ROWS = 20
"""Rows shown in Slack at most (the ask box and ``/api/ask`` show them all)."""
MAX_CELL = 40
"""Characters of one table cell shown; longer values end in an ellipsis."""
MAX_LINE = 200
"""Characters of one table line shown (a very wide answer is cut at the right)."""
USAGE = "Ask a question about the alerts, changes and warnings, e.g. `/signalcraft deploys in the last 2 hours`."


class Unsigned(Exception):
    """A request whose Slack signature is missing, wrong or outside the replay window."""


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Slack's signature of ``body`` sent at ``timestamp`` (what ``X-Slack-Signature`` must be).

    >>> signature = sign("secret", "1531420618", b"team_id=T1&text=alerts")
    >>> signature[:3], len(signature)
    ('v0=', 67)
    """
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def verify(secret: str, headers: Mapping[str, str], body: bytes, now: float, window_s: int) -> None:
    """Raise :class:`Unsigned` unless ``body`` is signed by ``secret`` within ``window_s`` of ``now``.

    >>> body = b"team_id=T1&text=alerts"
    >>> verify("s", {"x-slack-request-timestamp": "1000", "x-slack-signature": sign("s", "1000", body)},
    ...        body, now=1100.0, window_s=300)
    >>> try:
    ...     verify("s", {"x-slack-request-timestamp": "1000", "x-slack-signature": sign("s", "1000", body)},
    ...            body, now=1400.0, window_s=300)
    ... except Unsigned as e:
    ...     print(e)
    the request timestamp is 400 s from the server's clock (at most 300)
    """
    timestamp, signature = headers.get("x-slack-request-timestamp"), headers.get("x-slack-signature")
    if not timestamp or not signature:
        raise Unsigned("X-Slack-Request-Timestamp and X-Slack-Signature are required")
    if not timestamp.isascii() or not timestamp.isdigit() or len(timestamp) > 12:
        raise Unsigned("X-Slack-Request-Timestamp is not a Unix time in seconds")
    skew = abs(now - int(timestamp))
    if skew > window_s:
        raise Unsigned(f"the request timestamp is {skew:.0f} s from the server's clock (at most {window_s})")
    expected = sign(secret, timestamp, body).encode()
    if not hmac.compare_digest(expected, signature.encode("utf-8", "replace")):
        raise Unsigned("the signature does not match")


async def respond(body: bytes, headers: Mapping[str, str], store: ReadStore, settings: ServeSettings,
                  clock: Callable[[], datetime], ask_settings: AskSettings | None = None) -> Response:
    """The answer to one slash-command request (``body`` is its raw form, ``headers`` its headers)."""
    if settings.slack_signing_secret is None or not settings.slack_enabled:  # the route exists only when on
        return PlainTextResponse("Not Found", 404)
    now = clock()
    try:
        verify(settings.slack_signing_secret.get_secret_value(), headers, body, now.timestamp(),
               settings.slack_replay_window_s)
    except Unsigned as e:
        log.warning("POST /slack/ask refused (401): %s", e)
        return PlainTextResponse(f"unauthorised: {e}", 401)
    form = {k: v[0] for k, v in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True,
                                         max_num_fields=40).items()}
    if form.get("ssl_check") == "1":  # Slack checking the certificate: nothing to answer
        return Response(status_code=200)
    team = form.get("team_id", "")
    workspace = settings.slack_workspace_for(team)
    if workspace is None:
        log.warning("POST /slack/ask from Slack team %r, which SIGNALCRAFT_SERVE_SLACK_WORKSPACES does not map",
                    team[:40])
        return JSONResponse(message(f"Sorry, this Slack workspace (team `{_mrkdwn(team[:40])}`) is not connected "
                                    "to SignalCraft, so nothing was asked. An administrator can connect it by "
                                    "adding the team to SIGNALCRAFT_SERVE_SLACK_WORKSPACES."))
    question = form.get("text", "").strip()
    if not question:
        return JSONResponse(message(USAGE))
    try:
        payload = await run_in_threadpool(api.ask, store, workspace,
                                          {"question": question, "now": now.astimezone(UTC).isoformat()}, ask_settings)
    except api.ApiError as err:
        return JSONResponse(refusal(question, err.as_json()))
    except Exception:
        log.exception("POST /slack/ask failed (workspace %s)", workspace)
        return JSONResponse(message("Sorry, an internal error stopped this question; nothing was changed. "
                                    "The server's log has the details."))
    return JSONResponse(answer(payload, workspace))


def answer(payload: dict[str, Any], workspace: str) -> dict[str, Any]:
    """The blocks of an answered question (``payload`` is ``/api/ask``'s JSON).

    >>> m = answer({"question": "q", "sql": "SELECT 1", "columns": ["n"], "rows": [[1]], "ignored": [],
    ...             "now": "2025-03-11T15:00:00+00:00"}, "acme")
    >>> m["response_type"], [b["type"] for b in m["blocks"]], m["text"]
    ('ephemeral', ['section', 'section', 'section', 'context'], 'q: 1 row')
    """
    rows = payload["rows"]
    text, shown = table(payload["columns"], rows)
    count = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
    head = f"*{count}*" + (f", the first {shown} shown; {len(rows) - shown} left out "
                           "(the web app's ask box shows them all)" if shown < len(rows) else "")
    notes = [f"workspace `{_mrkdwn(workspace)}`", f"as of {payload['now'][:16].replace('T', ' ')} UTC",
             "one read-only SELECT"]
    if payload.get("ignored"):
        notes.append("words not used: " + _mrkdwn(", ".join(payload["ignored"])))
    blocks = [_section("*Question:* " + _mrkdwn(payload["question"])),
              _section(_code("*SQL*\n", payload["sql"])),
              _section(f"{head}\n```{text}```" if rows else f"*{count}*: nothing matches."),
              {"type": "context", "elements": [{"type": "mrkdwn", "text": " · ".join(notes)}]}]
    return {"response_type": "ephemeral", "text": _fallback(f"{payload['question']}: {count}"), "blocks": blocks}


def refusal(question: str, error: dict[str, Any]) -> dict[str, Any]:
    """The blocks of a question that was not answered, with the reason (``error`` as ``/api/ask`` gives it)."""
    reason = error.get("error") or "the question could not be answered"
    kind = f" (`{_mrkdwn(error['kind'])}`)" if error.get("kind") else ""
    blocks = [_section("*Question:* " + _mrkdwn(question)),
              _section(f":no_entry: *Not answered*{kind}: " + _mrkdwn(reason) + "\nNothing was run.")]
    return {"response_type": "ephemeral", "text": _fallback(f"Not answered: {reason}"), "blocks": blocks}


def message(text: str) -> dict[str, Any]:
    """A one-section ephemeral message (``text`` is mrkdwn, already escaped)."""
    return {"response_type": "ephemeral", "text": _fallback(text), "blocks": [_section(text)]}


def table(columns: list[str], rows: list[list[Any]], budget: int = SECTION_MAX - 200) -> tuple[str, int]:
    """``rows`` as a monospaced table of at most :data:`MAX_ROWS` rows and ``budget`` characters
    (escaped for Slack), and how many rows it holds.

    >>> print(table(["name", "n"], [["HighErrorRate", 2], ["Disk", None]])[0])
    name          | n
    --------------+--
    HighErrorRate | 2
    Disk          |
    """
    cells = [[_cell(v) for v in row] for row in rows[:MAX_ROWS]]
    header = [_cell(c) for c in columns]
    widths = [max([len(header[i])] + [len(r[i]) for r in cells if i < len(r)]) for i in range(len(header))]

    def line(values: list[str]) -> str:
        text = " | ".join(v.ljust(w) for v, w in zip(values, widths, strict=False)).rstrip()
        return _mrkdwn(text if len(text) <= MAX_LINE else text[:MAX_LINE - 1] + "…")

    lines = [line(header), _mrkdwn("-+-".join("-" * w for w in widths)[:MAX_LINE])]
    size = sum(len(s) + 1 for s in lines)
    shown = 0
    for row in cells:
        text = line(row)
        if size + len(text) + 1 > budget:
            break
        lines.append(text)
        size += len(text) + 1
        shown += 1
    return "\n".join(lines), shown


def _cell(value: Any) -> str:
    if value is None:
        text = ""
    elif isinstance(value, list | dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())  # one line per row
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _mrkdwn(text: str) -> str:
    """Text shown as written: Slack's three control characters escaped (no mention or link is made)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _code(title: str, text: str) -> str:
    """``title`` and ``text`` in a code block, cut to fit one section."""
    body = _mrkdwn(text).replace("```", "'''")
    room = SECTION_MAX - len(title) - 6
    if len(body) > room:
        body = body[:room - 40] + f"\n… ({len(body) - room + 40} more characters)"
    return f"{title}```{body}```"


def _section(text: str) -> dict[str, Any]:
    if len(text) > SECTION_MAX:
        text = text[:SECTION_MAX - 1] + "…"
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _fallback(text: str) -> str:
    """The message's plain ``text`` (notifications, screen readers), one line and short."""
    text = " ".join(text.split())
    return text if len(text) <= 300 else text[:299] + "…"
