from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_pricing_request_billing_mode import check_create_pricing_request_billing_mode
from ..models.create_pricing_request_billing_mode import CreatePricingRequestBillingMode
from ..models.create_pricing_request_model import check_create_pricing_request_model
from ..models.create_pricing_request_model import CreatePricingRequestModel
from ..models.create_pricing_request_price_interval import (
    check_create_pricing_request_price_interval,
)
from ..models.create_pricing_request_price_interval import CreatePricingRequestPriceInterval
from ..models.create_pricing_request_tiering import check_create_pricing_request_tiering
from ..models.create_pricing_request_tiering import CreatePricingRequestTiering
from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.pricing_tier import PricingTier


T = TypeVar("T", bound="CreatePricingRequest")


@_attrs_define
class CreatePricingRequest:
    """Body of Create Pricing. Send exactly one of productId or productName. unitAmount is required for FLAT, priceInterval
    when billingMode is RECURRING, pricingTiers when model is TIER and meterId when model is USAGE.

        Attributes:
            name (str): Pricing name.
            model (CreatePricingRequestModel): Pricing model.
            billing_mode (CreatePricingRequestBillingMode): Recurring or one-time charge.
            product_id (str | Unset): Existing product UUID (send this or productName).
            product_name (str | Unset): Name of a new product to create with the pricing (send this or productId).
            product_description (str | Unset): Description of the new product.
            description (str | Unset): Pricing description.
            unit_amount (str | Unset): Unit price as a decimal string with sub-cent precision, e.g. "0.001"; required for
                FLAT.
            flat_amount (str | Unset): Flat fee added to usage charges, as a decimal string.
            price_interval (CreatePricingRequestPriceInterval | Unset): Billing interval; required when billingMode is
                RECURRING.
            price_interval_count (int | Unset): Number of intervals per billing period.
            tiering (CreatePricingRequestTiering | Unset): Tiering mode. Default: 'NONE'.
            pricing_tiers (list[PricingTier] | Unset): Price tiers; required when model is TIER.
            meter_id (str | Unset): The meter to price; required when model is USAGE.
    """

    name: str
    model: CreatePricingRequestModel
    billing_mode: CreatePricingRequestBillingMode
    product_id: str | Unset = UNSET
    product_name: str | Unset = UNSET
    product_description: str | Unset = UNSET
    description: str | Unset = UNSET
    unit_amount: str | Unset = UNSET
    flat_amount: str | Unset = UNSET
    price_interval: CreatePricingRequestPriceInterval | Unset = UNSET
    price_interval_count: int | Unset = UNSET
    tiering: CreatePricingRequestTiering | Unset = "NONE"
    pricing_tiers: list[PricingTier] | Unset = UNSET
    meter_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_tier import PricingTier  # noqa: PLC0415

        name = self.name

        model: str = self.model

        billing_mode: str = self.billing_mode

        product_id = self.product_id

        product_name = self.product_name

        product_description = self.product_description

        description = self.description

        unit_amount = self.unit_amount

        flat_amount = self.flat_amount

        price_interval: str | Unset = UNSET
        if not isinstance(self.price_interval, Unset):
            price_interval = self.price_interval

        price_interval_count = self.price_interval_count

        tiering: str | Unset = UNSET
        if not isinstance(self.tiering, Unset):
            tiering = self.tiering

        pricing_tiers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.pricing_tiers, Unset):
            pricing_tiers = []
            for pricing_tiers_item_data in self.pricing_tiers:
                pricing_tiers_item = pricing_tiers_item_data.to_dict()
                pricing_tiers.append(pricing_tiers_item)

        meter_id = self.meter_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "model": model,
                "billingMode": billing_mode,
            }
        )
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if product_description is not UNSET:
            field_dict["productDescription"] = product_description
        if description is not UNSET:
            field_dict["description"] = description
        if unit_amount is not UNSET:
            field_dict["unitAmount"] = unit_amount
        if flat_amount is not UNSET:
            field_dict["flatAmount"] = flat_amount
        if price_interval is not UNSET:
            field_dict["priceInterval"] = price_interval
        if price_interval_count is not UNSET:
            field_dict["priceIntervalCount"] = price_interval_count
        if tiering is not UNSET:
            field_dict["tiering"] = tiering
        if pricing_tiers is not UNSET:
            field_dict["pricingTiers"] = pricing_tiers
        if meter_id is not UNSET:
            field_dict["meterId"] = meter_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_tier import PricingTier  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        model = check_create_pricing_request_model(d.pop("model"))

        billing_mode = check_create_pricing_request_billing_mode(d.pop("billingMode"))

        product_id = d.pop("productId", UNSET)

        product_name = d.pop("productName", UNSET)

        product_description = d.pop("productDescription", UNSET)

        description = d.pop("description", UNSET)

        unit_amount = d.pop("unitAmount", UNSET)

        flat_amount = d.pop("flatAmount", UNSET)

        _price_interval = d.pop("priceInterval", UNSET)
        price_interval: CreatePricingRequestPriceInterval | Unset
        if isinstance(_price_interval, Unset):
            price_interval = UNSET
        else:
            price_interval = check_create_pricing_request_price_interval(_price_interval)

        price_interval_count = d.pop("priceIntervalCount", UNSET)

        _tiering = d.pop("tiering", UNSET)
        tiering: CreatePricingRequestTiering | Unset
        if isinstance(_tiering, Unset):
            tiering = UNSET
        else:
            tiering = check_create_pricing_request_tiering(_tiering)

        _pricing_tiers = d.pop("pricingTiers", UNSET)
        pricing_tiers: list[PricingTier] | Unset = UNSET
        if _pricing_tiers is not UNSET:
            pricing_tiers = []
            for pricing_tiers_item_data in _pricing_tiers:
                pricing_tiers_item = PricingTier.from_dict(pricing_tiers_item_data)

                pricing_tiers.append(pricing_tiers_item)

        meter_id = d.pop("meterId", UNSET)

        create_pricing_request = cls(
            name=name,
            model=model,
            billing_mode=billing_mode,
            product_id=product_id,
            product_name=product_name,
            product_description=product_description,
            description=description,
            unit_amount=unit_amount,
            flat_amount=flat_amount,
            price_interval=price_interval,
            price_interval_count=price_interval_count,
            tiering=tiering,
            pricing_tiers=pricing_tiers,
            meter_id=meter_id,
        )

        create_pricing_request.additional_properties = d
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
