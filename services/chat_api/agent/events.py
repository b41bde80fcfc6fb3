"""What a running turn tells the page as it goes: LangGraph stream parts become chat events.

Events (name, data), as the SSE route sends them:
- `token` {"text"}: words of the assistant's answer as the model produces them;
- `tool` {"name", "text"}: progress, e.g. "Looking up order 2…";
- `proposal` {Proposal}: a refund proposal made, shown again or decided;
- `message` {"role", "content", "at"}: a complete assistant message;
- `error` {"detail"} and `done` {"messages", "proposals"} come from the service.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage

from services.chat_api.agent.proposal_record import ProposalRecord

Event = tuple[str, dict[str, Any]]
# Nodes whose assistant words are shown to the customer.
SPEAKING_NODES = frozenset({"model", "await_consent"})


def progress(name: str, args: dict[str, Any]) -> str:
    """A short sentence saying what a tool call is doing."""
    order = args.get("order_id")
    if name == "list_my_orders":
        return "Listing your orders…"
    if name == "look_up_order":
        return f"Looking up order {order}…" if order is not None else "Looking up your order…"
    if name == "request_refund":
        return f"Preparing a refund proposal for order {order}…"
    if name == "check_refund_status":
        return f"Checking the refund of order {order}…"
    return "Working on it…"


def _updates(value: Any) -> Iterable[dict[str, Any]]:
    """A node's update: a dict, a Command's update, or a list of them (tool nodes)."""
    if isinstance(value, dict):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _updates(item)
    else:
        update = getattr(value, "update", None)
        if isinstance(update, dict):
            yield update


def _messages(update: dict[str, Any]) -> list[BaseMessage]:
    value = update.get("messages")
    if isinstance(value, BaseMessage):
        return [value]
    return [m for m in value or [] if isinstance(m, BaseMessage)]


def from_updates(chunk: dict[str, Any], now: dt.datetime) -> list[Event]:
    events: list[Event] = []
    for node, value in chunk.items():
        if node.startswith("__"):
            continue  # the interrupt itself: the proposals were already announced
        for update in _updates(value):
            for m in _messages(update):
                if not isinstance(m, AIMessage):
                    continue
                for call in m.tool_calls:
                    text = progress(call["name"], call["args"])
                    events.append(("tool", {"name": call["name"], "text": text}))
                if node in SPEAKING_NODES and str(m.text).strip():
                    at = m.additional_kwargs.get("at") or now.isoformat()
                    line = {"role": "assistant", "content": str(m.text).strip(), "at": at}
                    events.append(("message", line))
            for record in (update.get("proposals") or {}).values():
                if record is not None:
                    view = ProposalRecord.load(record).view(now)
                    events.append(("proposal", view.model_dump(mode="json")))
    return events


def from_part(mode: str, chunk: Any, now: dt.datetime) -> list[Event]:
    """The events of one `astream(stream_mode=[...])` part."""
    if mode == "messages":
        message, meta = chunk
        node = meta.get("langgraph_node") if isinstance(meta, dict) else None
        if node in SPEAKING_NODES and isinstance(message, AIMessageChunk | AIMessage):
            text = message.text
            if text:
                return [("token", {"text": str(text)})]
        return []
    if mode == "updates" and isinstance(chunk, dict):
        return from_updates(chunk, now)
    if mode == "custom" and isinstance(chunk, dict) and "text" in chunk:
        return [("tool", {"name": str(chunk.get("tool", "")), "text": str(chunk["text"])})]
    return []
