"""The mock on a loopback HTTP server: ``python -m monk.testing.server --port 0``.

It prints its URL on the first line of stdout and serves until SIGINT or SIGTERM. Point a
client's both hosts at it (``MONK_BASE_URL`` and ``MONK_EVENTS_BASE_URL``) with any
``mk_test_...`` key. The same :class:`~monk.testing.MockMonk` answers as in-process.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from types import FrameType

from ._loopback import MockServer
from ._mock import MockMonk

__all__ = ["MockServer", "main"]


def main(argv: list[str] | None = None) -> int:
    """Serve a fresh mock until SIGINT/SIGTERM; the first line of stdout is its URL."""
    parser = argparse.ArgumentParser(
        prog="python -m monk.testing.server", description="Run a local Monk API (the SDK's mock)."
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default loopback)")
    parser.add_argument("--port", type=int, default=0, help="port (0: any free port)")
    parser.add_argument("--verbose", action="store_true", help="log each request to stderr")
    args = parser.parse_args(argv)
    # A long-lived server keeps fewer request records (each may hold a 10,000-event body).
    mock = MockMonk(record_limit=100)
    server = MockServer(mock, host=args.host, port=args.port, verbose=args.verbose)
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    print(server.url, flush=True)
    try:
        while not stop.wait(0.5):
            pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
