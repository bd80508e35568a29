from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.create_event_response_status import check_create_event_response_status
from ..models.create_event_response_status import CreateEventResponseStatus
from typing import cast


T = TypeVar("T", bound="CreateEventResponse")


@_attrs_define
class CreateEventResponse:
    """Acknowledgement that the event was accepted for asynchronous processing.

    Attributes:
        status (CreateEventResponseStatus): Always "accepted".
        idempotency_key (str): The idempotency key used (yours, or the generated UUID).
        request_id (str): Request identifier, e.g. "req_" followed by 16 hex characters.
    """

    status: CreateEventResponseStatus
    idempotency_key: str
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        idempotency_key = self.idempotency_key

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "idempotencyKey": idempotency_key,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_create_event_response_status(d.pop("status"))

        idempotency_key = d.pop("idempotencyKey")

        request_id = d.pop("requestId")

        create_event_response = cls(
            status=status,
            idempotency_key=idempotency_key,
            request_id=request_id,
        )

        create_event_response.additional_properties = d
        return create_event_response

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
