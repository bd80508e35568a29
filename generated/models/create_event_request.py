from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime

if TYPE_CHECKING:
    from ..models.event_properties import EventProperties


T = TypeVar("T", bound="CreateEventRequest")


@_attrs_define
class CreateEventRequest:
    """One usage event. eventName is required; send exactly one of customerId or externalCustomerId (the Rust SDK rejects
    neither or both before sending; the API's error for that case was not seen).

        Attributes:
            event_name (str): Type/name of the event; meters match on it. Must not be empty.
            customer_id (str | Unset): Monk customer UUID. Exactly one of customerId / externalCustomerId is required (the
                schema shows a plain string, no uuid format).
            external_customer_id (str | Unset): Your own customer identifier. Exactly one of customerId / externalCustomerId
                is required.
            contract_id (str | Unset): Optional contract UUID tying the event to a specific contract (newer capture only; no
                uuid format shown).
            idempotency_key (str | Unset): Deduplication key; a UUID is generated when omitted. Re-sending a key is safe:
                the latest version of the event becomes the billing source of truth.
            timestamp (datetime.datetime | Unset): When the usage happened, ISO 8601 in UTC; defaults to now; must not be
                more than 1 hour in the future (rejected with a validation error).
            properties (EventProperties | Unset): Free-form event metadata used to aggregate (e.g. SUM a tokens property),
                filter (e.g. by region or model) and audit. Values must be primitives: string, number or boolean (nested objects
                apparently not allowed; the concepts page is cut off there).
    """

    event_name: str
    customer_id: str | Unset = UNSET
    external_customer_id: str | Unset = UNSET
    contract_id: str | Unset = UNSET
    idempotency_key: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    properties: EventProperties | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_properties import EventProperties  # noqa: PLC0415

        event_name = self.event_name

        customer_id = self.customer_id

        external_customer_id = self.external_customer_id

        contract_id = self.contract_id

        idempotency_key = self.idempotency_key

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventName": event_name,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if external_customer_id is not UNSET:
            field_dict["externalCustomerId"] = external_customer_id
        if contract_id is not UNSET:
            field_dict["contractId"] = contract_id
        if idempotency_key is not UNSET:
            field_dict["idempotencyKey"] = idempotency_key
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if properties is not UNSET:
            field_dict["properties"] = properties

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_properties import EventProperties  # noqa: PLC0415

        d = dict(src_dict)
        event_name = d.pop("eventName")

        customer_id = d.pop("customerId", UNSET)

        external_customer_id = d.pop("externalCustomerId", UNSET)

        contract_id = d.pop("contractId", UNSET)

        idempotency_key = d.pop("idempotencyKey", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = datetime.datetime.fromisoformat(_timestamp)

        _properties = d.pop("properties", UNSET)
        properties: EventProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = EventProperties.from_dict(_properties)

        create_event_request = cls(
            event_name=event_name,
            customer_id=customer_id,
            external_customer_id=external_customer_id,
            contract_id=contract_id,
            idempotency_key=idempotency_key,
            timestamp=timestamp,
            properties=properties,
        )

        create_event_request.additional_properties = d
        return create_event_request

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
