"""Committed histories replay against today's RefundWorkflow: a deploy cannot strand refunds
that are mid-review. histories/*.json were written by earlier versions of the workflow (before
failures were recorded and review links bound to runs), histories/before-search-attributes/ by
the version before search attributes, summaries and decision ids; histories/recorded/ holds one
history per path of the current code, written by `python -m tests.workflows.record_histories`."""

from __future__ import annotations

from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from workflows.refund import RefundWorkflow

HISTORIES = Path(__file__).parent / "histories"
ALL = sorted(HISTORIES.rglob("*.json"))


@pytest.mark.parametrize("path", ALL, ids=lambda p: str(p.relative_to(HISTORIES)))
async def test_recorded_history_replays(path):
    history = WorkflowHistory.from_json(path.stem, path.read_text())
    replayer = Replayer(workflows=[RefundWorkflow], data_converter=pydantic_data_converter)
    result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None, f"{path.stem}: {result.replay_failure}"


def test_every_path_was_recorded():
    older = {p.stem for p in HISTORIES.glob("*.json")}
    assert older >= {
        "small_refund", "review_approved", "review_rejected", "review_timed_out",
        "review_in_flight",
    }  # fmt: skip
    paths = {
        "small_refund", "review_approved", "review_rejected", "review_timed_out",
        "worker_crash_mid_payment", "duplicate_request", "refund_failed",
    }  # fmt: skip
    before = {p.stem for p in (HISTORIES / "before-search-attributes").glob("*.json")}
    assert before >= paths
    current = {p.stem for p in (HISTORIES / "recorded").glob("*.json")}
    assert current >= paths | {"decided_twice", "review_in_flight"}
