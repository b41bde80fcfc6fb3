"""The customer's chat with the agent: one turn per POST, the whole thread on GET."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, HTTPException, status
from pydantic import BaseModel

from services.chat_api.agent import ChatAgent
from services.chat_api.deps import CustomerDep, StateDep
from services.common.text import CleanText

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api", tags=["chat"])

# The longest message a customer may send, in characters (after trimming spaces).
MAX_MESSAGE_CHARS = 2000


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


@router.post("/chat")
async def chat(body: ChatRequest, customer_id: CustomerDep, state: StateDep) -> dict[str, Any]:
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
    agent = _agent(state)
    try:
        lines = await agent.turn(customer_id, text)
    except Exception:
        # The model's own failures are answered inside the turn; this is storage or a bug.
        log.exception("chat turn failed", extra={"customer_id": customer_id})
        raise HTTPException(
            status.HTTP_503_SERVICE_UNAVAILABLE,
            "The assistant could not answer just now; please send your message again.",
        ) from None
    return {"messages": [line.as_json() for line in lines]}


@router.get("/history")
async def history(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    lines = await _agent(state).history(customer_id)
    return [line.as_json() for line in lines]
