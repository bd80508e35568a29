# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.usage_query_bucket import UsageQueryBucket

T = TypeVar("T", bound="UsageQueryResult")
_KNOWN_KEYS = frozenset(
    {
        "organizationId",
        "eventName",
        "start",
        "end",
        "totalCount",
        "breakdown",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class UsageQueryResult:
    """Aggregated event counts over a date range.

    Attributes:
        organization_id (str | Unset): Your organization ID (SDK field organization_id).
        event_name (str | None | Unset): The event name queried (SDK field event_name); null assumed possible when no
            filter was given.
        start (str | Unset): Start of the queried range.
        end (str | Unset): End of the queried range.
        total_count (int | Unset): Total event count in the range (SDK field total_count).
        breakdown (list[UsageQueryBucket] | Unset): Daily or bucketed counts.
    """

    organization_id: str | Unset = UNSET
    event_name: str | None | Unset = UNSET
    start: str | Unset = UNSET
    end: str | Unset = UNSET
    total_count: int | Unset = UNSET
    breakdown: list[UsageQueryBucket] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.organization_id
        if _v is not UNSET:
            field_dict["organizationId"] = _v
        _v = self.event_name
        if _v is not UNSET:
            field_dict["eventName"] = _v
        _v = self.start
        if _v is not UNSET:
            field_dict["start"] = _v
        _v = self.end
        if _v is not UNSET:
            field_dict["end"] = _v
        _v = self.total_count
        if _v is not UNSET:
            field_dict["totalCount"] = _v
        _v = self.breakdown
        if _v is not UNSET:
            field_dict["breakdown"] = (
                [_i.to_dict() if isinstance(_i, UsageQueryBucket) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
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
        usage_query_result = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("organizationId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "organizationId", "string", _v)

        usage_query_result.organization_id = _v
        _v = _d.get("eventName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "eventName", "string", _v)

        usage_query_result.event_name = _v
        _v = _d.get("start", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "start", "string", _v)

        usage_query_result.start = _v
        _v = _d.get("end", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "end", "string", _v)

        usage_query_result.end = _v
        _v = _d.get("totalCount", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "totalCount", "integer", _v)

        usage_query_result.total_count = _v
        _v = _d.get("breakdown", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".breakdown[*]"
            _v = [
                _UsageQueryBucket_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (UsageQueryBucket)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "breakdown", "array", _v)

        usage_query_result.breakdown = _v
        if len(_d) == 6 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        usage_query_result.additional_properties = _extra
        return usage_query_result

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


_UsageQueryBucket_from_dict = UsageQueryBucket.from_dict
