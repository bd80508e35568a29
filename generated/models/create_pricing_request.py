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
from ..models.create_pricing_request_billing_mode import CREATE_PRICING_REQUEST_BILLING_MODE_VALUES
from ..models.create_pricing_request_billing_mode import CreatePricingRequestBillingMode
from ..models.create_pricing_request_model import CREATE_PRICING_REQUEST_MODEL_VALUES
from ..models.create_pricing_request_model import CreatePricingRequestModel
from ..models.create_pricing_request_price_interval import (
    CREATE_PRICING_REQUEST_PRICE_INTERVAL_VALUES,
)
from ..models.create_pricing_request_price_interval import CreatePricingRequestPriceInterval
from ..models.create_pricing_request_tiering import CREATE_PRICING_REQUEST_TIERING_VALUES
from ..models.create_pricing_request_tiering import CreatePricingRequestTiering
from ..models.pricing_tier import PricingTier

T = TypeVar("T", bound="CreatePricingRequest")
_KNOWN_KEYS = frozenset(
    {
        "name",
        "model",
        "billingMode",
        "productId",
        "productName",
        "productDescription",
        "description",
        "unitAmount",
        "flatAmount",
        "priceInterval",
        "priceIntervalCount",
        "tiering",
        "pricingTiers",
        "meterId",
    }
)
_new = object.__new__  # from_dict builds the instance without __init__


@_attrs_define(repr=False)
class CreatePricingRequest:
    """Body of Create Pricing. Send exactly one of productId or productName. unitAmount is required for FLAT, priceInterval
    when billingMode is RECURRING, pricingTiers when model is TIER and meterId when model is USAGE.

        Attributes:
            name (str): Pricing name.
            model (CreatePricingRequestModel | str): Pricing model.
            billing_mode (CreatePricingRequestBillingMode | str): Recurring or one-time charge.
            product_id (str | Unset): Existing product UUID (send this or productName).
            product_name (str | Unset): Name of a new product to create with the pricing (send this or productId).
            product_description (str | Unset): Description of the new product.
            description (str | Unset): Pricing description.
            unit_amount (Decimal | Unset): Unit price as a decimal string with sub-cent precision, e.g. "0.001"; required
                for FLAT.
            flat_amount (Decimal | Unset): Flat fee added to usage charges, as a decimal string.
            price_interval (CreatePricingRequestPriceInterval | str | Unset): Billing interval; required when billingMode is
                RECURRING.
            price_interval_count (int | Unset): Number of intervals per billing period.
            tiering (CreatePricingRequestTiering | str | Unset): Tiering mode.
            pricing_tiers (list[PricingTier] | Unset): Price tiers; required when model is TIER.
            meter_id (str | Unset): The meter to price; required when model is USAGE.
    """

    name: str
    model: CreatePricingRequestModel | str
    billing_mode: CreatePricingRequestBillingMode | str
    product_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    product_description: str | Unset = UNSET
    description: str | Unset = UNSET
    unit_amount: Decimal | Unset = UNSET
    flat_amount: Decimal | Unset = UNSET
    price_interval: CreatePricingRequestPriceInterval | str | Unset = UNSET
    price_interval_count: int | Unset = UNSET
    tiering: CreatePricingRequestTiering | str | Unset = "NONE"
    pricing_tiers: list[PricingTier] | Unset = UNSET
    meter_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form of this model: what the server sent (kept raw where it differed)."""
        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        _v = self.name
        if _v is not UNSET:
            field_dict["name"] = _v
        _v = self.model
        if _v is not UNSET:
            field_dict["model"] = _v
        _v = self.billing_mode
        if _v is not UNSET:
            field_dict["billingMode"] = _v
        _v = self.product_id
        if _v is not UNSET:
            field_dict["productId"] = _v
        _v = self.product_name
        if _v is not UNSET:
            field_dict["productName"] = _v
        _v = self.product_description
        if _v is not UNSET:
            field_dict["productDescription"] = _v
        _v = self.description
        if _v is not UNSET:
            field_dict["description"] = _v
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
        _v = self.tiering
        if _v is not UNSET:
            field_dict["tiering"] = _v
        _v = self.pricing_tiers
        if _v is not UNSET:
            field_dict["pricingTiers"] = (
                [_i.to_dict() if isinstance(_i, PricingTier) else _i for _i in _v]
                if _v.__class__ is list
                else _v
            )
        _v = self.meter_id
        if _v is not UNSET:
            field_dict["meterId"] = _v
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
        create_pricing_request = _new(cls)
        _missing = 0  # known keys absent: with len(_d), whether any other key came
        try:
            _v = _d["name"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            pass
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "name", "string", _v)

        create_pricing_request.name = _v
        try:
            _v = _d["model"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREATE_PRICING_REQUEST_MODEL_VALUES:
                _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v, "enum")
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v)

        create_pricing_request.model = _v
        try:
            _v = _d["billingMode"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            if _v not in CREATE_PRICING_REQUEST_BILLING_MODE_VALUES:
                _v = _deviant(
                    _report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v, "enum"
                )
        else:
            _missing += _v is UNSET
            _v = _deviant(_report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v)

        create_pricing_request.billing_mode = _v
        _v = _d.get("productId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "productId", "string", _v)

        create_pricing_request.product_id = _v
        _v = _d.get("productName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "productName", "string", _v)

        create_pricing_request.product_name = _v
        _v = _d.get("productDescription", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "productDescription", "string", _v)

        create_pricing_request.product_description = _v
        _v = _d.get("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        create_pricing_request.description = _v
        _v = _d.get("unitAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "unitAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "unitAmount", "decimal string", _v)

        create_pricing_request.unit_amount = _v
        _v = _d.get("flatAmount", UNSET)
        if _v.__class__ is str:
            _v = _parse_money(_v, _report, _path, "flatAmount")
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "flatAmount", "decimal string", _v)

        create_pricing_request.flat_amount = _v
        _v = _d.get("priceInterval", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_PRICING_REQUEST_PRICE_INTERVAL_VALUES:
                _v = _deviant(
                    _report, _path, "priceInterval", "one of MONTH, WEEK, YEAR", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "priceInterval", "one of MONTH, WEEK, YEAR", _v)

        create_pricing_request.price_interval = _v
        _v = _d.get("priceIntervalCount", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "priceIntervalCount", "integer", _v)

        create_pricing_request.price_interval_count = _v
        _v = _d.get("tiering", UNSET)
        if _v.__class__ is str:
            if _v not in CREATE_PRICING_REQUEST_TIERING_VALUES:
                _v = _deviant(
                    _report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v, "enum"
                )
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v)

        create_pricing_request.tiering = _v
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

        create_pricing_request.pricing_tiers = _v
        _v = _d.get("meterId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            _missing += 1
        else:
            _v = _deviant(_report, _path, "meterId", "string", _v)

        create_pricing_request.meter_id = _v
        if len(_d) == 14 - _missing:  # only known keys (each one counted)
            _extra: dict[str, Any] = {}
        else:
            _extra = {_k: _x for _k, _x in _d.items() if _k not in _KNOWN_KEYS}
        create_pricing_request.additional_properties = _extra
        return create_pricing_request

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
