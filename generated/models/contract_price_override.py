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

T = TypeVar("T", bound="ContractPriceOverride")
_KNOWN_KEYS = frozenset(
    {
        "basePricingId",
        "unitAmount",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class ContractPriceOverride:
    """A per-price override applied to this contract.

    Attributes:
        base_pricing_id (str | Unset): Id of the pricing being overridden.
        unit_amount (Decimal | Unset): Overriding unit amount as a decimal string, e.g. "0.008".
    """

    base_pricing_id: str | Unset = UNSET
    unit_amount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.base_pricing_id
        if _v is not UNSET:
            field_dict["basePricingId"] = _v
        _v = self.unit_amount
        if _v is not UNSET:
            field_dict["unitAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
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
        contract_price_override = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        _v = _d.get("basePricingId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "basePricingId", "string", _v)

        contract_price_override.base_pricing_id = _v
        _v = _d.get("unitAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "unitAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unitAmount", "decimal string", _v)

        contract_price_override.unit_amount = _v
        if len(_d) == 2 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        contract_price_override.additional_properties = _extra
        return contract_price_override

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
