"""The offline model: a deterministic tool-calling chat model, used when no LLM key is set.

The chat API uses two names: `OfflineChatModel` (the LangChain chat model the agent's graph
binds its tools to) and `OFFLINE_NOTE` (what GET /api/info says about it). `next_message` is
the same model as a pure function, for tests and for scripting a fake OpenAI server.

How it reads: the customer's message is read by services/orderwords (tokens, cue phrases,
clauses with their acts, stance and references, the customer's own item names), the same
reading the application's checks use; then interpret.py and plan.py make a plan against the
customer's orders (resolve.py) and planner.py turns it into tool calls, then the reply from
replies.py, with the memory of memory.py. Every step is linear in the message's length.
"""

from services.offline_model.model import OfflineChatModel, next_message
from services.offline_model.replies import OFFLINE_NOTE

__all__ = ["OFFLINE_NOTE", "OfflineChatModel", "next_message"]
