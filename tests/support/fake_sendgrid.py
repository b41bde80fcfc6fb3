"""A fake SendGrid: a real HTTP server on loopback speaking its v3 mail/send protocol, so the
real SendGrid client runs against it.

It checks `Authorization: Bearer <key>`, records accepted JSON bodies and answers 202 with an
`X-Message-Id` header. `script` lists statuses to answer first (errors in SendGrid's JSON
shape). `hold()` keeps requests waiting until `release()`, so a test can look at the world
while a send is in flight without guessing durations.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

# The longest a held request waits for release(), in seconds: a test that forgets to release
# (or a client that blocks the loop that would release it) fails instead of hanging. Long
# enough that a test's event loop, slowed by a busy machine, sees the request while it is held.
HOLD_LIMIT_SECONDS = 60.0


@dataclass
class FakeSendGrid:
    api_key: str
    url: str = ""
    # Statuses to answer, in order; 202 once they run out.
    script: list[int] = field(default_factory=list)
    delivered: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0
    # Requests held by `hold()` and not answered yet.
    in_flight: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _released: threading.Event = field(default_factory=threading.Event)

    def __post_init__(self) -> None:
        self._released.set()

    def hold(self) -> None:
        """Keep every request waiting (after it is counted) until `release()`."""
        self._released.clear()

    def release(self) -> None:
        self._released.set()


def _handler(fake: FakeSendGrid) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _answer(self, status: int, body: dict[str, Any] | None, **headers: str) -> None:
            data = json.dumps(body).encode() if body is not None else b""
            self.send_response(status)
            if body is not None:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)

        def _error(self, status: int, message: str) -> None:
            self._answer(status, {"errors": [{"message": message, "field": None, "help": None}]})

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            raw = self.rfile.read(length)
            with fake._lock:
                fake.attempts += 1
            if self.path != "/v3/mail/send":
                return self._error(404, "not found")
            if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                return self._error(401, "The provided authorization grant is invalid")
            with fake._lock:
                fake.in_flight += 1
            fake._released.wait(HOLD_LIMIT_SECONDS)
            with fake._lock:
                fake.in_flight -= 1  # before answering: in flight means "held, unanswered"
                status = fake.script.pop(0) if fake.script else 202
            if status != 202:
                return self._error(status, f"scripted {status}")
            with fake._lock:
                fake.delivered.append(json.loads(raw))
                message_id = f"msg-{len(fake.delivered)}"
            self._answer(202, None, **{"X-Message-Id": message_id})

    return Handler


@contextmanager
def fake_sendgrid(api_key: str = "SG.test-key") -> Iterator[FakeSendGrid]:
    fake = FakeSendGrid(api_key=api_key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(
        target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    thread.start()
    try:
        yield fake
    finally:
        fake.release()
        server.shutdown()
        server.server_close()
        thread.join()
