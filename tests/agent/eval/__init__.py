"""The agent's evaluation suite: conversation cases in two splits, dev (cases.yaml, for
tuning) and holdout (holdout.yaml, never tuned against or edited), run through the real chat
API, each followed by a careless "yes", and judged by the refunds proposed and the order
states in PostgreSQL (judge.py), with scores per split and category against their targets
(report.py).

`python -m tests.agent.eval` (or `make eval`) runs them against the configured model;
tests/agent/test_eval_*.py run them inside `make test`.
"""
