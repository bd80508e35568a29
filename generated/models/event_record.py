from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
    from ..models.event_properties import EventProperties


T = TypeVar("T", bound="EventRecord")


@_attrs_define
class EventRecord:
    """A stored usage event as returned by List Events.

    Attributes:
        event_name (str | Unset): Type/name of the event (SDK field event_name).
        timestamp (str | Unset): When the usage happened (format not seen, so plain string).
        customer_id (None | str | Unset): Monk customer UUID of the event (assumed from the Create Event body).
        external_customer_id (None | str | Unset): Your customer identifier of the event (assumed from the Create Event
            body).
        contract_id (None | str | Unset): Contract the event is tied to (assumed from the Create Event body).
        idempotency_key (None | str | Unset): The event's idempotency key (assumed from the Create Event body).
        properties (EventProperties | Unset): Free-form event metadata used to aggregate (e.g. SUM a tokens property),
            filter (e.g. by region or model) and audit. Values must be primitives: string, number or boolean (nested objects
            apparently not allowed; the concepts page is cut off there).
    """

    event_name: str | Unset = UNSET
    timestamp: str | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    external_customer_id: None | str | Unset = UNSET
    contract_id: None | str | Unset = UNSET
    idempotency_key: None | str | Unset = UNSET
    properties: EventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_properties import EventProperties  # noqa: PLC0415

        event_name = self.event_name

        timestamp = self.timestamp

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        external_customer_id: None | str | Unset
        if isinstance(self.external_customer_id, Unset):
            external_customer_id = UNSET
        else:
            external_customer_id = self.external_customer_id

        contract_id: None | str | Unset
        if isinstance(self.contract_id, Unset):
            contract_id = UNSET
        else:
            contract_id = self.contract_id

        idempotency_key: None | str | Unset
        if isinstance(self.idempotency_key, Unset):
            idempotency_key = UNSET
        else:
            idempotency_key = self.idempotency_key

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_properties import EventProperties  # noqa: PLC0415

        d = dict(src_dict)
        event_name = d.pop("eventName", UNSET)

        timestamp = d.pop("timestamp", UNSET)

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customerId", UNSET))

        def _parse_external_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_customer_id = _parse_external_customer_id(d.pop("externalCustomerId", UNSET))

        def _parse_contract_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        contract_id = _parse_contract_id(d.pop("contractId", UNSET))

        def _parse_idempotency_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        idempotency_key = _parse_idempotency_key(d.pop("idempotencyKey", UNSET))

        _properties = d.pop("properties", UNSET)
        properties: EventProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EventProperties.from_dict(_properties)

        event_record = cls(
            event_name=event_name,
            timestamp=timestamp,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            idempotency_key=idempotency_key,
            properties=properties,
        )

        event_record.additional_properties = d
        return event_record

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
