from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
    from ..models.contract_metadata import ContractMetadata


T = TypeVar("T", bound="UpdateContractMetadataRequest")


@_attrs_define
class UpdateContractMetadataRequest:
    """Body of Update Contract Metadata.

    Attributes:
        metadata (ContractMetadata | None): New metadata (max 10 keys, keys <= 40 chars, values <= 500 chars); null
            removes all custom metadata.
    """

    metadata: ContractMetadata | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415

        metadata: dict[str, Any] | None
        if isinstance(self.metadata, ContractMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.contract_metadata import ContractMetadata  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_metadata(data: object) -> ContractMetadata | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = ContractMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContractMetadata | None, data)

        metadata = _parse_metadata(d.pop("metadata"))

        update_contract_metadata_request = cls(
            metadata=metadata,
        )

        update_contract_metadata_request.additional_properties = d
        return update_contract_metadata_request

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
