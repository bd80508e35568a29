from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.upcoming_invoice import UpcomingInvoice


T = TypeVar("T", bound="UpcomingInvoiceResponse")


@_attrs_define
class UpcomingInvoiceResponse:
    """The upcoming invoice, or data = null when the customer has no active contract.

    Attributes:
        data (None | UpcomingInvoice): The upcoming invoice; null when the customer has no active contract.
    """

    data: None | UpcomingInvoice
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.upcoming_invoice import UpcomingInvoice  # noqa: PLC0415

        data: dict[str, Any] | None
        if isinstance(self.data, UpcomingInvoice):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upcoming_invoice import UpcomingInvoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(data: object) -> None | UpcomingInvoice:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = UpcomingInvoice.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UpcomingInvoice, data)

        data = _parse_data(d.pop("data"))

        upcoming_invoice_response = cls(
            data=data,
        )

        upcoming_invoice_response.additional_properties = d
        return upcoming_invoice_response

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
