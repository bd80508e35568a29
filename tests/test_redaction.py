"""The API key never reaches an exception, a log line or a repr, even when a server echoes it."""

from __future__ import annotations

import logging

import httpx
import pytest

import monk

KEY = "mk_live_" + "s3cr3t" * 8


def _echoing_401(request: httpx.Request) -> httpx.Response:
    auth = request.headers["authorization"]
    body = {"error": {"message": f"Invalid API key: {auth}", "code": f"bad_key:{KEY}"}}
    return httpx.Response(401, json=body, headers={"x-request-id": f"req_{KEY}"})


def _client(handler: httpx.MockTransport) -> monk.Monk:
    return monk.Monk(api_key=KEY, max_retries=0, http_client=httpx.Client(transport=handler))


def test_a_401_that_echoes_the_key_does_not_leak_it(caplog: pytest.LogCaptureFixture) -> None:
    client = _client(httpx.MockTransport(_echoing_401))
    with (
        caplog.at_level(logging.DEBUG, logger="monk"),
        pytest.raises(monk.AuthenticationError) as info,
    ):
        client.customers.get("cus_1")
    error = info.value
    assert "[REDACTED]" in str(error)
    for text in (str(error), repr(error), error.message, str(error.code), str(error.body),
                 str(error.request_id), repr(client), caplog.text):  # fmt: skip
        assert KEY not in text
        assert KEY[8:20] not in text


def test_a_text_error_body_that_echoes_the_key_is_redacted() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(500, text=f"boom {KEY} boom"))
    with pytest.raises(monk.InternalServerError) as info:
        _client(transport).customers.get("cus_1")
    assert KEY not in str(info.value.body) and KEY not in str(info.value)


async def test_the_async_client_redacts_too() -> None:
    transport = httpx.MockTransport(_echoing_401)
    client = monk.AsyncMonk(
        api_key=KEY, max_retries=0, http_client=httpx.AsyncClient(transport=transport)
    )
    with pytest.raises(monk.AuthenticationError) as info:
        await client.customers.get("cus_1")
    assert KEY not in str(info.value) and KEY not in str(info.value.body)
