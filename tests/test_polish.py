"""The small things a new user hit (issue 16, item 6), one test each."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

import monk
from monk._events.ingest import BatchResult

KEY = "mk_test_0123456789abcdef"


def test_batch_result_repr_is_short_whatever_the_batch_size() -> None:
    keys = tuple(f"key-{i:05d}" for i in range(1234))
    result = BatchResult(accepted=1234, requests=1, request_ids=("req_1",), idempotency_keys=keys)
    text = repr(result)
    assert text == "BatchResult(accepted=1234, requests=1, events=1234)"
    assert str(result) == text and "key-" not in text
    assert result.idempotency_keys == keys  # still all there for the caller


LOG_SCRIPT = """
import logging, sys
if sys.argv[1] == "basicConfig":
    logging.basicConfig(level=logging.DEBUG, format="app %(name)s %(message)s")
from monk.testing import MockMonk
client = MockMonk().client()
client.customers.list()
"""


@pytest.mark.parametrize("setup", ["basicConfig", "none"])
def test_monk_log_prints_each_line_once(setup: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    done = subprocess.run(
        [sys.executable, "-c", LOG_SCRIPT, setup],
        env={**env, "MONK_LOG": "debug"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stderr.splitlines() if "GET /v1/customers" in line]
    assert len(lines) == 1, done.stderr
    # With basicConfig the application's format wins; without it, the SDK's own handler speaks.
    assert lines[0].startswith("app monk ") == (setup == "basicConfig")


@pytest.mark.parametrize(
    ("error", "kind"),
    [(httpx.ConnectError, monk.APIConnectionError), (httpx.ReadTimeout, monk.APITimeoutError)],
)
def test_connection_errors_name_the_host(error: type[httpx.TransportError], kind: type) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise error("boom", request=request)

    client = monk.Monk(
        KEY,
        base_url="https://api.example.test:8443",
        http_client=httpx.Client(transport=httpx.MockTransport(fail)),
        max_retries=0,
    )
    with pytest.raises(kind) as info:
        client.customers.list()
    assert "api.example.test:8443" in str(info.value)
    assert KEY not in str(info.value)


def test_dir_monk_shows_only_the_public_api() -> None:
    names = dir(monk)
    assert names == sorted(monk.__all__)
    for private in ("Any", "TYPE_CHECKING", "annotations", "importlib"):
        assert private not in names
    assert all(hasattr(monk, name) for name in names)


def test_a_wrong_call_shows_the_public_error_name_in_its_traceback() -> None:
    """A missing argument is ``monk.ValidationError`` (also a TypeError) in the traceback, and
    it still pickles as what it is."""
    import pickle
    import traceback

    client = monk.Monk(api_key=KEY)
    try:
        client.customers.create(name="Acme")  # type: ignore[call-arg]
    except monk.ValidationError as exc:
        shown = "".join(traceback.format_exception(exc))
        again = pickle.loads(pickle.dumps(exc))  # noqa: S301 (our own bytes)
    finally:
        client.close()
    assert "monk.ValidationError: contacts: is required" in shown
    assert "_ValidationTypeError" not in shown
    assert isinstance(again, monk.ValidationError) and isinstance(again, TypeError)
    assert again.field == "contacts"


def test_a_base_url_alone_serves_the_events_too(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only MONK_BASE_URL set (a local mock): events never go to the production events host."""
    for name in ("MONK_EVENTS_BASE_URL", "MONK_ENVIRONMENT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("MONK_BASE_URL", "http://127.0.0.1:8080")
    with monk.Monk(api_key=KEY) as client:
        assert client.events_base_url == "http://127.0.0.1:8080"
    with monk.Monk(api_key=KEY, base_url="http://proxy:1", events_base_url="http://ev:2") as both:
        assert (both.base_url, both.events_base_url) == ("http://proxy:1", "http://ev:2")
    monkeypatch.delenv("MONK_BASE_URL")
    with monk.Monk(api_key=KEY) as default:
        assert default.events_base_url == "https://events-api.monk.com"
