"""Every error is `{"detail": "<a sentence>"}`: a 4xx for the caller's mistakes, a 503 with
`Retry-After` while PostgreSQL or Temporal is unreachable; never a stack trace or a 500."""

from __future__ import annotations

import logging

import asyncpg
import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from temporalio.service import RPCError

from services.chat_api.refunds import NoWorker, OrderNotFound
from services.common.text import UNENCODABLE, UNENCODABLE_ERRORS

log = logging.getLogger(__name__)

# Seconds a client is asked to wait before retrying while a dependency is down.
RETRY_AFTER_SECONDS = 5
DATABASE_DOWN = (
    "Our records are briefly unavailable; nothing was changed. Please try again in a moment."
)
# What a lost, refused or timed-out database connection raises. OSError covers refused and
# unreachable hosts and (as TimeoutError) the pool's connect, command and acquire timeouts.
DATABASE_UNAVAILABLE: tuple[type[Exception], ...] = (
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.InterfaceError,
    asyncpg.exceptions.OperatorInterventionError,
    asyncpg.exceptions.InsufficientResourcesError,
    psycopg.OperationalError,
)

STATUS_SENTENCES = {
    404: "There is nothing at this address.",
    405: "This address does not accept that method.",
}


def _field(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "request body"


def validation_sentence(exc: RequestValidationError) -> tuple[int, str]:
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "The request body is not valid JSON."
    problems = []
    for e in errors[:3]:
        msg = str(e.get("msg", "is invalid"))
        if e.get("type") in UNENCODABLE_ERRORS:
            msg = UNENCODABLE
        elif msg.startswith("Input should"):
            msg = "should" + msg[len("Input should") :]
        elif msg == "Field required":
            msg = "is required"
        problems.append(f"{_field(tuple(e.get('loc', ())))} {msg}")
    return 422, "Invalid request: " + "; ".join(problems) + "."


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, sentence = validation_sentence(exc)
        return JSONResponse({"detail": sentence}, status_code=code)

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail
        if not isinstance(detail, str) or detail in ("Not Found", "Method Not Allowed"):
            detail = STATUS_SENTENCES.get(exc.status_code, "The request could not be served.")
        headers = dict(exc.headers or {})
        if exc.status_code == 503:
            # Every "try again shortly" says when; pages and clients pace their retries by it.
            headers.setdefault("Retry-After", str(RETRY_AFTER_SECONDS))
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=headers)

    @app.exception_handler(OrderNotFound)
    async def on_not_found(request: Request, exc: OrderNotFound) -> JSONResponse:
        return JSONResponse(
            {"detail": "We could not find that order among your orders."}, status_code=404
        )

    @app.exception_handler(RPCError)
    async def on_temporal_unavailable(request: Request, exc: RPCError) -> JSONResponse:
        log.warning("temporal call failed: %s", exc.message)
        return JSONResponse(
            {"detail": "The refund service is briefly unavailable. Please try again shortly."},
            status_code=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )

    async def on_database_unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning(
            "database unavailable: %s", type(exc).__name__, extra={"path": request.url.path}
        )
        return JSONResponse(
            {"detail": DATABASE_DOWN},
            status_code=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )

    for kind in DATABASE_UNAVAILABLE:
        app.add_exception_handler(kind, on_database_unavailable)

    @app.exception_handler(NoWorker)
    async def on_no_worker(request: Request, exc: NoWorker) -> JSONResponse:
        return JSONResponse(
            {
                "detail": "Refunds are not being processed right now; your request is saved."
                " Please try again in a moment; it is safe to retry."
            },
            status_code=503,
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )
