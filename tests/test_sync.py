"""``monk events sync`` and ``monk.sync_events``: cursor-based database sync, exact and resumable.

Each test runs on SQLite and on a real PostgreSQL server that the tests start themselves
(``nox -s sql`` installs Debian's package; elsewhere the Postgres cases skip unless
MONK_REQUIRE_POSTGRES=1). Needs the ``sql`` extra; without SQLAlchemy the module skips.
"""

from __future__ import annotations

import datetime
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sa = pytest.importorskip("sqlalchemy", reason="needs monk-sdk[sql]; `nox -s sql` runs these")

from loopback import EventsServer, Fault  # noqa: E402
from pgserver import find_bin, postgres  # noqa: E402

import monk  # noqa: E402

API_KEY = "mk_test_sync"
BASE = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
TIE = 7  # rows sharing one cursor value; never a divisor of a batch size used here


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    if find_bin() is None:
        if os.environ.get("MONK_REQUIRE_POSTGRES") == "1":
            pytest.fail("MONK_REQUIRE_POSTGRES=1 but PostgreSQL is not installed")
        pytest.skip("PostgreSQL is not installed here; `nox -s sql` installs and starts it")
    with postgres() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'usage.db'}"
    url: str = request.getfixturevalue("postgres_url")
    return url


def stamp(i: int) -> datetime.datetime:
    return BASE + datetime.timedelta(seconds=i // TIE)


def make_table(url: str, rows: range, *, table: str = "usage", shuffle: bool = True) -> None:
    """A usage table; the cursor ``ts`` has ties (TIE rows per value) and rows arrive shuffled."""
    engine = sa.create_engine(url)
    postgres_db = engine.dialect.name == "postgresql"
    meta = sa.MetaData()
    usage = sa.Table(
        table,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("ts", sa.DateTime(timezone=True) if postgres_db else sa.Text, nullable=True),
        sa.Column("customer", sa.Text),
        sa.Column("event_name", sa.Text),
        sa.Column("tokens", sa.Integer),
        sa.Column("region", sa.Text),
    )
    order = list(rows)
    if shuffle:
        random.Random(len(order)).shuffle(order)
    values = [
        {
            "id": i,
            "ts": stamp(i) if postgres_db else stamp(i).isoformat(),
            "customer": f"cus_{i % 97}",
            "event_name": "llm_call",
            "tokens": i % 1000,
            "region": "eu",
        }
        for i in order
    ]
    with engine.begin() as conn:
        meta.create_all(conn)
        for start in range(0, len(values), 20_000):
            conn.execute(usage.insert(), values[start : start + 20_000])
    engine.dispose()


def drop_table(url: str, table: str = "usage") -> None:
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(f"DROP TABLE IF EXISTS {table}"))
    engine.dispose()


@pytest.fixture
def db(db_url: str) -> Iterator[str]:
    drop_table(db_url)
    yield db_url
    drop_table(db_url)


def key(i: int) -> str:
    return monk.idempotency_key(i)


def client_for(server: EventsServer, **options: Any) -> monk.Monk:
    return monk.Monk(api_key=API_KEY, base_url=server.url, events_base_url=server.url, **options)


def sync(url: str, server: EventsServer, state: Path, **options: Any) -> monk.SyncStats:
    retry = options.pop("retry", monk.RetryConfig(base_delay=0.01, max_delay=0.05))
    with client_for(server, retry=retry) as client:
        return monk.sync_events(
            url,
            table="usage",
            cursor_column="ts",
            key_columns=options.pop("key_columns", ["id"]),
            external_customer_id="customer",
            state=state,
            client=client,
            **options,
        )


# -- the Python API -----------------------------------------------------------------------------


def test_ties_on_the_cursor_across_batch_boundaries_lose_no_row(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 101))
    state = tmp_path / "state.json"
    with EventsServer() as server:
        stats = sync(db, server, state, batch_size=3, concurrency=2)
        assert (stats.rows, stats.sent, stats.bad, stats.stopped) == (100, 100, 0, None)
        assert server.keys == {key(i) for i in range(1, 101)}
        assert max(server.arrivals.values()) == 1  # no batch sent twice
        assert server.requests == 34  # ceil(100 / 3): one request per page
    saved = json.loads(state.read_text())
    assert saved["sent"] == 100


class RecordingServer(EventsServer):
    """Keeps every batch body it stored, in arrival order."""

    def __init__(self) -> None:
        super().__init__()
        self.bodies: list[dict[str, Any]] = []

    def answer(self, handler: Any, body: dict[str, Any]) -> None:
        with self.lock:
            self.bodies.append(body)
        super().answer(handler, body)


def test_event_fields_come_from_the_columns(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 11))
    with RecordingServer() as server:
        sync(db, server, tmp_path / "s.json", timestamp="ts", concurrency=1, batch_size=4)
    events = [e for body in server.bodies for e in body["events"]]
    assert [e["idempotencyKey"] for e in events] == [key(i) for i in range(1, 11)]  # cursor order
    assert events[8] == {
        "eventName": "llm_call",
        "externalCustomerId": "cus_9",
        "idempotencyKey": key(9),
        "timestamp": "2026-03-01T00:00:01+00:00",
        "properties": {"tokens": 9, "region": "eu"},  # not the cursor or key columns
    }


def test_a_second_run_sends_only_the_rows_added_since(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 51))
    state = tmp_path / "state.json"
    with EventsServer() as server:
        assert sync(db, server, state, batch_size=20).sent == 50
        engine = sa.create_engine(db)
        make_more = sa.Table("usage", sa.MetaData(), autoload_with=engine)
        with engine.begin() as conn:  # later rows, including one that ties the last cursor value
            conn.execute(
                make_more.insert(),
                [
                    {
                        "id": i,
                        "ts": stamp(i)
                        if engine.dialect.name == "postgresql"
                        else stamp(i).isoformat(),
                        "customer": "cus_x",
                        "event_name": "llm_call",
                        "tokens": 1,
                        "region": "eu",
                    }
                    for i in range(51, 61)
                ],
            )
        engine.dispose()
        said: list[str] = []
        second = sync(db, server, state, batch_size=20, lag=0, report=said.append)  # no window
        assert (second.rows, second.sent, second.resumed) == (10, 10, True)
        assert any(m.startswith("resuming after ts = ") for m in said), said  # it says so
        assert server.keys == {key(i) for i in range(1, 61)}
        assert max(server.arrivals.values()) == 1


def test_a_batch_failing_after_retries_is_not_recorded_and_the_next_run_sends_it(
    db: str, tmp_path: Path
) -> None:
    make_table(db, range(1, 101))
    state = tmp_path / "state.json"
    outage = {"on": True}

    def fault(keys: list[str], n: int) -> Fault | None:
        return Fault("outage", status=503) if outage["on"] and n >= 3 else None

    with EventsServer(fault) as server:
        first = sync(db, server, state, batch_size=10, concurrency=1, retry=monk.RetryConfig(
            max_retries=1, base_delay=0.01, circuit_breaker_threshold=0))  # fmt: skip
        assert first.stopped is not None and "failed after retries" in first.stopped
        assert (first.sent, first.unsent) == (20, 80)
        assert json.loads(state.read_text())["sent"] == 20
        outage["on"] = False
        second = sync(db, server, state, batch_size=10)
        # The 80 unsent rows, after the rows of the safety window re-sent with their keys.
        assert (second.sent - second.resent, second.stopped) == (80, None)
        assert server.keys == {key(i) for i in range(1, 101)}


def test_a_rejected_batch_is_never_recorded_as_done(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 41))
    state = tmp_path / "state.json"
    poison = key(25)
    refuse = {"on": True}

    def fault(keys: list[str], n: int) -> Fault | None:
        return Fault("invalid", status=400) if refuse["on"] and poison in keys else None

    with EventsServer(fault) as server:
        first = sync(db, server, state, batch_size=10, concurrency=1)
        assert first.stopped is not None and "was rejected" in first.stopped
        assert (first.sent, first.unsent) == (20, 20)
        refuse["on"] = False  # the source data was fixed
        second = sync(db, server, state, batch_size=10)
        assert second.sent - second.resent == 20
        assert server.keys == {key(i) for i in range(1, 41)}


def test_dry_run_reads_everything_sends_nothing_and_saves_nothing(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 31))
    state = tmp_path / "state.json"
    with EventsServer() as server:
        stats = sync(db, server, state, dry_run=True, batch_size=7)
        assert (stats.rows, stats.sent, stats.bad) == (30, 30, 0)
        assert server.requests == 0
    assert not state.exists()


def test_bad_rows_are_reported_counted_and_passed(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 21))
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE usage SET customer = NULL WHERE id IN (4, 9)"))
        conn.execute(sa.text("UPDATE usage SET ts = NULL WHERE id = 12"))
    engine.dispose()
    said: list[str] = []
    with EventsServer() as server:
        stats = sync(db, server, tmp_path / "s.json", batch_size=6, report=said.append)
        assert (stats.sent, stats.bad) == (17, 2)
        assert server.keys == {key(i) for i in range(1, 21)} - {key(4), key(9), key(12)}
    assert any("id=4" in s and "customer" in s for s in said)
    assert any("1 rows have no value in ts, id" in s for s in said)
    assert stats.problems  # the NULL-cursor row is not silently skipped


def test_mapping_mistakes_fail_before_any_request(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 3))
    with EventsServer() as server:
        with pytest.raises(monk.ValidationError, match="'nope' is not a column"):
            sync(db, server, tmp_path / "s.json", timestamp="nope")
        with pytest.raises(monk.ValidationError, match="is not a column of the source"):
            monk.sync_events(db, table="usage", cursor_column="missing", dry_run=True,
                             state=tmp_path / "s.json")  # fmt: skip
        with pytest.raises(monk.ValidationError, match="batch_size"):
            sync(db, server, tmp_path / "s.json", batch_size=10_001)
        assert server.requests == 0


def test_a_query_with_a_column_mapping_works_like_a_table(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 26))
    query = "SELECT id AS row_id, ts, customer AS who, 'api_call' AS kind, tokens FROM usage"
    with EventsServer() as server, client_for(server) as client:
        stats = monk.sync_events(
            db,
            query=query,
            cursor_column="row_id",
            key_namespace=["usage"],
            external_customer_id="who",
            event_name="kind",
            state=tmp_path / "q.json",
            client=client,
            batch_size=10,
        )
        assert stats.sent == 25
        assert server.keys == {monk.idempotency_key("usage", i) for i in range(1, 26)}


# -- the command --------------------------------------------------------------------------------


def cli_env(server: EventsServer, key: str = API_KEY) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    env.update(MONK_API_KEY=key, MONK_BASE_URL=server.url, MONK_EVENTS_BASE_URL=server.url)
    return env


SYNC_ARGS = ["--table", "usage", "--cursor-column", "ts", "--key-columns", "id",
             "--external-customer-column", "customer", "--progress", "none"]  # fmt: skip


def monk_sync(url: str, state: Path, *extra: str, env: dict[str, str]) -> Any:
    command = [sys.executable, "-m", "monk", "events", "sync", url, *SYNC_ARGS]
    return subprocess.run(
        [*command, "--state", str(state), *extra],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_rejected_key_stops_at_once_with_exit_3_and_resume_sends_every_row(
    db: str, tmp_path: Path
) -> None:
    make_table(db, range(1, 3001))
    state = tmp_path / "state.json"
    good = {"on": False}

    def fault(keys: list[str], n: int) -> Fault | None:
        return None if good["on"] else Fault("unauthorized", status=401)

    with EventsServer(fault) as server:
        first = monk_sync(db, state, "--batch-size", "500", "--concurrency", "2",
                          env=cli_env(server, "mk_test_wrong"))  # fmt: skip
        assert first.returncode == 3, first.stderr
        assert server.requests <= 2  # at most one request per concurrent slot
        assert "API key was rejected" in first.stderr
        assert "3,000 rows remain unsent" in first.stderr
        assert "mk_test_wrong" not in first.stderr + first.stdout
        good["on"] = True
        second = monk_sync(db, state, "--batch-size", "500", env=cli_env(server))
        assert second.returncode == 0, second.stderr
        assert "3,000 events sent" in second.stdout
        assert server.keys == {key(i) for i in range(1, 3001)}
        assert max(server.arrivals.values()) == 1


def test_sigterm_exits_130_with_the_state_at_the_last_acknowledged_batch(
    db: str, tmp_path: Path
) -> None:
    make_table(db, range(1, 2001))
    state = tmp_path / "state.json"
    with EventsServer(lambda keys, n: Fault("slow", delay=0.3)) as server:
        command = [sys.executable, "-m", "monk", "events", "sync", db, *SYNC_ARGS]
        process = subprocess.Popen(
            [*command, "--state", str(state), "--batch-size", "100"],
            env=cli_env(server),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        deadline = time.monotonic() + 60
        while not state.exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
        assert process.returncode == 130, err
        assert "interrupted" in err
        done = saved(state)
        assert 100 <= done < 2000 and done % 100 == 0  # whole acknowledged batches only
        server.fault = lambda keys, n: None
        again = monk_sync(db, state, "--batch-size", "100", env=cli_env(server))
        assert again.returncode == 0, again.stderr
        assert server.keys == {key(i) for i in range(1, 2001)}


def test_usage_errors_exit_2(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 3))
    with EventsServer() as server:
        env = cli_env(server)
        done = monk_sync(db, tmp_path / "s.json", "--batch-size", "0", env=env)
        assert done.returncode == 2 and "batch_size" in done.stderr
        done = monk_sync(db, tmp_path / "s.json", "--timestamp-column", "when", env=env)
        assert done.returncode == 2 and "'when' is not a column" in done.stderr
        other = tmp_path / "other.json"
        other.write_text(json.dumps({"source": "another", "position": None, "sent": 0, "bad": 0}))
        done = monk_sync(db, other, env=env)
        assert done.returncode == 2 and "belongs to another sync" in done.stderr
        assert server.requests == 0


def test_dry_run_on_the_command_line(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 21))
    with EventsServer() as server:
        done = monk_sync(db, tmp_path / "s.json", "--dry-run", env=cli_env(server))
        assert done.returncode == 0, done.stderr
        assert "20 rows checked: 20 valid, 0 bad" in done.stdout
        assert server.requests == 0


def test_progress_bar_shows_rate_share_and_eta(tmp_path: Path) -> None:
    import io

    from monk._bulk.importer import Progress

    out = io.StringIO()
    bar = Progress(1000, mode="bar", stream=out)
    bar.started -= 2
    bar.update(500, 500, 0, force=True)
    text = out.getvalue()
    assert text.startswith("\r") and "events/s" in text and "50%" in text and "ETA" in text


def test_import_monk_loads_neither_sqlalchemy_nor_pyspark() -> None:
    code = "import sys, monk; monk.Monk; print(sorted(m for m in ('sqlalchemy', 'pyspark') if m in sys.modules))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


# -- killed and resumed -------------------------------------------------------------------------

ROWS = 100_000
BATCH = 1_000
CONCURRENCY = 2
KILLS = 4


def saved(state: Path) -> int:
    """Events the state file records as acknowledged (0 before the first save)."""
    try:
        return int(json.loads(state.read_text())["sent"])
    except (FileNotFoundError, ValueError):
        return 0


@pytest.mark.slow
def test_killed_at_random_points_and_resumed_delivers_every_row_exactly_once(
    db: str, tmp_path: Path
) -> None:
    """100,000 rows, 5xx/429/connection resets injected, SIGKILL at random points, resumed."""
    make_table(db, range(1, ROWS + 1))
    state = tmp_path / "state.json"
    chance = random.Random(15)
    recorded_resets = 0

    def fault(keys: list[str], n: int) -> Fault | None:
        nonlocal recorded_resets
        roll = chance.random()
        if roll < 0.06:
            return Fault("5xx", status=503)
        if roll < 0.11:
            return Fault("429", status=429, retry_after="0")
        if roll < 0.15:
            return Fault("reset")
        if roll < 0.17:
            recorded_resets += 1  # stored, but the answer is lost: re-sent by the retry
            return Fault("reset", after_recording=True)
        return None

    kills = 0
    with EventsServer(fault) as server:
        env = cli_env(server)
        command = [
            sys.executable, "-m", "monk", "events", "sync", db, *SYNC_ARGS, "--state", str(state),
            "--batch-size", str(BATCH), "--concurrency", str(CONCURRENCY), "--max-retries", "8",
        ]  # fmt: skip
        for attempt in range(20):
            process = subprocess.Popen(
                command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
            )
            if attempt < KILLS:  # kill once the saved position passes a random row count
                low = max(saved(state) + 1, attempt * ROWS // (KILLS + 1))
                target = chance.randrange(low, max(low + 1, (attempt + 1) * ROWS // (KILLS + 1)))
                while process.poll() is None and saved(state) < target:
                    time.sleep(0.005)
                time.sleep(chance.uniform(0, 0.05))  # anywhere within a batch's life
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    kills += 1
            out, err = process.communicate(timeout=300)
            if process.returncode == 0:
                break
            assert process.returncode == -signal.SIGKILL, err
        else:
            raise AssertionError("the sync never finished")
        assert kills == KILLS, "the process finished before it could be killed"
        assert server.faults["5xx"] and server.faults["429"] and server.faults["reset"]
        assert server.keys == {key(i) for i in range(1, ROWS + 1)}, "a row was lost or invented"
        extra = sum(server.arrivals.values()) - ROWS
        # Re-sent only: batches in flight (or acknowledged, not yet saved) at a kill, the
        # batches whose answer a reset lost, and each resumed run's safety window (10 minutes
        # of a cursor that moves one second every TIE rows; none for SQLite's text cursor).
        window = 600 * TIE + TIE if db.startswith("postgresql") else 0
        assert extra <= (kills * (CONCURRENCY + 1) + recorded_resets) * BATCH + kills * window
    assert "events sent" in out


# -- exactly once at the edges: commit order, keys, zones, acknowledgements, state ----------------


def id_table(url: str, ids: list[int], *, table: str = "usage") -> None:
    """Rows keyed by an integer id (the cursor), inserted in the order given."""
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    usage = sa.Table(
        table,
        meta,
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("customer", sa.Text),
        sa.Column("event_name", sa.Text),
        sa.Column("tokens", sa.Integer),
    )
    with engine.begin() as conn:
        meta.create_all(conn)
        if ids:
            rows = [{"id": i, "customer": "cus_1", "event_name": "call", "tokens": i} for i in ids]
            conn.execute(usage.insert(), rows)
    engine.dispose()


def sync_ids(url: str, server: EventsServer, state: Path, **options: Any) -> monk.SyncStats:
    with client_for(server, retry=monk.RetryConfig(base_delay=0.01, max_delay=0.05)) as client:
        return monk.sync_events(
            url, table="usage", cursor_column="id", external_customer_id="customer",
            state=state, client=client, **options,
        )  # fmt: skip


def test_a_row_committed_after_later_rows_were_synced_is_sent_by_the_next_run(
    db: str, tmp_path: Path
) -> None:
    """Id 1 commits after ids 2..11 were synced: the safety window re-reads and delivers it."""
    id_table(db, list(range(2, 12)))
    with EventsServer() as server:
        first = sync_ids(db, server, tmp_path / "s.json", batch_size=4)
        assert first.sent == 10 and key(1) not in server.keys
        id_table(db, [1])  # the late commit (create_all leaves the table as it is)
        second = sync_ids(db, server, tmp_path / "s.json", batch_size=4)
        assert key(1) in server.keys, "the late row was lost"
        assert (second.rows, second.resent) == (11, 11)  # the window: 10 sent before, 1 late
        assert server.keys == {key(i) for i in range(1, 12)}
        # Without the window the late row is the documented loss: another late row, lag 0.
        id_table(db, [0])
        third = sync_ids(db, server, tmp_path / "s.json", lag=0)
        assert (third.rows, third.sent) == (0, 0) and key(0) not in server.keys
        # A window of 5 ids reaches back to id 6 only.
        fourth = sync_ids(db, server, tmp_path / "s.json", lag=5)
        assert (fourth.rows, fourth.resent) == (6, 6) and key(0) not in server.keys


def test_concurrent_writers_committing_out_of_order_lose_and_duplicate_nothing(
    postgres_url: str, tmp_path: Path
) -> None:
    """Four writers hold their ids uncommitted for a while; sync runs every 0.3 s meanwhile."""
    import threading

    url = postgres_url
    drop_table(url, "live")
    engine = sa.create_engine(url, pool_size=6)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE TABLE live (id BIGSERIAL PRIMARY KEY, customer TEXT, event_name TEXT, "
            "tokens INT)"
        ))  # fmt: skip
    stop = threading.Event()

    def writer(seed: int) -> None:
        chance = random.Random(seed)
        while not stop.is_set():
            with engine.begin() as conn:  # takes an id now, commits after a pause
                conn.execute(sa.text(
                    "INSERT INTO live (customer, event_name, tokens) VALUES ('cus_1', 'call', 1)"
                ))  # fmt: skip
                time.sleep(chance.uniform(0, 0.03))

    writers = [threading.Thread(target=writer, args=(seed,)) for seed in range(4)]
    state = tmp_path / "live.json"
    runs = 0
    with EventsServer() as server, client_for(server) as client:

        def run() -> monk.SyncStats:
            return monk.sync_events(
                url, table="live", cursor_column="id", external_customer_id="customer",
                state=state, client=client, batch_size=100,
            )  # fmt: skip

        for thread in writers:
            thread.start()
        try:
            deadline = time.monotonic() + 4.0
            while time.monotonic() < deadline:
                assert run().stopped is None
                runs += 1
                time.sleep(0.3)
        finally:
            stop.set()
            for thread in writers:
                thread.join()
        run()  # the last run, once every writer committed
        with engine.connect() as conn:
            ids = [r[0] for r in conn.execute(sa.text("SELECT id FROM live"))]
        expected = {key(i) for i in ids}
        lost = len(expected - server.keys)
        invented = len(server.keys - expected)
        print(f"\nout-of-order commits: {len(ids):,} rows, {runs} runs, {lost} lost, "
              f"{invented} duplicated (keys not of a row); "
              f"{sum(server.arrivals.values()):,} events sent in all")  # fmt: skip
        assert len(ids) > 200 and runs > 5
        assert (lost, invented) == (0, 0)
    engine.dispose()
    drop_table(url, "live")


def test_keys_that_repeat_are_refused_before_anything_is_sent(db: str, tmp_path: Path) -> None:
    """``ts`` holds 7 rows per value: as the only key column it cannot identify a row."""
    make_table(db, range(1, 101))
    with EventsServer() as server:
        with pytest.raises(monk.ValidationError) as caught:
            sync(db, server, tmp_path / "s.json", key_columns=None)
        assert caught.value.field == "key_columns"
        assert re.search(r"\d rows share the key \(ts=2026-03-01[ T]00:00:\d\d", str(caught.value))
        assert "--key-columns" in str(caught.value)
        assert server.requests == 0
        done = monk_sync(db, tmp_path / "s.json", "--key-columns", "ts", env=cli_env(server))
        assert done.returncode == 2 and "--key-columns" in done.stderr
        assert "Traceback" not in done.stderr and server.requests == 0
        # With keys that do identify a row, every row goes, each under its own key.
        stats = sync(db, server, tmp_path / "s.json", batch_size=95)
        assert stats.sent == 100 and server.keys == {key(i) for i in range(1, 101)}


def test_the_same_rows_in_two_session_time_zones_give_the_same_keys(
    postgres_url: str, tmp_path: Path
) -> None:
    """A ``timestamptz`` key column: a Kolkata session reads other wall times, the same keys."""
    url = postgres_url
    drop_table(url, "zoned")
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE TABLE zoned (ts TIMESTAMPTZ PRIMARY KEY, customer TEXT, event_name TEXT)"
        ))  # fmt: skip
        conn.execute(
            sa.text("INSERT INTO zoned VALUES (:ts, 'cus_1', 'call')"),
            [{"ts": BASE + datetime.timedelta(minutes=17 * i)} for i in range(100)],
        )
    engine.dispose()
    keys = []
    for zone in ("UTC", "Asia/Kolkata"):
        zoned = f"{url}?options=-c%20timezone%3D{zone}"
        with EventsServer() as server, client_for(server) as client:
            monk.sync_events(
                zoned, table="zoned", cursor_column="ts", external_customer_id="customer",
                state=tmp_path / f"{zone.replace('/', '_')}.json", client=client,
            )  # fmt: skip
            keys.append(server.keys)
    assert len(keys[0]) == 100 and keys[0] == keys[1]
    # ...and they are the keys a UTC session gave before instants were normalised.
    assert keys[0] == {key(BASE + datetime.timedelta(minutes=17 * i)) for i in range(100)}
    drop_table(url, "zoned")


class ShortCountServer(EventsServer):
    """Acknowledges one event fewer than each batch holds (a 202 all the same)."""

    def reply(self, handler: Any, status: int, data: Any, retry_after: str | None) -> None:  # type: ignore[override]
        if isinstance(data, dict) and isinstance(data.get("count"), int):
            data = {**data, "count": data["count"] - 1}
        EventsServer.reply(handler, status, data, retry_after)


def test_a_short_acknowledgement_is_never_reported_as_sent(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 101))
    state = tmp_path / "s.json"
    with ShortCountServer() as server:
        stats = sync(db, server, state, batch_size=50)
        assert stats.sent == 0 and stats.stopped is not None
        assert "acknowledged 49 of 50 events" in stats.stopped
        assert not state.exists()  # nothing recorded as done
        done = monk_sync(db, state, env=cli_env(server))
        assert done.returncode == 1, done.stdout
        assert "acknowledged" in done.stderr and "0 events sent" in done.stdout
        with client_for(server) as client, pytest.raises(monk.UnacknowledgedEventsError) as caught:
            client.events.send_batch([monk.Event("e", customer_id="c") for _ in range(3)])
        assert (caught.value.sent, caught.value.accepted) == (3, 2)


def test_a_damaged_state_file_fails_with_exit_2_and_no_traceback(db: str, tmp_path: Path) -> None:
    make_table(db, range(1, 11))
    state = tmp_path / "s.json"
    with EventsServer() as server:
        env = cli_env(server)
        assert monk_sync(db, state, env=env).returncode == 0
        good = json.loads(state.read_text())
        damages = {
            "a position of the wrong length": {**good, "position": good["position"][:1]},
            "a position that is not a list": {**good, "position": 7},
            "a cursor value of an unknown kind": {**good, "position": [{"blob": "x"}, 1]},
            "counts that are not counts": {**good, "sent": "many"},
            "another version": {**good, "version": 99},
        }
        for what, data in damages.items():
            state.write_text(json.dumps(data))
            done = monk_sync(db, state, env=env)
            assert done.returncode == 2, (what, done.stderr)
            assert "Traceback" not in done.stderr, what
            assert str(state) in done.stderr, what
        state.write_text("{not json")
        done = monk_sync(db, state, env=env)
        assert done.returncode == 2 and "unreadable" in done.stderr


def test_a_renamed_timestamp_column_fails_loudly_instead_of_stamping_now(
    db: str, tmp_path: Path
) -> None:
    engine = sa.create_engine(db)
    with engine.begin() as conn:
        conn.execute(sa.text(
            "CREATE TABLE usage (id INTEGER PRIMARY KEY, customer TEXT, event_name TEXT, "
            "timestamp TEXT)"
        ))  # fmt: skip
        conn.execute(sa.text("INSERT INTO usage VALUES (1, 'c', 'e', '2026-03-01T00:00:00Z')"))
    state = tmp_path / "s.json"
    with RecordingServer() as server:
        assert sync_ids(db, server, state).sent == 1
        with engine.begin() as conn:
            conn.execute(sa.text("ALTER TABLE usage RENAME COLUMN timestamp TO happened_at"))
            conn.execute(sa.text("INSERT INTO usage VALUES (2, 'c', 'e', '2026-03-02T00:00:00Z')"))
        with pytest.raises(
            monk.MonkError, match=r"'timestamp' fed the event time.*--timestamp-col"
        ):
            sync_ids(db, server, state)
        done = subprocess.run(
            [sys.executable, "-m", "monk", "events", "sync", db, "--table", "usage",
             "--cursor-column", "id", "--external-customer-column", "customer",
             "--state", str(state), "--progress", "none"],
            env=cli_env(server), capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert done.returncode == 2 and "--timestamp-column" in done.stderr
        assert "Traceback" not in done.stderr
        assert len(server.bodies) == 1  # nothing stamped "now" was sent
        # Naming the new column is the fix: the late row goes with its own time.
        stats = sync_ids(db, server, state, timestamp="happened_at")
        assert stats.sent - stats.resent == 1
        last = server.bodies[-1]["events"][-1]
        assert last["timestamp"] == "2026-03-02T00:00:00+00:00"
    engine.dispose()


def test_a_changed_key_namespace_is_refused_before_rows_go_out_under_new_keys(
    db: str, tmp_path: Path
) -> None:
    """The window re-sends rows sent before: under another namespace they would be new events."""
    id_table(db, list(range(1, 6)))
    state = tmp_path / "s.json"
    with EventsServer() as server:
        sync_ids(db, server, state, key_namespace=["usage"])
        sent = server.requests
        with pytest.raises(monk.MonkError, match="key-namespace"):
            sync_ids(db, server, state, key_namespace=["billing"])
        assert server.requests == sent  # nothing went out under the new keys
        assert sync_ids(db, server, state, key_namespace=["usage"]).stopped is None


def test_a_state_from_before_utc_keys_is_not_re_sent_under_the_new_keys(
    db: str, tmp_path: Path
) -> None:
    """Upgrading: rows an older version sent (maybe under a non-UTC session's keys) are not
    re-read by the first run's window; the window applies from the run after."""
    id_table(db, list(range(1, 11)))
    state = tmp_path / "s.json"
    with EventsServer() as server:
        sync_ids(db, server, state)
        old = json.loads(state.read_text())
        del old["keys"]  # as a state written before this version
        state.write_text(json.dumps(old))
        said: list[str] = []
        first = sync_ids(db, server, state, report=said.append)
        assert (first.rows, first.resent) == (0, 0) and any("predates" in m for m in said)
        assert json.loads(state.read_text())["keys"] == 2
        second = sync_ids(db, server, state)
        assert second.resent == 10  # the window again
