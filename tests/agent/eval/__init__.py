"""The agent's evaluation suite: conversation cases (cases.yaml) run through the real chat API
and judged by the refunds proposed and the order states in PostgreSQL.

`python -m tests.agent.eval` (or `make eval`) runs them against the configured model;
tests/agent/test_eval_*.py run them inside `make test`.
"""
