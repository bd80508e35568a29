"""The API key is validated when the client is made and echoed on no channel.

Every channel a key could leak through is swept: exception str/repr/pickle/traceback, the DEBUG
logs of the SDK, httpx and httpcore, the ``monk`` command's stdout/stderr, and Spark's ``error``
column when pyspark is installed.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import monk
from monk.testing import DEFAULT_API_KEY, MockMonk

SECRET = "mk_live_" + "k3yk3y" * 8
# Enough of the key that finding it anywhere means the key leaked.
PIECES = (SECRET, SECRET[8:24], SECRET[-16:])

BAD_KEYS = {
    "trailing newline": SECRET + "\n",
    "trailing CRLF": SECRET + "\r\n",
    "leading space": " " + SECRET,
    "inner space": SECRET[:20] + " " + SECRET[20:],
    "tab": SECRET + "\t",
    "NUL": SECRET[:10] + "\x00" + SECRET[10:],
    "DEL": SECRET + "\x7f",
    "no-break space": SECRET + "\u00a0",
    "zero-width space": SECRET + "\u200b",
    "non-ASCII letter": SECRET + "é",
}


def _channels_of(error: BaseException) -> Iterator[str]:
    """Everything a program (or a person) could see of an exception."""
    yield str(error)
    yield repr(error)
    yield "".join(traceback.format_exception(error))
    blob = pickle.dumps(error)
    yield blob.decode("latin-1")
    again = pickle.loads(blob)  # noqa: S301 (our own pickle)
    yield str(again)
    yield repr(again.__dict__)


def _assert_clean(*texts: str) -> None:
    for text in texts:
        for piece in PIECES:
            assert piece not in text


@pytest.fixture
def debug_logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    with (
        caplog.at_level(logging.DEBUG, logger="monk"),
        caplog.at_level(logging.DEBUG, logger="httpx"),
        caplog.at_level(logging.DEBUG, logger="httpcore"),
    ):
        yield caplog


# -- refused when the client is made ------------------------------------------------------------


@pytest.mark.parametrize("key", BAD_KEYS.values(), ids=BAD_KEYS.keys())
@pytest.mark.parametrize("client_class", [monk.Monk, monk.AsyncMonk])
def test_a_key_with_whitespace_or_control_characters_is_refused_without_being_shown(
    client_class: type[monk.Monk | monk.AsyncMonk], key: str, debug_logs: pytest.LogCaptureFixture
) -> None:
    with pytest.raises(monk.ValidationError) as info:
        client_class(api_key=key)
    assert info.value.field == "api_key"
    assert "the key is not shown" in str(info.value)
    _assert_clean(*_channels_of(info.value), debug_logs.text)


ENV_KEYS = {name: key for name, key in BAD_KEYS.items() if "\x00" not in key}  # env: no NUL


@pytest.mark.parametrize("key", ENV_KEYS.values(), ids=ENV_KEYS.keys())
def test_a_key_from_monk_api_key_is_refused_the_same_way(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    monkeypatch.setenv("MONK_API_KEY", key)
    for client_class in (monk.Monk, monk.AsyncMonk):
        with pytest.raises(monk.ValidationError) as info:
            client_class()
        _assert_clean(*_channels_of(info.value))


def test_the_refusal_says_where_and_what_the_bad_character_is() -> None:
    with pytest.raises(monk.ValidationError, match=r"whitespace at the end \(U\+000A\).*strip"):
        monk.Monk(api_key=SECRET + "\n")
    with pytest.raises(monk.ValidationError, match=r"a control character at position 10"):
        monk.Monk(api_key=SECRET[:10] + "\x00" + SECRET[10:])


def test_with_options_checks_a_new_key_too() -> None:
    client = monk.Monk(api_key=SECRET)
    with pytest.raises(monk.ValidationError) as info:
        client.with_options(api_key=SECRET + "\n")
    _assert_clean(*_channels_of(info.value))


def test_a_well_formed_key_is_taken_as_given() -> None:
    assert monk.Monk(api_key=SECRET).api_key == SECRET


# -- redaction on every error path ------------------------------------------------------------


def _client(handler: Any, **options: Any) -> monk.Monk:
    transport = httpx.MockTransport(handler)
    return monk.Monk(
        api_key=SECRET, max_retries=0, http_client=httpx.Client(transport=transport), **options
    )


def _echo_headers(request: httpx.Request) -> dict[str, str]:
    return {"x-request-id": f"req_{request.headers['authorization'].removeprefix('Bearer ')}"}


def test_a_redirect_that_echoes_the_key_in_x_request_id_is_redacted(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    client = _client(lambda r: httpx.Response(302, headers=_echo_headers(r)))
    with pytest.raises(monk.MonkError, match="undocumented status 302") as info:
        client.customers.get("cus_1")
    assert "[REDACTED]" in str(info.value)
    _assert_clean(*_channels_of(info.value), debug_logs.text)


def test_a_2xx_that_does_not_fit_and_echoes_the_key_is_redacted_and_pickles_clean(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        body = {"data": {"id": f"cus_{SECRET}", "name": 5}}
        return httpx.Response(200, json=body, headers=_echo_headers(request))

    client = _client(handler, strict_responses=True)
    with pytest.raises(monk.ResponseValidationError) as info:
        client.customers.get("cus_1")
    error = info.value
    assert error.path is not None
    _assert_clean(*_channels_of(error), debug_logs.text)
    blob = pickle.dumps(error)
    assert b"Bearer" not in blob
    again = pickle.loads(blob)  # noqa: S301
    assert again.response.request.headers["authorization"] == "[REDACTED]"
    assert again.response.status_code == 200
    assert again.path == error.path
    assert again.response.json()["data"]["name"] == 5  # the body is kept, the key is not
    assert SECRET not in again.response.text


def test_a_tolerant_drift_report_with_an_echoed_request_id_is_redacted(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": {"id": 5}}, headers=_echo_headers(request))

    with pytest.warns(monk.SpecDriftWarning) as caught:
        _client(handler).customers.get("cus_1")
    _assert_clean(*(str(w.message) for w in caught), debug_logs.text)


def test_a_connection_error_quoting_the_header_is_redacted_and_not_chained(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.LocalProtocolError(
            f"Illegal header value b'{request.headers['authorization']}'", request=request
        )

    with pytest.raises(monk.APIConnectionError) as info:
        _client(handler).customers.get("cus_1")
    assert info.value.__cause__ is None
    assert "[REDACTED]" in str(info.value)
    _assert_clean(*_channels_of(info.value), debug_logs.text)


async def test_the_async_client_redacts_the_same_paths() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=[1], headers=_echo_headers(request))

    transport = httpx.MockTransport(handler)
    client = monk.AsyncMonk(
        api_key=SECRET,
        max_retries=0,
        strict_responses=True,
        http_client=httpx.AsyncClient(transport=transport),
    )
    with pytest.raises(monk.ResponseValidationError) as info:
        await client.customers.get("cus_1")
    _assert_clean(*_channels_of(info.value))
    assert b"Bearer" not in pickle.dumps(info.value)


def test_the_real_transport_never_sees_a_bad_key(debug_logs: pytest.LogCaptureFixture) -> None:
    """What used to leak in 6 httpcore DEBUG lines: nothing is sent at all now."""
    with pytest.raises(monk.ValidationError) as info:
        monk.Monk(api_key=SECRET + "\n", base_url="http://127.0.0.1:9", max_retries=0)
    _assert_clean(*_channels_of(info.value), debug_logs.text)
    assert not [r for r in debug_logs.records if r.name.startswith(("httpx", "httpcore"))]


def test_httpcore_debug_lines_of_a_real_server_echoing_the_key_are_redacted(
    debug_logs: pytest.LogCaptureFixture,
) -> None:
    """httpcore logs every response header at DEBUG: an echoed key must not reach them."""
    mock = MockMonk()
    echo = {"x-request-id": f"req_{DEFAULT_API_KEY}", "x-echo": f"Bearer {DEFAULT_API_KEY}"}
    mock.override("getCustomer", status=401, headers=echo)
    mock.override("listCustomers", status=200, json={"data": [], "hasMore": False}, headers=echo)
    with mock.serve() as server:
        client = monk.Monk(api_key=DEFAULT_API_KEY, base_url=server.url, max_retries=0)
        with client, pytest.raises(monk.AuthenticationError) as info:
            client.customers.get("cus_1")
        with monk.Monk(api_key=DEFAULT_API_KEY, base_url=server.url) as again:
            again.customers.list()
    lines = [r.getMessage() for r in debug_logs.records if r.name.startswith("httpcore")]
    assert any("x-request-id" in line.lower() for line in lines)  # the headers were logged
    for text in (*lines, debug_logs.text, *_channels_of(info.value)):
        assert DEFAULT_API_KEY not in text


# -- the monk command ---------------------------------------------------------------------------


def _cli_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MONK_")}
    env.update(MONK_LOG="debug", **extra)
    return env


def _csv(tmp_path: Path) -> Path:
    source = tmp_path / "usage.csv"
    source.write_text("id,customer,event,ts\n1,cus_1,llm_call,2026-03-01T00:00:00Z\n")
    return source


IMPORT = [
    "--external-customer-column",
    "customer",
    "--name-column",
    "event",
    "--timestamp-column",
    "ts",
    "--key-column",
    "id",
    "--progress",
    "none",
]


def _monk(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "monk", *args], env=env, capture_output=True, timeout=120
    )


@pytest.mark.parametrize("key", [SECRET + "\n", SECRET + " ", "\t" + SECRET])
def test_monk_events_import_with_a_bad_key_exits_2_without_showing_it(
    tmp_path: Path, key: str
) -> None:
    source = _csv(tmp_path)
    done = _monk("events", "import", str(source), *IMPORT, env=_cli_env(MONK_API_KEY=key))
    assert done.returncode == 2, done.stderr.decode()
    assert "api_key" in done.stderr.decode()
    _assert_clean(done.stdout.decode(), done.stderr.decode())
    for written in tmp_path.iterdir():  # no checkpoint or report holds it either
        _assert_clean(written.read_text(errors="replace"))


def test_monk_events_import_against_a_server_echoing_the_key_does_not_print_it(
    tmp_path: Path,
) -> None:
    mock = MockMonk()
    echo = {"error": {"message": f"bad key Bearer {DEFAULT_API_KEY}", "code": DEFAULT_API_KEY}}
    mock.override(
        "batchCreateEvents", status=401, json=echo, headers={"x-request-id": DEFAULT_API_KEY}
    )
    source = _csv(tmp_path)
    with mock.serve() as server:
        env = _cli_env(MONK_API_KEY=DEFAULT_API_KEY, MONK_BASE_URL=server.url)
        done = _monk("events", "import", str(source), *IMPORT, env=env)
    assert done.returncode != 0
    out, err = done.stdout.decode(), done.stderr.decode()
    assert "[REDACTED]" in out + err
    for text in (out, err, *(p.read_text(errors="replace") for p in tmp_path.iterdir())):
        assert DEFAULT_API_KEY not in text


# -- Spark ------------------------------------------------------------------------------------


def test_the_spark_error_column_never_holds_the_key() -> None:
    pytest.importorskip("pyspark", reason="needs monk-sdk[spark]; `nox -s spark` runs it")
    from monk import spark

    class Echoing:
        api_key = SECRET
        retry = monk.RetryConfig()

        class events:  # noqa: N801 (stands in for client.events)
            @staticmethod
            def send_batch(events: Any, max_batch_size: int) -> None:
                raise monk.MonkError(f"the server said {SECRET}")

    result = spark._deliver(Echoing(), [])
    assert result is not None
    assert "[REDACTED]" in result[0]
    _assert_clean(result[0])
    with pytest.raises(monk.ValidationError) as info:
        spark.send_events(_FakeFrame(), api_key=SECRET + "\n", key_columns=["id"])
    _assert_clean(*_channels_of(info.value))


class _FakeFrame:
    columns = ("id", "event_name", "external_customer_id", "timestamp")
