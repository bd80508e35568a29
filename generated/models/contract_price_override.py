from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="ContractPriceOverride")


@_attrs_define
class ContractPriceOverride:
    """A per-price override applied to this contract.

    Attributes:
        base_pricing_id (str | Unset): Id of the pricing being overridden.
        unit_amount (str | Unset): Overriding unit amount as a decimal string, e.g. "0.008".
    """

    base_pricing_id: str | Unset = UNSET
    unit_amount: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        base_pricing_id = self.base_pricing_id

        unit_amount = self.unit_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_pricing_id is not UNSET:
            field_dict["basePricingId"] = base_pricing_id
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        base_pricing_id = d.pop("basePricingId", UNSET)

        unit_amount = d.pop("unitAmount", UNSET)

        contract_price_override = cls(
            base_pricing_id=base_pricing_id,
            unit_amount=unit_amount,
        )

        contract_price_override.additional_properties = d
        return contract_price_override

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
