"""A loopback Events API (127.0.0.1, a thread per request) that counts every idempotency key.

``fault(keys, request_number)`` may return a ``Fault`` to answer a batch badly instead; the
default answers every request with 200. Used by the ingestion tests and the soak.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import json
import socket
import struct
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclasses.dataclass(frozen=True)
class Fault:
    """How to answer one request: an error ``status`` (with ``retry_after``), a ``reset`` (close
    the socket with no response; ``after_recording`` keeps the keys first, as a server whose
    answer was lost), ``delay`` seconds before the answer, or a ``short`` count (a 200 whose
    ``count`` is one less than the events sent; nothing is stored).
    """

    kind: str
    status: int = 503
    retry_after: str | None = None
    delay: float = 0.0
    after_recording: bool = False


class EventsServer:
    """Start with ``with EventsServer() as server:``; ``server.url`` is the events base URL."""

    def __init__(
        self,
        fault: Callable[[list[str], int], Fault | None] | None = None,
        *,
        keep_bodies: bool = False,
    ) -> None:
        self.fault = fault or (lambda keys, n: None)
        self.keep_bodies = keep_bodies
        self.bodies: list[bytes] = []  # every request body as received (keep_bodies=True)
        self.lock = threading.Lock()
        self.arrivals: collections.Counter[str] = collections.Counter()  # key -> times stored
        self.requests = 0
        self.faults: collections.Counter[str] = collections.Counter()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # TCP_NODELAY: no 40 ms delayed-ACK stall

            def log_message(self, format: str, *args: Any) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                if owner.keep_bodies:
                    with owner.lock:
                        owner.bodies.append(raw)
                owner.answer(self, json.loads(raw))

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> EventsServer:
        self.thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @property
    def keys(self) -> set[str]:
        with self.lock:
            return set(self.arrivals)

    def answer(self, handler: BaseHTTPRequestHandler, body: dict[str, Any]) -> None:
        events = body.get("events", [body])
        keys = [e["idempotencyKey"] for e in events]
        with self.lock:
            self.requests += 1
            number = self.requests
        fault = self.fault(keys, number)
        if fault is not None:
            with self.lock:
                self.faults[fault.kind] += 1
            if fault.delay:
                time.sleep(fault.delay)
            if fault.kind == "reset":
                if fault.after_recording:
                    self.record(keys)
                # SO_LINGER 0: closing sends a TCP reset, not a clean end of stream.
                handler.close_connection = True
                with contextlib.suppress(OSError):
                    linger = struct.pack("ii", 1, 0)
                    handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
                return
            if fault.kind == "short":
                short = {"status": "accepted", "count": len(keys) - 1, "requestId": "req_short"}
                self.reply(handler, 200, short, None)
                return
            if fault.kind != "slow":
                self.reply(
                    handler,
                    fault.status,
                    {"error": {"message": fault.kind, "code": "X"}},
                    fault.retry_after,
                )
                return
        self.record(keys)
        answer = {"status": "accepted", "count": len(keys), "requestId": f"req_{number}"}
        if "events" not in body:
            answer = {"status": "accepted", "idempotencyKey": keys[0], "requestId": f"req_{number}"}
        self.reply(handler, 200, answer, None)

    def record(self, keys: list[str]) -> None:
        with self.lock:
            self.arrivals.update(keys)

    @staticmethod
    def reply(
        handler: BaseHTTPRequestHandler, status: int, data: Any, retry_after: str | None
    ) -> None:
        payload = json.dumps(data).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        if retry_after is not None:
            handler.send_header("Retry-After", retry_after)
        handler.end_headers()
        handler.wfile.write(payload)
