"""Both sides of the contract use its names: the workflow registers the type, signal, query and
update the chat API calls, and every activity the workflow calls by name is registered by the
worker's activity classes under that name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from temporalio import activity, workflow

from activities.email import EmailActivities
from activities.orders import OrderActivities
from workflows.contract import (
    COMMITTED_OUTCOME_UPDATE,
    DECIDE_SIGNAL,
    DECISION_RECEIPT_UPDATE,
    STATUS_QUERY,
    WORKFLOW_TYPE,
    ActivityName,
)
from workflows.refund import RefundWorkflow


def test_the_workflow_answers_to_the_contract_names():
    defn = workflow._Definition.must_from_class(RefundWorkflow)
    assert defn.name == WORKFLOW_TYPE
    assert set(defn.signals) == {DECIDE_SIGNAL}
    assert set(defn.queries) == {STATUS_QUERY}
    assert set(defn.updates) == {COMMITTED_OUTCOME_UPDATE, DECISION_RECEIPT_UPDATE}


def test_every_contract_activity_is_implemented_under_its_name():
    methods: list[Callable[..., Any]] = [
        OrderActivities.open_refund,
        OrderActivities.settle_refund,
        OrderActivities.reject_refund,
        OrderActivities.fail_refund,
        EmailActivities.send_review_email,
    ]
    names = {activity._Definition.must_from_callable(m).name for m in methods}
    assert names == {a.value for a in ActivityName}
