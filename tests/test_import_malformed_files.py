"""``monk events import`` on files that are malformed, half written or huge: one bad row is one
bad row, a half-written last line waits for the next run, and memory does not grow with the file.
"""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any

import pytest
import test_import_hardening

from monk._bulk.importer import Occurrences
from monk.testing import MockMonk
from monk.testing.server import MockServer

mock, server = test_import_hardening.mock, test_import_hardening.server  # the same fixtures


def run(server: MockServer, *args: str) -> Any:
    """``monk events import ARGS`` against the mock, its output as text."""
    done = test_import_hardening.run(server, *args)
    done.stdout, done.stderr = done.stdout.decode(), done.stderr.decode()
    return done


def csv_rows(count: int) -> list[str]:
    return [f"{i},c{i % 7},call,{i % 10}" for i in range(1, count + 1)]


def test_an_unterminated_quote_is_one_bad_row_not_the_rest_of_the_file(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    rows = csv_rows(1000)
    rows[3] = '4,c4,"call,4'  # row 4 (line 5) opens a quote it never closes
    source = tmp_path / "usage.csv"
    source.write_text("id,customer_id,event_name,tokens\n" + "\n".join(rows) + "\n")
    done = run(server, str(source), "--key-column", "id")
    assert done.returncode == 1, done.stderr  # a bad row: exit 1
    assert "usage.csv:5: row 4: is not CSV" in done.stderr
    assert "a quote opened on line 5" in done.stderr
    assert "999 events sent, 1 bad rows" in done.stdout
    assert {e["idempotencyKey"] for e in mock.events} == {str(i) for i in range(1, 1001)} - {"4"}


def test_a_quote_that_closes_rows_later_still_costs_one_row(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    rows = csv_rows(50)
    rows[9] = '10,c3,"call,1'  # ...runs on until row 20 closes a quote of its own
    rows[19] = '20,c6,call,"2"'
    source = tmp_path / "usage.csv"
    source.write_text("id,customer_id,event_name,tokens\n" + "\n".join(rows) + "\n")
    done = run(server, str(source), "--key-column", "id")
    assert "49 events sent, 1 bad rows" in done.stdout, done.stderr
    assert "usage.csv:11: row 10" in done.stderr


def test_a_legal_multi_line_field_is_still_one_row(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    source.write_text('id,customer_id,event_name,note\n1,c1,call,"two\nlines"\n2,c2,call,x\n')
    done = run(server, str(source), "--key-column", "id")
    assert done.returncode == 0, done.stderr
    assert [e["properties"]["note"] for e in mock.events] == ["two\nlines", "x"]


@pytest.mark.parametrize("value", ["1e400", "-2E+308"])
def test_a_number_no_json_reader_takes_is_one_bad_row_and_its_batch_goes(
    tmp_path: Path, mock: MockMonk, server: MockServer, value: str
) -> None:
    rows = csv_rows(5)
    rows[2] = f"3,c3,call,{value}"
    source = tmp_path / "usage.csv"
    source.write_text("id,customer_id,event_name,tokens\n" + "\n".join(rows) + "\n")
    dry = run(server, str(source), "--key-column", "id", "--dry-run")
    assert "4 valid, 1 bad" in dry.stdout and "row 3: properties['tokens']" in dry.stderr
    done = run(server, str(source), "--key-column", "id", "--batch-size", "5")
    assert "4 events sent, 1 bad rows" in done.stdout, done.stderr
    assert sorted(e["idempotencyKey"] for e in mock.events) == ["1", "2", "4", "5"]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_half_written_last_line_waits_for_the_next_run(
    tmp_path: Path, mock: MockMonk, server: MockServer, fmt: str
) -> None:
    source = tmp_path / f"usage.{fmt}"
    if fmt == "jsonl":
        whole = [json.dumps({"customerId": f"c{i}", "eventName": "call"}) for i in range(3)]
        last = json.dumps({"customerId": "c3", "eventName": "call", "properties": {"n": 12}})
        head = ""
    else:
        whole = [f"c{i},call,{i}" for i in range(3)]
        last = "c3,call,12"
        head = "customer_id,event_name,n\n"
    half = last[: len(last) - 3]  # the writer is mid-line
    source.write_text(head + "\n".join(whole) + "\n" + half)
    first = run(server, str(source), "--resume")
    assert first.returncode == 1, first.stderr  # a line read and not delivered: not done
    assert "3 events sent, 0 bad rows" in first.stdout
    assert "has no line end yet" in first.stderr and "left for the next run" in first.stderr
    source.write_text(head + "\n".join(whole) + "\n" + last + "\n")  # the writer finished it
    second = run(server, str(source), "--resume")
    assert second.returncode == 0, second.stderr
    assert "4 events sent (1 in this run)" in second.stdout
    assert len(mock.events) == 4
    assert mock.events[-1]["properties"]["n"] == 12  # the whole value, not the half


def test_occurrences_stay_exact_when_counts_spill_to_disk() -> None:
    """A tiny in-memory limit forces many spills; the counts match a plain Counter."""
    import random

    chance = random.Random(7)
    digests = [chance.randrange(1 << 64) for _ in range(300)]
    stream = [chance.choice(digests) for _ in range(5000)]
    counter = Occurrences(limit=50, bits=1 << 10)  # a small filter: many false positives too
    expected: collections.Counter[int] = collections.Counter()
    try:
        for digest in stream:
            expected[digest] += 1
            assert counter.add(digest) == expected[digest]
        assert counter.db is not None  # it did spill
        path = counter.path
    finally:
        counter.close()
    assert path is not None and not Path(path).exists()  # the temporary file is gone
