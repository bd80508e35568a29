"""The adversarial cases of the hardening issue, one row each: the typed error a caller gets (and
zero requests sent), or the route and key that were sent.
"""

from __future__ import annotations

import asyncio
import datetime
import json
import pickle
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

import monk
from monk import webhooks
from monk._bulk.importer import Checkpoint
from monk._exceptions import MonkError
from monk.testing import DEFAULT_API_KEY, MockMonk

SECRET = "whsec_" + "s" * 32
BODY = b'{"invoiceId": "inv_1"}'
NOW = 1_767_225_600
HEADER = webhooks.sign(BODY, SECRET, NOW)
CONTACTS = [{"email": "ap@acme.com", "roles": ["accounts_payable"]}]
NAN = float("nan")
DEEP = "[" * 50_000 + "]" * 50_000
CUSTOMER = {
    "id": "cus_1",
    "name": "n",
    "createdAt": "2024-01-01T00:00:00Z",
    "updatedAt": "2024-01-01T00:00:00Z",
}


class Counting(httpx.MockTransport):
    """A transport that answers ``reply(request)`` and keeps every request."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response]) -> None:
        self.requests: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return reply(request)

        super().__init__(handler)


def client_with(
    reply: Callable[[httpx.Request], httpx.Response], **options: Any
) -> tuple[monk.Monk, Counting]:
    transport = Counting(reply)
    client = monk.Monk(
        api_key=DEFAULT_API_KEY,
        base_url="http://monk.test",
        events_base_url="http://events.monk.test",
        http_client=httpx.Client(transport=transport),
        **options,
    )
    return client, transport


def ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"data": CUSTOMER})


# -- bad input: a ValidationError before any request ---------------------------------------------

INPUT_CASES: list[tuple[str, Callable[[monk.Monk], object], str]] = [
    (
        "verify: an int secret (32 zero bytes)",
        lambda c: webhooks.verify(BODY, HEADER, 32),
        "secret",
    ),  # type: ignore[arg-type]
    ("verify: secret None", lambda c: webhooks.verify(BODY, HEADER, None), "secret"),  # type: ignore[arg-type]
    ("verify: empty secret", lambda c: webhooks.verify(BODY, HEADER, b""), "secret"),
    (
        "verify: tolerance NaN",
        lambda c: webhooks.verify(BODY, HEADER, SECRET, tolerance=NAN, now=NOW + 9999),
        "tolerance",
    ),
    (
        "verify: tolerance inf",
        lambda c: webhooks.verify(BODY, HEADER, SECRET, tolerance=float("inf")),
        "tolerance",
    ),
    ("verify: now NaN", lambda c: webhooks.verify(BODY, HEADER, SECRET, now=NAN), "now"),
    ("verify: now 'abc'", lambda c: webhooks.verify(BODY, HEADER, SECRET, now="abc"), "now"),  # type: ignore[arg-type]
    ("verify: now True", lambda c: webhooks.verify(BODY, HEADER, SECRET, now=True), "now"),
    ("verify: header an int", lambda c: webhooks.verify(BODY, 5, SECRET), "signature_header"),  # type: ignore[arg-type]
    ("verify: a parsed body", lambda c: webhooks.verify({"a": 1}, HEADER, SECRET), "payload"),  # type: ignore[arg-type]
    (
        "construct_event: nested too deeply",
        lambda c: webhooks.construct_event(
            DEEP, {"X-Monk-Signature": webhooks.sign(DEEP, SECRET), "X-Monk-Event": "x"}, SECRET
        ),
        "payload",
    ),
    (
        "construct_event: headers an int",
        lambda c: webhooks.construct_event(BODY, 7, SECRET),
        "headers",
    ),  # type: ignore[arg-type]
    ("Event.from_json: nested too deeply", lambda c: monk.Event.from_json(DEEP), "event"),
    ("Event.from_json: an int", lambda c: monk.Event.from_json(5), "event"),  # type: ignore[arg-type]
    (
        "Event.from_json: huge int",
        lambda c: monk.Event.from_json('{"a":' + "9" * 5000 + "}"),
        "event",
    ),
    (
        "Event: year 1 with an offset",
        lambda c: monk.Event("e", customer_id="c", timestamp="0001-01-01T00:00:00+01:00"),
        "timestamp",
    ),
    (
        "Event: a huge int property",
        lambda c: monk.Event("e", customer_id="c", properties={"n": 10**5000}),
        "properties['n']",
    ),
    (
        "usage.cost: customer_id=123",
        lambda c: c.usage.cost(customer_id=123, start="2026-01-01", end="2026-02-01"),
        "customer_id",
    ),  # type: ignore[arg-type]
    (
        "usage.cost: year 1 with an offset",
        lambda c: c.usage.cost(
            customer_id="c",
            start=datetime.datetime(1, 1, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=1))),
            end="2026-01-01",
        ),
        "start",
    ),
    (
        "body: NaN",
        lambda c: c.contracts.update_metadata("con_1", metadata={"x": NAN}),
        "metadata.x",
    ),
    (
        "body: a set",
        lambda c: c.contracts.update_metadata("con_1", metadata={"x": {1, 2}}),
        "metadata.x",
    ),
    (
        "body: a huge int",
        lambda c: c.contracts.update_metadata("con_1", metadata={"x": 10**30}),
        "metadata.x",
    ),
    (
        "body: nested 100 deep",
        lambda c: c.contracts.update_metadata("con_1", metadata=_nested(100)),
        "metadata",
    ),
    ("query: a dict", lambda c: c.customers.list(limit={"a": 1}), "limit"),
    ("query: NaN", lambda c: c.customers.list(offset=NAN), "offset"),
]


def _nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"a": value}
    return value


@pytest.mark.parametrize(("case", "call", "field"), INPUT_CASES, ids=[c[0] for c in INPUT_CASES])
def test_bad_input_is_a_validation_error_naming_the_field_before_any_request(
    case: str, call: Callable[[monk.Monk], object], field: str
) -> None:
    client, transport = client_with(ok)
    with pytest.raises(monk.ValidationError) as caught:
        call(client)
    assert caught.value.field.startswith(field), caught.value.field
    assert transport.requests == []
    text = str(caught.value)
    assert "Traceback" not in text and "TypeError(" not in text and "KeyError" not in text


def test_a_bad_checkpoint_file_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "cp"
    for content in ("[1, 2]", '{"source": "s", "rows": "x"}', "[" * 50_000):
        path.write_text(content)
        with pytest.raises(
            ValueError, match=r"checkpoint .* (not a checkpoint|damaged|unreadable)"
        ):
            Checkpoint.load(path, "s")


# -- bad responses: typed errors ----------------------------------------------------------------


def test_a_deeply_nested_2xx_is_a_response_validation_error() -> None:
    client, _ = client_with(lambda r: httpx.Response(200, content=DEEP.encode()))
    with pytest.raises(monk.ResponseValidationError):
        client.customers.get("cus_1")


def test_a_deeply_nested_error_body_is_still_the_status_error() -> None:
    client, _ = client_with(lambda r: httpx.Response(400, content=DEEP.encode()))
    with pytest.raises(monk.BadRequestError):
        client.customers.get("cus_1")


def test_a_non_integer_count_after_an_accepted_batch_is_not_an_error() -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"status": "accepted", "count": "3", "requestId": "r1"})

    client, transport = client_with(reply)
    events = [monk.Event("e", customer_id="c") for _ in range(3)]
    result = client.events.send_batch(events)
    assert (result.accepted, result.requests, len(transport.requests)) == (3, 1, 1)


@pytest.mark.parametrize("is_async", [False, True])
def test_a_page_that_repeats_stops_iteration_with_an_error_naming_the_operation(
    is_async: bool,
) -> None:
    page = {"data": [CUSTOMER], "hasMore": True, "total": 10}

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=page)  # whatever the offset: the same page

    if not is_async:
        client, transport = client_with(reply)
        with pytest.raises(MonkError, match=r"customers\.list: the page at offset 1 repeats"):
            list(client.customers.list())
        assert len(transport.requests) == 2
        return

    async def run() -> None:
        aclient = monk.AsyncMonk(
            api_key=DEFAULT_API_KEY,
            base_url="http://monk.test",
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(reply)),
        )
        with pytest.raises(MonkError, match=r"customers\.list: the page at offset 1 repeats"):
            async for _ in aclient.customers.list():
                pass

    asyncio.run(run())


# -- misuse ---------------------------------------------------------------------------------------


def test_calls_after_close_say_the_client_is_closed() -> None:
    client = MockMonk().client()
    client.close()
    with pytest.raises(MonkError, match="client is closed"):
        client.customers.get("cus_1")
    own = monk.Monk(api_key=DEFAULT_API_KEY, base_url="http://127.0.0.1:9")
    own.close()
    with pytest.raises(MonkError, match="client is closed"):
        own.customers.list()


async def test_async_calls_after_close_say_the_client_is_closed() -> None:
    client = MockMonk().async_client()
    await client.close()
    with pytest.raises(MonkError, match="client is closed"):
        await client.customers.get("cus_1")


def _every_error() -> list[MonkError]:
    response = httpx.Response(
        503,
        json={"error": {"message": "down", "code": "X"}},
        request=httpx.Request("GET", "http://x"),
    )
    errors: list[MonkError] = [
        monk.MonkError("m"),
        monk.ValidationError("field", "rule"),
        monk.ResponseValidationError("m", response=response),
        monk.APIConnectionError("m"),
        monk.APITimeoutError("m"),
        monk.CircuitOpenError("m", retry_after=1.5),
        monk.BufferFullError(10),
        monk.WebhookVerificationError("signature_mismatch", "m"),
    ]
    for status in (400, 401, 403, 404, 409, 422, 429, 500, 418):
        errors.append(
            monk._exceptions.make_status_error(httpx.Response(status, json={"error": "e"}))
        )
    return errors


@pytest.mark.parametrize("error", _every_error(), ids=lambda e: type(e).__name__)
def test_every_error_pickles_with_its_attributes(error: MonkError) -> None:
    error.add_note("a note")
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 (our own bytes)
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    assert copy.__notes__ == ["a note"]
    own = {k: v for k, v in vars(error).items() if k not in ("response", "__notes__")}
    assert {k: v for k, v in vars(copy).items() if k in own} == own


def test_errors_cross_a_process_pool() -> None:
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1) as pool:
        future = pool.submit(_raise_validation)
        with pytest.raises(monk.ValidationError) as caught:
            future.result(timeout=60)
    assert caught.value.field == "customer_id"


def _raise_validation() -> None:
    monk.Event("e", customer_id=5)  # type: ignore[arg-type]


# -- the key: sent, and in no frame a traceback prints ------------------------------------------


def test_the_key_is_sent_as_a_bearer_token_on_the_right_route() -> None:
    client, transport = client_with(ok)
    client.customers.get("cus_1")
    request = transport.requests[0]
    assert request.headers["authorization"] == f"Bearer {DEFAULT_API_KEY}"
    assert (request.method, request.url.path) == ("GET", "/v1/customers/cus_1")


@pytest.mark.parametrize("failure", ["connect", "status"])
def test_the_key_is_in_no_frame_local_of_a_failed_call(failure: str) -> None:
    def reply(request: httpx.Request) -> httpx.Response:
        if failure == "connect":
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(401, json={"error": {"message": "bad key"}})

    client, _ = client_with(reply, retry=monk.RetryConfig(max_retries=0))
    with pytest.raises(MonkError) as caught:
        client.customers.get("cus_1")
    shown = []
    for frame, _ in traceback.walk_tb(caught.value.__traceback__):
        shown += [repr(value) for value in frame.f_locals.values()]
    cause = caught.value.__cause__ or caught.value.__context__
    if cause is not None:
        for frame, _ in traceback.walk_tb(cause.__traceback__):
            shown += [repr(value) for value in frame.f_locals.values()]
    assert shown
    assert not [text for text in shown if DEFAULT_API_KEY in text]
    assert DEFAULT_API_KEY[-12:] not in "".join(shown)


def test_decimal_and_nested_bodies_that_are_fine_still_go_out() -> None:
    client, transport = client_with(ok)
    client.customers.create(name="n", contacts=CONTACTS, billing_address={"city": "Zürich"})
    sent = json.loads(transport.requests[0].content)
    assert sent["billingAddress"] == {"city": "Zürich"}
    assert transport.requests[0].headers["content-type"] == "application/json"
