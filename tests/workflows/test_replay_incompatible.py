"""The replay guard has teeth: a RefundWorkflow changed without `workflow.patched` (here it
waits a minute before recording the request) fails to replay every committed history with a
nondeterminism error, so such a change cannot pass `make test`; the same change behind
`workflow.patched` replays them all."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from temporalio import workflow
from temporalio.client import WorkflowHistory
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from workflows.contract import WORKFLOW_TYPE, RefundInput, RefundResult
from workflows.refund import RefundWorkflow

HISTORIES = Path(__file__).parent / "histories"


@workflow.defn(name=WORKFLOW_TYPE, sandboxed=False)
class UnpatchedChange(RefundWorkflow):
    """Today's workflow plus one new step at the start, deliberately not behind a patch."""

    @workflow.run
    async def run(self, req: RefundInput) -> RefundResult:
        await workflow.sleep(timedelta(minutes=1))
        return await super().run(req)


@workflow.defn(name=WORKFLOW_TYPE, sandboxed=False)
class PatchedChange(RefundWorkflow):
    """The same new step, the way the README says to make it."""

    @workflow.run
    async def run(self, req: RefundInput) -> RefundResult:
        if workflow.patched("wait-a-minute-first"):
            await workflow.sleep(timedelta(minutes=1))
        return await super().run(req)


def load(path: Path) -> WorkflowHistory:
    return WorkflowHistory.from_json(path.stem, path.read_text())


async def replay(workflow_class: type, path: Path) -> BaseException | None:
    history = load(path)
    replayer = Replayer(workflows=[workflow_class], data_converter=pydantic_data_converter)
    result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
    return result.replay_failure


PATHS = pytest.mark.parametrize(
    "path", sorted(HISTORIES.rglob("*.json")), ids=lambda p: str(p.relative_to(HISTORIES))
)


@PATHS
async def test_an_unpatched_change_fails_the_replay(path):
    failure = await replay(UnpatchedChange, path)
    assert isinstance(failure, workflow.NondeterminismError), failure


@PATHS
async def test_the_same_change_behind_a_patch_replays(path):
    assert await replay(PatchedChange, path) is None
