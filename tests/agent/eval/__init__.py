"""The agent's evaluation suite: conversation cases in eight splits, dev (cases.yaml, for
tuning), holdout (holdout.yaml), holdout2 to holdout7 (holdout2.yaml to holdout7.yaml,
written blind), the holdouts never edited and, but for holdout2 and holdout5 (read on
2026-12-03), never tuned against, run through the
real chat API, each followed by a careless "yes", and judged by the refunds proposed and the
order states in PostgreSQL (judge.py), with scores per split and category against their
targets (report.py).

`python -m tests.agent.eval` (or `make eval`) runs them against the configured model;
tests/agent/test_eval_*.py run them inside `make test`.
"""
