"""Which chat model answers: any OpenAI-compatible endpoint, or the offline model."""

from __future__ import annotations

from langchain_core.language_models import BaseChatModel
from pydantic import SecretStr

from services.common.config import Settings
from services.offline_model import OFFLINE_NOTE, OfflineChatModel

# langchain-openai insists on some key; keyless local servers ignore whatever is sent.
KEYLESS_PLACEHOLDER = "no-key-needed"
# One quick retry for a dropped connection or a 5xx; more would keep the customer waiting.
OPENAI_MAX_RETRIES = 1
# The offline model's name where a real model's would be (GET /api/info).
OFFLINE_MODEL_NAME = "offline-intent-grammar"


def model_name(settings: Settings) -> str:
    """The name of the model that answers: the configured one, or the offline model's."""
    return settings.llm_model if settings.resolved_llm_provider == "openai" else OFFLINE_MODEL_NAME


def model_note(settings: Settings) -> str | None:
    """A sentence for the page about the model: what the offline model understands and how to
    plug in a real one; None for a real model."""
    return OFFLINE_NOTE if settings.resolved_llm_provider == "offline" else None


def make_model(settings: Settings) -> BaseChatModel:
    """The configured model; `offline` when LLM_PROVIDER says so or nothing points at a real one.

    `OPENAI_API_KEY` is optional when `OPENAI_BASE_URL` names a keyless local server.
    """
    if settings.resolved_llm_provider == "offline":
        return OfflineChatModel(policy_text=settings.return_policy_text)
    # Imported here: the offline model needs none of it, and it costs ~1 s of start-up.
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(
        model=settings.llm_model,
        api_key=SecretStr(settings.openai_api_key.get_secret_value() or KEYLESS_PLACEHOLDER),
        base_url=settings.openai_base_url or None,
        timeout=settings.llm_timeout_seconds,
        max_retries=OPENAI_MAX_RETRIES,
        # Plain chat completions: what every OpenAI-compatible endpoint speaks. Streamed when
        # the turn streams (LangGraph's "messages" mode asks for it), so tokens reach the page.
        use_responses_api=False,
    )
