from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.customer_metadata import CustomerMetadata


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """A customer. Contacts, billing address and payment fields are not returned. Older captures show only id, name,
    legalName, tags, createdAt and updatedAt.

        Attributes:
            id (str): Monk customer id (a UUID in the examples).
            name (str): Display name.
            created_at (datetime.datetime): When the customer was created.
            updated_at (datetime.datetime): When the customer was last updated.
            legal_name (None | str | Unset): Legal/registered business name.
            tags (list[str] | Unset): Tags on the customer.
            is_paused (bool | Unset): Whether the customer is paused (absent from older captures).
            paused_at (None | str | Unset): When the customer was paused; null when not paused. A date-time presumably, but
                the format is not stated (the examples show null and "<string>").
            metadata (CustomerMetadata | Unset): Identifiers linked to a customer.
    """

    id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    legal_name: None | str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    is_paused: bool | Unset = UNSET
    paused_at: None | str | Unset = UNSET
    metadata: CustomerMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_metadata import CustomerMetadata  # noqa: PLC0415

        id = self.id

        name = self.name

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        legal_name: None | str | Unset
        if isinstance(self.legal_name, Unset):
            legal_name = UNSET
        else:
            legal_name = self.legal_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        is_paused = self.is_paused

        paused_at: None | str | Unset
        if isinstance(self.paused_at, Unset):
            paused_at = UNSET
        else:
            paused_at = self.paused_at

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )
        if legal_name is not UNSET:
            field_dict["legalName"] = legal_name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if is_paused is not UNSET:
            field_dict["isPaused"] = is_paused
        if paused_at is not UNSET:
            field_dict["pausedAt"] = paused_at
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_metadata import CustomerMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        def _parse_legal_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        legal_name = _parse_legal_name(d.pop("legalName", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        is_paused = d.pop("isPaused", UNSET)

        def _parse_paused_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paused_at = _parse_paused_at(d.pop("pausedAt", UNSET))

        _metadata = d.pop("metadata", UNSET)
        metadata: CustomerMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = CustomerMetadata.from_dict(_metadata)

        customer = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            legal_name=legal_name,
            tags=tags,
            is_paused=is_paused,
            paused_at=paused_at,
            metadata=metadata,
        )

        customer.additional_properties = d
        return customer

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
