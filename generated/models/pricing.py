from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pricing_billing_mode import check_pricing_billing_mode
from ..models.pricing_billing_mode import PricingBillingMode
from ..models.pricing_model import check_pricing_model
from ..models.pricing_model import PricingModel
from ..models.pricing_tiering import check_pricing_tiering
from ..models.pricing_tiering import PricingTiering
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="Pricing")


@_attrs_define
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
            model (PricingModel | Unset): Pricing model (absent from one older Get Pricing capture).
            billing_mode (PricingBillingMode | Unset): Recurring or one-time charge (absent from one older Get Pricing
                capture).
            tiering (PricingTiering | Unset): Tiering mode (absent from one older Get Pricing capture).
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
    model: PricingModel | Unset = UNSET
    billing_mode: PricingBillingMode | Unset = UNSET
    tiering: PricingTiering | Unset = UNSET
    unit_amount: str | Unset = UNSET
    flat_amount: str | Unset = UNSET
    price_interval: str | Unset = UNSET
    price_interval_count: int | Unset = UNSET
    meter_id: str | Unset = UNSET
    pricing_tiers: list[PricingTier] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_tier import PricingTier  # noqa: PLC0415

        id = self.id

        product_id = self.product_id

        name = self.name

        created_at = self.created_at.isoformat()

        product_name = self.product_name

        description = self.description

        model: str | Unset = UNSET
        if not isinstance(self.model, Unset):
            model = self.model

        billing_mode: str | Unset = UNSET
        if not isinstance(self.billing_mode, Unset):
            billing_mode = self.billing_mode

        tiering: str | Unset = UNSET
        if not isinstance(self.tiering, Unset):
            tiering = self.tiering

        unit_amount = self.unit_amount

        flat_amount = self.flat_amount

        price_interval = self.price_interval

        price_interval_count = self.price_interval_count

        meter_id = self.meter_id

        pricing_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_tiers, Unset):
            pricing_tiers = []
            for pricing_tiers_item_data in self.pricing_tiers:
                pricing_tiers_item = pricing_tiers_item_data.to_dict()
                pricing_tiers.append(pricing_tiers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "productId": product_id,
                "name": name,
                "createdAt": created_at,
            }
        )
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if description is not UNSET:
            field_dict["description"] = description
        if model is not UNSET:
            field_dict["model"] = model
        if billing_mode is not UNSET:
            field_dict["billingMode"] = billing_mode
        if tiering is not UNSET:
            field_dict["tiering"] = tiering
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount
        if flat_amount is not UNSET:
            field_dict["flatAmount"] = flat_amount
        if price_interval is not UNSET:
            field_dict["priceInterval"] = price_interval
        if price_interval_count is not UNSET:
            field_dict["priceIntervalCount"] = price_interval_count
        if meter_id is not UNSET:
            field_dict["meterId"] = meter_id
        if pricing_tiers is not UNSET:
            field_dict["pricingTiers"] = pricing_tiers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_tier import PricingTier  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        product_id = d.pop("productId")

        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        product_name = d.pop("productName", UNSET)

        description = d.pop("description", UNSET)

        _model = d.pop("model", UNSET)
        model: PricingModel | Unset
        if isinstance(_model, Unset):
            model = UNSET
        else:
            model = check_pricing_model(_model)

        _billing_mode = d.pop("billingMode", UNSET)
        billing_mode: PricingBillingMode | Unset
        if isinstance(_billing_mode, Unset):
            billing_mode = UNSET
        else:
            billing_mode = check_pricing_billing_mode(_billing_mode)

        _tiering = d.pop("tiering", UNSET)
        tiering: PricingTiering | Unset
        if isinstance(_tiering, Unset):
            tiering = UNSET
        else:
            tiering = check_pricing_tiering(_tiering)

        unit_amount = d.pop("unitAmount", UNSET)

        flat_amount = d.pop("flatAmount", UNSET)

        price_interval = d.pop("priceInterval", UNSET)

        price_interval_count = d.pop("priceIntervalCount", UNSET)

        meter_id = d.pop("meterId", UNSET)

        _pricing_tiers = d.pop("pricingTiers", UNSET)
        pricing_tiers: list[PricingTier] | Unset = UNSET
        if _pricing_tiers is not UNSET:
            pricing_tiers = []
            for pricing_tiers_item_data in _pricing_tiers:
                pricing_tiers_item = PricingTier.from_dict(pricing_tiers_item_data)

                pricing_tiers.append(pricing_tiers_item)

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

        pricing.additional_properties = d
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
