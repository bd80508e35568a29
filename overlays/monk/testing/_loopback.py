"""The loopback HTTP server that carries requests to a :class:`~monk.testing.MockMonk`.

``server.py`` runs one from the command line; ``MockMonk.serve()`` starts one in-process.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol

__all__ = ["MockServer"]


class MockMonk(Protocol):
    """What the server needs of a :class:`~monk.testing.MockMonk`: a request in, a reply out."""

    def handle(self, method: str, url: str, headers: Mapping[str, str], body: bytes = b"") -> Any:
        """The reply (status, headers, body, delay) to one request."""


# The largest request body the mock reads. Monk documents no limit; a 10,000-event batch is a
# few MB, so this only stops a runaway client from filling the test machine's memory.
MAX_BODY = 32 * 1024 * 1024


class _BadRequestError(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        self.status, self.code, self.message = status, code, message
        super().__init__(message)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: clients reuse connections
    disable_nagle_algorithm = True  # TCP_NODELAY: no 40 ms stall behind each small response
    server: _Server

    def _answer(self) -> None:
        try:
            body = self._body()
        except _BadRequestError as exc:
            self.close_connection = True  # the rest of the body is unread: end the connection
            self._json_error(exc.status, exc.code, exc.message)
            return
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
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                line = self.rfile.readline(1024).split(b";")[0].strip()
                try:
                    size = int(line or b"0", 16)
                except ValueError:
                    raise _BadRequestError(400, "BAD_REQUEST", f"bad chunk size {line!r}") from None
                if size < 0:
                    raise _BadRequestError(400, "BAD_REQUEST", f"bad chunk size {line!r}")
                total += size
                if total > MAX_BODY:
                    raise _BadRequestError(413, "PAYLOAD_TOO_LARGE", f"body over {MAX_BODY} bytes")
                if size == 0:
                    while self.rfile.readline(8192).strip():  # trailers, then the blank line
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(8192)  # the CRLF after each chunk
        header = self.headers.get("Content-Length")
        if not header:
            return b""
        if not header.strip().isdigit():
            raise _BadRequestError(400, "BAD_REQUEST", f"bad Content-Length {header!r}")
        length = int(header)
        if length > MAX_BODY:
            raise _BadRequestError(413, "PAYLOAD_TOO_LARGE", f"body over {MAX_BODY} bytes")
        return self.rfile.read(length) if length else b""

    def _json_error(self, status: int, code: str, message: str) -> None:
        payload = json.dumps({"error": {"message": message, "code": code}}).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(payload)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (400 bad request line, 414, 431) as the API's JSON, not HTML."""
        self.close_connection = True
        if not str(getattr(self, "request_version", "")).startswith("HTTP/1."):
            self.request_version = "HTTP/1.1"  # an unparsed line: answer with headers anyway
        try:
            short = self.responses[code][0] if code in self.responses else "Error"
        except (KeyError, IndexError):  # pragma: no cover
            short = "Error"
        name = short.upper().replace(" ", "_").replace("-", "_")
        self._json_error(code, name, message or short)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer  # noqa: N815

    def __getattr__(self, name: str) -> Any:
        """Any other method (HEAD, OPTIONS, TRACE, QUERY...) goes to the mock's router, which
        answers 405 with ``Allow`` on its paths and 404 elsewhere, not http.server's 501."""
        if name.startswith("do_") and name[3:].isalpha() and name[3:].isupper():
            return self._answer
        raise AttributeError(name)

    def log_message(self, format: str, *args: Any) -> None:
        if self.server.verbose:
            sys.stderr.write(f"mock: {format % args}\n")


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, mock: MockMonk, address: tuple[str, int], verbose: bool) -> None:
        self.mock = mock
        self.verbose = verbose
        super().__init__(address, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-request or mid-response (a reset, a broken pipe) is routine
        for a test server: one line with ``--verbose``, else nothing; never a traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, ConnectionError):  # BrokenPipe, ConnectionReset, ConnectionAborted
            if self.verbose:
                host, port = client_address[0], client_address[1]
                sys.stderr.write(f"mock: {host}:{port} disconnected ({type(error).__name__})\n")
            return
        super().handle_error(request, client_address)


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
