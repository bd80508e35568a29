from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.credit_ledger_entry import CreditLedgerEntry


T = TypeVar("T", bound="CreditLedger")


@_attrs_define
class CreditLedger:
    """A contract's credit ledger, newest entry first.

    Attributes:
        total_count (int): Number of entries.
        entries (list[CreditLedgerEntry]): Entries sorted by createdAt descending (empty when the contract has no credit
            wallet).
    """

    total_count: int
    entries: list[CreditLedgerEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.credit_ledger_entry import CreditLedgerEntry  # noqa: PLC0415

        total_count = self.total_count

        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalCount": total_count,
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.credit_ledger_entry import CreditLedgerEntry  # noqa: PLC0415

        d = dict(src_dict)
        total_count = d.pop("totalCount")

        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = CreditLedgerEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        credit_ledger = cls(
            total_count=total_count,
            entries=entries,
        )

        credit_ledger.additional_properties = d
        return credit_ledger

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
