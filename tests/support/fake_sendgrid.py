"""A fake SendGrid: a real HTTP server on loopback speaking its v3 mail/send protocol, so the
real SendGrid client runs against it. Scripted statuses, optional delay, recorded messages."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class FakeSendGrid:
    api_key: str
    url: str = ""
    # Statuses to answer, in order; 202 once they run out.
    script: list[int] = field(default_factory=list)
    delay_seconds: float = 0.0
    delivered: list[dict[str, Any]] = field(default_factory=list)
    attempts: int = 0


def _handler(fake: FakeSendGrid) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            return

        def _answer(self, status: int, body: dict[str, Any], **headers: str) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = json.loads(self.rfile.read(length) or b"{}")
            fake.attempts += 1
            if self.path != "/v3/mail/send":
                return self._answer(404, {"errors": [{"message": "not found"}]})
            if self.headers.get("Authorization") != f"Bearer {fake.api_key}":
                return self._answer(401, {"errors": [{"message": "bad key"}]})
            if fake.delay_seconds:
                time.sleep(fake.delay_seconds)
            status = fake.script.pop(0) if fake.script else 202
            if status != 202:
                return self._answer(status, {"errors": [{"message": f"scripted {status}"}]})
            fake.delivered.append(body)
            self.send_response(202)
            self.send_header("X-Message-Id", f"msg-{len(fake.delivered)}")
            self.send_header("Content-Length", "0")
            self.end_headers()

    return Handler


@contextmanager
def fake_sendgrid(api_key: str = "SG.test-key") -> Iterator[FakeSendGrid]:
    fake = FakeSendGrid(api_key=api_key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield fake
    finally:
        server.shutdown()
        server.server_close()
