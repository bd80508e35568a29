"""The retry deadline bounds a whole call, and close() ends calls in flight.

Servers here accept connections and then stall (never answer) or drip their body a byte at a
time, which httpx's per-read timeouts alone never stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest

import monk

KEY = "mk_test_" + "0" * 48
MARGIN = 1.0  # seconds past the deadline a call may take (thread wake-ups on a busy machine)


@contextlib.contextmanager
def stalling_server(kind: str) -> Iterator[str]:
    """``stall``: read the request, never answer. ``drip``: answer a byte every 0.2 s."""
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    stop = threading.Event()
    held: list[socket.socket] = []

    def handle(conn: socket.socket) -> None:
        held.append(conn)
        with contextlib.suppress(OSError):
            conn.recv(65536)
            if kind == "drip":
                body = b'{"data": {"id": "cus_1", "name": "' + b"x" * 200 + b'"}}'
                head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                conn.sendall(head + b"Content-Length: %d\r\n\r\n" % len(body))
                for byte in body:
                    if stop.wait(0.2):
                        return
                    conn.sendall(bytes([byte]))
            stop.wait(30)

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=handle, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join(2)
        listener.close()
        for conn in held:
            conn.close()


@pytest.mark.parametrize("kind", ["stall", "drip"])
def test_the_deadline_bounds_a_sync_call_including_its_last_attempt(kind: str) -> None:
    with stalling_server(kind) as url:
        client = monk.Monk(api_key=KEY, base_url=url, timeout=2, retry=monk.RetryConfig(deadline=3))
        started = time.monotonic()
        with pytest.raises(monk.APITimeoutError):
            client.customers.get("cus_1")
        elapsed = time.monotonic() - started
        client.close()
    assert elapsed <= 3 + MARGIN, elapsed  # was 6.1 s (stall) and 20 s (drip)


@pytest.mark.parametrize("kind", ["stall", "drip"])
async def test_the_deadline_bounds_an_async_call(kind: str) -> None:
    with stalling_server(kind) as url:
        client = monk.AsyncMonk(
            api_key=KEY, base_url=url, timeout=2, retry=monk.RetryConfig(deadline=1.5)
        )
        started = time.monotonic()
        with pytest.raises(monk.APITimeoutError):
            await client.customers.get("cus_1")
        elapsed = time.monotonic() - started
        await client.close()
    assert elapsed <= 1.5 + MARGIN, elapsed


def test_close_ends_a_sync_call_in_flight_and_later_calls_say_closed() -> None:
    with stalling_server("stall") as url:
        client = monk.Monk(api_key=KEY, base_url=url, timeout=60, retry=monk.RetryConfig())
        outcome: list[BaseException] = []

        def call() -> None:
            try:
                client.customers.get("cus_1")
            except BaseException as exc:  # noqa: BLE001 (the test looks at it)
                outcome.append(exc)

        worker = threading.Thread(target=call)
        worker.start()
        time.sleep(0.5)  # the request is out, the server is silent
        closed_at = time.monotonic()
        client.close()
        worker.join(10)
        assert not worker.is_alive()
        assert time.monotonic() - closed_at < 2.0
    assert isinstance(outcome[0], monk.MonkError)
    assert "closed" in str(outcome[0])
    with pytest.raises(monk.MonkError, match="client is closed"):
        client.customers.get("cus_1")


async def test_close_ends_an_async_call_in_flight() -> None:
    with stalling_server("stall") as url:
        client = monk.AsyncMonk(api_key=KEY, base_url=url, timeout=60)
        call = asyncio.ensure_future(client.customers.get("cus_1"))
        await asyncio.sleep(0.3)
        await client.close()
        with pytest.raises(monk.MonkError, match="client is closed"):
            await asyncio.wait_for(call, 5)
    with pytest.raises(monk.MonkError, match="client is closed"):
        await client.customers.get("cus_1")


def test_a_wait_between_retries_ends_at_close() -> None:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "20"})

    client = monk.Monk(
        api_key=KEY,
        base_url="http://monk.test",
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            client.customers.get("cus_1")
        except BaseException as exc:  # noqa: BLE001
            outcome.append(exc)

    worker = threading.Thread(target=call)
    worker.start()
    time.sleep(0.3)  # now waiting 20 s for the retry
    client.close()
    worker.join(5)
    assert not worker.is_alive()
    assert "client is closed" in str(outcome[0])
