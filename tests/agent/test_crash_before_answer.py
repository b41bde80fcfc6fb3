"""A chat API killed (-9) in the middle of a turn, after its refund tool recorded a proposal and
while the model writes the answer that would present it: the thread is stored as it was before
the turn (a turn's checkpoint is written when it ends), so no tool call lacks its result and no
proposal the customer never saw waits for a "yes"; after a restart the customer sends the
message again and the refund is proposed, confirmed and paid once."""

from __future__ import annotations

import asyncio

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
from tests.support.fake_openai import Hang, Text, ToolCalls, messages_of
from tests.support.processes import kill_9
from tests.support.waiting import eventually

ASK = "please refund my phone case, it cracked"


@pytest.mark.timeout(300)  # two chat API processes start, each slow on a busy machine
async def test_killed_before_the_answer_leaves_no_proposal_waiting_and_the_retry_pays_once(
    client, pool, settings, orders, fake_openai, database_url, tmp_path
):
    order = await orders.order("19.99", item="Phone Case")
    oid, cid = order.order_id, order.customer_id
    env = {
        "LLM_PROVIDER": "openai",
        "OPENAI_API_KEY": "sk-test-fake",
        "OPENAI_BASE_URL": fake_openai.base_url,
        "LLM_TIMEOUT_SECONDS": "60",
    }
    propose = ToolCalls([("request_refund", {"order_id": oid, "reason": "it cracked"})])
    fake_openai.add(Text("Hello! How can I help?"), propose, Hang(120))
    log_file = tmp_path / "chat-api.log"

    async def model_holds() -> bool:
        return bool(fake_openai.hanging.is_set())

    port = free_port()
    base = f"http://127.0.0.1:{port}"

    with chat_api_process(settings, port, log_file, **env) as proc:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:
            await wait_until_serving(http, proc)
            await sign_in(http, cid)
            assert await say(http, "hello") == "Hello! How can I help?"
            turn = asyncio.create_task(http.post("/api/chat", json={"message": ASK}))
            # The model is asked again with the tool's result (the proposal was recorded in
            # the turn) and holds its answer: kill the chat API here.
            await eventually(model_holds)
            [recorded] = messages_of(fake_openai.requests[-1], "tool")
            assert "awaiting_confirmation" in recorded["content"]
            kill_9(proc)
            with pytest.raises(httpx.TransportError):
                await turn
    fake_openai.release()

    # The stored thread is the one before the turn: complete, with nothing waiting.
    assert await unanswered_tool_calls(database_url, cid) == []
    fake_openai.add(propose, Text("I can refund your phone case. Press Confirm or say yes."))
    async with build_worker(client, pool, settings):
        with chat_api_process(settings, port, log_file, **env) as proc:
            async with httpx.AsyncClient(base_url=base, timeout=60) as http:
                await wait_until_serving(http, proc)
                await sign_in(http, cid)
                waiting = (await http.get("/api/chat/proposals")).json()
                history = (await http.get("/api/history")).json()
                [proposal] = (await chat(http, ASK))["proposals"]
                confirmed = await press(http, proposal["id"])

    assert waiting == []
    assert [(h["role"], h["content"]) for h in history] == [
        ("user", "hello"),
        ("assistant", "Hello! How can I help?"),
    ]
    assert confirmed.status_code == 200, confirmed.text
    assert confirmed.json()["proposals"][0]["outcome"] == "refunded"
    assert fake_openai.rejected == []
    assert await orders.status(oid) == "REFUNDED"
    assert await orders.ledger_rows(oid) == 1
