"""monk.Event, idempotency_key, client.events.send and send_batch (sync and async).

Every malformed event or batch must fail before any request is made, naming the field.
"""

from __future__ import annotations

import datetime
import enum
import json
import pickle
import threading
import uuid
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

import monk
from monk._events.event import IDEMPOTENCY_NAMESPACE

KEY = "mk_test_" + "0123456789abcdef" * 2
CUSTOMER = "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
NOW = datetime.datetime(2026, 3, 20, 12, 0, tzinfo=datetime.UTC)
FAST = monk.RetryConfig(base_delay=0.001, max_delay=0.002, circuit_breaker_threshold=0)


def clock() -> datetime.datetime:
    return NOW


class Server:
    """A MockTransport handler that plays the Events API and records every request."""

    def __init__(self, *script: int) -> None:
        self.script = list(script)  # statuses to answer first, then 200s
        self.requests: list[httpx.Request] = []
        self.lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self.lock:
            self.requests.append(request)
            status = self.script.pop(0) if self.script else 200
        if status != 200:
            return httpx.Response(status, json={"error": {"message": "no", "code": "X"}})
        body = json.loads(request.content)
        rid = {"x-request-id": f"req_{len(self.requests)}"}
        if request.url.path == "/v1/events/batch":
            count = len(body["events"])
            answer = {
                "status": "accepted",
                "count": count,
                "requestId": f"req_{len(self.requests)}",
            }
            return httpx.Response(200, json=answer, headers=rid)
        answer = {
            "status": "accepted",
            "idempotencyKey": body["idempotencyKey"],
            "requestId": f"req_{len(self.requests)}",
        }
        return httpx.Response(200, json=answer, headers=rid)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(r.content) for r in self.requests]


def sync_client(server: Server, **options: Any) -> monk.Monk:
    options.setdefault("retry", FAST)
    transport = httpx.MockTransport(server)
    return monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport), **options)


def async_client(server: Server, **options: Any) -> monk.AsyncMonk:
    options.setdefault("retry", FAST)
    transport = httpx.MockTransport(server)
    return monk.AsyncMonk(
        api_key=KEY, http_client=httpx.AsyncClient(transport=transport), **options
    )


def event(**changes: Any) -> monk.Event:
    fields: dict[str, Any] = {"customer_id": CUSTOMER, "clock": clock, **changes}
    return monk.Event(fields.pop("event_name", "api_call"), **fields)


# --- the malformed table ----------------------------------------------------------------------

Call = Callable[[Any], Any]  # (client.events) -> the call that must be refused


def ev(**fields: Any) -> Call:
    """``events.send(**fields)``: the event is built, and refused, inside the client call."""
    fields.setdefault("event_name", "api_call")
    if "customer_id" not in fields and "external_customer_id" not in fields:
        fields["customer_id"] = CUSTOMER
    fields = {k: v for k, v in fields.items() if v is not _DROP}
    return lambda events: events.send(**fields)


def props(value: Any) -> Call:
    return ev(properties={"p": value})


def batch(*items: Any, **options: Any) -> Call:
    return lambda events: events.send_batch(list(items), **options)


_DROP = object()
GOOD = monk.Event("api_call", customer_id=CUSTOMER)
IN_2_HOURS = NOW + datetime.timedelta(hours=2)

MALFORMED: list[tuple[str, Call, str]] = [
    ("empty event name", ev(event_name=""), "event_name"),
    ("blank event name", ev(event_name="   "), "event_name"),
    ("None event name", ev(event_name=None), "event_name"),
    ("int event name", ev(event_name=42), "event_name"),
    ("no event name", lambda events: events.send(customer_id=CUSTOMER), "event_name"),
    ("no customer", ev(customer_id=_DROP, external_customer_id=_DROP), "customer_id"),
    ("both customers", ev(customer_id=CUSTOMER, external_customer_id="ext_1"), "customer_id"),
    ("empty customer_id", ev(customer_id=""), "customer_id"),
    ("int customer_id", ev(customer_id=123), "customer_id"),
    ("blank external_customer_id", ev(external_customer_id=" "), "external_customer_id"),
    ("bytes external_customer_id", ev(external_customer_id=b"x"), "external_customer_id"),
    ("empty contract_id", ev(contract_id=""), "contract_id"),
    ("empty idempotency_key", ev(idempotency_key=""), "idempotency_key"),
    ("int idempotency_key", ev(idempotency_key=7), "idempotency_key"),
    ("properties a list", ev(properties=[("a", 1)]), "properties"),
    ("properties a string", ev(properties="tokens=1"), "properties"),
    ("empty property key", ev(properties={"": 1}), "properties"),
    ("int property key", ev(properties={1: 1}), "properties"),
    ("None value", props(None), "properties['p']"),
    ("nested dict value", props({"a": 1}), "properties['p']"),
    ("list value", props([1, 2]), "properties['p']"),
    ("tuple value", props((1,)), "properties['p']"),
    ("NaN value", props(float("nan")), "properties['p']"),
    ("inf value", props(float("inf")), "properties['p']"),
    ("-inf value", props(float("-inf")), "properties['p']"),
    ("Decimal NaN", props(Decimal("NaN")), "properties['p']"),
    ("Decimal Infinity", props(Decimal("-Infinity")), "properties['p']"),
    ("bytes value", props(b"x"), "properties['p']"),
    ("datetime value", props(NOW), "properties['p']"),
    ("set value", props({1}), "properties['p']"),
    ("lone surrogate value", props("\ud800"), "properties['p']"),
    ("lone surrogate name", ev(event_name="api\udfff"), "event_name"),
    ("naive timestamp", ev(timestamp=datetime.datetime(2026, 3, 1)), "timestamp"),
    ("timestamp without offset", ev(timestamp="2026-03-01T10:00:00"), "timestamp"),
    ("date-only timestamp", ev(timestamp="2026-03-01"), "timestamp"),
    ("unparseable timestamp", ev(timestamp="yesterday"), "timestamp"),
    ("epoch timestamp", ev(timestamp=1767225600), "timestamp"),
    ("date timestamp", ev(timestamp=datetime.date(2026, 3, 1)), "timestamp"),
    ("timestamp 2 hours ahead", ev(timestamp=IN_2_HOURS), "timestamp"),
    ("timestamp string 61 min ahead", ev(timestamp="2026-03-20T13:01:00Z"), "timestamp"),
    ("timestamp ahead via offset", ev(timestamp="2026-03-20T15:30:00+02:00"), "timestamp"),
    ("send a dict", lambda events: events.send({"eventName": "x", "customerId": "c"}), "event"),
    ("empty batch", batch(), "events"),
    ("dict in batch", batch(GOOD, {"eventName": "x", "customerId": "c"}), "events[1]"),
    ("None in batch", batch(None, GOOD), "events[0]"),
    ("batch of one Event, not a list", lambda events: events.send_batch(GOOD), "events"),
    ("max_batch_size 0", batch(GOOD, max_batch_size=0), "max_batch_size"),
    ("max_batch_size over the API limit", batch(GOOD, max_batch_size=10_001), "max_batch_size"),
    ("max_batch_size a string", batch(GOOD, max_batch_size="10"), "max_batch_size"),
]


@pytest.mark.parametrize(("case", "call", "field"), MALFORMED, ids=[c[0] for c in MALFORMED])
def test_malformed_events_and_batches_are_refused_before_any_request(
    case: str, call: Call, field: str
) -> None:
    server = Server()
    with pytest.raises(monk.ValidationError) as info:
        call(sync_client(server, clock=clock).events)
    assert info.value.field == field
    assert str(info.value).startswith(f"{field}: ")
    assert server.requests == []


@pytest.mark.parametrize(("case", "call", "field"), MALFORMED, ids=[c[0] for c in MALFORMED])
async def test_async_malformed_events_and_batches_are_refused(
    case: str, call: Call, field: str
) -> None:
    server = Server()
    with pytest.raises(monk.ValidationError) as info:
        await call(async_client(server, clock=clock).events)
    assert info.value.field == field
    assert server.requests == []


def test_the_table_is_big_enough() -> None:
    assert len(MALFORMED) >= 30


def test_validation_messages_say_what_is_wrong() -> None:
    with pytest.raises(monk.ValidationError, match="not both"):
        monk.Event("x", customer_id="c", external_customer_id="e")
    with pytest.raises(monk.ValidationError, match="no nested values"):
        monk.Event("x", customer_id="c", properties={"p": {"q": 1}})
    with pytest.raises(monk.ValidationError, match="leave the property out"):
        monk.Event("x", customer_id="c", properties={"p": None})
    with pytest.raises(monk.ValidationError, match="more than 1 hour in the future"):
        monk.Event("x", customer_id="c", timestamp=IN_2_HOURS, clock=clock)


def test_send_with_an_event_and_fields_is_a_type_error() -> None:
    server = Server()
    with pytest.raises(TypeError, match="not both"):
        sync_client(server).events.send(GOOD, event_name="x")
    assert server.requests == []


# --- Event -----------------------------------------------------------------------------------


def test_wire_form_is_compact_camel_case_json_in_a_fixed_order() -> None:
    e = monk.Event(
        "api_call",
        external_customer_id="cus_yourapp_456",
        contract_id="ctr_1",
        properties={"model": "gpt-4", "tokens": 1500, "gb": 25.5, "cached": False},
        idempotency_key="evt_1",
        timestamp="2026-03-06T14:30:00Z",
        clock=clock,
    )
    assert e.to_json() == (
        b'{"eventName":"api_call","externalCustomerId":"cus_yourapp_456","contractId":"ctr_1",'
        b'"idempotencyKey":"evt_1","timestamp":"2026-03-06T14:30:00+00:00",'
        b'"properties":{"model":"gpt-4","tokens":1500,"gb":25.5,"cached":false}}'
    )


def test_non_ascii_text_is_sent_as_utf8() -> None:
    e = event(properties={"city": "Zürich", "emoji": "🚀"})
    assert "Zürich".encode() in e.to_json()
    assert json.loads(e.to_json())["properties"] == {"city": "Zürich", "emoji": "🚀"}


def test_decimal_properties_are_sent_as_their_exact_number() -> None:
    e = event(
        properties={"amount": Decimal("0.10000000000000000001"), "n": 3, "gb": Decimal("1E+2")}
    )
    body = e.to_json()
    assert b'"amount":0.10000000000000000001' in body
    assert b'"gb":1E+2' in body
    assert json.loads(body, parse_float=Decimal)["properties"]["amount"] == Decimal(
        "0.10000000000000000001"
    )


def test_bool_and_subclasses_of_primitives_are_accepted() -> None:
    class Tier(enum.StrEnum):
        GOLD = "gold"

    class Size(enum.IntEnum):
        BIG = 3

    e = event(properties={"ok": True, "tier": Tier.GOLD, "size": Size.BIG})
    assert json.loads(e.to_json())["properties"] == {"ok": True, "tier": "gold", "size": 3}


def test_default_key_is_a_fresh_uuid4_and_default_timestamp_is_the_clock() -> None:
    a, b = event(), event()
    assert uuid.UUID(a.idempotency_key).version == 4
    assert str(uuid.UUID(a.idempotency_key)) == a.idempotency_key
    assert a.idempotency_key != b.idempotency_key
    assert a.timestamp == NOW
    assert json.loads(a.to_json())["timestamp"] == "2026-03-20T12:00:00+00:00"


def test_without_a_clock_the_timestamp_is_the_system_time_in_utc() -> None:
    before = datetime.datetime.now(datetime.UTC)
    e = monk.Event("x", customer_id="c")
    after = datetime.datetime.now(datetime.UTC)
    sent = json.loads(e.to_json())["timestamp"]
    assert before - datetime.timedelta(microseconds=1) <= e.timestamp <= after
    assert sent == e.timestamp.isoformat(timespec="microseconds")


def test_generated_keys_are_well_formed_uuid4s() -> None:
    keys = {event().idempotency_key for _ in range(2000)}
    assert len(keys) == 2000
    for key in keys:
        parsed = uuid.UUID(key)
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)


def test_uuid_objects_are_accepted_for_identifiers() -> None:
    key = uuid.uuid4()
    e = monk.Event("x", customer_id=uuid.UUID(CUSTOMER), idempotency_key=key)
    assert (e.customer_id, e.idempotency_key) == (CUSTOMER, str(key))


def test_event_is_immutable() -> None:
    source = {"tokens": 1}
    e = event(properties=source)
    source["tokens"] = 2
    assert e.properties == {"tokens": 1}
    with pytest.raises(AttributeError):
        e.event_name = "other"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        e.anything = 1  # type: ignore[attr-defined]
    with pytest.raises(TypeError):
        e.properties["tokens"] = 3  # type: ignore[index]
    assert json.loads(e.to_json())["properties"] == {"tokens": 1}


def test_equality_hash_pickle_and_from_json_round_trip() -> None:
    e = event(properties={"gb": Decimal("25.50"), "n": 1}, idempotency_key="k", contract_id="c1")
    again = monk.Event.from_json(e.to_json(), clock=clock)
    assert again == e and hash(again) == hash(e)
    assert again.to_json() == e.to_json()
    assert pickle.loads(pickle.dumps(e)) == e  # noqa: S301 (our own bytes)
    assert monk.Event.from_dict(e.to_dict(), clock=clock) == e
    assert event(idempotency_key="other") != e


def test_from_dict_names_unknown_and_missing_fields() -> None:
    with pytest.raises(monk.ValidationError) as info:
        monk.Event.from_dict({"eventName": "x", "customerId": "c", "quantity": 1})
    assert info.value.field == "quantity"
    with pytest.raises(monk.ValidationError) as info:
        monk.Event.from_dict({"customerId": "c"})
    assert info.value.field == "eventName"


# --- timestamps --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("timestamp", "sent"),
    [
        (NOW + datetime.timedelta(hours=1), "2026-03-20T13:00:00+00:00"),  # exactly 1 h: allowed
        (datetime.datetime(2024, 2, 29, tzinfo=datetime.UTC), "2024-02-29T00:00:00+00:00"),  # past
        ("2026-03-20T13:00:00Z", "2026-03-20T13:00:00+00:00"),
        ("2026-03-20T14:59:59+02:00", "2026-03-20T12:59:59+00:00"),  # sent in UTC
        ("2026-03-20T07:00:00.250-05:00", "2026-03-20T12:00:00.250000+00:00"),
    ],
)
def test_timestamps_within_the_hour_are_sent_in_utc(
    timestamp: datetime.datetime | str, sent: str
) -> None:
    e = event(timestamp=timestamp)
    assert json.loads(e.to_json())["timestamp"] == sent
    assert e.timestamp.tzinfo == datetime.UTC


def test_one_microsecond_past_the_hour_is_refused() -> None:
    with pytest.raises(monk.ValidationError, match="timestamp"):
        event(timestamp=NOW + datetime.timedelta(hours=1, microseconds=1))


def test_the_rule_follows_the_clock() -> None:
    later = NOW + datetime.timedelta(hours=5)
    ahead = NOW + datetime.timedelta(hours=2)
    assert monk.Event("x", customer_id="c", timestamp=ahead, clock=lambda: later).timestamp == ahead
    with pytest.raises(monk.ValidationError):
        monk.Event("x", customer_id="c", timestamp=ahead, clock=lambda: NOW)


def test_send_checks_timestamps_against_the_clients_clock() -> None:
    server = Server()
    client = sync_client(server, clock=clock)
    client.events.send(event_name="x", customer_id="c", timestamp="2026-03-20T12:59:00Z")
    with pytest.raises(monk.ValidationError):
        client.events.send(event_name="x", customer_id="c", timestamp="2026-03-20T13:01:00Z")
    assert len(server.requests) == 1


def test_a_naive_clock_is_refused() -> None:
    with pytest.raises(monk.ValidationError) as info:
        monk.Event("x", customer_id="c", clock=lambda: datetime.datetime(2026, 3, 1))
    assert info.value.field == "clock"


# --- idempotency_key ----------------------------------------------------------------------------


def test_idempotency_key_is_a_stable_documented_uuid5() -> None:
    key = monk.idempotency_key("billing_events", 42)
    assert key == monk.idempotency_key("billing_events", 42)
    assert key == monk.idempotency_key("billing_events", "42")  # ints and their text agree
    assert key == str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, '["billing_events","42"]'))
    assert uuid.UUID(key).version == 5
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "https://events-api.monk.com/v1/events")
    assert namespace == IDEMPOTENCY_NAMESPACE
    # The value itself is pinned: a change would re-bill every re-run import.
    assert monk.idempotency_key("sync", 1) == str(uuid.uuid5(IDEMPOTENCY_NAMESPACE, '["sync","1"]'))
    assert str(IDEMPOTENCY_NAMESPACE) == "5a1a08c4-e94e-5a93-8be8-b87cf0c79eff"


def test_idempotency_key_parts_cannot_run_together() -> None:
    assert monk.idempotency_key("a:b", "c") != monk.idempotency_key("a", "b:c")
    assert monk.idempotency_key("ab") != monk.idempotency_key("a", "b")
    assert monk.idempotency_key("a", "b") != monk.idempotency_key("b", "a")


def test_idempotency_key_takes_dates_and_uuids() -> None:
    day = datetime.date(2026, 3, 1)
    assert monk.idempotency_key("d", day) == monk.idempotency_key("d", "2026-03-01")
    u = uuid.UUID(CUSTOMER)
    assert monk.idempotency_key(u) == monk.idempotency_key(CUSTOMER)


@pytest.mark.parametrize(
    ("parts", "field"), [((), "parts"), (("a", None), "parts[1]"), ((True,), "parts[0]")]
)
def test_idempotency_key_refuses_bad_parts(parts: tuple[Any, ...], field: str) -> None:
    with pytest.raises(monk.ValidationError) as info:
        monk.idempotency_key(*parts)
    assert info.value.field == field


def test_a_derived_key_makes_a_rerun_send_the_same_event() -> None:
    rows = [(1, "acme", 10), (2, "globex", 20)]

    def run() -> list[bytes]:
        return [
            monk.Event(
                "api_call",
                external_customer_id=customer,
                properties={"tokens": tokens},
                idempotency_key=monk.idempotency_key("usage_rows", row_id),
                timestamp="2026-03-01T00:00:00Z",
            ).to_json()
            for row_id, customer, tokens in rows
        ]

    assert run() == run()


# --- send ------------------------------------------------------------------------------------


def test_send_posts_the_events_bytes_and_returns_the_acknowledgement() -> None:
    server = Server()
    e = event(properties={"tokens": 42})
    response = sync_client(server).events.send(e)
    (request,) = server.requests
    assert request.method == "POST"
    assert str(request.url) == "https://events-api.monk.com/v1/events"
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == f"Bearer {KEY}"
    assert request.content == e.to_json()
    assert (response.status, response.idempotency_key, response.request_id) == (
        "accepted",
        e.idempotency_key,
        "req_1",
    )


def test_send_takes_events_keyword_arguments() -> None:
    server = Server()
    response = sync_client(server, clock=clock).events.send(
        event_name="api_call", external_customer_id="ext_456", properties={"tokens": 1}
    )
    (body,) = server.bodies()
    assert body["externalCustomerId"] == "ext_456"
    assert body["timestamp"] == "2026-03-20T12:00:00+00:00"
    assert response.idempotency_key == body["idempotencyKey"]


def test_send_retries_with_the_same_key() -> None:
    server = Server(503, 429)
    e = event()
    sync_client(server).events.send(e)
    assert len(server.requests) == 3
    assert {r.content for r in server.requests} == {e.to_json()}


def test_send_does_not_retry_a_400() -> None:
    server = Server(400)
    with pytest.raises(monk.BadRequestError):
        sync_client(server).events.send(event())
    assert len(server.requests) == 1


# --- send_batch --------------------------------------------------------------------------------


def test_25001_events_go_in_3_requests_with_every_key_in_order() -> None:
    server = Server()
    events = [event(properties={"i": i}) for i in range(25_001)]
    result = sync_client(server).events.send_batch(events)
    bodies = server.bodies()
    assert [len(b["events"]) for b in bodies] == [10_000, 10_000, 5_001]
    sent_keys = [e["idempotencyKey"] for b in bodies for e in b["events"]]
    assert sent_keys == [e.idempotency_key for e in events]
    assert all(r.url.path == "/v1/events/batch" for r in server.requests)
    assert result.accepted == 25_001
    assert result.requests == 3
    assert result.request_ids == ("req_1", "req_2", "req_3")
    assert result.idempotency_keys == tuple(e.idempotency_key for e in events)


def test_the_batch_body_is_the_events_own_bytes() -> None:
    server = Server()
    events = [event(properties={"i": i}) for i in range(3)]
    sync_client(server).events.send_batch(events)
    (request,) = server.requests
    assert request.content == b'{"events":[' + b",".join(e.to_json() for e in events) + b"]}"


def test_max_batch_size_lowers_the_chunk_size() -> None:
    server = Server()
    events = [event() for _ in range(12)]
    result = sync_client(server).events.send_batch(events, max_batch_size=5)
    assert [len(b["events"]) for b in server.bodies()] == [5, 5, 2]
    assert result.requests == 3


def test_a_retried_chunk_resends_identical_keys() -> None:
    server = Server(200, 503, 200)  # chunk 1 ok; chunk 2 fails once, then ok
    events = [event() for _ in range(4)]
    result = sync_client(server).events.send_batch(events, max_batch_size=2)
    _, failed, retried = server.requests
    assert failed.content == retried.content
    assert [e["idempotencyKey"] for e in json.loads(retried.content)["events"]] == [
        e.idempotency_key for e in events[2:]
    ]
    assert result.accepted == 4 and result.requests == 2


def test_a_chunk_that_fails_for_good_raises_and_says_how_far_it_got() -> None:
    server = Server(200, 400)
    events = [event() for _ in range(5)]
    with pytest.raises(monk.BadRequestError) as info:
        sync_client(server).events.send_batch(events, max_batch_size=2)
    assert len(server.requests) == 2
    assert any("2 of 5 events were sent" in note for note in info.value.__notes__)


def test_send_batch_accepts_any_iterable_of_events() -> None:
    server = Server()
    result = sync_client(server).events.send_batch(event() for _ in range(3))
    assert result.accepted == 3


# --- async ---------------------------------------------------------------------------------


async def test_async_send_and_send_batch() -> None:
    server = Server(503)
    client = async_client(server, clock=clock)
    e = event()
    response = await client.events.send(e)
    assert response.idempotency_key == e.idempotency_key
    assert [r.content for r in server.requests] == [e.to_json(), e.to_json()]

    server = Server()
    events = [event() for _ in range(25_001)]
    result = await async_client(server).events.send_batch(events)
    assert [len(b["events"]) for b in server.bodies()] == [10_000, 10_000, 5_001]
    assert result.idempotency_keys == tuple(e.idempotency_key for e in events)
    assert result.accepted == 25_001


async def test_async_retried_chunk_resends_identical_keys() -> None:
    server = Server(503, 200, 200)
    events = [event() for _ in range(4)]
    result = await async_client(server).events.send_batch(events, max_batch_size=2)
    failed, retried, _ = server.requests
    assert failed.content == retried.content
    assert result.requests == 2


def test_list_query_usage_and_probes_still_work() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/v1/events":
            page = {"events": [], "total": 0, "limit": 100, "offset": 0, "hasMore": False}
            return httpx.Response(200, json=page)
        if path.endswith("/usage"):
            return httpx.Response(200, json={"totalCount": 7, "breakdown": []})
        return httpx.Response(200, json={"status": "ok"})

    client = monk.Monk(
        api_key=KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    assert list(client.events.list(event_name="api_call")) == []
    assert client.events.query_usage(start="2026-03-01", end="2026-03-31").total_count == 7
    assert client.events.liveness()["status"] == "ok"
    assert client.events.readiness()["status"] == "ok"
