"""The model's window always starts at a customer message and keeps the current turn, however
many steps the turn took (it used to show the model only the system prompt past 40)."""

from __future__ import annotations

from typing import Any

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from services.chat_api.agent.graph import MODEL_WINDOW_MESSAGES, model_view


def _steps(n: int, prefix: str) -> list[Any]:
    """n tool round trips: an assistant call and its result each."""
    out: list[Any] = []
    for i in range(n):
        call = {"name": "look_up_order", "args": {"order_id": i}, "id": f"{prefix}{i}"}
        out.append(AIMessage(content="", tool_calls=[call]))
        out.append(ToolMessage(content="{}", tool_call_id=f"{prefix}{i}"))
    return out


def test_a_turn_longer_than_the_window_is_shown_from_its_customer_message():
    earlier = [HumanMessage("hello"), AIMessage("Hi!")]
    current = [HumanMessage("look up all my orders"), *_steps(30, "c")]
    assert len(current) > MODEL_WINDOW_MESSAGES
    view = model_view(earlier + current)
    assert view[0] == current[0]
    assert view == current


def test_a_long_thread_is_cut_at_a_customer_message_inside_the_window():
    thread: list[Any] = []
    for t in range(30):
        thread += [HumanMessage(f"question {t}"), *_steps(1, f"t{t}-"), AIMessage(f"answer {t}")]
    view = model_view(thread)
    assert isinstance(view[0], HumanMessage)
    assert len(view) <= MODEL_WINDOW_MESSAGES
    assert view[-1].content == "answer 29"
    assert view[-4].content == "question 29"


def test_no_tool_result_is_shown_without_its_call():
    current = [HumanMessage("status?"), *_steps(25, "x")]
    view = model_view([HumanMessage("before"), *current])
    calls = {c["id"] for m in view if isinstance(m, AIMessage) for c in m.tool_calls}
    results = {m.tool_call_id for m in view if isinstance(m, ToolMessage)}
    assert results == calls and len(calls) == 25
