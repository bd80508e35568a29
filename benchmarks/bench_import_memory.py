"""``monk events import`` peak memory against file size: it must not grow with the file.

    python benchmarks/bench_import_memory.py [MB ...] [--quick]   (default 200 1024; --quick: 20 200)

For each size, a JSONL file of distinct rows plus a share of repeated ones (no key column, so
every key is derived and every row's content is counted) is written to a temporary directory and
imported for real into a loopback sink that acknowledges every batch in full. Prints the peak
RSS of the import process (``ru_maxrss`` of the child) and its rows/s, and the ratio of the
largest file's peak to the smallest's (goal: about 1.0x; a 1 GB file under 100 MB).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from _harness import report

_SIZES = [int(a) for a in sys.argv[1:] if a.isdigit()]
SIZES_MB = _SIZES or ([20, 200] if "--quick" in sys.argv else [200, 1024])


@contextmanager
def sink() -> Iterator[str]:
    """Acknowledges every batch in full (its count is the number of events in the body)."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            count = body.count(b'"eventName"')
            answer = json.dumps({"status": "accepted", "count": count, "requestId": "r"}).encode()
            self.send_response(202)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer)))
            self.end_headers()
            self.wfile.write(answer)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write_file(path: Path, megabytes: int) -> int:
    """Rows until the file holds ``megabytes``; every 10th row repeats an earlier one."""
    target = megabytes * 1024 * 1024
    rows = written = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            i = rows if rows % 10 else rows // 2
            line = (
                f'{{"customerId":"cus_{i % 9973}","eventName":"llm_call",'
                f'"timestamp":"2026-03-01T{i % 24:02d}:{i % 60:02d}:00Z",'
                f'"properties":{{"tokens":{i},"model":"gpt-{i % 7}","region":"eu-{i % 3}"}}}}\n'
            )
            out.write(line)
            written += len(line)
            rows += 1
    return rows


def measure(path: Path, url: str, tmp: str) -> tuple[float, float]:
    """(peak RSS in MB, rows/s) of one import in a child process."""
    env = {**os.environ, "MONK_API_KEY": "mk_test_bench", "MONK_BASE_URL": url}
    env["MONK_EVENTS_BASE_URL"] = url
    code = (
        "import resource, runpy, sys; sys.argv = ['monk', *sys.argv[1:]]\n"
        "try:\n    runpy.run_module('monk', run_name='__main__')\n"
        "finally:\n"
        "    print('maxrss', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)"
    )
    command = [
        sys.executable, "-c", code, "events", "import", str(path), "--progress", "none",
        "--checkpoint", str(Path(tmp) / (path.name + ".ckpt")),
    ]  # fmt: skip
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    peak = re.search(r"maxrss (\d+)", done.stderr)
    rate = re.search(r"\(([0-9,]+) rows/s\)", done.stdout)
    assert done.returncode == 0 and peak and rate, done.stdout + done.stderr
    return int(peak.group(1)) / 1024, float(rate.group(1).replace(",", ""))


def main() -> None:
    peaks = []
    with tempfile.TemporaryDirectory() as tmp, sink() as url:
        for megabytes in SIZES_MB:
            path = Path(tmp) / f"usage-{megabytes}mb.jsonl"
            rows = write_file(path, megabytes)
            peak, rate = measure(path, url, tmp)
            path.unlink()
            peaks.append(peak)
            name = f"import peak RSS, {megabytes:,} MB file ({rows:,} rows, {rate:,.0f} rows/s)"
            report(name, peak, "MB", baseline=peaks[0] if len(peaks) > 1 else None,
                   goal="< 100 MB, ~1.0x the smallest file's")  # fmt: skip


if __name__ == "__main__":
    main()
