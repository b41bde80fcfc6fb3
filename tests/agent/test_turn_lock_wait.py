"""A turn waits a bounded time for the customer's thread lock (held here as another process
would hold it): past the wait, 503 with Retry-After and a sentence, and nothing is written."""

from __future__ import annotations

from services.chat_api.agent.thread_lock import LOCK_CLASS
from tests.agent.conftest import say
from tests.support.api import running_app, sign_in


async def test_a_turn_that_cannot_get_the_thread_lock_answers_503(settings, orders, pool):
    impatient = settings.model_copy(update={"chat_turn_wait_seconds": 0.3})
    cid = await orders.customer()
    async with running_app(impatient) as (_, http):
        await sign_in(http, cid)
        async with pool.acquire() as other_process:
            await other_process.execute("SELECT pg_advisory_lock($1, $2)", LOCK_CLASS, cid)
            try:
                r = await http.post("/api/chat", json={"message": "hello?"})
            finally:
                await other_process.execute("SELECT pg_advisory_unlock($1, $2)", LOCK_CLASS, cid)
        assert r.status_code == 503
        assert r.headers["Retry-After"] == "5"
        assert r.json()["detail"].startswith("Your previous message is still being answered")
        assert (await http.get("/api/history")).json() == []
        await say(http, "hello again")
        history = (await http.get("/api/history")).json()
        assert [h["role"] for h in history] == ["user", "assistant"]
        assert history[0]["content"] == "hello again"
