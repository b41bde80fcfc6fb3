"""HTTP middleware of the chat API: request ids and timing, security headers, body limit.

Plain ASGI middleware (no per-request task or buffering), outermost first:
- RequestContext: an `X-Request-ID` for every request (the caller's, if sane, or a new one),
  set in the logs' context and echoed back; the request's latency by route template.
- SecurityHeaders: CSP for the pages (frame-ancestors configurable), nosniff, Referrer-Policy
  (no-referrer on review pages, whose URLs carry a token), HSTS when served over https.
- BodyLimit: a request body larger than MAX_REQUEST_BYTES is answered 413 with a sentence.
"""

from __future__ import annotations

import json
import logging
import re
import time
import uuid
from typing import Any

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.chat_api.metrics import REQUEST_LATENCY, UNAVAILABLE, http_method
from services.common.config import Settings
from services.common.logs import customer_id_var, request_id_var

log = logging.getLogger("services.chat_api.access")

# A caller's request id is kept only if it looks like an id (no log injection).
REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")
# Probes and scrapes: timed, but not worth a log line each.
QUIET_ROUTES = {"/healthz", "/readyz", "/metrics", "static"}
HSTS_SECONDS = 365 * 24 * 3600
# Swagger UI loads its script from a CDN and runs inline code: the docs get no CSP.
MAILBOX_PATH = "/mailbox"  # dev only
NO_CSP_PATHS = ("/api/docs", "/api/openapi.json", "/docs/oauth2-redirect")


def route_template(scope: Scope) -> str:
    """The matched route's template ("/api/refunds/{order_id}"), never the raw path: "static"
    for the pages' files (found or not), "unmatched" when nothing matched at all."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if isinstance(path, str) and path:
        return path
    return "static" if scope.get("endpoint") is not None else "unmatched"


class RequestContext:
    """Request id in the log context and the response; latency and 503s counted by route."""

    def __init__(self, app: ASGIApp, access_log: bool) -> None:
        self.app = app
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = given if REQUEST_ID.match(given) else uuid.uuid4().hex
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status_code = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status_code
            if message["type"] == "http.response.start":
                status_code = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        customer = customer_id_var.set(None)
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            route = route_template(scope)
            method = http_method(scope["method"])
            seconds = time.perf_counter() - started
            REQUEST_LATENCY.labels(method=method, route=route).observe(seconds)
            if status_code == 503:
                UNAVAILABLE.labels(route=route).inc()
            if self.access_log and route not in QUIET_ROUTES:
                log.info(
                    "%s %s %d",
                    method,
                    route,
                    status_code,
                    extra={"status": status_code, "duration_ms": round(seconds * 1000, 1)},
                )
            customer_id_var.reset(customer)
            request_id_var.reset(token)


def content_security_policy(frame_ancestors: str, *, inline_styles: bool = False) -> str:
    """Pages load only this site's scripts, styles and data; framing as configured.
    `inline_styles` is for the dev mailbox, whose sandboxed email previews inherit its policy
    and are styled inline like every email."""
    styles = "'self' 'unsafe-inline'" if inline_styles else "'self'"
    return (
        f"default-src 'self'; script-src 'self'; style-src {styles}; img-src 'self' data:;"
        " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
        f" frame-ancestors {frame_ancestors}"
    )


class SecurityHeaders:
    """Adds the security headers to every HTTP response."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.csp = content_security_policy(settings.frame_ancestors).encode()
        self.mailbox_csp = content_security_policy(
            settings.frame_ancestors, inline_styles=True
        ).encode()
        self.hsts = settings.public_base_url.lower().startswith("https://")

    def _headers(self, path: str) -> list[tuple[bytes, bytes]]:
        referrer = b"no-referrer" if path.startswith("/review/") else b"same-origin"
        headers = [(b"x-content-type-options", b"nosniff"), (b"referrer-policy", referrer)]
        if path.startswith(MAILBOX_PATH):
            headers.append((b"content-security-policy", self.mailbox_csp))
        elif not path.startswith(NO_CSP_PATHS):
            headers.append((b"content-security-policy", self.csp))
        if self.hsts:
            headers.append((b"strict-transport-security", f"max-age={HSTS_SECONDS}".encode()))
        return headers

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = self._headers(scope["path"])

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class _TooLarge(HTTPException):
    """Raised from `receive` once the body passed the limit. An HTTPException, so FastAPI's
    body parsing passes it on and the app's error handler answers 413 with its sentence."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(413, too_large_sentence(max_bytes))


def too_large_sentence(max_bytes: int) -> str:
    return f"The request body is larger than {max_bytes} bytes, the most this service accepts."


class BodyLimit:
    """413 for bodies over the limit, whether announced by Content-Length or streamed."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"detail": too_large_sentence(self.max_bytes)}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if started:
                raise
            await self._refuse(send)


def install_middleware(app: Any, settings: Settings) -> None:
    """Add the three, so that RequestContext runs first and BodyLimit last."""
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SecurityHeaders, settings=settings)
    # One access line per request (route template, status, time) where logs are shipped.
    app.add_middleware(RequestContext, access_log=settings.json_logs)
