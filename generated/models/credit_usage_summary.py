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


T = TypeVar("T", bound="CreditUsageSummary")


@_attrs_define(repr=False)
class CreditUsageSummary:
    """Totals of the credit usage tied to the invoice.

    Attributes:
        total_credits (Decimal): Credit units consumed (an integer in the example).
        total_cents (int): Dollar value of the consumed credits, in cents.
        entry_count (int): Number of credit usage ledger entries.
    """

    total_credits: Decimal
    total_cents: int
    entry_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.total_credits
        if _v is not UNSET:
            field_dict["totalCredits"] = _v
        _v = self.total_cents
        if _v is not UNSET:
            field_dict["totalCents"] = _v
        _v = self.entry_count
        if _v is not UNSET:
            field_dict["entryCount"] = _v
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
        _v = _d.pop("totalCredits", UNSET)
        if _v.__class__ is Decimal:
            pass
        elif _v.__class__ is int:
            _v = Decimal(_v)
        elif _v.__class__ is float:
            _v = Decimal(repr(_v))
        else:
            _v = _deviant(_report, _path, "totalCredits", "number", _v)

        total_credits = _v
        _v = _d.pop("totalCents", UNSET)
        if _v.__class__ is int:
            pass
        else:
            _v = _deviant(_report, _path, "totalCents", "integer", _v)

        total_cents = _v
        _v = _d.pop("entryCount", UNSET)
        if _v.__class__ is int:
            pass
        else:
            _v = _deviant(_report, _path, "entryCount", "integer", _v)

        entry_count = _v
        credit_usage_summary = cls(
            total_credits=total_credits,
            total_cents=total_cents,
            entry_count=entry_count,
        )
        credit_usage_summary.additional_properties = _d
        return credit_usage_summary

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
