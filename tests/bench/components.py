"""Where a chat API process's CPU goes, from py-spy's collapsed stacks (`--format raw`).

Each sample is put in the first component of COMPONENTS that one of its frames belongs to, so
a sample of the offline model called by LangGraph's loop counts for the model, and the loop
keeps only what is its own. The order is the attribution's priority: specific callers first,
then libraries, then the HTTP server and the event loop that run everything.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

Frame = str
Rule = Callable[[Frame], bool]


def _in(*parts: str) -> Rule:
    """A frame whose text contains any of `parts` (file paths and function names)."""
    return lambda frame: any(p in frame for p in parts)


# (component, rule), highest priority first.
COMPONENTS: list[tuple[str, Rule]] = [
    ("session check", _in("chat_api/sessions.py", "chat_api/auth.py")),
    ("per-customer limits", _in("chat_api/limits.py")),
    ("thread lock", _in("agent/thread_lock.py")),
    ("transcript", _in("agent/transcript.py")),
    ("offline model", _in("services/offline_model/")),
    (
        "grounding, statement, consent (our decision code)",
        _in(
            "agent/grounding.py",
            "agent/statement.py",
            "agent/wording.py",
            "agent/order_words.py",
            "agent/consent.py",
        ),
    ),
    ("refund start (Temporal client)", _in("chat_api/refunds.py", "temporalio/")),
    ("state reads (aget_state)", _in("aget_state (", "_snapshot (")),
    ("state updates outside the run (aupdate_state)", _in("aupdate_state (")),
    ("checkpoint pruning", _in("prune_checkpoints (", "aprune (")),
    (
        "checkpoint serialisation and writes",
        _in("langgraph/checkpoint/", "ormsgpack", "serde/"),
    ),
    ("our tools and graph nodes", _in("chat_api/agent/", "chat_api/tool_results.py")),
    ("pydantic", _in("pydantic/", "pydantic_core")),
    ("DB drivers (asyncpg, psycopg)", _in("asyncpg/", "psycopg/", "psycopg_pool/")),
    ("LangGraph pregel loop", _in("langgraph/")),
    ("LangChain core (runnables, callbacks, messages)", _in("langchain_core/")),
    ("HTTP (uvicorn, starlette, fastapi, middleware)", _in("uvicorn/", "starlette/", "fastapi/")),
    ("our HTTP routes and middleware", _in("services/chat_api/")),
    ("asyncio event loop and threads", _in("asyncio/", "threading.py", "concurrent/")),
]
OTHER = "other"
# Leaf frames of a thread that waits (the event loop's epoll, an idle worker thread): py-spy's
# non-blocking mode cannot always tell them from running code, so they are left out.
IDLE_LEAVES = ("selectors.py:468)", "concurrent/futures/thread.py:81)", "threading.py:")


def parse(lines: Iterable[str]) -> Counter[tuple[Frame, ...]]:
    """Stacks and their sample counts from py-spy's raw output (`a;b;c 12` per line)."""
    stacks: Counter[tuple[Frame, ...]] = Counter()
    for line in lines:
        line = line.rstrip("\n")
        stack, _, count = line.rpartition(" ")
        if stack and count.isdigit() and not stack.endswith(IDLE_LEAVES):
            stacks[tuple(stack.split(";"))] += int(count)
    return stacks


def component(stack: tuple[Frame, ...]) -> str:
    """The component a sample counts for."""
    for name, rule in COMPONENTS:
        if any(rule(frame) for frame in stack):
            return name
    return OTHER


def breakdown(path: Path) -> dict[str, float]:
    """Percent of the samples by component, largest first."""
    stacks = parse(path.read_text(errors="replace").splitlines())
    total = sum(stacks.values()) or 1
    by: Counter[str] = Counter()
    for stack, n in stacks.items():
        by[component(stack)] += n
    return {name: round(100 * n / total, 1) for name, n in by.most_common()}


def samples(path: Path) -> int:
    """How many samples the file holds."""
    return sum(parse(path.read_text(errors="replace").splitlines()).values())
