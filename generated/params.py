# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
"""Typed shapes of the request bodies' nested objects: dicts with the Python (snake_case)
names of the API's fields, checked by mypy and pyright. At run time the API's camelCase
names are accepted too, and the generated models."""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Required, TypedDict

__all__ = [
    "ContractCreditSettingsParam",
    "ContractPriceOverrideParam",
    "CreateEventRequestParam",
    "CustomerBillingAddressParam",
    "CustomerContactParam",
    "MeterEventTypeFilterParam",
    "MeterPropertyFilterParam",
    "PricingEstimateEventParam",
    "PricingTierParam",
    "UsagePropertyFilterParam",
]


class ContractCreditSettingsParam(TypedDict, total=False):
    """``ContractCreditSettings`` as a dict (the generated ``ContractCreditSettings`` is accepted
    too).

    Credit wallet settings of the contract.

    Attributes:
        credit_rate_cents: Cents per credit unit (750 = $7.50 per credit). (inferred: not seen in
            Monk's docs)
    """

    credit_rate_cents: int


class ContractPriceOverrideParam(TypedDict, total=False):
    """``ContractPriceOverride`` as a dict (the generated ``ContractPriceOverride`` is accepted
    too).

    A per-price override applied to this contract.

    Attributes:
        base_pricing_id: Id of the pricing being overridden.
        unit_amount: Overriding unit amount as a decimal string, e.g. "0.008". (matches
            ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
    """

    base_pricing_id: str
    unit_amount: Decimal | int | str


class CreateEventRequestParam(TypedDict, total=False):
    """``CreateEventRequest`` as a dict (the generated ``CreateEventRequest`` is accepted too).

    One usage event. eventName is required; send exactly one of customerId or externalCustomerId
    (the Rust SDK rejects neither or both before sending; the API's error for that case was not
    seen).

    Attributes:
        event_name: Type/name of the event; meters match on it. Must not be empty. (required; at
            least 1 characters)
        customer_id: Monk customer UUID. Exactly one of customerId / externalCustomerId is required
            (the schema shows a plain string, no uuid format).
        external_customer_id: Your own customer identifier. Exactly one of customerId /
            externalCustomerId is required.
        contract_id: Optional contract UUID tying the event to a specific contract (newer capture
            only; no uuid format shown).
        idempotency_key: Deduplication key; a UUID is generated when omitted. Re-sending a key is
            safe: the latest version of the event becomes the billing source of truth.
        timestamp: When the usage happened, ISO 8601 in UTC; defaults to now; must not be more than
            1 hour in the future (rejected with a validation error).
        properties: See Monk's API reference.
    """

    event_name: Required[str]
    customer_id: str
    external_customer_id: str
    contract_id: str
    idempotency_key: str
    timestamp: datetime.datetime | str
    properties: Mapping[str, str | Decimal | int | str | bool]


class CustomerBillingAddressParam(TypedDict, total=False):
    """``CustomerBillingAddress`` as a dict (the generated ``CustomerBillingAddress`` is accepted
    too).

    Billing address used for tax calculation. Only the fields in the create-customer example were
    seen; other fields (e.g. address2) are not documented, so the object is left open.

    Attributes:
        address1: Street address, e.g. "123 Main St".
        city: City, e.g. "San Francisco".
        region: Region or state, e.g. "CA".
        postal_code: Postal code, e.g. "94105".
        country: Country, a 2-letter code in the example ("US").
    """

    address1: str
    city: str
    region: str
    postal_code: str
    country: str


class CustomerContactParam(TypedDict, total=False):
    """``CustomerContact`` as a dict (the generated ``CustomerContact`` is accepted too).

    A customer contact. Every contact needs an email and at least one role. The contact schema
    itself was not shown; the field names come from the create-customer example.

    Attributes:
        name: Contact name, e.g. "John Doe". (inferred: not seen in Monk's docs)
        email: Contact email, e.g. "john@acme.com" (required per the page's rule). (required;
            inferred: not seen in Monk's docs)
        roles: Contact roles, at least one. The only API value seen is "accounts_payable"; the
            dashboard names Primary, Billing Contact, Signatory and Other. Enum values not seen.
            (required; at least 1 items; inferred: not seen in Monk's docs)
        email_recipient_type: How the contact receives emails, e.g. "to". Enum values and default
            not seen. (inferred: not seen in Monk's docs)
    """

    name: str
    email: Required[str]
    roles: Required[Sequence[str]]
    email_recipient_type: str


class MeterEventTypeFilterParam(TypedDict, total=False):
    """``MeterEventTypeFilter`` as a dict (the generated ``MeterEventTypeFilter`` is accepted too).

    Which event types count: `include` is an allowlist of event names, `exclude` a denylist. The
    sub-fields are not listed in the body schema; they come from the examples.

    Attributes:
        include: Event names to match (allowlist).
        exclude: Event names to skip (denylist).
    """

    include: Sequence[str]
    exclude: Sequence[str]


class MeterPropertyFilterParam(TypedDict, total=False):
    """``MeterPropertyFilter`` as a dict (the generated ``MeterPropertyFilter`` is accepted too).

    A condition on an event property. The API pages show the item only as `{}`; the shapes `{"name",
    "exists"}` and `{"name", "include": [...]}` come from concepts/meters. Other operators are not
    documented, so the object is left open.

    Attributes:
        name: Event property key the filter applies to.
        exists: Match events where the property exists (example value true).
        include: Match events whose property value is one of these values.
    """

    name: str
    exists: bool
    include: Sequence[str]


class PricingEstimateEventParam(TypedDict, total=False):
    """``PricingEstimateEvent`` as a dict (the generated ``PricingEstimateEvent`` is accepted too).

    An event to price. The item schema was not shown (collapsed); the fields come from the example
    request. Whether customerId or timestamp are accepted is not documented, so the object is left
    open.

    Attributes:
        event_name: Event name, matched against meters' eventTypeFilter.include (likely required,
            not seen).
        idempotency_key: Optional key echoed back in the per-event result for correlation.
        properties: Event properties, e.g. model, input_tokens, output_tokens. (inferred: not seen
            in Monk's docs)
    """

    event_name: str
    idempotency_key: str
    properties: Mapping[str, str | Decimal | int | str | bool]


class PricingTierParam(TypedDict, total=False):
    """``PricingTier`` as a dict (the generated ``PricingTier`` is accepted too).

    One price tier; all amounts and quantities are decimal strings.

    Attributes:
        unit_amount: Per-unit price in the tier (decimal string). (matches
            ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
        min_qty: Lower bound of the tier (decimal string).
        max_qty: Upper bound of the tier (decimal string).
        flat_amount: Flat fee for the tier (decimal string). (matches
            ``^-?(0|[1-9][0-9]*)([.][0-9]+)?$``)
    """

    unit_amount: Decimal | int | str
    min_qty: str
    max_qty: str
    flat_amount: Decimal | int | str


class UsagePropertyFilterParam(TypedDict, total=False):
    """``UsagePropertyFilter`` as a dict (the generated ``UsagePropertyFilter`` is accepted too).

    One equality condition on an event property.

    Attributes:
        key: Event property name, e.g. sub_org_id.
        value: Value the property must have, e.g. org_xyz.
    """

    key: str
    value: str
