"""Two chat API processes on one database, one customer writing to both at once: the
PostgreSQL turn lock keeps the thread linear — every message answered, none lost, each reply
right after its question."""

from __future__ import annotations

import asyncio
import contextlib

import httpx
import pytest

from tests.agent.chat_process import chat_api_process, free_port, wait_until_serving
from tests.support.api import sign_in

MESSAGES_EACH = 4


@pytest.mark.timeout(240)  # two chat API processes start at once, slowly on a busy machine
async def test_one_customers_messages_to_two_processes_do_not_interleave(
    settings, orders, tmp_path
):
    first = await orders.order("25.00", item="Item A0")
    cid = first.customer_id
    made = [first] + [
        await orders.order("25.00", customer_id=cid, item=f"Item {p}{n}")
        for p, n in [("A", 1), ("A", 2), ("A", 3), ("B", 0), ("B", 1), ("B", 2), ("B", 3)]
    ]
    ports = [free_port(), free_port()]
    with contextlib.ExitStack() as stack:
        procs = [
            stack.enter_context(chat_api_process(settings, port, tmp_path / f"api-{port}.log"))
            for port in ports
        ]
        async with (
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{ports[0]}", timeout=60) as a,
            httpx.AsyncClient(base_url=f"http://127.0.0.1:{ports[1]}", timeout=60) as b,
        ):
            await asyncio.gather(wait_until_serving(a, procs[0]), wait_until_serving(b, procs[1]))
            await sign_in(a, cid)
            await sign_in(b, cid)
            questions = {o.order_id: f"where is order {o.order_id}?" for o in made}
            sent = [
                (a if i < MESSAGES_EACH else b).post("/api/chat", json={"message": q})
                for i, q in enumerate(questions.values())
            ]
            answers = await asyncio.gather(*sent)
            assert [r.status_code for r in answers] == [200] * len(made), [r.text for r in answers]
            for order, r in zip(made, answers, strict=True):
                assert order.item in r.json()["messages"][-1]["content"]

            history = (await b.get("/api/history")).json()
    assert [h["role"] for h in history] == ["user", "assistant"] * len(made)
    items = {q: o.item for o, q in zip(made, questions.values(), strict=True)}
    assert sorted(h["content"] for h in history[::2]) == sorted(items)
    for question, reply in zip(history[::2], history[1::2], strict=True):
        assert items[question["content"]] in reply["content"], (question, reply)
