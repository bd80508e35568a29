"""``monk events sync`` throughput against ``monk events import`` of the same rows (rows/s).

    python benchmarks/bench_sync.py [ROWS] [--quick]

The same ROWS usage rows (default 100,000) go into a SQLite table and a CSV file. Both commands
run as a user runs them (a subprocess, key column ``id``, batches of 5,000, 2 in flight) into
one ``python -m monk.testing.server``; each prints its own rows/s, and the median of three runs
of each is shown, the import being the baseline measured in the same run. When Debian's
PostgreSQL is installed, the sync from a throwaway PostgreSQL server is measured too.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from _harness import report

NUMBERS = [int(a) for a in sys.argv[1:] if a.isdigit()]
ROWS = NUMBERS[0] if NUMBERS else 20_000 if "--quick" in sys.argv else 100_000
RUNS = 3
BASE = datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC)
COMMON = ["--batch-size", "5000", "--concurrency", "2", "--progress", "none"]


def rows() -> Iterator[tuple[int, str, str, str, int, str]]:
    for i in range(1, ROWS + 1):
        stamp = (BASE + datetime.timedelta(seconds=i // 7)).isoformat()
        yield i, f"cus_{i % 97}", "llm_call", stamp, i % 1000, "eu"


def rate(command: list[str], env: dict[str, str]) -> float:
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])} failed:\n{done.stdout}\n{done.stderr}")
    found = re.search(r"([0-9,]+) rows/s", done.stdout)
    assert found, done.stdout
    return float(found.group(1).replace(",", ""))


@contextlib.contextmanager
def mock_server() -> Iterator[str]:
    server = subprocess.Popen(
        [sys.executable, "-m", "monk.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield server.stdout.readline().strip()
    finally:
        server.terminate()
        server.wait(timeout=10)


def postgres_table() -> contextlib.AbstractContextManager[str] | None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    try:
        from pgserver import find_bin, postgres
    except ImportError:
        return None
    return postgres() if find_bin() is not None else None


def fill_postgres(url: str) -> None:
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    meta = sa.MetaData()
    table = sa.Table(
        "usage", meta,
        sa.Column("id", sa.Integer, primary_key=True), sa.Column("customer", sa.Text),
        sa.Column("event_name", sa.Text), sa.Column("ts", sa.DateTime(timezone=True)),
        sa.Column("tokens", sa.Integer), sa.Column("region", sa.Text),
    )  # fmt: skip
    names = ["id", "customer", "event_name", "ts", "tokens", "region"]
    values = [dict(zip(names, row, strict=True)) for row in rows()]
    for value in values:
        value["ts"] = datetime.datetime.fromisoformat(value["ts"])
    with engine.begin() as conn:
        meta.create_all(conn)
        conn.execute(table.insert(), values)
    engine.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv = folder / "usage.csv"
        lines = ["id,customer,event_name,ts,tokens,region"]
        lines += [",".join(map(str, row)) for row in rows()]
        csv.write_text("\n".join(lines) + "\n")
        db = folder / "usage.db"
        with contextlib.closing(sqlite3.connect(db)) as conn:
            conn.execute(
                "CREATE TABLE usage (id INTEGER PRIMARY KEY, customer TEXT, event_name TEXT, "
                "ts TEXT, tokens INTEGER, region TEXT)"
            )
            conn.executemany("INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?)", rows())
            conn.commit()
        monk = [sys.executable, "-m", "monk", "events"]
        mapping = ["--external-customer-column", "customer", "--timestamp-column", "ts"]
        sync = [*mapping, "--table", "usage", "--cursor-column", "ts", "--key-columns", "id"]
        with mock_server() as url:
            env = {**os.environ, "MONK_API_KEY": "mk_test_bench", "MONK_BASE_URL": url}
            imports, sqlite_syncs = [], []
            for run in range(RUNS):  # interleaved, so drift in the machine's load hits both
                checkpoint = ["--checkpoint", str(folder / f"import{run}.ckpt")]
                imports.append(rate([*monk, "import", str(csv), *mapping, "--key-column", "id",
                                     *checkpoint, *COMMON], env))  # fmt: skip
                state = ["--state", str(folder / f"sqlite{run}.json")]
                sqlite_syncs.append(
                    rate([*monk, "sync", f"sqlite:///{db}", *sync, *state, *COMMON], env)
                )
            baseline = statistics.median(imports)
            report(f"monk events import, {ROWS:,} CSV rows (baseline)", baseline, "rows/s")
            report(f"monk events sync, {ROWS:,} SQLite rows", statistics.median(sqlite_syncs),
                   "rows/s", baseline=baseline)  # fmt: skip
            server = postgres_table()
            if server is None:
                print("  (PostgreSQL not installed: no PostgreSQL figure)")
                return
            with server as pg:
                fill_postgres(pg)
                pg_syncs = []
                for run in range(RUNS):
                    state = ["--state", str(folder / f"pg{run}.json")]
                    pg_syncs.append(rate([*monk, "sync", pg, *sync, *state, *COMMON], env))
            report(f"monk events sync, {ROWS:,} PostgreSQL rows", statistics.median(pg_syncs),
                   "rows/s", baseline=baseline)  # fmt: skip


if __name__ == "__main__":
    main()
