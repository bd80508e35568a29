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
from ..models.invoice_service_period import InvoiceServicePeriod

T = TypeVar("T", bound="InvoiceLineItem")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "quantity",
        "unitPriceCents",
        "totalAmountCents",
        "priceId",
        "isMetered",
        "servicePeriod",
        "description",
        "unitPrice",
        "totalAmount",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class InvoiceLineItem:
    """One invoice line (a fixed fee or metered usage) for a service period.

    Attributes:
        id (str): Line item ID.
        name (str): Line name, e.g. Platform Fee or API Calls.
        quantity (float): Quantity billed (integer vs decimal not stated).
        unit_price_cents (int): Unit price in cents.
        total_amount_cents (int): Line total in cents.
        price_id (str): The pricing configuration this line comes from.
        is_metered (bool): True for usage-based (metered) lines.
        service_period (InvoiceServicePeriod): The period a line item covers.
        description (str | Unset): Optional human-readable calculation, e.g. "5,350 units × $0.01/unit = $53.50".
        unit_price (Decimal | Unset): Unit price as a string (decimal-as-string meaning inferred from the pricing
            pages); absent in the upcoming-invoice example.
        total_amount (Decimal | Unset): Line total as a string (decimal-as-string meaning inferred); absent in the
            upcoming-invoice example.
    """

    id: str
    name: str
    quantity: float
    unit_price_cents: int
    total_amount_cents: int
    price_id: str
    is_metered: bool
    service_period: InvoiceServicePeriod
    description: str | Unset = UNSET
    unit_price: Decimal | Unset = UNSET
    total_amount: Decimal | Unset = UNSET
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
        _v = self.quantity
        if _v is not UNSET:
            field_dict["quantity"] = _v
        _v = self.unit_price_cents
        if _v is not UNSET:
            field_dict["unitPriceCents"] = _v
        _v = self.total_amount_cents
        if _v is not UNSET:
            field_dict["totalAmountCents"] = _v
        _v = self.price_id
        if _v is not UNSET:
            field_dict["priceId"] = _v
        _v = self.is_metered
        if _v is not UNSET:
            field_dict["isMetered"] = _v
        _v = self.service_period
        if _v is not UNSET:
            field_dict["servicePeriod"] = (
                _v.to_dict() if isinstance(_v, InvoiceServicePeriod) else _v
            )
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.unit_price
        if _v is not UNSET:
            field_dict["unitPrice"] = _money_text(_v) if _v.__class__ is Decimal else _v
        _v = self.total_amount
        if _v is not UNSET:
            field_dict["totalAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
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
        invoice_line_item = _new(cls)
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

        invoice_line_item.id = _v
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        invoice_line_item.name = _v
        try:
            _v = _d["quantity"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        elif _v.__class__ is Decimal or _v.__class__ is float:
            _v = float(_v)
            if _v - _v != 0:  # NaN, or a number beyond float's range: inf
                _v = _deviant(_report, _path, "quantity", "finite number", _v, "non-finite")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "quantity", "number", _v)

        invoice_line_item.quantity = _v
        try:
            _v = _d["unitPriceCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "unitPriceCents", "integer", _v)

        invoice_line_item.unit_price_cents = _v
        try:
            _v = _d["totalAmountCents"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is int:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "totalAmountCents", "integer", _v)

        invoice_line_item.total_amount_cents = _v
        try:
            _v = _d["priceId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "priceId", "string", _v)

        invoice_line_item.price_id = _v
        try:
            _v = _d["isMetered"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is bool:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "isMetered", "boolean", _v)

        invoice_line_item.is_metered = _v
        try:
            _v = _d["servicePeriod"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            _v = _InvoiceServicePeriod_from_dict(_v, _report, _path + ".servicePeriod")
        elif isinstance(_v, InvoiceServicePeriod):
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "servicePeriod", "object (InvoiceServicePeriod)", _v)

        invoice_line_item.service_period = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        invoice_line_item.description = _v
        _v = _d.get("unitPrice", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "unitPrice")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unitPrice", "decimal string", _v)

        invoice_line_item.unit_price = _v
        _v = _d.get("totalAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "totalAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "totalAmount", "decimal string", _v)

        invoice_line_item.total_amount = _v
        if len(_d) == 11 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        invoice_line_item.additional_properties = _extra
        return invoice_line_item

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


_InvoiceServicePeriod_from_dict = InvoiceServicePeriod.from_dict
