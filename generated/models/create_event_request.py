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
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_datetime as _parse_datetime,
)
from ..models.event_properties import EventProperties

T = TypeVar("T", bound="CreateEventRequest")
_KNOWN_KEYS = frozenset(
    {
        "eventName",
        "customerId",
        "externalCustomerId",
        "contractId",
        "idempotencyKey",
        "timestamp",
        "properties",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class CreateEventRequest:
    """One usage event. eventName is required; send exactly one of customerId or externalCustomerId (the Rust SDK rejects
    neither or both before sending; the API's error for that case was not seen).

        Attributes:
            event_name (str): Type/name of the event; meters match on it. Must not be empty.
            customer_id (str | Unset): Monk customer UUID. Exactly one of customerId / externalCustomerId is required (the
                schema shows a plain string, no uuid format).
            external_customer_id (str | Unset): Your own customer identifier. Exactly one of customerId / externalCustomerId
                is required.
            contract_id (str | Unset): Optional contract UUID tying the event to a specific contract (newer capture only; no
                uuid format shown).
            idempotency_key (str | Unset): Deduplication key; a UUID is generated when omitted. Re-sending a key is safe:
                the latest version of the event becomes the billing source of truth.
            timestamp (datetime.datetime | Unset): When the usage happened, ISO 8601 in UTC; defaults to now; must not be
                more than 1 hour in the future (rejected with a validation error).
            properties (EventProperties | Unset): Free-form event metadata used to aggregate (e.g. SUM a tokens property),
                filter (e.g. by region or model) and audit. Values must be primitives: string, number or boolean (nested objects
                apparently not allowed; the concepts page is cut off there).
    """

    event_name: str
    customer_id: str | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    contract_id: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    properties: EventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.event_name
        if _v is not UNSET:
            field_dict["eventName"] = _v
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
        _v = self.timestamp
        if _v is not UNSET:
            field_dict["timestamp"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
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
        create_event_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["eventName"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "eventName", "string", _v)

        if _v.__class__ is str and len(_v) < 1:
            _v = _deviant(
                _report, _path, "eventName", "string of at least 1 characters", _v, "limit"
            )

        create_event_request.event_name = _v
        _v = _d.get("customerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "customerId", "string", _v)

        create_event_request.customer_id = _v
        _v = _d.get("externalCustomerId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "externalCustomerId", "string", _v)

        create_event_request.external_customer_id = _v
        _v = _d.get("contractId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "contractId", "string", _v)

        create_event_request.contract_id = _v
        _v = _d.get("idempotencyKey", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "idempotencyKey", "string", _v)

        create_event_request.idempotency_key = _v
        _v = _d.get("timestamp", UNSET)
        if _v.__class__ is str:
            try:
                _v = _datetime(_v)
            except ValueError:
                _v = _parse_datetime(_v, _report, _path, "timestamp")
                if _v.__class__ is datetime.datetime and _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "timestamp")
            else:
                if _v.tzinfo is None:
                    _v = _as_utc(_v, _report, _path, "timestamp")
        elif isinstance(_v, datetime.datetime):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "timestamp", "date-time string", _v)

        create_event_request.timestamp = _v
        _v = _d.get("properties", UNSET)
        if _v.__class__ is dict:
            _v = _EventProperties_from_dict(_v, _report, _path + ".properties")
        elif isinstance(_v, EventProperties):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "properties", "object (EventProperties)", _v)

        create_event_request.properties = _v
        if len(_d) == 7 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_event_request.additional_properties = _extra
        return create_event_request

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
