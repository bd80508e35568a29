# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from decimal import Decimal

from ..types import deviant as _deviant, dumps as _dumps, model_repr as _model_repr

T = TypeVar("T", bound="EventProperties")
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class EventProperties:
    """Free-form event metadata used to aggregate (e.g. SUM a tokens property), filter (e.g. by region or model) and audit.
    Values must be primitives: string, number or boolean (nested objects apparently not allowed; the concepts page is
    cut off there).

    """

    additional_properties: dict[str, str | float | bool] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        for _k, _v in self.additional_properties.items():
            field_dict[_k] = _v
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
        event_properties = _new(cls)
        _extra = dict(_d)
        for _k, _v in _extra.items():
            if _v.__class__ in (
                str,
                int,
                float,
                Decimal,
                bool,
            ):
                if _v.__class__ is Decimal:
                    _v = float(_v)
                    if _v - _v != 0:  # NaN, or a number beyond float's range: inf
                        _v = _deviant(_report, _path, _k, "finite number", _v, "non-finite")
            else:
                _v = _deviant(_report, _path, _k, "string or number or boolean", _v)

            _extra[_k] = _v
        event_properties.additional_properties = _extra
        return event_properties

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str | float | bool:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str | float | bool) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
