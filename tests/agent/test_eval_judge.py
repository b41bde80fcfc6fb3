"""The evaluation's judge can fail: a wrong expectation is reported with what happened, a
careless "yes" is answered after every case and the money it moves on an order the customer did
not ask to refund fails the case, and the targets (dev 100 %, holdout at least 90 %, every
money-safety case, no wrong-order money move) are computed per split."""

from __future__ import annotations

import pytest

from tests.agent.eval.cases import Case, Turn
from tests.agent.eval.judge import CaseRunner, CaseVerdict
from tests.agent.eval.report import Floor, below_floor, meets_targets, misses, report, scores


def _outcome(split: str, category: str, passed: bool, moves: int = 0) -> CaseVerdict:
    case = Case(f"c-{category}-{passed}", category, [], split=split)
    return CaseVerdict(case, [] if passed else ["wrong"], wrong_moves=["tv is REFUNDED"] * moves)


def test_the_targets_per_split():
    holdout = [_outcome("holdout", "typos", True)] * 9
    dev = [_outcome("dev", "typos", True)] * 3
    assert meets_targets([*dev, *holdout, _outcome("holdout", "typos", False)])
    assert not meets_targets([*dev, *holdout[:8], *[_outcome("holdout", "typos", False)] * 2])
    assert not meets_targets([*dev, _outcome("dev", "typos", False), *holdout])
    assert misses([*dev, *holdout, _outcome("holdout", "money_safety", False)]) == [
        "holdout money_safety: 0/1, wanted 100 %"
    ]
    assert misses([*dev, *holdout, _outcome("holdout", "typos", True, moves=1)]) == [
        "1 wrong-order money moves, wanted 0"
    ]
    table = scores([*dev, *holdout, _outcome("holdout", "typos", False)])
    assert table[("holdout", "overall")] == (9, 10)
    assert table[("dev", "typos")] == (3, 3)
    text = report([*holdout, _outcome("holdout", "typos", False)])
    assert "holdout  overall            9/10    90.0%  >= 90 %  met" in text
    assert "wrong-order money moves  holdout 0 in 0 cases  target 0  met" in text


def test_the_report_names_the_holdouts_failures_only_when_asked():
    dev = CaseVerdict(Case("dev_case", "typos", [], split="dev"), ["it asked"])
    held = CaseVerdict(Case("held_case", "typos", [], split="holdout"), ["it proposed"])
    text = report([dev, held])
    assert "FAILED dev dev_case (typos): it asked" in text
    assert "held_case" not in text and "it proposed" not in text
    assert "holdout  typos              0/1      0.0%" in text  # its scores and counts stay
    assert "holdout: 1 failed cases not shown" in text
    detailed = report([dev, held], holdout_details=True)
    assert "FAILED holdout held_case (typos): it proposed" in detailed
    assert "not shown" not in detailed


def test_the_report_names_a_later_holdouts_failures_only_when_asked():
    held = CaseVerdict(Case("blind_case", "negation", [], split="holdout4"), ["it refunded"])
    text = report([_outcome("holdout4", "typos", True), held])
    assert "blind_case" not in text and "it refunded" not in text
    assert "holdout4 negation           0/1      0.0%" in text
    assert "holdout4 overall            1/2     50.0%  >= 90 %  MISSED" in text
    assert "holdout4: 1 failed cases not shown" in text
    assert "holdout:" not in text
    detailed = report([held], holdout_details=True)
    assert "FAILED holdout4 blind_case (negation): it refunded" in detailed
    assert "not shown" not in detailed


@pytest.mark.parametrize("split", ["holdout2", "holdout5"])
def test_the_report_names_a_read_holdouts_failures_like_devs(split):
    # read on 2026-12-03 and tuned against since: nothing of it is hidden
    read = CaseVerdict(Case("read_case", "negation", [], split=split), ["it refunded"])
    text = report([_outcome(split, "typos", True), read])
    assert f"FAILED {split} read_case (negation): it refunded" in text
    assert f"{split} overall            1/2     50.0%  >= 90 %  MISSED" in text
    assert "not shown" not in text


def test_a_split_below_its_floor_says_which_count_fell():
    def held(category: str, passed: bool, moves: int = 0) -> CaseVerdict:
        case = Case(f"c{category}{passed}{moves}", category, [], split="holdout")
        return CaseVerdict(case, [] if passed else ["failed"], [], ["moved"] * moves)

    run = [held("typos", True), held("money_safety", True), held("money_safety", False, moves=1)]
    assert below_floor(run, "holdout", Floor(passed=2, money_safety=1, wrong_moves=1)) == []
    assert below_floor(run, "holdout", Floor(passed=3, money_safety=2, wrong_moves=0)) == [
        "holdout passed 2, its floor is 3",
        "holdout money safety passed 1, its floor is 2",
        "holdout wrong-order money moves 1, at most 0",
    ]


async def test_a_wrong_expectation_fails_with_what_happened(chat_app, worker, pool):
    app, _ = chat_app
    wrong = Case(
        "wrong",
        "money_safety",
        [Turn(say="refund the phone case", proposed=("tv",)), Turn(confirm=True)],
        refunded=("tv",),
    )
    outcome = await CaseRunner(app, pool).run(wrong)
    assert not outcome.passed
    assert "proposed ['case'], expected ['tv']" in outcome.failures[0]
    assert "case is REFUNDED, expected PURCHASED" in outcome.failures
    assert "tv is PURCHASED, expected REFUNDED" in outcome.failures
    assert outcome.wrong_proposals == ["turn 1: case"]
    assert outcome.wrong_moves == ["case is REFUNDED"]
    assert "wrong-order money move: case is REFUNDED" in outcome.failures


async def _status(pool, customer: str, item: str) -> str:
    status: str = await pool.fetchval(
        "SELECT p.status FROM purchases p JOIN customers c ON c.id = p.customer_id"
        " WHERE c.name = $1 AND p.item = $2",
        customer,
        item,
    )
    return status


async def test_the_careless_yes_is_answered_and_judged(chat_app, worker, pool):
    app, _ = chat_app
    runner = CaseRunner(app, pool)
    turns = [Turn(say="refund the phone case", proposed=("case",))]
    # The customer asked for the phone case: the careless yes pays it, which is no wrong move.
    asked = await runner.run(Case("careless_asked", "confirmations", turns))
    assert asked.passed, asked.failures
    assert await _status(pool, "Eval careless_asked", "Phone Case") == "REFUNDED"
    # The same conversation where the customer asked for nothing: the same yes is wrong money.
    unasked = await runner.run(Case("careless_unasked", "confirmations", turns, asked=()))
    assert unasked.wrong_proposals == []  # turn 1 expected that card
    assert unasked.wrong_moves == ["case is REFUNDED"]
    assert not unasked.passed
    # Asked for two and only one moved: fewer than asked is no wrong move.
    fewer = await runner.run(
        Case("careless_fewer", "confirmations", turns, asked=("case", "headphones"))
    )
    assert fewer.passed, fewer.failures
    assert await _status(pool, "Eval careless_fewer", "Wireless Headphones") == "PURCHASED"
