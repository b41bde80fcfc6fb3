"""A fake OpenAI-compatible server: real HTTP on loopback, scripted answers per test.

It speaks `POST /v1/chat/completions`, as JSON or, when the request says `"stream": true`, as
Server-Sent Events of `chat.completion.chunk`s (text word by word, tool calls in two deltas
each), and `GET /v1/models`; like the real API, it answers 400 when an assistant message with
`tool_calls` is not followed by a tool message for each call id, or when a tool message answers
no preceding call. With `api_key` set it answers 401 to any other key (keyless, like a local
server, when it is None); with `models` set it answers 404 for another model. Every request
and its key are recorded.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Text:
    content: str


@dataclass
class ToolCalls:
    """One model turn asking for several tools: [(name, args), ...]."""

    calls: list[tuple[str, dict[str, Any]]]
    content: str | None = None
    ids: list[str] = field(default_factory=list)  # filled when served


@dataclass
class Fail:
    status: int = 500
    message: str = "The server had an error while processing your request."


@dataclass
class Hang:
    """Hold the request (the client times out) until released or `seconds` pass."""

    seconds: float = 30.0


Step = Text | ToolCalls | Fail | Hang
Responder = Callable[[list[dict[str, Any]]], Step]


def conversation_problem(messages: list[dict[str, Any]]) -> str | None:
    """The real API's check: every tool call answered right after it, no stray tool message."""
    pending: set[str] = set()
    known: set[str] = set()
    for i, m in enumerate(messages):
        role = m.get("role")
        if pending and role != "tool":
            return (
                "An assistant message with 'tool_calls' must be followed by tool messages"
                " responding to each 'tool_call_id'. The following tool_call_ids did not have"
                f" response messages: {', '.join(sorted(pending))}"
            )
        if role == "assistant" and m.get("tool_calls"):
            pending = {c["id"] for c in m["tool_calls"]}
            known |= pending
        elif role == "tool":
            if m.get("tool_call_id") not in known:
                return (
                    f"Invalid parameter: messages with role 'tool' must be a response to a"
                    f" preceeding message with 'tool_calls' (messages.[{i}])."
                )
            pending.discard(m["tool_call_id"])
    if pending:
        return (
            "An assistant message with 'tool_calls' must be followed by tool messages"
            f" responding to each 'tool_call_id'. Missing: {', '.join(sorted(pending))}"
        )
    return None


class FakeOpenAI:
    def __init__(self) -> None:
        self.script: deque[Step] = deque()
        self.responder: Responder | None = None  # used when the script is empty
        self.requests: list[dict[str, Any]] = []  # every request body, in order
        self.rejected: list[str] = []  # 400s for invalid conversations
        self.unexpected: list[dict[str, Any]] = []  # requests with nothing scripted
        self.hanging = threading.Event()  # set while a Hang step holds a request
        self.api_key: str | None = None  # the one key accepted; None accepts any (or none)
        self.models: list[str] | None = None  # the models offered; None serves any name
        self.keys_seen: list[str | None] = []  # the bearer key of every request, in order
        self._release = threading.Event()
        self._lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _key(self) -> str | None:
                scheme, _, value = self.headers.get("Authorization", "").partition(" ")
                return value if scheme == "Bearer" else None

            def do_GET(self) -> None:
                self._send(*fake._get(self.path, self._key()))

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                status, payload = fake._answer(self.path, body, self._key())
                if status == 0:
                    return  # hung up on
                if status == 200 and body.get("stream"):
                    self._stream(payload, include_usage=_wants_usage(body))
                    return
                self._send(status, payload)

            def _send(self, status: int, payload: dict[str, Any]) -> None:
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def _stream(self, payload: dict[str, Any], *, include_usage: bool) -> None:
                try:
                    self.send_response(200)
                    self.send_header("Content-Type", "text/event-stream")
                    self.end_headers()
                    for chunk in stream_chunks(payload, include_usage=include_usage):
                        self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                        self.wfile.flush()
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    def add(self, *steps: Step) -> None:
        self.script.extend(steps)

    def release(self) -> None:
        self._release.set()

    def _refusal(self, key: str | None, model: str | None) -> tuple[int, dict[str, Any]] | None:
        """The real API's 401 for a wrong key and 404 for an unknown model, else None."""
        if self.api_key is not None and key != self.api_key:
            return 401, {
                "error": {
                    "message": "Incorrect API key provided.",
                    "type": "invalid_request_error",
                    "code": "invalid_api_key",
                }
            }
        if model is not None and self.models is not None and model not in self.models:
            return 404, {
                "error": {
                    "message": f"The model `{model}` does not exist or you do not have access.",
                    "type": "invalid_request_error",
                    "code": "model_not_found",
                }
            }
        return None

    def _get(self, path: str, key: str | None) -> tuple[int, dict[str, Any]]:
        self.keys_seen.append(key)
        if path != "/v1/models":
            return 404, {"error": {"message": f"Unknown path {path}", "type": "invalid_request"}}
        refused = self._refusal(key, None)
        if refused:
            return refused
        names = self.models if self.models is not None else ["gpt-test"]
        return 200, {"object": "list", "data": [{"id": n, "object": "model"} for n in names]}

    def _answer(
        self, path: str, body: dict[str, Any], key: str | None = None
    ) -> tuple[int, dict[str, Any]]:
        if path != "/v1/chat/completions":
            return 404, {"error": {"message": f"Unknown path {path}", "type": "invalid_request"}}
        self.keys_seen.append(key)
        refused = self._refusal(key, body.get("model"))
        if refused:
            return refused
        with self._lock:
            self.requests.append(body)
            problem = conversation_problem(body.get("messages", []))
            if problem:
                self.rejected.append(problem)
                return 400, {
                    "error": {
                        "message": problem,
                        "type": "invalid_request_error",
                        "param": "messages",
                        "code": None,
                    }
                }
            if self.script:
                step = self.script.popleft()
            elif self.responder is not None:
                step = self.responder(body["messages"])
            else:
                self.unexpected.append(body)
                step = Fail(500, "nothing scripted")
        if isinstance(step, Hang):
            self.hanging.set()
            self._release.wait(step.seconds)
            return 0, {}
        if isinstance(step, Fail):
            return step.status, {"error": {"message": step.message, "type": "server_error"}}
        message: dict[str, Any] = {"role": "assistant", "content": None, "refusal": None}
        if isinstance(step, Text):
            message["content"] = step.content
            finish = "stop"
        else:
            message["content"] = step.content
            step.ids = [f"call_{uuid.uuid4().hex[:16]}" for _ in step.calls]
            message["tool_calls"] = [
                {
                    "id": call_id,
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(args)},
                }
                for call_id, (name, args) in zip(step.ids, step.calls, strict=True)
            ]
            finish = "tool_calls"
        return 200, {
            "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model", "fake"),
            "choices": [
                {"index": 0, "message": message, "finish_reason": finish, "logprobs": None}
            ],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
        }

    @contextmanager
    def running(self) -> Iterator[FakeOpenAI]:
        thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._release.set()
            self._server.shutdown()
            self._server.server_close()
            thread.join(timeout=5)


def _wants_usage(body: dict[str, Any]) -> bool:
    options = body.get("stream_options")
    return isinstance(options, dict) and bool(options.get("include_usage"))


def stream_chunks(payload: dict[str, Any], *, include_usage: bool) -> list[dict[str, Any]]:
    """A whole completion as the chunks the streaming API would send."""
    message = payload["choices"][0]["message"]
    base = {k: payload[k] for k in ("id", "created", "model")} | {"object": "chat.completion.chunk"}

    def chunk(delta: dict[str, Any], finish: str | None = None) -> dict[str, Any]:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        return base | {"choices": [choice]}

    chunks = [chunk({"role": "assistant", "content": ""})]
    words = (message.get("content") or "").split(" ")
    pieces = [w + " " for w in words[:-1]] + words[-1:]
    chunks += [chunk({"content": p}) for p in pieces if p]
    for i, call in enumerate(message.get("tool_calls") or []):
        head = {"index": i, "id": call["id"], "type": "function"}
        head["function"] = {"name": call["function"]["name"], "arguments": ""}
        chunks.append(chunk({"tool_calls": [head]}))
        rest = {"index": i, "function": {"arguments": call["function"]["arguments"]}}
        chunks.append(chunk({"tool_calls": [rest]}))
    chunks.append(chunk({}, payload["choices"][0]["finish_reason"]))
    if include_usage:
        chunks.append(base | {"choices": [], "usage": payload["usage"]})
    return chunks


def messages_of(request: dict[str, Any], role: str) -> list[dict[str, Any]]:
    return [m for m in request["messages"] if m.get("role") == role]
