from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="Plan")


@_attrs_define
class Plan:
    """A plan. Never seen in an API response: the properties are the plan fields described on concepts/plans plus the plan
    defaults named by create-contract; none is required and unknown keys are kept. Enumerated values are documented in
    the descriptions but not enforced, since no response was ever seen.

        Attributes:
            id (str | Unset): Plan id (referenced as planId by contracts).
            name (str | Unset): Display name, e.g. "Pro Plan".
            plan_code (str | Unset): Unique identifier; lowercase, no spaces (e.g. "pro").
            currency (str | Unset): ISO currency code, e.g. "USD".
            billing_frequency (str | Unset): How often the plan bills: MONTHLY (1 month), QUARTERLY (3 months),
                SEMI_ANNUALLY (6 months) or ANNUALLY (12 months). Controls when invoices are generated and when usage resets.
            base_price (str | Unset): Recurring base fee as a decimal string, e.g. "50.00" (0 when not set).
            pricing_ids (list[str] | Unset): Ids of the pricing configurations the plan includes.
            status (str | Unset): Lifecycle status: DRAFT (cannot be used for contracts), ACTIVE (can be assigned to new
                contracts) or ARCHIVED (existing contracts keep running, no new sign-ups).
            net_terms (int | Unset): Default net terms (days) for contracts on this plan; contracts can override it.
            credit_grant_cents (int | None | Unset): Default credit grant in cents for contracts on this plan; contracts can
                override it.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    plan_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    billing_frequency: str | Unset = UNSET
    base_price: str | Unset = UNSET
    pricing_ids: list[str] | Unset = UNSET
    status: str | Unset = UNSET
    net_terms: int | Unset = UNSET
    credit_grant_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        plan_code = self.plan_code

        currency = self.currency

        billing_frequency = self.billing_frequency

        base_price = self.base_price

        pricing_ids: list[str] | Unset = UNSET
        if not isinstance(self.pricing_ids, Unset):
            pricing_ids = self.pricing_ids

        status = self.status

        net_terms = self.net_terms

        credit_grant_cents: int | None | Unset
        if isinstance(self.credit_grant_cents, Unset):
            credit_grant_cents = UNSET
        else:
            credit_grant_cents = self.credit_grant_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if plan_code is not UNSET:
            field_dict["planCode"] = plan_code
        if currency is not UNSET:
            field_dict["currency"] = currency
        if billing_frequency is not UNSET:
            field_dict["billingFrequency"] = billing_frequency
        if base_price is not UNSET:
            field_dict["basePrice"] = base_price
        if pricing_ids is not UNSET:
            field_dict["pricingIds"] = pricing_ids
        if status is not UNSET:
            field_dict["status"] = status
        if net_terms is not UNSET:
            field_dict["netTerms"] = net_terms
        if credit_grant_cents is not UNSET:
            field_dict["creditGrantCents"] = credit_grant_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        plan_code = d.pop("planCode", UNSET)

        currency = d.pop("currency", UNSET)

        billing_frequency = d.pop("billingFrequency", UNSET)

        base_price = d.pop("basePrice", UNSET)

        pricing_ids = cast(list[str], d.pop("pricingIds", UNSET))

        status = d.pop("status", UNSET)

        net_terms = d.pop("netTerms", UNSET)

        def _parse_credit_grant_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_grant_cents = _parse_credit_grant_cents(d.pop("creditGrantCents", UNSET))

        plan = cls(
            id=id,
            name=name,
            plan_code=plan_code,
            currency=currency,
            billing_frequency=billing_frequency,
            base_price=base_price,
            pricing_ids=pricing_ids,
            status=status,
            net_terms=net_terms,
            credit_grant_cents=credit_grant_cents,
        )

        plan.additional_properties = d
        return plan

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
