"""The customer's chat with the agent: one turn per POST (JSON or a stream of Server-Sent
Events), decisions on refund proposals, and the whole thread on GET."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator
from typing import Any, Literal

from fastapi import APIRouter, HTTPException, status
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, StrictStr

from services.chat_api.agent import ChatAgent
from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from services.chat_api.agent.service import Decision
from services.chat_api.deps import CustomerDep, StateDep

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["chat"])

# The longest message a customer may send, in characters (after trimming spaces).
MAX_MESSAGE_CHARS = 2000
# Control characters other than tab and newline are dropped (PostgreSQL refuses NUL in text).
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Proposal ids are uuid4 hex strings; anything else cannot be one.
PROPOSAL_ID = re.compile(r"^[0-9a-f]{32}$")
STORAGE_FAILED = "The assistant could not answer just now; please send your message again."


class ChatRequest(BaseModel):
    message: StrictStr


def _agent(state: Any) -> ChatAgent:
    agent = state.agent
    if not isinstance(agent, ChatAgent):
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "The assistant is not available right now; please try again in a moment.",
        )
    return agent


def _message_text(body: ChatRequest) -> str:
    text = CONTROL_CHARS.sub("", body.message).strip()
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


@router.post("/chat")
async def chat(body: ChatRequest, customer_id: CustomerDep, state: StateDep) -> dict[str, Any]:
    text = _message_text(body)
    agent = _agent(state)
    try:
        result = await agent.turn(customer_id, text)
    except Exception:
        # The model's own failures are answered inside the turn; this is storage or a bug.
        log.exception("chat turn failed", extra={"customer_id": customer_id})
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, STORAGE_FAILED) from None
    return result.as_json()


def _sse(name: str, data: dict[str, Any]) -> str:
    return f"event: {name}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n"


@router.post("/chat/stream")
async def chat_stream(
    body: ChatRequest, customer_id: CustomerDep, state: StateDep
) -> StreamingResponse:
    """One turn as Server-Sent Events: token, tool, proposal, message, error, done."""
    text = _message_text(body)
    agent = _agent(state)

    async def events() -> AsyncIterator[str]:
        try:
            async for name, data in agent.stream(customer_id, text):
                yield _sse(name, data)
        except Exception:
            log.exception("chat turn failed", extra={"customer_id": customer_id})
            yield _sse("error", {"detail": STORAGE_FAILED})
            yield _sse("done", {"messages": [], "proposals": []})

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


@router.get("/chat/proposals")
async def pending_proposals(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    """The signed-in customer's refund proposals still waiting for Confirm or Cancel."""
    return await _agent(state).pending(customer_id)


async def _decide(
    agent: ChatAgent, customer_id: int, proposal_id: str, action: Literal["confirm", "decline"]
) -> dict[str, Any]:
    if not PROPOSAL_ID.match(proposal_id):
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no such refund proposal.")
    try:
        result = await agent.turn(customer_id, Decision(proposal_id, action))
    except ProposalNotFound:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "There is no such refund proposal."
        ) from None
    except ProposalDecided:
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            "This refund proposal was already answered; each proposal can be used once.",
        ) from None
    except ProposalExpired:
        raise HTTPException(
            status.HTTP_410_GONE,
            "This refund proposal has expired; ask the assistant again for a new one.",
        ) from None
    except Exception:
        log.exception("proposal decision failed", extra={"customer_id": customer_id})
        raise HTTPException(status.HTTP_503_SERVICE_UNAVAILABLE, STORAGE_FAILED) from None
    return result.as_json()


@router.post("/chat/proposals/{proposal_id}/confirm")
async def confirm_proposal(
    proposal_id: str, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    """The customer's Confirm button: the refund runs now (RefundService, as POST /api/refunds)."""
    return await _decide(_agent(state), customer_id, proposal_id, "confirm")


@router.post("/chat/proposals/{proposal_id}/cancel")
async def cancel_proposal(
    proposal_id: str, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    """The customer's Cancel button: nothing is refunded."""
    return await _decide(_agent(state), customer_id, proposal_id, "decline")


@router.get("/history")
async def history(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    lines = await _agent(state).history(customer_id)
    return [line.as_json() for line in lines]
