from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="PlanChange")


@_attrs_define
class PlanChange:
    """A scheduled plan change.

    Attributes:
        id (str): Plan-change id.
        current_plan_id (str): Plan the contract is on now.
        new_plan_id (str): Plan the contract switches to.
        effective_date (datetime.date): Date the change takes effect.
        status (str | Unset): Status of the change, e.g. "scheduled" (other values not seen).
    """

    id: str
    current_plan_id: str
    new_plan_id: str
    effective_date: datetime.date
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        current_plan_id = self.current_plan_id

        new_plan_id = self.new_plan_id

        effective_date = self.effective_date.isoformat()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currentPlanId": current_plan_id,
                "newPlanId": new_plan_id,
                "effectiveDate": effective_date,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        current_plan_id = d.pop("currentPlanId")

        new_plan_id = d.pop("newPlanId")

        effective_date = datetime.date.fromisoformat(d.pop("effectiveDate"))

        status = d.pop("status", UNSET)

        plan_change = cls(
            id=id,
            current_plan_id=current_plan_id,
            new_plan_id=new_plan_id,
            effective_date=effective_date,
            status=status,
        )

        plan_change.additional_properties = d
        return plan_change

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
