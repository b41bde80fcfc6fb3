"""What every route's query string must obey, checked once for the whole app.

Each parameter's own type and range are FastAPI `Query` constraints on its route (a whole
number is ASCII digits within its bounds; a time is ASCII text of a bounded length). What a
`Query` cannot say is that a parameter is given once: FastAPI would silently take one of
`?limit=5&limit=500`. `single_valued_query` refuses such a request with a 422 sentence.
"""

from __future__ import annotations

from collections import Counter

from fastapi import HTTPException, Request, status


async def single_valued_query(request: Request) -> None:
    """App-wide dependency: 422 when a query parameter is given more than once."""
    counts = Counter(key for key, _ in request.query_params.multi_items())
    repeated = sorted(key for key, n in counts.items() if n > 1)
    if repeated:
        name = repeated[0][:40]
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            f"The query parameter {name!r} was given {counts[repeated[0]]} times; give it once.",
        )
