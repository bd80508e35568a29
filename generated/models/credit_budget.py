from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast


T = TypeVar("T", bound="CreditBudget")


@_attrs_define
class CreditBudget:
    """A credit budget: a spending cap on one dimension (event property key/value) of the contract's shared credit pool,
    optionally limited to one meter.

        Attributes:
            index (int): Array position of the budget; used as {index} by update and delete.
            label (str): Human-readable label, e.g. "Dove".
            event_property_key (str): Event property key the budget matches, e.g. "business_unit".
            event_property_value (str): Event property value the budget matches, e.g. "dove".
            meter_id (None | str): Meter (credit type) the budget is limited to.
            max_credits (float | None): Cap in credit units (wallets in credits mode).
            max_credits_cents (float | None): Cap in cents (wallets in dollars mode); documented as a number in responses,
                an integer in requests.
            is_exhausted (bool): Whether the cap has been fully consumed.
    """

    index: int
    label: str
    event_property_key: str
    event_property_value: str
    meter_id: None | str
    max_credits: float | None
    max_credits_cents: float | None
    is_exhausted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        label = self.label

        event_property_key = self.event_property_key

        event_property_value = self.event_property_value

        meter_id: None | str
        meter_id = self.meter_id

        max_credits: float | None
        max_credits = self.max_credits

        max_credits_cents: float | None
        max_credits_cents = self.max_credits_cents

        is_exhausted = self.is_exhausted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "label": label,
                "eventPropertyKey": event_property_key,
                "eventPropertyValue": event_property_value,
                "meterId": meter_id,
                "maxCredits": max_credits,
                "maxCreditsCents": max_credits_cents,
                "isExhausted": is_exhausted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        index = d.pop("index")

        label = d.pop("label")

        event_property_key = d.pop("eventPropertyKey")

        event_property_value = d.pop("eventPropertyValue")

        def _parse_meter_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        meter_id = _parse_meter_id(d.pop("meterId"))

        def _parse_max_credits(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_credits = _parse_max_credits(d.pop("maxCredits"))

        def _parse_max_credits_cents(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        max_credits_cents = _parse_max_credits_cents(d.pop("maxCreditsCents"))

        is_exhausted = d.pop("isExhausted")

        credit_budget = cls(
            index=index,
            label=label,
            event_property_key=event_property_key,
            event_property_value=event_property_value,
            meter_id=meter_id,
            max_credits=max_credits,
            max_credits_cents=max_credits_cents,
            is_exhausted=is_exhausted,
        )

        credit_budget.additional_properties = d
        return credit_budget

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
