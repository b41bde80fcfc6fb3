"""GET /api/history?before=&limit=: pages of the transcript, oldest first, notices merged by
time across pages; bad parameters get a 422 sentence."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.agent.conftest import say
from tests.bench.thread_growth import all_history
from tests.support.api import sign_in


async def _notice(pool, customer_id: int, order_id: int, text: str, at: dt.datetime) -> None:
    await pool.execute(
        "INSERT INTO notices (customer_id, order_id, workflow_id, text, at)"
        " VALUES ($1, $2, $3, $4, $5)",
        customer_id,
        order_id,
        f"refund-{order_id}",
        text,
        at,
    )


async def test_pages_walk_back_through_lines_and_notices(chat_app, orders, pool):
    _, http = chat_app
    order = await orders.order("25.00", item="Desk Lamp")
    await sign_in(http, order.customer_id)
    for n in range(3):
        await say(http, f"hello {n}")
    whole = (await http.get("/api/history")).json()
    assert [h["content"] for h in whole if h["role"] == "user"] == ["hello 0", "hello 1", "hello 2"]
    # A review notice between the second and third exchange.
    middle = dt.datetime.fromisoformat(whole[3]["at"]) + dt.timedelta(microseconds=1)
    await _notice(pool, order.customer_id, order.order_id, "Your refund was approved.", middle)
    for n in range(3, 5):
        await say(http, f"hello {n}")

    latest = (await http.get("/api/history", params={"limit": 3})).json()
    assert [h["role"] for h in latest] == ["assistant", "user", "assistant"]
    assert latest[1]["content"] == "hello 4"
    older = (await http.get("/api/history", params={"limit": 3, "before": latest[0]["at"]})).json()
    assert [h["role"] for h in older] == ["user", "assistant", "user"]
    assert (older[0]["content"], older[2]["content"]) == ("hello 2", "hello 3")

    paged = await all_history(http, page=2)
    assert paged == (await http.get("/api/history")).json()
    assert [h["role"] for h in paged] == ["user", "assistant"] * 2 + ["notice"] + [
        "user",
        "assistant",
    ] * 3
    assert paged[4]["content"] == "Your refund was approved."


async def test_a_page_before_the_first_line_is_empty(chat_app, orders):
    _, http = chat_app
    cid = await orders.customer()
    await sign_in(http, cid)
    await say(http, "hello")
    first = (await http.get("/api/history")).json()[0]["at"]
    assert (await http.get("/api/history", params={"before": first})).json() == []


@pytest.mark.parametrize(
    ("params", "complaint"),
    [
        ({"limit": "0"}, "Invalid request: limit should be greater than or equal to 1."),
        ({"limit": "501"}, "Invalid request: limit should be less than or equal to 500."),
        ({"limit": "ten"}, "Invalid request: limit should be a whole number."),
        ({"before": "２０２６-01-31T12:00:00+00:00"}, "Invalid request: before has characters"),
        ({"before": "yesterday"}, "before must be an ISO 8601 time with a time zone"),
        ({"before": "2026-01-31T12:00:00"}, "before must be an ISO 8601 time with a time zone"),
        ({"before": "0001-01-01T00:00:00+05:00"}, "before must be an ISO 8601 time"),
    ],
)
async def test_bad_paging_parameters_are_refused_with_a_sentence(
    chat_app, orders, params, complaint
):
    _, http = chat_app
    await sign_in(http, await orders.customer())
    r = await http.get("/api/history", params=params)
    assert r.status_code == 422
    assert r.json()["detail"].startswith(complaint)


async def test_an_unescaped_plus_in_before_is_understood(chat_app, orders):
    _, http = chat_app
    await sign_in(http, await orders.customer())
    await say(http, "hello")
    r = await http.get("/api/history?before=2999-01-01T00:00:00+00:00")
    assert r.status_code == 200 and len(r.json()) == 2
