from __future__ import annotations

import socket
from typing import Any

import pytest
from uvicorn.protocols.http.h11_impl import H11Protocol

from listwatch.api.server import NoDelayH11Protocol


class _Transport:
    def __init__(self, sock: socket.socket) -> None:
        self.sock = sock

    def get_extra_info(self, name: str, default: Any = None) -> Any:
        return self.sock if name == "socket" else default


def test_every_connection_gets_tcp_nodelay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(H11Protocol, "connection_made", lambda self, transport: None)
    with socket.socket() as listener:  # as uvicorn --workers N creates it: protocol not named
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        with socket.create_connection(listener.getsockname()):
            conn, _ = listener.accept()
            with conn:
                assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 0
                protocol = NoDelayH11Protocol.__new__(NoDelayH11Protocol)
                protocol.connection_made(_Transport(conn))  # type: ignore[arg-type]
                assert conn.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
