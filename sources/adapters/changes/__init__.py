"""Change payloads: GitHub, Argo CD, Kubernetes events, PagerDuty, LaunchDarkly, native.

Every adapter returns :class:`~signalcraft.models.ChangeEvent` records (GitHub ``push``:
:class:`~signalcraft.models.Commit` records, what a deploy can ship) whose
``timestamp`` is when the change happened and whose ``id`` is a hash of the
change's natural key, so a redelivered webhook is the same row. Project,
environment and service go through :meth:`AdaptContext.resolve`, so the
``sc-project``/``sc-environment``/``sc-service``/``sc-workspace`` headers win
over what a body says (native bodies excepted: there they only fill gaps). Bodies that
carry no time of their own (Argo CD ``syncResult``, PagerDuty without
``payload.timestamp``) take it from the ``sc-event-time`` header (RFC 3339, or epoch
milliseconds).

One module per family of tools, helpers in ``common``. Each tool's detector looks for
the keys only its format has, so one never takes another's payload; SignalCraft's own
change JSON is generic and tried last (:attr:`Adapter.precedence`), whatever the order
of the imports below.
"""

from signalcraft.sources.adapters.changes import (  # noqa: F401  (importing registers them)
    argocd,
    github,
    github_push,
    kubernetes,
    launchdarkly,
    native_change,
    pagerduty,
)
from signalcraft.sources.adapters.changes.argocd import parse_argocd
from signalcraft.sources.adapters.changes.common import CHANGE_TYPES, EVENT_TIME_HEADER, from_epoch_ms
from signalcraft.sources.adapters.changes.github import (
    parse_github_deployment,
    parse_github_deployment_status,
    parse_github_release,
)
from signalcraft.sources.adapters.changes.kubernetes import parse_kubernetes_event, workload_of
from signalcraft.sources.adapters.changes.launchdarkly import flag_diff, ld_resource, parse_launchdarkly
from signalcraft.sources.adapters.changes.pagerduty import infer_type, parse_pagerduty_change

__all__ = [
    "CHANGE_TYPES",
    "EVENT_TIME_HEADER",
    "flag_diff",
    "from_epoch_ms",
    "infer_type",
    "ld_resource",
    "parse_argocd",
    "parse_github_deployment",
    "parse_github_deployment_status",
    "parse_github_release",
    "parse_kubernetes_event",
    "parse_launchdarkly",
    "parse_pagerduty_change",
    "workload_of",
]
