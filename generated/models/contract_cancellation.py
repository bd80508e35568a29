from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset


T = TypeVar("T", bound="ContractCancellation")


@_attrs_define
class ContractCancellation:
    """Result of a contract cancellation.

    Attributes:
        id (str): Contract id.
        is_active (bool): Whether the contract is still active (false after cancellation).
        effective_cancellation_date (str): Date the cancellation takes effect (YYYY-MM-DD, e.g. "2026-03-31").
        cancelled_invoice_count (int): Number of future draft invoices that were cancelled.
    """

    id: str
    is_active: bool
    effective_cancellation_date: str
    cancelled_invoice_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        is_active = self.is_active

        effective_cancellation_date = self.effective_cancellation_date

        cancelled_invoice_count = self.cancelled_invoice_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "isActive": is_active,
                "effectiveCancellationDate": effective_cancellation_date,
                "cancelledInvoiceCount": cancelled_invoice_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        is_active = d.pop("isActive")

        effective_cancellation_date = d.pop("effectiveCancellationDate")

        cancelled_invoice_count = d.pop("cancelledInvoiceCount")

        contract_cancellation = cls(
            id=id,
            is_active=is_active,
            effective_cancellation_date=effective_cancellation_date,
            cancelled_invoice_count=cancelled_invoice_count,
        )

        contract_cancellation.additional_properties = d
        return contract_cancellation

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
