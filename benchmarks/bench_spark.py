"""``monk.spark.send_events`` on ``local[2]`` against the single-process ``monk events import``.

    python benchmarks/bench_spark.py [ROWS] [--quick]

The same ROWS usage rows (default 100,000) are sent by Spark (a DataFrame built with
``spark.range``; two partitions on two local cores, batches of 5,000) and by ``monk events
import`` from a CSV file (batches of 5,000, 2 in flight), into one ``python -m
monk.testing.server``. Spark's time is the call's wall time once the session and its Python
workers are warm; the import prints its own rows/s. Medians of three runs, interleaved.
"""

from __future__ import annotations

import datetime
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _harness import report

NUMBERS = [int(a) for a in sys.argv[1:] if a.isdigit()]
ROWS = NUMBERS[0] if NUMBERS else 20_000 if "--quick" in sys.argv else 100_000
RUNS = 3
BATCH = 5_000
BASE = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
SPAN = 1_000_000  # timestamps stay within about 40 hours of BASE (Monk refuses future ones)


def main() -> None:
    os.environ["PYSPARK_PYTHON"] = sys.executable
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as sf

    import monk.spark

    server = subprocess.Popen(
        [sys.executable, "-m", "monk.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    spark = (
        SparkSession.builder.master("local[2]")
        .appName("monk-bench")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        env = {**os.environ, "MONK_API_KEY": "mk_test_bench", "MONK_BASE_URL": url}

        def frame(first: int, count: int) -> object:
            return spark.range(first, first + count, numPartitions=2).select(
                sf.col("id"),
                sf.lit("llm_call").alias("event_name"),
                sf.concat(sf.lit("cus_"), (sf.col("id") % 97).cast("string")).alias(
                    "external_customer_id"
                ),
                (sf.lit(BASE) + sf.make_interval(secs=sf.floor(sf.col("id") % SPAN / 7))).alias(
                    "timestamp"
                ),
                sf.create_map(sf.lit("tokens"), sf.col("id") % 1000).alias("properties"),
            )

        def send(first: int, count: int) -> float:
            started = time.perf_counter()
            failed = monk.spark.send_events(
                frame(first, count),  # type: ignore[arg-type]
                api_key="mk_test_bench",
                events_base_url=url,
                key_columns=["id"],
                batch_size=BATCH,
            )
            seconds = time.perf_counter() - started
            problems = failed.take(1)
            assert not problems, problems
            return count / seconds

        send(10**9, 2 * BATCH)  # warm: the JVM, the Python workers, the imports
        with tempfile.TemporaryDirectory() as tmp:
            csv = Path(tmp) / "usage.csv"
            lines = ["id,event_name,external_customer_id,timestamp,tokens"]
            lines += [
                f"{i},llm_call,cus_{i % 97},"
                f"{(BASE + datetime.timedelta(seconds=i % SPAN // 7)).isoformat()},{i % 1000}"
                for i in range(ROWS)
            ]
            csv.write_text("\n".join(lines) + "\n")
            imports, sparks = [], []
            for run in range(RUNS):
                command = [
                    sys.executable, "-m", "monk", "events", "import", str(csv),
                    "--key-column", "id", "--batch-size", str(BATCH), "--concurrency", "2",
                    "--progress", "none", "--checkpoint", str(Path(tmp) / f"run{run}.ckpt"),
                ]  # fmt: skip
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                found = re.search(r"\(([0-9,]+) rows/s\)", done.stdout)
                assert found, done.stdout
                imports.append(float(found.group(1).replace(",", "")))
                sparks.append(send(run * ROWS, ROWS))
    finally:
        spark.stop()
        server.terminate()
        server.wait(timeout=10)
    baseline = statistics.median(imports)
    report(f"monk events import, {ROWS:,} CSV rows (baseline)", baseline, "rows/s")
    report(f"monk.spark.send_events, local[2], {ROWS:,} rows", statistics.median(sparks),
           "rows/s", baseline=baseline)  # fmt: skip


if __name__ == "__main__":
    main()
