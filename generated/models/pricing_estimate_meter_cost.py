from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="PricingEstimateMeterCost")


@_attrs_define
class PricingEstimateMeterCost:
    """Cost for one meter. Types come from the example values.

    Attributes:
        meter_name (str): Meter name, e.g. "Input Tokens".
        meter_display_name (str): Meter display name, e.g. "Input Tokens".
        total_quantity (float): Aggregated quantity (integers in the example, e.g. 3500).
        total_amount (float): Cost for the meter.
    """

    meter_name: str
    meter_display_name: str
    total_quantity: float
    total_amount: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter_name = self.meter_name

        meter_display_name = self.meter_display_name

        total_quantity = self.total_quantity

        total_amount = self.total_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meterName": meter_name,
                "meterDisplayName": meter_display_name,
                "totalQuantity": total_quantity,
                "totalAmount": total_amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter_name = d.pop("meterName")

        meter_display_name = d.pop("meterDisplayName")

        total_quantity = d.pop("totalQuantity")

        total_amount = d.pop("totalAmount")

        pricing_estimate_meter_cost = cls(
            meter_name=meter_name,
            meter_display_name=meter_display_name,
            total_quantity=total_quantity,
            total_amount=total_amount,
        )

        pricing_estimate_meter_cost.additional_properties = d
        return pricing_estimate_meter_cost

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
