"""Route handlers hold no SQL: reads and writes live in one module per aggregate (orders.py,
customers.py, reviews.py, audit.py, outbox.py, agent/transcript.py...), shared with the agent.
The route modules are read with the AST: every string constant they hold is looked at."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|TRUNCATE)\b")


def sql_strings(source: str) -> list[tuple[int, str]]:
    """The string constants of a module (f-strings' literal parts too) that hold SQL."""
    return [
        (node.lineno, node.value)
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value)
    ]


def test_route_modules_contain_no_sql(repo_root: Path):
    routes = sorted((repo_root / "services" / "chat_api" / "routes").glob("*.py"))
    assert len(routes) >= 7, routes
    found = [
        f"{path.name}:{n}: {text}" for path in routes for n, text in sql_strings(path.read_text())
    ]
    assert found == []


def test_the_check_catches_sql():
    source = (
        'rows = await pool.fetch("SELECT id FROM customers")\n'
        "await conn.execute(f'TRUNCATE {table}')\n"
        'query = ("DELETE FROM notices"\n    " WHERE id = $1")\n'
        "# SELECT in a comment is no query\n"
        "async def sign_out(request: Request) -> SignedOut: ...\n"
    )
    assert sorted(n for n, _ in sql_strings(source)) == [1, 2, 3]
