"""HTML of the pages, rendered from what the JSON API returns; every value escaped.

Plain string building like the chart: no template engine, no script but the bundled
``ask.js`` (the ask box's in-page answer), no asset from elsewhere. Links taken from the
data are kept only when they are http(s).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from html import escape
from typing import Any
from urllib.parse import quote, urlencode

__all__ = ["answer_page", "error_page", "incident_page", "incidents_page"]

MAX_ROWS = 200
"""Rows of an answer shown on a page (the JSON has them all)."""


def e(value: Any) -> str:
    """Any value as escaped text (``None`` is empty)."""
    return "" if value is None else escape(str(value), quote=True)


def layout(title: str, body: str, script: bool = False) -> str:
    js = '<script src="/static/ask.js" defer></script>' if script else ""
    return ("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{e(title)} · SignalCraft</title><link rel=\"icon\" href=\"/static/favicon.svg\" "
            f"type=\"image/svg+xml\"><link rel=\"stylesheet\" href=\"/static/web.css\">{js}</head>"
            f"<body><header><a href=\"/incidents\" class=\"home\">SignalCraft incidents</a></header>"
            f"<main>{body}</main></body></html>\n")


def _when(iso: str | None) -> str:
    if not iso:
        return "-"
    return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M UTC")


def _link(url: Any, text: Any = None) -> str:
    if isinstance(url, str) and url.startswith(("https://", "http://")):
        return f'<a href="{e(url)}" rel="noreferrer noopener">{e(text or url)}</a>'
    return e(text or url)


def _list(items: Iterable[str], empty: str) -> str:
    items = list(items)
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>" if items else f'<p class="none">{e(empty)}</p>'


def incidents_page(payload: dict[str, Any]) -> str:
    f = payload["filters"]
    inputs = "".join(
        f'<label>{label} <input name="{name}" value="{e(f.get(name, ""))}" placeholder="{e(hint)}"></label>'
        for name, label, hint in (("project", "project", "checkout"), ("environment", "environment", "production"),
                                  ("since", "since", "24h or 2025-03-11T14:00Z"), ("until", "until", "ISO 8601")))
    selects = "".join(
        f'<label>{name} <select name="{name}"><option value="">any</option>'
        + "".join(f'<option{" selected" if f.get(name) == o else ""}>{o}</option>' for o in options)
        + "</select></label>"
        for name, options in (("status", ("open", "resolved")),
                              ("severity", ("critical", "error", "warning", "info"))))
    rows = "".join(_incident_row(i) for i in payload["incidents"])
    table = (f"<table class=\"incidents\"><thead><tr><th>opened</th><th>severity</th><th>status</th><th>project / "
             f"environment</th><th>services</th><th>alerts</th><th>suspect change</th></tr></thead><tbody>{rows}"
             f"</tbody></table>" if rows else '<p class="none">No incident matches.</p>')
    api = "/api/incidents" + ("?" + urlencode({k: v for k, v in f.items() if k != "limit" or v != 50}) if f else "")
    body = (f"<h1>Incidents</h1><form class=\"filters\" method=\"get\" action=\"/incidents\">{inputs}{selects}"
            f"<button>Filter</button></form>{table}<p class=\"api\">As JSON: <a href=\"{e(api)}\">{e(api)}</a></p>")
    return layout("Incidents", body)


def _incident_row(i: dict[str, Any]) -> str:
    suspect = e(i["suspect"]["text"]) if i["suspect"] else '<span class="none">none named</span>'
    href = "/incidents/" + quote(i["id"], safe="")
    return (f"<tr><td><a href=\"{e(href)}\">{e(_when(i['opened_at']))}</a></td>"
            f"<td><span class=\"sev sev-{e(i['severity'])}\">{e(i['severity'])}</span></td>"
            f"<td>{e(i['status'])}</td><td>{e(i['project'])} / {e(i['environment'])}</td>"
            f"<td>{e(', '.join(i['services']))}</td><td>{e(', '.join(i['alertnames'][:3]))}</td>"
            f"<td class=\"suspect\">{suspect}</td></tr>")


def incident_page(view: dict[str, Any], chart_svg: str, ask_now: str) -> str:
    """The incident page from ``/api/incidents/{id}``'s JSON and the chart's SVG."""
    v = view
    state = (f"resolved {_when(v['resolved_at'])}" if v.get("resolved_at") else "open")
    names = ", ".join(sorted({a["name"] for a in v["alerts"]})[:3]) or v["group_key"]
    head = (f"<h1>{e(names)} on {e(v['service'])}</h1><p class=\"meta\"><span class=\"sev sev-{e(v['max_severity'])}\">"
            f"{e(v['max_severity'])}</span> {e(v['project'])} / {e(v['environment'])} · opened "
            f"{e(_when(v['opened_at']))} · {e(state)} · {e(v['alert_count'])} alert(s) · group "
            f"<code>{e(v['group_id'])}</code></p>")
    headline = f"<p class=\"headline{' suspect' if v['suspect'] else ''}\">{e(v['headline'])}</p>"
    chart = f'<figure class="chart">{chart_svg}<figcaption><a href="{e(v["chart_svg"])}">the chart as SVG</a>' \
            f'</figcaption></figure>'
    parts = [head, headline, chart, _firing(v), _suspect(v), _warnings(v), _patterns(v), _similar(v),
             _resolved(v), _runbook(v), ask_form(ask_now),
             f'<p class="api">As JSON: <a href="/api/incidents/{e(quote(v["group_id"], safe=""))}">'
             f'/api/incidents/{e(v["group_id"])}</a></p>']
    return layout(f"{names} on {v['service']}", "".join(parts), script=True)


def _firing(v: dict[str, Any]) -> str:
    items = [f"<b>{e(a['name'])}</b> [{e(a['severity'])}, {e(a['status'])}] since {e(_when(a['starts_at']))}: "
             f"{e(a['summary'] or a['description'])}" for a in v["alerts"][:20]]
    return "<section><h2>What is firing</h2>" + _list(items, "no member alert in the store") + "</section>"


def _suspect(v: dict[str, Any]) -> str:
    s = v["suspect"]
    if not s:
        return ("<section><h2>Suspect change</h2><p class=\"none\">None named: no change scored high enough.</p>"
                "</section>")
    link = s.get("compare_url") or s["details"].get("commit_url") or s["details"].get("diff_url") \
        or s["details"].get("link")
    lines = [f"<b>{e(s['type'])}</b> {e(s['summary'])}" + (f" by {e(s['actor'])}" if s["actor"] else "")
             + (f", version <code>{e(s['version'])}</code>" if s["version"] else ""),
             f"{abs(s['lag_s']) / 60:.0f} min {'before' if s['lag_s'] >= 0 else 'after'} the first alert, "
             f"at {e(_when(s['changed_at']))}; score {s['score']:.2f}: {e('; '.join(s['reasons']))}"]
    if link:
        lines.append(_link(link))
    lines += [f"<code>{e(c['sha'][:7])}</code> {e((c['message'] or '').splitlines()[0] if c['message'] else '')}"
              for c in s.get("commits", [])[:8]]
    others = [f"#{e(c['rank'])} {e(c['type'])} {e(c['summary'])} (score {c['score']:.2f})"
              for c in v["candidates"] if not c["suspect"]]
    more = "<h3>Other candidates</h3>" + _list(others, "") if others else ""
    return "<section><h2>Suspect change</h2>" + _list(lines, "") + more + "</section>"


def _warnings(v: dict[str, Any]) -> str:
    items = [f"{w['lead_min']:g} min before: {e(w['summary'] or w['alertname'])} "
             f"<span class=\"dim\">[{e(w['metric_key'].split('{')[0])}]</span>" for w in v["warnings"]]
    return "<section><h2>Warnings before it</h2>" + _list(items, "none in the hour before") + "</section>"


def _patterns(v: dict[str, Any]) -> str:
    items = [f"[{'new' if p['is_new'] else '×' + format(p['rise'], 'g')}, {e(p['lines'])} lines, {e(p['errors'])} "
             f"errors, {e(p['service'])}] <code>{e(p['template'])}</code><br><span class=\"dim\">e.g. "
             f"{e(p['example'])}</span>" for p in v["patterns"]]
    return "<section><h2>Log patterns that surged</h2>" + _list(items, "none") + "</section>"


def _similar(v: dict[str, Any]) -> str:
    if not v["similar_available"]:
        return f"<section><h2>Similar past incidents</h2><p class=\"none\">{e(v['similar_note'])}</p></section>"
    items = []
    for m in v["similar"]:
        text = (f"<a href=\"/incidents/{e(quote(m['group_id'], safe=''))}\">{e(m['project'])}/{e(m['service'])} "
                f"{e(m['alertname'])}</a> on {e(_when(m['opened_at']))} <span class=\"dim\">(score "
                f"{m['score']:.2f}; {e('; '.join(m['why'][:3]))})</span>")
        if m["root_cause"]:
            text += f"<br>root cause: {e(m['root_cause'])}"
        if m["fix"]:
            text += f"<br><b>fix:</b> {e(m['fix'])}"
        text += "".join(f"<br>{_link(link)}" for link in m["links"][:2])
        items.append(text)
    return "<section><h2>Similar past incidents</h2>" + _list(items, "none with a resolution yet") + "</section>"


def _resolved(v: dict[str, Any]) -> str:
    if not v["resolutions"]:
        return ""
    items = [e(r["fix"]) + (f" (root cause: {e(r['root_cause'])})" if r["root_cause"] else "")
             for r in v["resolutions"]]
    return "<section><h2>How this one was resolved</h2>" + _list(items, "") + "</section>"


def _runbook(v: dict[str, Any]) -> str:
    r = v["runbook"]
    if not r:
        return ""
    fixes = [f"<b>{e(f['fix'])}</b> ({e(f['incidents'])} incident(s); {e(', '.join(f['projects']))})"
             + "".join(f"<br>{_link(link)}" for link in f["links"][:3]) for f in r["fixes"]]
    return (f"<section class=\"runbook\"><h2>Runbook draft: {e(r['title'])}</h2><p class=\"dim\">Drafted "
            f"{e(r['evidence'])}.</p><h3>Symptoms</h3>{_list(map(e, r['symptoms']), '(none recorded)')}"
            f"<h3>First checks</h3>{_list(map(e, r['checks']), '(nothing preceded them consistently)')}"
            f"<h3>Fixes that worked, most often first</h3>{_list(fixes, '')}</section>")


def ask_form(now: str = "", question: str = "") -> str:
    """The ask box: posts to /ask (a page) without JavaScript; ask.js sends it to /api/ask instead."""
    return ("<section class=\"ask\"><h2>Ask</h2><form id=\"ask\" method=\"post\" action=\"/ask\">"
            f"<input name=\"question\" value=\"{e(question)}\" placeholder=\"deploys of payments-api in the last "
            f"2 hours\" maxlength=\"500\" required> <label>as of <input name=\"now\" value=\"{e(now)}\" "
            "placeholder=\"now\" size=\"22\"></label> <button>Ask</button></form>"
            "<div id=\"answer\" aria-live=\"polite\"></div></section>")


def answer_page(payload: dict[str, Any] | None, error: dict[str, Any] | None, question: str, now: str) -> str:
    """The answer to a question posted without JavaScript: its SQL and table, or why it was refused."""
    if error is not None:
        body = f"<p class=\"refused\">{e(error['error'])}</p>"
    else:
        assert payload is not None
        rows = payload["rows"][:MAX_ROWS]
        head = "".join(f"<th>{e(c)}</th>" for c in payload["columns"])
        cells = "".join("<tr>" + "".join(f"<td>{e(_cell(v))}</td>" for v in row) + "</tr>" for row in rows)
        cut = (f"<p class=\"dim\">The first {MAX_ROWS} of {len(payload['rows'])} rows.</p>"
               if len(payload["rows"]) > MAX_ROWS else "")
        body = (f"<h3>SQL</h3><pre class=\"sql\">{e(payload['sql'])}</pre><p>{len(payload['rows'])} row(s)</p>"
                f"<table class=\"answer\"><thead><tr>{head}</tr></thead><tbody>{cells}</tbody></table>{cut}")
    return layout("Ask", f"<h1>Ask</h1>{ask_form(now, question)}<section>{body}</section>", script=True)


def _cell(value: Any) -> str:
    if isinstance(value, list | dict):
        import json

        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def error_page(status: int, message: str) -> str:
    return layout(f"Error {status}", f"<h1>Error {status}</h1><p class=\"refused\">{e(message)}</p>")
