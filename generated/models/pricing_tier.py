from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="PricingTier")


@_attrs_define
class PricingTier:
    """One price tier; all amounts and quantities are decimal strings.

    Attributes:
        unit_amount (str | Unset): Per-unit price in the tier (decimal string).
        min_qty (str | Unset): Lower bound of the tier (decimal string).
        max_qty (str | Unset): Upper bound of the tier (decimal string).
        flat_amount (str | Unset): Flat fee for the tier (decimal string).
    """

    unit_amount: str | Unset = UNSET
    min_qty: str | Unset = UNSET
    max_qty: str | Unset = UNSET
    flat_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        unit_amount = self.unit_amount

        min_qty = self.min_qty

        max_qty = self.max_qty

        flat_amount = self.flat_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount
        if min_qty is not UNSET:
            field_dict["minQty"] = min_qty
        if max_qty is not UNSET:
            field_dict["maxQty"] = max_qty
        if flat_amount is not UNSET:
            field_dict["flatAmount"] = flat_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        unit_amount = d.pop("unitAmount", UNSET)

        min_qty = d.pop("minQty", UNSET)

        max_qty = d.pop("maxQty", UNSET)

        flat_amount = d.pop("flatAmount", UNSET)

        pricing_tier = cls(
            unit_amount=unit_amount,
            min_qty=min_qty,
            max_qty=max_qty,
            flat_amount=flat_amount,
        )

        pricing_tier.additional_properties = d
        return pricing_tier

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
