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

from ..models.pricing_billing_mode import check_pricing_billing_mode
from ..models.pricing_billing_mode import PricingBillingMode
from ..models.pricing_model import check_pricing_model
from ..models.pricing_model import PricingModel
from ..models.pricing_tiering import check_pricing_tiering
from ..models.pricing_tiering import PricingTiering
from ..types import UNSET, Unset
from typing import cast
import datetime
from ..models.pricing_tier import PricingTier


from ..models.pricing_model import PRICING_MODEL_VALUES
from ..models.pricing_billing_mode import PRICING_BILLING_MODE_VALUES
from ..models.pricing_tiering import PRICING_TIERING_VALUES


T = TypeVar("T", bound="Pricing")


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
            unit_amount (str | Unset): Unit price as a decimal string (sub-cent precision, e.g. "0.001").
            flat_amount (str | Unset): Flat fee added to usage charges, as a decimal string.
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
    unit_amount: str | Unset = UNSET
    flat_amount: str | Unset = UNSET
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
            field_dict["unitAmount"] = _v
        _v = self.flat_amount
        if _v is not UNSET:
            field_dict["flatAmount"] = _v
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
        _v = _d.pop("productId", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "productId", "string", _v)

        product_id = _v
        _v = _d.pop("name", UNSET)
        if _v.__class__ is str:
            pass
        else:
            _v = _deviant(_report, _path, "name", "string", _v)

        name = _v
        _v = _d.pop("createdAt", UNSET)
        if _v.__class__ is str:
            _v = _parse_datetime(_v, _report, _path, "createdAt")
        elif isinstance(_v, datetime.datetime):
            pass
        else:
            _v = _deviant(_report, _path, "createdAt", "date-time string", _v)

        created_at = _v
        _v = _d.pop("productName", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "productName", "string", _v)

        product_name = _v
        _v = _d.pop("description", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "description", "string", _v)

        description = _v
        _v = _d.pop("model", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_MODEL_VALUES:
                _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v, "enum")
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "model", "one of FLAT, TIER, USAGE", _v)

        model = _v
        _v = _d.pop("billingMode", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_BILLING_MODE_VALUES:
                _v = _deviant(
                    _report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v, "enum"
                )
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "billingMode", "one of ONE_TIME, RECURRING", _v)

        billing_mode = _v
        _v = _d.pop("tiering", UNSET)
        if _v.__class__ is str:
            if _v not in PRICING_TIERING_VALUES:
                _v = _deviant(
                    _report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v, "enum"
                )
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "tiering", "one of GRADUATED, NONE, VOLUME", _v)

        tiering = _v
        _v = _d.pop("unitAmount", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "unitAmount", "string", _v)

        unit_amount = _v
        _v = _d.pop("flatAmount", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "flatAmount", "string", _v)

        flat_amount = _v
        _v = _d.pop("priceInterval", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "priceInterval", "string", _v)

        price_interval = _v
        _v = _d.pop("priceIntervalCount", UNSET)
        if _v.__class__ is int:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "priceIntervalCount", "integer", _v)

        price_interval_count = _v
        _v = _d.pop("meterId", UNSET)
        if _v.__class__ is str:
            pass
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "meterId", "string", _v)

        meter_id = _v
        _v = _d.pop("pricingTiers", UNSET)
        if _v.__class__ is list:
            _item_path = _path + "." + "pricingTiers" + "[*]"
            _v = [
                PricingTier.from_dict(_i, _report, _item_path)
                if _i.__class__ is dict
                else _deviant(_report, _item_path, "", "object (PricingTier)", _i)
                for _i in _v
            ]
        elif _v is UNSET:
            pass
        else:
            _v = _deviant(_report, _path, "pricingTiers", "array", _v)

        pricing_tiers = _v
        pricing = cls(
            id=id,
            product_id=product_id,
            name=name,
            created_at=created_at,
            product_name=product_name,
            description=description,
            model=model,
            billing_mode=billing_mode,
            tiering=tiering,
            unit_amount=unit_amount,
            flat_amount=flat_amount,
            price_interval=price_interval,
            price_interval_count=price_interval_count,
            meter_id=meter_id,
            pricing_tiers=pricing_tiers,
        )
        pricing.additional_properties = _d
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
