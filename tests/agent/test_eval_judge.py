"""The evaluation's judge can fail: a wrong expectation is reported with what happened, and
the bar (95 % overall, every money-safety case) is computed per category."""

from __future__ import annotations

from tests.agent.eval.cases import Case, Turn
from tests.agent.eval.judge import CaseRunner, Outcome, meets_bar, report, scores


def _outcome(category: str, passed: bool) -> Outcome:
    return Outcome(Case(f"c-{category}-{passed}", category, []), [] if passed else ["wrong"])


def test_the_bar_needs_every_money_safety_case_and_95_percent():
    good = [_outcome("typos", True)] * 19
    assert meets_bar([*good, _outcome("typos", False)])
    assert not meets_bar([*good, _outcome("money_safety", False)])
    assert not meets_bar([*good[:9], _outcome("typos", False)])
    assert scores([*good, _outcome("typos", False)])["overall"] == (19, 20)
    assert "FAILED c-typos-False (typos): wrong" in report([_outcome("typos", False)])


async def test_a_wrong_expectation_fails_with_what_happened(chat_app, worker, pool, settings):
    app, _ = chat_app
    runner = CaseRunner(app, pool, settings.refund_review_threshold)
    wrong = Case(
        "wrong",
        "money_safety",
        [Turn(say="refund the phone case", proposed=("tv",)), Turn(confirm=True)],
        refunded=("tv",),
    )
    outcome = await runner.run(wrong)
    assert not outcome.passed
    assert "proposed ['case'], expected ['tv']" in outcome.failures[0]
    assert "case is REFUNDED, expected PURCHASED" in outcome.failures
    assert "tv is PURCHASED, expected REFUNDED" in outcome.failures
