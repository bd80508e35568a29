"""``monk events import`` throughput: 50,000 CSV rows into the loopback mock (rows/s).

    python benchmarks/bench_import.py [ROWS] [--quick]     (--quick: 10,000 rows)

Starts ``python -m monk.testing.server --port 0``, runs the import the way a user would (a
subprocess, key column, default batch size and concurrency), and prints the median of three runs
(each into a fresh checkpoint; the mock dedups the repeated keys).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _harness import report

_NUMBERS = [a for a in sys.argv[1:] if a.isdigit()]
ROWS = int(_NUMBERS[0]) if _NUMBERS else 10_000 if "--quick" in sys.argv else 50_000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "usage.csv"
        lines = ["id,customer,event,ts,tokens,region"]
        lines += [
            f"{i},cus_{i % 97},llm_call,2026-03-01T{i % 24:02d}:00:00Z,{i % 1000},eu"
            for i in range(ROWS)
        ]
        source.write_text("\n".join(lines) + "\n")
        server = subprocess.Popen(
            [sys.executable, "-m", "monk.testing.server", "--port", "0"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert server.stdout is not None
            url = server.stdout.readline().strip()
            env = {**os.environ, "MONK_API_KEY": "mk_test_bench", "MONK_BASE_URL": url}
            rates = []
            for run in range(3):
                command = [
                    sys.executable, "-m", "monk", "events", "import", str(source),
                    "--external-customer-column", "customer", "--name-column", "event",
                    "--timestamp-column", "ts", "--key-column", "id", "--progress", "none",
                    "--checkpoint", str(Path(tmp) / f"run{run}.ckpt"),
                ]  # fmt: skip
                done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
                found = re.search(r"\(([0-9,]+) rows/s\)", done.stdout)
                assert found, done.stdout
                rates.append(float(found.group(1).replace(",", "")))
        finally:
            server.terminate()
            server.wait(timeout=10)
    report(f"monk events import, {ROWS:,} CSV rows, loopback mock", statistics.median(rates),
           "rows/s")  # fmt: skip


if __name__ == "__main__":
    main()
