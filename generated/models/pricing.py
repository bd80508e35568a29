# Generated from openapi/openapi.json by nox -s regenerate: do not edit.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
import datetime
from decimal import Decimal

from ..types import (
    UNSET,
    Unset,
    as_utc as _as_utc,
    deviant as _deviant,
    dumps as _dumps,
    model_repr as _model_repr,
    money_text as _money_text,
    parse_datetime as _parse_datetime,
    parse_money as _parse_money,
)
from ..models.pricing_billing_mode import PRICING_BILLING_MODE_VALUES
from ..models.pricing_billing_mode import PricingBillingMode
from ..models.pricing_model import PRICING_MODEL_VALUES
from ..models.pricing_model import PricingModel
from ..models.pricing_tier import PricingTier
from ..models.pricing_tiering import PRICING_TIERING_VALUES
from ..models.pricing_tiering import PricingTiering

T = TypeVar("T", bound="Pricing")
_KNOWN_KEYS = frozenset(
    {
        "id",
        "productId",
        "name",
        "createdAt",
        "productName",
        "description",
        "model",
        "billingMode",
        "tiering",
        "unitAmount",
        "flatAmount",
        "priceInterval",
        "priceIntervalCount",
        "meterId",
        "pricingTiers",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__
_datetime = datetime.datetime.fromisoformat


@_attrs_define(repr=False)
class Pricing:
    """A pricing configuration. Money fields (unitAmount, flatAmount, tier amounts and quantities) are decimal strings. The
    schema list shows only `data`; child types come from the examples and Create Pricing's request enums.

        Attributes:
            id (str): Pricing id.
            product_id (str): The product the pricing belongs to.
            name (str): Pricing name.
            created_at (datetime.datetime): When the pricing was created.
            product_name (str | Unset): The product's name.
            description (str | Unset): Pricing description.
            model (PricingModel | str | Unset): Pricing model (absent from one older Get Pricing capture).
            billing_mode (PricingBillingMode | str | Unset): Recurring or one-time charge (absent from one older Get Pricing
                capture).
            tiering (PricingTiering | str | Unset): Tiering mode (absent from one older Get Pricing capture).
            unit_amount (Decimal | Unset): Unit price as a decimal string (sub-cent precision, e.g. "0.001").
            flat_amount (Decimal | Unset): Flat fee added to usage charges, as a decimal string.
            price_interval (str | Unset): Billing interval. Shown as a plain string ("<string>") in the responses; the
                request enum is WEEK, MONTH, YEAR.
            price_interval_count (int | Unset): Number of intervals per billing period.
            meter_id (str | Unset): The meter a USAGE pricing is priced from.
            pricing_tiers (list[PricingTier] | Unset): Price tiers (TIER model).
    """

    id: str
    product_id: str
    name: str
    created_at: datetime.datetime
    product_name: str | Unset = UNSET
    description: str | Unset = UNSET
    model: PricingModel | str | Unset = UNSET
    billing_mode: PricingBillingMode | str | Unset = UNSET
    tiering: PricingTiering | str | Unset = UNSET
    unit_amount: Decimal | Unset = UNSET
    flat_amount: Decimal | Unset = UNSET
    price_interval: str | Unset = UNSET
    price_interval_count: int | Unset = UNSET
    meter_id: str | Unset = UNSET
    pricing_tiers: list[PricingTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.id
        if _v is not UNSET:
            field_dict["id"] = _v
        _v = self.product_id
        if _v is not UNSET:
            field_dict["productId"] = _v
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.created_at
        if _v is not UNSET:
            field_dict["createdAt"] = _v.isoformat() if isinstance(_v, datetime.date) else _v
        _v = self.product_name
        if _v is not UNSET:
            field_dict["productName"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
        _v = self.model
        if _v is not UNSET:
            field_dict["model"] = _v
        _v = self.billing_mode
        if _v is not UNSET:
            field_dict["billingMode"] = _v
        _v = self.tiering
        if _v is not UNSET:
            field_dict["tiering"] = _v
        _v = self.unit_amount
        if _v is not UNSET:
            field_dict["unitAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
        _v = self.flat_amount
        if _v is not UNSET:
            field_dict["flatAmount"] = _money_text(_v) if _v.__class__ is Decimal else _v
        _v = self.price_interval
        if _v is not UNSET:
            field_dict["priceInterval"] = _v
        _v = self.price_interval_count
        if _v is not UNSET:
            field_dict["priceIntervalCount"] = _v
        _v = self.meter_id
        if _v is not UNSET:
            field_dict["meterId"] = _v
        _v = self.pricing_tiers
        if _v is not UNSET:
            field_dict["pricingTiers"] = (
                [_i.to_dict() if isinstance(_i, PricingTier) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
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
        pricing = _new(cls)
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

        pricing.id = _v
        try:
            _v = _d["productId"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "productId", "string", _v)

        pricing.product_id = _v
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        pricing.name = _v
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

        pricing.created_at = _v
        _v = _d.get("productName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "productName", "string", _v)

        pricing.product_name = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        pricing.description = _v
        _v = _d.get("model", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_MODEL_VALUES:
                _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v, "enum")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v)

        pricing.model = _v
        _v = _d.get("billingMode", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_BILLING_MODE_VALUES:
                _v = _deviant(
                    _report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v)

        pricing.billing_mode = _v
        _v = _d.get("tiering", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_TIERING_VALUES:
                _v = _deviant(
                    _report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v)

        pricing.tiering = _v
        _v = _d.get("unitAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "unitAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unitAmount", "decimal string", _v)

        pricing.unit_amount = _v
        _v = _d.get("flatAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "flatAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "flatAmount", "decimal string", _v)

        pricing.flat_amount = _v
        _v = _d.get("priceInterval", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "priceInterval", "string", _v)

        pricing.price_interval = _v
        _v = _d.get("priceIntervalCount", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "priceIntervalCount", "integer", _v)

        pricing.price_interval_count = _v
        _v = _d.get("meterId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "meterId", "string", _v)

        pricing.meter_id = _v
        _v = _d.get("pricingTiers", UNSET)
        if _v.__class__ is list:
            _item_path = _path + ".pricingTiers[*]"
            _v = [
                _PricingTier_from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (PricingTier)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "pricingTiers", "array", _v)

        pricing.pricing_tiers = _v
        if len(_d) == 15 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        pricing.additional_properties = _extra
        return pricing

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


_PricingTier_from_dict = PricingTier.from_dict
