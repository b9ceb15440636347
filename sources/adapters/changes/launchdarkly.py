"""LaunchDarkly webhooks (audit-log entries) as flag and segment changes."""

from __future__ import annotations

from typing import Any

from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, register, require
from signalcraft.sources.adapters.changes.common import (
    _change,
    _details,
    _encode,
    _list,
    _obj,
    _text,
    from_epoch_ms,
)


def ld_resource(spec: str) -> dict[str, str]:
    """A LaunchDarkly resource specifier as a mapping of its parts (tags dropped).

    >>> ld_resource("proj/default:env/production:flag/new-checkout;beta")
    {'proj': 'default', 'env': 'production', 'flag': 'new-checkout'}
    """
    out = {}
    for part in spec.split(":"):
        kind, _, key = part.partition("/")
        out[kind] = key.split(";", 1)[0]
    return out


def _is_launchdarkly(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("_id"), str)
        and isinstance(doc.get("date"), int)
        and isinstance(doc.get("kind"), str)
        and isinstance(doc.get("accesses"), list)
    )


def _variation(flag: dict[str, Any], index: Any) -> str | None:
    variations = flag.get("variations")
    if not isinstance(index, int) or not isinstance(variations, list) or not 0 <= index < len(variations):
        return None if index is None else str(index)
    var = variations[index] if isinstance(variations[index], dict) else {}
    return _text(var, "name") or _encode(var.get("value")).decode()


def _flag_state(flag: dict[str, Any], env: str) -> dict[str, str]:
    """What matters of one environment of a flag: on, fallthrough, off variation, rule and target counts."""
    conf = _obj(_obj(flag, "environments"), env)
    if not conf:
        return {}
    fallthrough = _obj(conf, "fallthrough")
    on, rules, targets = conf.get("on"), conf.get("rules"), conf.get("targets")
    state = {} if on is None else {"on": "true" if on is True else "false"}
    said = "rollout" if "rollout" in fallthrough else _variation(flag, fallthrough.get("variation"))
    if said is not None:
        state["fallthrough"] = said
    said = _variation(flag, conf.get("offVariation"))
    if said is not None:
        state["off_variation"] = said
    if isinstance(rules, list):
        state["rules"] = str(len(rules))
    if isinstance(targets, list):
        state["targets"] = str(len(targets))
    return state


def flag_diff(prev: dict[str, Any], cur: dict[str, Any], env: str) -> dict[str, str]:
    """``"old → new"`` for what changed in ``env``; ``on`` and fallthrough always, as they are now.

    >>> v = lambda on, n: {"variations": [{"name": "on"}, {"name": "off"}],
    ...     "environments": {"production": {"on": on, "fallthrough": {"variation": 0}, "rules": [{}] * n}}}
    >>> flag_diff(v(False, 1), v(True, 2), "production")
    {'on': 'false → true', 'fallthrough': 'on', 'rules': '1 → 2'}
    """
    before, after = _flag_state(prev, env), _flag_state(cur, env)
    out = {}
    for name, new in after.items():
        old = before.get(name)
        if old is not None and old != new:
            out[name] = f"{old} → {new}"
        elif name in ("on", "fallthrough"):
            out[name] = new
    return out


@register("launchdarkly", "changes", _is_launchdarkly)
def parse_launchdarkly(doc: Any, ctx: AdaptContext) -> list[Record]:
    """LaunchDarkly webhook (an audit-log entry): ``_id``, ``date`` (ms), ``kind``, ``accesses``.

    One record per environment named in ``accesses[].resource``
    (``proj/<p>:env/<e>:flag/<key>``), or one for the ``sc-environment`` header.
    ``kind: flag`` → ``flag_change``, ``segment`` → ``config_update``, anything else
    → ``other``. Version is the flag's ``currentVersion._version``; details hold the
    flag key, the actions and, from ``previousVersion``/``currentVersion``, old → new
    of ``on``, fallthrough, off variation, rule and target counts. Project is the LD
    project key; service comes from ``sc-service`` or ``service:<name>`` flag tags.
    The actor is the member's email (else name, token or app name). Identifiers: the
    flag key and its version (``flag``, ``flag_version``) and the audit-log entry
    (``launchdarkly_entry``).
    """
    entry = require(doc, "_id", str, "launchdarkly webhook")
    when = from_epoch_ms(require(doc, "date", int, "launchdarkly webhook"), "launchdarkly webhook: 'date'")
    kind = require(doc, "kind", str, "launchdarkly webhook")
    accesses = require(doc, "accesses", list, "launchdarkly webhook")
    resources: list[dict[str, str]] = []
    actions: dict[str | None, list[str]] = {}  # environment key -> actions on it
    for access in accesses:
        if isinstance(access, dict) and _text(access, "resource"):
            resources.append(ld_resource(access["resource"]))
            actions.setdefault(resources[-1].get("env"), []).append(_text(access, "action") or "")
    cur, prev = _obj(doc, "currentVersion"), _obj(doc, "previousVersion")
    flag_key = next((r["flag"] for r in resources if r.get("flag")), None) or _text(cur, "key")
    name = _text(doc, "name") or flag_key or kind
    labels = dict(t.split(":", 1) for t in _list(cur, "tags") if isinstance(t, str) and ":" in t)
    header_env = ctx.header("sc-environment")
    envs = [header_env] if header_env else [e for e in actions if e] or [None]
    member = _obj(doc, "member")
    full_name = " ".join(filter(None, (_text(member, "firstName"), _text(member, "lastName"))))
    actor = _text(member, "email") or full_name or _text(_obj(doc, "token"), "name") or _text(_obj(doc, "app"), "name")
    verb = _text(doc, "titleVerb") or f"changed the {kind}"
    project_key = next((r["proj"] for r in resources if r.get("proj")), None)
    version = cur.get("_version")
    out: list[Record] = []
    for env_key in envs:
        env = ctx.resolve({}, "environment", env_key)
        env_name = _text(_obj(_obj(cur, "environments"), env_key or ""), "_environmentName") or env
        out.append(
            _change(
                ctx, "launchdarkly", (entry, env_key), labels,
                type={"flag": "flag_change", "segment": "config_update"}.get(kind, "other"),
                project=ctx.resolve(labels, "project", project_key),
                environment=env,
                service=ctx.resolve(labels, "service"),
                version=None if version is None else str(version),
                identifiers=_details(flag=flag_key if kind == "flag" else None,
                                     flag_version=version if kind == "flag" else None,
                                     launchdarkly_entry=entry),
                summary=f"{verb} {name} in {env_name}",
                details=_details(**{
                    "kind": kind, "flag_key": flag_key, "environment": env_key,
                    "actions": ", ".join(actions.get(env_key) or actions.get(None) or ()),
                    "comment": _text(doc, "comment"), "description": _text(doc, "shortDescription"),
                    **(flag_diff(prev, cur, env_key) if env_key else {}),
                    "entry_id": entry, "link": _text(_obj(_obj(doc, "_links"), "site"), "href"),
                }),
                actor=actor,
                timestamp=when,
            )
        )
    return out
