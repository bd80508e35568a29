# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
)
from ..models.create_meter_request_aggregation_type import (
    CREATE_METER_REQUEST_AGGREGATION_TYPE_VALUES,
)
from ..models.create_meter_request_aggregation_type import CreateMeterRequestAggregationType
from ..models.meter_event_type_filter import MeterEventTypeFilter
from ..models.meter_property_filter import MeterPropertyFilter

T = TypeVar("T", bound="CreateMeterRequest")
_KNOWN_KEYS = frozenset(
    {
        "code",
        "displayName",
        "description",
        "aggregationType",
        "eventTypeFilter",
        "propertyFilters",
        "aggregationKey",
        "groupKeys",
        "sql",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreateMeterRequest:
    """Body of Create Meter.

    Attributes:
        code (str): Unique code: uppercase letters, digits and underscores. The concepts page marks it deprecated (to be
            removed in a future version).
        display_name (str): Name shown in the UI.
        description (str | Unset): What the meter tracks.
        aggregation_type (CreateMeterRequestAggregationType | str | Unset): How usage is aggregated.
        event_type_filter (MeterEventTypeFilter | Unset): Which event types count: `include` is an allowlist of event
            names, `exclude` a denylist. The sub-fields are not listed in the body schema; they come from the examples.
        property_filters (list[MeterPropertyFilter] | Unset): Filters on event properties, combined with AND (item shape
            in concepts/meters).
        aggregation_key (str | Unset): Event property key to aggregate; required for SUM, MAX and MIN, omit for COUNT.
        group_keys (list[str] | Unset): Event property keys to GROUP BY: one aggregated row per combination, used with
            rate cards for per-dimension prices. Must match event property names exactly.
        sql (str | Unset): Custom ClickHouse SQL; overrides the structured fields.
    """

    code: str
    display_name: str
    description: str | Unset = UNSET
    aggregation_type: CreateMeterRequestAggregationType | str | Unset = "SUM"
    event_type_filter: MeterEventTypeFilter | Unset = UNSET
    property_filters: list[MeterPropertyFilter] | Unset = UNSET
    aggregation_key: str | Unset = UNSET
    group_keys: list[str] | Unset = UNSET
    sql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.code
        if _v is not UNSET:
            field_dict["code"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.aggregation_type
        if _v is not UNSET:
            field_dict["aggregationType"] = _v
        _v = self.event_type_filter
        if _v is not UNSET:
            field_dict["eventTypeFilter"] = (
                _v.to_dict() if isinstance(_v, MeterEventTypeFilter) else _v
            )
        _v = self.property_filters
        if _v is not UNSET:
            field_dict["propertyFilters"] = (
                [_i.to_dict() if isinstance(_i, MeterPropertyFilter) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.aggregation_key
        if _v is not UNSET:
            field_dict["aggregationKey"] = _v
        _v = self.group_keys
        if _v is not UNSET:
            field_dict["groupKeys"] = _v
        _v = self.sql
        if _v is not UNSET:
            field_dict["sql"] = _v
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
        create_meter_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["code"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "code", "string", _v)

        create_meter_request.code = _v
        try:
            _v = _d["displayName"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "displayName", "string", _v)

        create_meter_request.display_name = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        create_meter_request.description = _v
        _v = _d.get("aggregationType", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_METER_REQUEST_AGGREGATION_TYPE_VALUES:
                _v = _deviant(
                    _report, _path, "aggregationType", "one of COUNT, MAX, MIN, SUM", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "aggregationType", "one of COUNT, MAX, MIN, SUM", _v)

        create_meter_request.aggregation_type = _v
        _v = _d.get("eventTypeFilter", UNSET)
        if _v.__class__ is dict:
            _v = _MeterEventTypeFilter_from_dict(_v, _report, _path + ".eventTypeFilter")
        elif isinstance(_v, MeterEventTypeFilter):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventTypeFilter", "object (MeterEventTypeFilter)", _v)

        create_meter_request.event_type_filter = _v
        _v = _d.get("propertyFilters", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".propertyFilters[*]"
            _v = [
                _MeterPropertyFilter_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (MeterPropertyFilter)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "propertyFilters", "array", _v)

        create_meter_request.property_filters = _v
        _v = _d.get("aggregationKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "aggregationKey", "string", _v)

        create_meter_request.aggregation_key = _v
        _v = _d.get("groupKeys", UNSET)
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(_v, str, _report, _path + "." + "groupKeys" + "[*]", "string")
                    break
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "groupKeys", "array", _v)

        create_meter_request.group_keys = _v
        _v = _d.get("sql", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "sql", "string", _v)

        create_meter_request.sql = _v
        if len(_d) == 9 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_meter_request.additional_properties = _extra
        return create_meter_request

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


_MeterEventTypeFilter_from_dict = MeterEventTypeFilter.from_dict
_MeterPropertyFilter_from_dict = MeterPropertyFilter.from_dict
