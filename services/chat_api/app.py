"""The chat API: HTTP routes, static pages, the agent, review pages."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.middleware.sessions import SessionMiddleware

from services.chat_api.agent import build_agent as build_default_agent
from services.chat_api.errors import install_error_handlers
from services.chat_api.reconcile import reconcile_forever
from services.chat_api.refunds import RefundService
from services.chat_api.reviews import ReviewService
from services.chat_api.routes import admin, chat, customers, dev, refunds, review, system
from services.chat_api.state import AppState
from services.common.config import Settings
from services.common.db import create_pool, pool_timeouts
from services.common.review_tokens import ReviewTokens
from services.common.temporal import connect_temporal

log = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).resolve().parents[2] / "frontend"
SESSION_MAX_AGE = 30 * 24 * 3600  # seconds

# Hook for the agent (built in lifespan, closed in reverse order): receives the state,
# returns an async closer.
AgentBuilder = Callable[[AppState], Awaitable[Callable[[], Awaitable[None]]]]


def create_app(settings: Settings, *, build_agent: AgentBuilder | None = None) -> FastAPI:
    """Build the app; pools and clients are opened by its lifespan, not here.

    `build_agent` defaults to the LangGraph agent (services.chat_api.agent).
    """
    agent_builder = build_agent or build_default_agent

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await create_pool(settings.database_url, **pool_timeouts(settings))
        try:
            client = await connect_temporal(settings)
            state = AppState(
                settings=settings,
                pool=pool,
                temporal=client,
                refunds=RefundService(pool, client, settings),
                reviews=ReviewService(pool, client),
                tokens=ReviewTokens(settings.review_link_secret.get_secret_value()),
            )
            close_agent = await agent_builder(state)
            app.state.services = state
            reconciler = None
            if settings.reconcile_interval_seconds > 0:
                reconciler = asyncio.create_task(
                    reconcile_forever(pool, state.refunds, settings.reconcile_interval_seconds)
                )
            try:
                yield
            finally:
                if reconciler is not None:
                    reconciler.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await reconciler
                if close_agent is not None:
                    await close_agent()
        finally:
            await pool.close()

    app = FastAPI(title="Reliable Refunds", lifespan=lifespan, docs_url="/api/docs")
    app.add_middleware(
        SessionMiddleware,
        secret_key=settings.session_secret.get_secret_value(),
        session_cookie="rr_session",
        max_age=SESSION_MAX_AGE,
        same_site="lax",
        https_only=settings.is_production,
    )
    install_error_handlers(app)
    routers = (system.router, customers.router, refunds.router, chat.router, review.router)
    for router in (*routers, admin.router):
        app.include_router(router)
    if not settings.is_production:
        app.include_router(admin.dev_router)
        app.include_router(dev.router)
    if FRONTEND_DIR.is_dir():
        app.mount("/", StaticFiles(directory=FRONTEND_DIR, html=True), name="frontend")
    return app
