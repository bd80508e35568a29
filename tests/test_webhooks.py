"""Tests for monk.webhooks: signature verification, signing, and typed events."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import time
import types
from decimal import Decimal
from typing import Any

import pytest

from monk import ValidationError, WebhookVerificationError, webhooks
from monk.webhooks import Reason

SECRET = "monk_test_secret"
NOW = 1706540400  # the documented example timestamp, 2024-01-29T15:00:00Z

# The documented invoice.created example is cut off after `"status":` in every capture. Its two
# visible fields are kept as they are; the rest are filled in from the documented field table.
INVOICE_CREATED = {
    "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
    "invoiceNum": "INV-001",
    "status": "In Progress",
    "totalCents": 10000,
    "invoiceDate": "2024-01-29",
    "dueDate": "2024-02-28",
    "memo": None,
    "paymentLink": "https://pay.monk.com/i/a1b2c3d4",
    "customer": {"id": "550e8400-e29b-41d4-a716-446655440000", "name": "Acme"},
    "createdAt": "2024-01-29T15:00:00.000Z",
    "updatedAt": "2024-01-29T15:00:00.000Z",
}
INVOICE_UPDATED = {
    **INVOICE_CREATED,
    "status": "Paid",
    "memo": "January services",
    "updatedAt": "2024-02-01T09:30:00.000Z",
}
# The documentation lists these events but no capture reaches their payload fields: only the
# common shape (id, createdAt, updatedAt) is documented. The other keys are illustrative and
# must land in `extra`, including a fractional number that must stay exact.
COMMON = {"createdAt": "2024-01-29T15:00:00Z", "updatedAt": "2024-01-29T15:05:00Z"}
UNDOCUMENTED_PAYLOADS: dict[str, tuple[type[Any], dict[str, Any]]] = {
    "contract.created": (webhooks.ContractPayload, {"id": "c-1", "status": "active", **COMMON}),
    "contract.updated": (webhooks.ContractPayload, {"id": "c-1", "metadata": {}, **COMMON}),
    "contract.terminated": (webhooks.ContractPayload, {"id": "c-1", **COMMON}),
    "customer.created": (webhooks.CustomerPayload, {"id": "cu-1", "name": "Acme", **COMMON}),
    "customer.updated": (webhooks.CustomerPayload, {"id": "cu-1", "name": "Acme 2", **COMMON}),
    "credit.threshold_crossed": (webhooks.CreditPayload, {"id": "w-1", **COMMON}),
    "credit.balance_depleted": (webhooks.CreditPayload, {"id": "w-1", **COMMON}),
    "credit.budget.exhausted": (webhooks.CreditBudgetPayload, {"id": "b-1", **COMMON}),
}


def body_of(payload: dict[str, Any]) -> bytes:
    """Serialise like a server would; the tests then treat these bytes as the raw body."""
    return json.dumps(payload, separators=(",", ":")).encode()


def headers_for(body: bytes, event_type: str, *, delivery_id: str = "dlv_1") -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "User-Agent": "Monk-Webhook/1.0",
        "X-Monk-Event": event_type,
        "X-Monk-Delivery-Id": delivery_id,
        "X-Monk-Signature": webhooks.sign(body, SECRET, timestamp=NOW),
    }


def reason_of(payload: bytes | str, header: str | None, secret: str = SECRET, **kw: Any) -> str:
    kw.setdefault("now", NOW)
    with pytest.raises(WebhookVerificationError) as info:
        webhooks.verify(payload, header, secret, **kw)
    return info.value.reason


BODY = body_of(INVOICE_CREATED)
GOOD = webhooks.sign(BODY, SECRET, timestamp=NOW)
GOOD_V1 = GOOD.split("v1=")[1]


# --- sign / verify ------------------------------------------------------------------------


def test_round_trip_bytes_and_str() -> None:
    assert GOOD.startswith(f"t={NOW},v1=")
    webhooks.verify(BODY, GOOD, SECRET, now=NOW)
    webhooks.verify(BODY.decode(), GOOD, SECRET, now=NOW)
    webhooks.verify(BODY, GOOD.encode(), SECRET.encode(), now=NOW)
    webhooks.verify(bytearray(BODY), GOOD, SECRET, now=NOW)
    webhooks.verify(memoryview(BODY), GOOD, SECRET, now=NOW)


def test_non_ascii_body_is_signed_as_utf8() -> None:
    text = '{"memo":"Café – 10 €"}'
    header = webhooks.sign(text, SECRET, timestamp=NOW)
    webhooks.verify(text.encode("utf-8"), header, SECRET, now=NOW)


def test_known_vector() -> None:
    # Pinned signature computed independently with hmac. The docs' example header
    # (t=1706540400,v1=5d41402abc4b2a76b9719d911017c592) cannot serve as a vector: its v1 is 32
    # hex digits (the MD5 of "hello"), not a 64-digit HMAC-SHA256, and no secret or body is given.
    body = (
        b'{"id":"a1b2c3d4-e5f6-7890-abcd-ef1234567890","invoiceNum":"INV-001","totalCents":10000}'
    )
    pinned = "1662a9500024fca34e850fe2c54f2bf51327dd9f01aaac5b0c1455935b1b32b1"
    assert hmac.new(SECRET.encode(), b"1706540400." + body, hashlib.sha256).hexdigest() == pinned
    assert webhooks.sign(body, SECRET, timestamp=1706540400) == f"t=1706540400,v1={pinned}"
    webhooks.verify(body, f"t=1706540400,v1={pinned}", SECRET, now=1706540400)


def test_docs_example_header_is_rejected_as_not_sha256() -> None:
    header = "t=1706540400,v1=5d41402abc4b2a76b9719d911017c592"
    assert reason_of(b"hello", header) == Reason.INVALID_SIGNATURE


def test_sign_accepts_datetime_and_defaults_to_now(monkeypatch: pytest.MonkeyPatch) -> None:
    when = dt.datetime.fromtimestamp(NOW, dt.UTC)
    assert webhooks.sign(BODY, SECRET, timestamp=when) == GOOD
    monkeypatch.setattr(time, "time", lambda: NOW + 0.9)
    assert webhooks.sign(BODY, SECRET) == GOOD


@pytest.mark.parametrize(
    ("payload", "header", "secret", "reason"),
    [
        pytest.param(BODY.replace(b"10000", b"10001"), GOOD, SECRET, Reason.SIGNATURE_MISMATCH,
                     id="tampered-body"),
        pytest.param(BODY, GOOD, "another_secret", Reason.SIGNATURE_MISMATCH, id="wrong-secret"),
        pytest.param(BODY, f"v1={GOOD_V1}", SECRET, Reason.MISSING_TIMESTAMP, id="missing-t"),
        pytest.param(BODY, f"t={NOW}", SECRET, Reason.MISSING_SIGNATURE, id="missing-v1"),
        pytest.param(BODY, f"t={NOW},v0={GOOD_V1}", SECRET, Reason.MISSING_SIGNATURE,
                     id="only-other-scheme"),
        pytest.param(BODY, "not a signature", SECRET, Reason.MALFORMED_HEADER, id="no-equals"),
        pytest.param(BODY, f"t={NOW},t={NOW},v1={GOOD_V1}", SECRET, Reason.MALFORMED_HEADER,
                     id="duplicate-t"),
        pytest.param(BODY, f"=x,t={NOW},v1={GOOD_V1}", SECRET, Reason.MALFORMED_HEADER,
                     id="empty-key"),
        pytest.param(BODY, f"t=abc,v1={GOOD_V1}", SECRET, Reason.INVALID_TIMESTAMP, id="t-not-int"),
        pytest.param(BODY, f"t=-{NOW},v1={GOOD_V1}", SECRET, Reason.INVALID_TIMESTAMP,
                     id="t-negative"),
        pytest.param(BODY, f"t={'9' * 5000},v1={GOOD_V1}", SECRET, Reason.INVALID_TIMESTAMP,
                     id="t-huge"),
        pytest.param(BODY, f"t={NOW},v1={'z' * 64}", SECRET, Reason.INVALID_SIGNATURE,
                     id="non-hex"),
        pytest.param(BODY, f"t={NOW},v1=", SECRET, Reason.INVALID_SIGNATURE, id="empty-v1"),
        pytest.param(BODY, f"t={NOW},v1={GOOD_V1[:-2]}", SECRET, Reason.INVALID_SIGNATURE,
                     id="short-hex"),
        pytest.param(BODY, None, SECRET, Reason.MISSING_HEADER, id="no-header"),
        pytest.param(BODY, "  ", SECRET, Reason.MISSING_HEADER, id="blank-header"),
    ],
)  # fmt: skip
def test_rejections(payload: bytes, header: str | None, secret: str, reason: Reason) -> None:
    assert reason_of(payload, header, secret) == reason


def test_every_reason_is_distinct_and_stable() -> None:
    values = [r.value for r in Reason]
    assert len(set(values)) == len(values) == 9
    assert Reason.SIGNATURE_MISMATCH.value == "signature_mismatch"
    assert isinstance(Reason.SIGNATURE_MISMATCH, str)
    err = WebhookVerificationError(Reason.TIMESTAMP_TOO_OLD)
    assert str(err) == "timestamp_too_old"


def test_reserialised_json_is_rejected() -> None:
    # What the docs' Express example does: parse the body, then serialise it again.
    raw = b'{"id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",\n  "totalCents": 10000}'
    header = webhooks.sign(raw, SECRET, timestamp=NOW)
    webhooks.verify(raw, header, SECRET, now=NOW)
    reserialised = json.dumps(json.loads(raw))
    assert reserialised.encode() != raw
    assert reason_of(reserialised, header) == Reason.SIGNATURE_MISMATCH


def test_parsed_dict_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="raw request body"):
        webhooks.verify(INVOICE_CREATED, GOOD, SECRET, now=NOW)  # type: ignore[arg-type]


def test_stale_timestamp() -> None:
    assert reason_of(BODY, GOOD, now=NOW + 301) == Reason.TIMESTAMP_TOO_OLD
    webhooks.verify(BODY, GOOD, SECRET, now=NOW + 300)  # the boundary is inclusive


def test_timestamp_too_far_ahead() -> None:
    assert reason_of(BODY, GOOD, now=NOW - 301) == Reason.TIMESTAMP_IN_FUTURE
    webhooks.verify(BODY, GOOD, SECRET, now=NOW - 300)


def test_tolerance_is_configurable_and_can_be_disabled() -> None:
    assert reason_of(BODY, GOOD, now=NOW + 61, tolerance=60) == Reason.TIMESTAMP_TOO_OLD
    webhooks.verify(BODY, GOOD, SECRET, now=NOW + 10**6, tolerance=None)
    with pytest.raises(ValidationError) as info:
        webhooks.verify(BODY, "t=1,v1=00", "wrong", now=NOW, tolerance=-1)
    assert info.value.field == "tolerance"


def test_signature_is_checked_before_the_timestamp() -> None:
    # A forged, stale delivery is reported as a forgery, not as stale.
    assert reason_of(BODY, GOOD, "another_secret", now=NOW + 3600) == Reason.SIGNATURE_MISMATCH


def test_now_as_datetime() -> None:
    later = dt.datetime.fromtimestamp(NOW + 301, dt.UTC)
    assert reason_of(BODY, GOOD, now=later) == Reason.TIMESTAMP_TOO_OLD
    webhooks.verify(BODY, GOOD, SECRET, now=dt.datetime.fromtimestamp(NOW, dt.UTC))
    with pytest.raises(ValidationError) as info:
        webhooks.verify(BODY, GOOD, SECRET, now=dt.datetime(2024, 1, 29, 15))  # naive
    assert info.value.field == "now"
    with pytest.raises(ValidationError) as info:
        webhooks.sign(BODY, SECRET, timestamp=dt.datetime(2024, 1, 29, 15))
    assert info.value.field == "timestamp"


def test_now_defaults_to_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(time, "time", lambda: NOW + 1000.0)
    with pytest.raises(WebhookVerificationError) as info:
        webhooks.verify(BODY, GOOD, SECRET)
    assert info.value.reason == Reason.TIMESTAMP_TOO_OLD
    monkeypatch.setattr(time, "time", lambda: float(NOW))
    webhooks.verify(BODY, GOOD, SECRET)


def test_empty_secret_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        webhooks.verify(BODY, GOOD, "", now=NOW)
    assert info.value.field == "secret"


def test_several_v1_values_one_valid() -> None:
    other = webhooks.sign(BODY, "old_secret", timestamp=NOW).split("v1=")[1]
    webhooks.verify(BODY, f"t={NOW},v1={other},v1={GOOD_V1}", SECRET, now=NOW)
    webhooks.verify(BODY, f"t={NOW},v1={GOOD_V1},v1={other}", SECRET, now=NOW)
    webhooks.verify(BODY, f"t={NOW},v1=not-hex,v1={GOOD_V1}", SECRET, now=NOW)
    header = f"t={NOW},v1={other},v1={'0' * 64}"
    assert reason_of(BODY, header) == Reason.SIGNATURE_MISMATCH


def test_extra_parts_and_whitespace_are_tolerated() -> None:
    header = f" t={NOW} , v0=legacy,v1={GOOD_V1},scheme=x,"
    webhooks.verify(BODY, header, SECRET, now=NOW)
    webhooks.verify(BODY, f"t={NOW},v1={GOOD_V1.upper()}", SECRET, now=NOW)


def test_verify_compares_with_hmac_compare_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    webhooks.verify(BODY, GOOD, SECRET, now=NOW)
    assert calls == [(bytes.fromhex(GOOD_V1), bytes.fromhex(GOOD_V1))]

    # Its answer decides: a comparison that always says "different" rejects a valid signature.
    monkeypatch.setattr(hmac, "compare_digest", lambda a, b: False)
    assert reason_of(BODY, GOOD) == Reason.SIGNATURE_MISMATCH


# --- construct_event ----------------------------------------------------------------------


@pytest.mark.parametrize("event_type", ["invoice.created", "invoice.updated"])
def test_invoice_events(event_type: str) -> None:
    payload = INVOICE_CREATED if event_type == "invoice.created" else INVOICE_UPDATED
    body = body_of(payload)
    event = webhooks.construct_event(body, headers_for(body, event_type), SECRET, now=NOW)

    assert event.type == event_type
    assert event.delivery_id == "dlv_1"
    data = event.data
    assert isinstance(data, webhooks.InvoicePayload)
    assert data.id == "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
    assert data.invoice_num == "INV-001"
    assert data.status == payload["status"]
    assert data.status in webhooks.INVOICE_STATUSES
    assert data.total_cents == 10000
    assert data.total == Decimal("100.00")
    assert isinstance(data.total, Decimal)
    assert data.invoice_date == dt.date(2024, 1, 29)
    assert data.due_date == dt.date(2024, 2, 28)
    assert data.memo == payload["memo"]
    assert data.payment_link == "https://pay.monk.com/i/a1b2c3d4"
    assert data.customer == {"id": "550e8400-e29b-41d4-a716-446655440000", "name": "Acme"}
    assert data.created_at == dt.datetime(2024, 1, 29, 15, tzinfo=dt.UTC)
    assert data.updated_at == dt.datetime.fromisoformat(str(payload["updatedAt"]))
    assert data.extra == {}
    assert event.raw == payload


def test_invoice_uses_invoice_num_not_invoice_number() -> None:
    payload = {"id": "i-1", "invoiceNumber": "INV-REST"}
    body = body_of(payload)
    event = webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    assert isinstance(event.data, webhooks.InvoicePayload)
    assert event.data.invoice_num is None
    assert event.data.extra == {"invoiceNumber": "INV-REST"}


def test_amounts_are_exact_and_unknown_keys_kept() -> None:
    body = (
        b'{"id":"i-1","invoiceNum":"INV-002","totalCents":12345,'
        b'"discount":0.1,"nested":{"rate":1.10},"lines":[2.675]}'
    )
    event = webhooks.construct_event(body, headers_for(body, "invoice.updated"), SECRET, now=NOW)
    assert isinstance(event.data, webhooks.InvoicePayload)
    assert event.data.total == Decimal("123.45")
    assert event.data.extra == {
        "discount": Decimal("0.1"),
        "nested": {"rate": Decimal("1.10")},
        "lines": [Decimal("2.675")],
    }
    assert isinstance(event.data.extra["discount"], Decimal)
    assert str(event.raw["nested"]["rate"]) == "1.10"


def test_whole_decimal_cents_are_accepted() -> None:
    body = b'{"id":"i-1","totalCents":10000.0}'
    event = webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    assert isinstance(event.data, webhooks.InvoicePayload)
    assert event.data.total_cents == 10000
    assert type(event.data.total_cents) is int


@pytest.mark.parametrize(
    ("fields", "bad"),
    [
        ({"totalCents": 100.5}, "payload.totalCents"),
        ({"totalCents": "100"}, "payload.totalCents"),
        ({"totalCents": True}, "payload.totalCents"),
        ({"invoiceDate": "29/01/2024"}, "payload.invoiceDate"),
        ({"invoiceDate": "20240129"}, "payload.invoiceDate"),
        ({"createdAt": "yesterday"}, "payload.createdAt"),
        ({"invoiceNum": 1}, "payload.invoiceNum"),
        ({"customer": "cu-1"}, "payload.customer"),
    ],
)
def test_wrongly_typed_fields_name_the_field(fields: dict[str, Any], bad: str) -> None:
    body = body_of({"id": "i-1", **fields})
    with pytest.raises(ValidationError) as info:
        webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    assert info.value.field == bad


def test_missing_fields_are_none() -> None:
    body = b'{"id":"i-1"}'
    event = webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    assert event.data == webhooks.InvoicePayload(id="i-1")
    assert isinstance(event.data, webhooks.InvoicePayload)
    assert event.data.total is None


@pytest.mark.parametrize("event_type", sorted(UNDOCUMENTED_PAYLOADS))
def test_contract_customer_and_credit_events(event_type: str) -> None:
    cls, payload = UNDOCUMENTED_PAYLOADS[event_type]
    body = body_of(payload)
    headers = headers_for(body, event_type, delivery_id=f"dlv_{event_type}")
    event = webhooks.construct_event(body, headers, SECRET, now=NOW)

    assert event.type == event_type
    assert event.delivery_id == f"dlv_{event_type}"
    data = event.data
    assert type(data) is cls
    assert not isinstance(data, dict | webhooks.InvoicePayload)
    assert data.id == payload["id"]
    assert data.created_at == dt.datetime(2024, 1, 29, 15, tzinfo=dt.UTC)
    assert data.updated_at == dt.datetime(2024, 1, 29, 15, 5, tzinfo=dt.UTC)
    assert data.extra == {
        k: v for k, v in payload.items() if k not in {"id", "createdAt", "updatedAt"}
    }
    assert event.raw == payload


def test_every_documented_event_type_is_typed() -> None:
    assert set(webhooks.EVENT_TYPES) == {"invoice.created", "invoice.updated"} | set(
        UNDOCUMENTED_PAYLOADS
    )
    for event_type in webhooks.EVENT_TYPES:
        body = b'{"id":"x"}'
        event = webhooks.construct_event(body, headers_for(body, event_type), SECRET, now=NOW)
        assert not isinstance(event.data, dict), event_type


def test_unknown_event_type_gives_a_generic_event() -> None:
    payload = {"id": "p-1", "amount": 1.5, "createdAt": "2024-01-29T15:00:00Z"}
    body = body_of(payload)
    event = webhooks.construct_event(body, headers_for(body, "payment.succeeded"), SECRET, now=NOW)
    assert event.type == "payment.succeeded"
    assert event.delivery_id == "dlv_1"
    assert event.data == {"id": "p-1", "amount": Decimal("1.5"), "createdAt": payload["createdAt"]}
    assert event.raw is event.data


def test_construct_event_verifies_first() -> None:
    body = body_of(INVOICE_CREATED)
    headers = headers_for(body, "invoice.created")
    with pytest.raises(WebhookVerificationError) as info:
        webhooks.construct_event(body + b" ", headers, SECRET, now=NOW)
    assert info.value.reason == Reason.SIGNATURE_MISMATCH
    del headers["X-Monk-Signature"]
    with pytest.raises(WebhookVerificationError) as info:
        webhooks.construct_event(body, headers, SECRET, now=NOW)
    assert info.value.reason == Reason.MISSING_HEADER
    headers = headers_for(body, "invoice.created")
    with pytest.raises(WebhookVerificationError) as info:
        webhooks.construct_event(body, headers, SECRET, now=NOW + 301)
    assert info.value.reason == Reason.TIMESTAMP_TOO_OLD
    webhooks.construct_event(body, headers, SECRET, now=NOW + 301, tolerance=400)


def test_missing_event_header_and_delivery_id() -> None:
    body = body_of(INVOICE_CREATED)
    headers = headers_for(body, "invoice.created")
    del headers["X-Monk-Delivery-Id"]
    assert webhooks.construct_event(body, headers, SECRET, now=NOW).delivery_id is None
    del headers["X-Monk-Event"]
    with pytest.raises(ValidationError) as info:
        webhooks.construct_event(body, headers, SECRET, now=NOW)
    assert info.value.field == "X-Monk-Event"


@pytest.mark.parametrize(
    "body", [b"not json", b"[1, 2]", b'"text"', b'{"a": NaN}', b"\xff\xfe\xfa"]
)
def test_signed_body_that_is_not_a_json_object(body: bytes) -> None:
    with pytest.raises(ValidationError) as info:
        webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    assert info.value.field == "payload"


class _PairsWithItems:
    """Like werkzeug's Headers: not a Mapping, iterates pairs, has items()."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def __iter__(self) -> Any:
        return iter(self._pairs)

    def items(self) -> list[tuple[str, str]]:
        return list(self._pairs)


def _header_shapes() -> list[Any]:
    body = body_of(INVOICE_CREATED)
    sig = webhooks.sign(body, SECRET, timestamp=NOW)
    lower = {"x-monk-signature": sig, "x-monk-event": "invoice.created", "x-monk-delivery-id": "d"}
    upper = {"X-MONK-SIGNATURE": sig, "X-MONK-EVENT": "invoice.created", "X-MONK-DELIVERY-ID": "d"}
    mixed = {"x-Monk-signaTURE": sig, "X-monk-Event": "invoice.created", "x-MONK-delivery-id": "d"}
    return [
        pytest.param(lower, id="dict-lower"),
        pytest.param(upper, id="dict-upper"),
        pytest.param(mixed, id="dict-mixed"),
        pytest.param(types.MappingProxyType(upper), id="mapping"),
        pytest.param(list(lower.items()), id="list-of-pairs"),
        pytest.param(tuple(mixed.items()), id="tuple-of-pairs"),
        pytest.param([(k.encode(), v.encode()) for k, v in lower.items()], id="asgi-bytes-pairs"),
        pytest.param(_PairsWithItems(list(upper.items())), id="werkzeug-like"),
    ]


@pytest.mark.parametrize("headers", _header_shapes())
def test_headers_are_case_insensitive_in_any_shape(headers: Any) -> None:
    body = body_of(INVOICE_CREATED)
    event = webhooks.construct_event(body, headers, SECRET, now=NOW)
    assert event.type == "invoice.created"
    assert event.delivery_id == "d"
    assert isinstance(event.data, webhooks.InvoicePayload)


def test_repeated_signature_headers_are_joined() -> None:
    body = body_of(INVOICE_CREATED)
    rotated = webhooks.sign(body, "old_secret", timestamp=NOW).split(",")[1]
    pairs = [
        ("X-Monk-Event", "invoice.created"),
        ("X-Monk-Signature", f"t={NOW},{rotated}"),
        ("x-monk-signature", f"v1={GOOD_V1}"),
    ]
    assert webhooks.construct_event(body, pairs, SECRET, now=NOW).type == "invoice.created"


def test_events_are_frozen() -> None:
    body = body_of(INVOICE_CREATED)
    event = webhooks.construct_event(body, headers_for(body, "invoice.created"), SECRET, now=NOW)
    with pytest.raises(AttributeError):
        event.type = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        event.data.status = "Paid"  # type: ignore[misc, union-attr]
