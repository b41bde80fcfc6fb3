"""Which chat model answers: any OpenAI-compatible endpoint, or the offline model."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from langchain_openai import ChatOpenAI

from services.chat_api.agent.offline import OfflineChatModel
from services.common.config import Settings

# One quick retry for a dropped connection or a 5xx; more would keep the customer waiting.
OPENAI_MAX_RETRIES = 1


def make_model(settings: Settings) -> BaseChatModel:
    """The configured model; `offline` when LLM_PROVIDER says so or no API key is set."""
    if settings.resolved_llm_provider == "offline":
        return OfflineChatModel()
    return ChatOpenAI(
        model=settings.llm_model,
        api_key=settings.openai_api_key,
        base_url=settings.openai_base_url or None,
        timeout=settings.llm_timeout_seconds,
        max_retries=OPENAI_MAX_RETRIES,
        # Plain chat completions: what every OpenAI-compatible endpoint speaks. Streamed when
        # the turn streams (LangGraph's "messages" mode asks for it), so tokens reach the page.
        use_responses_api=False,
    )


def model_name(settings: Settings) -> str:
    if settings.resolved_llm_provider == "offline":
        return "offline-intent-grammar"
    return settings.llm_model
