from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_plan_request_billing_frequency import (
    check_create_plan_request_billing_frequency,
)
from ..models.create_plan_request_billing_frequency import CreatePlanRequestBillingFrequency
from ..models.create_plan_request_status import check_create_plan_request_status
from ..models.create_plan_request_status import CreatePlanRequestStatus
from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="CreatePlanRequest")


@_attrs_define
class CreatePlanRequest:
    """Body of Create Plan (never seen). Fields from concepts/plans and create-contract's plan defaults; nothing is
    required (concepts/plans marks name, planCode, currency and billingFrequency as required, but its freemium example
    omits currency and billingFrequency). Unknown keys are allowed.

        Attributes:
            name (str | Unset): Display name (required per concepts/plans).
            plan_code (str | Unset): Unique identifier; lowercase, no spaces (required per concepts/plans).
            currency (str | Unset): ISO currency code, e.g. "USD" (required per concepts/plans).
            billing_frequency (CreatePlanRequestBillingFrequency | Unset): Billing frequency (required per concepts/plans).
            base_price (str | Unset): Recurring base fee as a decimal string, e.g. "50.00". Defaults to 0 per concepts/plans
                (the default is not set in the schema so the client does not always send this inferred field).
            pricing_ids (list[str] | Unset): Ids of the pricing configurations to include.
            status (CreatePlanRequestStatus | Unset): Lifecycle status.
            net_terms (int | Unset): Default net terms for contracts on this plan.
            credit_grant_cents (int | None | Unset): Default credit grant in cents for contracts on this plan.
    """

    name: str | Unset = UNSET
    plan_code: str | Unset = UNSET
    currency: str | Unset = UNSET
    billing_frequency: CreatePlanRequestBillingFrequency | Unset = UNSET
    base_price: str | Unset = UNSET
    pricing_ids: list[str] | Unset = UNSET
    status: CreatePlanRequestStatus | Unset = UNSET
    net_terms: int | Unset = UNSET
    credit_grant_cents: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        plan_code = self.plan_code

        currency = self.currency

        billing_frequency: str | Unset = UNSET
        if not isinstance(self.billing_frequency, Unset):
            billing_frequency = self.billing_frequency

        base_price = self.base_price

        pricing_ids: list[str] | Unset = UNSET
        if not isinstance(self.pricing_ids, Unset):
            pricing_ids = self.pricing_ids

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
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
        name = d.pop("name", UNSET)

        plan_code = d.pop("planCode", UNSET)

        currency = d.pop("currency", UNSET)

        _billing_frequency = d.pop("billingFrequency", UNSET)
        billing_frequency: CreatePlanRequestBillingFrequency | Unset
        if isinstance(_billing_frequency, Unset):
            billing_frequency = UNSET
        else:
            billing_frequency = check_create_plan_request_billing_frequency(_billing_frequency)

        base_price = d.pop("basePrice", UNSET)

        pricing_ids = cast(list[str], d.pop("pricingIds", UNSET))

        _status = d.pop("status", UNSET)
        status: CreatePlanRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_create_plan_request_status(_status)

        net_terms = d.pop("netTerms", UNSET)

        def _parse_credit_grant_cents(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        credit_grant_cents = _parse_credit_grant_cents(d.pop("creditGrantCents", UNSET))

        create_plan_request = cls(
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

        create_plan_request.additional_properties = d
        return create_plan_request

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
