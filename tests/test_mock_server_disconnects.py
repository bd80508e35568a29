"""`monk mock` stays quiet when a client hangs up mid-request or mid-response: no traceback on
stderr (one line per hang-up with --verbose), and it goes on serving."""

from __future__ import annotations

import os
import signal
import socket
import struct
import subprocess
import sys

import httpx
import pytest

from monk.testing import DEFAULT_API_KEY

REQUEST = (
    f"GET /v1/customers HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {DEFAULT_API_KEY}\r\n\r\n"
).encode()


def reset(sock: socket.socket) -> None:
    """Close with a TCP reset, as a killed client or a dropped network does."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def hang_up_mid_response(port: int) -> None:
    """Many pipelined requests, then a reset once the first answer has begun: the server is
    still writing answers when the connection goes."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(REQUEST * 300)
    assert sock.recv(1)
    reset(sock)


def hang_up_mid_request(port: int) -> None:
    """A body cut short by a reset, while the server waits for the rest of it."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=10)
    sock.sendall(
        b"POST /v1/customers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100000\r\n\r\n{"
    )
    reset(sock)


@pytest.mark.parametrize(
    "command",
    [["monk", "mock"], ["monk.testing.server"]],
    ids=["monk-mock", "monk.testing.server"],
)
@pytest.mark.parametrize("verbose", [False, True], ids=["quiet", "verbose"])
def test_a_client_hanging_up_prints_no_traceback(command: list[str], verbose: bool) -> None:
    argv = [sys.executable, "-m", *command, "--port", "0", *(["--verbose"] if verbose else [])]
    process = subprocess.Popen(
        argv,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().strip()
        port = int(url.rsplit(":", 1)[1])
        for _ in range(5):
            hang_up_mid_response(port)
            hang_up_mid_request(port)
        # Still serving.
        answer = httpx.get(
            f"{url}/v1/customers", headers={"Authorization": f"Bearer {DEFAULT_API_KEY}"}
        )
        assert answer.status_code == 200
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 0
    assert "Traceback" not in stderr, stderr
    assert "Exception occurred" not in stderr, stderr
    if verbose:
        assert "disconnected" in stderr  # one line per hang-up, no more
        for line in stderr.splitlines():
            assert line.startswith("mock: "), line
    else:
        assert stderr == ""
