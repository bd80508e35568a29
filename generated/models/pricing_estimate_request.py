from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.pricing_estimate_event import PricingEstimateEvent


T = TypeVar("T", bound="PricingEstimateRequest")


@_attrs_define
class PricingEstimateRequest:
    """Body of Estimate Event Pricing.

    Attributes:
        events (list[PricingEstimateEvent]): Events to price (1 to 500; batching many in one call is recommended).
        credit_rate_cents (int | Unset): Cents per credit (750 = $7.50 per credit). When given, all amounts come back in
            credits instead of USD; same meaning as a contract's creditSettings.creditRateCents.
    """

    events: list[PricingEstimateEvent]
    credit_rate_cents: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_estimate_event import PricingEstimateEvent  # noqa: PLC0415

        events = []
        for events_item_data in self.events:
            events_item = events_item_data.to_dict()
            events.append(events_item)

        credit_rate_cents = self.credit_rate_cents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
            }
        )
        if credit_rate_cents is not UNSET:
            field_dict["creditRateCents"] = credit_rate_cents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_estimate_event import PricingEstimateEvent  # noqa: PLC0415

        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = PricingEstimateEvent.from_dict(events_item_data)

            events.append(events_item)

        credit_rate_cents = d.pop("creditRateCents", UNSET)

        pricing_estimate_request = cls(
            events=events,
            credit_rate_cents=credit_rate_cents,
        )

        pricing_estimate_request.additional_properties = d
        return pricing_estimate_request

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
