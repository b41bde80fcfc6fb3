"""What the chat API builds at start-up and closes at shutdown; routes reach it through deps."""

from __future__ import annotations

from dataclasses import dataclass, field

import asyncpg
from temporalio.client import Client

from services.chat_api.agent.model_health import ModelHealth
from services.chat_api.agent.service import ChatAgent
from services.chat_api.refunds import RefundService
from services.chat_api.reviews import ReviewService
from services.chat_api.sessions import SessionStore
from services.common.clock import Clock, utc_now
from services.common.config import Settings
from services.common.review_tokens import ReviewTokens


@dataclass
class AppState:
    settings: Settings
    pool: asyncpg.Pool
    temporal: Client
    refunds: RefundService
    reviews: ReviewService
    tokens: ReviewTokens
    sessions: SessionStore
    # The app's clock (create_app(clock=...)): sessions, proposals and messages read it.
    clock: Clock = field(default=utc_now)
    # The chat agent; None until built (and when the app is built without one).
    agent: ChatAgent | None = None
    # What is known of the model endpoint (agent/model_health.py); None until the agent is built.
    model_health: ModelHealth | None = None
