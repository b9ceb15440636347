"""Amazon CloudWatch alarms delivered by an SNS topic to an HTTP(S) subscription.

The body is the SNS message (see :mod:`signalcraft.sources.adapters.sns`); a
``Notification``'s ``Message`` is the alarm's state change as JSON text: ``AlarmName``,
``AlarmDescription``, ``AWSAccountId``, ``AlarmArn``, ``NewStateValue`` (``ALARM``,
``OK``, ``INSUFFICIENT_DATA``), ``NewStateReason``, ``StateChangeTime``, ``Region`` (its
display name), ``OldStateValue`` and ``Trigger`` (``MetricName``, ``Namespace``,
``Statistic``, ``Dimensions`` [{``name``, ``value``}], ``Period``, ``EvaluationPeriods``,
``ComparisonOperator``, ``Threshold``, …; metric-math alarms list ``Metrics`` instead).

The signature is checked where the message arrives (the gateway); this adapter reads
what reached Kafka. A subscription or unsubscribe confirmation carries no alarm and is
refused with that reason.
"""

from __future__ import annotations

import json
from typing import Any

from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.sns import MESSAGE_TYPES, NOTIFICATION, SUBSCRIPTION_CONFIRMATION
from signalcraft.sources.adapters.webhooks import stable_hash, text, vendor_alert

SOURCE = "cloudwatch-sns"
WHAT = "cloudwatch alarm via sns"
_STATES = {"ALARM": ("firing", "error"), "INSUFFICIENT_DATA": ("firing", "warning"), "OK": ("resolved", None)}
_SERVICE_DIMENSIONS = ("ServiceName", "FunctionName", "TableName", "QueueName", "DBInstanceIdentifier",
                       "LoadBalancer", "AutoScalingGroupName", "InstanceId")
"""Dimensions that name what an AWS alarm watches, in the order they stand in for the service."""
_TRIGGER_NOTES = (("Statistic", "statistic"), ("ExtendedStatistic", "statistic"),
                  ("ComparisonOperator", "comparison"), ("Threshold", "threshold"), ("Period", "period"),
                  ("EvaluationPeriods", "evaluation_periods"), ("DatapointsToAlarm", "datapoints_to_alarm"),
                  ("TreatMissingData", "treat_missing_data"), ("Unit", "unit"))


def _is_sns(doc: Any, ctx: AdaptContext) -> bool:
    return isinstance(doc, dict) and doc.get("Type") in MESSAGE_TYPES and "TopicArn" in doc and "MessageId" in doc


@register(SOURCE, "alerts", _is_sns)
def parse_cloudwatch_sns(doc: Any, ctx: AdaptContext) -> list[Record]:
    """An SNS ``Notification`` carrying a CloudWatch alarm: ``ALARM`` fires, ``OK`` resolves,
    ``INSUFFICIENT_DATA`` fires as a warning (SNS sends it only when the alarm asks to be told).

    The fingerprint is the alarm's ARN (else account, region and name), the same for every
    state of one alarm; the time is ``StateChangeTime``.
    """
    kind = require(doc, "Type", str, WHAT)
    if kind not in MESSAGE_TYPES:
        raise AdaptError(f"{WHAT}: Type {kind!r} is not an SNS message type; expected {NOTIFICATION!r}")
    if kind != NOTIFICATION:
        hint = " (the gateway confirms it by visiting its SubscribeURL)" if kind == SUBSCRIPTION_CONFIRMATION else ""
        raise AdaptError(f"{WHAT}: a {kind} carries no alarm{hint}; only a {NOTIFICATION} does")
    alarm = _alarm(require(doc, "Message", str, WHAT))
    where = f"{WHAT}: Message"
    name = require(alarm, "AlarmName", str, where).strip()
    if not name:
        raise AdaptError(f"{where}: 'AlarmName' is empty")
    state = require(alarm, "NewStateValue", str, where)
    if state not in _STATES:
        raise AdaptError(f"{where}: NewStateValue {state!r} is not one of {', '.join(_STATES)}")
    at = parse_time(require(alarm, "StateChangeTime", str, where), f"{where}.StateChangeTime")
    trigger = alarm.get("Trigger")
    if trigger is not None and not isinstance(trigger, dict):
        raise AdaptError(f"{where}: 'Trigger' is {type(trigger).__name__}, expected an object")
    trigger = trigger or {}
    dimensions = _dimensions(trigger.get("Dimensions"), f"{where}.Trigger.Dimensions")
    region = _region(text(alarm, "AlarmArn") or text(doc, "TopicArn"))
    account = text(alarm, "AWSAccountId") or ""
    labels = _labels(dimensions, trigger, region, account)
    status, severity = _STATES[state]
    if severity is None:
        severity = "warning" if alarm.get("OldStateValue") == "INSUFFICIENT_DATA" else "error"
    return [
        vendor_alert(
            ctx,
            SOURCE,
            status=status,
            at=at,
            fingerprint=stable_hash(SOURCE, text(alarm, "AlarmArn") or f"{account}/{region}/{name}"),
            name=name,
            severity=severity,
            labels=labels,
            annotations=_annotations(doc, alarm, trigger, state),
            fallbacks={"service": [dimensions.get(d) for d in _SERVICE_DIMENSIONS]},
        )
    ]


def _alarm(message: str) -> dict[str, Any]:
    try:
        alarm = json.loads(message)
    except ValueError:
        alarm = None
    if not isinstance(alarm, dict) or "AlarmName" not in alarm:
        start = message[:60] + ("…" if len(message) > 60 else "")
        raise AdaptError(
            f"{WHAT}: the Notification's Message is not a CloudWatch alarm; expected JSON with AlarmName, "
            f"NewStateValue and StateChangeTime, got {start!r}"
        )
    return alarm


def _dimensions(value: Any, what: str) -> dict[str, str]:
    """``[{"name": …, "value": …}]`` as a mapping (CloudWatch spells these keys in lower case)."""
    if value is None:
        return {}
    if not isinstance(value, list):
        raise AdaptError(f"{what} is {type(value).__name__}, expected a list of name/value objects")
    out: dict[str, str] = {}
    for i, item in enumerate(value):
        name, val = (text(item, "name"), text(item, "value")) if isinstance(item, dict) else (None, None)
        if name is None or val is None:
            raise AdaptError(f"{what}[{i}] is {item!r}, expected an object with string 'name' and 'value'")
        out[name] = val
    return out


def _region(arn: str | None) -> str:
    """The region code of an ARN (``arn:aws:cloudwatch:eu-west-1:…`` → ``eu-west-1``), else empty.

    >>> _region("arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-5xx")
    'eu-west-1'
    """
    parts = (arn or "").split(":")
    return parts[3] if len(parts) > 5 and parts[0] == "arn" else ""


def _labels(dimensions: dict[str, str], trigger: dict[str, Any], region: str, account: str) -> dict[str, str]:
    labels = dict(dimensions)
    extras = {"namespace": text(trigger, "Namespace"), "metric_name": text(trigger, "MetricName"),
              "region": region, "aws_account_id": account}
    for key, value in extras.items():
        if value:
            labels.setdefault(key, value)
    return labels


def _annotations(doc: dict[str, Any], alarm: dict[str, Any], trigger: dict[str, Any], state: str) -> dict[str, str]:
    notes = {
        "summary": text(alarm, "AlarmDescription") or text(alarm, "AlarmName") or "",
        "description": text(alarm, "NewStateReason") or "",
        "state": state,
        "old_state": text(alarm, "OldStateValue") or "",
        "region_name": text(alarm, "Region") or "",
        "alarm_arn": text(alarm, "AlarmArn") or "",
        "subject": text(doc, "Subject") or "",
        "topic_arn": text(doc, "TopicArn") or "",
        "sns_message_id": text(doc, "MessageId") or "",
    }
    for key, name in _TRIGGER_NOTES:
        value = trigger.get(key)
        if isinstance(value, (str, int, float)) and not isinstance(value, bool) and str(value).strip():
            notes.setdefault(name, str(value))
    return notes
