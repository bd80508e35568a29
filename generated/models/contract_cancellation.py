# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, deviant as _deviant, dumps as _dumps, model_repr as _model_repr

T = TypeVar("T", bound="ContractCancellation")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "isActive",
        "effectiveCancellationDate",
        "cancelledInvoiceCount",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class ContractCancellation:
    """Result of a contract cancellation.

    Attributes:
        id (str): Contract id.
        is_active (bool): Whether the contract is still active (false after cancellation).
        effective_cancellation_date (str): Date the cancellation takes effect (YYYY-MM-DD, e.g. "2026-03-31").
        cancelled_invoice_count (int): Number of future draft invoices that were cancelled.
    """

    id: str
    is_active: bool
    effective_cancellation_date: str
    cancelled_invoice_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.is_active
        if _v is not UNSET:
            field_dict["isActive"] = _v
        _v = self.effective_cancellation_date
        if _v is not UNSET:
            field_dict["effectiveCancellationDate"] = _v
        _v = self.cancelled_invoice_count
        if _v is not UNSET:
            field_dict["cancelledInvoiceCount"] = _v
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
        contract_cancellation = _new(cls)
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

        contract_cancellation.id = _v
        try:
            _v = _d["isActive"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isActive", "boolean", _v)

        contract_cancellation.is_active = _v
        try:
            _v = _d["effectiveCancellationDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "effectiveCancellationDate", "string", _v)

        contract_cancellation.effective_cancellation_date = _v
        try:
            _v = _d["cancelledInvoiceCount"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "cancelledInvoiceCount", "integer", _v)

        contract_cancellation.cancelled_invoice_count = _v
        if len(_d) == 4 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        contract_cancellation.additional_properties = _extra
        return contract_cancellation

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
