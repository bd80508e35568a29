from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="CustomerMetadata")


@_attrs_define
class CustomerMetadata:
    """Identifiers linked to a customer.

    Attributes:
        external_customer_id (str | Unset): Your own external customer id (echoes the request's externalCustomerId,
            inferred from the create-customer example).
        external_company_ids (list[str] | Unset): External company ids (an empty array in the create example).
    """

    external_customer_id: str | Unset = UNSET
    external_company_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_customer_id = self.external_customer_id

        external_company_ids: list[str] | Unset = UNSET
        if not isinstance(self.external_company_ids, Unset):
            external_company_ids = self.external_company_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if external_company_ids is not UNSET:
            field_dict["externalCompanyIds"] = external_company_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        external_customer_id = d.pop("externalCustomerId", UNSET)

        external_company_ids = cast(list[str], d.pop("externalCompanyIds", UNSET))

        customer_metadata = cls(
            external_customer_id=external_customer_id,
            external_company_ids=external_company_ids,
        )

        customer_metadata.additional_properties = d
        return customer_metadata

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
