"""``monk events import``: identical rows stay distinct, a rejected key loses no row, encodings."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from monk import idempotency_key
from monk._bulk.importer import derive_key
from monk.testing import DEFAULT_API_KEY, MockMonk
from monk.testing.server import MockServer

WRONG_KEY = "mk_test_" + "9" * 48


@pytest.fixture
def mock() -> MockMonk:
    return MockMonk(api_keys=[DEFAULT_API_KEY])


@pytest.fixture
def server(mock: MockMonk) -> Iterator[MockServer]:
    with mock.serve() as running:
        yield running


def run(server: MockServer, *args: str, key: str = DEFAULT_API_KEY) -> Any:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    env.update(MONK_API_KEY=key, MONK_BASE_URL=server.url)
    return subprocess.run(
        [sys.executable, "-m", "monk", "events", "import", *args, "--progress", "none"],
        env=env,
        capture_output=True,
        timeout=120,
    )


def test_identical_rows_get_distinct_keys_stable_across_runs(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    # Three identical rows (second-resolution usage), then one other, then the same again.
    lines = ["customer_id,event_name,timestamp,tokens"]
    lines += ["c1,llm_call,2026-03-01T00:00:00Z,5"] * 3 + ["c2,llm_call,2026-03-01T00:00:00Z,5"]
    source.write_text("\n".join(lines) + "\n")
    first = run(server, str(source))
    assert first.returncode == 0, first.stderr.decode()
    assert "4 rows, 4 distinct keys" in first.stdout.decode()
    keys = [e["idempotencyKey"] for e in mock.events]
    assert len(set(keys)) == 4
    fields = {
        "eventName": "llm_call",
        "customerId": "c1",
        "timestamp": "2026-03-01T00:00:00Z",
        "properties": {"tokens": 5},
    }
    content = json.dumps(fields, sort_keys=True, separators=(",", ":"), default=str)
    # The first occurrence keeps the content-only key earlier versions derived.
    assert derive_key(fields, 1) == idempotency_key("monk events import", content)
    assert {derive_key(fields, n) for n in (1, 2, 3)} <= set(keys)
    again = run(server, str(source))
    assert again.returncode == 0
    assert Counter(e["idempotencyKey"] for e in mock.events) == Counter(keys)  # same keys


def test_a_key_column_that_repeats_is_called_out(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    source.write_text(
        "id,customer_id,event_name\n1,c1,call\n1,c1,call\n2,c1,call\n", encoding="utf-8"
    )
    done = run(server, str(source), "--key-column", "id")
    assert "3 rows, 2 distinct keys" in done.stdout.decode()
    assert "1 rows repeat the idempotency key of an earlier row" in done.stderr.decode()


@pytest.mark.parametrize("concurrency", [1, 3])
def test_a_rejected_key_stops_at_once_and_resume_delivers_every_row_once(
    tmp_path: Path, mock: MockMonk, server: MockServer, concurrency: int
) -> None:
    source = tmp_path / "usage.csv"
    rows = 3000
    source.write_text(
        "id,customer_id,event_name\n" + "".join(f"{i},c{i % 7},call\n" for i in range(rows))
    )
    args = [str(source), "--key-column", "id", "--batch-size", "100"]
    args += ["--concurrency", str(concurrency)]
    first = run(server, *args, key=WRONG_KEY)
    assert first.returncode == 3, first.stderr.decode()
    err = first.stderr.decode()
    assert "the API key was rejected (401" in err
    assert "nothing more will be sent" in err
    assert f"{rows:,} rows were not sent" in err and "--resume" in err
    assert WRONG_KEY not in err + first.stdout.decode()
    requests = [c for c in mock.requests if c.path.endswith("/events/batch")]
    assert 1 <= len(requests) <= concurrency  # at most one request per concurrent slot
    assert mock.events == []
    checkpoint = json.loads((tmp_path / "usage.csv.monk-checkpoint").read_text())
    assert (checkpoint["rows"], checkpoint["complete"]) == (0, False)

    again = run(server, *args, "--resume")
    assert again.returncode == 0, again.stderr.decode()
    delivered = Counter(e["idempotencyKey"] for e in mock.events)
    assert delivered == Counter(str(i) for i in range(rows))  # every row, once by key


@pytest.mark.parametrize("fmt", ["csv", "jsonl"])
def test_utf8_with_a_byte_order_mark_is_read(
    tmp_path: Path, mock: MockMonk, server: MockServer, fmt: str
) -> None:
    source = tmp_path / f"usage.{fmt}"
    if fmt == "csv":
        text = "customer_id,event_name,city\nc1,call,Zürich\nc2,call,Köln\n"
    else:
        text = "".join(
            json.dumps({"customerId": c, "eventName": "call", "city": city}) + "\n"
            for c, city in (("c1", "Zürich"), ("c2", "Köln"))
        )
    source.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    done = run(server, str(source))
    assert done.returncode == 0, done.stderr.decode()
    assert sorted(e["properties"]["city"] for e in mock.events) == ["Köln", "Zürich"]


def test_latin1_rows_are_reported_by_line_and_encoding_reads_them(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    source.write_bytes(
        "customer_id,event_name,city\nc1,call,Paris\nc2,call,Zürich\n".encode("latin-1")
    )
    done = run(server, str(source))
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "usage.csv:3: row 2: is not valid utf-8 text (byte 0xFC)" in err
    assert "--encoding" in err and "Traceback" not in err
    assert [e["properties"]["city"] for e in mock.events] == ["Paris"]
    fixed = run(server, str(source), "--encoding", "latin-1", "--checkpoint", str(tmp_path / "cp"))
    assert fixed.returncode == 0, fixed.stderr.decode()
    assert "Zürich" in {e["properties"]["city"] for e in mock.events}
    unknown = run(server, str(source), "--encoding", "klingon")
    assert unknown.returncode == 2 and b"not an encoding" in unknown.stderr


def test_deeply_nested_and_huge_jsonl_rows_are_bad_rows_not_crashes(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.jsonl"
    source.write_text(
        '{"customerId":"c1","eventName":"call"}\n'
        + "[" * 100_000
        + "\n"
        + '{"customerId":"c1","eventName":"call","n":'
        + "9" * 5000
        + "}\n"
    )
    done = run(server, str(source))
    assert done.returncode == 1
    err = done.stderr.decode()
    assert "usage.jsonl:2: row 2: invalid JSON: nested too deeply" in err
    assert "usage.jsonl:3: row 3: invalid JSON" in err
    assert "Traceback" not in err
    assert len(mock.events) == 1


def test_a_short_acknowledgement_stops_the_import_and_resume_sends_the_batch(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    """A 2xx whose count is below the batch size is a failed batch, never rows sent."""
    source = tmp_path / "usage.csv"
    source.write_text("id,customer_id,event_name\n" + "".join(f"{i},c1,call\n" for i in range(30)))
    short = mock.override(
        "batchCreateEvents", json={"status": "accepted", "count": 9, "requestId": "r"}, times=1
    )
    args = [str(source), "--key-column", "id", "--batch-size", "10", "--concurrency", "1"]
    first = run(server, *args)
    assert first.returncode == 1, first.stderr.decode()
    assert "acknowledged 9 of 10 events" in first.stderr.decode()
    assert "0 events sent" in first.stdout.decode() and short.calls == 1
    again = run(server, *args, "--resume")
    assert again.returncode == 0, again.stderr.decode()
    assert {e["idempotencyKey"] for e in mock.events} == {str(i) for i in range(30)}
