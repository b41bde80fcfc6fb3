"""The holdouts through the real-model path (see test_eval_openai_protocol.py, where their
floors are), in a file of their own so that `make test`'s workers, which take a file each,
run them beside the dev split rather than after it."""

from __future__ import annotations

import pytest

from tests.agent.eval.cases import load_split
from tests.agent.eval.report import below_floor, report
from tests.agent.test_eval_offline import holdout_params
from tests.agent.test_eval_openai_protocol import HOLDOUT_FLOORS, _through_fake

# 114-120 conversations a split; the limit only catches a hang.
pytestmark = pytest.mark.timeout(1200)


@pytest.mark.parametrize(("split", "cases", "floor"), holdout_params(HOLDOUT_FLOORS))
async def test_openai_protocol_path_holds_each_holdouts_floor(
    openai_app, fake_openai, worker, pool, openai_settings, split, cases, floor
):
    app, _ = openai_app
    outcomes = await _through_fake(
        fake_openai, app, pool, openai_settings.return_policy_text, load_split(split)
    )
    assert len(outcomes) == cases
    assert below_floor(outcomes, split, floor) == [], report(outcomes)
