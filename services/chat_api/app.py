"""The chat API: HTTP routes, static pages, the agent, review pages."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI, HTTPException, status
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from opentelemetry.trace import TracerProvider

from services.chat_api.admins import AdminCredentials
from services.chat_api.agent import build_agent as build_default_agent
from services.chat_api.auth import ShopTokens
from services.chat_api.errors import install_error_handlers
from services.chat_api.limits import CustomerLimits
from services.chat_api.middleware import install_middleware
from services.chat_api.observe import instrument_app, metrics_server
from services.chat_api.query import single_valued_query
from services.chat_api.reconcile import reconcile_forever
from services.chat_api.refunds import RefundService
from services.chat_api.retention import sweep_forever
from services.chat_api.reviews import ReviewService
from services.chat_api.routes import admin, chat, customers, dev, refunds, review, system
from services.chat_api.sessions import Clock, SessionStore, purge_forever, utc_now
from services.chat_api.state import AppState
from services.common.config import Settings
from services.common.db import create_pool, pool_timeouts
from services.common.review_tokens import ReviewTokens
from services.common.temporal import connect_temporal

log = logging.getLogger(__name__)

FRONTEND_DIR = Path(__file__).resolve().parents[2] / "frontend"
# Static pages served only in dev (the outbox's mailbox).
DEV_PAGES = ("/mailbox",)
# Dev-only routes that live on a shared router (refused in production anyway): made absent.
DEV_ONLY_ROUTES = {"/api/admin/crash": ["POST"]}

# Hook for the agent (built in lifespan, closed in reverse order): receives the state,
# returns an async closer.
AgentBuilder = Callable[[AppState], Awaitable[Callable[[], Awaitable[None]]]]


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
    Sessions age by `clock` (tests inject one to expire them without waiting).
    """
    agent_builder = build_agent or build_default_agent

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
    install_middleware(app, settings)
    install_error_handlers(app)
    dev_routers = (customers.dev_router, admin.dev_router, dev.router)
    if settings.is_production:
        # First, so these 404s win over any route on the same path.
        _hide_dev_routes(app, dev_routers)
    routers = (system.router, customers.router, refunds.router, chat.router, review.router)
    for router in (*routers, admin.router):
        app.include_router(router)
    if not settings.api_metrics_address:
        app.include_router(system.metrics_router)
    if not settings.is_production:
        for router in dev_routers:
            app.include_router(router)
    instrument_app(app, settings, tracer_provider)
    if FRONTEND_DIR.is_dir():
        app.mount("/", StaticFiles(directory=FRONTEND_DIR, html=True), name="frontend")
    return app


def _hide_dev_routes(app: FastAPI, routers: tuple[APIRouter, ...]) -> None:
    """In production the dev routes and pages are absent: 404 (not 405, even where a sibling
    method exists on the same path), and before the static files are consulted."""

    async def absent() -> None:
        raise HTTPException(status.HTTP_404_NOT_FOUND)

    for router in routers:
        for route in router.routes:
            if isinstance(route, APIRoute) and route.methods:
                app.add_api_route(
                    route.path, absent, methods=list(route.methods), include_in_schema=False
                )
    for path, methods in DEV_ONLY_ROUTES.items():
        app.add_api_route(path, absent, methods=methods, include_in_schema=False)
    for page in DEV_PAGES:
        for path in (page, page + "/{rest:path}"):
            app.add_api_route(path, absent, methods=["GET", "HEAD"], include_in_schema=False)
