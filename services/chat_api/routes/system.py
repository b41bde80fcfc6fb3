"""Liveness, readiness, product info and metrics.

Anyone may ask /readyz and /api/info, so their anonymous answers name no internals: no
exception class, no error text from the model endpoint. With an admin's credential they carry
the full detail an operator needs.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.chat_api.agent.llm import model_name, model_note
from services.chat_api.deps import MaybeAdminDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, RETRY_AFTER_SECONDS, responses
from services.chat_api.schemas import Healthy, Info, Readiness
from services.common.db import ping
from services.common.money import CURRENCY

router = APIRouter(tags=["system"])
# Included on the API's own port unless API_METRICS_ADDRESS moves /metrics elsewhere or off.
metrics_router = APIRouter(tags=["system"])

READY_CHECK_SECONDS = 2.0


@router.get("/healthz", response_model=Healthy)
async def healthz() -> Healthy:
    """The process is up."""
    return Healthy()


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "Not ready: see `checks`."}},
)
async def readyz(state: StateDep, admin: MaybeAdminDep, response: Response) -> Readiness:
    """200 only when PostgreSQL and Temporal both answer and the model's key is accepted.
    Each check says "ok" or "unavailable" (and, to an admin, why)."""

    def unavailable(exc: Exception) -> str:
        return "unavailable" if admin is None else f"unavailable: {type(exc).__name__}"

    checks: dict[str, str] = {}
    try:
        async with asyncio.timeout(READY_CHECK_SECONDS):
            await ping(state.pool)
        checks["postgres"] = "ok"
    except Exception as exc:  # any failure means "not ready", with its reason
        checks["postgres"] = unavailable(exc)
    try:
        async with asyncio.timeout(READY_CHECK_SECONDS):
            await state.temporal.service_client.check_health()
        checks["temporal"] = "ok"
    except Exception as exc:
        checks["temporal"] = unavailable(exc)
    health = state.model_health
    if health is not None:
        # Anonymous callers learn the model's state ("ok", "offline", "unchecked", "error").
        checks["llm"] = health.readiness() if admin is not None else health.status
    # A model that is merely slow or down is not a reason to stop serving; a wrong key is.
    ready = all(v == "ok" for k, v in checks.items() if k != "llm") and not (
        health is not None and health.misconfigured
    )
    if not ready:
        response.status_code = 503
        response.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return Readiness(status="ready" if ready else "not ready", checks=checks)


@router.get(
    "/api/info",
    response_model=Info,
    # llm_status and llm_last_error are present only with a model monitor.
    response_model_exclude_unset=True,
    responses=responses(*DATABASE_UNAVAILABLE),
)
async def info(state: StateDep, admin: MaybeAdminDep) -> Info:
    """What the page needs to know; the model's last error only for an admin."""
    s = state.settings
    monitored: dict[str, Any] = {}
    if state.model_health is not None:
        monitored["llm_status"] = state.model_health.status
        if admin is not None:  # the endpoint's own words are for operators only
            monitored["llm_last_error"] = state.model_health.last_failure()
    return Info(
        product="Reliable Refunds",
        llm_provider=s.resolved_llm_provider,
        llm_model=model_name(s),
        llm_note=model_note(s),
        email_backend=s.email_backend,
        review_threshold=s.refund_review_threshold,
        currency=CURRENCY,
        crash_button_enabled=s.crash_button_enabled,
        # The pick-a-demo-customer sign-in exists in dev only; production uses shop tokens.
        demo_sign_in=not s.is_production,
        temporal_ui_url=s.temporal_ui_url,
        **monitored,
    )


@metrics_router.get("/metrics")
async def metrics() -> Response:
    """Prometheus text: the chat API's metrics."""
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
