"""The producer process of the spool crash tests: adds events through a spooled buffer.

    python spool_producer.py SPOOL URL KEYS_FILE FAILED_FILE TOTAL sync|async

It continues from the number of keys already in KEYS_FILE (a producer before it was killed) up
to TOTAL, from several threads (sync) or tasks (async), and appends each event's key to
KEYS_FILE only after ``add`` returned: one ``os.write`` per key on an O_APPEND descriptor, so
the key is in the kernel's hands before the next add, and a SIGKILL cannot lose it. Events
handed to ``on_flush_failure`` go to FAILED_FILE. At TOTAL it closes the buffer (sending
everything) and exits 0.
"""

from __future__ import annotations

import asyncio
import os
import sys
import threading

import monk

PRODUCERS = 4  # threads (sync) or tasks (async) adding at once: group commits happen
BATCH = 500
RETRY = monk.RetryConfig(
    base_delay=0.005,
    max_delay=0.05,
    max_retries=30,
    deadline=120,
    circuit_breaker_threshold=1_000_000,  # faults are the test's; the breaker is not under test
)


def already_added(path: str) -> int:
    try:
        with open(path, "rb") as f:
            return f.read().count(b"\n")
    except FileNotFoundError:
        return 0


def main() -> None:
    spool, url, keys_path, failed_path, total_text, mode = sys.argv[1:7]
    total = int(total_text)
    start = already_added(keys_path)
    keys_fd = os.open(keys_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    failed_fd = os.open(failed_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def on_flush_failure(events: list[monk.Event], error: BaseException) -> None:
        os.write(failed_fd, b"".join(e.idempotency_key.encode() + b"\n" for e in events))

    counter = iter(range(start, total))
    lock = threading.Lock()

    def next_index() -> int | None:
        with lock:
            return next(counter, None)

    def event(i: int) -> monk.Event:
        return monk.Event("api_call", customer_id=f"cust-{i % 50}", properties={"i": i})

    options = {
        "spool": spool,
        "max_batch_size": BATCH,
        "capacity": 4 * BATCH,
        "flush_interval": 0.02,
        "backpressure": "block",
        "on_flush_failure": on_flush_failure,
    }
    key = "mk_test_" + "0" * 48
    if mode == "sync":
        client = monk.Monk(api_key=key, events_base_url=url, retry=RETRY, timeout=10)
        buffer = client.events.buffered(**options)  # type: ignore[arg-type]

        def produce() -> None:
            while (i := next_index()) is not None:
                e = event(i)
                buffer.add(e)
                os.write(keys_fd, e.idempotency_key.encode() + b"\n")

        threads = [threading.Thread(target=produce) for _ in range(PRODUCERS)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        buffer.close()
        client.close()
        return

    async def run() -> None:
        client = monk.AsyncMonk(api_key=key, events_base_url=url, retry=RETRY, timeout=10)
        async with client.events.buffered(**options) as buffer:  # type: ignore[arg-type]

            async def produce() -> None:
                while (i := next_index()) is not None:
                    e = event(i)
                    await buffer.add(e)
                    os.write(keys_fd, e.idempotency_key.encode() + b"\n")

            await asyncio.gather(*(produce() for _ in range(PRODUCERS)))
        await client.close()

    asyncio.run(run())


if __name__ == "__main__":
    main()
