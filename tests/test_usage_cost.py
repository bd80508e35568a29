"""Usage cost, credits and estimates, replayed from vcrpy cassettes with a fixed clock.

The cassettes (tests/cassettes/usage/*.yaml) are written by scripts/build_usage_cassettes.py.
They are played with record_mode "none" on top of an httpx.MockTransport that fails on any
request, so nothing can reach a network. Requests match on method, URL and the exact JSON body;
each test checks every recorded request was made (no more: a request not in the cassette
raises). Every network test runs on Monk and on AsyncMonk.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import json
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any

import httpx
import pytest
import vcr
from spec_helpers import load_script
from vcr.cassette import Cassette
from vcr.errors import CannotOverwriteExistingCassetteException

import monk

ROOT = Path(__file__).resolve().parent.parent
CASSETTES = ROOT / "tests" / "cassettes" / "usage"
KEY = "mk_live_" + "0123456789abcdef" * 3
UTC = datetime.UTC
NOW = datetime.datetime(2026, 3, 30, 12, 0, tzinfo=UTC)


B = load_script("build_usage_cassettes")
CUSTOMER, OTHER_CUSTOMER = B.CUSTOMER, B.OTHER_CUSTOMER
FIXED, ROLLING, ENDED = B.FIXED, B.ROLLING, B.ENDED
MARCH = {"start": datetime.date(2026, 3, 1), "end": datetime.date(2026, 4, 1)}


def json_body(r1: Any, r2: Any) -> None:
    """vcrpy matcher: both bodies absent, or the same JSON document."""
    if not r1.body and not r2.body:
        return
    assert r1.body and r2.body, "one request has a body, the other none"
    assert json.loads(r1.body) == json.loads(r2.body), f"{r1.body!r} != {r2.body!r}"


REPLAY = vcr.VCR(record_mode="none", match_on=["method", "uri", "json_body"])
REPLAY.register_matcher("json_body", json_body)


@contextmanager
def replay(name: str, *, all_played: bool = True) -> Iterator[Cassette]:
    path = CASSETTES / f"{name}.yaml"
    assert path.is_file(), f"{path} missing: run scripts/build_usage_cassettes.py"
    with REPLAY.use_cassette(str(path)) as cassette:
        yield cassette
    if all_played:
        assert cassette.all_played, f"{name}: {cassette.play_count} of {len(cassette)} played"


def _offline(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"request outside any cassette: {request.method} {request.url}")


class Api:
    """Calls ``client.<path>(...)`` on a fresh Monk or AsyncMonk with the fixed clock."""

    def __init__(self, kind: str) -> None:
        self.kind = kind

    def client(self, **options: Any) -> Any:
        options.setdefault("clock", lambda: NOW)
        if self.kind == "sync":
            http: Any = httpx.Client(transport=httpx.MockTransport(_offline))
            return monk.Monk(api_key=KEY, http_client=http, **options)
        return monk.AsyncMonk(
            api_key=KEY,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(_offline)),
            **options,
        )

    def __call__(self, path: str, *args: Any, client: Any = None, **kwargs: Any) -> Any:
        target = client if client is not None else self.client()
        for name in path.split("."):
            target = getattr(target, name)
        if self.kind == "sync":
            return target(*args, **kwargs)
        return asyncio.run(target(*args, **kwargs))


@pytest.fixture(params=["sync", "async"])
def api(request: pytest.FixtureRequest) -> Api:
    return Api(request.param)


def at(text: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(text)


# --- dates from the contract ------------------------------------------------------------------


def test_fixed_term_contract_gives_its_start_and_end_dates(api: Api) -> None:
    with replay("contract_fixed_term"):
        cost = api("usage.cost", contract_id=FIXED)
    assert cost == monk.UsageCost(
        total_amount=Decimal("12.5"),
        unit="currency",
        currency_amount=Decimal("12.5"),
        currency="USD",
        credit_rate_cents=None,
        start=at("2026-01-15T00:00:00+00:00"),
        end=at("2027-01-15T00:00:00+00:00"),
        queried_at=at("2026-03-30T12:00:00+00:00"),
        contract_id=FIXED,
    )


@pytest.mark.parametrize("cassette", ["contract_rolling", "contract_rolling_no_end_field"])
def test_rolling_contract_ends_at_the_clock(api: Api, cassette: str) -> None:
    with replay(cassette):  # the request's endDate is NOW
        cost = api("usage.cost", contract_id=ROLLING)
    assert cost.total_amount == Decimal("40.25")
    assert cost.contract_id == ROLLING  # echoed by the server, or the one asked for


def test_the_clock_is_an_option_that_copies_keep(api: Api) -> None:
    wrong = api.client(clock=lambda: NOW + datetime.timedelta(days=1))
    with replay("contract_rolling"):
        api("usage.cost", contract_id=ROLLING, client=wrong.with_options(clock=lambda: NOW))
    with replay("contract_rolling"):
        api("usage.cost", contract_id=ROLLING, client=api.client().with_options(timeout=5))
    late = pytest.raises(CannotOverwriteExistingCassetteException, match="2026-03-31T12:00:00")
    with replay("contract_rolling", all_played=False), late:
        # A clock a day late asks for a range the cassette does not have.
        api("usage.cost", contract_id=ROLLING, client=wrong)


def test_naive_clock_is_refused(api: Api) -> None:
    naive = api.client(clock=lambda: datetime.datetime(2026, 3, 30, 12))
    with replay("contract_rolling", all_played=False), pytest.raises(monk.ValidationError) as e:
        api("usage.cost", contract_id=ROLLING, client=naive)
    assert e.value.field == "clock"


@pytest.mark.parametrize(
    "start",
    [
        datetime.date(2026, 3, 1),
        "2026-03-01",
        datetime.datetime(2026, 3, 1, tzinfo=UTC),
        "2026-03-01T01:00:00+01:00",
        "2026-03-01T00:00:00Z",
    ],
)
def test_explicit_start_overrides_the_contract_start(api: Api, start: Any) -> None:
    with replay("override_start"):
        cost = api("usage.cost", contract_id=FIXED, start=start)
    assert cost.start == at("2026-03-01T00:00:00+00:00")
    assert cost.end == at("2027-01-15T00:00:00+00:00")


def test_explicit_end_overrides_the_contract_end_and_is_sent_in_utc(api: Api) -> None:
    eastern = datetime.timezone(datetime.timedelta(hours=-5))
    with replay("override_end"):
        cost = api(
            "usage.cost", contract_id=FIXED, end=datetime.datetime(2026, 4, 1, tzinfo=eastern)
        )
    assert cost.end == at("2026-04-01T05:00:00+00:00")


def test_a_contract_that_has_not_started_costs_zero_without_asking_for_the_cost(
    api: Api,
) -> None:
    """Its own range (start date to now) is empty: not an error naming ``start``, which the
    caller never passed, but a zero cost over that empty range."""
    early = api.client(clock=lambda: datetime.datetime(2026, 1, 1, tzinfo=UTC))
    with replay("contract_rolling", all_played=False) as cassette:
        cost = api("usage.cost", contract_id=ROLLING, client=early)
        assert cassette.play_count == 1  # the contract, not the cost
    assert cost.total_amount == 0 and cost.unit == "currency"
    assert cost.start == cost.end
    assert cost.contract_id == ROLLING


# --- the customer -----------------------------------------------------------------------------


def test_customer_that_does_not_own_the_contract_is_refused(api: Api) -> None:
    with replay("customer_mismatch"), pytest.raises(monk.ValidationError) as e:
        api("usage.cost", contract_id=FIXED, customer_id=OTHER_CUSTOMER, **MARCH)
    assert e.value.field == "customer_id"
    assert "contract_id" in str(e.value) and OTHER_CUSTOMER in str(e.value)


def test_customer_that_owns_the_contract_is_checked_then_sent(api: Api) -> None:
    with replay("customer_matches"):  # GET contract even though both dates are given
        cost = api("usage.cost", contract_id=FIXED, customer_id=CUSTOMER.upper(), **MARCH)
    assert cost.total_amount == Decimal("3.5")


def test_documented_example_request(api: Api) -> None:
    with replay("documented_example"):
        cost = api(
            "usage.cost",
            external_customer_id="acme-42",
            start="2026-03-01T00:00:00Z",
            end="2026-03-31T23:59:59Z",
            event_names=["token_used"],
            property_filters={"sub_org_id": "org_xyz"},
        )
    assert (cost.total_amount, cost.unit, cost.contract_id) == (Decimal("12.5"), "currency", None)
    assert cost.end == at("2026-03-31T23:59:59+00:00")


# --- validation, before any request -----------------------------------------------------------


def _refused(api: Api, **kwargs: Any) -> monk.ValidationError:
    # No cassette: any request reaches the offline transport and fails the test.
    with pytest.raises(monk.ValidationError) as e:
        api("usage.cost", **kwargs)
    return e.value


NAMES_50 = [f"event_{i}" for i in range(50)]
FILTERS_20 = {f"key_{i}": f"v{i}" for i in range(20)}


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({**MARCH}, "customer_id"),
        ({**MARCH, "customer_id": "", "external_customer_id": None}, "customer_id"),
        ({**MARCH, "customer_id": CUSTOMER, "event_names": [*NAMES_50, "one_more"]}, "event_names"),
        ({**MARCH, "customer_id": CUSTOMER, "event_names": "token_used"}, "event_names"),
        ({**MARCH, "customer_id": CUSTOMER, "event_names": ["ok", 3]}, "event_names"),
        (
            {**MARCH, "customer_id": CUSTOMER, "property_filters": {**FILTERS_20, "k": "v"}},
            "property_filters",
        ),
        (
            {
                **MARCH,
                "customer_id": CUSTOMER,
                "property_filters": [(f"k{i}", "v") for i in range(21)],
            },
            "property_filters",
        ),
        (
            {**MARCH, "customer_id": CUSTOMER, "property_filters": [{"key": "k"}]},
            "property_filters",
        ),
        ({**MARCH, "customer_id": CUSTOMER, "property_filters": [("", "v")]}, "property_filters"),
        ({**MARCH, "customer_id": CUSTOMER, "property_filters": ["k=v"]}, "property_filters"),
        (
            {"customer_id": CUSTOMER, "start": datetime.datetime(2026, 3, 1), "end": "2026-04-01"},
            "start",
        ),
        ({"customer_id": CUSTOMER, "start": "2026-03-01", "end": "2026-04-01T00:00:00"}, "end"),
        ({"customer_id": CUSTOMER, "start": "2026-03-01", "end": "April"}, "end"),
        ({"customer_id": CUSTOMER, "start": 1772323200, "end": "2026-04-01"}, "start"),
        ({"customer_id": CUSTOMER, "start": "2026-04-01", "end": "2026-04-01"}, "start"),
        ({"customer_id": CUSTOMER, "start": "2026-04-02", "end": "2026-04-01"}, "start"),
        (
            {
                "customer_id": CUSTOMER,
                "start": "2026-04-01T00:00:00+02:00",
                "end": "2026-03-31T22:00:00Z",
            },
            "start",
        ),
        ({"customer_id": CUSTOMER, "end": "2026-04-01"}, "start"),
        ({"customer_id": CUSTOMER, "start": "2026-03-01"}, "end"),
        ({**MARCH, "customer_id": CUSTOMER, "unit": "dollars"}, "unit"),
        ({**MARCH, "customer_id": CUSTOMER, "unit": "CREDITS"}, "unit"),
        ({**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": 0}, "credit_rate_cents"),
        ({**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": -750}, "credit_rate_cents"),
        ({**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": 7.5}, "credit_rate_cents"),
        ({**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": "750"}, "credit_rate_cents"),
        ({**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": True}, "credit_rate_cents"),
        (
            {**MARCH, "customer_id": CUSTOMER, "credit_rate_cents": 750, "unit": "currency"},
            "credit_rate_cents",
        ),
        # Checked before the contract is read, too.
        ({"contract_id": FIXED, "event_names": [*NAMES_50, "x"]}, "event_names"),
        ({"contract_id": FIXED, "start": datetime.datetime(2026, 3, 1)}, "start"),
        ({"contract_id": FIXED, "start": "2026-05-01", "end": "2026-04-01"}, "start"),
    ],
)
def test_bad_input_is_refused_before_any_request(
    api: Api, kwargs: dict[str, Any], field: str
) -> None:
    assert _refused(api, **kwargs).field == field


@pytest.mark.parametrize(
    "filters",
    [
        FILTERS_20,
        [{"key": k, "value": v} for k, v in FILTERS_20.items()],
        list(FILTERS_20.items()),
    ],
    ids=["dict", "list-of-mappings", "list-of-tuples"],
)
def test_fifty_event_names_and_twenty_filters_are_allowed(api: Api, filters: Any) -> None:
    with replay("limits_at_maximum"):  # the same request body from each filter form
        cost = api(
            "usage.cost",
            customer_id=CUSTOMER,
            event_names=iter(NAMES_50),
            property_filters=filters,
            **MARCH,
        )
    assert cost.total_amount == Decimal(0)


# --- credits ----------------------------------------------------------------------------------


FIVE_THIRDS = Decimal("1.666666666666666666666666666666667")  # 12.5 * 100 / 750, 34 digits


def test_credits_use_the_most_recent_rated_grant(api: Api) -> None:
    with replay("latest_grant_wins"):  # the server answered USD: the ledger is read
        cost = api("usage.cost", contract_id=FIXED, unit="credits", **MARCH)
    assert (cost.unit, cost.credit_rate_cents) == ("credits", Decimal(750))
    assert cost.total_amount == FIVE_THIRDS
    assert cost.currency_amount == Decimal("12.5")
    assert cost.contract_id == FIXED


def test_credits_stay_in_currency_when_no_grant_has_a_rate(api: Api) -> None:
    with replay("no_rated_grant"):
        cost = api("usage.cost", contract_id=FIXED, unit="credits", **MARCH)
    assert (cost.unit, cost.total_amount, cost.credit_rate_cents) == (
        "currency",
        Decimal("12.5"),
        None,
    )


def test_credits_for_a_customer_without_contract_stay_as_the_server_answered(api: Api) -> None:
    with replay("customer_credits_fallback"):  # no ledger request: the cassette has none
        cost = api("usage.cost", customer_id=CUSTOMER, unit="credits", **MARCH)
    assert (cost.unit, cost.total_amount) == ("currency", Decimal("12.5"))


def test_server_conversion_stands(api: Api) -> None:
    with replay("server_credits"):  # no ledger request
        cost = api("usage.cost", contract_id=FIXED, unit="credits", **MARCH)
    assert str(cost.total_amount) == "1.6666666666666667"
    assert cost.credit_rate_cents == 750
    assert cost.currency_amount == Decimal("12.500000000000000250")  # exactly 1.66..67 * 7.50
    assert cost.to_currency().to_credits(750) == cost


def test_credit_rate_override_honoured_by_the_server(api: Api) -> None:
    with replay("rate_override_honoured"):
        cost = api("usage.cost", customer_id=CUSTOMER, credit_rate_cents=750, **MARCH)
    assert (cost.unit, str(cost.total_amount)) == ("credits", "1.6666666666666667")


def test_credit_rate_override_wins_over_the_servers_rate(api: Api) -> None:
    with replay("rate_override_ignored"):  # the server converted at 10 cents: 125 credits
        cost = api(
            "usage.cost", customer_id=CUSTOMER, unit="credits", credit_rate_cents=750, **MARCH
        )
    assert (cost.credit_rate_cents, cost.total_amount) == (Decimal(750), FIVE_THIRDS)
    assert cost.currency_amount == Decimal("12.50")


def test_currency_asked_for_is_what_comes_back(api: Api) -> None:
    with replay("contract_fixed_term"):
        cost = api("usage.cost", contract_id=FIXED, unit="currency")
    assert cost.unit == "currency"


# --- exact money ------------------------------------------------------------------------------


def test_amounts_are_the_json_text_not_a_float(api: Api) -> None:
    with replay("float_text"):
        cost = api("usage.cost", customer_id=CUSTOMER, **MARCH)
    assert str(cost.total_amount) == "0.30000000000000004"
    assert cost.total_amount != Decimal(0.1 + 0.2)  # the float's binary value differs


def _cost(amount: str, rate: int | None = None) -> monk.UsageCost:
    usd = Decimal(amount)
    return monk.UsageCost(
        total_amount=usd,
        unit="currency",
        currency_amount=usd,
        currency="USD",
        credit_rate_cents=None,
        start=NOW,
        end=NOW,
        queried_at=NOW,
    )


def test_twelve_fifty_at_seven_fifty_a_credit() -> None:
    credits = _cost("12.5").to_credits(750)
    assert credits.total_amount == FIVE_THIRDS
    # 5/3 correctly rounded to 34 significant digits: within half a unit of the last digit.
    assert abs(Fraction(credits.total_amount) - Fraction(5, 3)) <= Fraction(1, 2 * 10**33)
    back = credits.to_currency()
    assert str(back.total_amount) == "12.5"
    assert back == _cost("12.5")


@pytest.mark.parametrize("amount", ["0", "0.01", "12.5", "0.30000000000000004", "987654.321"])
@pytest.mark.parametrize("rate", [1, 10, 32, 750, Decimal("33.3333"), Decimal("0.5")])
def test_conversions_round_trip_exactly(amount: str, rate: int | Decimal) -> None:
    cost = _cost(amount)
    assert cost.to_credits(rate).to_currency() == cost
    credits = cost.to_credits(rate)
    assert credits.to_currency().to_credits(rate) == credits
    assert credits.to_credits(10) == cost.to_credits(10)  # re-converted from USD, not credits


def test_terminating_quotients_are_exact() -> None:
    assert _cost("12.5").to_credits(10).total_amount == Decimal("125")
    assert _cost("450").to_credits(32).total_amount == Decimal("1406.25")


@pytest.mark.parametrize("rate", [0, -1, 7.5, "750", True, Decimal("NaN"), Decimal("Infinity")])
def test_bad_conversion_rates_are_refused(rate: Any) -> None:
    with pytest.raises(monk.ValidationError):
        _cost("1").to_credits(rate)


def test_usage_cost_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        _cost("1").total_amount = Decimal(2)  # type: ignore[misc]


def test_results_ignore_the_callers_decimal_context() -> None:
    import decimal

    with decimal.localcontext(decimal.Context(prec=3)):
        assert _cost("12.5").to_credits(750).total_amount == FIVE_THIRDS


# --- to date (dashboard) ----------------------------------------------------------------------


def test_to_date_of_a_rolling_contract_runs_to_now_in_credits(api: Api) -> None:
    with replay("to_date_rolling"):
        cost = api("usage.to_date", ROLLING)
    assert (cost.unit, cost.total_amount, cost.credit_rate_cents) == (
        "credits",
        Decimal("5.25"),
        32,
    )
    assert cost.end == NOW


def test_to_date_of_a_running_fixed_term_contract_stops_now(api: Api) -> None:
    with replay("to_date_running"):  # one contract read, not two
        cost = api("usage.to_date", FIXED)
    assert cost.total_amount == Decimal(80)


def test_to_date_of_an_ended_contract_stops_at_its_end(api: Api) -> None:
    with replay("to_date_ended"):
        cost = api("usage.to_date", ENDED)
    assert cost.end == at("2026-03-01T00:00:00+00:00")


# --- credits: remaining and grant rate -------------------------------------------------------


def test_remaining_credits_are_exact(api: Api) -> None:
    with replay("credits_remaining"):
        left = api("contracts.credits.remaining", FIXED)
    assert left == monk.RemainingCredits(
        credits=Decimal("1406.25"),
        cents=45000,
        currency="USD",
        as_of=at("2026-02-27T10:00:00+00:00"),
    )
    assert str(left.amount) == "450.00"


def test_no_wallet_means_nothing_remaining(api: Api) -> None:
    with replay("credits_no_wallet"):
        left = api("contracts.credits.remaining", ROLLING)
    assert (left.credits, left.cents, left.amount) == (0, 0, 0)


@pytest.mark.parametrize(
    ("cassette", "rate"),
    [
        ("ledger_several_grants", Decimal(750)),
        ("ledger_same_time_grants", Decimal("12.5")),  # same createdAt: listed first wins
        ("ledger_no_rated_grant", None),
    ],
)
def test_grant_rate(api: Api, cassette: str, rate: Decimal | None) -> None:
    with replay(cassette):
        got = api("contracts.credits.grant_rate", FIXED)
    assert got == rate
    assert got is None or isinstance(got, Decimal)


def test_balance_and_ledger_still_return_the_generated_models(api: Api) -> None:
    with replay("credits_remaining"):
        balance = api("contracts.credits.balance", FIXED)
    assert balance.blocks[0].status == "active" and balance.blocks[0].priority == 1
    with replay("ledger_several_grants"):
        ledger = api("contracts.credits.ledger", FIXED)
    assert [e.id for e in ledger.entries][:2] == ["u-1", "g-dollars"]


# --- estimate ---------------------------------------------------------------------------------


def test_estimate_amounts_are_exact(api: Api) -> None:
    with replay("estimate_currency"):
        estimate = api("pricing.estimate", B.ESTIMATE_EVENTS)
    assert isinstance(estimate, monk.CostEstimate)
    assert (estimate.unit, estimate.currency, estimate.credit_rate_cents) == (
        "currency",
        "USD",
        None,
    )
    assert [e.idempotency_key for e in estimate.events] == ["run_abc123", "run_def456"]
    assert sum(e.total_amount for e in estimate.events) == estimate.total_amount == Decimal("0.05")
    assert sum(m.total_amount for m in estimate.meters) == estimate.total_amount
    assert estimate.meters[0] == monk.MeterCost(
        "Input Tokens", "Input Tokens", Decimal(3500), Decimal("0.02")
    )
    assert estimate.estimated_at == at("2026-02-24T15:30:00+00:00")


def test_estimate_in_credits_keeps_every_digit(api: Api) -> None:
    with replay("estimate_credits"):
        estimate = api("pricing.estimate", B.ESTIMATE_EVENTS, credit_rate_cents=750)
    assert (estimate.unit, estimate.credit_rate_cents) == ("credits", 750)
    assert str(estimate.total_amount) == "0.0066666666666666667"  # 20 significant digits
    assert sum(e.total_amount for e in estimate.events) == estimate.total_amount


@pytest.mark.parametrize(
    ("events", "kwargs", "field"),
    [
        ([], {}, "events"),
        ([{"eventName": "e"}] * 501, {}, "events"),
        ({"eventName": "e"}, {}, "events"),
        ([{"eventName": "e"}], {"credit_rate_cents": 0}, "credit_rate_cents"),
    ],
)
def test_estimate_bad_input_is_refused_before_any_request(
    api: Api, events: Any, kwargs: dict[str, Any], field: str
) -> None:
    with pytest.raises(monk.ValidationError) as e:
        api("pricing.estimate", events, **kwargs)
    assert e.value.field == field


# --- malformed answers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"totalAmount": "12.5"},  # a string, not a number
        {"unit": "credits", "currency": None},  # credits without the rate used
    ],
)
def test_a_malformed_amount_is_a_response_validation_error(changes: dict[str, Any]) -> None:
    body = {
        "totalAmount": 12.5,
        "currency": "USD",
        "unit": "currency",
        "startDate": "2026-03-01T00:00:00.000Z",
        "endDate": "2026-04-01T00:00:00.000Z",
        "queriedAt": "2026-03-30T12:00:00.000Z",
    }
    body.update(changes)
    body = {k: v for k, v in body.items() if v is not None}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=body))
    client = monk.Monk(api_key=KEY, http_client=httpx.Client(transport=transport))
    with pytest.raises(monk.ResponseValidationError) as e:
        client.usage.cost(customer_id=CUSTOMER, **MARCH)
    assert e.value.response.status_code == 200


# --- the cassettes themselves -----------------------------------------------------------------


def _usage_cassettes() -> list[Path]:
    """This module's cassettes: getUsageCost*.yaml beside them are tests/test_cassettes.py's."""
    return [p for p in CASSETTES.glob("*.yaml") if not p.name.startswith("getUsageCost")]


def test_cassettes_match_their_builder() -> None:
    built = B.build()
    on_disk = {p.name: p.read_text() for p in _usage_cassettes()}
    assert on_disk == built, "run: python scripts/build_usage_cassettes.py"


def test_cassettes_hold_no_credentials() -> None:
    for path in _usage_cassettes():
        text = path.read_text().lower()
        assert "authorization" not in text and "bearer" not in text and "mk_live" not in text
