# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal
from uuid import UUID

from ..types import (
    UNSET,
    Unset,
    as_utc as _as_utc,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    money_text as _money_text,
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
    parse_money as _parse_money,
)

from ..types import UNSET, Unset
from typing import cast
import datetime


T = TypeVar("T", bound="PlanChange")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "currentPlanId",
        "newPlanId",
        "effectiveDate",
        "status",
    }
)
_datetime = datetime.datetime.fromisoformat
_date = datetime.date.fromisoformat


@_attrs_define(repr=False)
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
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.current_plan_id
        if _v is not UNSET:
            field_dict["currentPlanId"] = _v
        _v = self.new_plan_id
        if _v is not UNSET:
            field_dict["newPlanId"] = _v
        _v = self.effective_date
        if _v is not UNSET:
            field_dict["effectiveDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        return field_dict

    def to_json(self) -> str:
        """``to_dict()`` as JSON text; Decimal amounts are written exactly."""
        return _dumps(self.to_dict())

    def __repr__(self) -> str:
        return _model_repr(self)

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], _report: Any = None, _path: str = "$"
    ) -> T:
        """Decode JSON data. A deviation from the spec is kept as received and reported to
        ``_report(path, kind, expected, value)``; with no ``_report`` it raises ``SpecDrift``."""
        _d = src_dict
        # Built without __init__ (no validators or defaults to run): every field is set below.
        plan_change = cls.__new__(cls)
        _v = _d.get("id", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "id", "string", _v)

        plan_change.id = _v
        _v = _d.get("currentPlanId", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "currentPlanId", "string", _v)

        plan_change.current_plan_id = _v
        _v = _d.get("newPlanId", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "newPlanId", "string", _v)

        plan_change.new_plan_id = _v
        _v = _d.get("effectiveDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "effectiveDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _v = _deviant(_report, _path, "effectiveDate", "date string", _v)

        plan_change.effective_date = _v
        _v = _d.get("status", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "status", "string", _v)

        plan_change.status = _v
        if _d.keys() <= _KNOWN_KEYS:
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        plan_change.additional_properties = _extra
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
