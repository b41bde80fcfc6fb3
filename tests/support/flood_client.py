"""`python -m tests.support.flood_client PORT COOKIE ORDER_ID COUNT [--cpu N]`: one customer's
flood, sent from a process of its own, as a client elsewhere would send it.

It opens COUNT connections to the chat API on 127.0.0.1:PORT and writes one request on each
(every kind of customer request that does work, in turn), then prints `sent` once every
request is written, reads every response and prints the status codes as a JSON object
({"429": 180, ...}). Raw HTTP/1.1 over asyncio streams: the client's own work stays out of
the process whose latency is measured.

A client elsewhere costs the server's CPU nothing, so this one gives way to it: it runs at the
lowest priority (nice 19), and with `--cpu N` only on CPU N, so that while the server has work
the client waits for it, and what a flood costs is the server's own work on it."""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import uuid
from collections import Counter

NICE = 19  # the lowest priority: any of the server's processes runs first


def _requests(cookie: str, order_id: int, count: int) -> list[bytes]:
    """The flood's requests, as bytes on the wire."""
    kinds: list[tuple[str, str, dict[str, object] | None]] = [
        ("POST", "/api/chat", {"message": "where are my orders?"}),
        ("POST", f"/api/chat/proposals/{uuid.uuid4().hex}/confirm", None),
        ("POST", f"/api/chat/proposals/{uuid.uuid4().hex}/cancel", None),
        ("GET", "/api/history", None),
        ("GET", "/api/chat/proposals", None),
        ("GET", "/api/orders", None),
        ("GET", f"/api/refunds/{order_id}", None),
        ("POST", "/api/refunds", {"order_id": order_id}),
    ]
    wire = []
    for n in range(count):
        method, path, body = kinds[n % len(kinds)]
        payload = json.dumps(body).encode() if body is not None else b""
        head = (
            f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: {cookie}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n"
            "Connection: close\r\n\r\n"
        )
        wire.append(head.encode() + payload)
    return wire


async def _status(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
    """The response's status code (the connection is closed after it)."""
    try:
        line = await reader.readline()
        await reader.read()  # the rest, until the server closes
        return int(line.split()[1])
    finally:
        writer.close()


async def main(port: int, cookie: str, order_id: int, count: int) -> None:
    """Write every request, say so, then count the answers."""
    streams = [await asyncio.open_connection("127.0.0.1", port) for _ in range(count)]
    for (_, writer), request in zip(streams, _requests(cookie, order_id, count), strict=True):
        writer.write(request)
    await asyncio.gather(*(writer.drain() for _, writer in streams))
    print("sent", flush=True)  # noqa: T201 (the parent reads it)
    codes = Counter(await asyncio.gather(*(_status(r, w) for r, w in streams)))
    print(json.dumps({str(code): n for code, n in codes.items()}), flush=True)  # noqa: T201


def give_way(cpu: int | None) -> None:
    """Lowest priority, and on CPU `cpu` only when given (module docstring)."""
    os.nice(NICE)
    if cpu is not None:
        os.sched_setaffinity(0, {cpu})


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m tests.support.flood_client")
    parser.add_argument("port", type=int)
    parser.add_argument("cookie")
    parser.add_argument("order_id", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--cpu", type=int, help="run on this CPU only")
    args = parser.parse_args()
    give_way(args.cpu)
    asyncio.run(main(args.port, args.cookie, args.order_id, args.count))
