# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from decimal import Decimal

from ..types import (
    UNSET,
    Unset,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    money_text as _money_text,
    parse_money as _parse_money,
)

T = TypeVar("T", bound="PricingTier")
_KNOWN_KEYS = frozenset(
    {
        "unitAmount",
        "minQty",
        "maxQty",
        "flatAmount",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class PricingTier:
    """One price tier; all amounts and quantities are decimal strings.

    Attributes:
        unit_amount (Decimal | Unset): Per-unit price in the tier (decimal string).
        min_qty (str | Unset): Lower bound of the tier (decimal string).
        max_qty (str | Unset): Upper bound of the tier (decimal string).
        flat_amount (Decimal | Unset): Flat fee for the tier (decimal string).
    """

    unit_amount: Decimal | Unset = UNSET
    min_qty: str | Unset = UNSET
    max_qty: str | Unset = UNSET
    flat_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.unit_amount
        if _v is not UNSET:
            field_dict["unitAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
        _v = self.min_qty
        if _v is not UNSET:
            field_dict["minQty"] = _v
        _v = self.max_qty
        if _v is not UNSET:
            field_dict["maxQty"] = _v
        _v = self.flat_amount
        if _v is not UNSET:
            field_dict["flatAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
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
        pricing_tier = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("unitAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "unitAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unitAmount", "decimal string", _v)

        pricing_tier.unit_amount = _v
        _v = _d.get("minQty", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "minQty", "string", _v)

        pricing_tier.min_qty = _v
        _v = _d.get("maxQty", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "maxQty", "string", _v)

        pricing_tier.max_qty = _v
        _v = _d.get("flatAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "flatAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "flatAmount", "decimal string", _v)

        pricing_tier.flat_amount = _v
        if len(_d) == 4 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        pricing_tier.additional_properties = _extra
        return pricing_tier

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
