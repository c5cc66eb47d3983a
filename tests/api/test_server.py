from __future__ import annotations

import socket
from typing import Any

import pytest
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from listwatch.api.server import NoDelayH11Protocol, NoDelayHttpToolsProtocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self.sock if name == "socket" else default


@pytest.mark.parametrize(
    ("protocol", "base"),
    [(NoDelayH11Protocol, H11Protocol), (NoDelayHttpToolsProtocol, HttpToolsProtocol)],
)
def test_every_connection_gets_tcp_nodelay(
    monkeypatch: pytest.MonkeyPatch, protocol: type[Any], base: type[Any]
) -> None:
    monkeypatch.setattr(base, "connection_made", lambda self, transport: None)
    with socket.socket() as listener:  # as uvicorn --workers N creates it: protocol not named
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()):
            conn, _ = listener.accept()
            with conn:
                assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
                instance = protocol.__new__(protocol)
                instance.connection_made(_Transport(conn))
                assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
