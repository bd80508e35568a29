"""Typical mistakes, each of which the type checkers must stop.

Every ``# type: ignore[code]`` below must be needed: mypy runs with --warn-unused-ignores and
pyright with reportUnnecessaryTypeIgnoreComment, so a mistake the checker stops catching (a
looser signature, a lost Literal) fails ``nox -s typing``. Never run.
"""

from __future__ import annotations

import monk


def mistakes(client: monk.Monk) -> None:
    # A misspelled body field.
    client.customers.create(name="Acme", contacts=[], contactz=[])  # type: ignore[call-arg]
    # A misspelled query parameter.
    client.contracts.list(customer_idd="cus_1")  # type: ignore[call-arg]
    # An unknown enum value.
    client.meters.create(code="X", display_name="X", aggregation_type="COUNTT")  # type: ignore[arg-type]
    # A wrong scalar type.
    client.contracts.list(limit="10")  # type: ignore[arg-type]
    # A missing required field.
    client.customers.create(name="Acme")  # type: ignore[call-arg]
    # Money as a float.
    client.plans.create(name="Pro", base_price=49.99)  # type: ignore[arg-type]
    # A date as a number (a date or ISO 8601 text is taken).
    client.contracts.create(plan_id="p", customer_id="c", start_date=20260301)  # type: ignore[arg-type]
    # A misspelled key in a nested object.
    client.customers.create(name="Acme", contacts=[{"email": "a@acme.com", "rolez": []}])  # type: ignore[list-item]
    # A path parameter passed as a keyword that does not exist.
    client.customers.get(id="cus_1")  # type: ignore[call-arg]
    # An event without its name.
    client.events.send(customer_id="cus_1")  # type: ignore[call-overload]
    # A result used as the wrong type.
    name: int = client.customers.get("cus_1").name  # type: ignore[assignment]
    del name
    # A per-call option misspelled.
    client.customers.get("cus_1", timout=1.0)  # type: ignore[call-arg]
    # The README's estimate with the API's camelCase keys (the TypedDict keys are snake_case).
    client.pricing.estimate([{"eventName": "llm_call", "properties": {}}])  # type: ignore[list-item]
    # A misspelt enum literal in a README-style call.
    client.pricing.create(name="Calls", model="USAGEE", billing_mode="RECURRING")  # type: ignore[arg-type]
    # A decimal-string amount read back as text: it is a Decimal now.
    amount: str = client.pricing.get("pr_1").unit_amount  # type: ignore[assignment]
    del amount
    # An event buffer setting misspelled, and a backpressure mode that does not exist.
    client.events.buffered(capacityy=100)  # type: ignore[call-arg]
    client.events.buffered(backpressure="drop")  # type: ignore[arg-type]
