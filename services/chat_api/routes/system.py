"""Liveness, readiness, product info and metrics.

Anyone may ask /readyz and /api/info, so their anonymous answers name no internals: no
exception class, no error text from the model endpoint. With an admin's credential they carry
the full detail an operator needs.
"""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from services.chat_api.deps import MaybeAdminDep, StateDep
from services.chat_api.errors import RETRY_AFTER_SECONDS
from services.chat_api.schemas import UNAVAILABLE, Healthy, Info, Readiness, errors
from services.chat_api.state import AppState
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
async def readyz(state: StateDep, admin: MaybeAdminDep) -> JSONResponse:
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
async def info(state: StateDep, admin: MaybeAdminDep) -> dict[str, Any]:
    """What the page needs to know; the model's last error only for an admin."""
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
        **_model_health(state, admin is not None),
    }


def _model_health(state: AppState, full: bool) -> dict[str, Any]:
    """`llm_status` for everyone; `llm_last_error` (the endpoint's own words) for admins."""
    if state.model_health is None:
        return {}
    health: dict[str, Any] = state.model_health.as_json()
    if not full:
        health.pop("llm_last_error", None)
    return health


@metrics_router.get("/metrics")
async def metrics() -> Response:
    return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)
