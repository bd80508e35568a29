"""The main job: examples/quickstart.py runs the whole flow against the mock and exits 0."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

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
