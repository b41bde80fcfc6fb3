"""The chat API's listening socket hands out connections with Nagle's algorithm off: a
response's headers and body go out at once, not the body after the client's delayed ACK (that
added 40 ms to every request after a connection's first)."""

from __future__ import annotations

import argparse
import asyncio
import socket

import pytest

from services.chat_api.main import _listening_socket


@pytest.mark.parametrize("inherited", [False, True], ids=["bound here", "inherited --fd"])
async def test_every_accepted_connection_sends_without_waiting_for_acks(inherited):
    bound = _listening_socket(argparse.Namespace(fd=None, host="127.0.0.1", port=0))
    sock = bound
    if inherited:  # as a process forked by the supervisor gets it
        sock = _listening_socket(argparse.Namespace(fd=bound.detach(), host="", port=0))
    nodelay: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Accepted(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            conn = transport.get_extra_info("socket")
            nodelay.set_result(conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Accepted, sock=sock)
    async with server:
        host, port = sock.getsockname()[:2]
        _, writer = await asyncio.open_connection(host, port)
        try:
            assert await asyncio.wait_for(nodelay, 10) == 1
        finally:
            writer.close()
