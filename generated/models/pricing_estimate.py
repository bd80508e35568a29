from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.pricing_estimate_currency import check_pricing_estimate_currency
from ..models.pricing_estimate_currency import PricingEstimateCurrency
from ..models.pricing_estimate_unit import check_pricing_estimate_unit
from ..models.pricing_estimate_unit import PricingEstimateUnit
from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.pricing_estimate_event_cost import PricingEstimateEventCost
    from ..models.pricing_estimate_meter_cost import PricingEstimateMeterCost


T = TypeVar("T", bound="PricingEstimate")


@_attrs_define
class PricingEstimate:
    """Cost estimate. Amounts are numbers (not decimal strings or cents), in USD when unit is "currency" and in credits
    when unit is "credits".

        Attributes:
            events (list[PricingEstimateEventCost]): One entry per input event (per-event cost).
            meters (list[PricingEstimateMeterCost]): Per-meter breakdown; only meters matched by at least one event appear.
            total_amount (float): Grand total over all meters (USD or credits, see unit).
            unit (PricingEstimateUnit): Unit of all amounts.
            estimated_at (datetime.datetime): When the estimate was computed (show it as the estimate's freshness when
                caching).
            currency (PricingEstimateCurrency | Unset): Currency of the amounts; only present when unit is "currency".
            credit_rate_cents (int | Unset): Credit rate used (cents per credit); only present when unit is "credits".
    """

    events: list[PricingEstimateEventCost]
    meters: list[PricingEstimateMeterCost]
    total_amount: float
    unit: PricingEstimateUnit
    estimated_at: datetime.datetime
    currency: PricingEstimateCurrency | Unset = UNSET
    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_estimate_event_cost import PricingEstimateEventCost  # noqa: PLC0415
        from ..models.pricing_estimate_meter_cost import PricingEstimateMeterCost  # noqa: PLC0415

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        meters = []
        for meters_item_data in self.meters:
            meters_item = meters_item_data.to_dict()
            meters.append(meters_item)

        total_amount = self.total_amount

        unit: str = self.unit

        estimated_at = self.estimated_at.isoformat()

        currency: str | Unset = UNSET
        if not isinstance(self.currency, Unset):
            currency = self.currency

        credit_rate_cents = self.credit_rate_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "meters": meters,
                "totalAmount": total_amount,
                "unit": unit,
                "estimatedAt": estimated_at,
            }
        )
        if currency is not UNSET:
            field_dict["currency"] = currency
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_estimate_event_cost import PricingEstimateEventCost  # noqa: PLC0415
        from ..models.pricing_estimate_meter_cost import PricingEstimateMeterCost  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = PricingEstimateEventCost.from_dict(events_item_data)

            events.append(events_item)

        meters = []
        _meters = d.pop("meters")
        for meters_item_data in _meters:
            meters_item = PricingEstimateMeterCost.from_dict(meters_item_data)

            meters.append(meters_item)

        total_amount = d.pop("totalAmount")

        unit = check_pricing_estimate_unit(d.pop("unit"))

        estimated_at = datetime.datetime.fromisoformat(d.pop("estimatedAt"))

        _currency = d.pop("currency", UNSET)
        currency: PricingEstimateCurrency | Unset
        if isinstance(_currency, Unset):
            currency = UNSET
        else:
            currency = check_pricing_estimate_currency(_currency)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        pricing_estimate = cls(
            events=events,
            meters=meters,
            total_amount=total_amount,
            unit=unit,
            estimated_at=estimated_at,
            currency=currency,
            credit_rate_cents=credit_rate_cents,
        )

        pricing_estimate.additional_properties = d
        return pricing_estimate

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
