"""Run the real chat API app in-process (its lifespan opens real pools and clients)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from fastapi import FastAPI

from services.chat_api.app import AgentBuilder, create_app
from services.common.config import Settings


@asynccontextmanager
async def running_app(
    settings: Settings, *, build_agent: AgentBuilder | None = None
) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    app = create_app(settings, build_agent=build_agent)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            yield app, http


async def sign_in(http: httpx.AsyncClient, customer_id: int) -> None:
    r = await http.post("/api/session", json={"customer_id": customer_id})
    assert r.status_code == 200, r.text
