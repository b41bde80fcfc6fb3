"""What the chat API builds at start-up and closes at shutdown; routes reach it through deps."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg
from temporalio.client import Client

from services.chat_api.refunds import RefundService
from services.chat_api.reviews import ReviewService
from services.chat_api.sessions import SessionStore
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
    # The compiled agent and its checkpointer; None until built.
    agent: Any = None
    # What is known of the model endpoint (agent/model_health.py); None until the agent is built.
    model_health: Any = None
