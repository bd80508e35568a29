# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, deviant as _deviant, dumps as _dumps, model_repr as _model_repr
from ..models.create_event_response_status import CREATE_EVENT_RESPONSE_STATUS_VALUES
from ..models.create_event_response_status import CreateEventResponseStatus

T = TypeVar("T", bound="CreateEventResponse")
_KNOWN_KEYS = frozenset(
    {
        "status",
        "idempotencyKey",
        "requestId",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreateEventResponse:
    """Acknowledgement that the event was accepted for asynchronous processing.

    Attributes:
        status (CreateEventResponseStatus | str): Always "accepted".
        idempotency_key (str): The idempotency key used (yours, or the generated UUID).
        request_id (str): Request identifier, e.g. "req_" followed by 16 hex characters.
    """

    status: CreateEventResponseStatus | str
    idempotency_key: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.status
        if _v is not UNSET:
            field_dict["status"] = _v
        _v = self.idempotency_key
        if _v is not UNSET:
            field_dict["idempotencyKey"] = _v
        _v = self.request_id
        if _v is not UNSET:
            field_dict["requestId"] = _v
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
        create_event_response = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["status"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREATE_EVENT_RESPONSE_STATUS_VALUES:
                _v = _deviant(_report, _path, "status", "one of accepted", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "status", "one of accepted", _v)

        create_event_response.status = _v
        try:
            _v = _d["idempotencyKey"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "idempotencyKey", "string", _v)

        create_event_response.idempotency_key = _v
        try:
            _v = _d["requestId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "requestId", "string", _v)

        create_event_response.request_id = _v
        if len(_d) == 3 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_event_response.additional_properties = _extra
        return create_event_response

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
