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


T = TypeVar("T", bound="PlanResponse")


@_attrs_define
class PlanResponse:
    """A single plan wrapped in `data` (envelope inferred from sibling endpoints; not required).

    Attributes:
        data (Plan | Unset): A plan. Never seen in an API response: the properties are the plan fields described on
            concepts/plans plus the plan defaults named by create-contract; none is required and unknown keys are kept.
            Enumerated values are documented in the descriptions but not enforced, since no response was ever seen.
    """

    data: Plan | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plan import Plan  # noqa: PLC0415

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.plan import Plan  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: Plan | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = Plan.from_dict(_data)

        plan_response = cls(
            data=data,
        )

        plan_response.additional_properties = d
        return plan_response

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
