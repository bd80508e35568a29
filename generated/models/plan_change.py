# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_date as _parse_date,
)

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
_new = object.__new__  # from_dict builds the instance without __init__
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
        """``to_dict()`` as JSON text; decimal amounts are written exactly."""
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
        plan_change = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "id", "string", _v)

        plan_change.id = _v
        try:
            _v = _d["currentPlanId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "currentPlanId", "string", _v)

        plan_change.current_plan_id = _v
        try:
            _v = _d["newPlanId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "newPlanId", "string", _v)

        plan_change.new_plan_id = _v
        try:
            _v = _d["effectiveDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "effectiveDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "effectiveDate", "date string", _v)

        plan_change.effective_date = _v
        _v = _d.get("status", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "status", "string", _v)

        plan_change.status = _v
        if len(_d) == 5 - _missing:  # only known keys (each one counted)
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
