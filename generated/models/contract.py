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
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
)
from ..models.contract_metadata import ContractMetadata

T = TypeVar("T", bound="Contract")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "customerId",
        "planId",
        "name",
        "startDate",
        "isActive",
        "createdAt",
        "endDate",
        "metadata",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat
_date = datetime.date.fromisoformat


@_attrs_define(repr=False)
class Contract:
    """A contract (subscription) that puts a customer on a plan.

    Attributes:
        id (str): Contract id.
        customer_id (str): The customer the contract belongs to.
        plan_id (str): The plan the customer is subscribed to.
        name (str): Contract name, e.g. the plan name "Pro Plan".
        start_date (datetime.date): Date billing starts.
        is_active (bool): Whether the contract is active (false after cancellation).
        created_at (datetime.datetime): When the contract was created.
        end_date (datetime.date | None | Unset): Date the contract ends; absent or null for a rolling month-to-month
            contract.
        metadata (ContractMetadata | Unset): User-defined key/value metadata on a contract (e.g. CRM ids, internal
            tags): at most 10 keys, keys at most 40 characters, values strings, numbers or booleans (strings at most 500
            characters).
    """

    id: str
    customer_id: str
    plan_id: str
    name: str
    start_date: datetime.date
    is_active: bool
    created_at: datetime.datetime
    end_date: datetime.date | None | Unset = UNSET
    metadata: ContractMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.customer_id
        if _v is not UNSET:
            field_dict["customerId"] = _v
        _v = self.plan_id
        if _v is not UNSET:
            field_dict["planId"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.start_date
        if _v is not UNSET:
            field_dict["startDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.is_active
        if _v is not UNSET:
            field_dict["isActive"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.end_date
        if _v is not UNSET:
            field_dict["endDate"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.metadata
        if _v is not UNSET:
            field_dict["metadata"] = _v.to_dict() if isinstance(_v, ContractMetadata) else _v
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
        contract = _new(cls)
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

        contract.id = _v
        try:
            _v = _d["customerId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "customerId", "string", _v)

        contract.customer_id = _v
        try:
            _v = _d["planId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "planId", "string", _v)

        contract.plan_id = _v
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        contract.name = _v
        try:
            _v = _d["startDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "startDate")
        elif isinstance(_v, datetime.date):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "startDate", "date string", _v)

        contract.start_date = _v
        try:
            _v = _d["isActive"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isActive", "boolean", _v)

        contract.is_active = _v
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

        contract.created_at = _v
        _v = _d.get("endDate", UNSET)
        if _v.__class__ is str:
            try:
                _v = _date(_v)
            except ValueError:
                _v = _parse_date(_v, _report, _path, "endDate")
        elif isinstance(_v, datetime.date):
            pass
        elif _v is UNSET:
            _missing += 1
        elif _v is None:
            pass
        else:
            _v = _deviant(_report, _path, "endDate", "date string", _v)

        contract.end_date = _v
        _v = _d.get("metadata", UNSET)
        if _v.__class__ is dict:
            _v = _ContractMetadata_from_dict(_v, _report, _path + ".metadata")
        elif isinstance(_v, ContractMetadata):
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "metadata", "object (ContractMetadata)", _v)

        contract.metadata = _v
        if len(_d) == 9 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        contract.additional_properties = _extra
        return contract

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


_ContractMetadata_from_dict = ContractMetadata.from_dict
