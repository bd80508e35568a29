"""The main job: examples/quickstart.py runs the whole flow against the mock and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from monk.testing import DEFAULT_API_KEY

QUICKSTART = Path(__file__).resolve().parent.parent / "examples" / "quickstart.py"


def _run(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    return subprocess.run(
        [sys.executable, str(QUICKSTART)],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_quickstart_against_the_loopback_server_as_nox_runs_it() -> None:
    server = subprocess.Popen(
        [sys.executable, "-m", "monk.testing.server", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert server.stdout is not None
        url = server.stdout.readline().strip()
        done = _run(
            {"MONK_API_KEY": DEFAULT_API_KEY, "MONK_BASE_URL": url, "MONK_EVENTS_BASE_URL": url}
        )
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    first = out.splitlines()[0]
    assert first.endswith(f"against {url}") and first.count(url) == 1  # each host named once
    for step in ("1. Catalogue", "2. Usage events", "3. What the usage cost", "4. A signed"):
        assert step in out
    assert "FAIL" not in out
    assert len(re.findall(r"^   ok ", out, re.M)) == 8
    assert "$20.00 (expected 1,000 events x $0.02 = $20.00)" in out
    assert "800 credits ($80.00) left (expected 1,000 - 200 = 800)" in out
    assert out.rstrip().endswith("Every step worked.")


def test_quickstart_without_a_key_uses_the_in_process_mock() -> None:
    done = _run({})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "against an in-process mock" in done.stdout


LIVE_KEY = "mk_live_" + "a1b2c3d4e5f6" * 4


def test_the_demo_never_writes_to_production_without_live() -> None:
    """It creates billing objects, $100 of credits and 1,000 events: not on live data by chance."""
    done = _run({"MONK_API_KEY": LIVE_KEY, "MONK_ENVIRONMENT": "production"})
    assert done.returncode == 2, done.stdout + done.stderr
    assert "Refused" in done.stderr and "--live" in done.stderr
    assert "against" not in done.stdout  # it stopped before connecting
    assert LIVE_KEY not in done.stdout + done.stderr


def test_commands_that_write_use_the_sandbox_unless_live(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "usage.csv"
    source.write_text("customer_id,event_name\nc1,call\n")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    env = {**clean, "MONK_API_KEY": LIVE_KEY, "MONK_ENVIRONMENT": "production"}
    command = [sys.executable, "-m", "monk", "events", "import", str(source), "--progress", "none"]
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "--live" in done.stderr, done.stderr
    assert LIVE_KEY not in done.stderr

    from monk import _cli

    for name in [k for k in os.environ if k.startswith("MONK_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("MONK_API_KEY", LIVE_KEY)
    parse = _cli._parser().parse_args
    with _cli._client(parse(["events", "import", str(source)]), writes=True) as client:
        assert client.events_base_url == "https://events-api-sandbox.monk.com"
    live = parse(["events", "import", str(source), "--live"])
    with _cli._client(live, writes=True) as client:
        assert client.events_base_url == "https://events-api.monk.com"
    with _cli._client(parse(["usage", "cost", "--contract", "c"])) as client:  # reads
        assert client.base_url == "https://api.monk.com"
