from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="CreditUsageSummary")


@_attrs_define
class CreditUsageSummary:
    """Totals of the credit usage tied to the invoice.

    Attributes:
        total_credits (float): Credit units consumed (an integer in the example).
        total_cents (int): Dollar value of the consumed credits, in cents.
        entry_count (int): Number of credit usage ledger entries.
    """

    total_credits: float
    total_cents: int
    entry_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_credits = self.total_credits

        total_cents = self.total_cents

        entry_count = self.entry_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCredits": total_credits,
                "totalCents": total_cents,
                "entryCount": entry_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total_credits = d.pop("totalCredits")

        total_cents = d.pop("totalCents")

        entry_count = d.pop("entryCount")

        credit_usage_summary = cls(
            total_credits=total_credits,
            total_cents=total_cents,
            entry_count=entry_count,
        )

        credit_usage_summary.additional_properties = d
        return credit_usage_summary

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
