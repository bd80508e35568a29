# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.event_properties import EventProperties

T = TypeVar("T", bound="EventRecord")
_KNOWN_KEYS = frozenset(
    {
        "eventName",
        "timestamp",
        "customerId",
        "externalCustomerId",
        "contractId",
        "idempotencyKey",
        "properties",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class EventRecord:
    """A stored usage event as returned by List Events.

    Attributes:
        event_name (str | Unset): Type/name of the event (SDK field event_name).
        timestamp (str | Unset): When the usage happened (format not seen, so plain string).
        customer_id (str | None | Unset): Monk customer UUID of the event (assumed from the Create Event body).
        external_customer_id (str | None | Unset): Your customer identifier of the event (assumed from the Create Event
            body).
        contract_id (str | None | Unset): Contract the event is tied to (assumed from the Create Event body).
        idempotency_key (str | None | Unset): The event's idempotency key (assumed from the Create Event body).
        properties (EventProperties | Unset): Free-form event metadata used to aggregate (e.g. SUM a tokens property),
            filter (e.g. by region or model) and audit. Values must be primitives: string, number or boolean (nested objects
            apparently not allowed; the concepts page is cut off there).
    """

    event_name: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    customer_id: str | None | Unset = UNSET
    external_customer_id: str | None | Unset = UNSET
    contract_id: str | None | Unset = UNSET
    idempotency_key: str | None | Unset = UNSET
    properties: EventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.event_name
        if _v is not UNSET:
            field_dict["eventName"] = _v
        _v = self.timestamp
        if _v is not UNSET:
            field_dict["timestamp"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.external_customer_id
        if _v is not UNSET:
            field_dict["externalCustomerId"] = _v
        _v = self.contract_id
        if _v is not UNSET:
            field_dict["contractId"] = _v
        _v = self.idempotency_key
        if _v is not UNSET:
            field_dict["idempotencyKey"] = _v
        _v = self.properties
        if _v is not UNSET:
            field_dict["properties"] = _v.to_dict() if isinstance(_v, EventProperties) else _v
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
        event_record = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("eventName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "eventName", "string", _v)

        event_record.event_name = _v
        _v = _d.get("timestamp", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "timestamp", "string", _v)

        event_record.timestamp = _v
        _v = _d.get("customerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "customerId", "string", _v)

        event_record.customer_id = _v
        _v = _d.get("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        event_record.external_customer_id = _v
        _v = _d.get("contractId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "contractId", "string", _v)

        event_record.contract_id = _v
        _v = _d.get("idempotencyKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "idempotencyKey", "string", _v)

        event_record.idempotency_key = _v
        _v = _d.get("properties", UNSET)
        if _v.__class__ is dict:
            _v = _EventProperties_from_dict(_v, _report, _path + ".properties")
        elif isinstance(_v, EventProperties):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "properties", "object (EventProperties)", _v)

        event_record.properties = _v
        if len(_d) == 7 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        event_record.additional_properties = _extra
        return event_record

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


_EventProperties_from_dict = EventProperties.from_dict
