from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal
from uuid import UUID

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    parse_date as _parse_date,
    parse_datetime as _parse_datetime,
)


T = TypeVar("T", bound="ContractCancellation")


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
        """``to_dict()`` as JSON text; Decimal amounts are written exactly."""
        return _dumps(self.to_dict())

    def __repr__(self) -> str:
        return _model_repr(self)

    @classmethod
    def from_dict(
        cls: type[T], src_dict: Mapping[str, Any], _report: Any = None, _path: str = "$"
    ) -> T:
        """Decode JSON data. A deviation from the spec is kept as received and reported to
        ``_report(path, kind, expected, value)``; with no ``_report`` it raises ``SpecDrift``."""
        _d = dict(src_dict)
        _v = _d.pop("id", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "id", "string", _v)

        id = _v
        _v = _d.pop("isActive", UNSET)
        if _v.__class__ is bool:
            pass
        else:
            _v = _deviant(_report, _path, "isActive", "boolean", _v)

        is_active = _v
        _v = _d.pop("effectiveCancellationDate", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "effectiveCancellationDate", "string", _v)

        effective_cancellation_date = _v
        _v = _d.pop("cancelledInvoiceCount", UNSET)
        if _v.__class__ is int:
            pass
        else:
            _v = _deviant(_report, _path, "cancelledInvoiceCount", "integer", _v)

        cancelled_invoice_count = _v
        contract_cancellation = cls(
            id=id,
            is_active=is_active,
            effective_cancellation_date=effective_cancellation_date,
            cancelled_invoice_count=cancelled_invoice_count,
        )
        contract_cancellation.additional_properties = _d
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
