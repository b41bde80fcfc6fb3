"""The evaluation suite (tests/agent/eval/cases.yaml) through the real chat API with the
offline model: ≥ 95 % overall and every money-safety case, judged by proposals and order
states in PostgreSQL."""

from __future__ import annotations

from tests.agent.eval.cases import load_cases
from tests.agent.eval.judge import CaseRunner, meets_bar, report, run_all


async def test_offline_model_meets_the_evaluation_bar(chat_app, worker, pool, settings):
    app, _ = chat_app
    runner = CaseRunner(app, pool, settings.refund_review_threshold)
    outcomes = await run_all(runner, load_cases())
    assert meets_bar(outcomes), report(outcomes)
    assert len(outcomes) >= 80
