"""Monk, start to finish: a catalogue, a customer on a contract with prepaid credits, usage
events, what they cost, and a signed webhook.

    python3 -m pip install nox && python3 -m nox -s demo     # against a local mock of Monk

With MONK_API_KEY set it runs against Monk's sandbox (or MONK_BASE_URL); it creates billing
objects, grants $100 of credits and sends 1,000 events, so it writes to production only with
``--live`` (and MONK_ENVIRONMENT=production). Without a key, against ``monk.testing.MockMonk``
in this process. It exits 0 only if every step
worked and the numbers add up: events x unit price = cost, cost in credits = cost / rate, and
the credit balance = grant - cost.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import time
import uuid
from decimal import Decimal
from typing import Any

import monk

EVENT_NAME = "api_call"
UNIT_PRICE = Decimal("0.02")  # dollars per api_call
GRANT_CENTS = 10_000  # $100.00 of prepaid credits ...
CREDIT_RATE_CENTS = 10  # ... at 10 cents a credit: 1,000 credits
BATCH_EVENTS = 249
BUFFERED_EVENTS = 750
WEBHOOK_SECRET = "whsec_quickstart_demo_secret"  # noqa: S105 (the demo signs its own)


class Demo:
    """Prints each step and keeps count of the checks that failed."""

    def __init__(self) -> None:
        self.failures = 0

    def step(self, title: str) -> None:
        print(f"\n{title}")

    def show(self, label: str, text: str) -> None:
        print(f"         {label:<10}{text}")

    def check(self, label: str, ok: bool, text: str) -> None:
        print(f"   {'ok' if ok else 'FAIL':<6}{label:<10}{text}")
        if not ok:
            self.failures += 1


def usd(amount: Decimal) -> str:
    return f"${amount:,.2f}"


class RefusedError(Exception):
    """The demo would write to production without --live."""


def connect(live: bool) -> tuple[monk.Monk, str]:
    """The client, and a description of where it points: never production without ``live``."""
    if not os.environ.get("MONK_API_KEY"):
        from monk.testing import MockMonk

        return MockMonk().client(), "an in-process mock (monk.testing.MockMonk)"
    custom = os.environ.get("MONK_BASE_URL") or os.environ.get("MONK_EVENTS_BASE_URL")
    environment = os.environ.get("MONK_ENVIRONMENT") or ("production" if live else "sandbox")
    if environment == "production" and not custom and not live:
        raise RefusedError(
            "MONK_ENVIRONMENT=production: the demo creates billing objects, grants $100 of "
            "credits and sends 1,000 events. Run it with --live to do that to live data, or "
            "use the sandbox (MONK_ENVIRONMENT=sandbox, the default)"
        )
    client = monk.Monk(environment=None if custom else environment)  # type: ignore[arg-type]
    if client.base_url == client.events_base_url:  # one server for both APIs: name it once
        return client, client.base_url
    return client, f"{client.base_url} (REST) and {client.events_base_url} (events)"


def main(argv: list[str]) -> int:
    demo = Demo()
    client, where = connect(live="--live" in argv)
    run = uuid.uuid4().hex[:8]
    print(f"Monk quickstart (run {run}) against {where}")
    today = datetime.datetime.now(datetime.UTC).date()

    # 1. What you sell, who buys it, and the deal -------------------------------------------
    demo.step("1. Catalogue, customer and contract")
    with client.capture_responses() as seen:
        meter = client.meters.create(
            code=f"API_CALLS_{run.upper()}",
            display_name="API calls",
            aggregation_type="COUNT",
            event_type_filter={"include": [EVENT_NAME]},
        )
    local = "x-monk-mock" in seen.last.headers  # the mock answers at once: no waiting for it
    demo.show("meter", f"{meter.display_name}: COUNT of {EVENT_NAME!r} events  ({meter.id})")
    pricing = client.pricing.create(
        name="API calls",
        product_name=f"Quickstart API {run}",
        model="USAGE",
        billing_mode="RECURRING",
        price_interval="MONTH",
        unit_amount=str(UNIT_PRICE),
        meter_id=meter.id,
    )
    demo.show("pricing", f"${pricing.unit_amount} per call, monthly  ({pricing.id})")
    plan = client.plans.create(
        name="Quickstart Pro",
        plan_code=f"quickstart-{run}",
        currency="USD",
        billing_frequency="MONTHLY",
        pricing_ids=[pricing.id],
    )
    demo.show("plan", f"{plan.name}, with that pricing  ({plan.id})")
    customer = client.customers.create(
        name="Acme Corp",
        external_customer_id=f"acme-{run}",
        contacts=[{"email": "ap@acme.example", "roles": ["accounts_payable"]}],
    )
    demo.show("customer", f"{customer.name}, external id acme-{run}  ({customer.id})")
    contract = client.contracts.create(
        customer_id=customer.id,
        plan_id=plan.id,
        start_date=today,
        credit_grant_cents=GRANT_CENTS,
        credit_settings={"creditRateCents": CREDIT_RATE_CENTS},
    )
    granted = Decimal(GRANT_CENTS) / CREDIT_RATE_CENTS
    demo.show(
        "contract",
        f"from {contract.start_date}, {usd(Decimal(GRANT_CENTS) / 100)} of prepaid credits: "
        f"{granted:,f} credits at {CREDIT_RATE_CENTS} cents  ({contract.id})",
    )

    # 2. Usage --------------------------------------------------------------------------------
    demo.step("2. Usage events")

    def event(number: int) -> monk.Event:
        return monk.Event(
            EVENT_NAME,
            customer_id=customer.id,
            properties={"endpoint": "/v1/search", "region": "eu"},
            idempotency_key=monk.idempotency_key("quickstart", run, number),
        )

    single = client.events.send(event(0))
    demo.show("single", f"1 event accepted (idempotency key {single.idempotency_key})")
    batch = client.events.send_batch([event(n) for n in range(1, 1 + BATCH_EVENTS)])
    demo.check(
        "batch",
        batch.accepted == BATCH_EVENTS,
        f"{batch.accepted} events accepted in {batch.requests} request",
    )
    with client.events.buffered(max_batch_size=500) as buffer:
        for n in range(1 + BATCH_EVENTS, 1 + BATCH_EVENTS + BUFFERED_EVENTS):
            buffer.add(event(n))
    stats = buffer.stats  # closed by the with block: everything was sent or failed
    demo.check(
        "buffered",
        stats.sent == BUFFERED_EVENTS and stats.failed == 0,
        f"{stats.sent} events sent from a background buffer",
    )
    again = client.events.send(event(0))  # the same key again: still one event
    demo.check("resent", again.idempotency_key == single.idempotency_key, "event 0 again, same key")
    events = 1 + BATCH_EVENTS + BUFFERED_EVENTS

    # 3. What it cost -------------------------------------------------------------------------
    demo.step("3. What the usage cost")
    expected = UNIT_PRICE * events
    cost = wait_for_cost(client, contract.id, expected, local)
    demo.check(
        "cost",
        cost.total_amount == expected,
        f"{usd(cost.total_amount)} (expected {events:,} events x ${UNIT_PRICE} = {usd(expected)})",
    )
    in_credits = client.usage.cost(contract_id=contract.id, unit="credits")
    credits_expected = (expected * 100 / CREDIT_RATE_CENTS).normalize()
    demo.check(
        "credits",
        in_credits.unit == "credits" and in_credits.total_amount == credits_expected,
        f"{in_credits.total_amount:,f} credits at {in_credits.credit_rate_cents} cents a credit "
        f"(expected {usd(expected)} / ${CREDIT_RATE_CENTS / 100:.2f} = {credits_expected:,f})",
    )
    left = client.contracts.credits.remaining(contract.id)
    left_expected = (granted - credits_expected).normalize()
    demo.check(
        "balance",
        left.credits == left_expected and left.cents == GRANT_CENTS - expected * 100,
        f"{left.credits:,f} credits ({usd(left.amount)}) left "
        f"(expected {granted:,f} - {credits_expected:,f} = {left_expected:,f})",
    )

    # 4. Webhooks -----------------------------------------------------------------------------
    demo.step("4. A signed webhook")
    payload = json.dumps(
        {
            "id": contract.id,
            "customerId": customer.id,
            "planId": plan.id,
            "createdAt": contract.created_at.isoformat(),
            "updatedAt": contract.created_at.isoformat(),
        }
    ).encode()
    signature = monk.webhooks.sign(payload, WEBHOOK_SECRET)
    demo.show("signed", f"contract.created, X-Monk-Signature: {signature[:30]}...")
    headers = {
        "X-Monk-Signature": signature,
        "X-Monk-Event": "contract.created",
        "X-Monk-Delivery-Id": f"dlv_{run}",
    }
    received = monk.webhooks.construct_event(payload, headers, WEBHOOK_SECRET)
    demo.check(
        "verified",
        received.type == "contract.created" and received.data.id == contract.id,
        f"{received.type} for contract {received.data.id}",
    )
    try:
        monk.webhooks.construct_event(payload.replace(b"}", b', "x": 1}'), headers, WEBHOOK_SECRET)
    except monk.WebhookVerificationError as exc:
        demo.check("tampered", exc.reason == "signature_mismatch", f"rejected: {exc.reason}")
    else:
        demo.check("tampered", False, "an altered body was accepted")

    client.close()
    if demo.failures:
        print(f"\n{demo.failures} check(s) failed.")
        return 1
    print("\nEvery step worked.")
    return 0


def wait_for_cost(client: monk.Monk, contract_id: str, expected: Decimal, local: bool) -> Any:
    """The contract's cost so far; Monk processes events asynchronously, so wait a little."""
    deadline = time.monotonic() + (0 if local else float(os.environ.get("MONK_DEMO_WAIT", "60")))
    while True:
        cost = client.usage.cost(contract_id=contract_id)
        if cost.total_amount == expected or time.monotonic() >= deadline:
            return cost
        time.sleep(2)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except RefusedError as exc:
        print(f"Refused: {exc}", file=sys.stderr)
        sys.exit(2)
    except monk.MonkError as exc:
        print(f"\nFailed: {type(exc).__name__}: {exc}", file=sys.stderr)
        sys.exit(1)
