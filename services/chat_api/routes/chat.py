"""The customer's chat with the agent: one turn per POST (JSON or a stream of Server-Sent
Events), decisions on refund proposals, and the whole thread on GET."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import AsyncIterator
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from services.chat_api.agent import transcript
from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from services.chat_api.agent.resume import ProposalButton
from services.chat_api.agent.service import TurnFailed
from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.deps import AgentDep, AgentUnavailable, CustomerDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, detail_of, responses
from services.chat_api.limits import (
    LIMITED_ERRORS,
    ChatLimit,
    ChatTurnLimit,
    DecideLimit,
    ReadLimit,
)
from services.chat_api.schemas import UNSIGNED, ChatLine, Proposal, TurnResult
from services.common.text import CleanText
from workflows.vocabulary import ProposalAction

router = APIRouter(
    prefix="/api",
    tags=["chat"],
    responses=responses(LIMITED_ERRORS, *DATABASE_UNAVAILABLE, e401=UNSIGNED),
)
# What may stop a turn before or while it runs.
TURN_ERRORS = (AgentUnavailable, ThreadBusy, TurnFailed, *LIMITED_ERRORS, *DATABASE_UNAVAILABLE)
# The errors of a chat message.
MESSAGE_ERRORS = responses(
    *TURN_ERRORS,
    e413="The message is longer than allowed.",
    e422="The message is empty, is not valid text or has control characters.",
)
# Confirm / Cancel of a proposal.
DECISION_ERRORS = responses(
    ProposalNotFound,
    ProposalDecided,
    ProposalExpired,
    *TURN_ERRORS,
    e422="The request is not valid.",
)

# The longest message a customer may send, in characters (after trimming spaces).
MAX_MESSAGE_CHARS = 2000
# Proposal ids are uuid4 hex strings; anything else cannot be one.
PROPOSAL_ID = re.compile(r"^[0-9a-f]{32}$")


class ChatRequest(BaseModel):
    # Control characters other than newline and tab are refused with a 422 (the one text rule).
    message: CleanText


def _message_text(body: ChatRequest) -> str:
    text = body.message.strip()
    if not text:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT, "Please type a message before sending."
        )
    if len(text) > MAX_MESSAGE_CHARS:
        raise HTTPException(
            status.HTTP_413_CONTENT_TOO_LARGE,
            f"Messages are limited to {MAX_MESSAGE_CHARS} characters; yours has {len(text)}."
            " Please shorten it.",
        )
    return text


@router.post("/chat", response_model=TurnResult, responses=MESSAGE_ERRORS)
async def chat(
    body: ChatRequest, customer_id: CustomerDep, agent: AgentDep, _: ChatTurnLimit
) -> TurnResult:
    """One turn: the customer's message, and what the assistant said and proposed."""
    return await agent.turn(customer_id, _message_text(body))


def _sse(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


@router.post(
    "/chat/stream",
    response_class=StreamingResponse,
    responses={
        200: {"content": {"text/event-stream": {}}, "description": "The turn's events."},
        **MESSAGE_ERRORS,
    },
)
async def chat_stream(
    body: ChatRequest, customer_id: CustomerDep, agent: AgentDep, _: ChatLimit
) -> StreamingResponse:
    """One turn as Server-Sent Events: token, tool, proposal, message, error, done."""
    text = _message_text(body)

    async def events() -> AsyncIterator[str]:
        try:
            async for name, data in agent.stream(customer_id, text):
                yield _sse(name, data)
        except (ThreadBusy, TurnFailed) as exc:  # the turn's own failures are logged by it
            yield _sse("error", {"detail": detail_of(exc, "")})
            yield _sse("done", TurnResult(messages=[], proposals=[]).model_dump(mode="json"))

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


@router.get("/chat/proposals", response_model=list[Proposal])
async def pending_proposals(
    customer_id: CustomerDep, agent: AgentDep, _: ReadLimit
) -> list[Proposal]:
    """The signed-in customer's refund proposals still waiting for Confirm or Cancel."""
    return await agent.pending(customer_id)


@router.get(
    "/chat/proposals/{proposal_id}",
    response_model=Proposal,
    responses=responses(ProposalNotFound, AgentUnavailable, e422="The request is not valid."),
)
async def one_proposal(
    proposal_id: str, customer_id: CustomerDep, agent: AgentDep, _: ReadLimit
) -> Proposal:
    """One of the signed-in customer's proposals as it stands now: a card shown before a
    restart asks here what became of it (paid, waiting for review, cancelled...)."""
    found = None
    if PROPOSAL_ID.match(proposal_id):
        found = await agent.proposal(customer_id, proposal_id)
    if found is None:
        raise ProposalNotFound(proposal_id)
    return found


async def _decide(
    agent: AgentDep, customer_id: int, proposal_id: str, action: ProposalAction
) -> TurnResult:
    """Confirm or Cancel one proposal: a turn of its own (refusals are the agent's errors)."""
    if not PROPOSAL_ID.match(proposal_id):
        raise ProposalNotFound(proposal_id)
    return await agent.turn(customer_id, ProposalButton(proposal_id, action))


@router.post(
    "/chat/proposals/{proposal_id}/confirm", response_model=TurnResult, responses=DECISION_ERRORS
)
async def confirm_proposal(
    proposal_id: str, customer_id: CustomerDep, agent: AgentDep, _: DecideLimit
) -> TurnResult:
    """The customer's Confirm button: the refund runs now (RefundService, as POST /api/refunds)."""
    return await _decide(agent, customer_id, proposal_id, ProposalAction.CONFIRM)


@router.post(
    "/chat/proposals/{proposal_id}/cancel", response_model=TurnResult, responses=DECISION_ERRORS
)
async def cancel_proposal(
    proposal_id: str, customer_id: CustomerDep, agent: AgentDep, _: DecideLimit
) -> TurnResult:
    """The customer's Cancel button: nothing is refunded."""
    return await _decide(agent, customer_id, proposal_id, ProposalAction.CANCEL)


# `before` is an ISO 8601 time in ASCII (its parse below says what is wrong with it).
Before = Annotated[
    str | None,
    Query(min_length=1, max_length=40, pattern=r"^[0-9A-Za-z:.+ -]+$", description="a time"),
]
PageLimit = Annotated[
    int, Query(ge=1, le=transcript.MAX_PAGE_LINES, description="lines in the page")
]


def _before(raw: str | None) -> dt.datetime | None:
    """The `before` cursor: an ISO 8601 time with a zone (a `+` sent unescaped is accepted)."""
    if raw is None:
        return None
    text = raw.strip()
    if re.fullmatch(r".*T[\d:.]+ \d\d:?\d\d", text):
        text = text[: text.rindex(" ")] + "+" + text[text.rindex(" ") + 1 :]
    try:
        when: dt.datetime | None = dt.datetime.fromisoformat(text)
        if when is not None and when.tzinfo is not None:
            when = when.astimezone(dt.UTC)  # years 1 and 9999 can overflow here
    except (ValueError, OverflowError):
        when = None
    if when is None or when.tzinfo is None:
        raise HTTPException(
            status.HTTP_422_UNPROCESSABLE_CONTENT,
            "before must be an ISO 8601 time with a time zone, such as"
            " 2026-01-31T12:00:00+00:00 (the `at` of the oldest line you have).",
        )
    return when


@router.get(
    "/history",
    response_model=list[ChatLine],
    responses=responses(
        AgentUnavailable, *DATABASE_UNAVAILABLE, e422="before or limit is not valid."
    ),
)
async def history(
    customer_id: CustomerDep,
    state: StateDep,
    agent: AgentDep,
    _: ReadLimit,
    before: Before = None,
    limit: PageLimit = transcript.DEFAULT_PAGE_LINES,
) -> list[ChatLine]:
    """A page of the thread, oldest first: the latest `limit` lines (notices merged by time)
    before `before`; page back with the `at` of the first line."""
    cursor = _before(before)
    # A demo reset waits for this read-and-record, or this one for the reset: lines read before
    # a reset are never written back after it.
    async with transcript.reset_held_off(state.pool) as conn:
        # Lines of the agent's current window not recorded yet (idempotent by message id).
        await transcript.record(conn, customer_id, await agent.messages(customer_id))
    return await transcript.page(state.pool, customer_id, before=cursor, limit=limit)
