"""Every error is `{"detail": "<a sentence>"}`: a 4xx for the caller's mistakes, a 503 with
`Retry-After` while PostgreSQL, Temporal or the worker is unreachable; never a stack trace or a
500.

The services and the agent raise their own errors and know nothing of HTTP; `ANSWERS` is the one
table that says what each one answers (status, sentence, `Retry-After`). The handlers answer from
it, and each route's documented error answers are generated from it (`responses(...)`), so the
API docs say what the code does.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import asyncpg
import psycopg
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from temporalio.service import RPCError

from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from services.chat_api.agent.service import TurnFailed
from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.deps import AgentUnavailable
from services.chat_api.limits import RateLimited, TooManyInFlight, sentence
from services.chat_api.middleware import route_template
from services.chat_api.refunds import NoWorker, OrderNotFound
from services.chat_api.reviews import DecisionNotApplied, ReviewNotFound
from services.chat_api.schemas import ErrorDetail
from services.common.text import UNENCODABLE, UNENCODABLE_ERRORS
from workflows.vocabulary import ProposalStatus

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

# A turn refused because the customer's previous one still runs (in any process).
THREAD_BUSY = (
    "Your previous message is still being answered; please wait a moment and send this one again."
)
NO_PROPOSAL = "There is no such refund proposal."
# A proposal that cannot be answered again, by why (any other status: already answered).
PROPOSAL_ANSWERED = {
    ProposalStatus.CLOSED: "This order's refund already went ahead, so this proposal is closed;"
    " nothing was paid twice.",
}
ALREADY_ANSWERED = "This refund proposal was already answered; each proposal can be used once."

STATUS_SENTENCES = {
    404: "There is nothing at this address.",
    405: "This address does not accept that method.",
}


@dataclass(frozen=True)
class ErrorAnswer:
    """What one kind of error answers: its status, what the API docs say it means, the
    sentence the caller reads, and how long to wait before retrying (None: no Retry-After)."""

    status: int
    doc: str
    detail: Callable[[Any], str]
    retry_after: Callable[[Any], int] | None = None


def _said(text: str) -> Callable[[Any], str]:
    return lambda _: text


def _later(_: Any) -> int:
    return RETRY_AFTER_SECONDS


_DATABASE_ANSWER = ErrorAnswer(
    503, "PostgreSQL is briefly unavailable; nothing was changed. Retry later.",
    _said(DATABASE_DOWN), _later,
)  # fmt: skip

# The one table: every error a service or the agent raises, and what it answers.
ANSWERS: dict[type[Exception], ErrorAnswer] = {
    OrderNotFound: ErrorAnswer(
        404, "The order is not among the customer's orders.",
        _said("We could not find that order among your orders."),
    ),
    NoWorker: ErrorAnswer(
        503, "No worker committed the refund in time; the request is saved and safe to retry.",
        _said(
            "Refunds are not being processed right now; your request is saved. Please try"
            " again in a moment; it is safe to retry."
        ),
        _later,
    ),
    RPCError: ErrorAnswer(
        503, "Temporal is briefly unavailable; retry later.",
        _said("The refund service is briefly unavailable. Please try again shortly."), _later,
    ),
    **dict.fromkeys(DATABASE_UNAVAILABLE, _DATABASE_ANSWER),
    ReviewNotFound: ErrorAnswer(
        404, "No refund review exists for that order.",
        _said("No refund review exists for that order."),
    ),
    DecisionNotApplied: ErrorAnswer(
        409, "Another decision counted first, or the review window had closed; the sentence"
        " says which.",
        lambda exc: str(exc.message),
    ),
    AgentUnavailable: ErrorAnswer(
        503, "The assistant is not running in this process; retry later.",
        _said("The assistant is not available right now; please try again in a moment."), _later,
    ),
    ThreadBusy: ErrorAnswer(
        503, "The customer's previous message is still being answered (by any process); send"
        " this one again as Retry-After says.",
        _said(THREAD_BUSY), _later,
    ),
    TurnFailed: ErrorAnswer(
        503, "The turn could not be run or recorded (its storage is briefly unavailable); send"
        " it again.",
        _said("The assistant could not answer just now; please send your message again."), _later,
    ),
    ProposalNotFound: ErrorAnswer(404, "There is no such refund proposal.", _said(NO_PROPOSAL)),
    ProposalDecided: ErrorAnswer(
        409, "The proposal was already answered, or its order's refund already went ahead.",
        lambda exc: PROPOSAL_ANSWERED.get(exc.status, ALREADY_ANSWERED),
    ),
    ProposalExpired: ErrorAnswer(
        410, "The proposal has expired.",
        _said("This refund proposal has expired; ask the assistant again for a new one."),
    ),
    RateLimited: ErrorAnswer(
        429, "Too many requests from this customer; wait as Retry-After says.",
        sentence, lambda exc: int(exc.retry_after),
    ),
    TooManyInFlight: ErrorAnswer(
        429, "Too many requests of this customer in progress at once; wait as Retry-After says.",
        sentence, lambda _: 1,
    ),
}  # fmt: skip


def answer_for(exc: Exception) -> ErrorAnswer | None:
    """The table's answer for an error (the nearest class in its ancestry), or None."""
    return next((ANSWERS[kind] for kind in type(exc).__mro__ if kind in ANSWERS), None)


def answer_response(exc: Exception) -> JSONResponse:
    """The response the table gives an error of ANSWERS: its status, sentence, Retry-After."""
    answer = answer_for(exc)
    assert answer is not None, f"{type(exc).__name__} is not in ANSWERS"
    headers = {}
    if answer.retry_after is not None:
        headers["Retry-After"] = str(answer.retry_after(exc))
    return JSONResponse({"detail": answer.detail(exc)}, status_code=answer.status, headers=headers)


def detail_of(exc: Exception, fallback: str) -> str:
    """The sentence an error answers with, or `fallback` for an error the table lacks."""
    known = answer_for(exc)
    return known.detail(exc) if known is not None else fallback


def responses(
    *kinds: type[Exception] | Iterable[type[Exception]], **described: str
) -> dict[int | str, dict[str, Any]]:
    """`responses=` for FastAPI: the answers of the errors `kinds` (from ANSWERS), and answers
    a route gives itself (`e422="why"`); causes of the same status are documented together."""
    docs: dict[int, list[str]] = {}
    for kind in kinds:
        for one in [kind] if isinstance(kind, type) else kind:
            answer = ANSWERS[one]
            docs.setdefault(answer.status, []).append(answer.doc)
    for code, why in described.items():
        docs.setdefault(int(code.removeprefix("e")), []).append(why)
    return {
        code: {"model": ErrorDetail, "description": " Or: ".join(dict.fromkeys(said))}
        for code, said in sorted(docs.items())
    }


def _field(loc: tuple[object, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path")]
    return ".".join(parts) or "request body"


# Validation errors said in words a person reads (pydantic's own text names regexes, or
# says "unable to parse string as an integer").
PLAIN_MESSAGES = {
    "int_parsing": "should be a whole number",
    "string_pattern_mismatch": "has characters that are not allowed there",
}


def validation_sentence(exc: RequestValidationError) -> tuple[int, str]:
    """The status and the sentence of a request that fails validation."""
    errors = exc.errors()
    if any(e.get("type") == "json_invalid" for e in errors):
        return 400, "The request body is not valid JSON."
    problems = []
    for e in errors[:3]:
        msg = PLAIN_MESSAGES.get(str(e.get("type")), str(e.get("msg", "is invalid")))
        if e.get("type") in UNENCODABLE_ERRORS:
            msg = UNENCODABLE
        for start in ("Input should", "String should", "Value should"):
            if msg.startswith(start):
                msg = "should" + msg[len(start) :]
        if msg == "Field required":
            msg = "is required"
        problems.append(f"{_field(tuple(e.get('loc', ())))} {msg}")
    return 422, "Invalid request: " + "; ".join(problems) + "."


def install_error_handlers(app: FastAPI) -> None:
    """Answer validation errors, HTTP errors and every error of ANSWERS with a sentence."""

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, said = validation_sentence(exc)
        return JSONResponse({"detail": said}, status_code=code)

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

    async def on_known(request: Request, exc: Exception) -> JSONResponse:
        answer = answer_for(exc)
        assert answer is not None
        if isinstance(exc, RPCError):
            log.warning("temporal call failed: %s", exc.message)
        elif answer is _DATABASE_ANSWER:
            # The route's template, never the path: a review page's path carries its token.
            log.warning(
                "database unavailable: %s",
                type(exc).__name__,
                extra={"route": route_template(request.scope)},
            )
        return answer_response(exc)

    for kind in ANSWERS:
        app.add_exception_handler(kind, on_known)
