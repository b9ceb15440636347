"""CloudWatch alarms through SNS: a Notification whose Message is an alarm's state change
becomes an AlertEvent (ALARM fires, OK resolves the same alert); a subscription handshake
or a message of anything else is a dead letter that says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.models import AlertEvent, make_id
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.sources.adapters.webhooks import stable_hash
from signalcraft.sources.decode import FORMAT_HEADER, DecodeError
from tests.support import load_json, parse, parse_both_ways, utc

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples" / "alerts"
ALARM = EXAMPLES / "cloudwatch-sns-alarm.json"
OK = EXAMPLES / "cloudwatch-sns-ok.json"
ARN = "arn:aws:cloudwatch:eu-west-1:123456789012:alarm:checkout-alb-5xx-high"
FP = stable_hash("cloudwatch-sns", ARN)
LB = "app/checkout-prod/5f2a9c1e7b3d4e68"


def with_alarm(path: Path = ALARM, **changes) -> dict:
    """The example SNS message with fields of its alarm changed (``None`` removes one)."""
    doc = load_json(path)
    alarm = json.loads(doc["Message"])
    for key, value in changes.items():
        if value is None:
            alarm.pop(key, None)
        else:
            alarm[key] = value
    doc["Message"] = json.dumps(alarm)
    return doc


def alerts(doc: dict, headers: dict[str, str] | None = None) -> list[AlertEvent]:
    fmt, records = parse(doc, "alerts", headers)
    assert fmt == "cloudwatch-sns"
    return records


def refusal(doc: dict) -> str:
    with pytest.raises(DecodeError) as e:
        parse(doc, "alerts", {FORMAT_HEADER: "cloudwatch-sns"})
    assert (e.value.step, e.value.format) == ("adapt", "cloudwatch-sns")
    return e.value.reason


def test_an_alarm_notification_is_a_firing_alert():
    [a] = alerts(load_json(ALARM))
    alarm = json.loads(load_json(ALARM)["Message"])
    assert a == AlertEvent(
        id=make_id("alert", "default", "cloudwatch-sns", FP, "firing", "2024-06-04T14:02:07.835000+00:00"),
        workspace_id="default",
        project="unknown",
        environment="unknown",
        service=LB,
        name="checkout-alb-5xx-high",
        severity="error",
        status="firing",
        labels={"LoadBalancer": LB, "TargetGroup": "targetgroup/checkout-web/0c9b2e7d4a1f3b56",
                "namespace": "AWS/ApplicationELB", "metric_name": "HTTPCode_Target_5XX_Count", "region": "eu-west-1",
                "aws_account_id": "123456789012"},
        annotations={
            "summary": "More than 50 HTTP 5xx from the checkout load balancer targets in a minute",
            "description": alarm["NewStateReason"],
            "state": "ALARM",
            "old_state": "OK",
            "region_name": "EU (Ireland)",
            "alarm_arn": ARN,
            "subject": 'ALARM: "checkout-alb-5xx-high" in EU (Ireland)',
            "topic_arn": "arn:aws:sns:eu-west-1:123456789012:signalcraft-alarms",
            "sns_message_id": "b1f0c8a2-5d3e-5f7a-9c4b-2e6d8f0a1b3c",
            "statistic": "SUM",
            "comparison": "GreaterThanThreshold",
            "threshold": "50.0",
            "period": "60",
            "evaluation_periods": "1",
            "datapoints_to_alarm": "1",
            "treat_missing_data": "notBreaching",
        },
        fingerprint=FP,
        starts_at=utc(2024, 6, 4, 14, 2, 7, 835000),
        ends_at=None,
        source="cloudwatch-sns",
    )


def test_ok_resolves_the_same_alarm_and_closes_its_group():
    [firing], [resolved] = alerts(load_json(ALARM)), alerts(load_json(OK))
    assert (resolved.status, resolved.severity, resolved.fingerprint) == ("resolved", "error", FP)
    assert resolved.starts_at == resolved.ends_at == utc(2024, 6, 4, 14, 31, 7, 112000)
    assert resolved.labels == firing.labels and resolved.service == firing.service
    grouper = AlertGrouper()
    state, [created] = grouper.step(None, firing)
    _, [closed] = grouper.step(state, resolved)
    assert (closed.status, closed.id, closed.resolved_at) == ("resolved", created.id, resolved.ends_at)


def test_insufficient_data_fires_as_a_warning_and_its_ok_resolves_as_one():
    [a] = alerts(with_alarm(NewStateValue="INSUFFICIENT_DATA", OldStateValue="OK"))
    [r] = alerts(with_alarm(OK, OldStateValue="INSUFFICIENT_DATA"))
    assert (a.status, a.severity, r.status, r.severity) == ("firing", "warning", "resolved", "warning")
    assert a.fingerprint == r.fingerprint == FP


def test_headers_name_what_the_alarm_does_not():
    [a] = alerts(load_json(ALARM), {"sc-workspace": "acme", "sc-project": "shop", "sc-environment": "production",
                                    "sc-service": "checkout"})
    assert (a.workspace_id, a.project, a.environment, a.service) == ("acme", "shop", "production", "checkout")


def test_the_dimension_that_names_a_service_stands_in_for_it():
    dims = [{"name": "ClusterName", "value": "shop-prod"}, {"name": "ServiceName", "value": "checkout-api"}]
    [a] = alerts(with_alarm(Trigger={"MetricName": "CPUUtilization", "Namespace": "AWS/ECS", "Dimensions": dims}))
    assert a.service == "checkout-api"
    assert a.labels["ClusterName"] == "shop-prod"


def test_an_alarm_without_arn_is_named_by_account_region_and_name():
    [a] = alerts(with_alarm(AlarmArn=None))
    assert a.fingerprint == stable_hash("cloudwatch-sns", "123456789012/eu-west-1/checkout-alb-5xx-high")
    assert a.labels["region"] == "eu-west-1"  # from the topic's ARN


def test_a_metric_math_alarm_has_no_metric_name_label():
    trigger = {"Metrics": [{"Id": "e1", "Expression": "m1/m2*100", "ReturnData": True}], "Period": 60,
               "EvaluationPeriods": 3, "ComparisonOperator": "GreaterThanThreshold", "Threshold": 5.0}
    [a] = alerts(with_alarm(Trigger=trigger))
    assert "metric_name" not in a.labels and a.annotations["evaluation_periods"] == "3"


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("SubscriptionConfirmation", "a SubscriptionConfirmation carries no alarm (the gateway confirms it by "
                                     "visiting its SubscribeURL); only a Notification does"),
        ("UnsubscribeConfirmation", "a UnsubscribeConfirmation carries no alarm; only a Notification does"),
        ("Receipt", "Type 'Receipt' is not an SNS message type; expected 'Notification'"),
    ],
)
def test_what_is_not_a_notification_is_refused(kind, expected):
    assert expected in refusal(load_json(ALARM) | {"Type": kind})


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (load_json(ALARM) | {"Message": "Hello world!"},
         "the Notification's Message is not a CloudWatch alarm; expected JSON with AlarmName, NewStateValue and "
         "StateChangeTime, got 'Hello world!'"),
        (load_json(ALARM) | {"Message": {"AlarmName": "x"}}, "'Message' is dict, expected str"),
        (with_alarm(NewStateValue="PENDING"),
         "Message: NewStateValue 'PENDING' is not one of ALARM, INSUFFICIENT_DATA, OK"),
        (with_alarm(StateChangeTime="04/06/24 14:02"), "Message.StateChangeTime '04/06/24 14:02' is not RFC 3339"),
        (with_alarm(StateChangeTime=None), "Message: missing 'StateChangeTime'"),
        (with_alarm(AlarmName=" "), "Message: 'AlarmName' is empty"),
        (with_alarm(Trigger=[]), "Message: 'Trigger' is list, expected an object"),
        (with_alarm(Trigger={"Dimensions": {"LoadBalancer": LB}}), "Message.Trigger.Dimensions is dict"),
        (with_alarm(Trigger={"Dimensions": [{"name": "LoadBalancer"}]}),
         "Message.Trigger.Dimensions[0] is {'name': 'LoadBalancer'}, expected an object with string 'name' and "
         "'value'"),
    ],
)
def test_malformed_alarms_are_refused_with_the_field(doc, expected):
    assert expected in refusal(doc)


def test_examples_parse_by_detection_and_by_name():
    for path in (ALARM, OK):
        records, again = parse_both_ways(path, "alerts")
        assert records == again and len(records) == 1
