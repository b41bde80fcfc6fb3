"""A chat API killed (-9) while a confirmed refund runs (after the customer's "yes", before the
result was stored): after a restart the next turn works with either model, the refund was
requested and paid once, the proposal follows the refund it started (closed, showing the
outcome, never offered again), and pressing Confirm again on the old card pays nothing."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest

from services.worker.main import build_worker
from tests.agent.chat_process import (
    chat_api_process,
    free_port,
    unanswered_tool_calls,
    wait_until_serving,
)
from tests.agent.conftest import chat, press, say
from tests.support.api import sign_in
from tests.support.fake_openai import Text, ToolCalls, messages_of
from tests.support.processes import kill_9
from tests.support.waiting import eventually

# The window in which the test sees the confirmed refund under way (its refund_requested audit
# row, polled every 50 ms) and kills the chat API before the payment ends: wide enough for a
# busy machine.
PAYMENT_DELAY_SECONDS = 5.0


async def _count(pool, order_id: int, kind: str) -> int:
    n: int = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = $2", order_id, kind
    )
    return n


@pytest.mark.timeout(300)  # two chat API processes start, each slow on a busy machine
@pytest.mark.parametrize("provider", ["offline", "openai"])
async def test_killed_while_a_confirmed_refund_runs_then_next_turn_works_and_pays_once(
    provider, client, pool, settings, orders, fake_openai, database_url, tmp_path
):
    order = await orders.order("89.99", item="Wireless Headphones")
    oid, cid = order.order_id, order.customer_id
    env = {"LLM_PROVIDER": provider}
    if provider == "openai":
        env |= {
            "OPENAI_API_KEY": "sk-test-fake",
            "OPENAI_BASE_URL": fake_openai.base_url,
            "LLM_TIMEOUT_SECONDS": "5",
        }
        asked = ToolCalls([("request_refund", {"order_id": oid, "reason": "it broke"})])
        fake_openai.add(asked, Text("I can refund your headphones. Press Confirm or say yes."))
    log_file = tmp_path / "chat-api.log"
    slow_payments = settings.model_copy(update={"payment_delay_seconds": PAYMENT_DELAY_SECONDS})
    port = free_port()
    base = f"http://127.0.0.1:{port}"

    async with build_worker(client, pool, slow_payments):
        with chat_api_process(settings, port, log_file, **env) as proc:
            async with httpx.AsyncClient(base_url=base, timeout=30) as http:
                await wait_until_serving(http, proc)
                await sign_in(http, cid)
                answer = await chat(http, "I want a refund for my headphones, it broke")
                [proposal] = answer["proposals"]
                assert await _count(pool, oid, "refund_requested") == 0
                turn = asyncio.create_task(http.post("/api/chat", json={"message": "yes"}))
                # The customer said yes and the workflow has started: the confirmation now
                # waits for the (delayed) payment. Kill the chat API here.
                await eventually(lambda: _count(pool, oid, "refund_requested"), lambda n: n == 1)
                kill_9(proc)
                with pytest.raises(httpx.TransportError):
                    await turn

        assert await unanswered_tool_calls(database_url, cid) == []
        await eventually(lambda: orders.status(oid), lambda s: s == "REFUNDED")

        if provider == "openai":
            fake_openai.add(
                ToolCalls([("check_refund_status", {"order_id": oid})]),
                Text("Good news: your headphones refund is done."),
            )
        with chat_api_process(settings, port, log_file, **env) as proc:
            async with httpx.AsyncClient(base_url=base, timeout=30) as http:
                await wait_until_serving(http, proc)
                await sign_in(http, cid)
                # The confirmation's answer was lost with the process, but the card follows
                # the refund it started: no longer offered, showing the outcome (a reload).
                waiting = (await http.get("/api/chat/proposals")).json()
                card = (await http.get(f"/api/chat/proposals/{proposal['id']}")).json()
                reply = await say(http, "is my refund done yet?")
                # Pressing Confirm on a card left over from before the crash pays nothing.
                again = await press(http, proposal["id"])
                history = (await http.get("/api/history")).json()

    assert waiting == []
    assert (card["status"], card["outcome"]) == ("closed", "refunded")
    assert "has been paid" in card["message"]
    assert again.status_code == 409, again.text
    assert "already went ahead" in again.json()["detail"]
    statement = f"Our records: order {oid} (Wireless Headphones, $89.99) — refunded."
    if provider == "openai":
        assert reply == f"Good news: your headphones refund is done.\n\n{statement}"
        assert fake_openai.rejected == [], fake_openai.rejected
        status = json.loads(messages_of(fake_openai.requests[-1], "tool")[-1]["content"])
        assert status["status"] == "REFUNDED" and "proposal" not in status
    else:
        assert "is done" in reply and "Wireless Headphones" in reply
        assert reply.endswith(statement)
    assert await unanswered_tool_calls(database_url, cid) == []
    users = [h["content"] for h in history if h["role"] == "user"]
    assert users == ["I want a refund for my headphones, it broke", "is my refund done yet?"]
    # Requested once, paid once.
    assert await _count(pool, oid, "refund_requested") == 1
    assert await orders.ledger_rows(oid) == 1
    assert await orders.status(oid) == "REFUNDED"
