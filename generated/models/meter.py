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
    as_utc as _as_utc,
    check_items as _check_items,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_datetime as _parse_datetime,
)
from ..models.meter_aggregation_type import METER_AGGREGATION_TYPE_VALUES
from ..models.meter_aggregation_type import MeterAggregationType
from ..models.meter_event_type_filter import MeterEventTypeFilter
from ..models.meter_property_filter import MeterPropertyFilter
from ..models.meter_status import METER_STATUS_VALUES
from ..models.meter_status import MeterStatus

T = TypeVar("T", bound="Meter")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "displayName",
        "aggregationType",
        "status",
        "createdAt",
        "updatedAt",
        "code",
        "description",
        "eventTypeFilter",
        "propertyFilters",
        "aggregationKey",
        "groupKeys",
        "sql",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Meter:
    """A meter. Inactive meters reject new events.

    Attributes:
        id (str): Meter id.
        display_name (str): Name shown in the UI.
        aggregation_type (MeterAggregationType | str): How usage is aggregated.
        status (MeterStatus | str): Active meters accept events; inactive meters reject new events.
        created_at (datetime.datetime): When the meter was created.
        updated_at (datetime.datetime): When the meter was last updated.
        code (str | Unset): Unique code (uppercase letters, digits, underscores). Deprecated and to be removed in a
            future version (concepts/meters).
        description (str | Unset): What the meter tracks.
        event_type_filter (MeterEventTypeFilter | Unset): Which event types count: `include` is an allowlist of event
            names, `exclude` a denylist. The sub-fields are not listed in the body schema; they come from the examples.
        property_filters (list[MeterPropertyFilter] | Unset): Filters on event properties, combined with AND.
        aggregation_key (str | Unset): Event property aggregated (SUM, MAX, MIN).
        group_keys (list[str] | Unset): Event property keys to GROUP BY, for dimensional billing.
        sql (str | Unset): Custom ClickHouse SQL; overrides the structured fields.
    """

    id: str
    display_name: str
    aggregation_type: MeterAggregationType | str
    status: MeterStatus | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    code: str | Unset = UNSET
    description: str | Unset = UNSET
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
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.display_name
        if _v is not UNSET:
            field_dict["displayName"] = _v
        _v = self.aggregation_type
        if _v is not UNSET:
            field_dict["aggregationType"] = _v
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.updated_at
        if _v is not UNSET:
            field_dict["updatedAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.code
        if _v is not UNSET:
            field_dict["code"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
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
        meter = _new(cls)
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

        meter.id = _v
        try:
            _v = _d["displayName"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "displayName", "string", _v)

        meter.display_name = _v
        try:
            _v = _d["aggregationType"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in METER_AGGREGATION_TYPE_VALUES:
                _v = _deviant(
                    _report, _path, "aggregationType", "one of COUNT, MAX, MIN, SUM", _v, "enum"
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "aggregationType", "one of COUNT, MAX, MIN, SUM", _v)

        meter.aggregation_type = _v
        try:
            _v = _d["status"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in METER_STATUS_VALUES:
                _v = _deviant(_report, _path, "status", "one of active, inactive", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "status", "one of active, inactive", _v)

        meter.status = _v
        try:
            _v = _d["createdAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "createdAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "createdAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "createdAt")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "createdAt", "date-time string", _v)

        meter.created_at = _v
        try:
            _v = _d["updatedAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "updatedAt")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "updatedAt")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "updatedAt")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "updatedAt", "date-time string", _v)

        meter.updated_at = _v
        _v = _d.get("code", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "code", "string", _v)

        meter.code = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        meter.description = _v
        _v = _d.get("eventTypeFilter", UNSET)
        if _v.__class__ is dict:
            _v = _MeterEventTypeFilter_from_dict(_v, _report, _path + ".eventTypeFilter")
        elif isinstance(_v, MeterEventTypeFilter):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventTypeFilter", "object (MeterEventTypeFilter)", _v)

        meter.event_type_filter = _v
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

        meter.property_filters = _v
        _v = _d.get("aggregationKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "aggregationKey", "string", _v)

        meter.aggregation_key = _v
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

        meter.group_keys = _v
        _v = _d.get("sql", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "sql", "string", _v)

        meter.sql = _v
        if len(_d) == 13 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        meter.additional_properties = _extra
        return meter

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
