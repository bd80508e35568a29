"""The overlay client against httpx.MockTransport: errors, retries, breaker, pages, config."""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from conftest import OPENAPI
from spec_helpers import snake

import monk
from monk._core.operation import Operation

KEY = "mk_live_" + "0123456789abcdef" * 3
CUSTOMER = {
    "id": "cus_1",
    "name": "Acme",
    "createdAt": "2024-01-01T00:00:00Z",
    "updatedAt": "2024-01-01T00:00:00Z",
}
FAST = monk.RetryConfig(base_delay=0.001, max_delay=0.002, circuit_breaker_threshold=0)

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that answers from a script and records every request."""

    def __init__(self, *responses: httpx.Response | Exception | Handler) -> None:
        self.script = list(responses)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        item = self.script.pop(0) if len(self.script) > 1 else self.script[0]
        if isinstance(item, Exception):
            raise item
        if callable(item):
            return item(request)
        return item


def sync_client(handler: Handler, **options: Any) -> monk.Monk:
    options.setdefault("retry", FAST)
    return monk.Monk(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler)), **options
    )


def async_client(handler: Handler, **options: Any) -> monk.AsyncMonk:
    options.setdefault("retry", FAST)
    transport = httpx.MockTransport(handler)
    return monk.AsyncMonk(
        api_key=KEY, http_client=httpx.AsyncClient(transport=transport), **options
    )


@pytest.fixture(autouse=True)
def _no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr("monk._core.engine.time.sleep", slept.append)
    monkeypatch.setattr("monk._core.engine._pause", lambda delay, wakeup: slept.append(delay))

    async def fake_sleep(delay: float) -> None:
        slept.append(delay)

    monkeypatch.setattr("monk._core.engine.asyncio.sleep", fake_sleep)
    return slept


def error(
    status: int, code: str = "SOME_CODE", message: str = "went wrong", **headers: str
) -> httpx.Response:
    return httpx.Response(
        status,
        json={"error": {"message": message, "code": code}},
        headers={"x-request-id": "req_abc", **headers},
    )


# --- every operation is reachable -----------------------------------------------------------


def test_every_operation_of_the_spec_has_a_resource_method() -> None:
    import monk._generated.operations  # noqa: F401  (registers every Operation)

    spec = json.loads((OPENAPI / "openapi.json").read_text())
    documented = {
        f"{snake(op['tags'][0])}.{snake(op['operationId'])}"
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    }
    mapped = {op.name for op in Operation.registry}
    assert documented - mapped == set(), "operations of the spec with no resource method"
    assert mapped - documented == set(), "resource methods naming no operation of the spec"
    assert len(documented) == 40


def test_every_mapped_operation_resolves_to_a_method_on_both_clients() -> None:
    import monk._generated.operations  # noqa: F401

    sync, asyn = (
        sync_client(Recorder(httpx.Response(200))),
        async_client(Recorder(httpx.Response(200))),
    )
    for op in Operation.registry:
        *owners, method = op.method_name.split(".")
        for client in (sync, asyn):
            target: Any = client
            for owner in owners:
                target = getattr(target, owner)
            assert callable(getattr(target, method)), op.method_name


# --- requests -------------------------------------------------------------------------------


def test_get_sends_auth_user_agent_and_unwraps_envelope() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}))
    customer = sync_client(rec).customers.get("cus_1")
    assert customer.name == "Acme"
    (request,) = rec.requests
    assert request.url == "https://api.monk.com/v1/customers/cus_1"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.headers["user-agent"].startswith(f"monk-python/{monk.__version__} (")


def test_body_fields_are_snake_case_keywords_sent_as_camel_case_json() -> None:
    rec = Recorder(httpx.Response(201, json={"data": CUSTOMER}))
    sync_client(rec).customers.create(
        name="Acme",
        legal_name="Acme Inc.",
        contacts=[{"email": "a@acme.com", "roles": ["accounts_payable"]}],
    )
    body = json.loads(rec.requests[0].content)
    assert body == {
        "name": "Acme",
        "legalName": "Acme Inc.",
        "contacts": [{"email": "a@acme.com", "roles": ["accounts_payable"]}],
    }


def test_unknown_body_field_is_refused_before_any_request() -> None:
    rec = Recorder(httpx.Response(201, json={"data": CUSTOMER}))
    create: Any = sync_client(rec).customers.create  # the typed signature refuses it
    with pytest.raises(TypeError, match="nmae"):
        create(name="Acme", contacts=[], nmae="typo")
    assert rec.requests == []


def test_events_go_to_the_events_host() -> None:
    rec = Recorder(httpx.Response(200, json={"status": "ok"}))
    sync_client(rec).events.liveness()
    assert rec.requests[0].url.host == "events-api.monk.com"


def test_sandbox_environment_selects_sandbox_hosts() -> None:
    rec = Recorder(
        httpx.Response(200, json={"data": CUSTOMER}),
        lambda r: httpx.Response(200, json={"status": "ok"}),
    )
    client = sync_client(rec, environment="sandbox")
    client.customers.get("cus_1")
    client.events.readiness()
    assert [r.url.host for r in rec.requests] == [
        "api-sandbox.monk.com",
        "events-api-sandbox.monk.com",
    ]


# --- errors ---------------------------------------------------------------------------------

STATUS_ERRORS = [
    (400, monk.BadRequestError),
    (401, monk.AuthenticationError),
    (403, monk.PermissionDeniedError),
    (404, monk.NotFoundError),
    (409, monk.ConflictError),
    (422, monk.UnprocessableEntityError),
    (429, monk.RateLimitError),
    (500, monk.InternalServerError),
    (502, monk.InternalServerError),
    (503, monk.InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
def test_status_maps_to_typed_error(status: int, cls: type[monk.APIStatusError]) -> None:
    rec = Recorder(error(status, "NOT_ALLOWED", "the server's own words"))
    with pytest.raises(cls) as info:
        sync_client(rec, max_retries=0).customers.get("cus_1")
    err = info.value
    assert isinstance(err, monk.APIStatusError) and isinstance(err, monk.MonkError)
    assert (err.status_code, err.code, err.message, err.request_id) == (
        status,
        "NOT_ALLOWED",
        "the server's own words",
        "req_abc",
    )
    assert err.body == {"error": {"message": "the server's own words", "code": "NOT_ALLOWED"}}
    assert err.retryable is (status in (429,) or status >= 500)
    assert "the server's own words" in str(err)


@pytest.mark.parametrize(("status", "cls"), STATUS_ERRORS)
async def test_status_maps_to_typed_error_async(
    status: int, cls: type[monk.APIStatusError]
) -> None:
    rec = Recorder(error(status))
    with pytest.raises(cls):
        await async_client(rec, max_retries=0).customers.get("cus_1")


def test_non_json_error_body_still_gives_typed_error() -> None:
    rec = Recorder(httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(monk.InternalServerError) as info:
        sync_client(rec, max_retries=0).customers.get("cus_1")
    assert info.value.body == "<html>bad gateway</html>"
    assert info.value.code is None


def test_connection_error_and_timeout_are_typed() -> None:
    with pytest.raises(monk.APIConnectionError):
        sync_client(Recorder(httpx.ConnectError("refused")), max_retries=0).customers.get("x")
    with pytest.raises(monk.APITimeoutError):
        sync_client(Recorder(httpx.ReadTimeout("slow")), max_retries=0).customers.get("x")


def test_response_that_does_not_fit_the_spec_is_kept_and_reported() -> None:
    body = {"data": dict(CUSTOMER, name=5)}
    rec = Recorder(httpx.Response(200, json=body))
    with pytest.warns(monk.SpecDriftWarning, match=r"customers\.get.*\$\.data\.name \(type\)"):
        assert sync_client(rec).customers.get("cus_1").name == 5


def test_a_data_that_cannot_stand_for_the_model_is_an_error_in_tolerant_mode_too() -> None:
    """Not the list returned in place of a Customer: a typed error naming the path."""
    rec = Recorder(httpx.Response(200, json={"data": ["not", "a", "customer"]}))
    with pytest.raises(monk.ResponseValidationError) as info:
        sync_client(rec).customers.get("cus_1")
    assert info.value.path == "$.data"


def test_response_that_does_not_fit_the_spec_is_an_error_in_strict_mode() -> None:
    rec = Recorder(httpx.Response(200, json={"data": ["not", "a", "customer"]}))
    with pytest.raises(monk.ResponseValidationError) as info:
        sync_client(rec, strict_responses=True).customers.get("cus_1")
    assert info.value.response.status_code == 200
    assert info.value.path == "$.data"


# --- retries --------------------------------------------------------------------------------


def test_retries_5xx_then_succeeds_with_bounded_jittered_delays(_no_sleep: list[float]) -> None:
    rec = Recorder(error(503), error(500), httpx.Response(200, json={"data": CUSTOMER}))
    config = monk.RetryConfig(base_delay=0.5, max_delay=0.6, circuit_breaker_threshold=0)
    assert sync_client(rec, retry=config).customers.get("cus_1").id == "cus_1"
    assert len(rec.requests) == 3
    assert len(_no_sleep) == 2
    assert 0 <= _no_sleep[0] <= 0.5 and 0 <= _no_sleep[1] <= 0.6  # full jitter under the caps


def test_retry_after_seconds_is_honoured(_no_sleep: list[float]) -> None:
    rec = Recorder(error(429, **{"Retry-After": "2"}), httpx.Response(200, json={"data": CUSTOMER}))
    sync_client(rec).customers.get("cus_1")
    assert _no_sleep == [2.0]


def test_retry_after_http_date_is_honoured(_no_sleep: list[float]) -> None:
    date = email.utils.formatdate(time.time() + 4, usegmt=True)  # whole seconds: 3 < wait <= 4
    rec = Recorder(
        error(503, **{"Retry-After": date}), httpx.Response(200, json={"data": CUSTOMER})
    )
    sync_client(rec).customers.get("cus_1")
    assert len(_no_sleep) == 1 and 2.5 < _no_sleep[0] <= 4.0


def test_max_retries_then_raises_last_error() -> None:
    rec = Recorder(error(500))
    with pytest.raises(monk.InternalServerError):
        sync_client(rec, max_retries=3).customers.get("cus_1")
    assert len(rec.requests) == 4


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422])
def test_client_errors_are_not_retried(status: int) -> None:
    rec = Recorder(error(status))
    with pytest.raises(monk.APIStatusError):
        sync_client(rec).customers.get("cus_1")
    assert len(rec.requests) == 1


def test_post_without_idempotency_is_not_retried_but_events_are() -> None:
    rec = Recorder(error(503))
    with pytest.raises(monk.InternalServerError):
        sync_client(rec).customers.create(name="A", contacts=[{"email": "a@b.c", "roles": ["x"]}])
    assert len(rec.requests) == 1
    accepted = {"status": "accepted", "count": 1, "requestId": "req_1"}
    rec = Recorder(error(503), httpx.ConnectError("reset"), httpx.Response(200, json=accepted))
    sync_client(rec).events.send_batch(
        events=[monk.Event("api_call", customer_id="c", idempotency_key="k1")]
    )
    assert len(rec.requests) == 3
    assert len({r.content for r in rec.requests}) == 1  # the same body, same keys, each time


async def test_async_retries_connection_errors(_no_sleep: list[float]) -> None:
    rec = Recorder(httpx.ConnectError("refused"), httpx.Response(200, json={"data": CUSTOMER}))
    assert (await async_client(rec).customers.get("cus_1")).name == "Acme"
    assert len(rec.requests) == 2 and len(_no_sleep) == 1


# --- circuit breaker ------------------------------------------------------------------------


def test_circuit_opens_fails_fast_then_recovers() -> None:
    now = [1000.0]
    config = monk.RetryConfig(
        max_retries=0, circuit_breaker_threshold=3, circuit_breaker_cooldown=10
    )
    breaker = monk.CircuitBreaker.from_config(config, clock=lambda: now[0])
    rec = Recorder(error(500))
    client = sync_client(rec, retry=config, _breaker=breaker)
    for _ in range(3):
        with pytest.raises(monk.InternalServerError):
            client.customers.get("cus_1")
    assert client._engine.breaker.state == "open"
    with pytest.raises(monk.CircuitOpenError) as info:
        client.customers.get("cus_1")
    assert info.value.retry_after == pytest.approx(10)
    assert len(rec.requests) == 3  # failed fast: no request
    now[0] += 10.5  # cooldown over: one probe goes through
    rec.script = [httpx.Response(200, json={"data": CUSTOMER})]
    assert client.customers.get("cus_1").id == "cus_1"
    assert client._engine.breaker.state == "closed"


async def test_circuit_breaker_half_open_failure_reopens_async() -> None:
    now = [0.0]
    config = monk.RetryConfig(
        max_retries=0, circuit_breaker_threshold=1, circuit_breaker_cooldown=5
    )
    breaker = monk.CircuitBreaker.from_config(config, clock=lambda: now[0])
    client = async_client(Recorder(httpx.ConnectError("down")), retry=config, _breaker=breaker)
    with pytest.raises(monk.APIConnectionError):
        await client.customers.get("x")
    with pytest.raises(monk.CircuitOpenError):
        await client.customers.get("x")
    now[0] = 6
    with pytest.raises(monk.APIConnectionError):  # the probe fails
        await client.customers.get("x")
    assert client._engine.breaker.state == "open"


# --- pagination -----------------------------------------------------------------------------


def paged(request: httpx.Request) -> httpx.Response:
    offset = int(request.url.params.get("offset", "0"))
    limit = int(request.url.params["limit"])
    items = [{**CUSTOMER, "id": f"cus_{i}"} for i in range(offset, min(offset + limit, 7))]
    return httpx.Response(200, json={"data": items, "hasMore": offset + limit < 7, "total": 7})


def test_pagination_across_three_pages_is_lazy() -> None:
    rec = Recorder(paged)
    page = sync_client(rec).customers.list(limit=3)
    assert (len(page.data), page.has_more, page.total) == (3, True, 7)
    assert len(rec.requests) == 1
    ids = [c.id for c in page]
    assert ids == [f"cus_{i}" for i in range(7)]
    assert [r.url.params["offset"] for r in rec.requests] == ["0", "3", "6"]
    second = page.next_page()
    assert second is not None and [c.id for c in second.data] == ["cus_3", "cus_4", "cus_5"]


async def test_async_pagination_across_three_pages() -> None:
    rec = Recorder(paged)
    client = async_client(rec)
    assert [c.id async for c in client.customers.list(limit=3)] == [f"cus_{i}" for i in range(7)]
    page = await client.customers.list(limit=3)
    last = await (await page.next_page()).next_page()  # type: ignore[union-attr]
    assert last is not None and not last.has_more and await last.next_page() is None


def test_page_claiming_more_but_empty_stops() -> None:
    rec = Recorder(httpx.Response(200, json={"data": [], "hasMore": True, "total": 5}))
    assert list(sync_client(rec).customers.list()) == []
    assert len(rec.requests) == 1


# --- configuration --------------------------------------------------------------------------


def test_environment_variables_configure_the_client(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MONK_API_KEY", KEY)
    monkeypatch.setenv("MONK_BASE_URL", "http://127.0.0.1:9999/")
    monkeypatch.setenv("MONK_EVENTS_BASE_URL", "http://127.0.0.1:9998")
    client = monk.Monk()
    assert (client.api_key, client.base_url, client.events_base_url) == (
        KEY,
        "http://127.0.0.1:9999",
        "http://127.0.0.1:9998",
    )
    monkeypatch.setenv("MONK_ENVIRONMENT", "sandbox")
    monkeypatch.delenv("MONK_BASE_URL")
    assert monk.AsyncMonk().base_url == "https://api-sandbox.monk.com"


def test_missing_key_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MONK_API_KEY", raising=False)
    with pytest.raises(monk.MonkError, match="MONK_API_KEY"):
        monk.Monk()


def test_with_options_copies_and_shares_the_pool() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}))
    client = sync_client(rec)
    copy = client.with_options(timeout=1.5, default_headers={"X-Team": "billing"})
    copy.customers.get("cus_1")
    assert copy._engine.http is client._engine.http and copy.timeout == 1.5
    assert rec.requests[0].headers["x-team"] == "billing"
    assert rec.requests[0].extensions["timeout"]["read"] == 1.5
    with pytest.raises(TypeError):
        client.with_options(colour="blue")


def test_context_manager_closes_owned_pool_only() -> None:
    with monk.Monk(api_key=KEY) as owned:
        pool = owned._engine.http
    assert pool.is_closed
    theirs = httpx.Client()
    with monk.Monk(api_key=KEY, http_client=theirs):
        pass
    assert not theirs.is_closed


def test_capture_responses_gives_raw_access() -> None:
    rec = Recorder(httpx.Response(200, json={"data": CUSTOMER}, headers={"x-request-id": "req_9"}))
    client = sync_client(rec)
    with client.capture_responses() as captured:
        client.customers.get("cus_1")
    assert captured.last.status_code == 200 and captured.request_id == "req_9"
    client.customers.get("cus_1")
    assert len(captured.responses) == 1  # only inside the block


# --- secrets --------------------------------------------------------------------------------


def test_key_never_in_repr_logs_or_errors(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="monk")
    rec = Recorder(error(500), error(401, "UNAUTHORIZED", "Invalid API key"))
    client = sync_client(rec, max_retries=1)
    with pytest.raises(monk.AuthenticationError) as info:
        client.customers.get("cus_1")
    texts = [
        repr(client),
        str(client),
        repr(client.customers),
        str(info.value),
        repr(info.value),
        caplog.text,
    ]
    assert "GET /v1/customers/cus_1 -> 500 (attempt 1" in caplog.text
    assert "-> 401 (attempt 2" in caplog.text
    for text in texts:
        assert KEY not in text and KEY[8:] not in text
    assert "mk_live_" in repr(client)  # the masked form shows which kind of key it is


async def test_async_client_repr_masks_key() -> None:
    client = async_client(Recorder(httpx.Response(200)))
    assert KEY not in repr(client)
    await client.close()


def test_concurrent_async_calls_share_one_client() -> None:
    async def main() -> list[str]:
        client = async_client(Recorder(httpx.Response(200, json={"data": CUSTOMER})))
        found = await asyncio.gather(*(client.customers.get(f"c{i}") for i in range(20)))
        return [c.id for c in found]

    assert asyncio.run(main()) == ["cus_1"] * 20
