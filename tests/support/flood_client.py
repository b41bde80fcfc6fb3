"""`python -m tests.support.flood_client PORT COOKIE ORDER_ID COUNT [--cpu N]`: one customer's
flood, sent from a process of its own, as a client elsewhere would send it.

It opens COUNT connections to the chat API on 127.0.0.1:PORT and writes one request on each
(every kind of customer request that does work, in turn), back to back with blocking calls so
that the flood reaches the server within milliseconds, then prints `sent <ms it took>`, reads
every response and prints the status codes as a JSON object ({"429": 180, ...}). Raw HTTP/1.1:
the client's own work stays out of the process whose latency is measured.

A client elsewhere costs the server's CPU nothing, so once its flood is written this one gives
way: it reads the answers at the lowest priority (nice 19), and with `--cpu N` runs only on CPU
N, so that while the server has work the client waits, and what a flood costs is the server's
own work on it. (Given way before writing, it would write only while the server is idle: the
flood would arrive as a trickle the server keeps up with, not as one burst.)"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import time
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


def _burst(port: int, requests: list[bytes]) -> list[socket.socket]:
    """Open a connection for each request and write it, back to back with plain blocking
    calls: the flood reaches the server within milliseconds, as one from elsewhere would."""
    sockets = []
    for request in requests:
        sock = socket.create_connection(("127.0.0.1", port))
        sockets.append(sock)
        sock.sendall(request)
    return sockets


async def _status(sock: socket.socket) -> int:
    """The response's status code (the connection is closed after it)."""
    reader, writer = await asyncio.open_connection(sock=sock)
    try:
        line = await reader.readline()
        await reader.read()  # the rest, until the server closes
        return int(line.split()[1])
    finally:
        writer.close()


def give_way() -> None:
    """Lowest priority from now on (module docstring)."""
    os.nice(NICE)


async def main(port: int, cookie: str, order_id: int, count: int) -> None:
    """Write every request, give way, say so (with the ms from the first connection to the
    last write), then count the answers."""
    requests = _requests(cookie, order_id, count)
    started = time.perf_counter()
    sockets = _burst(port, requests)
    took = (time.perf_counter() - started) * 1000
    give_way()
    print(f"sent {took:.1f}", flush=True)  # noqa: T201 (the parent reads it)
    codes = Counter(await asyncio.gather(*(_status(sock) for sock in sockets)))
    print(json.dumps({str(code): n for code, n in codes.items()}), flush=True)  # noqa: T201


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m tests.support.flood_client")
    parser.add_argument("port", type=int)
    parser.add_argument("cookie")
    parser.add_argument("order_id", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("--cpu", type=int, help="run on this CPU only")
    args = parser.parse_args()
    if args.cpu is not None:
        os.sched_setaffinity(0, {args.cpu})
    asyncio.run(main(args.port, args.cookie, args.order_id, args.count))
