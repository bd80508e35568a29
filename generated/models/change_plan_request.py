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
from ..models.change_plan_request_change_option import CHANGE_PLAN_REQUEST_CHANGE_OPTION_VALUES
from ..models.change_plan_request_change_option import ChangePlanRequestChangeOption

T = TypeVar("T", bound="ChangePlanRequest")
_KNOWN_KEYS = frozenset(
    {
        "planId",
        "changeOption",
        "changeDate",
        "prorate",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_date = datetime.date.fromisoformat


@_attrs_define(repr=False)
class ChangePlanRequest:
    """Body of Change Plan.

    Attributes:
        plan_id (str): Target plan.
        change_option (ChangePlanRequestChangeOption | str): When the plan change applies.
        change_date (datetime.date | Unset): Date of the change (presumably used with requested_date; not stated).
        prorate (bool | Unset): Whether to prorate.
    """

    plan_id: str
    change_option: ChangePlanRequestChangeOption | str
    change_date: datetime.date | Unset = UNSET
    prorate: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.plan_id
        if _v is not UNSET:
            field_dict["planId"] = _v
        _v = self.change_option
        if _v is not UNSET:
            field_dict["changeOption"] = _v
        _v = self.change_date
        if _v is not UNSET:
            field_dict["changeDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.prorate
        if _v is not UNSET:
            field_dict["prorate"] = _v
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
        change_plan_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["planId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "planId", "string", _v)

        change_plan_request.plan_id = _v
        try:
            _v = _d["changeOption"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CHANGE_PLAN_REQUEST_CHANGE_OPTION_VALUES:
                _v = _deviant(
                    _report,
                    _path,
                    "changeOption",
                    "one of end_of_period, immediate, requested_date",
                    _v,
                    "enum",
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(
                _report,
                _path,
                "changeOption",
                "one of end_of_period, immediate, requested_date",
                _v,
            )

        change_plan_request.change_option = _v
        _v = _d.get("changeDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "changeDate")
        elif isinstance(_v, datetime.date):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "changeDate", "date string", _v)

        change_plan_request.change_date = _v
        _v = _d.get("prorate", UNSET)
        if _v.__class__ is bool:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "prorate", "boolean", _v)

        change_plan_request.prorate = _v
        if len(_d) == 4 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        change_plan_request.additional_properties = _extra
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
