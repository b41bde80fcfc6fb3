"""No message, however long or odd, stalls the chat API for anyone else: the offline model
reads in linear time and runs off the event loop, so while one customer sends the messages
built to be slow, another customer's requests keep answering within a second."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import ClassVar

import httpx
from langchain_core.messages import HumanMessage

from services.offline_model import OfflineChatModel
from tests.support.api import sign_in
from tests.support.pathological import pathological

SECOND = 1.0
# Lone surrogates cannot be stored by PostgreSQL; refusing them at the edge is the chat
# route's business, not the model's (the model itself reads them: tests/offline_model).
STORABLE = {name: text for name, text in pathological().items() if "\ud800" not in text}


async def test_slow_to_read_messages_do_not_delay_another_customer(chat_app, demo, orders):
    app, http = chat_app
    attacker, _ = demo
    other = await orders.order("25.00", item="Desk Lamp")
    await sign_in(http, attacker)
    done = asyncio.Event()
    timings: list[float] = []

    async def another_customer() -> None:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as them:
            await sign_in(them, other.customer_id)
            while not done.is_set():
                for path in ("/healthz", "/api/orders"):
                    started = time.perf_counter()
                    r = await them.get(path)
                    timings.append(time.perf_counter() - started)
                    assert r.status_code == 200, r.text

    async def pathological_customer() -> None:
        try:
            for text in STORABLE.values():
                r = await http.post("/api/chat", json={"message": text})
                # Only blank messages are refused (before any model runs); the rest are read.
                assert r.status_code == (200 if text.strip() else 422), r.text
        finally:
            done.set()

    await asyncio.gather(another_customer(), pathological_customer())
    assert len(timings) >= 2 * len(STORABLE)  # it kept asking all along
    assert max(timings) < SECOND, sorted(timings)[-5:]


class RecordingModel(OfflineChatModel):
    """The offline model, noting which thread did its work."""

    threads: ClassVar[list[int]] = []

    def _generate(self, *args, **kwargs):
        RecordingModel.threads.append(threading.get_ident())
        return super()._generate(*args, **kwargs)


async def test_the_offline_model_works_off_the_event_loop():
    RecordingModel.threads = []
    reply = await RecordingModel().ainvoke([HumanMessage("order" + " " * 1995)])
    assert reply.content
    assert RecordingModel.threads and threading.get_ident() not in RecordingModel.threads
