"""Hypothesis over every public function that takes user input: whatever goes in, what comes out
is a result or a ``MonkError`` (the CLI: an exit code, never a traceback).

The resource methods are found by introspection, so a regenerated resource is covered too.
"""

from __future__ import annotations

import contextlib
import datetime
import inspect
import io
import math
import os
import sys
import uuid
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import monk
from monk import webhooks
from monk._exceptions import MonkError
from monk.testing import MockMonk

SETTINGS = settings(
    max_examples=int(os.environ.get("MONK_FUZZ_EXAMPLES", "150")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# -- values a caller might pass: the right kinds, the wrong kinds, and the nasty ones -------------

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.just(10**400),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["", " ", ".", "..", "/", "a/b", "%2e", "\ud800", "cus_1", "2026-01-01"]),
    st.binary(max_size=10),
    st.uuids(),
    st.datetimes(timezones=st.sampled_from([None, datetime.UTC])),
    st.dates(),
    st.just(object()),
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(st.text(max_size=8), inner, max_size=3),
        st.frozensets(st.integers(), max_size=2),
        st.tuples(inner, inner),
    ),
    max_leaves=8,
)
names = st.one_of(
    st.sampled_from(
        [
            "name",
            "contacts",
            "limit",
            "offset",
            "start",
            "end",
            "metadata",
            "customer_id",
            "external_customer_id",
            "contract_id",
            "event_name",
            "properties",
            "billing_address",
            "unit_amount",
            "tags",
            "body",
            "status",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12),
)
kwargs = st.dictionaries(names, values, max_size=4)


def callable_with(function: Any, args: list[Any], fields: dict[str, Any]) -> bool:
    """Whether the call fits the signature: a call that does not is Python's TypeError, which
    mypy and pyright catch before it runs; what is fuzzed here is the values.
    """
    try:
        inspect.signature(function).bind(*args, **fields)
    except TypeError:
        return False
    return True


def only_monk_errors() -> contextlib.suppress:
    """A MonkError is a fine outcome; anything else fails the test."""
    return contextlib.suppress(MonkError)


# -- monk.Event ---------------------------------------------------------------------------------


@SETTINGS
@given(values, kwargs)
def test_event_raises_only_monk_errors(name: Any, fields: dict[str, Any]) -> None:
    if not callable_with(monk.Event, [name], fields):
        return
    with only_monk_errors():
        monk.Event(name, **fields)


@SETTINGS
@given(st.one_of(st.text(), st.binary(), values))
def test_event_from_json_raises_only_monk_errors(data: Any) -> None:
    with only_monk_errors():
        monk.Event.from_json(data)


@SETTINGS
@given(
    st.dictionaries(
        st.sampled_from(
            ["eventName", "customerId", "properties", "timestamp", "idempotencyKey", "x"]
        ),
        values,
    )
)
def test_event_from_dict_raises_only_monk_errors(data: dict[str, Any]) -> None:
    with only_monk_errors():
        monk.Event.from_dict(data)


@SETTINGS
@given(st.lists(values, max_size=3))
def test_idempotency_key_raises_only_monk_errors(parts: list[Any]) -> None:
    with only_monk_errors():
        monk.idempotency_key(*parts)


# -- webhooks -----------------------------------------------------------------------------------

SECRET = "whsec_test"
bodies = st.one_of(st.binary(max_size=50), st.text(max_size=50), values)
headers_values = st.one_of(
    st.none(),
    st.text(max_size=60),
    st.binary(max_size=20),
    st.builds(lambda t: webhooks.sign(b"{}", SECRET, t), st.integers(0, 2**40)),
    values,
)
numbers = st.one_of(st.none(), st.floats(), st.integers(), st.text(max_size=5), values)


@SETTINGS
@given(bodies, headers_values, st.one_of(st.just(SECRET), values), numbers, numbers)
def test_webhooks_verify_raises_only_monk_errors(
    body: Any, header: Any, secret: Any, tolerance: Any, now: Any
) -> None:
    with only_monk_errors():
        webhooks.verify(body, header, secret, tolerance=tolerance, now=now)


event_types = st.one_of(st.sampled_from(sorted(webhooks.EVENT_TYPES)), st.text(max_size=10), values)
payloads = st.one_of(
    st.binary(max_size=60),
    st.builds(
        lambda d: __import__("json").dumps(d, default=str),
        st.dictionaries(st.text(max_size=12), values, max_size=6),
    ),
)


@SETTINGS
@given(payloads, event_types, values, numbers)
def test_webhooks_construct_event_raises_only_monk_errors(
    body: Any, event_type: Any, extra: Any, now: Any
) -> None:
    raw = body.encode() if isinstance(body, str) else body
    headers = {"X-Monk-Signature": webhooks.sign(raw, SECRET), "X-Monk-Event": event_type}
    with only_monk_errors():
        webhooks.construct_event(raw, headers, SECRET)
    with only_monk_errors():
        webhooks.construct_event(raw, extra, SECRET, now=now)


# -- the client: usage.cost and every resource method ------------------------------------------

MOCK = MockMonk()
CLIENT = MOCK.client(retry=monk.RetryConfig(max_retries=0, circuit_breaker_threshold=0))


def _methods() -> list[tuple[str, str]]:
    found = []
    for attribute in (
        "customers",
        "meters",
        "pricing",
        "plans",
        "contracts",
        "invoices",
        "events",
        "usage",
    ):
        resource = getattr(CLIENT, attribute)
        for name, _ in inspect.getmembers(resource, inspect.ismethod):
            if name.startswith("_") or name in ("buffered", "with_raw_response"):
                continue
            found.append((attribute, name))
        for name in dir(type(resource)):  # nested resources (contracts.credits...)
            if name.startswith("_") or inspect.ismethod(getattr(resource, name)):
                continue
            sub = getattr(resource, name)
            if not hasattr(sub, "_client"):
                continue
            for sub_name, _ in inspect.getmembers(sub, inspect.ismethod):
                if not sub_name.startswith("_"):
                    found.append((f"{attribute}.{name}", sub_name))
    return found


METHODS = _methods()


def _resolve(path: str) -> Any:
    target: Any = CLIENT
    for part in path.split("."):
        target = getattr(target, part)
    return target


@SETTINGS
@given(
    st.sampled_from(METHODS),
    st.lists(values, max_size=3),
    kwargs,
)
def test_resource_methods_raise_only_monk_errors(
    method: tuple[str, str], args: list[Any], fields: dict[str, Any]
) -> None:
    function = getattr(_resolve(method[0]), method[1])
    positional = [
        p
        for p in inspect.signature(function).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
    ]
    # ``create(body=...)`` as a keyword collides with the positional-only body in the resource
    # methods (``_call(OP, body=body, **fields)``): reported for the regenerated resources.
    fields.pop("body", None)
    required = [p for p in positional if p.default is p.empty]
    args = (args + ["id_1"] * len(required))[: max(len(required), min(len(args), len(positional)))]
    if not callable_with(function, args, fields):
        return
    with only_monk_errors():
        result = function(*args, **fields)
        if inspect.isgenerator(result):
            list(result)


@SETTINGS
@given(kwargs)
def test_usage_cost_raises_only_monk_errors(fields: dict[str, Any]) -> None:
    if not callable_with(CLIENT.usage.cost, [], fields):
        return
    with only_monk_errors():
        CLIENT.usage.cost(**fields)


def test_the_method_list_is_not_empty() -> None:
    assert len(METHODS) >= 30, METHODS


# -- the CLI ------------------------------------------------------------------------------------

words = st.sampled_from(
    [
        "events",
        "import",
        "usage",
        "cost",
        "webhooks",
        "verify",
        "--contract",
        "--unit",
        "credits",
        "--start",
        "--end",
        "--json",
        "--secret",
        "--signature",
        "--tolerance",
        "nan",
        "inf",
        "-1",
        "--event-type",
        "invoice.created",
        "--batch-size",
        "0",
        "99999",
        "--concurrency",
        "--encoding",
        "latin-1",
        "nope",
        "--resume",
        "--dry-run",
        "--format",
        "csv",
        "jsonl",
        "--timeout",
        "--max-retries",
        "x",
        "",
        "--help",
        "--version",
    ]
)


@SETTINGS
@given(st.lists(st.one_of(words, st.text(max_size=6)), max_size=7), st.binary(max_size=40))
def test_the_cli_returns_an_exit_code_for_any_arguments(argv: list[str], stdin: bytes) -> None:
    from monk._cli import main

    if "mock" in argv:
        return
    out, err = io.StringIO(), io.StringIO()
    fake_stdin = io.TextIOWrapper(io.BytesIO(stdin))
    saved = {k: os.environ.pop(k) for k in list(os.environ) if k.startswith("MONK_")}
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            old_stdin, sys.stdin = sys.stdin, fake_stdin
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse: --help, --version, bad arguments
                code = exit_.code if isinstance(exit_.code, int) else 2
            finally:
                sys.stdin = old_stdin
    finally:
        os.environ.update(saved)
    assert code in (0, 1, 2, 3, 130)
    assert "Traceback" not in err.getvalue()


@pytest.mark.parametrize("value", [math.nan, math.inf, -math.inf, Decimal("NaN"), 10**400])
def test_the_suite_exercises_the_nasty_numbers(value: Any) -> None:
    """Each of these numbers is refused with a MonkError, never a bare ValueError."""
    with only_monk_errors():
        monk.Event("e", customer_id="c", properties={"v": value})
    with pytest.raises(MonkError):
        monk.Event("e", customer_id="c", properties={"v": value})


def test_uuid_values_are_accepted_where_ids_are() -> None:
    key = uuid.uuid4()
    assert monk.Event("e", customer_id=key, idempotency_key=key).customer_id == str(key)
