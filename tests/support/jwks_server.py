"""A shop's OIDC key endpoint on loopback: serves a JWKS document and counts the fetches; a test
changes `keys` to rotate them, or `status` to make the endpoint fail."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class JwksServer:
    url: str
    keys: list[dict[str, Any]]
    fetches: list[str] = field(default_factory=list)
    status: int = 200  # anything else: the endpoint answers that status with an error body


@contextmanager
def jwks_server(keys: list[dict[str, Any]]) -> Iterator[JwksServer]:
    """Serve `{"keys": keys}` at http://127.0.0.1:<port>/.well-known/jwks.json."""
    served = JwksServer(url="", keys=keys)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            served.fetches.append(self.path)
            ok = served.status == 200
            body = json.dumps({"keys": served.keys} if ok else {"error": "unavailable"}).encode()
            self.send_response(served.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    served.url = f"http://127.0.0.1:{server.server_port}/.well-known/jwks.json"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
