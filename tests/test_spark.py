"""``monk.spark.send_events`` on local Spark, against a loopback Events API with injected faults.

Needs the ``spark`` extra (PySpark 4, Java 17); without PySpark the module skips. ``nox -s spark``
runs it. The master is ``local[2,4]``: two cores, and four attempts per task, so a killed task is
retried as a cluster would retry it (plain ``local[2]`` never retries a task).
"""

from __future__ import annotations

import datetime
import json
import os
import signal
import sys
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

pyspark = pytest.importorskip("pyspark", reason="needs monk-sdk[spark]; `nox -s spark` runs it")

from loopback import EventsServer, Fault  # noqa: E402
from pyspark.sql import SparkSession  # noqa: E402
from pyspark.sql import functions as sf  # noqa: E402
from pyspark.sql import types as st  # noqa: E402

import monk  # noqa: E402
import monk.spark  # noqa: E402

API_KEY = "mk_test_spark"
ROWS = 50_000
BATCH = 1_000
POISON = 31_337  # the row whose batch the server refuses with a 400
KILL_AT = 40_000  # the task sending this row's batch is killed (SIGKILL) the first time


@pytest.fixture(scope="module")
def spark() -> Iterator[SparkSession]:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    session = (
        SparkSession.builder.master("local[2,4]")
        .appName("monk-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    yield session
    session.stop()


def key(i: int) -> str:
    return monk.idempotency_key(i)


def usage(spark: SparkSession, rows: int) -> Any:
    base = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
    return spark.range(0, rows, numPartitions=2).select(
        sf.col("id"),
        sf.lit("llm_call").alias("event_name"),
        sf.concat(sf.lit("cus_"), (sf.col("id") % 97).cast("string")).alias("external_customer_id"),
        (sf.lit(base) + sf.make_interval(secs=sf.col("id"))).alias("timestamp"),
        sf.create_map(sf.lit("tokens"), sf.col("id") % 1000).alias("properties"),
    )


def peer_pid(port: int) -> int:
    """The process whose TCP socket has local port ``port`` (Linux: /proc/net/tcp, then fds)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        with open(table) as handle:
            for line in list(handle)[1:]:
                fields = line.split()
                if int(fields[1].rsplit(":", 1)[1], 16) == port:
                    inodes.add(f"socket:[{fields[9]}]")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            for fd in os.listdir(f"/proc/{pid}/fd"):
                if os.readlink(f"/proc/{pid}/fd/{fd}") in inodes:
                    return int(pid)
        except OSError:
            continue
    raise AssertionError(f"no process holds local port {port}")


class Recorder(EventsServer):
    """Keeps each stored batch body; kills the sender of the first batch holding ``kill_key``."""

    def __init__(self, fault: Any = None, kill_key: str | None = None) -> None:
        super().__init__(fault)
        self.bodies: list[dict[str, Any]] = []
        self.kill_key = kill_key
        self.killed = False

    def answer(self, handler: Any, body: dict[str, Any]) -> None:
        with self.lock:
            self.bodies.append(body)
            kill = not self.killed and any(
                e["idempotencyKey"] == self.kill_key for e in body.get("events", [])
            )
            self.killed = self.killed or kill
        if kill:  # the Python worker running the task dies mid-partition, its batch unanswered
            os.kill(peer_pid(handler.client_address[1]), signal.SIGKILL)
            handler.close_connection = True
            return
        super().answer(handler, body)


def send(server: EventsServer, df: Any, **options: Any) -> Any:
    return monk.spark.send_events(df, api_key=API_KEY, events_base_url=server.url, **options)


def test_fields_properties_shapes_and_session_time_zone(spark: SparkSession) -> None:
    schema = st.StructType(
        [
            st.StructField("id", st.LongType()),
            st.StructField("event_name", st.StringType()),
            st.StructField("customer_id", st.StringType()),
            st.StructField("timestamp", st.TimestampNTZType()),
            st.StructField(
                "properties",
                st.StructType(
                    [
                        st.StructField("tokens", st.LongType()),
                        st.StructField("cost", st.DecimalType(10, 4)),
                    ]
                ),
            ),
        ]
    )
    naive = datetime.datetime(2026, 3, 1, 12, 0, 0)
    rows = [(1, "api_call", "c-1", naive, (5, Decimal("0.0125")))]
    spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
    try:
        with Recorder() as server:
            failed = send(server, spark.createDataFrame(rows, schema), key_columns=["id"])
            assert failed.count() == 0
            json_rows = spark.createDataFrame(
                [("k-1", "api_call", "x-1", "2026-03-01T12:00:00", '{"tokens": 7}')],
                "idempotency_key string, event_name string, external_customer_id string, "
                "timestamp string, properties string",
            )
            assert send(server, json_rows).count() == 0
    finally:
        spark.conf.set("spark.sql.session.timeZone", "UTC")
    first, second = (body["events"][0] for body in server.bodies)
    assert first == {
        "eventName": "api_call",
        "customerId": "c-1",
        "idempotencyKey": key(1),
        "timestamp": "2026-03-01T03:00:00+00:00",  # 12:00 in Tokyo
        "properties": {"tokens": 5, "cost": 0.0125},
    }
    assert second["idempotencyKey"] == "k-1"
    assert second["timestamp"] == "2026-03-01T03:00:00+00:00"
    assert second["properties"] == {"tokens": 7}


def test_mistakes_are_caught_on_the_driver_before_any_job(spark: SparkSession) -> None:
    df = usage(spark, 10)
    with EventsServer() as server:
        with pytest.raises(monk.ValidationError, match="key_columns"):
            send(server, df)  # no key_columns and no idempotency_key column
        with pytest.raises(monk.ValidationError, match="'nope' is not a column"):
            send(server, df, key_columns=["nope"])
        with pytest.raises(monk.ValidationError, match="batch_size"):
            send(server, df, key_columns=["id"], batch_size=10_001)
        with pytest.raises(monk.ValidationError, match="customer"):
            send(server, df.drop("external_customer_id"), key_columns=["id"])
        assert server.requests == 0


def test_bad_rows_and_a_rejected_key_come_back_with_their_error(spark: SparkSession) -> None:
    df = usage(spark, 100).withColumn(
        "external_customer_id",
        sf.when(sf.col("id") == 7, sf.lit(None)).otherwise(sf.col("external_customer_id")),
    )
    with EventsServer() as server:
        failed = send(server, df, key_columns=["id"], batch_size=30)
        rows = failed.collect()
        assert [(r.id, "no customer id" in r.error) for r in rows] == [(7, True)]
        assert server.keys == {key(i) for i in range(100) if i != 7}
    with EventsServer(lambda keys, n: Fault("unauthorized", status=401)) as server:
        failed = send(server, df.repartition(1), key_columns=["id"], batch_size=30)
        errors = [r.error for r in failed.collect()]
        assert len(errors) == 100  # nothing lost: every row is handed back
        assert sum("API key was rejected" in e for e in errors) == 99
        assert not any(API_KEY in e for e in errors)  # the key is in no error
        assert server.requests == 1  # the partition stopped at the first 401


@pytest.mark.slow
def test_50000_rows_with_faults_a_killed_task_and_a_poison_batch(spark: SparkSession) -> None:
    poison = key(POISON)
    refused: list[frozenset[str]] = []

    def fault(keys: list[str], n: int) -> Fault | None:
        if poison in keys:
            refused.append(frozenset(keys))
            return Fault("invalid", status=400)
        turn = n % 9  # every ninth request of each kind fails, whichever partition sent it
        if turn == 2:
            return Fault("5xx", status=503)
        if turn == 5:
            return Fault("429", status=429, retry_after="0")
        if turn == 8:
            return Fault("reset", after_recording=n % 2 == 0)
        return None

    df = usage(spark, ROWS)
    everything = {key(i) for i in range(ROWS)}
    with Recorder(fault, kill_key=key(KILL_AT)) as server:
        failed = send(server, df, key_columns=["id"], batch_size=BATCH)
        assert server.killed, "no task was killed"
        # The killed attempt had sent its partition's first batch; the retried task sent it again.
        assert server.arrivals[key(ROWS // 2)] >= 2
        failures = failed.collect()
        failed_keys = {key(r.id) for r in failures}
        assert len(set(refused)) == 1, "the poison batch is the same batch on every attempt"
        assert failed_keys == set(refused[0]) and len(failures) == len(refused[0]) <= BATCH
        assert POISON in {r.id for r in failures}
        assert all("400" in r.error for r in failures)
        assert server.keys == everything - failed_keys  # every other row, by key
        assert server.faults["5xx"] and server.faults["429"] and server.faults["reset"]
        delivered = set(server.keys)

        again = send(server, usage(spark, ROWS), key_columns=["id"], batch_size=BATCH)
        assert server.keys == delivered, "a re-run added a key"
        assert {key(r.id) for r in again.collect()} == failed_keys
    rows = {json.dumps(e, sort_keys=True) for body in server.bodies for e in body["events"]}
    assert len({json.loads(r)["idempotencyKey"] for r in rows}) == ROWS  # one version per key


def test_import_monk_does_not_load_pyspark() -> None:
    import subprocess

    code = "import sys, monk; monk.Monk; monk.sync_events; print('pyspark' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_time_key_columns_give_the_same_keys_in_every_session_time_zone(
    spark: SparkSession,
) -> None:
    """The same 20 rows keyed by an instant, a wall time and a date, under UTC and Los Angeles:
    the same keys, and the keys a UTC session derived before (from Spark's own rendering)."""
    base = datetime.datetime(2026, 3, 1, 7, 30, 0, 250000, tzinfo=datetime.UTC)
    moments = [base + datetime.timedelta(hours=5 * i) for i in range(20)]
    # The wall time (no zone) is the instant's UTC wall time: the same value in every session.
    rows = [(m, m.replace(tzinfo=None), m.date()) for m in moments]
    frame = "at timestamp, wall timestamp_ntz, day date"
    keys: dict[str, list[set[str]]] = {}
    for zone in ("UTC", "America/Los_Angeles"):
        spark.conf.set("spark.sql.session.timeZone", zone)
        try:
            df = spark.createDataFrame(rows, frame).select(
                "at",
                "wall",
                "day",
                sf.lit("call").alias("event_name"),
                sf.lit("cus_1").alias("external_customer_id"),
            )
            if zone == "UTC":  # what the SDK hashed before: Spark's rendering in a UTC session
                before = [
                    r[0]
                    for r in df.select(
                        sf.date_format("at", "yyyy-MM-dd'T'HH:mm:ss.SSSSSSXXX")
                    ).collect()
                ]
            keys[zone] = []
            for column in ("at", "wall", "day"):
                with Recorder() as server:
                    assert send(server, df, key_columns=[column]).count() == 0
                    keys[zone].append(server.keys)
        finally:
            spark.conf.set("spark.sql.session.timeZone", "UTC")
    assert keys["UTC"] == keys["America/Los_Angeles"]
    assert all(len(found) == 20 for found in keys["UTC"][:2]) and len(keys["UTC"][2]) <= 20
    assert keys["UTC"][0] == {monk.idempotency_key(text) for text in before}
    assert keys["UTC"][0] == keys["UTC"][1]  # a UTC wall time keys like the instant it shows


class ShortCount(EventsServer):
    """Acknowledges one event fewer than each batch holds (a 2xx all the same)."""

    def reply(self, handler: Any, status: int, data: Any, retry_after: str | None) -> None:  # type: ignore[override]
        if isinstance(data, dict) and isinstance(data.get("count"), int):
            data = {**data, "count": data["count"] - 1}
        EventsServer.reply(handler, status, data, retry_after)


def test_rows_of_a_batch_acknowledged_in_part_come_back_undelivered(spark: SparkSession) -> None:
    with ShortCount() as server:
        failed = send(server, usage(spark, 40), key_columns=["id"], batch_size=10).collect()
    assert len(failed) == 40  # every row of every short batch, none counted as sent
    assert all("acknowledged 9 of 10 events" in row["error"] for row in failed)
