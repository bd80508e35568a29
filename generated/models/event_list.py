# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.event_record import EventRecord

T = TypeVar("T", bound="EventList")
_KNOWN_KEYS = frozenset(
    {
        "events",
        "total",
        "limit",
        "offset",
        "hasMore",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class EventList:
    """One page of events (offset pagination).

    Attributes:
        events (list[EventRecord] | Unset): Matching events.
        total (int | Unset): Total number of matching events.
        limit (int | Unset): Page size used.
        offset (int | Unset): Offset of this page.
        has_more (bool | Unset): Whether more pages exist.
    """

    events: list[EventRecord] | Unset = UNSET
    total: int | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    has_more: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.events
        if _v is not UNSET:
            field_dict["events"] = (
                [_i.to_dict() if isinstance(_i, EventRecord) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.total
        if _v is not UNSET:
            field_dict["total"] = _v
        _v = self.limit
        if _v is not UNSET:
            field_dict["limit"] = _v
        _v = self.offset
        if _v is not UNSET:
            field_dict["offset"] = _v
        _v = self.has_more
        if _v is not UNSET:
            field_dict["hasMore"] = _v
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
        event_list = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("events", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".events[*]"
            _v = [
                _EventRecord_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (EventRecord)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "events", "array", _v)

        event_list.events = _v
        _v = _d.get("total", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "total", "integer", _v)

        event_list.total = _v
        _v = _d.get("limit", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "limit", "integer", _v)

        event_list.limit = _v
        _v = _d.get("offset", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "offset", "integer", _v)

        event_list.offset = _v
        _v = _d.get("hasMore", UNSET)
        if _v.__class__ is bool:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "hasMore", "boolean", _v)

        event_list.has_more = _v
        if len(_d) == 5 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        event_list.additional_properties = _extra
        return event_list

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


_EventRecord_from_dict = EventRecord.from_dict
