"""The offline model: a deterministic tool-calling chat model, used when no LLM key is set.

The chat API uses three names: `OfflineChatModel` (the LangChain chat model the agent's graph
binds its tools to), `OFFLINE_NOTE` (what GET /api/info says about it) and `orders_named`
(the item search of the look_up_order tool). `next_message` is the same model as a pure
function, for tests and for scripting a fake OpenAI server.

How it reads: tokens.py → pieces.py (cue phrases of lexicon.py, clauses) → reading.py (each
clause's acts, stance and references: refs.py, numbers.py) → interpret.py and plan.py (a plan
against the customer's orders: resolve.py, catalogue.py, words.py) → planner.py (tool calls,
then the reply from replies.py, with the memory of memory.py). Every step is linear in the
message's length.
"""

from services.offline_model.catalogue import orders_named
from services.offline_model.model import OfflineChatModel, next_message
from services.offline_model.replies import OFFLINE_NOTE

__all__ = ["OFFLINE_NOTE", "OfflineChatModel", "next_message", "orders_named"]
