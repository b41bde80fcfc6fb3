"""Route handlers hold no SQL: reads and writes live in one module per aggregate (orders.py,
customers.py, reviews.py, audit.py, outbox.py, agent/transcript.py...), shared with the agent."""

from __future__ import annotations

import re
from pathlib import Path

SQL = re.compile(r"\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|TRUNCATE)\b")


def test_route_modules_contain_no_sql(repo_root: Path):
    routes = sorted((repo_root / "services" / "chat_api" / "routes").glob("*.py"))
    assert len(routes) >= 7, routes
    found = [
        f"{path.name}:{n}: {line.strip()}"
        for path in routes
        for n, line in enumerate(path.read_text().splitlines(), 1)
        if SQL.search(line)
    ]
    assert found == []


def test_the_pattern_catches_sql():
    assert SQL.search('rows = await pool.fetch("SELECT id FROM customers")')
    assert SQL.search("await conn.execute('TRUNCATE checkpoints')")
    assert not SQL.search("async def sign_out(request: Request) -> SignedOut:")
