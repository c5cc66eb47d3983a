"""uvicorn's HTTP/1.1 protocol with ``TCP_NODELAY`` on every connection.

With ``--workers N`` uvicorn creates the listening socket itself, without naming the TCP protocol,
and asyncio then leaves Nagle's algorithm on for the accepted connections: a response written in
two parts (headers, body) waits for the client's delayed ACK, 40 ms per request on keep-alive
connections. Setting the option per connection removes that stall whatever created the socket.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["NoDelayH11Protocol"]


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        sock = transport.get_extra_info("socket")
        if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
            with contextlib.suppress(OSError):  # not a TCP socket after all
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        super().connection_made(transport)
