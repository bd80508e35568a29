from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.usage_cost_response_currency import check_usage_cost_response_currency
from ..models.usage_cost_response_currency import UsageCostResponseCurrency
from ..models.usage_cost_response_unit import check_usage_cost_response_unit
from ..models.usage_cost_response_unit import UsageCostResponseUnit
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="UsageCostResponse")


@_attrs_define
class UsageCostResponse:
    """The total cost of the matching usage over the queried range.

    Attributes:
        total_amount (float): Total cost, in USD when unit is currency and in credits when unit is credits.
        unit (UsageCostResponseUnit): currency for USD results, credits when the credit conversion was applied.
        start_date (datetime.datetime): Start of the range actually queried.
        end_date (datetime.datetime): End of the range actually queried.
        queried_at (datetime.datetime): When the query ran.
        currency (UsageCostResponseCurrency | Unset): Currency code; only present when unit is currency.
        credit_rate_cents (int | Unset): Credit rate used for the conversion (cents per credit); only present when unit
            is credits; auto-resolved from the customer's most recent credit grant.
        contract_id (str | Unset): The contract used; only present when contractId was in the request (newer capture).
    """

    total_amount: float
    unit: UsageCostResponseUnit
    start_date: datetime.datetime
    end_date: datetime.datetime
    queried_at: datetime.datetime
    currency: UsageCostResponseCurrency | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    contract_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_amount = self.total_amount

        unit: str = self.unit

        start_date = self.start_date.isoformat()

        end_date = self.end_date.isoformat()

        queried_at = self.queried_at.isoformat()

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        credit_rate_cents = self.credit_rate_cents

        contract_id = self.contract_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalAmount": total_amount,
                "unit": unit,
                "startDate": start_date,
                "endDate": end_date,
                "queriedAt": queried_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_amount = d.pop("totalAmount")

        unit = check_usage_cost_response_unit(d.pop("unit"))

        start_date = datetime.datetime.fromisoformat(d.pop("startDate"))

        end_date = datetime.datetime.fromisoformat(d.pop("endDate"))

        queried_at = datetime.datetime.fromisoformat(d.pop("queriedAt"))

        _currency = d.pop("currency", UNSET)
        currency: UsageCostResponseCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_usage_cost_response_currency(_currency)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        contract_id = d.pop("contractId", UNSET)

        usage_cost_response = cls(
            total_amount=total_amount,
            unit=unit,
            start_date=start_date,
            end_date=end_date,
            queried_at=queried_at,
            currency=currency,
            credit_rate_cents=credit_rate_cents,
            contract_id=contract_id,
        )

        usage_cost_response.additional_properties = d
        return usage_cost_response

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
