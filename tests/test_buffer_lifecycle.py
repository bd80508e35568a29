"""Buffers across ``os.fork()`` and an event loop that ends without ``close()``: every event is
sent once or handed to ``on_flush_failure``, counted.
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
import warnings
from typing import Any

import pytest
from loopback import EventsServer

import monk
from monk._events import ingest as _ingest

KEY = "mk_test_" + "0" * 48


def event(n: int, who: str) -> monk.Event:
    return monk.Event("api_call", customer_id=who, idempotency_key=f"{who}-{n}")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this platform")
def test_a_buffer_made_before_fork_works_in_the_child_and_the_parent() -> None:
    with EventsServer() as server:
        client = monk.Monk(api_key=KEY, events_base_url=server.url)
        failed: list[monk.Event] = []
        buffer = client.events.buffered(
            flush_interval=0.05, on_flush_failure=lambda events, error: failed.extend(events)
        )
        for n in range(100):
            buffer.add(event(n, "parent"))
        assert buffer.flush(10)
        for n in range(100, 150):  # buffered in the parent at the fork: the parent's to send
            buffer.add(event(n, "parent"))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)  # fork of a threaded process
            pid = os.fork()
        if pid == 0:  # the child: 600 events, then exit with what its buffer saw
            code = 1
            try:
                started = time.monotonic()
                for n in range(600):
                    buffer.add(event(n, "child"))
                buffer.close(10)
                stats = buffer.stats
                ok = (stats.accepted, stats.sent, stats.failed) == (600, 600, 0) and not failed
                code = 0 if ok and time.monotonic() - started < 10 else 3
            finally:
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        buffer.close(10)
        client.close()
        assert os.waitstatus_to_exitcode(status) == 0
        keys = server.arrivals
        assert sum(1 for k in keys if k.startswith("child-")) == 600
        assert sum(1 for k in keys if k.startswith("parent-")) == 150
        assert all(count == 1 for count in keys.values())  # none sent twice
        assert buffer.stats.sent == 150 and not failed


def test_an_async_buffer_whose_loop_closes_hands_every_event_to_the_callback() -> None:
    handed: list[monk.Event] = []
    errors: list[BaseException] = []

    def on_failure(events: list[monk.Event], error: BaseException) -> None:
        handed.extend(events)
        errors.append(error)

    loop = asyncio.new_event_loop()
    client = monk.AsyncMonk(api_key=KEY, events_base_url="http://127.0.0.1:9")

    async def produce() -> Any:
        # A long interval: nothing is cut into a batch before the loop goes away.
        buffer = client.events.buffered(flush_interval=60, on_flush_failure=on_failure)
        for n in range(500):
            await buffer.add(event(n, "async"))
        return buffer

    buffer = loop.run_until_complete(produce())
    loop.close()  # no close(), no task cancelled
    _ingest._close_at_exit()  # what interpreter exit runs
    assert len(handed) == 500
    assert {e.idempotency_key for e in handed} == {f"async-{n}" for n in range(500)}
    assert "ended before close()" in str(errors[0])
    stats = buffer.stats
    assert (stats.accepted, stats.sent, stats.failed, stats.buffered) == (500, 0, 500, 0)


def test_an_async_buffer_dropped_before_its_loop_closed_hands_events_over_at_exit() -> None:
    handed: list[monk.Event] = []
    loop = asyncio.new_event_loop()
    client = monk.AsyncMonk(api_key=KEY, events_base_url="http://127.0.0.1:9")

    async def produce() -> None:
        buffer = client.events.buffered(
            flush_interval=60, on_flush_failure=lambda events, error: handed.extend(events)
        )
        for n in range(250):
            buffer.add_nowait(event(n, "gc"))

    loop.run_until_complete(produce())
    loop.close()
    import gc

    gc.collect()  # the buffer is gone; its close, scheduled on the loop, never ran
    _ingest._close_at_exit()
    assert len(handed) == 250


def test_asyncio_run_ending_without_close_still_sends_every_event() -> None:
    with EventsServer() as server:

        async def main() -> None:
            client = monk.AsyncMonk(api_key=KEY, events_base_url=server.url)
            buffer = client.events.buffered(flush_interval=60)
            for n in range(300):
                await buffer.add(event(n, "run"))

        asyncio.run(main())
        assert sum(server.arrivals.values()) == 300


if sys.platform == "win32":  # pragma: no cover
    pytestmark = pytest.mark.skip("POSIX only")
