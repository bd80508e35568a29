"""The loopback HTTP server that carries requests to a :class:`~monk.testing.MockMonk`.

``server.py`` runs one from the command line; ``MockMonk.serve()`` starts one in-process.
"""

from __future__ import annotations

import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._mock import MockMonk

__all__ = ["MockServer"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: clients reuse connections
    server: _Server

    def _answer(self) -> None:
        body = self._body()
        host = self.headers.get("Host", "127.0.0.1")
        url = f"http://{host}{self.path}"
        reply = self.server.mock.handle(self.command, url, dict(self.headers.items()), body)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.error is not None:
            self.close_connection = True  # a dropped connection: no response at all
            return
        self.send_response(reply.status)
        for name, value in reply.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        self.wfile.write(reply.body)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():  # trailers, then the blank line
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()  # the CRLF after each chunk
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"mock: {format % args}\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mock: MockMonk, address: tuple[str, int], verbose: bool) -> None:
        self.mock = mock
        self.verbose = verbose
        super().__init__(address, _Handler)


class MockServer:
    """A :class:`MockMonk` served over HTTP from a background thread."""

    def __init__(
        self, mock: MockMonk, *, host: str = "127.0.0.1", port: int = 0, verbose: bool = False
    ) -> None:
        self.mock = mock
        self._server = _Server(mock, (host, port), verbose)
        address = self._server.server_address
        self.host = address[0] if isinstance(address[0], str) else address[0].decode()
        self.port: int = address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="monk-mock-server", daemon=True
        )
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MockServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"MockServer({self.url})"
