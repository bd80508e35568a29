"""Correct programs: each type checks, with the precise types ``assert_type`` states.

Checked by ``nox -s typing`` with mypy --strict and pyright (strict); never run.
"""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import assert_type

import httpx

import monk
from monk._core.options import omit
from monk._core.pagination import AsyncPage, AsyncPager, PageInfo, SyncPage
from monk._core.response import RawResponse
from monk._generated.models import (
    ArchiveMeterResult,
    Contract,
    CreateEventResponse,
    Customer,
    EventRecord,
    Invoice,
    Meter,
    UpcomingInvoice,
)
from monk._generated.params import CustomerContactParam
from monk._generated.types import Unset


def sync_calls(client: monk.Monk) -> None:
    customer = client.customers.get("cus_1")
    assert_type(customer, Customer)
    page = client.customers.list(limit=10, external_customer_id="acme-1")
    assert_type(page, SyncPage[Customer])
    for item in page:
        assert_type(item, Customer)
    contact: CustomerContactParam = {"email": "ap@acme.com", "roles": ["accounts_payable"]}
    created = client.customers.create(
        name="Acme",
        contacts=[contact, {"email": "cto@acme.com", "roles": ["technical"]}],
        billing_address={"city": "Paris", "country": "FR"},
        provider="stripe",
        timeout=5.0,
        extra_headers={"X-Trace": "1"},
    )
    assert_type(created, Customer)
    assert_type(client.customers.update("cus_1", legal_name=None), Customer)

    meter = client.meters.create(
        code="API_CALLS", display_name="API calls", aggregation_type="COUNT"
    )
    assert_type(meter, Meter)
    assert_type(client.meters.archive("m_1"), ArchiveMeterResult)
    for m in client.meters.list(status="active"):
        assert_type(m, Meter)

    contract = client.contracts.create(
        plan_id="plan_1",
        customer_id="cus_1",
        start_date=datetime.date(2026, 3, 1),
        credit_grant_cents=None,  # three states: omit, None, or cents
        overrides=[{"base_pricing_id": "price_1", "unit_amount": Decimal("0.008")}],
        metadata={"region": "eu", "seats": 12},
    )
    assert_type(contract, Contract)
    client.contracts.create(
        plan_id="plan_1",
        customer_id="cus_1",
        start_date=datetime.date(2026, 3, 1),
        credit_grant_cents=omit,
    )
    client.contracts.create(plan_id="plan_1", customer_id="cus_1", start_date="2026-03-01")
    plan = client.plans.create(name="Pro", plan_code="pro", currency="USD")
    assert_type(plan.id, str)  # every object's id: not "str | Unset"
    assert_type(plan.base_price, Decimal | Unset)  # a decimal-string amount: a Decimal
    pricing = client.pricing.get("pr_1")
    assert_type(pricing.unit_amount, Decimal | Unset)
    if pricing.pricing_tiers:
        assert_type(pricing.pricing_tiers[0].flat_amount, Decimal | Unset)
    client.contracts.create(plan_id=plan.id, customer_id="cus_1", start_date="2026-03-01")
    client.contracts.credits.grant_promotional(
        "con_1",
        expires_at=datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC),
        credit_amount=Decimal("1000"),
        credit_rate_cents=1,
    )
    client.contracts.budgets.update("con_1", 0, max_credits="250.5", meter_id=None)
    client.plans.create(name="Pro", base_price=Decimal("49.00"), billing_frequency="MONTHLY")

    assert_type(client.invoices.get("inv_1", include="lineItems"), Invoice)
    assert_type(client.invoices.upcoming("cus_1"), UpcomingInvoice | None)
    for invoice in client.invoices.list(created_after=datetime.date(2026, 1, 1), status="Paid"):
        assert_type(invoice, Invoice)
    for event in client.events.list(event_name="api_call"):
        assert_type(event, EventRecord)

    sent = client.events.send(event_name="api_call", customer_id="cus_1", properties={"tokens": 42})
    assert_type(sent, CreateEventResponse)
    assert_type(
        client.events.send(monk.Event("api_call", customer_id="cus_1")), CreateEventResponse
    )
    assert_type(client.usage.cost(contract_id="con_1", unit="credits"), monk.UsageCost)
    assert_type(client.contracts.credits.remaining("con_1"), monk.RemainingCredits)
    estimate = client.pricing.estimate([{"event_name": "api_call", "properties": {"tokens": 3}}])
    assert_type(estimate, monk.CostEstimate)
    client.pricing.estimate([monk.Event("api_call", customer_id="cus_1")])  # an Event too

    raw = client.with_raw_response.customers.get("cus_1")
    assert_type(raw, RawResponse[Customer])
    assert_type(raw.parse(), Customer)
    assert_type(raw.http_response, httpx.Response)
    raw_page = client.with_raw_response.contracts.list(customer_id="cus_1")
    assert_type(raw_page.parse(), SyncPage[Contract])


async def async_calls(client: monk.AsyncMonk) -> None:
    assert_type(await client.customers.get("cus_1"), Customer)
    pager = client.customers.list(limit=5)
    assert_type(pager, AsyncPager[Customer])
    async for item in pager:
        assert_type(item, Customer)
    assert_type(await client.customers.list(), AsyncPage[Customer])
    assert_type(
        await client.customers.create(
            name="Acme", contacts=[{"email": "a@acme.com", "roles": ["billing"]}]
        ),
        Customer,
    )
    assert_type(await client.invoices.upcoming("cus_1"), UpcomingInvoice | None)
    raw = await client.with_raw_response.meters.get("m_1", timeout=httpx.Timeout(3.0))
    assert_type(raw.parse(), Meter)
    raw_page = await client.with_raw_response.meters.list()
    assert_type(raw_page.parse(), AsyncPage[Meter])
    assert_type(await client.usage.to_date("con_1"), monk.UsageCost)


def stainless_conventions(client: monk.Monk) -> None:
    """The names users of the Stainless SDKs reach for."""
    page = client.customers.list()
    assert_type(page.has_next_page(), bool)
    assert_type(page.get_next_page(), SyncPage[Customer])
    assert_type(page.next_page_info(), PageInfo | None)
    assert_type(client.max_retries, int)
    assert_type(client.with_options(max_retries=2), monk.Monk)
    try:
        client.customers.get("cus_1")
    except monk.APIStatusError as exc:
        assert_type(exc.response, httpx.Response | None)
        assert_type(exc.request, httpx.Request | None)
    except monk.ResponseValidationError as exc:
        assert_type(exc.response, httpx.Response)
    except monk.APIError as exc:
        assert_type(exc, monk.APIError)
        assert_type(exc.request, httpx.Request | None)


async def async_stainless_conventions(client: monk.AsyncMonk) -> None:
    page = await client.customers.list()
    assert_type(page.has_next_page(), bool)
    assert_type(await page.get_next_page(), AsyncPage[Customer])
    assert_type(client.max_retries, int)


def buffer_settings(client: monk.Monk) -> None:
    from monk.types import BufferOptions

    settings: BufferOptions = {"max_batch_size": 50, "backpressure": "block"}
    with client.events.buffered(**settings) as buffer:
        buffer.add(monk.Event(event_name="api_call", customer_id="cus_1"))
