from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.plan import Plan


T = TypeVar("T", bound="PlanList")


@_attrs_define
class PlanList:
    """A page of plans (envelope inferred from sibling list endpoints; nothing required).

    Attributes:
        data (list[Plan] | Unset): Plans on this page.
        has_more (bool | Unset): Whether more items follow.
        total (int | Unset): Total number of items.
    """

    data: list[Plan] | Unset = UNSET
    has_more: bool | Unset = UNSET
    total: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plan import Plan  # noqa: PLC0415

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        has_more = self.has_more

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan import Plan  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[Plan] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = Plan.from_dict(data_item_data)

                data.append(data_item)

        has_more = d.pop("hasMore", UNSET)

        total = d.pop("total", UNSET)

        plan_list = cls(
            data=data,
            has_more=has_more,
            total=total,
        )

        plan_list.additional_properties = d
        return plan_list

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
