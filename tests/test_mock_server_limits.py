"""The loopback mock server answers malformed HTTP with the API's JSON errors, never a hang."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from monk.testing import MockMonk
from monk.testing._loopback import MAX_BODY, MockServer


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockMonk().serve() as running:
        yield running


def exchange(server: MockServer, raw: bytes) -> tuple[int, dict[str, str], bytes]:
    with socket.create_connection((server.host, server.port), timeout=5) as sock:
        sock.sendall(raw)
        data = b""
        while True:
            try:
                part = sock.recv(65536)
            except TimeoutError:
                raise AssertionError("the server hung") from None
            if not part:
                break
            data += part
            head, _, body = data.partition(b"\r\n\r\n")
            if b"content-length:" in head.lower():
                length = int(head.lower().split(b"content-length:")[1].split(b"\r\n")[0])
                if len(body) >= length:
                    break
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.split(": ", 1) for line in lines[1:] if ": " in line)
    return int(lines[0].split()[1]), {k.lower(): v for k, v in headers.items()}, body


def post(path: str, headers: str, body: bytes = b"") -> bytes:
    return f"POST {path} HTTP/1.1\r\nHost: x\r\n{headers}\r\n".encode() + body


@pytest.mark.parametrize(
    ("raw", "status"),
    [
        (post("/v1/customers", "Content-Length: -1\r\n"), 400),
        (post("/v1/customers", f"Content-Length: {MAX_BODY + 1}\r\n"), 413),
        (post("/v1/customers", "Transfer-Encoding: chunked\r\n", b"zz\r\nab\r\n0\r\n\r\n"), 400),
        (b"GET /" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: y\r\n" % i for i in range(200)) + b"\r\n", 431),
        (b"NOT A REQUEST LINE AT ALL\r\n\r\n", 400),
    ],
    ids=["negative-length", "60MB-body", "bad-chunk-size", "414", "431", "bad-request-line"],
)
def test_malformed_requests_get_json_errors(server: MockServer, raw: bytes, status: int) -> None:
    got, headers, body = exchange(server, raw)
    assert got == status
    assert headers["content-type"] == "application/json"
    assert "message" in json.loads(body)["error"]
