# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.pricing_estimate_event_properties import PricingEstimateEventProperties

T = TypeVar("T", bound="PricingEstimateEvent")
_KNOWN_KEYS = frozenset(
    {
        "eventName",
        "idempotencyKey",
        "properties",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class PricingEstimateEvent:
    """An event to price. The item schema was not shown (collapsed); the fields come from the example request. Whether
    customerId or timestamp are accepted is not documented, so the object is left open.

        Attributes:
            event_name (str | Unset): Event name, matched against meters' eventTypeFilter.include (likely required, not
                seen).
            idempotency_key (str | Unset): Optional key echoed back in the per-event result for correlation.
            properties (PricingEstimateEventProperties | Unset): Event properties, e.g. model, input_tokens, output_tokens.
    """

    event_name: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    properties: PricingEstimateEventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.event_name
        if _v is not UNSET:
            field_dict["eventName"] = _v
        _v = self.idempotency_key
        if _v is not UNSET:
            field_dict["idempotencyKey"] = _v
        _v = self.properties
        if _v is not UNSET:
            field_dict["properties"] = (
                _v.to_dict() if isinstance(_v, PricingEstimateEventProperties) else _v
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
        pricing_estimate_event = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("eventName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventName", "string", _v)

        pricing_estimate_event.event_name = _v
        _v = _d.get("idempotencyKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "idempotencyKey", "string", _v)

        pricing_estimate_event.idempotency_key = _v
        _v = _d.get("properties", UNSET)
        if _v.__class__ is dict:
            _v = _PricingEstimateEventProperties_from_dict(_v, _report, _path + ".properties")
        elif isinstance(_v, PricingEstimateEventProperties):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(
                _report, _path, "properties", "object (PricingEstimateEventProperties)", _v
            )

        pricing_estimate_event.properties = _v
        if len(_d) == 3 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        pricing_estimate_event.additional_properties = _extra
        return pricing_estimate_event

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


_PricingEstimateEventProperties_from_dict = PricingEstimateEventProperties.from_dict
