from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast


T = TypeVar("T", bound="MeterPropertyFilter")


@_attrs_define
class MeterPropertyFilter:
    """A condition on an event property. The API pages show the item only as `{}`; the shapes `{"name", "exists"}` and
    `{"name", "include": [...]}` come from concepts/meters. Other operators are not documented, so the object is left
    open.

        Attributes:
            name (str | Unset): Event property key the filter applies to.
            exists (bool | Unset): Match events where the property exists (example value true).
            include (list[str] | Unset): Match events whose property value is one of these values.
    """

    name: str | Unset = UNSET
    exists: bool | Unset = UNSET
    include: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        exists = self.exists

        include: list[str] | Unset = UNSET
        if not isinstance(self.include, Unset):
            include = self.include

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if exists is not UNSET:
            field_dict["exists"] = exists
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        exists = d.pop("exists", UNSET)

        include = cast(list[str], d.pop("include", UNSET))

        meter_property_filter = cls(
            name=name,
            exists=exists,
            include=include,
        )

        meter_property_filter.additional_properties = d
        return meter_property_filter

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
