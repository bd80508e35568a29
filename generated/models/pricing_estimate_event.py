from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.pricing_estimate_event_properties import PricingEstimateEventProperties


T = TypeVar("T", bound="PricingEstimateEvent")


@_attrs_define
class PricingEstimateEvent:
    """An event to price. The item schema was not shown (collapsed); the fields come from the example request. Whether
    customerId or timestamp are accepted is not documented, so the object is left open.

        Attributes:
            event_name (str | Unset): Event name, matched against meters' eventTypeFilter.include (likely required, not
                seen).
            idempotency_key (str | Unset): Optional key echoed back in the per-event result for correlation.
            properties (PricingEstimateEventProperties | Unset): Event properties, e.g. model, input_tokens, output_tokens.
    """

    event_name: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    properties: PricingEstimateEventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.pricing_estimate_event_properties import PricingEstimateEventProperties  # noqa: PLC0415

        event_name = self.event_name

        idempotency_key = self.idempotency_key

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.pricing_estimate_event_properties import PricingEstimateEventProperties  # noqa: PLC0415

        d = dict(src_dict)
        event_name = d.pop("eventName", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: PricingEstimateEventProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = PricingEstimateEventProperties.from_dict(_properties)

        pricing_estimate_event = cls(
            event_name=event_name,
            idempotency_key=idempotency_key,
            properties=properties,
        )

        pricing_estimate_event.additional_properties = d
        return pricing_estimate_event

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
