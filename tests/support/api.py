"""Run the real chat API app in-process (its lifespan opens real pools and clients)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from services.chat_api.app import AgentBuilder, create_app
from services.common.clock import Clock, utc_now
from services.common.config import Settings


@asynccontextmanager
async def running_app(
    settings: Settings, *, build_agent: AgentBuilder | None = None, clock: Clock = utc_now
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """The app with its lifespan running, and a client on it (over https in production, so
    the Secure session cookie is sent back); sessions, proposals and messages
    take the time from `clock`."""
    app = create_app(settings, build_agent=build_agent, clock=clock)
    base_url = "https://testserver" if settings.is_production else "http://testserver"
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=base_url) as http:
            yield app, http


async def sign_in(http: httpx.AsyncClient, customer_id: int) -> None:
    r = await http.post("/api/session", json={"customer_id": customer_id})
    assert r.status_code == 200, r.text
