"""A TCP proxy in front of PostgreSQL that drops connections at chosen points of the wire protocol.

Points: `before_begin` (the client's BEGIN is never forwarded), `mid_pipeline` (the connection is cut when
the ledger INSERT of a pipelined command arrives, after the item's UPDATE went through), `after_commit`
(the COMMIT is forwarded, the server commits and answers, and the answer is thrown away: a lost
acknowledgement). Each armed fault fires once; otherwise bytes pass unchanged.
"""

import contextlib
import socket
import struct
import threading
from dataclasses import dataclass, field

MARKERS = {"before_begin": b"BEGIN", "mid_pipeline": b"INSERT INTO events", "after_commit": b"COMMIT"}
UNTYPED_REQUESTS = {80877103, 80877104}  # SSLRequest, GSSENCRequest: answered with one byte, then the startup


@dataclass
class PgProxy:
    upstream: tuple[str, int] = ("127.0.0.1", 5432)
    armed: list[str] = field(default_factory=list)
    fired: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    def arm(self, point: str) -> None:
        assert point in MARKERS
        with self.lock:
            self.armed.append(point)

    def url(self, server_url: str) -> str:
        return server_url.replace("127.0.0.1:5432", f"127.0.0.1:{self.port}")

    def close(self) -> None:
        self.closed = True
        self.listener.close()

    def _accept(self) -> None:
        while not self.closed:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            server = socket.create_connection(self.upstream)
            _Link(self, client, server).start()

    def take(self, message: bytes) -> str | None:
        """The armed fault this client message triggers, if any (each fires once)."""
        with self.lock:
            for point in self.armed:
                if MARKERS[point] in message:
                    self.armed.remove(point)
                    self.fired.append(point)
                    return point
        return None


class _Link:
    """One client connection and its upstream: two pumps, the client's side parsed into messages."""

    def __init__(self, proxy: PgProxy, client: socket.socket, server: socket.socket):
        self.proxy, self.client, self.server = proxy, client, server
        self.swallow = threading.Event()  # after a forwarded COMMIT: drop the answer, then the connection

    def start(self) -> None:
        threading.Thread(target=self._client_to_server, daemon=True).start()
        threading.Thread(target=self._server_to_client, daemon=True).start()

    def _cut(self) -> None:
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _client_to_server(self) -> None:
        buffer, started = b"", False
        try:
            while chunk := self.client.recv(65536):
                buffer += chunk
                while (message := _next_message(buffer, started)) is not None:
                    buffer = buffer[len(message):]
                    if not started:
                        started = struct.unpack("!I", message[4:8])[0] not in UNTYPED_REQUESTS
                    point = self.proxy.take(message) if started else None
                    if point in ("before_begin", "mid_pipeline"):
                        self._cut()
                        return
                    if point == "after_commit":
                        self.swallow.set()  # before the COMMIT goes: its answer must not reach the client
                    self.server.sendall(message)
        except OSError:
            pass
        self._cut()

    def _server_to_client(self) -> None:
        try:
            while chunk := self.server.recv(65536):
                if self.swallow.is_set():
                    if b"Z\x00\x00\x00\x05" in chunk:  # ReadyForQuery after the COMMIT: committed; lose the answer
                        self._cut()
                        return
                    continue
                self.client.sendall(chunk)
        except OSError:
            pass
        self._cut()


def _next_message(buffer: bytes, started: bool) -> bytes | None:
    """The first whole message in the buffer (startup messages have no type byte)."""
    offset = 1 if started else 0
    if len(buffer) < offset + 4:
        return None
    length = struct.unpack("!I", buffer[offset:offset + 4])[0]
    end = offset + length
    return buffer[:end] if len(buffer) >= end else None
