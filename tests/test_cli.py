"""The ``monk`` command: bulk import (resumable, exact), usage cost, webhooks, the mock server."""

from __future__ import annotations

import datetime
import io
import json
import os
import re
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import monk
from monk.testing import DEFAULT_API_KEY, MockMonk
from monk.testing.server import MockServer

ROWS = 50_000
CONTACTS = [{"email": "ap@acme.com", "roles": ["accounts_payable"]}]


def env_for(server: MockServer | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    if server is not None:
        env.update(MONK_API_KEY=DEFAULT_API_KEY, MONK_BASE_URL=server.url)
    env.update(extra)
    return env


def monk_cli(*args: str, env: dict[str, str], stdin: bytes | None = None) -> Any:
    return subprocess.run(
        [sys.executable, "-m", "monk", *args],
        env=env,
        input=stdin,
        capture_output=True,
        timeout=120,
    )


def write_csv(path: Path, rows: int) -> list[str]:
    """A CSV export of ``rows`` usage rows; returns the idempotency keys the import must use."""
    lines = ["id,customer,event,ts,tokens,region"]
    for i in range(rows):
        lines.append(f"{i},cus_{i % 97},llm_call,2026-03-01T{i % 24:02d}:00:00Z,{i % 1000},eu")
    path.write_text("\n".join(lines) + "\n")
    return [f"row-{i}" for i in range(rows)]


IMPORT_ARGS = [
    "--external-customer-column",
    "customer",
    "--name-column",
    "event",
    "--timestamp-column",
    "ts",
    "--key-column",
    "id",
    "--key-prefix",
    "row-",
    "--progress",
    "none",
]


# -- events import ------------------------------------------------------------------------------


def test_import_of_50000_rows_delivers_exactly_50000_distinct_events(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    keys = write_csv(source, ROWS)
    done = monk_cli("events", "import", str(source), *IMPORT_ARGS, env=env_for(server))
    assert done.returncode == 0, done.stderr.decode()
    events = mock.events
    assert len(events) == ROWS
    assert {e["idempotencyKey"] for e in events} == set(keys)
    first = next(e for e in events if e["idempotencyKey"] == "row-1")
    assert first["externalCustomerId"] == "cus_1"
    assert first["properties"] == {"tokens": 1, "region": "eu"}  # CSV cells typed
    assert datetime.datetime.fromisoformat(first["timestamp"]) == datetime.datetime(
        2026, 3, 1, 1, tzinfo=datetime.UTC
    )
    assert mock.store.event_writes == ROWS  # every row sent once
    summary = done.stdout.decode()
    assert "50,000 events sent, 0 bad rows, 0 rejected by the API" in summary
    assert "rows/s" in summary
    checkpoint = json.loads((tmp_path / "usage.csv.monk-checkpoint").read_text())
    assert (checkpoint["rows"], checkpoint["complete"]) == (ROWS, True)


def _wait_for_checkpoint(path: Path, rows: int, process: subprocess.Popen[bytes]) -> int:
    for _ in range(600):  # at most 30 s
        if path.exists():
            done = json.loads(path.read_text())["rows"]
            if done >= rows:
                return int(done)
        if process.poll() is not None:
            break
        time.sleep(0.05)
    raise AssertionError("the import made no progress")


def _settled(mock: MockMonk) -> int:
    """The number of event writes once the server has finished what it was doing."""
    writes = -1
    for _ in range(50):
        if mock.store.event_writes == writes:
            break
        writes = mock.store.event_writes
        time.sleep(0.1)
    return writes


def test_killed_import_resumes_and_still_delivers_each_row_once(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    keys = write_csv(source, ROWS)
    checkpoint = tmp_path / "state" / "import.ckpt"
    checkpoint.parent.mkdir()
    args = [
        "events",
        "import",
        str(source),
        *IMPORT_ARGS,
        "--checkpoint",
        str(checkpoint),
        "--batch-size",
        "1000",
        "--concurrency",
        "1",
    ]
    slow = mock.override("batchCreateEvents", delay=0.05)  # ~2.5 s for the whole file
    process = subprocess.Popen(
        [sys.executable, "-m", "monk", *args],
        env=env_for(server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_checkpoint(checkpoint, 10_000, process)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
    slow.cancel()
    written_before = _settled(mock)
    saved = json.loads(checkpoint.read_text())
    assert 10_000 <= saved["rows"] < ROWS and not saved["complete"]
    assert written_before >= saved["rows"]  # acknowledged rows were delivered

    resumed = monk_cli(*args, "--resume", env=env_for(server))
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"resuming after row {saved['rows']:,}" in resumed.stderr.decode()
    assert mock.store.event_writes - written_before == ROWS - saved["rows"]  # no row re-read
    assert len(mock.events) == ROWS
    assert {e["idempotencyKey"] for e in mock.events} == set(keys)


def test_interrupt_exits_130_with_the_checkpoint_saved(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    write_csv(source, 20_000)
    mock.override("batchCreateEvents", delay=0.1)
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "monk",
            "events",
            "import",
            str(source),
            *IMPORT_ARGS,
            "--batch-size",
            "500",
            "--concurrency",
            "1",
        ],
        env=env_for(server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    checkpoint = tmp_path / "usage.csv.monk-checkpoint"
    done = _wait_for_checkpoint(checkpoint, 1000, process)
    process.send_signal(signal.SIGINT)
    assert process.wait(timeout=20) == 130
    assert json.loads(checkpoint.read_text())["rows"] >= done


def test_a_refused_batch_is_reported_and_the_import_goes_on(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    keys = write_csv(source, 3000)
    mock.override("batchCreateEvents", status=400, times=1)  # the first batch to arrive
    done = monk_cli(
        "events",
        "import",
        str(source),
        *IMPORT_ARGS,
        "--batch-size",
        "1000",
        "--concurrency",
        "1",
        env=env_for(server),
    )
    assert done.returncode == 1
    assert "usage.csv:2-1001: batch of 1000 events rejected: 400" in done.stderr.decode()
    assert "2,000 events sent, 0 bad rows, 1,000 rejected by the API" in done.stdout.decode()
    assert "1,000 rows were not sent" in done.stderr.decode()
    assert len(mock.events) == 2000
    # The refused batch is never recorded as done: the checkpoint stays before it.
    checkpoint = json.loads((tmp_path / "usage.csv.monk-checkpoint").read_text())
    assert (checkpoint["rows"], checkpoint["complete"]) == (0, False)
    again = monk_cli("events", "import", str(source), *IMPORT_ARGS, "--resume", env=env_for(server))
    assert again.returncode == 0, again.stderr.decode()
    assert sorted(e["idempotencyKey"] for e in mock.events) == sorted(keys)


def test_a_batch_failing_after_retries_stops_the_import_for_resume(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    keys = write_csv(source, 3000)
    args = [
        "events",
        "import",
        str(source),
        *IMPORT_ARGS,
        "--batch-size",
        "1000",
        "--concurrency",
        "1",
        "--max-retries",
        "0",
    ]
    mock.override("batchCreateEvents", status=503, times=1)
    first = monk_cli(*args, env=env_for(server))
    assert first.returncode == 1
    assert "run again with --resume" in first.stderr.decode()
    assert json.loads((tmp_path / "usage.csv.monk-checkpoint").read_text())["rows"] == 0
    again = monk_cli(*args, "--resume", env=env_for(server))
    assert again.returncode == 0, again.stderr.decode()
    assert {e["idempotencyKey"] for e in mock.events} == set(keys)


def test_resume_sends_only_new_rows_and_refuses_a_changed_file(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "usage.csv"
    write_csv(source, 100)
    args = ["events", "import", str(source), *IMPORT_ARGS]
    assert monk_cli(*args, env=env_for(server)).returncode == 0
    done = monk_cli(*args, "--resume", env=env_for(server))  # nothing left to send
    assert done.returncode == 0
    assert "100 events sent (0 in this run)" in done.stdout.decode()
    with source.open("a") as more:  # the export grew: only the new rows go out
        more.write(
            "".join(f"{i},cus_1,llm_call,2026-03-02T00:00:00Z,1,eu\n" for i in range(100, 110))
        )
    grown = monk_cli(*args, "--resume", env=env_for(server))
    assert "110 events sent (10 in this run)" in grown.stdout.decode()
    assert mock.store.event_writes == 110
    text = source.read_text().splitlines()
    source.write_text("\n".join([text[0], "x,y", *text[1:]]) + "\n")  # a row inserted
    changed = monk_cli(*args, "--resume", env=env_for(server))
    assert changed.returncode == 2
    assert "the file changed since the checkpoint" in changed.stderr.decode()


def test_progress_line_shows_rate_share_and_eta() -> None:
    from monk._bulk.importer import Progress

    stream = io.StringIO()
    progress = Progress(200, mode="lines", stream=stream)
    progress.started -= 2  # as if it began two seconds ago
    progress.update(50, 40, 1, force=True)
    line = stream.getvalue()
    assert line.startswith("50 rows  40 events sent  1 bad  ")
    assert re.search(r"  [0-9]+ events/s  25%  ETA 0:0[5-7]\n$", line), line  # 150 rows to go
    progress.update(60, 50, 1)  # throttled: within 5 s of the last line
    assert stream.getvalue() == line


BAD_CSV = """\
id,customer,event,ts,tokens
1,cus_1,llm_call,2026-03-01T00:00:00Z,10
2,,llm_call,2026-03-01T00:00:00Z,10
3,cus_3,llm_call,yesterday,10
4,cus_4,llm_call,2026-03-01T00:00:00,10
5,cus_5,llm_call,2026-03-01T00:00:00Z,10,extra
6,cus_6,,2026-03-01T00:00:00Z,10
7,cus_7,llm_call,2026-03-01T00:00:00Z,11
,cus_8,llm_call,2026-03-01T00:00:00Z,12
"""


def test_dry_run_reports_bad_rows_with_line_numbers_and_sends_nothing(
    tmp_path: Path, mock: MockMonk
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(BAD_CSV)
    done = monk_cli("events", "import", str(source), *IMPORT_ARGS, "--dry-run", env=env_for(None))
    assert done.returncode == 1
    errors = done.stderr.decode().splitlines()
    assert [line.split(": ")[0] for line in errors] == [
        "bad.csv:3",
        "bad.csv:4",
        "bad.csv:5",
        "bad.csv:6",
        "bad.csv:7",
        "bad.csv:9",
    ]
    assert "no customer id" in errors[0]
    assert "'yesterday' is not an ISO 8601 date-time" in errors[1]
    assert "has no timezone" in errors[2]
    assert "has 6 fields, the header has 5" in errors[3]
    assert "no event name" in errors[4]
    assert "has no idempotency key in column 'id'" in errors[5]
    assert "8 rows checked: 2 valid, 6 bad" in done.stdout.decode()
    assert not (tmp_path / "bad.csv.monk-checkpoint").exists()


def test_a_real_import_sends_the_good_rows_and_exits_1_for_the_bad(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "bad.csv"
    source.write_text(BAD_CSV)
    done = monk_cli("events", "import", str(source), *IMPORT_ARGS, env=env_for(server))
    assert done.returncode == 1
    assert sorted(e["idempotencyKey"] for e in mock.events) == ["row-1", "row-7"]
    assert "bad.csv:6: row 5:" in done.stderr.decode()


def test_jsonl_with_keys_derived_from_content_is_idempotent(
    tmp_path: Path, mock: MockMonk, server: MockServer
) -> None:
    source = tmp_path / "events.jsonl"
    rows = [
        {
            "eventName": "llm_call",
            "customerId": f"c{i % 3}",
            "timestamp": "2026-03-01T00:00:00Z",
            "properties": {"tokens": i, "cost": "1.5"},
            "region": "eu",
        }
        for i in range(30)
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n{not json\n")
    first = monk_cli("events", "import", str(source), "--progress", "none", env=env_for(server))
    assert first.returncode == 1  # the broken last line
    assert "events.jsonl:32: row 31: invalid JSON" in first.stderr.decode()
    keys = {e["idempotencyKey"] for e in mock.events}
    assert len(keys) == 30
    assert mock.events[0]["properties"] == {"tokens": 0, "cost": "1.5", "region": "eu"}
    again = monk_cli("events", "import", str(source), "--progress", "none", env=env_for(server))
    assert again.returncode == 1
    assert {e["idempotencyKey"] for e in mock.events} == keys  # same content, same keys
    assert mock.store.event_writes == 60


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["events", "import", "missing.csv"], "no such file"),
        (["events", "import", "{csv}", "--batch-size", "10001"], "--batch-size"),
        (["events", "import", "{csv}", "--key-column", "nope"], "'nope' is not a column"),
        (["events", "import", "{csv}"], "MONK_API_KEY"),
        (["usage", "cost", "--contract", "c1"], "MONK_API_KEY"),
        (["events", "import", "{csv}", "--api-key", "mk_live_x"], "unrecognized arguments"),
        (["webhooks", "verify", "--signature", "t=1,v1=00"], "MONK_WEBHOOK_SECRET"),
        ([], "usage: monk"),
    ],
)
def test_usage_errors_exit_2(tmp_path: Path, args: list[str], words: str) -> None:
    source = tmp_path / "ok.csv"
    write_csv(source, 3)
    argv = [a.replace("{csv}", str(source)) for a in args]
    done = monk_cli(*argv, env=env_for(None))
    assert done.returncode == 2
    assert words in done.stderr.decode()


# -- usage cost, webhooks, mock -----------------------------------------------------------------


def test_usage_cost_in_currency_and_credits(mock: MockMonk, server: MockServer) -> None:
    client = mock.client(max_retries=0)
    customer = client.customers.create(name="Acme", contacts=CONTACTS)
    meter = client.meters.create(
        code="CALLS",
        display_name="Calls",
        aggregation_type="COUNT",
        event_type_filter={"include": ["call"]},
    )
    pricing = client.pricing.create(
        name="Calls",
        model="USAGE",
        billing_mode="ONE_TIME",
        product_name="API",
        unit_amount="0.05",
        meter_id=meter.id,
    )
    plan = client.plans.create(name="Pro", pricing_ids=[pricing.id])
    contract = client.contracts.create(
        plan_id=plan.id,
        customer_id=customer.id,
        start_date="2026-01-01",
        credit_grant_cents=5000,
        credit_settings={"creditRateCents": 25},
    )
    client.events.send_batch(
        [monk.Event("call", customer_id=customer.id, idempotency_key=f"k{i}") for i in range(30)]
    )
    text = monk_cli("usage", "cost", "--contract", contract.id, env=env_for(server))
    assert text.returncode == 0, text.stderr.decode()
    assert text.stdout.decode().startswith("1.50 USD, 2026-01-01 00:00 to ")
    data = monk_cli(
        "usage",
        "cost",
        "--contract",
        contract.id,
        "--unit",
        "credits",
        "--json",
        env=env_for(server),
    )
    cost = json.loads(data.stdout)
    assert (Decimal(cost["totalAmount"]), cost["unit"], cost["creditRateCents"]) == (
        Decimal(6),
        "credits",
        "25",
    )
    assert Decimal(cost["currencyAmount"]) == Decimal("1.50")
    missing = monk_cli("usage", "cost", "--contract", "nope", env=env_for(server))
    assert missing.returncode == 1
    assert "404" in missing.stderr.decode()


def test_webhooks_verify(tmp_path: Path) -> None:
    body = json.dumps({"id": "c1", "createdAt": "2026-03-01T00:00:00Z"}).encode()
    secret = "whsec_test"
    signature = monk.webhooks.sign(body, secret)
    env = env_for(None, MONK_WEBHOOK_SECRET=secret)
    ok = monk_cli("webhooks", "verify", "--signature", signature, env=env, stdin=body)
    assert (ok.returncode, ok.stdout.decode().strip()) == (0, "ok: the signature is valid")
    typed = monk_cli(
        "webhooks",
        "verify",
        "--event-type",
        "contract.created",
        env={**env, "MONK_SIGNATURE": signature},
        stdin=body,
    )
    assert json.loads(typed.stdout) == {"type": "contract.created", "payload": json.loads(body)}
    bad = monk_cli("webhooks", "verify", "--signature", signature, env=env, stdin=body + b" ")
    assert bad.returncode == 1
    assert "signature_mismatch" in bad.stderr.decode()


def test_monk_mock_serves_until_terminated() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "monk", "mock", "--port", "0"],
        stdout=subprocess.PIPE,
        env=env_for(None),
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().decode().strip()
        client = monk.Monk(DEFAULT_API_KEY, base_url=url, events_base_url=url, max_retries=0)
        assert client.customers.list().total == 0
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()


def test_the_progress_bar_fits_a_narrow_terminal_and_a_dry_run_sends_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from monk._bulk.importer import Progress

    monkeypatch.setenv("COLUMNS", "40")
    stream = io.StringIO()
    bar = Progress(10_000, mode="bar", stream=stream, dry_run=True)
    bar.update(1_234, 1_200, 34, force=True)
    drawn = stream.getvalue().removeprefix("\r")
    assert len(drawn) < 40  # one line, redrawn in place: never wrapped
    assert "valid" in drawn and "sent" not in drawn
