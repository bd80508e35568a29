from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.cancel_contract_request_cancel_at import CancelContractRequestCancelAt
from ..models.cancel_contract_request_cancel_at import check_cancel_contract_request_cancel_at
from typing import cast


T = TypeVar("T", bound="CancelContractRequest")


@_attrs_define
class CancelContractRequest:
    """Body of Cancel Contract.

    Attributes:
        cancel_at (CancelContractRequestCancelAt): When the cancellation takes effect (only end_of_period is offered).
    """

    cancel_at: CancelContractRequestCancelAt
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancel_at: str = self.cancel_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cancelAt": cancel_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cancel_at = check_cancel_contract_request_cancel_at(d.pop("cancelAt"))

        cancel_contract_request = cls(
            cancel_at=cancel_at,
        )

        cancel_contract_request.additional_properties = d
        return cancel_contract_request

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
