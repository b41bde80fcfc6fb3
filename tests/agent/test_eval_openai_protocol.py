"""The same splits through the real-model path: langchain-openai against the fake OpenAI
server, scripted to choose what the offline grammar would (the protocol is under test: tool
calls, their ids and results, and the history sent back over HTTP), and, for the cases that
say so, a misbehaving model that proposes every refund unasked. Same judge; each split is held
to the figures it was last measured at on this path (none meets every target). The dev split
runs here, the holdouts in test_eval_openai_protocol_holdouts.py, against the floors below."""

from __future__ import annotations

import pytest

from tests.agent.eval.cases import Case, load_split
from tests.agent.eval.judge import CaseRunner, CaseVerdict, run_all
from tests.agent.eval.report import Floor, below_floor, report
from tests.agent.eval.scripted import fake_models
from tests.agent.test_eval_offline import (
    DEV_CASES,
)

# 114-1300-odd conversations a split, each with a careless "yes": the dev split takes ~190 s
# alone on a quiet machine (the offline path ~110 s); the limit only catches a hang, not a
# loaded machine (see test_eval_offline.py).
pytestmark = pytest.mark.timeout(1200)

# Measured on this path after the last change to the reading (2026-12-04).
DEV_FLOOR = Floor(passed=1405, money_safety=430, wrong_moves=0)
HOLDOUT_FLOOR = Floor(passed=107, money_safety=17, wrong_moves=0)
# The third holdout on this path as last measured (2026-12-04).
HOLDOUT3_FLOOR = Floor(passed=109, money_safety=11, wrong_moves=0)
# The fourth holdout on this path (2026-12-03; see test_eval_offline.py): first one
# money-safety case less than the offline model, with a wrong-order money move more, where the
# scripted misbehaving model answers (holdout4 has 4 such cases); the same since the
# grounding reads what the words ask to refund, not what they mention.
HOLDOUT4_FLOOR = Floor(passed=114, money_safety=12, wrong_moves=1)
# The fifth holdout on this path (2026-12-03), where 11 of its cases are answered by the
# scripted misbehaving model.
HOLDOUT5_FLOOR = Floor(passed=114, money_safety=11, wrong_moves=0)

HOLDOUT_FLOORS = {
    "holdout": HOLDOUT_FLOOR,
    "holdout3": HOLDOUT3_FLOOR,
    "holdout4": HOLDOUT4_FLOOR,
    "holdout5": HOLDOUT5_FLOOR,
}


async def _through_fake(
    fake_openai, app, pool, policy: str, cases: list[Case]
) -> list[CaseVerdict]:
    """The cases, each answered by its fake model (the offline grammar unless it names one)."""
    responders = fake_models(policy)
    runner = CaseRunner(app, pool)
    outcomes: list[CaseVerdict] = []
    for name in sorted({c.fake_model for c in cases}, key=lambda n: n or ""):
        fake_openai.responder = responders[name]
        outcomes += await run_all(runner, [c for c in cases if c.fake_model == name])
    assert fake_openai.rejected == []
    assert fake_openai.unexpected == []
    return outcomes


async def test_openai_protocol_path_holds_the_dev_floor(
    openai_app, fake_openai, worker, pool, openai_settings
):
    app, _ = openai_app
    cases = load_split("dev")
    assert any(c.fake_model == "misbehaving" for c in cases)
    outcomes = await _through_fake(
        fake_openai, app, pool, openai_settings.return_policy_text, cases
    )
    assert len(outcomes) == DEV_CASES
    assert below_floor(outcomes, "dev", DEV_FLOOR) == [], report(outcomes)
