from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset


T = TypeVar("T", bound="ContractCreditSettings")


@_attrs_define
class ContractCreditSettings:
    """Credit wallet settings of the contract.

    Attributes:
        credit_rate_cents (int | Unset): Cents per credit unit (750 = $7.50 per credit).
    """

    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_rate_cents = self.credit_rate_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_rate_cents = d.pop("creditRateCents", UNSET)

        contract_credit_settings = cls(
            credit_rate_cents=credit_rate_cents,
        )

        contract_credit_settings.additional_properties = d
        return contract_credit_settings

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
