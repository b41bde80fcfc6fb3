"""`make chaos` in small: three rounds of customers, reviewers and a random kill -9 each round
against a dev stack of its own; every request must end final, paid and emailed at most once."""

from __future__ import annotations

import pytest

from tests.chaos.run import execute

pytestmark = pytest.mark.timeout(240)

ROUNDS = 3
SEED = 20261124  # fixed, so a failure here can be replayed with `--seed`
REVIEW_TIMEOUT = 15  # seconds: a review no one decides still ends (rejected) within the test


def test_three_chaos_rounds_lose_nothing_and_pay_nothing_twice(server_dir):
    run, verdict = execute(ROUNDS, SEED, REVIEW_TIMEOUT, server_dir)
    detail = f"{verdict.line()}\nrefused: {run.stats.refused}\n{run.stack.tail(80)}"
    assert verdict.rounds == ROUNDS, detail
    assert verdict.requests == ROUNDS * 6, detail
    assert verdict.kills == ROUNDS, detail
    assert verdict.clean, detail
    assert not run.stats.refused, detail
    # Every large request went to a reviewer, who decided it through a link or the console.
    large = sum(1 for r in run.requests if r.large)
    assert sum(run.stats.decisions.values()) == large, detail
