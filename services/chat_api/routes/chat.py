"""The customer's chat with the agent: one turn per POST (JSON or a stream of Server-Sent
Events), decisions on refund proposals, and the whole thread on GET."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from services.chat_api.agent import ChatAgent, transcript
from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from services.chat_api.agent.rate_limit import ChatRateLimit
from services.chat_api.agent.resume import Decision
from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.schemas import UNSIGNED, ChatLine, Proposal, Turn, errors
from services.common.text import CleanText
from workflows.vocabulary import ProposalAction, ProposalStatus

log = logging.getLogger(__name__)
router = APIRouter(
    prefix="/api",
    tags=["chat"],
    responses=errors(
        e401=UNSIGNED,
        e503="The assistant or its storage is briefly unavailable; send again.",
    ),
)
# The errors of a chat message (a busy thread answers 409; too many messages, 429).
MESSAGE_ERRORS = errors(
    e409="Another turn of this thread is still running.",
    e413="The message is longer than allowed.",
    e422="The message is empty, is not valid text or has control characters.",
    e429="Too many messages; wait as Retry-After says.",
)
# Confirm / Cancel of a proposal.
DECISION_ERRORS = errors(
    e404="There is no such refund proposal.",
    e409="The proposal was already answered or its order's refund already went ahead.",
    e410="The proposal has expired.",
    e422="The request is not valid.",
)

# The longest message a customer may send, in characters (after trimming spaces).
MAX_MESSAGE_CHARS = 2000
# Proposal ids are uuid4 hex strings; anything else cannot be one.
PROPOSAL_ID = re.compile(r"^[0-9a-f]{32}$")
STORAGE_FAILED = "The assistant could not answer just now; please send your message again."


class ChatRequest(BaseModel):
    # Control characters other than newline and tab are refused with a 422 (the one text rule).
    message: CleanText


def _agent(state: Any) -> ChatAgent:
    agent = state.agent
    if not isinstance(agent, ChatAgent):
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "The assistant is not available right now; please try again in a moment.",
        )
    return agent


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


@router.post("/chat", response_model=Turn, responses=MESSAGE_ERRORS)
async def chat(
    body: ChatRequest, customer_id: CustomerDep, state: StateDep, _: ChatRateLimit
) -> dict[str, Any]:
    text = _message_text(body)
    agent = _agent(state)
    try:
        result = await agent.turn(customer_id, text)
    except ThreadBusy as busy:
        raise busy.http() from None
    except Exception:
        # The model's own failures are answered inside the turn; this is storage or a bug.
        log.exception("chat turn failed", extra={"customer_id": customer_id})
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, STORAGE_FAILED) from None
    return result.as_json()


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
    body: ChatRequest, customer_id: CustomerDep, state: StateDep, _: ChatRateLimit
) -> StreamingResponse:
    """One turn as Server-Sent Events: token, tool, proposal, message, error, done."""
    text = _message_text(body)
    agent = _agent(state)

    async def events() -> AsyncIterator[str]:
        try:
            async for name, data in agent.stream(customer_id, text):
                yield _sse(name, data)
        except ThreadBusy as busy:
            yield _sse("error", {"detail": busy.http().detail})
            yield _sse("done", {"messages": [], "proposals": []})
        except Exception:
            log.exception("chat turn failed", extra={"customer_id": customer_id})
            yield _sse("error", {"detail": STORAGE_FAILED})
            yield _sse("done", {"messages": [], "proposals": []})

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


@router.get("/chat/proposals", response_model=list[Proposal])
async def pending_proposals(customer_id: CustomerDep, state: StateDep) -> list[Proposal]:
    """The signed-in customer's refund proposals still waiting for Confirm or Cancel."""
    return await _agent(state).pending(customer_id)


NO_PROPOSAL = "There is no such refund proposal."


@router.get(
    "/chat/proposals/{proposal_id}",
    response_model=Proposal,
    responses=errors(e404=NO_PROPOSAL, e422="The request is not valid."),
)
async def one_proposal(proposal_id: str, customer_id: CustomerDep, state: StateDep) -> Proposal:
    """One of the signed-in customer's proposals as it stands now: a card shown before a
    restart asks here what became of it (paid, waiting for review, cancelled...)."""
    found = None
    if PROPOSAL_ID.match(proposal_id):
        found = await _agent(state).proposal(customer_id, proposal_id)
    if found is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_PROPOSAL)
    return found


ANSWERED = {
    ProposalStatus.CLOSED: "This order's refund already went ahead, so this proposal is closed;"
    " nothing was paid twice.",
}


async def _decide(
    agent: ChatAgent, customer_id: int, proposal_id: str, action: ProposalAction
) -> dict[str, Any]:
    if not PROPOSAL_ID.match(proposal_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_PROPOSAL)
    try:
        result = await agent.turn(customer_id, Decision(proposal_id, action))
    except ProposalNotFound:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_PROPOSAL) from None
    except ProposalDecided as decided:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            ANSWERED.get(
                decided.status,
                "This refund proposal was already answered; each proposal can be used once.",
            ),
        ) from None
    except ProposalExpired:
        raise HTTPException(
            status.HTTP_410_GONE,
            "This refund proposal has expired; ask the assistant again for a new one.",
        ) from None
    except ThreadBusy as busy:
        raise busy.http() from None
    except Exception:
        log.exception("proposal decision failed", extra={"customer_id": customer_id})
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, STORAGE_FAILED) from None
    return result.as_json()


@router.post(
    "/chat/proposals/{proposal_id}/confirm", response_model=Turn, responses=DECISION_ERRORS
)
async def confirm_proposal(
    proposal_id: str, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    """The customer's Confirm button: the refund runs now (RefundService, as POST /api/refunds)."""
    return await _decide(_agent(state), customer_id, proposal_id, ProposalAction.CONFIRM)


@router.post("/chat/proposals/{proposal_id}/cancel", response_model=Turn, responses=DECISION_ERRORS)
async def cancel_proposal(
    proposal_id: str, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    """The customer's Cancel button: nothing is refunded."""
    return await _decide(_agent(state), customer_id, proposal_id, ProposalAction.CANCEL)


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
    responses=errors(e422="before or limit is not valid."),
)
async def history(
    customer_id: CustomerDep,
    state: StateDep,
    before: str | None = None,
    limit: str | None = Query(default=None),
) -> list[dict[str, Any]]:
    """A page of the thread, oldest first: the latest `limit` lines (notices merged by time)
    before `before`; page back with the `at` of the first line."""
    cursor = _before(before)
    size = transcript.DEFAULT_PAGE_LINES
    if limit is not None:
        if not limit.strip().isdigit() or not 1 <= int(limit) <= transcript.MAX_PAGE_LINES:
            raise HTTPException(
                status.HTTP_422_UNPROCESSABLE_CONTENT,
                f"limit must be a whole number from 1 to {transcript.MAX_PAGE_LINES}.",
            )
        size = int(limit)
    agent = _agent(state)
    # Lines of the agent's current window not recorded yet (idempotent by message id).
    await transcript.record(state.pool, customer_id, await agent.messages(customer_id))
    lines = await transcript.page(state.pool, customer_id, before=cursor, limit=size)
    return [line.as_json() for line in lines]
