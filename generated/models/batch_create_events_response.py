from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.batch_create_events_response_status import BatchCreateEventsResponseStatus
from ..models.batch_create_events_response_status import check_batch_create_events_response_status
from typing import cast


T = TypeVar("T", bound="BatchCreateEventsResponse")


@_attrs_define
class BatchCreateEventsResponse:
    """Acknowledgement that the batch was accepted; no per-event idempotency keys are returned.

    Attributes:
        status (BatchCreateEventsResponseStatus): Always "accepted".
        count (int): Number of events accepted.
        request_id (str): Request identifier.
    """

    status: BatchCreateEventsResponseStatus
    count: int
    request_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str = self.status

        count = self.count

        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "count": count,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = check_batch_create_events_response_status(d.pop("status"))

        count = d.pop("count")

        request_id = d.pop("requestId")

        batch_create_events_response = cls(
            status=status,
            count=count,
            request_id=request_id,
        )

        batch_create_events_response.additional_properties = d
        return batch_create_events_response

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
