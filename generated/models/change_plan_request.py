from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.change_plan_request_change_option import ChangePlanRequestChangeOption
from ..models.change_plan_request_change_option import check_change_plan_request_change_option
from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="ChangePlanRequest")


@_attrs_define
class ChangePlanRequest:
    """Body of Change Plan.

    Attributes:
        plan_id (str): Target plan.
        change_option (ChangePlanRequestChangeOption): When the plan change applies.
        change_date (datetime.date | Unset): Date of the change (presumably used with requested_date; not stated).
        prorate (bool | Unset): Whether to prorate. Default: True.
    """

    plan_id: str
    change_option: ChangePlanRequestChangeOption
    change_date: datetime.date | Unset = UNSET
    prorate: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_id = self.plan_id

        change_option: str = self.change_option

        change_date: str | Unset = UNSET
        if not isinstance(self.change_date, Unset):
            change_date = self.change_date.isoformat()

        prorate = self.prorate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "planId": plan_id,
                "changeOption": change_option,
            }
        )
        if change_date is not UNSET:
            field_dict["changeDate"] = change_date
        if prorate is not UNSET:
            field_dict["prorate"] = prorate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        plan_id = d.pop("planId")

        change_option = check_change_plan_request_change_option(d.pop("changeOption"))

        _change_date = d.pop("changeDate", UNSET)
        change_date: datetime.date | Unset
        if isinstance(_change_date, Unset):
            change_date = UNSET
        else:
            change_date = datetime.date.fromisoformat(_change_date)

        prorate = d.pop("prorate", UNSET)

        change_plan_request = cls(
            plan_id=plan_id,
            change_option=change_option,
            change_date=change_date,
            prorate=prorate,
        )

        change_plan_request.additional_properties = d
        return change_plan_request

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
