"""``buffered(spool=...)``: the spool's rules, one test each (the SIGKILL test is its own file,
test_spool_survives_kill.py).

A batch leaves the spool only when acknowledged (a 2xx with the full count) or handed to
``on_flush_failure``; kept failures stay until taken; a reopened spool sends first, the same
bytes; one buffer per spool; the size bound backpressures; no secret reaches the file.
"""

from __future__ import annotations

import asyncio
import json
import os
import pickle
import sqlite3
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from loopback import EventsServer, Fault

import monk
from monk._events.spool import Spool

KEY = "mk_test_" + "7" * 48


def client(url: str, **options: object) -> monk.Monk:
    retry = monk.RetryConfig(base_delay=0.001, max_delay=0.01, max_retries=2)
    return monk.Monk(api_key=KEY, events_base_url=url, retry=retry, **options)  # type: ignore[arg-type]


def rows(spool: Path) -> list[bytes]:
    conn = sqlite3.connect(spool)
    try:
        return [bytes(body) for (body,) in conn.execute("SELECT body FROM events ORDER BY seq")]
    finally:
        conn.close()


def events(n: int) -> list[monk.Event]:
    # A Decimal with a trailing zero: its exact bytes must survive the spool.
    return [
        monk.Event("api_call", customer_id=f"c{i}", properties={"n": i, "cost": Decimal("1.50")})
        for i in range(n)
    ]


def refuse_all(keys: list[str], number: int) -> Fault:
    return Fault("bad", status=400)


def short_count(keys: list[str], number: int) -> Fault:
    return Fault("short")


@pytest.mark.parametrize("spooled", [False, True])
def test_a_2xx_with_a_short_count_is_a_failed_delivery(spooled: bool, tmp_path: Path) -> None:
    handed: list[tuple[list[monk.Event], BaseException]] = []
    sent = events(10)
    spool = tmp_path / "s.spool"
    with EventsServer(short_count) as server:
        buffer = client(server.url).events.buffered(
            on_flush_failure=lambda evs, err: handed.append((evs, err)),
            spool=spool if spooled else None,
        )
        for event in sent:
            buffer.add(event)
        buffer.close()
    assert [e for evs, _ in handed for e in evs] == sent  # the same keys, the same bytes
    assert "acknowledged 9 of 10 events" in str(handed[0][1])
    assert isinstance(handed[0][1], monk.UnacknowledgedEventsError)
    assert buffer.stats.failed == 10 and buffer.stats.sent == 0
    if spooled:
        assert rows(spool) == []  # handed over: it leaves the spool


async def test_async_a_short_count_is_a_failed_delivery(tmp_path: Path) -> None:
    handed: list[monk.Event] = []
    with EventsServer(short_count) as server:
        aclient = monk.AsyncMonk(api_key=KEY, events_base_url=server.url)
        async with aclient.events.buffered(
            on_flush_failure=lambda evs, err: handed.extend(evs), spool=tmp_path
        ) as buffer:
            for event in events(5):
                await buffer.add(event)
        await aclient.close()
    assert len(handed) == 5 and buffer.stats.failed == 5
    assert rows(tmp_path / "monk-events.spool") == []


def test_acknowledged_batches_leave_the_spool_and_flush_means_deleted(tmp_path: Path) -> None:
    with EventsServer() as server:
        buffer = client(server.url).events.buffered(spool=tmp_path, flush_interval=3600)
        for event in events(7):
            buffer.add(event)
        spool = tmp_path / "monk-events.spool"
        assert len(rows(spool)) == 7  # committed before add returned, before any send
        assert buffer.flush()
        assert rows(spool) == []
        assert len(server.keys) == 7
        buffer.close()


def test_kept_failures_stay_in_the_spool_until_taken(tmp_path: Path) -> None:
    spool = tmp_path / "s.spool"
    sent = events(4)
    with EventsServer(refuse_all) as server:
        buffer = client(server.url).events.buffered(spool=spool)
        for event in sent:
            buffer.add(event)
        assert buffer.flush()
        assert len(rows(spool)) == 4  # no callback took them: still here
        assert buffer.failed_events() == sent
        assert rows(spool) == []
        buffer.close()


def test_a_reopened_spool_sends_what_it_holds_first_with_the_same_bytes(tmp_path: Path) -> None:
    spool = tmp_path / "s.spool"
    old = events(6)
    with EventsServer(refuse_all) as server:  # the first buffer's batches all fail, kept
        first = client(server.url).events.buffered(spool=spool)
        for event in old:
            first.add(event)
        first.close()
    assert rows(spool) == [e.to_json() for e in old]
    with EventsServer(keep_bodies=True) as server:
        second = client(server.url).events.buffered(spool=spool, flush_interval=3600)
        assert second.stats.accepted == 6  # recovered, counted as accepted
        new = events(3)
        for event in new:
            second.add(event)
        second.close()
        bodies = list(server.bodies)
    assert rows(spool) == []
    first_body = bodies[0]
    wire = [e.to_json() for e in old]
    assert first_body.startswith(b'{"events":[' + b",".join(wire))  # first, byte for byte
    assert b'"cost":1.50' in first_body
    received = [json.loads(b)["events"] for b in bodies]
    keys = [e["idempotencyKey"] for batch in received for e in batch]
    assert keys == [e.idempotency_key for e in old + new]


def test_one_buffer_per_spool(tmp_path: Path) -> None:
    with EventsServer() as server:
        c = client(server.url)
        first = c.events.buffered(spool=tmp_path)
        with pytest.raises(monk.SpoolLockedError) as caught:
            c.events.buffered(spool=tmp_path)
        assert str(tmp_path / "monk-events.spool") in str(caught.value)
        assert caught.value.path == str(tmp_path / "monk-events.spool")
        assert isinstance(caught.value, monk.MonkError)
        copy = pickle.loads(pickle.dumps(caught.value))  # noqa: S301 (our own bytes)
        assert str(copy) == str(caught.value) and copy.path == caught.value.path
        first.close()
        c.events.buffered(spool=tmp_path).close()  # free again once closed


def test_the_size_bound_backpressures(tmp_path: Path) -> None:
    batch = events(4)
    size = sum(len(e.to_json()) for e in batch[:3])
    with EventsServer() as server:
        c = client(server.url)
        fail_fast = c.events.buffered(
            spool=tmp_path / "a", spool_max_bytes=size, flush_interval=3600
        )
        for event in batch[:3]:
            fail_fast.add(event)
        with pytest.raises(monk.BufferFullError, match="spool_max_bytes"):
            fail_fast.add(batch[3])
        assert fail_fast.flush()  # acknowledged: room again
        fail_fast.add(batch[3])
        fail_fast.close()
        block = c.events.buffered(
            spool=tmp_path / "b", spool_max_bytes=size, flush_interval=3600, backpressure="block"
        )
        for event in batch[:3]:
            block.add(event)
        with pytest.raises(monk.BufferFullError, match=r"stayed full for 0\.01s"):
            block.add(batch[3], timeout=0.01)
        block.close()
        assert sum(server.arrivals.values()) == 7  # 4 from the first, 3 from the second
    assert rows(tmp_path / "a") == rows(tmp_path / "b") == []


def test_no_secret_reaches_the_spool_or_a_message(tmp_path: Path) -> None:
    with EventsServer() as server:
        buffer = client(server.url).events.buffered(spool=tmp_path, flush_interval=3600)
        for event in events(20):
            buffer.add(event)
        files = b"".join(p.read_bytes() for p in tmp_path.iterdir())
        assert len(rows(tmp_path / "monk-events.spool")) == 20
        assert KEY.encode() not in files and b"Bearer" not in files
        assert KEY not in repr(buffer)
        with pytest.raises(monk.SpoolLockedError) as caught:
            client(server.url).events.buffered(spool=tmp_path)
        assert KEY not in str(caught.value) and KEY not in repr(caught.value)
        buffer.close()


@pytest.mark.parametrize("level", ["FULL", "NORMAL", "OFF"])
def test_the_synchronous_level_is_what_sqlite_runs(level: str, tmp_path: Path) -> None:
    with EventsServer() as server:
        buffer = client(server.url).events.buffered(spool=tmp_path, spool_synchronous=level)  # type: ignore[arg-type]
        spool = buffer._ingester.spool
        assert spool is not None
        pragma = spool._conn.execute("PRAGMA synchronous").fetchone()[0]
        mode = spool._conn.execute("PRAGMA journal_mode").fetchone()[0]
        buffer.close()
    assert (pragma, mode) == ({"OFF": 0, "NORMAL": 1, "FULL": 2}[level], "wal")


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("spool_synchronous", "EXTRA"),
        ("spool_max_bytes", 0),
        ("spool_commit_wait", -1),
        ("spool", ""),
    ],
)
def test_bad_spool_options_are_refused(option: str, value: object, tmp_path: Path) -> None:
    options: dict[str, object] = {"spool": tmp_path, option: value}
    with pytest.raises(monk.ValidationError, match=option):
        client("http://127.0.0.1:9").events.buffered(**options)  # type: ignore[arg-type]


def test_a_file_that_is_not_a_spool_is_refused_not_used(tmp_path: Path) -> None:
    other = tmp_path / "app.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE users (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(monk.MonkError, match="not a Monk spool"):
        client("http://127.0.0.1:9").events.buffered(spool=other)
    conn = sqlite3.connect(other)
    assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("users",)]
    conn.close()
    client("http://127.0.0.1:9").events.buffered(spool=other.with_name("x")).close()


async def test_async_adds_waiting_together_share_one_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    append = Spool.append

    def counting(self: Spool, evs: list[monk.Event]) -> None:
        commits.append(len(evs))
        append(self, evs)

    monkeypatch.setattr(Spool, "append", counting)
    with EventsServer() as server:
        aclient = monk.AsyncMonk(api_key=KEY, events_base_url=server.url)
        async with aclient.events.buffered(spool=tmp_path) as buffer:
            await asyncio.gather(*(buffer.add(e) for e in events(8)))
            await buffer.add(events(1)[0])
            with pytest.raises(monk.MonkError, match="add_nowait"):
                buffer.add_nowait(events(1)[0])
        await aclient.close()
        assert len(server.keys) == 9
    assert commits == [8, 1]


async def test_async_a_reopened_spool_sends_first(tmp_path: Path) -> None:
    old = events(5)
    with EventsServer(refuse_all) as server:
        aclient = monk.AsyncMonk(api_key=KEY, events_base_url=server.url)
        async with aclient.events.buffered(spool=tmp_path) as buffer:
            for event in old:
                await buffer.add(event)
        await aclient.close()
    assert len(rows(tmp_path / "monk-events.spool")) == 5
    with EventsServer() as server:
        aclient = monk.AsyncMonk(api_key=KEY, events_base_url=server.url)
        buffer = aclient.events.buffered(spool=tmp_path)
        await buffer.close()  # nothing added here: the recovered events are sent all the same
        await aclient.close()
        assert server.keys == {e.idempotency_key for e in old}
    assert rows(tmp_path / "monk-events.spool") == []


def test_threads_waiting_together_share_one_commit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    commits: list[int] = []
    release = threading.Event()
    append_one, append = Spool.append_one, Spool.append

    def first_commit_waits(self: Spool, event: monk.Event) -> None:
        commits.append(1)
        release.wait()  # the others arrive meanwhile, and group
        append_one(self, event)

    def counting(self: Spool, evs: list[monk.Event]) -> None:
        commits.append(len(evs))
        append(self, evs)

    monkeypatch.setattr(Spool, "append_one", first_commit_waits)
    monkeypatch.setattr(Spool, "append", counting)
    with EventsServer() as server:
        buffer = client(server.url).events.buffered(spool=tmp_path, flush_interval=3600)
        ingester = buffer._ingester
        threads = [threading.Thread(target=buffer.add, args=(e,)) for e in events(8)]
        for thread in threads:
            thread.start()
        for _ in range(30_000):  # one committing, seven waiting in the next group
            if ingester.reserved == 8:
                break
            time.sleep(0.001)
        release.set()
        for thread in threads:
            thread.join()
        assert len(rows(tmp_path / "monk-events.spool")) == 8
        buffer.close()
        assert len(server.keys) == 8
    assert commits == [1, 7]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork")
def test_a_spooled_buffer_refuses_add_in_a_forked_child(tmp_path: Path) -> None:
    with EventsServer() as server:
        buffer = client(server.url).events.buffered(spool=tmp_path)
        buffer.add(events(1)[0])
        pid = os.fork()
        if pid == 0:  # the child: the spool is the parent's
            code = 1
            try:
                buffer.add(events(1)[0])
            except monk.MonkError as exc:
                code = 0 if "os.fork()" in str(exc) else 2
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        wal = tmp_path / "monk-events.spool-wal"
        assert wal.exists()  # the parent's spool is as it was
        buffer.add(events(1)[0])  # the parent's buffer goes on
        buffer.close()
        assert len(server.keys) == 2
    assert os.waitstatus_to_exitcode(status) == 0
    assert rows(tmp_path / "monk-events.spool") == []
