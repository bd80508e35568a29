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
from ..models.customer_metadata import CustomerMetadata

T = TypeVar("T", bound="Customer")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "createdAt",
        "updatedAt",
        "legalName",
        "tags",
        "isPaused",
        "pausedAt",
        "metadata",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Customer:
    """A customer. Contacts, billing address and payment fields are not returned. Older captures show only id, name,
    legalName, tags, createdAt and updatedAt.

        Attributes:
            id (str): Monk customer id (a UUID in the examples).
            name (str): Display name.
            created_at (datetime.datetime): When the customer was created.
            updated_at (datetime.datetime): When the customer was last updated.
            legal_name (str | None | Unset): Legal/registered business name.
            tags (list[str] | Unset): Tags on the customer.
            is_paused (bool | Unset): Whether the customer is paused (absent from older captures).
            paused_at (str | None | Unset): When the customer was paused; null when not paused. A date-time presumably, but
                the format is not stated (the examples show null and "<string>").
            metadata (CustomerMetadata | Unset): Identifiers linked to a customer.
    """

    id: str
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    legal_name: str | None | Unset = UNSET
    tags: list[str] | Unset = UNSET
    is_paused: bool | Unset = UNSET
    paused_at: str | None | Unset = UNSET
    metadata: CustomerMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.updated_at
        if _v is not UNSET:
            field_dict["updatedAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.legal_name
        if _v is not UNSET:
            field_dict["legalName"] = _v
        _v = self.tags
        if _v is not UNSET:
            field_dict["tags"] = _v
        _v = self.is_paused
        if _v is not UNSET:
            field_dict["isPaused"] = _v
        _v = self.paused_at
        if _v is not UNSET:
            field_dict["pausedAt"] = _v
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict() if isinstance(_v, CustomerMetadata) else _v
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
        customer = _new(cls)
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

        customer.id = _v
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        customer.name = _v
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

        customer.created_at = _v
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

        customer.updated_at = _v
        _v = _d.get("legalName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "legalName", "string", _v)

        customer.legal_name = _v
        _v = _d.get("tags", UNSET)
        if _v.__class__ is list:
            for _i in _v:
                if _i.__class__ is not str:
                    _v = _check_items(_v, str, _report, _path + "." + "tags" + "[*]", "string")
                    break
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "tags", "array", _v)

        customer.tags = _v
        _v = _d.get("isPaused", UNSET)
        if _v.__class__ is bool:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "isPaused", "boolean", _v)

        customer.is_paused = _v
        _v = _d.get("pausedAt", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "pausedAt", "string", _v)

        customer.paused_at = _v
        _v = _d.get("metadata", UNSET)
        if _v.__class__ is dict:
            _v = _CustomerMetadata_from_dict(_v, _report, _path + ".metadata")
        elif isinstance(_v, CustomerMetadata):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "metadata", "object (CustomerMetadata)", _v)

        customer.metadata = _v
        if len(_d) == 9 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        customer.additional_properties = _extra
        return customer

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


_CustomerMetadata_from_dict = CustomerMetadata.from_dict
