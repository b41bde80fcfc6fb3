"""The same evaluation cases through the real-model path: langchain-openai against the fake
OpenAI server, scripted to choose what the offline grammar would (the protocol is under test:
tool calls, their ids and results, and the history sent back over HTTP)."""

from __future__ import annotations

from tests.agent.eval.cases import load_cases
from tests.agent.eval.judge import CaseRunner, meets_bar, report, run_all
from tests.agent.eval.scripted import grammar_responder


async def test_openai_protocol_path_meets_the_evaluation_bar(
    openai_app, fake_openai, worker, pool, openai_settings
):
    app, _ = openai_app
    fake_openai.responder = grammar_responder(openai_settings.return_policy_text)
    runner = CaseRunner(app, pool, openai_settings.refund_review_threshold)
    outcomes = await run_all(runner, load_cases())
    assert meets_bar(outcomes), report(outcomes)
    assert fake_openai.rejected == []
    assert fake_openai.unexpected == []
