"""uvicorn's HTTP/1.1 protocols with ``TCP_NODELAY`` on every connection.

With ``--workers N`` uvicorn creates the listening socket itself, without naming the TCP protocol,
and asyncio then leaves Nagle's algorithm on for the accepted connections: a response written in
two parts (headers, body) waits for the client's delayed ACK, 40 ms per request on keep-alive
connections. Setting the option per connection removes that stall whatever created the socket
and whatever the event loop (uvloop sets it itself; asyncio does not).

``NoDelayHttpToolsProtocol`` (httptools, a C parser) is the one to serve with: it costs about half
the CPU per request of ``NoDelayH11Protocol`` (h11, pure Python; docs/api.md, Performance).
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

__all__ = ["NoDelayH11Protocol", "NoDelayHttpToolsProtocol", "set_nodelay"]


def set_nodelay(transport: asyncio.BaseTransport) -> None:
    """Turn Nagle's algorithm off on the transport's socket, when it is a TCP one."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        with contextlib.suppress(OSError):  # not a TCP socket after all
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class NoDelayH11Protocol(H11Protocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)


class NoDelayHttpToolsProtocol(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        set_nodelay(transport)
        super().connection_made(transport)
