"""The customer-service agent: a LangGraph graph (model ⇄ tools) with chat memory in
PostgreSQL, one thread per customer; an OpenAI-compatible model or the offline one."""

from services.chat_api.agent.builder import BuiltAgent, build_agent
from services.chat_api.agent.lines import ChatLine
from services.chat_api.agent.service import ChatAgent

__all__ = ["BuiltAgent", "ChatAgent", "ChatLine", "build_agent"]
