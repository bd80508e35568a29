"""The conventions users of the Stainless SDKs (openai-python, orb-billing, metronome-sdk) reach
for: page.has_next_page()/get_next_page(), err.response/err.request, an APIError base,
client.max_retries, a retry-count header and platform details in the User-Agent."""

from __future__ import annotations

import pickle
import platform
import re

import httpx
import pytest
from test_client import CUSTOMER, KEY, Recorder, async_client, sync_client  # the same helpers

import monk
from monk._core.config import RETRY_COUNT_HEADER, user_agent


def paged(request: httpx.Request) -> httpx.Response:
    """Seven customers, ``limit`` at a time."""
    offset = int(request.url.params.get("offset", "0"))
    limit = int(request.url.params["limit"])
    items = [{**CUSTOMER, "id": f"cus_{i}"} for i in range(offset, min(offset + limit, 7))]
    return httpx.Response(200, json={"data": items, "hasMore": offset + limit < 7, "total": 7})


def not_found(request: httpx.Request) -> httpx.Response:
    body = {"error": {"message": "no such customer", "code": "NOT_FOUND"}}
    return httpx.Response(404, json=body, headers={"x-request-id": "req_1"})


# -- pages ------------------------------------------------------------------------------------


def test_sync_pages_have_has_next_page_get_next_page_and_next_page_info() -> None:
    rec = Recorder(paged)
    page = sync_client(rec).customers.list(limit=3)
    assert page.has_next_page()
    info = page.next_page_info()
    assert info is not None and info.params == {"offset": 3}
    assert len(rec.requests) == 1  # asking sends nothing
    second = page.get_next_page()
    assert [c.id for c in second.data] == ["cus_3", "cus_4", "cus_5"]
    last = second.get_next_page()
    assert [c.id for c in last.data] == ["cus_6"]
    assert not last.has_next_page() and last.next_page_info() is None
    with pytest.raises(monk.MonkError, match=r"last one: check page\.has_next_page\(\)"):
        last.get_next_page()
    assert len(rec.requests) == 3  # the last page was never asked for a fourth
    # Iteration still follows the pages lazily, from any page.
    assert [c.id for c in second] == [f"cus_{i}" for i in range(3, 7)]


def test_the_stainless_loop_over_pages_reads_every_item() -> None:
    client = sync_client(Recorder(paged))
    page = client.customers.list(limit=2)
    ids = [c.id for c in page.data]
    while page.has_next_page():
        page = page.get_next_page()
        ids += [c.id for c in page.data]
    assert ids == [f"cus_{i}" for i in range(7)]


async def test_async_pages_have_has_next_page_and_awaitable_get_next_page() -> None:
    rec = Recorder(paged)
    client = async_client(rec)
    page = await client.customers.list(limit=3)
    ids = [c.id for c in page.data]
    while page.has_next_page():
        info = page.next_page_info()
        assert info is not None and info.params == {"offset": page.offset + len(page.data)}
        page = await page.get_next_page()
        ids += [c.id for c in page.data]
    assert ids == [f"cus_{i}" for i in range(7)]
    with pytest.raises(monk.MonkError, match="is the last one"):
        await page.get_next_page()
    assert [r.url.params["offset"] for r in rec.requests] == ["0", "3", "6"]


def test_an_empty_page_claiming_more_has_no_next_page() -> None:
    empty = httpx.Response(200, json={"data": [], "hasMore": True, "total": 5})
    page = sync_client(Recorder(empty)).customers.list()
    assert not page.has_next_page()
    with pytest.raises(monk.MonkError):
        page.get_next_page()


# -- errors -----------------------------------------------------------------------------------


def test_api_error_is_the_base_of_every_exchange_error_and_a_monk_error() -> None:
    assert issubclass(monk.APIError, monk.MonkError)
    for cls in (
        monk.APIStatusError,
        monk.NotFoundError,
        monk.InternalServerError,
        monk.APIConnectionError,
        monk.APITimeoutError,
        monk.ResponseValidationError,
    ):
        assert issubclass(cls, monk.APIError), cls
        assert issubclass(cls, monk.MonkError), cls
    for cls in (monk.ValidationError, monk.CircuitOpenError, monk.BufferFullError):
        assert not issubclass(cls, monk.APIError), cls
    assert issubclass(monk.APITimeoutError, monk.APIConnectionError)
    assert "APIError" in monk.__all__


def test_status_errors_carry_response_and_request() -> None:
    client = sync_client(Recorder(not_found))
    with pytest.raises(monk.APIError) as caught:
        client.customers.get("cus_404")
    error = caught.value
    assert isinstance(error, monk.NotFoundError)
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == 404
    assert error.response.headers["x-request-id"] == error.request_id == "req_1"
    assert error.request is not None
    assert error.request.url == "https://api.monk.com/v1/customers/cus_404"
    assert error.request.method == "GET"


def test_a_status_error_made_by_hand_has_no_response() -> None:
    error = monk.APIStatusError("m", status_code=400)
    assert error.response is None and error.request is None


def test_connection_errors_carry_the_request() -> None:
    client = sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0)
    with pytest.raises(monk.APIError) as caught:
        client.customers.get("cus_1")
    assert type(caught.value) is monk.APIConnectionError
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/v1/customers/cus_1"


async def test_async_timeouts_carry_the_request() -> None:
    client = async_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0)
    with pytest.raises(monk.APITimeoutError) as caught:
        await client.customers.get("cus_1")
    assert caught.value.request is not None and caught.value.request.method == "GET"


def test_response_validation_errors_carry_response_and_request() -> None:
    bad = httpx.Response(200, content=b"not json")
    with pytest.raises(monk.APIError) as caught:
        sync_client(Recorder(bad)).customers.get("cus_1")
    assert isinstance(caught.value, monk.ResponseValidationError)
    assert caught.value.response.status_code == 200
    assert caught.value.request is not None
    assert caught.value.request.url.path == "/v1/customers/cus_1"


def test_a_pickled_error_keeps_its_exchange_but_not_the_key() -> None:
    client = sync_client(Recorder(not_found))
    with pytest.raises(monk.NotFoundError) as caught:
        client.customers.get("cus_404")
    assert caught.value.request is not None
    assert caught.value.request.headers["authorization"] == f"Bearer {KEY}"  # the live one
    data = pickle.dumps(caught.value)
    assert KEY.encode() not in data
    copy = pickle.loads(data)  # noqa: S301 (our own bytes)
    assert str(copy) == str(caught.value)
    assert copy.response.status_code == 404
    assert copy.response.json() == caught.value.response.json()
    assert copy.request.url == caught.value.request.url
    assert copy.request.headers["authorization"] == "[REDACTED]"  # said, not carried
    assert copy.response.request.headers["authorization"] == "[REDACTED]"


# -- configuration ----------------------------------------------------------------------------


def test_max_retries_reads_the_retry_config() -> None:
    handler = Recorder(paged)
    assert sync_client(handler, retry=monk.RetryConfig()).max_retries == 5
    assert sync_client(handler, max_retries=2).max_retries == 2
    assert sync_client(handler, retry=monk.RetryConfig(max_retries=1)).max_retries == 1
    client = sync_client(handler)
    fewer = client.with_options(max_retries=0)
    assert (fewer.max_retries, fewer.retry.max_retries, client.max_retries) == (0, 0, 5)
    assert async_client(handler, max_retries=3).max_retries == 3
    with pytest.raises(AttributeError):
        client.max_retries = 1  # type: ignore[misc]


def test_every_attempt_says_its_retry_count() -> None:
    unavailable = httpx.Response(503, json={"error": {"message": "down"}})
    rec = Recorder(unavailable, unavailable, httpx.ConnectError("reset"), paged)
    client = sync_client(rec)
    assert client.customers.list(limit=3).total == 7
    assert [r.headers[RETRY_COUNT_HEADER] for r in rec.requests] == ["0", "1", "2", "3"]
    client.customers.list(limit=3)  # the next call starts again at 0
    assert rec.requests[-1].headers[RETRY_COUNT_HEADER] == "0"
    for request in rec.requests:
        others = [v for k, v in request.headers.items() if k != "authorization"]
        assert not any(KEY in value for value in others)


async def test_every_async_attempt_says_its_retry_count() -> None:
    unavailable = httpx.Response(503, json={"error": {"message": "down"}})
    rec = Recorder(unavailable, paged)
    client = async_client(rec)
    await client.customers.list(limit=3)
    assert [r.headers["x-monk-retry-count"] for r in rec.requests] == ["0", "1"]


def test_events_carry_the_retry_count_too() -> None:
    unavailable = httpx.Response(503, json={"error": {"message": "down"}})
    accepted = {"status": "accepted", "count": 1, "requestId": "req_1"}
    rec = Recorder(unavailable, httpx.Response(200, json=accepted))
    sync_client(rec).events.send_batch(
        events=[monk.Event("api_call", customer_id="c", idempotency_key="k1")]
    )
    assert [r.headers[RETRY_COUNT_HEADER] for r in rec.requests] == ["0", "1"]


def test_the_user_agent_names_the_sdk_python_os_and_httpx_once_per_process() -> None:
    rec = Recorder(paged)
    sync_client(rec).customers.list(limit=1)
    agent = rec.requests[0].headers["user-agent"]
    assert agent == user_agent()
    version = re.escape(monk.__version__)
    assert re.fullmatch(
        rf"monk-python/{version} \([^;()]+ 3\.\d+\.\d+\S*; [^;()]+; httpx \S+\)", agent
    )
    assert f"{platform.python_implementation()} {platform.python_version()}" in agent
    assert f"{platform.system()} {platform.machine()}" in agent
    assert f"httpx {httpx.__version__}" in agent
    assert KEY not in agent
    assert user_agent() is user_agent()  # computed once, not per client or request
