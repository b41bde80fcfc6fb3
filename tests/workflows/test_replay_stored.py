"""Histories recorded by the workflow code before failures were recorded and review links
bound to runs (tests/workflows/histories/) still replay against today's code: a deploy cannot
strand refunds that were mid-review, and queries on closed runs keep working."""

from __future__ import annotations

from pathlib import Path

import pytest
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from workflows.refund import RefundWorkflow

HISTORIES = Path(__file__).parent / "histories"


@pytest.mark.parametrize("path", sorted(HISTORIES.glob("*.json")), ids=lambda p: p.stem)
async def test_recorded_history_replays(path):
    history = WorkflowHistory.from_json(path.stem, path.read_text())
    replayer = Replayer(workflows=[RefundWorkflow], data_converter=pydantic_data_converter)
    result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
    assert result.replay_failure is None, f"{path.stem}: {result.replay_failure}"


def test_every_path_was_recorded():
    names = {p.stem for p in HISTORIES.glob("*.json")}
    assert names >= {
        "small_refund", "review_approved", "review_rejected", "review_timed_out",
        "review_in_flight",
    }  # fmt: skip
