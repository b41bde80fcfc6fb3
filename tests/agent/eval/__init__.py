"""The agent's evaluation suite: conversation cases in six splits, dev (cases.yaml, for
tuning), holdout (holdout.yaml), holdout2 to holdout5 (holdout2.yaml to holdout5.yaml,
written blind), the holdouts never tuned against or edited, run through the
real chat API, each followed by a careless "yes", and judged by the refunds proposed and the
order states in PostgreSQL (judge.py), with scores per split and category against their
targets (report.py).

`python -m tests.agent.eval` (or `make eval`) runs them against the configured model;
tests/agent/test_eval_*.py run them inside `make test`.
"""
