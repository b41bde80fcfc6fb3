"""Liveness, readiness, product info and metrics."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.chat_api.deps import StateDep
from services.chat_api.errors import RETRY_AFTER_SECONDS
from services.chat_api.schemas import UNAVAILABLE, Healthy, Info, Readiness, errors
from services.common.db import ping
from services.common.money import CURRENCY, api_amount
from services.offline_model import OFFLINE_NOTE

router = APIRouter(tags=["system"])
# Included on the API's own port unless API_METRICS_ADDRESS moves /metrics elsewhere or off.
metrics_router = APIRouter(tags=["system"])

READY_CHECK_SECONDS = 2.0


@router.get("/healthz", response_model=Healthy)
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get(
    "/readyz",
    response_model=Readiness,
    responses={503: {"model": Readiness, "description": "Not ready: see `checks`."}},
)
async def readyz(state: StateDep) -> JSONResponse:
    """200 only when PostgreSQL and Temporal both answer and the model's key is accepted."""
    checks: dict[str, str] = {}
    try:
        async with asyncio.timeout(READY_CHECK_SECONDS):
            await ping(state.pool)
        checks["postgres"] = "ok"
    except Exception as exc:  # any failure means "not ready", with its reason
        checks["postgres"] = f"unavailable: {type(exc).__name__}"
    try:
        async with asyncio.timeout(READY_CHECK_SECONDS):
            await state.temporal.service_client.check_health()
        checks["temporal"] = "ok"
    except Exception as exc:
        checks["temporal"] = f"unavailable: {type(exc).__name__}"
    health = state.model_health
    if health is not None:
        checks["llm"] = health.readiness()
    # A model that is merely slow or down is not a reason to stop serving; a wrong key is.
    ready = all(v == "ok" for k, v in checks.items() if k != "llm") and not (
        health is not None and health.misconfigured
    )
    return JSONResponse(
        {"status": "ready" if ready else "not ready", "checks": checks},
        status_code=200 if ready else 503,
        headers=None if ready else {"Retry-After": str(RETRY_AFTER_SECONDS)},
    )


@router.get(
    "/api/info",
    response_model=Info,
    # llm_status and llm_last_error are present only with a model monitor, as before.
    response_model_exclude_unset=True,
    responses=errors(e503=UNAVAILABLE),
)
async def info(state: StateDep) -> dict[str, Any]:
    s = state.settings
    provider = s.resolved_llm_provider
    return {
        "product": "Reliable Refunds",
        "llm_provider": provider,
        "llm_model": s.llm_model if provider == "openai" else "offline-intent-grammar",
        # A sentence for the page: what the offline model understands, how to plug a real one.
        "llm_note": OFFLINE_NOTE if provider == "offline" else None,
        "email_backend": s.email_backend,
        "review_threshold": api_amount(s.refund_review_threshold),
        "currency": CURRENCY,
        "crash_button_enabled": s.crash_button_enabled,
        # The pick-a-demo-customer sign-in exists in dev only; production uses shop tokens.
        "demo_sign_in": not s.is_production,
        "temporal_ui_url": s.temporal_ui_url,
        **(state.model_health.as_json() if state.model_health is not None else {}),
    }


@metrics_router.get("/metrics")
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
