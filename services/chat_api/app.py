"""The chat API: HTTP routes, static pages, the agent, review pages."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, status
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from opentelemetry.trace import TracerProvider

from services.chat_api.admins import AdminCredentials
from services.chat_api.agent import build_agent as build_langgraph_agent
from services.chat_api.auth import ShopTokens
from services.chat_api.errors import install_error_handlers
from services.chat_api.gate import InFlightGate
from services.chat_api.limits import CustomerLimits
from services.chat_api.middleware import install_middleware
from services.chat_api.observe import instrument_app, metrics_server
from services.chat_api.query import single_valued_query
from services.chat_api.reconcile import reconcile_forever
from services.chat_api.refunds import RefundService
from services.chat_api.retention import sweep_forever
from services.chat_api.reviews import ReviewService
from services.chat_api.routes import admin, chat, customers, dev, refunds, review, system
from services.chat_api.sessions import SessionStore, purge_forever
from services.chat_api.state import AppState
from services.common.clock import Clock, utc_now
from services.common.config import Settings
from services.common.db import create_pool, pool_timeouts
from services.common.review_tokens import ReviewTokens
from services.common.temporal import connect_temporal

log = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).resolve().parents[2] / "frontend"

# Hook for the agent (built in lifespan, closed in reverse order): receives the state, puts
# the agent on it, returns an async closer.
AgentBuilder = Callable[[AppState], Awaitable[Callable[[], Awaitable[None]]]]


async def default_agent(state: AppState) -> Callable[[], Awaitable[None]]:
    """The default `build_agent` hook: the LangGraph agent (services/chat_api/agent/)."""
    built = await build_langgraph_agent(state.settings, state.pool, state.refunds, state.clock)
    state.agent, state.model_health = built.agent, built.health

    async def close() -> None:
        state.agent = None
        await built.close()

    return close


def create_app(
    settings: Settings,
    *,
    build_agent: AgentBuilder | None = None,
    tracer_provider: TracerProvider | None = None,
    clock: Clock = utc_now,
) -> FastAPI:
    """Build the app; pools and clients are opened by its lifespan, not here.

    `build_agent` defaults to the LangGraph agent (services.chat_api.agent). Requests are
    traced with `tracer_provider`, or with the process's provider when tracing is configured.
    Sessions, refund proposals and the agent's messages take the time from `clock` (tests
    inject one to expire them without waiting).
    """
    agent_builder = build_agent or default_agent

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        pool = await create_pool(
            settings.database_url,
            min_size=settings.db_pool_min_size,
            max_size=settings.db_pool_max_size,
            **pool_timeouts(settings),
            reset_sessions=False,  # statements and transactions only
        )
        try:
            client = await connect_temporal(settings)
            state = AppState(
                settings=settings,
                pool=pool,
                temporal=client,
                refunds=RefundService(pool, client, settings),
                reviews=ReviewService(pool, client),
                tokens=ReviewTokens(settings.review_link_secret.get_secret_value()),
                sessions=SessionStore(pool, settings, clock),
                clock=clock,
            )
            close_agent = await agent_builder(state)
            app.state.services = state
            background = []
            if settings.reconcile_interval_seconds > 0:
                background.append(
                    reconcile_forever(pool, state.refunds, settings.reconcile_interval_seconds)
                )
            if settings.session_purge_interval_seconds > 0:
                background.append(
                    purge_forever(state.sessions, settings.session_purge_interval_seconds)
                )
            if settings.retention_sweep_seconds > 0:
                background.append(sweep_forever(pool, settings))
            tasks = [asyncio.create_task(job) for job in background]
            # Everything built so far lives as long as the process: a full collection no
            # longer scans it (measured: full collections of 40-180 ms stalled every turn).
            gc.freeze()
            try:
                with metrics_server(settings):
                    yield
            finally:
                for task in tasks:
                    task.cancel()
                await asyncio.gather(*tasks, return_exceptions=True)
                if close_agent is not None:
                    await close_agent()
        finally:
            await pool.close()

    docs = settings.docs_enabled
    app = FastAPI(
        title="Reliable Refunds",
        lifespan=lifespan,
        docs_url="/api/docs" if docs else None,
        redoc_url=None,
        openapi_url="/api/openapi.json" if docs else None,
        dependencies=[Depends(single_valued_query)],
    )
    app.state.shop_tokens = ShopTokens(settings)
    app.state.admins = AdminCredentials(settings)
    app.state.customer_limits = CustomerLimits(settings)
    routers = (system.router, customers.router, refunds.router, chat.router, review.router)
    # Innermost, inside the other middleware.
    app.add_middleware(InFlightGate, owner=app, routers=(*routers, admin.router))
    install_middleware(app, settings)
    install_error_handlers(app)
    if settings.is_production:
        # First, so these 404s win over any route on the same path.
        _absent_in_production(app)
    for router in (*routers, admin.router):
        app.include_router(router)
    if not settings.api_metrics_address:
        app.include_router(system.metrics_router)
    if not settings.is_production:
        app.include_router(dev.router)
    instrument_app(app, settings, tracer_provider)
    if FRONTEND_DIR.is_dir():
        app.mount("/", StaticFiles(directory=FRONTEND_DIR, html=True), name="frontend")
    return app


def _absent_in_production(app: FastAPI) -> None:
    """In production the dev routes and pages (routes/dev.py) are not mounted; their addresses
    answer 404 like an unknown one (not 405, even where a sibling method exists on the same
    path, and before the static files are consulted), and the API docs list none of them."""

    async def absent() -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    for route in dev.router.routes:
        if isinstance(route, APIRoute) and route.methods:
            app.add_api_route(
                route.path, absent, methods=list(route.methods), include_in_schema=False
            )
    for page in dev.PAGES:
        for path in (page, page + "/{rest:path}"):
            app.add_api_route(path, absent, methods=["GET", "HEAD"], include_in_schema=False)
